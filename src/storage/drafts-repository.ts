import type { Draft, DraftProblem } from '../domain';

/** What the start view needs to list a draft without loading it whole. */
export interface DraftSummary {
  readonly id: string;
  readonly name: string;
  readonly applicantName: string;
  readonly updatedAt: string;
  /** Set when the stored record cannot be opened as a draft (it is kept, never deleted). */
  readonly problem?: DraftProblem;
}

/** Small key–value facts kept beside the drafts (e.g. when drafts were last exported). */
/**
 * lastExportAt: last export of any kind; lastBackupAt: last "Vie kaikki"; draftExports: JSON
 * map of draft id → last export of that draft alone.
 */
export type MetaKey =
  | 'lastExportAt'
  | 'lastBackupAt'
  | 'draftExports'
  | 'commentAuthor'
  /** A draft's local state on this device (where the user was, an unfinished comment): not part of the paper. */
  | `local:${string}`;

/** The one interface the app uses to keep drafts; IndexedDB and in-memory implement it. */
export interface DraftsRepository {
  /** True when data survives a reload (false for the in-memory fallback). */
  readonly durable: boolean;
  list(): Promise<DraftSummary[]>;
  /** The draft, migrated to the current schema; undefined when none has that id. */
  get(id: string): Promise<Draft | undefined>;
  /** The stored record as it is, for exporting something the app cannot open. */
  getRaw(id: string): Promise<unknown>;
  save(draft: Draft): Promise<void>;
  /** Saves several drafts in one transaction: all of them or none (imports, backups). */
  saveMany(drafts: readonly Draft[]): Promise<void>;
  /** Puts back a stored record exactly as it was (undoing the delete of an unreadable draft). */
  putRaw(raw: unknown): Promise<void>;
  remove(id: string): Promise<void>;
  getMeta(key: MetaKey): Promise<string | undefined>;
  setMeta(key: MetaKey, value: string): Promise<void>;
}

/** Builds the list entry of a stored record, whatever shape it is in. */
export function summarise(raw: unknown, migrated: { ok: true; draft: Draft } | { ok: false; problem: DraftProblem }): DraftSummary {
  if (migrated.ok) {
    const d = migrated.draft;
    return { id: d.id, name: d.project.name, applicantName: d.applicant.name, updatedAt: d.updatedAt };
  }
  const r = (raw ?? {}) as { id?: unknown; updatedAt?: unknown; project?: { name?: unknown } };
  return {
    id: String(r.id ?? ''),
    name: typeof r.project?.name === 'string' ? r.project.name : '',
    applicantName: '',
    updatedAt: typeof r.updatedAt === 'string' ? r.updatedAt : '',
    problem: migrated.problem,
  };
}

/** Newest first, the order people look for their latest work in. */
export function byUpdatedDesc(a: DraftSummary, b: DraftSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}
