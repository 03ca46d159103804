/**
 * Files in and out: the ideapaperi PDF, one draft as `.ideapaperi.json`, all drafts as a
 * backup, and importing any of them. An import stores nothing until the whole file has been
 * read and validated, and never overwrites a draft without asking; what it stores is decided
 * by the domain's import policy (planImport) and written in one transaction.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import {
  backupFileName,
  draftDisplayName,
  draftFileName,
  serializeBackupFile,
  serializeDraftFile,
  serializeRawDraftFile,
  type Draft,
  type ImportChoice,
  type ImportError,
  type PdfDoc,
} from '../../domain';
import type { DraftsRepository } from '../../storage';
import type { Delivery, Exporter } from '../app-deps';
import { isDraftOpen, type LockEnv } from '../draft-session';
import type { EditorStore } from './editor-store';
import type { PaperStore } from './paper-store';
import type { ToolsStore } from './tools-store';

/** What kind of file an export made (the confirmation names it). */
export type ExportKind = 'pdf' | 'draft' | 'backup' | 'letter';

export type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly what: ExportKind }
  | { readonly kind: 'done'; readonly what: ExportKind; readonly fileName: string; readonly how: Delivery }
  /** `reload`: the export code could not be loaded (offline before caching, or an update removed it). */
  | { readonly kind: 'error'; readonly what: ExportKind; readonly reason: 'reload' | 'failed' };

export type ImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'error'; readonly fileName: string; readonly error: ImportError }
  /** Some drafts of the file already exist here: the user chooses what to do. */
  | {
      readonly kind: 'conflict';
      readonly fileName: string;
      readonly drafts: readonly Draft[];
      readonly existing: readonly Draft[];
      /** The file brings comments (e.g. from the coordinator) that the drafts here lack. */
      readonly bringsComments: boolean;
    }
  | {
      readonly kind: 'done';
      readonly fileName: string;
      readonly names: readonly string[];
      readonly keptPrevious: number;
      /** Comments brought in by a comments-only import. */
      readonly comments?: number;
    };

export type ConflictChoice = ImportChoice | 'cancel';

export interface ExchangeStore {
  readonly exportStatus: ReadonlySignal<ExportStatus>;
  readonly importStatus: ReadonlySignal<ImportStatus>;
  /** The PDF content model of the open draft (for the export view's page estimate). */
  pdfModel(options?: { includeComments?: boolean }): PdfDoc | null;
  /** Saves, renders the ideapaperi PDF and hands it to the user (share, download or open). */
  exportPdf(options?: { includeComments?: boolean }): Promise<void>;
  /** One draft as a `.ideapaperi.json` file (the open draft when no id is given). */
  exportDraftFile(id?: string): Promise<void>;
  /** Every readable draft in one backup file. */
  exportAll(): Promise<void>;
  /** Hands a file made elsewhere (a letter of intent) to the user, with the same status line. */
  deliver(what: ExportKind, make: (exporter: Exporter) => Promise<{ blob: Blob; fileName: string }>): Promise<void>;
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
  readonly editor: EditorStore;
  readonly paper: PaperStore;
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
  const { repo, now, newId, appVersion, editor, paper } = deps;
  const exportStatus = signal<ExportStatus>({ kind: 'idle' });
  const importStatus = signal<ImportStatus>({ kind: 'idle' });
  const info = () => ({ appVersion, exportedAt: now().toISOString() });

