/**
 * Papers a coordinator received from associations. They are other people's drafts, so they
 * are kept apart from the device's own drafts (their own object store, their own repository),
 * never appear in the own drafts list, and can all be removed in one go.
 *
 * A stored record is `{ id, receivedAt, fileName, draft, row? }`: the draft as it came (with
 * the coordinator's comments added since), when and in which file it came, and the desk's
 * overview row cached by the state (opaque here; the state checks it before use). Every
 * write is checked first: a draft that would not load again, or a record whose facts are
 * not what the app writes, is refused and nothing is written.
 */
import type { Draft, MigrateResult } from '../domain';
import { assertStorable, migrateDraft } from './draft-checks';
import { StorageError } from './errors';

/** A received paper as the app writes it. */
export interface ReceivedPaper {
  readonly draft: Draft;
  /** ISO time the coordinator received it. */
  readonly receivedAt: string;
  /** Name of the file it came in (for the report and the table). */
  readonly fileName: string;
  /** The desk row cached by the state; absent or null = compute it. */
  readonly row?: unknown;
}

/** One stored record as listed: its facts, and its draft read only when asked for. */
export interface ReceivedEntry {
  readonly id: string;
  readonly receivedAt: string;
  readonly fileName: string;
  readonly row: unknown;
  /** Reads, migrates and checks the stored draft (the list itself reads no drafts, so it stays fast for hundreds of papers). */
  readDraft(): Promise<MigrateResult>;
}

export interface ReceivedRepository {
  /** True when data survives a reload (false for the in-memory fallback). */
  readonly durable: boolean;
  list(): Promise<ReceivedEntry[]>;
  /** The paper with its draft migrated; undefined when none has that id; 'corrupt' when it cannot be read. */
  get(id: string): Promise<ReceivedPaper | undefined>;
  /** Stores several papers in one transaction: all of them or none. */
  saveMany(papers: readonly ReceivedPaper[]): Promise<void>;
  /**
   * Replaces the draft of a paper already here, keeping when and how it came, with the row made
   * for it (`row` gets the stored receivedAt); 'failed' when the paper is gone.
   */
  saveDraft(draft: Draft, row: (receivedAt: string) => unknown): Promise<void>;
  /** Removes every received paper in one transaction; resolves with the records as they were (for undo). */
  removeAll(): Promise<readonly unknown[]>;
  /** Puts removed records back exactly as they were, except where a paper with the same id has come since. */
  restore(records: readonly unknown[]): Promise<void>;
}

const MAX_FILE_NAME = 500;

/** The record to write, after checking it (throws StorageError 'invalid'). */
export function receivedRecord(paper: ReceivedPaper): Record<string, unknown> {
  assertStorable(paper.draft);
  if (typeof paper.receivedAt !== 'string' || !Number.isFinite(Date.parse(paper.receivedAt))) {
    throw new StorageError('invalid', `Received paper ${paper.draft.id} has no valid receivedAt`);
  }
  if (typeof paper.fileName !== 'string' || paper.fileName.length > MAX_FILE_NAME) {
    throw new StorageError('invalid', `Received paper ${paper.draft.id} has no valid fileName`);
  }
  return { id: paper.draft.id, receivedAt: paper.receivedAt, fileName: paper.fileName, draft: paper.draft, row: paper.row ?? null };
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The list entry of a stored record (or of its list entry without the draft), whatever shape
 * it is in; `readStored` reads the record's draft when asked.
 */
export function receivedEntry(
  raw: unknown,
  readStored: () => Promise<unknown> = async () => (raw as { draft?: unknown })?.draft,
): ReceivedEntry {
  const r = (raw ?? {}) as Record<string, unknown>;
  return {
    id: String(r.id ?? ''),
    receivedAt: str(r.receivedAt),
    fileName: str(r.fileName),
    row: r.row ?? null,
    readDraft: async () => migrateDraft(await readStored()),
  };
}

/** The paper of a stored record; 'corrupt' when its draft cannot be read. */
export function readReceived(raw: unknown, id: string): ReceivedPaper | undefined {
  if (raw === undefined) return undefined;
  const r = raw as Record<string, unknown>;
  const result = migrateDraft(r.draft);
  if (!result.ok) throw new StorageError('corrupt', `Received paper ${id} cannot be read`);
  return { draft: result.draft, receivedAt: str(r.receivedAt), fileName: str(r.fileName), row: r.row ?? null };
}
