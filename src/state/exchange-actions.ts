/**
 * Files in and out: the ideapaperi PDF, one draft as `.ideapaperi.json`, all drafts as a
 * backup, and importing any of them. An import stores nothing until the whole file has been
 * read and validated, and never overwrites a draft without asking; replacing keeps the
 * previous version as its own draft so it can be restored.
 */
import { signal, type ReadonlySignal, type Signal } from '@preact/signals';
import {
  backupFileName,
  DRAFT_FILE_FORMAT,
  draftDisplayName,
  draftFileName,
  helsinkiDate,
  importedName,
  previousVersionName,
  serializeBackupFile,
  serializeDraftFile,
  setAtPath,
  type BudgetSummary,
  type Draft,
  type FitReport,
  type ImportError,
  type PdfDoc,
} from '../domain';
import type { AppDeps } from './app-state';
import { isDraftOpen } from './draft-session';

type Delivery = 'shared' | 'downloaded' | 'opened' | 'cancelled';

/** What the export layer offers the state (src/export/index.ts). */
export interface Exporter {
  createPdfBlob(doc: PdfDoc): Promise<Blob>;
  deliverFile(blob: Blob, fileName: string): Promise<Delivery>;
}

export type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly fileName: string; readonly how: Delivery }
  /** `reload`: the export code could not be loaded (offline before caching, or an update removed it). */
  | { readonly kind: 'error'; readonly reason: 'reload' | 'failed' };

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

/** replace: take the file's version; keepBoth: import as a new draft; comments: bring only the comments. */
export type ConflictChoice = 'replace' | 'keepBoth' | 'comments' | 'cancel';

interface Context {
  readonly deps: AppDeps;
  readonly draft: Signal<Draft | null>;
  readonly tools: Signal<typeof import('./draft-tools') | null>;
  readonly budget: ReadonlySignal<BudgetSummary | null>;
  readonly fit: ReadonlySignal<FitReport | null>;
  readonly flush: () => Promise<boolean>;
  readonly refreshList: () => Promise<void>;
  readonly refreshStorageInfo: () => Promise<void>;
}

const JSON_TYPE = 'application/json';

/** The stored map of per-draft export times; anything unreadable counts as none. */
export function parseExports(raw: string | undefined): Record<string, string> {
  try {
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '__proto__'));
  } catch {
    return {};
  }
}
const isChunkError = (error: unknown) =>
  /dynamically imported module|Importing a module script|Failed to fetch|error loading dynamically/i.test(
    String((error as Error | null)?.message ?? ''),
  );

