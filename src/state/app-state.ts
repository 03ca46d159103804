/**
 * App state: signals for what the user sees, computeds for what follows from the draft,
 * and actions that change it. Built by a factory from its dependencies so that tests can
 * run the real state on an in-memory repository with a fixed clock.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals';
import {
  addItem,
  createEmptyDraft,
  draftDisplayName,
  moveItem,
  removeItem,
  setAtPath,
  updateItem,
  type Draft,
  type DraftLists,
  type StaffRow,
  type ListKey,
  type StepId,
} from '../domain';
import type { DraftSummary, DraftsRepository, StorageError, StorageErrorKind } from '../storage';
import { createAutosave } from './autosave';
import { openDraftSession, type DraftAccess, type DraftSession, type LockEnv } from './draft-session';
import { createCoordinationActions } from './coordination-actions';
import { createExchangeActions, type Exporter } from './exchange-actions';

type DraftTools = typeof import('./draft-tools');
/** The first step's id; a literal so the start view does not need the step registry. */
const FIRST_STEP: StepId = 'hakija';

export interface AppDeps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Why drafts are kept in memory only (IndexedDB failed to open), if they are. */
  readonly storageProblem?: StorageErrorKind;
  /** Asks the browser to keep this site's data; resolves to whether it will. */
  readonly requestPersistence?: () => Promise<boolean | undefined>;
  readonly autosaveDelayMs?: number;
  /** Loads the draft tools (step registry, validation, budget, fit); lazily by default. */
  readonly loadDraftTools?: () => Promise<DraftTools>;
  /** Service-worker status and update activation (absent in tests and dev). */
  readonly pwa?: {
    readonly status: ReadonlySignal<PwaStatus>;
    readonly applyUpdate: (saveFirst: () => Promise<void>) => Promise<void>;
  };
  /** Remembers the open draft and step of this tab across reloads (sessionStorage). */
  readonly tabMemory?: {
    read(): { draftId: string; stepId: StepId } | null;
    write(value: { draftId: string; stepId: StepId } | null): void;
  };
  /** Loads the export layer (PDF rendering, file delivery); lazily by default. */
  readonly loadExporter?: () => Promise<Exporter>;
  /** Reads the draft embedded in an ideapaperi PDF; lazily loaded by default. */
  readonly loadPdfReader?: () => Promise<{ extractEmbeddedJson(bytes: Uint8Array): string | null }>;
  /** Web Locks and BroadcastChannel for the one-writer-per-draft rule (browser defaults). */
  readonly lockEnv?: LockEnv;
  /** Storage facts for the Tallennus panel. */
  readonly readStorageInfo?: () => Promise<StorageInfo>;
}

export interface PwaStatus {
  readonly updateReady: boolean;
  readonly offlineReady: boolean;
  readonly replacedElsewhere: boolean;
}

export interface StorageInfo {
  readonly persisted: boolean | undefined;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
  readonly installed: boolean;
}

export type SaveStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'error'; readonly error: StorageErrorKind };

export type PersistState = 'unknown' | 'granted' | 'denied' | 'unsupported';

/** A deleted draft kept in memory for a moment so the deletion can be undone. */
export interface DeletedDraft {
  readonly draft: Draft;
  readonly name: string;
}

/** How long a deletion can be undone. */
export const UNDO_DELETE_MS = 10_000;

