/**
 * The coordinator's desk: the papers received from associations, kept apart from the device's
 * own drafts (ReceivedRepository), one overview row each, sorted and filtered, with totals,
 * a CSV of the table, the comments going back to each association, and removing everything
 * with a moment to undo. Loaded on first use (desk-module.ts).
 *
 * Rows are derived (budget and fit check of each paper) and cached with the paper for this
 * build, so hundreds of papers open at once; storage writes go one after another, so a
 * background write of cached rows can never bring back papers just removed.
 */
import { batch, computed, signal } from '@preact/signals';
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
  type Draft,
  type ImportError,
} from '../../domain';
import { toStorageError, type StorageErrorKind } from '../../storage';
import type { ReceivedPaper, ReceivedRepository } from '../../storage/received-repository';
import { isDraftOpen, type LockEnv } from '../draft-session';
import { sortIncoming, yieldToMain, type IncomingPaper, type OtherVersion } from './desk-receive';
import { UNDO_DELETE_MS } from './draft-list-store';
import type { DraftSource, FileDeliveryPort, ReceivedPaperOpener } from '../ports';
import type { DeskPaperRow, DeskReport, DeskStore } from './desk-types';
import type { PdfReaderLoader } from './read-import-file';

interface Deps {
  readonly repo: ReceivedRepository;
  readonly now: () => Date;
  readonly appVersion: string;
  readonly opener: ReceivedPaperOpener;
  readonly files: FileDeliveryPort;
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
  const { repo, now, files } = deps;
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

  /** One waiting version per paper: a later batch's copy of it replaces an earlier one's. */
  function newestPerPaper(versions: readonly OtherVersion[]): OtherVersion[] {
    return [...new Map(versions.map((v) => [v.draft.id, v])).values()];
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

  /** Where the wizard reads and saves an open received paper (saving keeps its row current). */
  const source: DraftSource = {
    get: async (id) => (await repo.get(id))?.draft,
    async save(draft) {
      let row: DeskRow | undefined;
      await serial(() => repo.saveDraft(draft, (receivedAt) => cacheDeskRow((row = rowOf(draft, receivedAt)), version)));
      const fileName = rows.peek().find((r) => r.draftId === draft.id)?.fileName ?? '';
      if (row) upsert([{ ...row, fileName }]);
    },
  };

  /** The batch being received: its files (growing while they are read) and when it is done. */
  let current: { files: (Blob & { name?: string })[]; reading: boolean; done: Promise<void> } | undefined;
  /** Files dropped while the batch was being stored: received right after it, in one report with it. */
  const next: (Blob & { name?: string })[] = [];
  let nextDone: Promise<void> | undefined;

  /** Receives one batch; `earlier` is the report of the batch just before, which this one extends. */
  function receiveBatch(files: (Blob & { name?: string })[], earlier: DeskReport | null): Promise<void> {
    const batchNow = { files, reading: true, done: Promise.resolve() };
    current = batchNow;
    batchNow.done = (async () => {
      batch(() => {
        receiving.value = { done: 0, total: files.length };
        if (!earlier) report.value = null;
      });
      try {
        const here = new Map(rows.peek().map((r) => [r.draftId, r.updatedAt]));
        const stored = async (id: string) => (await repo.get(id))?.draft;
        const onProgress = (done: number) => (receiving.value = { done, total: files.length });
        const sorted = await sortIncoming(files, here, stored, deps.loadPdfReader, onProgress, now().getTime());
        batchNow.reading = false;
        const papers = await rowsOf(sorted.toStore, now().toISOString());
        let storeFailed: StorageErrorKind | undefined;
        try {
          // One transaction: every new paper of this batch, or none.
          if (papers.length > 0) await serial(() => repo.saveMany(papers));
          upsert(papers.map(asRow));
        } catch (e) {
          storeFailed = toStorageError(e).kind;
        }
        const failed = storeFailed ?? earlier?.storeFailed;
        report.value = {
          files: [...(earlier?.files ?? []), ...sorted.files],
          pendingNewer: newestPerPaper([...(earlier?.pendingNewer ?? []), ...sorted.newer]),
          ...(failed ? { storeFailed: failed } : {}),
        };
      } finally {
        current = undefined;
        receiving.value = null;
      }
    })();
    return batchNow.done;
  }

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

    receive(files) {
      if (files.length === 0) return current?.done ?? Promise.resolve();
      // Files dropped while a batch is read join it; dropped while it is stored, they are the next.
      if (current?.reading) {
        current.files.push(...files);
        receiving.value = { done: receiving.peek()?.done ?? 0, total: current.files.length };
        return current.done;
      }
      if (current) {
        next.push(...files);
        return (nextDone ??= current.done.then(() => {
          const later = next.splice(0);
          nextDone = undefined;
          return later.length > 0 ? receiveBatch(later, report.peek()) : undefined;
        }));
      }
      return receiveBatch([...files], null);
    },

    async acceptNewer(ids) {
      const current = report.peek();
      if (!current || current.pendingNewer.length === 0) return;
      const chosen = new Set(ids ?? current.pendingNewer.filter((v) => v.suggested).map((v) => v.draft.id));
      const at = now().toISOString();
      const toStore: ReceivedPaper[] = [];
      const replaced: string[] = [];
      const refused: { name: string; error: ImportError }[] = [];
      const kept: string[] = [];
      for (const p of current.pendingNewer) {
        const { name } = p;
        if (!chosen.has(p.draft.id)) {
          kept.push(name);
          continue;
        }
        // A tab commenting the old version would write it back over the new one with its next save.
        if (await isDraftOpen(p.draft.id, deps.lockEnv, 'received')) {
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
        report.value = { ...current, pendingNewer: [], newerDone: { replaced, refused, kept } };
      } catch (e) {
        report.value = { ...current, storeFailed: toStorageError(e).kind };
      }
    },

    declineNewer() {
      const current = report.peek();
      if (current) report.value = { ...current, pendingNewer: [], newerDone: { replaced: [], refused: [], kept: [], declined: true } };
    },

    dismissReport: () => void (report.value = null),

    open: (id, at) => deps.opener.openReceived(id, source, at),

    async exportComments(id) {
      const paper = await repo.get(id).catch(() => undefined);
      if (!paper) return;
      const exportedAt = now().toISOString();
      await files.deliver('draft', async () => ({
        blob: new Blob([serializeDraftFile(paper.draft, { appVersion: deps.appVersion, exportedAt })], { type: 'application/json' }),
        fileName: commentedFileName(paper.draft.project.name, exportedAt),
      }));
    },

    async exportCsv() {
      const shown = visible.peek();
      const exportedAt = now().toISOString();
      await files.deliver('csv', async () => ({
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
  };
  return store;
}
