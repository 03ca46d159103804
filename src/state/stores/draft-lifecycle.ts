/**
 * Opening, creating and closing a draft, and the tab session that comes with an open draft: one
 * tab writes a draft at a time (draft-session.ts); a reading tab follows the writer's saves and
 * never writes, and takes over when asked or when the writer goes. Nothing here edits the draft
 * itself: edits go through draft-edits.ts, and every open or close first saves what is typed.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { copyName, setAtPath, type Draft } from '../../domain';
import { toStorageError, type DraftsRepository, type StorageErrorKind } from '../../storage';
import type { TabMemory } from '../app-deps';
import { openDraftSession, type DraftSession, type LockEnv } from '../draft-session';
import type { DraftSource, OpenAt, ReceivedPaperOpener } from '../ports';
import type { EditsControl } from './draft-edits';
import type { LocalControl } from './local-store';
import type { NavigationControl } from './navigation-store';
import type { OpenDraftControl, OpenDraftStore } from './open-draft';
import type { SaveControl } from './save-store';
import type { ToolsStore } from './tools-store';

export interface DraftLifecycle extends ReceivedPaperOpener {
  /** Why the last open failed, if it did (the start view shows it). */
  readonly openError: ReadonlySignal<StorageErrorKind | undefined>;
  /** Creates an empty draft, stores it and opens it. */
  create(): Promise<void>;
  /** Opens an own draft at a view (a step URL) or where the user last was; false when it cannot be opened. */
  open(id: string, at?: OpenAt): Promise<boolean>;
  /** Saves and closes the open draft; false (and nothing closed) when the text could not be saved. */
  close(): Promise<boolean>;
  /** Reopens the draft and step this tab had open before a reload, if any. */
  restoreTab(): Promise<void>;
  /** Makes this tab the one that edits the open draft (the other tab saves and lets go). */
  takeOver(): Promise<void>;
  /** Stores the open draft again after another tab deleted it. */
  restoreDeleted(): Promise<void>;
  /** Keeps the open draft's text as a new draft (after another tab deleted it). */
  saveAsNew(): Promise<void>;
  /** Stores the text this tab could not save (another tab took the draft) as a new draft, and opens it. */
  saveUnsavedAsNew(): Promise<void>;
  /** Lets that text go (the user chose to). */
  dropUnsaved(): void;
}

export interface LifecycleControl {
  /** The draft was deleted elsewhere in this tab (start view): drop it without saving. */
  forget(id: string): void;
}

interface Deps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly open: { readonly store: OpenDraftStore; readonly control: OpenDraftControl };
  readonly edits: EditsControl;
  readonly save: SaveControl;
  readonly nav: Pick<NavigationControl, 'enter' | 'leave'>;
  readonly local: LocalControl;
  readonly tools: ToolsStore;
  readonly tabMemory: TabMemory | undefined;
  readonly lockEnv: LockEnv | undefined;
}