export function createExchangeActions(ctx: Context) {
  const { deps } = ctx;
  const { repo, now, newId } = deps;
  const exportStatus = signal<ExportStatus>({ kind: 'idle' });
  const importStatus = signal<ImportStatus>({ kind: 'idle' });
  const appVersion = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
  const loadExporter = deps.loadExporter ?? (() => import('../export'));

  /** Remembers what was exported, for the "export now and then" reminder. */
  async function recordExport(what: { draftId: string } | 'backup'): Promise<void> {
    const at = now().toISOString();
    await repo.setMeta('lastExportAt', at);
    if (what === 'backup') {
      await repo.setMeta('lastBackupAt', at);
      return;
    }
    const map = parseExports(await repo.getMeta('draftExports'));
    await repo.setMeta('draftExports', JSON.stringify({ ...map, [what.draftId]: at }));
  }

  /** Runs a delivery and keeps status and the "last exported" time. */
  async function deliver(
    what: { draftId: string } | 'backup',
    make: (exporter: Exporter) => Promise<{ blob: Blob; fileName: string }>,
  ): Promise<void> {
    exportStatus.value = { kind: 'working' };
    let exporter: Exporter;
    try {
      exporter = await loadExporter();
    } catch {
      exportStatus.value = { kind: 'error', reason: 'reload' };
      return;
    }
    try {
      const { blob, fileName } = await make(exporter);
      const how = await exporter.deliverFile(blob, fileName);
      exportStatus.value = { kind: 'done', fileName, how };
      if (how !== 'cancelled') {
        await recordExport(what).catch(() => undefined);
        await ctx.refreshStorageInfo();
      }
    } catch (error) {
      exportStatus.value = { kind: 'error', reason: isChunkError(error) ? 'reload' : 'failed' };
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

  const actions = {
    /** The PDF content model of the open draft (for the export view's page estimate). */
    pdfModel(options: { includeComments?: boolean } = {}): PdfDoc | null {
      const d = ctx.draft.value;
      const t = ctx.tools.value;
      if (!d || !t || !ctx.budget.value || !ctx.fit.value) return null;
      return t.buildPdfModel({
        draft: d,
        budget: ctx.budget.value,
        fit: ctx.fit.value,
        exportedAt: now().toISOString(),
        appVersion,
        ...options,
      });
    },

    /** Saves, renders the ideapaperi PDF and hands it to the user (share, download or open). */
    async exportPdf(options: { includeComments?: boolean } = {}): Promise<void> {
      await ctx.flush();
      const doc = actions.pdfModel(options);
      if (!doc) return;
      const draftId = ctx.draft.value?.id ?? '';
      await deliver({ draftId }, async (exporter) => ({ blob: await exporter.createPdfBlob(doc), fileName: doc.meta.fileName }));
    },

    /** One draft as a `.ideapaperi.json` file (the open draft when no id is given). */
    async exportDraftFile(id?: string): Promise<void> {
      await ctx.flush();
      const exportedAt = now().toISOString();
      let d: Draft | null | undefined = ctx.draft.value;
      if (id) d = await repo.get(id).catch(() => undefined);
      if (!d && id) {
        // A record this app version cannot read (damaged, or written by a newer version):
        // export it untouched, so that a newer app or a person can still recover it.
        const raw = (await repo.getRaw(id).catch(() => undefined)) as { schemaVersion?: unknown; project?: { name?: unknown } } | undefined;
        if (!raw) return;
        const json = JSON.stringify(
          { format: DRAFT_FILE_FORMAT, schemaVersion: raw.schemaVersion ?? null, appVersion, exportedAt, draft: raw },
          null,
          2,
        );
        const name = typeof raw.project?.name === 'string' ? raw.project.name : '';
        await deliver({ draftId: id }, async () => ({
          blob: new Blob([json], { type: JSON_TYPE }),
          fileName: draftFileName(name, exportedAt),
        }));
        return;
      }
      if (!d) return;
      const json = serializeDraftFile(d, { appVersion, exportedAt });
      const name = d.project.name;
      const draftId = d.id;
      await deliver({ draftId }, async () => ({ blob: new Blob([json], { type: JSON_TYPE }), fileName: draftFileName(name, exportedAt) }));
    },

    /** Every readable draft in one backup file. */
    async exportAll(): Promise<void> {
      await ctx.flush();
      const summaries = await repo.list();
      const drafts: Draft[] = [];
      for (const s of summaries) {
        if (s.problem) continue;
        const d = await repo.get(s.id).catch(() => undefined);
        if (d) drafts.push(d);
      }
      const exportedAt = now().toISOString();
      const json = serializeBackupFile(drafts, { appVersion, exportedAt });
      await deliver('backup', async () => ({ blob: new Blob([json], { type: JSON_TYPE }), fileName: backupFileName(exportedAt) }));
    },

    /** Reads a picked or dropped file; stores it at once unless it collides with existing drafts. */
    async importFile(file: Blob & { name?: string }): Promise<void> {
      const fileName = file.name ?? 'tiedosto';
      const failWith = (error: ImportError) => void (importStatus.value = { kind: 'error', fileName, error });
      let tools: typeof import('./import-tools');
      try {
        tools = await import('./import-tools');
      } catch {
        // The UI explains this code: the app must be reloaded (the text is in storage).
        return failWith({ code: 'app-reload', message: '' });
      }
      const { checkImportSize, hasNewComments, kindError, parseImportText, sniffFileKind } = tools;
      const sizeError = checkImportSize(file.size);
      if (sizeError) return failWith(sizeError);
      importStatus.value = { kind: 'reading', fileName };
      let text: string;
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const kind = sniffFileKind(bytes);
        if (kind === 'zip' || kind === 'binary') return failWith(kindError(kind));
        if (kind === 'pdf') {
          const reader = await (deps.loadPdfReader ?? (() => import('../export/pdf-embedded')))();
          const embedded = reader.extractEmbeddedJson(bytes);
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
          const day = helsinkiDate(now().toISOString()).split('-').reverse().map(Number).join('.');
          drafts.push({ ...setAtPath(d, 'project.name', importedName(d.project.name, day)), id: newId() });
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
      await ctx.refreshList();
    },

    /** Finishes an import that collided with drafts already on this device. */
    async resolveImportConflict(choice: ConflictChoice): Promise<void> {
      const status = importStatus.value;
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
      const at = now().toISOString();
      const day = helsinkiDate(at).split('-').reverse().map(Number).join('.');
      const existingIds = new Set(status.existing.map((d) => d.id));
      const toStore: Draft[] = [];
      if (choice === 'comments') {
        // The association's own text stays exactly as it is; only comments come in.
        const { mergeComments } = await import('./import-tools');
        let comments = 0;
        for (const incoming of status.drafts) {
          const here = status.existing.find((d) => d.id === incoming.id);
          if (!here) {
            toStore.push(incoming);
            continue;
          }
          const merged = mergeComments(here, incoming, at);
          comments += merged.added + merged.updated;
          toStore.push(merged.draft);
        }
        if (!(await storeAll(toStore, status.fileName))) return;
        importStatus.value = {
          kind: 'done',
          fileName: status.fileName,
          names: status.drafts.map((d) => draftDisplayName(d.project.name)),
          keptPrevious: 0,
          comments,
        };
        await ctx.refreshList();
        return;
      }
      if (choice === 'replace') {
        // The previous version stays on the device as its own draft, so it can be restored.
        for (const old of status.existing) {
          toStore.push({ ...setAtPath(old, 'project.name', previousVersionName(old.project.name, day)), id: newId(), updatedAt: at });
        }
        toStore.push(...status.drafts);
      } else {
        for (const d of status.drafts) {
          toStore.push(existingIds.has(d.id) ? { ...setAtPath(d, 'project.name', importedName(d.project.name, day)), id: newId() } : d);
        }
      }
      if (!(await storeAll(toStore, status.fileName))) return;
      importStatus.value = {
        kind: 'done',
        fileName: status.fileName,
        names: status.drafts.map((d) => draftDisplayName(d.project.name)),
        keptPrevious: choice === 'replace' ? status.existing.length : 0,
      };
      await ctx.refreshList();
    },

    dismissImport(): void {
      importStatus.value = { kind: 'idle' };
    },
  };

  return { actions, exportStatus, importStatus };
}
