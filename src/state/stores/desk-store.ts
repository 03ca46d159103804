/**
 * The coordinator's desk: the papers received from associations, kept apart from the device's
 * own drafts (ReceivedRepository), one overview row each, sorted and filtered, with totals,
 * a CSV of the table, the comments going back to each association, and removing everything
 * with a moment to undo. Loaded on first use (desk-loader.ts).
 *
 * Rows are derived (budget and fit check of each paper) and cached with the paper for this
 * build, so hundreds of papers open at once; storage writes go one after another, so a
 * background write of cached rows can never bring back papers just removed.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  cacheDeskRow,
  calculateBudget,
  checkImportResult,
  commentedFileName,
  deskCsv,
  deskCsvFileName,
  deskRow,
  deskTotals,
  DESK_CSV_MIME,
  evaluateFit,
  filterDeskRows,
  mergeComments,
  readCachedDeskRow,
  serializeDraftFile,
  sortDeskRows,
  type DeskFilter,
  type DeskRow,
  type DeskSort,
  type DeskTotals,
  type Draft,
  type ImportError,
} from '../../domain';
import { toStorageError, type StorageErrorKind } from '../../storage';
import type { ReceivedPaper, ReceivedRepository } from '../../storage/received-repository';
import { isDraftOpen, type LockEnv } from '../draft-session';
import { paperName, sortIncoming, yieldToMain, type IncomingPaper, type ReceivedFileReport } from './desk-receive';
import { UNDO_DELETE_MS } from './draft-list-store';
import type { DraftSource, EditorStore } from './editor-store';
import type { ExchangeStore } from './exchange-store';
import type { PdfReaderLoader } from './read-import-file';

/** A row of the table: the paper's overview facts and the file it came in. */
export type DeskPaperRow = DeskRow & { readonly fileName: string };

/** What the last "receive" did, for the report on screen. */
export interface DeskReport {
  readonly files: readonly ReceivedFileReport[];
  /** Storing the new papers failed: none of them was stored. */
  readonly storeFailed?: StorageErrorKind;
  /** Newer versions of papers here, waiting for "take the newer versions". */
  readonly pendingNewer: readonly IncomingPaper[];
  /** After the choice: how many were replaced, and which could not be (name and reason). */
  readonly newerDone?: {
    readonly replaced: readonly string[];
    readonly refused: readonly { name: string; error: ImportError }[];
    /** The coordinator kept the versions here. */
    readonly declined?: boolean;
  };
}

export interface DeskStore {
  /** False (nothing survives a reload) when IndexedDB is unavailable. */
  readonly durable: boolean;
  readonly loaded: ReadonlySignal<boolean>;
  readonly error: ReadonlySignal<StorageErrorKind | undefined>;
  /** Every readable paper, in storage order. */
  readonly rows: ReadonlySignal<readonly DeskPaperRow[]>;
  /** Stored papers whose draft this version cannot read (kept, never changed). */
  readonly unreadable: ReadonlySignal<number>;
  readonly sort: ReadonlySignal<DeskSort>;
  readonly filter: ReadonlySignal<DeskFilter>;
  /** The rows passing the filter, in the chosen order, and their totals. */
  readonly visible: ReadonlySignal<readonly DeskPaperRow[]>;
  readonly totals: ReadonlySignal<DeskTotals>;
  /** Files read so far while receiving; null when not receiving. */
  readonly receiving: ReadonlySignal<{ readonly done: number; readonly total: number } | null>;
  readonly report: ReadonlySignal<DeskReport | null>;
  /** Papers just removed, for a moment (undo); null otherwise. */
  readonly removed: ReadonlySignal<{ readonly count: number } | null>;
  refresh(): Promise<void>;
  setSort(sort: DeskSort): void;
  setFilter(filter: DeskFilter): void;
  /** Reads and checks every file, stores the new papers in one transaction, reports the rest. */
  receive(files: readonly (Blob & { name?: string })[]): Promise<void>;
  /** Takes the newer versions of the last report; the coordinator's comments on the old ones are kept. */
  acceptNewer(): Promise<void>;
  /** Keeps the versions here: the newer ones of the last report are not stored. */
  declineNewer(): void;
  dismissReport(): void;
  /** Opens a paper in read-only comment mode; false when it cannot be opened. */
  open(id: string): Promise<boolean>;
  /** The paper with the coordinator's comments as a file for the association ("Tuo kommentit omaan luonnokseen"). */
  exportComments(id: string): Promise<void>;
  /** The shown rows as a CSV file. */
  exportCsv(): Promise<void>;
  removeAll(): Promise<void>;
  undoRemove(): Promise<void>;
  /** Where the editor reads and saves an open received paper (saving keeps its row current). */
  readonly source: DraftSource;
}

