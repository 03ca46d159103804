/**
 * The open draft: opening, creating and closing it, every edit of it, and its autosave. One
 * tab writes a draft at a time (draft-session.ts); a reading tab follows the writer's saves and
 * never writes. Edits are immutable (domain edit helpers), so unchanged parts keep their
 * identity and the UI re-renders only what changed.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { createEmptyDraft, setAtPath, type Draft, type StepId } from '../../domain';
import { toStorageError, type DraftsRepository, type StorageError, type StorageErrorKind } from '../../storage';
import type { TabMemory } from '../app-deps';
import { createAutosave } from '../autosave';
import { createTypingBuffer } from '../typing-buffer';
import { openDraftSession, type DraftAccess, type DraftSession, type LockEnv } from '../draft-session';
import { createEditActions, type EditActions } from '../edit-actions';
import type { LocalControl } from './local-store';
import type { EnterHow, NavigationControl } from './navigation-store';
import type { ViewId } from '../route';
import type { SaveControl } from './save-store';
import type { ToolsStore } from './tools-store';

/** Where an open draft is read from and saved to: the own drafts, or the received papers. */
export type DraftSource = Pick<DraftsRepository, 'get' | 'save'>;

export interface EditorStore extends EditActions {
  readonly draft: ReadonlySignal<Draft | null>;
  /**
   * The open draft is a paper on the coordinator's desk: read-only comment mode. Only its
   * comments change, and its updatedAt stays the association's (the desk compares versions by it).
   */
  readonly received: ReadonlySignal<boolean>;
  /** Whether this tab may edit the open draft (another tab may hold it). */
  readonly access: ReadonlySignal<DraftAccess>;
  /** Why the last open failed, if it did (the start view shows it). */
  readonly openError: ReadonlySignal<StorageErrorKind | undefined>;
  /**
   * Another tab deleted the open draft. Its text stays on screen but is not saved until the
   * user chooses: store it again, or keep it as a new draft.
   */
  readonly deletedElsewhere: ReadonlySignal<boolean>;
  /** Stores the open draft again after another tab deleted it. */
  restoreDeleted(): Promise<void>;
  /** Keeps the open draft's text as a new draft (after another tab deleted it). */
  saveAsNew(): Promise<void>;
  /** Creates an empty draft, stores it and opens it. */
  create(): Promise<void>;
  /**
   * Opens a stored draft, at a given view (a step URL) or where the user last was; false when
   * it cannot be opened (the reason is in openError).
   */
  open(id: string, at?: { view?: string; how?: EnterHow; received?: boolean }): Promise<boolean>;
  /** Saves and closes the open draft; false (and nothing closed) when the text could not be saved. */
  close(): Promise<boolean>;
  /** Reopens the draft and step this tab had open before a reload, if any. */
  restoreTab(): Promise<void>;
  /** Makes this tab the one that edits the open draft (the other tab saves and lets go). */
  takeOver(): Promise<void>;
  /** Writes pending edits now; resolves true when nothing typed is left unsaved. */
  flush(): Promise<boolean>;
  /** True while something typed is not yet confirmed as written. */
  hasUnsaved(): boolean;
  /**
   * A keystroke in a text field: `apply` (its setField) runs just after the browser has painted
   * it, or when a burst of fast typing pauses, or earlier when anything else edits, saves or
   * closes the draft (typing-buffer.ts).
   */
  typed(fieldKey: string, apply: () => void): void;
}

/** What other stores may do with the open draft beyond the public edit actions. */
export interface EditorControl {
  /** Applies an edit to the open draft (in a writing tab) and schedules its save. */
  edit(change: (d: Draft) => Draft): void;
  /** The draft was deleted elsewhere in this tab (start view): drop it without saving. */
  forget(id: string): void;
  dispose(): void;
}

