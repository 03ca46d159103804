/**
 * The start view's draft management: rename, duplicate, delete with a moment to undo. A
 * storage failure is shown as a storage problem (with the export button), never swallowed.
 */
import { signal } from '@preact/signals';
import { copyName, draftDisplayName, setAtPath, type Draft } from '../domain';
import { toStorageError, type DraftsRepository, type StorageErrorKind } from '../storage';

/** A deleted draft kept in memory for a moment so the deletion can be undone. */
export interface DeletedDraft {
  /** The draft, or the raw stored record when it could not be read as a draft. */
  readonly draft: Draft | undefined;
  readonly raw: unknown;
  readonly name: string;
}

/** How long a deletion can be undone. */
export const UNDO_DELETE_MS = 10_000;

interface Context {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly draft: { readonly value: Draft | null };
  readonly edit: (change: (d: Draft) => Draft) => void;
  readonly flush: () => Promise<boolean>;
  readonly refreshList: () => Promise<void>;
  /** Closes the open draft if it is this one (it was deleted). */
  readonly forget: (id: string) => void;
  readonly reportProblem: (kind: StorageErrorKind) => void;
}

export function createDraftListActions(ctx: Context) {
  const { repo, now, newId, draft, edit, flush, refreshList } = ctx;
  const deleted = signal<DeletedDraft | null>(null);
  let deleteTimer: ReturnType<typeof setTimeout> | undefined;
  /** Runs a storage action; a failure becomes a visible storage problem. */
  const guard = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      ctx.reportProblem(toStorageError(error).kind);
    }
  };

  const actions = {
    async renameDraft(id: string, name: string): Promise<void> {
      await guard(async () => {
        if (draft.value?.id === id) {
          edit((d) => setAtPath(d, 'project.name', name));
          await flush();
        } else {
          const d = await repo.get(id);
          if (!d) return;
          await repo.save({ ...setAtPath(d, 'project.name', name), updatedAt: now().toISOString() });
        }
      });
      await refreshList();
    },

    async duplicateDraft(id: string): Promise<void> {
      await guard(async () => {
        await flush();
        const d = await repo.get(id);
        if (!d) return;
        const at = now().toISOString();
        await repo.save({ ...setAtPath(d, 'project.name', copyName(d.project.name)), id: newId(), createdAt: at, updatedAt: at });
      });
      await refreshList();
    },

    /** Deletes a draft but keeps it in memory for a moment so the user can undo. */
    async deleteDraft(id: string): Promise<void> {
      await guard(async () => {
        await flush();
        const d = await repo.get(id).catch(() => undefined);
        // An unreadable record is kept as it is, so that undo can put it back untouched.
        const raw = d ? undefined : await repo.getRaw(id);
        await repo.remove(id);
        ctx.forget(id);
        if (deleteTimer !== undefined) clearTimeout(deleteTimer);
        const rawName = (raw as { project?: { name?: unknown } } | undefined)?.project?.name;
        deleted.value = { draft: d, raw, name: draftDisplayName(d ? d.project.name : typeof rawName === 'string' ? rawName : '') };
        deleteTimer = setTimeout(() => (deleted.value = null), UNDO_DELETE_MS);
      });
      await refreshList();
    },

    async undoDelete(): Promise<void> {
      const d = deleted.value;
      if (!d) return;
      if (deleteTimer !== undefined) clearTimeout(deleteTimer);
      await guard(async () => {
        if (d.draft) await repo.save(d.draft);
        else await repo.putRaw(d.raw);
        deleted.value = null;
      });
      await refreshList();
    },

    dismissUndo(): void {
      deleted.value = null;
    },
  };
  return { actions, deleted };
}
