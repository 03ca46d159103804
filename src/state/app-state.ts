/**
 * App state: signals for what the user sees, computeds for what follows from the draft,
 * and actions that change it. Built by a factory from its dependencies so that tests can
 * run the real state on an in-memory repository with a fixed clock.
 */
import { batch, computed, signal } from '@preact/signals';
import {
  addItem,
  createEmptyDraft,
  draftDisplayName,
  moveItem,
  removeItem,
  setAtPath,
  stepOfField,
  STEPS,
  stepProgress,
  updateItem,
  validateDraft,
  type Draft,
  type DraftLists,
  type ListKey,
  type StepId,
} from '../domain';
import type { DraftSummary, DraftsRepository, StorageError, StorageErrorKind } from '../storage';
import { createAutosave } from './autosave';

export interface AppDeps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Why drafts are kept in memory only (IndexedDB failed to open), if they are. */
  readonly storageProblem?: StorageErrorKind;
  /** Asks the browser to keep this site's data; resolves to whether it will. */
  readonly requestPersistence?: () => Promise<boolean | undefined>;
  readonly autosaveDelayMs?: number;
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
  const stepId = signal<StepId>(STEPS[0].id);
  const saveStatus = signal<SaveStatus>({ kind: 'idle' });
  const persist = signal<PersistState>('unknown');
  const storageProblem = signal<StorageErrorKind | undefined>(deps.storageProblem);
  const listError = signal<StorageErrorKind | undefined>(undefined);
  const deleted = signal<DeletedDraft | null>(null);
  /** Bumped on every step change so the UI can move focus to the step heading. */
  const stepChangeCount = signal(0);
  /** Field to focus after the next step change (from a "missing" or finding link). */
  const focusField = signal<string | null>(null);

  const issues = computed(() => (draft.value ? validateDraft(draft.value) : []));
  const progress = computed(() => {
    const d = draft.value;
    return STEPS.map((step) => ({ step, ...(d ? stepProgress(step, d) : { met: 0, total: 0, missing: [] }) }));
  });

  let deleteTimer: ReturnType<typeof setTimeout> | undefined;
  let persistAsked = false;

  const autosave = createAutosave(
    (d) => repo.save(d),
    {
      onSaving: () => (saveStatus.value = { kind: 'saving' }),
      onSaved: () => {
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
    if (!current) return;
    const next = { ...change(current), updatedAt: now().toISOString() };
    batch(() => {
      draft.value = next;
      saveStatus.value = { kind: 'pending' };
    });
    autosave.schedule(next);
    void askPersistenceOnce();
  }

  const actions = {
    refreshList,

    async newDraft(): Promise<void> {
      const d = createEmptyDraft({ id: newId(), now: now().toISOString() });
      batch(() => {
        draft.value = d;
        stepId.value = STEPS[0].id;
        saveStatus.value = { kind: 'pending' };
      });
      autosave.schedule(d);
      await autosave.flush();
    },

    async openDraft(id: string): Promise<boolean> {
      await autosave.flush();
      try {
        const d = await repo.get(id);
        if (!d) return false;
        batch(() => {
          draft.value = d;
          stepId.value = STEPS[0].id;
          saveStatus.value = { kind: 'idle' };
        });
        return true;
      } catch (error) {
        listError.value = (error as StorageError).kind ?? 'failed';
        return false;
      }
    },

    async closeDraft(): Promise<void> {
      await autosave.flush();
      draft.value = null;
      await refreshList();
    },

    goToStep(id: StepId, field: string | null = null): void {
      batch(() => {
        stepId.value = id;
        focusField.value = field;
        stepChangeCount.value++;
      });
    },

    /** Opens the step that holds a field and focuses the field. */
    openField(field: string): void {
      actions.goToStep(stepOfField(field), field);
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
      if (draft.value?.id === id) draft.value = null;
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

    /** Writes pending edits now; resolves when they are on disk (or failed). */
    flush: () => autosave.flush(),
    hasUnsaved: () => autosave.hasPending(),
  };

  return {
    durable: repo.durable,
    drafts,
    draftsLoaded,
    draft,
    stepId,
    stepChangeCount,
    focusField,
    saveStatus,
    persist,
    storageProblem,
    listError,
    deleted,
    issues,
    progress,
    actions,
    dispose: () => autosave.dispose(),
  };
}

export type AppState = ReturnType<typeof createAppState>;