export function createAppState(deps: AppDeps) {
  const { repo, now, newId } = deps;

  const drafts = signal<DraftSummary[]>([]);
  const draftsLoaded = signal(false);
  const draft = signal<Draft | null>(null);
  const stepId = signal<StepId>(FIRST_STEP);
  const tools = signal<DraftTools | null>(null);
  const saveStatus = signal<SaveStatus>({ kind: 'idle' });
  const persist = signal<PersistState>('unknown');
  const storageProblem = signal<StorageErrorKind | undefined>(deps.storageProblem);
  const listError = signal<StorageErrorKind | undefined>(undefined);
  const deleted = signal<DeletedDraft | null>(null);
  /** Whether this tab may edit the open draft (another tab may hold it). */
  const access = signal<DraftAccess>('writer');
  let session: DraftSession | undefined;
  const storageInfo = signal<(StorageInfo & { lastExportAt: string | undefined }) | null>(null);
  const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  /** Bumped on every step change so the UI can move focus to the step heading. */
  const stepChangeCount = signal(0);
  /** Field to focus after the next step change (from a "missing" or finding link). */
  const focusField = signal<string | null>(null);

  const budget = computed(() => (draft.value && tools.value ? tools.value.calculateBudget(draft.value) : null));
  const fit = computed(() => (draft.value && budget.value && tools.value ? tools.value.evaluateFit(draft.value, budget.value) : null));
  const issues = computed(() =>
    draft.value && tools.value ? [...tools.value.validateDraft(draft.value), ...(budget.value?.problems ?? [])] : [],
  );
  const progress = computed(() => {
    const d = draft.value;
    const t = tools.value;
    if (!t) return [];
    return t.STEPS.map((step) => ({ step, ...(d ? t.stepProgress(step, d) : { met: 0, total: 0, missing: [] }) }));
  });

  const loadTools = deps.loadDraftTools ?? (() => import('./draft-tools'));
  /** Makes sure the draft tools are loaded before a draft is shown. */
  async function ensureTools(): Promise<DraftTools> {
    tools.value ??= await loadTools();
    return tools.value;
  }

  let deleteTimer: ReturnType<typeof setTimeout> | undefined;
  let persistAsked = false;

  const autosave = createAutosave(
    (d) => repo.save(d),
    {
      onSaving: () => (saveStatus.value = { kind: 'saving' }),
      onSaved: () => {
        session?.notifySaved();
        saveStatus.value = { kind: 'saved', at: now() };
        if (storageProblem.value === 'quota' || storageProblem.value === 'failed') storageProblem.value = undefined;
      },
      onError: (error: StorageError) => {
        saveStatus.value = { kind: 'error', error: error.kind };
        storageProblem.value = error.kind;
      },
    },
    deps.autosaveDelayMs,
  );

  /** Re-reads the open draft from storage (another tab saved it, or this tab just took over). */
  async function reloadOpenDraft(): Promise<void> {
    const id = draft.value?.id;
    if (!id) return;
    const fresh = await repo.get(id).catch(() => undefined);
    if (fresh && draft.value?.id === id) draft.value = fresh;
  }

  /** Starts the one-writer session of a freshly opened draft. */
  async function startSession(id: string): Promise<void> {
    session?.close();
    let started = false;
    const current = openDraftSession(
      id,
      {
        onWriter: () => {
          // Taking over later: first read what the previous writer saved.
          if (started) void reloadOpenDraft().then(() => (access.value = 'writer'));
          else access.value = 'writer';
        },
        onReader: () => (access.value = 'reader'),
        onRemoteSaved: () => void reloadOpenDraft(),
        flush: () => autosave.flush(),
      },
      deps.lockEnv,
    );
    session = current;
    access.value = await current.start();
    started = true;
  }

  async function refreshList(): Promise<void> {
    try {
      drafts.value = await repo.list();
      listError.value = undefined;
    } catch (error) {
      listError.value = (error as StorageError).kind ?? 'failed';
    } finally {
      draftsLoaded.value = true;
    }
  }

  async function askPersistenceOnce(): Promise<void> {
    if (persistAsked || !deps.requestPersistence) return;
    persistAsked = true;
    try {
      const granted = await deps.requestPersistence();
      persist.value = granted === undefined ? 'unsupported' : granted ? 'granted' : 'denied';
    } catch {
      persist.value = 'unsupported';
    }
  }

  /** Applies an edit to the open draft and schedules its save. */
  function edit(change: (d: Draft) => Draft): void {
    const current = draft.value;
    // A reading tab never writes: the UI is disabled there, this is the safety net.
    if (!current || access.value !== 'writer') return;
    const next = { ...change(current), updatedAt: now().toISOString() };
    batch(() => {
      draft.value = next;
      saveStatus.value = { kind: 'pending' };
    });
    autosave.schedule(next);
    void askPersistenceOnce();
  }

  const exchange = createExchangeActions({
    deps,
    draft,
    tools,
    budget,
    fit,
    flush: () => autosave.flush(),
    refreshList,
    refreshStorageInfo: () => actions.refreshStorageInfo(),
  });

  const coordination = createCoordinationActions({
    repo,
    now,
    newId,
    draft,
    edit,
    loadExporter: deps.loadExporter ?? (() => import('../export')),
  });

  const actions = {
    refreshList,

    async newDraft(): Promise<void> {
      await ensureTools();
      const d = createEmptyDraft({ id: newId(), now: now().toISOString() });
      batch(() => {
        draft.value = d;
        stepId.value = FIRST_STEP;
        saveStatus.value = { kind: 'pending' };
        stepChangeCount.value++;
      });
      await startSession(d.id);
      autosave.schedule(d);
      deps.tabMemory?.write({ draftId: d.id, stepId: FIRST_STEP });
      await autosave.flush();
    },

    /** Reopens the draft and step this tab had open before a reload, if any. */
    async restoreTab(): Promise<void> {
      const memory = deps.tabMemory?.read();
      if (!memory) return;
      if (await actions.openDraft(memory.draftId)) stepId.value = memory.stepId;
    },

    async openDraft(id: string): Promise<boolean> {
      await autosave.flush();
      try {
        await ensureTools();
        const d = await repo.get(id);
        if (!d) return false;
        await startSession(d.id);
        batch(() => {
          draft.value = d;
          stepId.value = FIRST_STEP;
          saveStatus.value = { kind: 'idle' };
          stepChangeCount.value++;
        });
        deps.tabMemory?.write({ draftId: d.id, stepId: FIRST_STEP });
        return true;
      } catch (error) {
        listError.value = (error as StorageError).kind ?? 'failed';
        return false;
      }
    },

    async closeDraft(): Promise<void> {
      await autosave.flush();
      session?.close();
      session = undefined;
      access.value = 'writer';
      deps.tabMemory?.write(null);
      draft.value = null;
      await refreshList();
    },

    goToStep(id: StepId, field: string | null = null): void {
      if (draft.value) deps.tabMemory?.write({ draftId: draft.value.id, stepId: id });
      batch(() => {
        stepId.value = id;
        focusField.value = field;
        stepChangeCount.value++;
      });
    },

    /** Opens the step that holds a field and focuses the field. */
    openField(field: string): void {
      if (tools.value) actions.goToStep(tools.value.stepOfField(field), field);
    },

    setField(path: string, value: unknown): void {
      edit((d) => setAtPath(d, path, value));
    },

    addItem<K extends ListKey>(list: K, item: Omit<DraftLists[K], 'id'>): string {
      const id = newId();
      edit((d) => addItem(d, list, { ...item, id } as DraftLists[K]));
      return id;
    },

    updateItem<K extends ListKey>(list: K, id: string, patch: Partial<DraftLists[K]>): void {
      edit((d) => updateItem(d, list, id, patch));
    },

    moveItem(list: ListKey, id: string, delta: -1 | 1): void {
      edit((d) => moveItem(d, list, id, delta));
    },

    removeItem(list: ListKey, id: string): void {
      edit((d) => removeItem(d, list, id));
    },

    /** Staff rows of the budget: same operations as the other lists. */
    addStaffRow(): string {
      const id = newId();
      const row: StaffRow = { id, role: '', monthlySalary: '', months: '', sharePercent: '100', monthsByYear: {} };
      edit((d) => setAtPath(d, 'budget.staff', [...d.budget.staff, row]));
      return id;
    },

    updateStaffRow(id: string, patch: Partial<StaffRow>): void {
      edit((d) => setAtPath(d, 'budget.staff', d.budget.staff.map((r) => (r.id === id ? { ...r, ...patch } : r))));
    },

    moveStaffRow(id: string, delta: -1 | 1): void {
      edit((d) => {
        const rows = [...d.budget.staff];
        const from = rows.findIndex((r) => r.id === id);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= rows.length) return d;
        rows.splice(to, 0, ...rows.splice(from, 1));
        return setAtPath(d, 'budget.staff', rows);
      });
    },

    removeStaffRow(id: string): void {
      edit((d) => setAtPath(d, 'budget.staff', d.budget.staff.filter((r) => r.id !== id)));
    },

    async renameDraft(id: string, name: string): Promise<void> {
      if (draft.value?.id === id) {
        edit((d) => setAtPath(d, 'project.name', name));
        await autosave.flush();
      } else {
        const d = await repo.get(id);
        if (!d) return;
        await repo.save({ ...setAtPath(d, 'project.name', name), updatedAt: now().toISOString() });
      }
      await refreshList();
    },

    async duplicateDraft(id: string): Promise<void> {
      await autosave.flush();
      const d = await repo.get(id);
      if (!d) return;
      const at = now().toISOString();
      const copy = { ...setAtPath(d, 'project.name', `${draftDisplayName(d.project.name)} (kopio)`), id: newId(), createdAt: at, updatedAt: at };
      await repo.save(copy);
      await refreshList();
    },

    async deleteDraft(id: string): Promise<void> {
      await autosave.flush();
      const d = await repo.get(id).catch(() => undefined);
      await repo.remove(id);
      if (draft.value?.id === id) {
        session?.close();
        session = undefined;
        draft.value = null;
      }
      if (deleteTimer !== undefined) clearTimeout(deleteTimer);
      deleted.value = d ? { draft: d, name: draftDisplayName(d.project.name) } : null;
      deleteTimer = setTimeout(() => (deleted.value = null), UNDO_DELETE_MS);
      await refreshList();
    },

    async undoDelete(): Promise<void> {
      const d = deleted.value;
      if (!d) return;
      if (deleteTimer !== undefined) clearTimeout(deleteTimer);
      deleted.value = null;
      await repo.save(d.draft);
      await refreshList();
    },

    dismissUndo(): void {
      deleted.value = null;
    },

    /** Makes this tab the one that edits the open draft (the other tab saves and lets go). */
    async takeOver(): Promise<void> {
      await session?.takeOver();
    },

    /** Saves what is typed, then activates the waiting app version and reloads. */
    async applyUpdate(): Promise<void> {
      await deps.pwa?.applyUpdate(() => autosave.flush());
    },

    /** Saves what is typed, then reloads the page. */
    async reload(): Promise<void> {
      await autosave.flush();
      location.reload();
    },

    async refreshStorageInfo(): Promise<void> {
      if (!deps.readStorageInfo) return;
      const [info, lastExportAt] = await Promise.all([deps.readStorageInfo(), repo.getMeta('lastExportAt').catch(() => undefined)]);
      storageInfo.value = { ...info, lastExportAt };
      if (info.persisted) persist.value = 'granted';
    },

    ...exchange.actions,
    ...coordination.actions,

    /** Writes pending edits now; resolves when they are on disk (or failed). */
    flush: () => autosave.flush(),
    hasUnsaved: () => autosave.hasPending(),
  };

  return {
    durable: repo.durable,
    drafts,
    draftsLoaded,
    /** Loaded draft tools (null until a draft has been opened once). */
    tools,
    draft,
    stepId,
    stepChangeCount,
    focusField,
    access,
    saveStatus,
    persist,
    storageProblem,
    listError,
    deleted,
    storageInfo,
    exportStatus: exchange.exportStatus,
    importStatus: exchange.importStatus,
    commentMode: coordination.commentMode,
    commentAuthor: coordination.commentAuthor,
    online,
    pwa: deps.pwa?.status,
    issues,
    budget,
    fit,
    progress,
    actions,
    dispose: () => autosave.dispose(),
  };
}

export type AppState = ReturnType<typeof createAppState>;
