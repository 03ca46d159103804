/**
 * Files in and out: the ideapaperi PDF, one draft as `.ideapaperi.json`, all drafts as a
 * backup, and importing any of them. An import stores nothing until the whole file has been
 * read and validated, and never overwrites a draft without asking; what it stores is decided
 * by the domain's import policy (planImport) and written in one transaction.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { Draft, PdfDoc } from '../../domain';
// The limits alone: the domain's index would bring the import code into the first screen.
import { checkExportSize, MAX_IMPORT_BYTES } from '../../domain/exchange/file-limits';
import type { DraftsRepository } from '../../storage';
import type { LockEnv } from '../draft-session';
import type { Delivery, ExportKind, Exporter, FileDeliveryPort, FlushPort, OpenDraftReader } from '../ports';
import type { ConflictChoice, ImportContext, ImportStatus } from './import-status';

export type { ConflictChoice, ImportStatus } from './import-status';
import type { PaperStore } from './paper-store';
import type { ToolsStore } from './tools-store';

export type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly what: ExportKind }
  | {
      readonly kind: 'done';
      readonly what: ExportKind;
      readonly fileName: string;
      readonly how: Delivery;
      /** Drafts a backup could not include (this version cannot open them), by name: they stay on the device. */
      readonly leftOut?: readonly string[];
    }
  /**
   * `reload`: the export code could not be loaded (offline before caching, or an update removed
   * it). `too-large`: the file would be larger than the app imports, so it was not delivered.
   */
  | {
      readonly kind: 'error';
      readonly what: ExportKind;
      readonly reason: 'reload' | 'failed' | 'too-large';
      readonly bytes?: number;
      readonly limit?: number;
    };

export interface ExchangeStore extends FileDeliveryPort {
  readonly exportStatus: ReadonlySignal<ExportStatus>;
  readonly importStatus: ReadonlySignal<ImportStatus>;
  /** The PDF content model of the open draft (for the export view's page estimate). */
  pdfModel(options?: { includeComments?: boolean }): PdfDoc | null;
  /** Saves, renders the ideapaperi PDF and hands it to the user (share, download or open). */
  exportPdf(options?: { includeComments?: boolean }): Promise<void>;
  /** Loads the PDF code and fonts ahead of an export (the export view calls it when idle). */
  preparePdf(): Promise<void>;
  /** One draft as a `.ideapaperi.json` file (the open draft when no id is given). */
  exportDraftFile(id?: string): Promise<void>;
  /** Every readable draft in one backup file. */
  exportAll(): Promise<void>;
  /** Reads a picked or dropped file; stores it at once unless it collides with existing drafts. */
  importFile(file: Blob & { name?: string }): Promise<void>;
  /** Finishes an import that collided with drafts already on this device. */
  resolveImportConflict(choice: ConflictChoice): Promise<void>;
  dismissImport(): void;
}

/** Export bookkeeping kept beside the drafts, for the "export now and then" reminder. */
export type ExportRecord = { draftId: string } | 'backup';

interface Deps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly appVersion: string;
  /** The open draft, saved before it is exported. */
  readonly open: OpenDraftReader & FlushPort;
  readonly paper: Pick<PaperStore, 'budget' | 'fit'>;
  readonly tools: ToolsStore;
  readonly lockEnv: LockEnv | undefined;
  readonly loadExporter: () => Promise<Exporter>;
  readonly loadPdfReader: () => Promise<{ extractEmbeddedJson(bytes: Uint8Array): string | null }>;
  readonly refreshList: () => Promise<void>;
  /** Remembers an export (for the reminder) and refreshes the storage facts. */
  readonly recordExport: (what: ExportRecord) => Promise<void>;
}

const JSON_TYPE = 'application/json';

const isChunkError = (error: unknown) =>
  /dynamically imported module|Importing a module script|Failed to fetch|error loading dynamically/i.test(
    String((error as Error | null)?.message ?? ''),
  );

