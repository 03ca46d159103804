/**
 * The open draft and the rules of who may change it. Every edit reaches the draft through
 * `commit`, which holds the three guards: a draft must be open, this tab must be its writer (one
 * writer per draft across tabs, draft-session.ts), and it must not have been deleted in another
 * tab (then the user chooses first). A received paper is the association's text: only its
 * comments change and its time stays theirs (the desk compares versions by it). Edits are
 * immutable, so unchanged parts keep their identity and the UI re-renders only what changed.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';
import type { Draft } from '../../domain';
import type { DraftAccess } from '../draft-session';
import type { Change, EditTarget } from '../pending-edits';
import type { DraftSource } from '../ports';

export interface OpenDraftStore {
  /** The open draft; null on the start view and the desk. */
  readonly current: ReadonlySignal<Draft | null>;
  /** The open draft is a paper on the coordinator's desk: read-only comment mode. */
  readonly received: ReadonlySignal<boolean>;
  /** Whether this tab may edit the open draft (another tab may hold it). */
  readonly access: ReadonlySignal<DraftAccess>;
  /**
   * Another tab deleted the open draft. Its text stays on screen but is not saved until the
   * user chooses: store it again, or keep it as a new draft.
   */
  readonly deletedElsewhere: ReadonlySignal<boolean>;
  /**
   * Text this tab could not save because another tab took the draft meanwhile (a keystroke
   * during the handover, or a tab frozen while its lock was taken): the draft as this tab had
   * it, offered to the user as a new draft, never written over the other tab's text.
   */
  readonly unsavedHere: ReadonlySignal<Draft | null>;
}

/** What the draft lifecycle changes about the open draft (draft-lifecycle.ts); edits go through `commit`. */
export interface OpenDraftControl extends EditTarget {
  /** Shows a draft just opened or created, read from and saved to `source`. */
  show(draft: Draft, source: DraftSource, received: boolean): void;
  /** The stored version of the open draft, read again (another tab saved it). */
  replace(draft: Draft): void;
  clear(): void;
  setAccess(access: DraftAccess): void;
  setDeletedElsewhere(deleted: boolean): void;
  /** Whether this tab may still write (it holds the draft's lock); set by the lifecycle's session. */
  setWriteCheck(check: () => Promise<boolean>): void;
  /** Forgets the kept text (stored as a new draft, or let go by the user). */
  clearUnsaved(): void;
}

export function createOpenDraft(now: () => Date, ownDrafts: DraftSource): { store: OpenDraftStore; control: OpenDraftControl } {
  const current = signal<Draft | null>(null);
  const received = signal(false);
  const access = signal<DraftAccess>('writer');
  const deletedElsewhere = signal(false);
  const unsavedHere = signal<Draft | null>(null);
  let source = ownDrafts;
  let writeCheck: () => Promise<boolean> = async () => true;

  const control: OpenDraftControl = {
    get source() {
      return source;
    },
    mayWrite: () => writeCheck(),
    mayWriteNow: () => access.peek() === 'writer',
    keepUnsaved(draft) {
      if (draft.id !== current.peek()?.id) return;
      // A write refused after the handover carries the text of its time; keystrokes kept since
      // (commit, below) are newer and built on it. The newer one stays.
      const kept = unsavedHere.peek();
      if (!kept || kept.updatedAt < draft.updatedAt) unsavedHere.value = draft;
    },
    commit(changes) {
      const before = current.peek();
      if (!before || deletedElsewhere.peek()) return null;
      if (access.peek() !== 'writer') {
        // A keystroke that reached this tab after the other tab took over: kept, on top of what
        // was kept before, never dropped.
        if (!received.peek() && changes.length > 0) {
          const base = unsavedHere.peek() ?? before;
          unsavedHere.value = { ...changes.reduce((d, change: Change) => change(d), base), updatedAt: now().toISOString() };
        }
        return null;
      }
      const changed = changes.reduce((d, change: Change) => change(d), before);
      let next: Draft;
      if (received.peek()) {
        // The fields are read-only on screen; this is the safety net.
        if (changed.comments === before.comments) return null;
        next = { ...before, comments: changed.comments };
      } else {
        if (changed === before) return null;
        next = { ...changed, updatedAt: now().toISOString() };
      }
      current.value = next;
      return next;
    },
    show(draft, from, isReceived) {
      source = from;
      batch(() => {
        received.value = isReceived;
        deletedElsewhere.value = false;
        unsavedHere.value = null;
        current.value = draft;
      });
    },
    replace(draft) {
      if (current.peek()?.id === draft.id) current.value = draft;
    },
    clear() {
      source = ownDrafts;
      batch(() => {
        current.value = null;
        received.value = false;
        access.value = 'writer';
        deletedElsewhere.value = false;
        unsavedHere.value = null;
      });
      writeCheck = async () => true;
    },
    setAccess: (value) => void (access.value = value),
    setDeletedElsewhere: (value) => void (deletedElsewhere.value = value),
    setWriteCheck: (check) => void (writeCheck = check),
    clearUnsaved: () => void (unsavedHere.value = null),
  };
  return { store: { current, received, access, deletedElsewhere, unsavedHere }, control };
}