export function createDraftLifecycle(deps: Deps): { store: DraftLifecycle; control: LifecycleControl } {
  const { repo, now, newId, edits, save, nav } = deps;
  const { store: open, control: cell } = deps.open;
  const openError = signal<StorageErrorKind | undefined>(undefined);
  let session: DraftSession | undefined;
  edits.onSaved(() => session?.notifySaved());

  /** Re-reads the open draft from where it lives (another tab saved it, or this tab just took over). */
  async function reloadOpenDraft(): Promise<void> {
    const id = open.current.peek()?.id;
    if (!id) return;
    const fresh = await cell.source.get(id).catch(() => undefined);
    if (fresh) cell.replace(fresh);
  }

  /** Starts the one-writer session of a draft about to be shown. */
  async function startSession(id: string, received: boolean): Promise<void> {
    session?.close();
    let started = false;
    const current = openDraftSession(
      id,
      {
        onWriter: () => {
          // Taking over later: first read what the previous writer saved.
          if (started) void reloadOpenDraft().then(() => cell.setAccess('writer'));
          else cell.setAccess('writer');
        },
        onReader: () => {
          cell.setAccess('reader');
          // The writer's text, which may be newer than what this tab shows (it was frozen).
          if (started) void reloadOpenDraft();
        },
        onLockLost: () => {
          // Taken from this tab without its answer: what it had not saved is kept and offered.
          cell.setAccess('reader');
          edits.applyTyped();
          const unwritten = edits.takeUnwritten();
          if (unwritten) cell.keepUnsaved(unwritten);
        },
        onRemoteSaved: () => void reloadOpenDraft(),
        flush: edits.flush,
        hasUnsaved: edits.hasUnsaved,
        onDeletedElsewhere: () => {
          // Saving now would bring the draft back behind the other tab's back: wait for the user
          // (with every keystroke in the draft on screen).
          edits.applyTyped();
          edits.discard();
          cell.setDeletedElsewhere(true);
        },
        // The other tab undid its deletion: the text here is the newest, so it is stored again.
        onUndoElsewhere: () => void (open.deletedElsewhere.peek() && store.restoreDeleted()),
        onRenameRequest: (name) => edits.edit((d) => setAtPath(d, 'project.name', name)),
      },
      deps.lockEnv,
      received ? 'received' : 'own',
    );
    session = current;
    cell.setWriteCheck(() => current.stillWriter());
    cell.setAccess(await current.start());
    started = true;
  }

  function endSession(): void {
    session?.close();
    session = undefined;
  }

  /** Saves what is typed before another draft is shown; false (and the action stopped) when it could not be. */
  async function savedFirst(): Promise<boolean> {
    if (await edits.flush()) return true;
    save.block('close');
    return false;
  }

  async function show(id: string, from: DraftSource, received: boolean, at: OpenAt = {}): Promise<boolean> {
    if (!(await savedFirst())) return false;
    try {
      await deps.tools.ensure();
      const d = await from.get(id);
      if (!d) return false;
      const local = await deps.local.load(d.id);
      await startSession(d.id, received);
      cell.show(d, from, received);
      openError.value = undefined;
      save.idle();
      // Back where the user was: this tab's step after a reload, else the draft's last step.
      nav.enter(d.id, [at.view, local.step], at.how);
      return true;
    } catch (error) {
      openError.value = toStorageError(error).kind;
      return false;
    }
  }

  const store: DraftLifecycle = {
    openError,

    async create() {
      // The parts' empty values come with the draft tools, not with the first screen.
      const { createEmptyDraft } = await deps.tools.ensure();
      const d = createEmptyDraft({ id: newId(), now: now().toISOString() });
      // Everything that waits happens before the draft is shown: once it is on screen, the
      // user's typing is the newest version and nothing here may queue an older one.
      await deps.local.load(d.id);
      await startSession(d.id, false);
      save.saving();
      let stored = true;
      try {
        await repo.save(d);
        save.saved();
      } catch (error) {
        save.failed(toStorageError(error));
        stored = false;
      }
      cell.show(d, repo, false);
      // Not stored yet: it waits in the queue, so the first edit or flush tries again.
      if (!stored) edits.write(d);
      nav.enter(d.id);
    },

    open: (id, at) => show(id, repo, false, at),
    openReceived: (id, source, at) => show(id, source, true, at),

    async close() {
      // Never leave a draft whose latest text is only in memory: it would be lost.
      if (!(await savedFirst())) return false;
      endSession();
      nav.leave();
      await deps.local.unload();
      cell.clear();
      return true;
    },

    async restoreTab() {
      const memory = deps.tabMemory?.read();
      if (memory) await show(memory.draftId, repo, false, { view: memory.stepId, how: 'replace' });
    },

    async takeOver() {
      await session?.takeOver();
    },

    async restoreDeleted() {
      const d = open.current.peek();
      if (!d) return;
      const stored = await cell.source.get(d.id).catch(() => undefined);
      // Never over newer text: a version stored meanwhile that is newer stays, and is shown.
      if (stored && stored.updatedAt > d.updatedAt) {
        cell.replace(stored);
      } else {
        save.saving();
        try {
          await cell.source.save(d);
          save.saved();
          session?.notifySaved();
        } catch (error) {
          save.failed(toStorageError(error));
          return;
        }
      }
      cell.setDeletedElsewhere(false);
    },

    saveAsNew: () => storeAsNew(open.current.peek()),

    async saveUnsavedAsNew() {
      const kept = open.unsavedHere.peek();
      if (kept) await storeAsNew({ ...kept, project: { ...kept.project, name: copyName(kept.project.name) } });
    },

    dropUnsaved: () => cell.clearUnsaved(),
  };

  /** Stores a draft's text under a new id and opens it there; the draft it came from is not touched. */
  async function storeAsNew(d: Draft | null): Promise<void> {
    if (!d) return;
    const at = now().toISOString();
    const copy: Draft = { ...d, id: newId(), createdAt: at, updatedAt: at };
    try {
      await repo.save(copy);
    } catch (error) {
      save.failed(toStorageError(error));
      return;
    }
    endSession();
    await show(copy.id, repo, false);
  }

  const control: LifecycleControl = {
    forget(id) {
      if (open.current.peek()?.id !== id) return;
      edits.discard();
      endSession();
      nav.leave();
      cell.clear();
    },
  };
  return { store, control };
}