interface Deps {
  readonly repo: ReceivedRepository;
  readonly now: () => Date;
  readonly appVersion: string;
  readonly editor: EditorStore;
  readonly exchange: ExchangeStore;
  readonly lockEnv: LockEnv | undefined;
  readonly loadPdfReader: PdfReaderLoader;
}

/** The row of a paper with its real budget and fit check, exactly as the paper's own steps show them. */
export function rowOf(draft: Draft, receivedAt: string): DeskRow {
  const budget = calculateBudget(draft);
  return deskRow({ draft, budget, fit: evaluateFit(draft, budget), receivedAt });
}

/** Rows are computed in slices of this many papers, with input handled in between. */
const SLICE = 25;

export function createDeskStore(deps: Deps): DeskStore {
  const { repo, now, exchange } = deps;
  // Cached rows are trusted only from this very build: fit rules and texts may change between builds.
  const version = `${deps.appVersion}:${typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev'}`;
  const loaded = signal(false);
  const error = signal<StorageErrorKind | undefined>(undefined);
  const rows = signal<readonly DeskPaperRow[]>([]);
  const unreadable = signal(0);
  const sort = signal<DeskSort>({ column: 'association', direction: 'asc' });
  const filter = signal<DeskFilter>({});
  const visible = computed(() => sortDeskRows(filterDeskRows(rows.value, filter.value), sort.value));
  const totals = computed(() => deskTotals(visible.value));
  const receiving = signal<{ done: number; total: number } | null>(null);
  const report = signal<DeskReport | null>(null);
  const removed = signal<{ count: number; records: readonly unknown[] } | null>(null);
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  let queue: Promise<unknown> = Promise.resolve();
  /** Storage writes one after another, in the order asked. */
  function serial<T>(op: () => Promise<T>): Promise<T> {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  }

  const paperOf = (p: IncomingPaper, receivedAt: string, row: DeskRow): ReceivedPaper => ({
    draft: p.draft,
    receivedAt,
    fileName: p.fileName,
    row: cacheDeskRow(row, version),
  });

  /** Puts rows in (replacing those with the same id), keeping the others' order. */
  function upsert(next: readonly DeskPaperRow[]): void {
    const byId = new Map(next.map((r) => [r.draftId, r]));
    const kept = rows.peek().map((r) => byId.get(r.draftId) ?? r);
    const known = new Set(kept.map((r) => r.draftId));
    rows.value = [...kept, ...next.filter((r) => !known.has(r.draftId))];
  }

  /** Rows of incoming papers, computed in slices so the page stays responsive. */
  async function rowsOf(papers: readonly IncomingPaper[], receivedAt: string): Promise<ReceivedPaper[]> {
    const out: ReceivedPaper[] = [];
    for (const [i, p] of papers.entries()) {
      out.push(paperOf(p, receivedAt, rowOf(p.draft, receivedAt)));
      if ((i + 1) % SLICE === 0) await yieldToMain();
    }
    return out;
  }

  const asRow = (p: ReceivedPaper): DeskPaperRow => ({ ...(p.row as { row: DeskRow }).row, fileName: p.fileName });

  const store: DeskStore = {
    durable: repo.durable,
    loaded,
    error,
    rows,
    unreadable,
    sort,
    filter,
    visible,
    totals,
    receiving,
    report,
    removed: computed(() => (removed.value ? { count: removed.value.count } : null)),

    async refresh() {
      try {
        const entries = await repo.list();
        const next: DeskPaperRow[] = [];
        const recomputed: ReceivedPaper[] = [];
        let broken = 0;
        for (const entry of entries) {
          const cached = readCachedDeskRow(entry.row, version, entry.id);
          if (cached) {
            next.push({ ...cached, fileName: entry.fileName });
            continue;
          }
          const read = await entry.readDraft();
          if (!read.ok) {
            broken++;
            continue;
          }
          const paper = paperOf({ draft: read.draft, fileName: entry.fileName }, entry.receivedAt, rowOf(read.draft, entry.receivedAt));
          recomputed.push(paper);
          next.push(asRow(paper));
          if (recomputed.length % SLICE === 0) await yieldToMain();
        }
        batch(() => {
          rows.value = next;
          unreadable.value = broken;
          error.value = undefined;
          loaded.value = true;
        });
        // Keep the rows for the next time (after an update, once); only a cache, so a failure is harmless.
        if (recomputed.length > 0) void serial(() => repo.saveMany(recomputed)).catch(() => undefined);
      } catch (e) {
        batch(() => {
          error.value = toStorageError(e).kind;
          loaded.value = true;
        });
      }
    },

    setSort: (next) => void (sort.value = next),
    setFilter: (next) => void (filter.value = next),

    async receive(files) {
      if (receiving.peek() || files.length === 0) return;
      batch(() => {
        receiving.value = { done: 0, total: files.length };
        report.value = null;
      });
      try {
        const here = new Map(rows.peek().map((r) => [r.draftId, r.updatedAt]));
        const sorted = await sortIncoming(files, here, deps.loadPdfReader, (done) => (receiving.value = { done, total: files.length }));
        const papers = await rowsOf(sorted.toStore, now().toISOString());
        let storeFailed: StorageErrorKind | undefined;
        try {
          // One transaction: every new paper of this batch, or none.
          if (papers.length > 0) await serial(() => repo.saveMany(papers));
          upsert(papers.map(asRow));
        } catch (e) {
          storeFailed = toStorageError(e).kind;
        }
        report.value = { files: sorted.files, pendingNewer: sorted.newer, ...(storeFailed ? { storeFailed } : {}) };
      } finally {
        receiving.value = null;
      }
    },

    async acceptNewer() {
      const current = report.peek();
      if (!current || current.pendingNewer.length === 0) return;
      const at = now().toISOString();
      const toStore: ReceivedPaper[] = [];
      const replaced: string[] = [];
      const refused: { name: string; error: ImportError }[] = [];
      for (const p of current.pendingNewer) {
        const name = paperName(p.draft);
        // A tab commenting the old version would write it back over the new one with its next save.
        if (await isDraftOpen(`received:${p.draft.id}`, deps.lockEnv)) {
          refused.push({ name, error: { code: 'open-elsewhere', message: '' } });
          continue;
        }
        const old = await repo.get(p.draft.id).catch(() => undefined);
        // The coordinator's comments on the old version stay; `review` then tells what changed since.
        const draft = old && old.draft.comments.length > 0 ? mergeComments(p.draft, old.draft, at).draft : p.draft;
        const overLimit = checkImportResult([draft], () => name);
        if (overLimit) {
          refused.push({ name, error: overLimit });
          continue;
        }
        toStore.push(paperOf({ draft, fileName: p.fileName }, at, rowOf(draft, at)));
        replaced.push(name);
      }
      try {
        if (toStore.length > 0) await serial(() => repo.saveMany(toStore));
        upsert(toStore.map(asRow));
        report.value = { ...current, pendingNewer: [], newerDone: { replaced, refused } };
      } catch (e) {
        report.value = { ...current, storeFailed: toStorageError(e).kind };
      }
    },

    declineNewer() {
      const current = report.peek();
      if (current) report.value = { ...current, pendingNewer: [], newerDone: { replaced: [], refused: [], declined: true } };
    },

    dismissReport: () => void (report.value = null),

    open: (id) => deps.editor.open(id, { received: true }),

    async exportComments(id) {
      const paper = await repo.get(id).catch(() => undefined);
      if (!paper) return;
      const exportedAt = now().toISOString();
      await exchange.deliver('draft', async () => ({
        blob: new Blob([serializeDraftFile(paper.draft, { appVersion: deps.appVersion, exportedAt })], { type: 'application/json' }),
        fileName: commentedFileName(paper.draft.project.name, exportedAt),
      }));
    },

    async exportCsv() {
      const shown = visible.peek();
      const exportedAt = now().toISOString();
      await exchange.deliver('csv', async () => ({
        blob: new Blob([deskCsv(shown)], { type: DESK_CSV_MIME }),
        fileName: deskCsvFileName(exportedAt),
      }));
    },

    async removeAll() {
      try {
        const records = await serial(() => repo.removeAll());
        if (undoTimer !== undefined) clearTimeout(undoTimer);
        batch(() => {
          removed.value = { count: records.length, records };
          rows.value = [];
          unreadable.value = 0;
          report.value = null;
        });
        // Other people's data is kept in memory only for the moment the undo is offered.
        undoTimer = setTimeout(() => (removed.value = null), UNDO_DELETE_MS);
      } catch (e) {
        error.value = toStorageError(e).kind;
      }
    },

    async undoRemove() {
      const gone = removed.peek();
      if (!gone) return;
      if (undoTimer !== undefined) clearTimeout(undoTimer);
      removed.value = null;
      try {
        await serial(() => repo.restore(gone.records));
      } catch (e) {
        error.value = toStorageError(e).kind;
      }
      await store.refresh();
    },

    source: {
      get: async (id) => (await repo.get(id))?.draft,
      async save(draft) {
        let row: DeskRow | undefined;
        await serial(() => repo.saveDraft(draft, (receivedAt) => cacheDeskRow((row = rowOf(draft, receivedAt)), version)));
        const fileName = rows.peek().find((r) => r.draftId === draft.id)?.fileName ?? '';
        if (row) upsert([{ ...row, fileName }]);
      },
    },
  };
  return store;
}
