/**
 * App state: signals for what the user sees, computeds for what follows from the draft,
 * and actions that change it. Built by a factory from its dependencies so that tests can
 * run the real state on an in-memory repository with a fixed clock.
 */
import { batch, computed, effect, signal } from '@preact/signals';
import { createEmptyDraft, type Draft, type StepId } from '../domain';
import type { DraftSummary, StorageError, StorageErrorKind } from '../storage';
import { createAutosave } from './autosave';
import { openDraftSession, type DraftAccess, type DraftSession } from './draft-session';
import { createCoordinationActions } from './coordination-actions';
import { createDraftListActions } from './draft-list-actions';
import { createEditActions } from './edit-actions';
import type { AppDeps, DraftTools, PersistState, SaveStatus, StorageInfo } from './app-deps';
import { createExchangeActions, parseExports } from './exchange-actions';

/** The first step's id; a literal so the start view does not need the step registry. */
const FIRST_STEP: StepId = 'hakija';
/** Pause in typing after which the fit check follows the draft. */
export const FIT_SETTLE_MS = 300;

export type { AppDeps, PersistState, PwaStatus, SaveStatus, StorageInfo } from './app-deps';

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
  /** Set when an action was stopped because typed text could not be saved first. */
  const unsavedBlock = signal<'close' | 'reload' | 'update' | null>(null);
  /** Whether this tab may edit the open draft (another tab may hold it). */
  const access = signal<DraftAccess>('writer');
  let session: DraftSession | undefined;
  const storageInfo = signal<
    (StorageInfo & { lastExportAt: string | undefined; lastBackupAt: string | undefined; draftExports: Record<string, string> }) | null
  >(null);
  const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  /** Bumped on every step change so the UI can move focus to the step heading. */
  const stepChangeCount = signal(0);
  /** Field to focus after the next step change (from a "missing" or finding link). */
  const focusField = signal<string | null>(null);

  const budget = computed(() => (draft.value && tools.value ? tools.value.calculateBudget(draft.value) : null));
  // The fit check reads every text of the draft: it follows the draft once typing pauses
  // (FIT_SETTLE_MS), not on every keystroke, so typing in long texts stays quick on old phones.
  const settled = signal<Draft | null>(null);
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const stopSettling = effect(() => {
    const d = draft.value;
    if (settleTimer !== undefined) clearTimeout(settleTimer);
    if (!d || settled.peek()?.id !== d.id) settled.value = d;
    else settleTimer = setTimeout(() => (settled.value = draft.peek()), FIT_SETTLE_MS);
  });
  const fit = computed(() => {
    const d = settled.value;
    const t = tools.value;
    return d && t ? t.evaluateFit(d, t.calculateBudget(d)) : null;
  });
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

  let persistAsked = false;

  const autosave = createAutosave(
    (d) => repo.save(d),
    {
      onSaving: () => (saveStatus.value = { kind: 'saving' }),
      onSaved: () => {
        unsavedBlock.value = null;
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

  const editActions = createEditActions(edit, newId);
  const listActions = createDraftListActions({
    repo,
    now,
    newId,
    draft,
    edit,
    flush: () => autosave.flush(),
    refreshList,
    forget: (id) => {
      if (draft.value?.id !== id) return;
      session?.close();
      session = undefined;
      draft.value = null;
    },
    reportProblem: (kind) => (storageProblem.value = kind),
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
      if (await actions.openDraft(memory.draftId)) {
        stepId.value = memory.stepId;
        deps.tabMemory?.write(memory);
      }
    },

    async openDraft(id: string): Promise<boolean> {
      if (!(await autosave.flush())) {
        unsavedBlock.value = 'close';
        return false;
      }
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
      // Never leave a draft whose latest text is only in memory: it would be lost.
      if (!(await autosave.flush())) {
        unsavedBlock.value = 'close';
        return;
      }
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

    ...editActions,

    ...listActions.actions,

    /** Makes this tab the one that edits the open draft (the other tab saves and lets go). */
    async takeOver(): Promise<void> {
      await session?.takeOver();
    },

    /** Saves what is typed, then activates the waiting app version and reloads. */
    async applyUpdate(): Promise<void> {
      if (!(await autosave.flush())) {
        unsavedBlock.value = 'update';
        return;
      }
      await deps.pwa?.applyUpdate(async () => undefined);
    },

    /** Saves what is typed, then reloads the page. */
    async reload(): Promise<void> {
      if (!(await autosave.flush())) {
        unsavedBlock.value = 'reload';
        return;
      }
      location.reload();
    },

    async refreshStorageInfo(): Promise<void> {
      if (!deps.readStorageInfo) return;
      const meta = (key: 'lastExportAt' | 'lastBackupAt' | 'draftExports') => repo.getMeta(key).catch(() => undefined);
      const [info, lastExportAt, lastBackupAt, exports] = await Promise.all([
        deps.readStorageInfo(),
        meta('lastExportAt'),
        meta('lastBackupAt'),
        meta('draftExports'),
      ]);
      storageInfo.value = { ...info, lastExportAt, lastBackupAt, draftExports: parseExports(exports) };
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
    deleted: listActions.deleted,
    unsavedBlock,
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
    dispose: () => {
      autosave.dispose();
      stopSettling();
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;