interface Deps {
  readonly repo: DraftsRepository;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly save: SaveControl;
  readonly tools: ToolsStore;
  readonly nav: NavigationControl;
  readonly tabMemory: TabMemory | undefined;
  readonly lockEnv: LockEnv | undefined;
  readonly autosaveDelayMs: number | undefined;
  /** Called after each edit (e.g. to ask for persistent storage once). */
  readonly onEdit: () => void;
  /** The draft's local state (last step, unfinished comments). */
  readonly local: LocalControl;
  /** The received papers (loaded with the coordinator's desk). */
  readonly received: () => Promise<DraftSource>;
}

export function createEditorStore(deps: Deps): { store: EditorStore; control: EditorControl } {
  const { repo, now, newId, save, nav } = deps;
  const draft = signal<Draft | null>(null);
  const received = signal(false);
  /** Where the open draft lives; the own drafts unless a received paper is open. */
  let source: DraftSource = repo;
  const access = signal<DraftAccess>('writer');
  const openError = signal<StorageErrorKind | undefined>(undefined);
  const deletedElsewhere = signal(false);
  let session: DraftSession | undefined;
  const typing = createTypingBuffer();

  const autosave = createAutosave(
    (d) => source.save(d),
    {
      onSaving: () => save.saving(),
      onSaved: () => {
        session?.notifySaved();
        save.saved(now());
      },
      onError: (error: StorageError) => save.failed(error),
    },
    deps.autosaveDelayMs,
  );
  /** Applies waiting keystrokes, then writes what is pending. */
  const flushEdits = () => {
    typing.apply();
    return autosave.flush();
  };

  /** Re-reads the open draft from storage (another tab saved it, or this tab just took over). */
  async function reloadOpenDraft(): Promise<void> {
    const id = draft.peek()?.id;
    if (!id) return;
    const fresh = await source.get(id).catch(() => undefined);
    if (fresh && draft.peek()?.id === id) draft.value = fresh;
  }

  /** Starts the one-writer session of a freshly opened draft. */
  async function startSession(id: string): Promise<void> {
    session?.close();
    let started = false;
    const current = openDraftSession(
      // A received paper never shares its one-writer lock with an own draft of the same id.
      received.peek() ? `received:${id}` : id,
      {
        onWriter: () => {
          // Taking over later: first read what the previous writer saved.
          if (started) void reloadOpenDraft().then(() => (access.value = 'writer'));
          else access.value = 'writer';
        },
        onReader: () => (access.value = 'reader'),
        onRemoteSaved: () => void reloadOpenDraft(),
        flush: flushEdits,
        onDeletedElsewhere: () => {
          // Saving now would bring the draft back behind the other tab's back: wait for the user
          // (with every keystroke in the draft on screen).
          typing.apply();
          autosave.discard();
          deletedElsewhere.value = true;
        },
        // The other tab undid its deletion: the text here is the newest, so it is stored again.
        onUndoElsewhere: () => void (deletedElsewhere.peek() && store.restoreDeleted()),
        onRenameRequest: (name) => control.edit((d) => setAtPath(d, 'project.name', name)),
      },
      deps.lockEnv,
    );
    session = current;
    access.value = await current.start();
    started = true;
  }

  function endSession(): void {
    session?.close();
    session = undefined;
    access.value = 'writer';
    deletedElsewhere.value = false;
  }

  const control: EditorControl = {
    edit(change) {
      // Keystrokes still waiting for their frame come first, so edits apply in the order made.
      typing.apply();
      const current = draft.peek();
      // A reading tab never writes: the UI is disabled there, this is the safety net. Neither does
      // a tab whose draft was deleted elsewhere, until the user chooses what to do.
      if (!current || access.peek() !== 'writer' || deletedElsewhere.peek()) return;
      const changed = change(current);
      let next: Draft;
      if (received.peek()) {
        // A received paper is the association's text: only the comments may change (the fields are
        // read-only on screen; this is the safety net), and its time stays theirs.
        if (changed.comments === current.comments) return;
        next = { ...current, comments: changed.comments };
      } else next = { ...changed, updatedAt: now().toISOString() };
      batch(() => {
        draft.value = next;
        save.pending();
      });
      autosave.schedule(next);
      deps.onEdit();
    },
    forget(id) {
      if (draft.peek()?.id !== id) return;
      typing.discard();
      autosave.discard();
      endSession();
      nav.leave();
      draft.value = null;
    },
    dispose: () => autosave.dispose(),
  };

  const store: EditorStore = {
    draft,
    received,
    access,
    openError,
    deletedElsewhere,

    async restoreDeleted() {
      const d = draft.peek();
      if (!d) return;
      const stored = await source.get(d.id).catch(() => undefined);
      // Never over newer text: a version stored meanwhile that is newer stays, and is shown.
      if (stored && stored.updatedAt > d.updatedAt) {
        draft.value = stored;
      } else {
        save.saving();
        try {
          await source.save(d);
          save.saved(now());
          session?.notifySaved();
        } catch (error) {
          save.failed(toStorageError(error));
          return;
        }
      }
      deletedElsewhere.value = false;
    },

    async saveAsNew() {
      const d = draft.peek();
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
      await openAt(copy.id);
    },
    ...createEditActions(control.edit, newId),

    async create() {
      await deps.tools.ensure();
      const d = createEmptyDraft({ id: newId(), now: now().toISOString() });
      // Everything that waits happens before the draft is shown: once it is on screen, the
      // user's typing is the newest version and nothing here may schedule an older one.
      await deps.local.load(d.id);
      await startSession(d.id);
      save.saving();
      try {
        await repo.save(d);
        save.saved(now());
      } catch (error) {
        // Not stored yet: keep it pending, so the first edit or flush tries again.
        save.failed(toStorageError(error));
        autosave.schedule(d);
      }
      draft.value = d;
      nav.enter(d.id);
    },

    async restoreTab() {
      const memory = deps.tabMemory?.read();
      if (!memory) return;
      await openAt(memory.draftId, memory.stepId, 'replace');
    },

    open: (id, at) => openAt(id, at?.view, at?.how, at?.received),

    async close() {
      // Never leave a draft whose latest text is only in memory: it would be lost.
      if (!(await flushEdits())) {
        save.block('close');
        return false;
      }
      endSession();
      nav.leave();
      await deps.local.unload();
      batch(() => {
        draft.value = null;
        received.value = false;
      });
      source = repo;
      return true;
    },

    async takeOver() {
      await session?.takeOver();
    },

    async flush() {
      const [saved] = await Promise.all([flushEdits(), deps.local.flush()]);
      return saved;
    },
    hasUnsaved: () => typing.size > 0 || autosave.hasPending(),
    typed: (key, apply) => typing.put(key, apply),
  };

  /** A remembered step or view id, if it is one the app knows. */
  function knownView(id: string | undefined): ViewId | undefined {
    if (id === 'seuraavaksi') return id;
    return id && deps.tools.tools.peek()?.STEPS.some((s) => s.id === id) ? (id as StepId) : undefined;
  }

  async function openAt(id: string, view?: string, how: EnterHow = 'push', fromDesk = false): Promise<boolean> {
    if (!(await flushEdits())) {
      save.block('close');
      return false;
    }
    try {
      await deps.tools.ensure();
      const from = fromDesk ? await deps.received() : repo;
      const d = await from.get(id);
      if (!d) return false;
      source = from;
      received.value = fromDesk;
      const local = await deps.local.load(d.id);
      await startSession(d.id);
      batch(() => {
        draft.value = d;
        openError.value = undefined;
        save.idle();
      });
      // Back where the user was: this tab's step after a reload, else the draft's last step.
      nav.enter(d.id, knownView(view) ?? knownView(local.step), how);
      return true;
    } catch (error) {
      openError.value = toStorageError(error).kind;
      return false;
    }
  }

  return { store, control };
}