  async function deliverTracked(
    what: ExportKind,
    record: ExportRecord | null,
    make: (exporter: Exporter) => Promise<{ blob: Blob; fileName: string }>,
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
      const { blob, fileName } = await make(exporter);
      const how = await exporter.deliverFile(blob, fileName);
      exportStatus.value = { kind: 'done', what, fileName, how };
      if (how !== 'cancelled' && record) await deps.recordExport(record).catch(() => undefined);
    } catch (error) {
      exportStatus.value = { kind: 'error', what, reason: isChunkError(error) ? 'reload' : 'failed' };
    }
  }

  /** Stores an import in one transaction; on failure nothing is stored and the user is told. */
  async function storeAll(drafts: readonly Draft[], fileName: string): Promise<boolean> {
    try {
      await repo.saveMany(drafts);
      return true;
    } catch {
      importStatus.value = { kind: 'error', fileName, error: { code: 'storage', message: '' } };
      return false;
    }
  }

  const jsonFile = (text: string, fileName: string) => ({ blob: new Blob([text], { type: JSON_TYPE }), fileName });

  const store: ExchangeStore = {
    exportStatus,
    importStatus,

    pdfModel(options = {}) {
      const d = editor.draft.peek();
      const t = deps.tools.tools.peek();
      const budget = paper.budget.peek();
      const fit = paper.fit.peek();
      if (!d || !t || !budget || !fit) return null;
      return t.buildPdfModel({ draft: d, budget, fit, ...info(), ...options });
    },

    async exportPdf(options = {}) {
      await editor.flush();
      const doc = store.pdfModel(options);
      if (!doc) return;
      const draftId = editor.draft.peek()?.id ?? '';
      await deliverTracked('pdf', { draftId }, async (exporter) => ({
        blob: await exporter.createPdfBlob(doc),
        fileName: doc.meta.fileName,
      }));
    },

    async exportDraftFile(id) {
      await editor.flush();
      const fileInfo = info();
      let d: Draft | null | undefined = editor.draft.peek();
      if (id) d = await repo.get(id).catch(() => undefined);
      if (d) {
        const text = serializeDraftFile(d, fileInfo);
        const name = d.project.name;
        await deliverTracked('draft', { draftId: d.id }, async () => jsonFile(text, draftFileName(name, fileInfo.exportedAt)));
        return;
      }
      if (!id) return;
      // A record this app version cannot read: exported untouched, in the same envelope.
      const raw = (await repo.getRaw(id).catch(() => undefined)) as { project?: { name?: unknown } } | undefined;
      if (!raw) return;
      const name = typeof raw.project?.name === 'string' ? raw.project.name : '';
      const text = serializeRawDraftFile(raw, fileInfo);
      await deliverTracked('draft', { draftId: id }, async () => jsonFile(text, draftFileName(name, fileInfo.exportedAt)));
    },

    async exportAll() {
      await editor.flush();
      const summaries = await repo.list();
      const drafts: Draft[] = [];
      for (const s of summaries) {
        if (s.problem) continue;
        const d = await repo.get(s.id).catch(() => undefined);
        if (d) drafts.push(d);
      }
      const fileInfo = info();
      const text = serializeBackupFile(drafts, fileInfo);
      await deliverTracked('backup', 'backup', async () => jsonFile(text, backupFileName(fileInfo.exportedAt)));
    },

    deliver: (what, make) => deliverTracked(what, null, make),

    async importFile(file) {
      const fileName = file.name ?? 'tiedosto';
      const failWith = (error: ImportError) => void (importStatus.value = { kind: 'error', fileName, error });
      let tools: typeof import('../import-tools');
      try {
        tools = await import('../import-tools');
      } catch {
        // The UI explains this code: the app must be reloaded (the text is in storage).
        return failWith({ code: 'app-reload', message: '' });
      }
      const { checkImportSize, hasNewComments, importedCopy, kindError, parseImportText, sniffFileKind } = tools;
      const sizeError = checkImportSize(file.size);
      if (sizeError) return failWith(sizeError);
      importStatus.value = { kind: 'reading', fileName };
      let text: string;
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const kind = sniffFileKind(bytes);
        if (kind === 'zip' || kind === 'binary') return failWith(kindError(kind));
        if (kind === 'pdf') {
          const embedded = (await deps.loadPdfReader()).extractEmbeddedJson(bytes);
          if (embedded === null) return failWith(kindError('pdf-without-draft'));
          text = embedded;
        } else {
          text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        }
      } catch {
        return failWith(kindError('binary'));
      }
      const parsed = parseImportText(text);
      if (!parsed.ok) return failWith(parsed.error);

      const existing: Draft[] = [];
      const drafts: Draft[] = [];
      for (const d of parsed.drafts) {
        let here: Draft | undefined;
        try {
          here = await repo.get(d.id);
        } catch {
          // The id is held by a record this version cannot open (saved by a newer version in
          // another tab, or damaged), or the read failed: never overwrite it, and nothing to
          // offer for "replace". The import goes under a new id, as "keep both" stores it.
          drafts.push(importedCopy(d, { at: now().toISOString(), newId }));
          continue;
        }
        if (here) existing.push(here);
        drafts.push(d);
      }
      if (existing.length > 0) {
        const bringsComments = existing.some((here) => {
          const incoming = drafts.find((d) => d.id === here.id);
          return incoming !== undefined && hasNewComments(here, incoming);
        });
        importStatus.value = { kind: 'conflict', fileName, drafts, existing, bringsComments };
        return;
      }
      if (!(await storeAll(drafts, fileName))) return;
      importStatus.value = { kind: 'done', fileName, names: parsed.drafts.map((d) => draftDisplayName(d.project.name)), keptPrevious: 0 };
      await deps.refreshList();
    },

    async resolveImportConflict(choice) {
      const status = importStatus.peek();
      if (status.kind !== 'conflict') return;
      if (choice === 'cancel') {
        importStatus.value = { kind: 'idle' };
        return;
      }
      if (choice !== 'keepBoth') {
        // A tab editing the draft would overwrite the import with its next save: refuse.
        for (const d of status.existing) {
          if (await isDraftOpen(d.id, deps.lockEnv)) {
            importStatus.value = { kind: 'error', fileName: status.fileName, error: { code: 'open-elsewhere', message: '' } };
            return;
          }
        }
      }
      // Loaded with the import itself (it was needed to read the file), so this does not fetch.
      const { checkImportResult, planImport } = await import('../import-tools');
      const plan = planImport(status.drafts, status.existing, choice, { at: now().toISOString(), newId });
      // A merge can grow a draft past a limit: refuse, and say what and where, before storing.
      const overLimit = checkImportResult(plan.toStore, (d) => draftDisplayName(d.project.name));
      if (overLimit) {
        importStatus.value = { kind: 'error', fileName: status.fileName, error: overLimit };
        return;
      }
      if (!(await storeAll(plan.toStore, status.fileName))) return;
      importStatus.value = {
        kind: 'done',
        fileName: status.fileName,
        names: status.drafts.map((d) => draftDisplayName(d.project.name)),
        keptPrevious: plan.keptPrevious,
        ...(choice === 'comments' ? { comments: plan.comments } : {}),
      };
      await deps.refreshList();
    },

    dismissImport() {
      importStatus.value = { kind: 'idle' };
    },
  };
  return store;
}