export function createExchangeStore(deps: Deps): ExchangeStore {
  const { repo, now, newId, appVersion, open, paper } = deps;
  const exportStatus = signal<ExportStatus>({ kind: 'idle' });
  const importStatus = signal<ImportStatus>({ kind: 'idle' });
  const info = () => ({ appVersion, exportedAt: now().toISOString() });

  async function deliverTracked(
    what: ExportKind,
    record: ExportRecord | null,
    make: (exporter: Exporter) => Promise<{ blob: Blob; fileName: string; leftOut?: readonly string[] }>,
  ): Promise<void> {
    exportStatus.value = { kind: 'working', what };
    let exporter: Exporter;
    try {
      exporter = await deps.loadExporter();
    } catch {
      exportStatus.value = { kind: 'error', what, reason: 'reload' };
      return;
    }
    try {
      const { blob, fileName, leftOut } = await make(exporter);
      // A file the app could not take back is no backup: refused, and the user is told why.
      if (!checkExportSize(blob.size)) {
        exportStatus.value = { kind: 'error', what, reason: 'too-large', bytes: blob.size, limit: MAX_IMPORT_BYTES };
        return;
      }
      const how = await exporter.deliverFile(blob, fileName);
      exportStatus.value = { kind: 'done', what, fileName, how, ...(leftOut?.length ? { leftOut } : {}) };
      if (how !== 'cancelled' && record) await deps.recordExport(record).catch(() => undefined);
    } catch (error) {
      exportStatus.value = { kind: 'error', what, reason: isChunkError(error) ? 'reload' : 'failed' };
    }
  }

  /** What the import flow (import-flow.ts, loaded with the first import) works on. */
  const importContext: ImportContext = {
    repo,
    now,
    newId,
    lockEnv: deps.lockEnv,
    loadPdfReader: deps.loadPdfReader,
    refreshList: deps.refreshList,
    status: importStatus,
  };

  /** The import code, loaded on the first import; a failed load is told as "reload the app". */
  async function loadFlow(fileName: string) {
    try {
      return await import('./import-flow');
    } catch {
      // The UI explains this code: the app must be reloaded (the text is in storage).
      importStatus.value = { kind: 'error', fileName, error: { code: 'app-reload', message: '' } };
      return null;
    }
  }

  const jsonFile = (text: string, fileName: string) => ({ blob: new Blob([text], { type: JSON_TYPE }), fileName });

  const store: ExchangeStore = {
    exportStatus,
    importStatus,

    pdfModel(options = {}) {
      const d = open.current.peek();
      const t = deps.tools.tools.peek();
      const budget = paper.budget.peek();
      const fit = paper.fit.peek();
      if (!d || !t || !budget || !fit) return null;
      return t.buildPdfModel({ draft: d, budget, fit, ...info(), ...options });
    },

    async preparePdf() {
      // Only a head start: a failure shows when the user exports.
      const exporter = await deps.loadExporter().catch(() => undefined);
      await exporter?.preparePdfExport?.();
    },

    async exportPdf(options = {}) {
      await open.flush();
      const doc = store.pdfModel(options);
      if (!doc) return;
      const draftId = open.current.peek()?.id ?? '';
      await deliverTracked('pdf', { draftId }, async (exporter) => ({
        blob: await exporter.createPdfBlob(doc),
        fileName: doc.meta.fileName,
      }));
    },

    async exportDraftFile(id) {
      await open.flush();
      const fileInfo = info();
      let d: Draft | null | undefined = open.current.peek();
      if (id) d = await repo.get(id).catch(() => undefined);
      if (d) {
        const draft = d;
        await deliverTracked('draft', { draftId: d.id }, async () => {
          const f = await import('../file-tools');
          return jsonFile(f.serializeDraftFile(draft, fileInfo), f.draftFileName(draft.project.name, fileInfo.exportedAt));
        });
        return;
      }
      if (!id) return;
      // A record this app version cannot read: exported untouched, in the same envelope.
      const raw = (await repo.getRaw(id).catch(() => undefined)) as { project?: { name?: unknown } } | undefined;
      if (!raw) return;
      const name = typeof raw.project?.name === 'string' ? raw.project.name : '';
      await deliverTracked('draft', { draftId: id }, async () => {
        const f = await import('../file-tools');
        return jsonFile(f.serializeRawDraftFile(raw, fileInfo), f.draftFileName(name, fileInfo.exportedAt));
      });
    },

    async exportAll() {
      await open.flush();
      const summaries = await repo.list();
      const drafts: Draft[] = [];
      // A record this version cannot open would make the backup refuse to import: it stays out,
      // and the user is told which ones, so none goes missing unnoticed.
      const leftOut: string[] = [];
      for (const s of summaries) {
        const d = s.problem ? undefined : await repo.get(s.id).catch(() => undefined);
        if (d) drafts.push(d);
        else leftOut.push(s.name);
      }
      const fileInfo = info();
      await deliverTracked('backup', 'backup', async () => {
        const f = await import('../file-tools');
        return { ...jsonFile(f.serializeBackupFile(drafts, fileInfo), f.backupFileName(fileInfo.exportedAt)), leftOut };
      });
    },

    deliver: (what, make) => deliverTracked(what, null, make),

    async importFile(file) {
      const flow = await loadFlow(file.name ?? '');
      if (flow) await flow.importFile(importContext, file);
    },

    async resolveImportConflict(choice) {
      const current = importStatus.peek();
      const flow = await loadFlow(current.kind === 'conflict' ? current.fileName : '');
      if (flow) await flow.resolveImportConflict(importContext, choice);
    },

    dismissImport() {
      importStatus.value = { kind: 'idle' };
    },
  };
  return store;
}
