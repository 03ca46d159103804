/**
 * The start view's drafts: the list, rename, duplicate, delete with a moment to undo. A storage
 * failure is shown as a storage problem (with the export button), never swallowed.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { copyName, draftDisplayName, setAtPath, type Draft } from '../../domain';
import { toStorageError, type DraftSummary, type DraftsRepository, type StorageErrorKind } from '../../storage';
import type { EditorControl, EditorStore } from './editor-store';
import type { SaveControl } from './save-store';

/** A deleted draft kept in memory for a moment so the deletion can be undone. */
export interface DeletedDraft {
  /** The draft, or the raw stored record when it could not be read as a draft. */
  readonly draft: Draft | undefined;
  readonly raw: unknown;
  readonly name: string;
}

/** How long a deletion can be undone. */
export const UNDO_DELETE_MS = 10_000;

export interface DraftListStore {
  readonly drafts: ReadonlySignal<readonly DraftSummary[]>;
  readonly loaded: ReadonlySignal<boolean>;
  /** Why the list could not be read, if it could not. */
  readonly error: ReadonlySignal<StorageErrorKind | undefined>;
  readonly deleted: ReadonlySignal<DeletedDraft | null>;
  refresh(): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  duplicate(id: string): Promise<void>;
  /** Deletes a draft but keeps it in memory for a moment so the user can undo. */
  remove(id: string): Promise<void>;
  undoRemove(): Promise<void>;
  dismissUndo(): void;
}

interface Deps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly editor: EditorStore;
  readonly editorControl: EditorControl;
  readonly save: SaveControl;
}

export function createDraftListStore({ repo, now, newId, editor, editorControl, save }: Deps): DraftListStore {
  const drafts = signal<readonly DraftSummary[]>([]);
  const loaded = signal(false);
  const error = signal<StorageErrorKind | undefined>(undefined);
  const deleted = signal<DeletedDraft | null>(null);
  let deleteTimer: ReturnType<typeof setTimeout> | undefined;

  /** Runs a storage action; a failure becomes a visible storage problem. */
  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (e) {
      save.reportProblem(toStorageError(e).kind);
    }
  };

  const store: DraftListStore = {
    drafts,
    loaded,
    error,
    deleted,

    async refresh() {
      try {
        drafts.value = await repo.list();
        error.value = undefined;
      } catch (e) {
        error.value = toStorageError(e).kind;
      } finally {
        loaded.value = true;
      }
    },

    async rename(id, name) {
      await guard(async () => {
        if (editor.draft.peek()?.id === id) {
          editorControl.edit((d) => setAtPath(d, 'project.name', name));
          if (!(await editor.flush())) throw new Error('rename not saved');
          return;
        }
        const d = await repo.get(id);
        if (!d) return;
        await repo.save({ ...setAtPath(d, 'project.name', name), updatedAt: now().toISOString() });
      });
      await store.refresh();
    },

    async duplicate(id) {
      await guard(async () => {
        await editor.flush();
        const d = await repo.get(id);
        if (!d) return;
        const at = now().toISOString();
        await repo.save({ ...setAtPath(d, 'project.name', copyName(d.project.name)), id: newId(), createdAt: at, updatedAt: at });
      });
      await store.refresh();
    },

    async remove(id) {
      await guard(async () => {
        await editor.flush();
        const d = await repo.get(id).catch(() => undefined);
        // An unreadable record is kept as it is, so that undo can put it back untouched.
        const raw = d ? undefined : await repo.getRaw(id);
        await repo.remove(id);
        editorControl.forget(id);
        if (deleteTimer !== undefined) clearTimeout(deleteTimer);
        const rawName = (raw as { project?: { name?: unknown } } | undefined)?.project?.name;
        deleted.value = { draft: d, raw, name: draftDisplayName(d ? d.project.name : typeof rawName === 'string' ? rawName : '') };
        deleteTimer = setTimeout(() => (deleted.value = null), UNDO_DELETE_MS);
      });
      await store.refresh();
    },

    async undoRemove() {
      const d = deleted.peek();
      if (!d) return;
      if (deleteTimer !== undefined) clearTimeout(deleteTimer);
      await guard(async () => {
        if (d.draft) await repo.save(d.draft);
        else await repo.putRaw(d.raw);
        deleted.value = null;
      });
      await store.refresh();
    },

    dismissUndo() {
      deleted.value = null;
    },
  };
  return store;
}
