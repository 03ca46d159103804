/**
 * The start view's drafts: the list, rename, duplicate, delete with a moment to undo. A storage
 * failure is shown as a storage problem (with the export button), never swallowed.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { copyName, draftDisplayName, setAtPath, type Draft } from '../../domain';
import { toStorageError, type DraftSummary, type DraftsRepository, type StorageErrorKind } from '../../storage';
import { announceDeleted, announceUndo, isDraftOpen, requestRename, type LockEnv } from '../draft-session';
import type { OpenDraftForList } from '../ports';
import type { SalvageCase } from '../salvage-tools';
import type { SaveControl } from './save-store';

/** A deleted draft kept in memory for a moment so the deletion can be undone. */
export interface DeletedDraft {
  /** The draft, or the raw stored record when it could not be read as a draft. */
  readonly draft: Draft | undefined;
  readonly raw: unknown;
  readonly name: string;
}

/**
 * renameElsewhere: the draft is open in another tab that did not answer, so it was not renamed;
 * restoredElsewhere: undo found a newer version (another tab stored its text), which stays.
 */
export type ListNotice = 'renameElsewhere' | 'restoredElsewhere';

/** How long a deletion can be undone. */
export const UNDO_DELETE_MS = 10_000;

export interface DraftListStore {
  readonly drafts: ReadonlySignal<readonly DraftSummary[]>;
  readonly loaded: ReadonlySignal<boolean>;
  /** Why the list could not be read, if it could not. */
  readonly error: ReadonlySignal<StorageErrorKind | undefined>;
  readonly deleted: ReadonlySignal<DeletedDraft | null>;
  /** The broken draft being salvaged, if any. */
  readonly salvaging: ReadonlySignal<SalvageCase | null>;
  /** A note about the last list action that other tabs affected (shown above the list). */
  readonly notice: ReadonlySignal<ListNotice | null>;
  refresh(): Promise<void>;
  /** Opens a draft that cannot be opened in the salvage view. */
  openSalvage(id: string): Promise<void>;
  /** Stores the repaired draft as a new draft beside the broken one (which stays as it is). */
  saveRepaired(): Promise<void>;
  closeSalvage(): void;
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
  readonly open: OpenDraftForList;
  readonly save: Pick<SaveControl, 'reportProblem'>;
  /** Web Locks and BroadcastChannel: which drafts other tabs have open, and telling them. */
  readonly lockEnv: LockEnv | undefined;
}

/** A moment for another tab to store its text before the list is read again. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * Whether a fresh read lists the same as what is shown. The start view reads the list again
 * when it appears (after boot has just read it, or after closing a draft): finding nothing new
 * keeps the shown list, so 500 cards are not drawn again while the user reaches for one.
 */
function sameList(shown: readonly DraftSummary[], listed: readonly DraftSummary[]): boolean {
  return shown.length === listed.length && shown.every((d, i) => JSON.stringify(d) === JSON.stringify(listed[i]));
}

export function createDraftListStore({ repo, now, newId, open, save, lockEnv }: Deps): DraftListStore {
  const drafts = signal<readonly DraftSummary[]>([]);
  const loaded = signal(false);
  const error = signal<StorageErrorKind | undefined>(undefined);
  const deleted = signal<DeletedDraft | null>(null);
  const salvaging = signal<SalvageCase | null>(null);
  const notice = signal<ListNotice | null>(null);
  /** Open for writing in another tab (not this one). */
  const openElsewhere = async (id: string) => open.current.peek()?.id !== id && (await isDraftOpen(id, lockEnv));
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
    salvaging,
    notice,

    async openSalvage(id) {
      await guard(async () => {
        const raw = await repo.getRaw(id);
        salvaging.value = (await import('../salvage-tools')).salvageCase(id, raw, now().toISOString());
      });
    },

    async saveRepaired() {
      const current = salvaging.peek();
      if (!current?.repair) return;
      const { repairedCopy } = await import('../salvage-tools');
      const draft = repairedCopy(current.repair, now().toISOString(), newId);
      await guard(async () => {
        await repo.save(draft);
        salvaging.value = { ...current, repairedName: draft.project.name };
      });
      await store.refresh();
    },

    closeSalvage() {
      salvaging.value = null;
    },

    async refresh() {
      try {
        const listed = await repo.list();
        if (!sameList(drafts.peek(), listed)) drafts.value = listed;
        error.value = undefined;
      } catch (e) {
        error.value = toStorageError(e).kind;
      } finally {
        loaded.value = true;
      }
    },

    async rename(id, name) {
      notice.value = null;
      await guard(async () => {
        if (await openElsewhere(id)) {
          // The tab that edits it renames it, or its next keystroke would undo the rename.
          if (!(await requestRename(id, name, lockEnv))) notice.value = 'renameElsewhere';
          return;
        }
        if (open.current.peek()?.id === id) {
          open.edit((d) => setAtPath(d, 'project.name', name));
          if (!(await open.flush())) throw new Error('rename not saved');
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
        await open.flush();
        const d = await repo.get(id);
        if (!d) return;
        const at = now().toISOString();
        await repo.save({ ...setAtPath(d, 'project.name', copyName(d.project.name)), id: newId(), createdAt: at, updatedAt: at });
      });
      await store.refresh();
    },

    async remove(id) {
      await guard(async () => {
        await open.flush();
        const d = await repo.get(id).catch(() => undefined);
        // An unreadable record is kept as it is, so that undo can put it back untouched.
        const raw = d ? undefined : await repo.getRaw(id);
        await repo.remove(id);
        open.forget(id);
        // A tab showing this draft keeps its text and lets its user choose (restore or copy).
        announceDeleted(id, lockEnv);
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
      notice.value = null;
      await guard(async () => {
        deleted.value = null;
        const id = d.draft?.id ?? String((d.raw as { id?: unknown } | undefined)?.id ?? '');
        // Undo never writes over newer text: a tab that still has the draft open stores its own
        // (newer) text, and a version stored meanwhile stays.
        if (await openElsewhere(id)) {
          announceUndo(id, lockEnv);
          notice.value = 'restoredElsewhere';
          await settle();
          return;
        }
        const now = await repo.getRaw(id).catch(() => undefined);
        if (now !== undefined) {
          notice.value = 'restoredElsewhere';
          return;
        }
        if (d.draft) await repo.save(d.draft);
        else await repo.putRaw(d.raw);
      });
      await store.refresh();
    },

    dismissUndo() {
      deleted.value = null;
    },
  };
  return store;
}
