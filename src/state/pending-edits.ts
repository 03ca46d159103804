/**
 * The one queue between an edit and the disk. Every change of the open draft waits here for
 * two deadlines, both taken from one injected clock:
 *
 * 1. **Into the draft.** A keystroke after a pause reaches the draft just after the browser has
 *    painted it (the field already shows the text, so that frame need not wait for the counter,
 *    the save status and the checks). Keystrokes closer than TYPING_PAUSE_MS are one burst: their
 *    text reaches the draft when the typing pauses, and at least every TYPING_MAX_WAIT_MS while it
 *    goes on. Each update of the draft costs the page a second frame; on a slow phone with a long
 *    step two frames a keystroke take longer than the gap between keystrokes. Any other edit
 *    reaches the draft at once, after the keystrokes still waiting, so nothing applies out of order.
 * 2. **Onto the disk.** AUTOSAVE_DELAY_MS after the last change, and at least every
 *    AUTOSAVE_MAX_WAIT_MS while changes keep coming (a crash loses at most that much). These
 *    writes go one after another; a change during a write is written right after it, and "saved"
 *    is reported only when nothing newer waits. A failed write keeps its draft for the next
 *    attempt. Before each write the tab confirms it still holds the draft's lock.
 *
 * `flush()` passes both deadlines at once (page hidden, draft closed, another tab asks), and
 * starts its write at once even while another runs.
 */
import { batch } from '@preact/signals';
import type { Draft } from '../domain';
import { toStorageError, type StorageError } from '../storage';
import { browserClock, type Cancel, type Clock } from './clock';
import type { DraftSource } from './ports';

/** Keystrokes closer together than this are one burst of typing. */
export const TYPING_PAUSE_MS = 150;
/** Longest a burst's text waits for the draft while the user keeps typing. */
export const TYPING_MAX_WAIT_MS = 1000;
/** Pause after the last change before it is written. */
export const AUTOSAVE_DELAY_MS = 400;
/** Longest a change waits for its write while changes keep coming. */
export const AUTOSAVE_MAX_WAIT_MS = 2000;

/** One edit of the draft, as a pure function (domain edit helpers). */
export type Change = (draft: Draft) => Draft;

/** The open draft the queue works on (open-draft.ts). */
export interface EditTarget {
  /** Applies the changes under the open draft's rules; the draft to write, or null when nothing may be written. */
  commit(changes: readonly Change[]): Draft | null;
  /** Where the open draft is written: the own drafts or the desk's received papers. */
  readonly source: DraftSource;
  /** Right before a write: whether this tab may still write the draft (it holds the draft's lock). */
  mayWrite(): Promise<boolean>;
  /** The same, answered at once from what this tab knows (for a write while the page goes away). */
  mayWriteNow(): boolean;
  /** A draft this tab may no longer write: kept and offered to the user, never written over newer text. */
  keepUnsaved(draft: Draft): void;
}

/** The save status line (save-store.ts). */
export interface SaveReporter {
  pending(): void;
  saving(): void;
  saved(): void;
  idle(): void;
  failed(error: StorageError): void;
}

export interface PendingEdits {
  /** A keystroke in the field `key`: only its latest change waits, applied at the first deadline. */
  type(key: string, change: Change): void;
  /** Any other edit: applied now, after the keystrokes still waiting. */
  edit(change: Change): void;
  /** Brings the waiting keystrokes into the draft now. */
  applyTyped(): void;
  /** Queues a draft to be written as it is (a new draft whose first write failed; the status stays as it is). */
  write(draft: Draft): void;
  /**
   * Passes both deadlines now; true when nothing typed is left unsaved. `urgent`: the page is
   * going away, so the write starts in this very task (pagehide, tab hidden).
   */
  flush(urgent?: boolean): Promise<boolean>;
  /** Drops everything waiting without applying or writing it (the draft was deleted). */
  discard(): void;
  /** Takes the draft that waits for the disk out of the queue (this tab lost the right to write it). */
  takeUnwritten(): Draft | undefined;
  /** True while something typed is not yet confirmed as written. */
  hasUnsaved(): boolean;
  /** Calls back after each write that left nothing newer waiting; returns the unsubscribe. */
  onSaved(listener: () => void): () => void;
  dispose(): void;
}

export interface PendingEditsOptions {
  readonly clock?: Clock;
  readonly saveDelayMs?: number;
  readonly saveMaxWaitMs?: number;
}

export function createPendingEdits(target: EditTarget, status: SaveReporter, options: PendingEditsOptions = {}): PendingEdits {
  const { clock = browserClock, saveDelayMs = AUTOSAVE_DELAY_MS, saveMaxWaitMs = AUTOSAVE_MAX_WAIT_MS } = options;
  const savedListeners = new Set<() => void>();

  // Deadline 1: keystrokes waiting for the draft, the latest per field, in first-typed order.
  const typed = new Map<string, Change>();
  let cancelApply: Cancel | undefined;
  let lastKeystroke = -Infinity;
  /** When the oldest keystroke of the running burst came. */
  let burstStart: number | undefined;

  // Deadline 2: the newest draft waiting for the disk, and where it goes.
  let unwritten: { readonly draft: Draft; readonly to: DraftSource } | undefined;
  let cancelWrite: Cancel | undefined;
  /** When the oldest unwritten change came (for the maximum wait). */
  let firstUnwrittenAt: number | undefined;

  function stopApplyWait(): void {
    cancelApply?.();
    cancelApply = undefined;
    burstStart = undefined;
  }

  function stopWriteWait(): void {
    cancelWrite?.();
    cancelWrite = undefined;
  }

  function commit(changes: readonly Change[]): void {
    // The new draft and the "pending" status render in one go.
    batch(() => {
      const next = target.commit(changes);
      if (!next) return;
      status.pending();
      queueWrite(next);
    });
  }

  function applyTyped(): void {
    stopApplyWait();
    if (typed.size === 0) return;
    const changes = [...typed.values()];
    typed.clear();
    commit(changes);
  }

  function queueWrite(draft: Draft): void {
    unwritten = { draft, to: target.source };
    const at = clock.now();
    firstUnwrittenAt ??= at;
    stopWriteWait();
    // Restart the pause, but never past the maximum wait of the oldest change.
    cancelWrite = clock.after(Math.max(0, Math.min(saveDelayMs, firstUnwrittenAt + saveMaxWaitMs - at)), () => {
      cancelWrite = undefined;
      void startWriting();
    });
  }

  type Unwritten = NonNullable<typeof unwritten>;
  /** Writes started so far: only the newest one reports "saved" or a failure. */
  let started = 0;
  const inFlight = new Set<Promise<boolean>>();

  /**
   * Writes one draft. `urgent` (the page is going away) takes the quick, synchronous check of the
   * right to write, so the transaction is created before the page can go; otherwise the lock is
   * confirmed first. A write overtaken by a newer one while it waited writes nothing: the newer
   * carries its text.
   */
  function writeOne(pending: Unwritten, urgent: boolean): Promise<boolean> {
    const n = ++started;
    const run = (async () => {
      const allowed = urgent ? target.mayWriteNow() : await target.mayWrite();
      if (n !== started) return true;
      if (!allowed) {
        // Another tab took the draft while this one was busy: its text is newer on disk. What
        // this tab has (a change made while the check ran included) is kept, not written.
        target.keepUnsaved(queue.takeUnwritten() ?? pending.draft);
        status.idle();
        return true;
      }
      status.saving();
      try {
        await pending.to.save(pending.draft);
      } catch (error) {
        if (n !== started) return true;
        // Kept for the next attempt, unless something newer already waits.
        unwritten ??= pending;
        status.failed(toStorageError(error));
        return false;
      }
      if (n === started && !unwritten) {
        status.saved();
        savedListeners.forEach((listener) => listener());
      }
      return true;
    })();
    inFlight.add(run);
    void run.finally(() => inFlight.delete(run));
    return run;
  }

  /** Takes what waits for the disk out of the queue. */
  function takePending(): Unwritten | undefined {
    stopWriteWait();
    const taken = unwritten;
    unwritten = undefined;
    firstUnwrittenAt = undefined;
    return taken;
  }

  /** The deadline's write: one at a time, so steady typing makes one transaction after another. */
  async function writeLoop(): Promise<void> {
    while (unwritten) {
      if (inFlight.size > 0) {
        await Promise.all(inFlight);
        continue;
      }
      const pending = takePending();
      // A failed write stays for the next edit or flush, not for this loop.
      if (pending && !(await writeOne(pending, false))) return;
    }
  }

  let writing: Promise<void> | undefined;
  function startWriting(): Promise<void> {
    stopWriteWait();
    writing ??= writeLoop().finally(() => (writing = undefined));
    return writing;
  }

  const queue: PendingEdits = {
    type(key, change) {
      typed.set(key, change);
      const now = clock.now();
      const inBurst = now - lastKeystroke < TYPING_PAUSE_MS;
      lastKeystroke = now;
      if (!inBurst) {
        cancelApply ??= clock.afterPaint(applyTyped);
        return;
      }
      burstStart ??= now;
      cancelApply?.();
      cancelApply = clock.after(Math.max(0, Math.min(TYPING_PAUSE_MS, burstStart + TYPING_MAX_WAIT_MS - now)), applyTyped);
    },
    edit(change) {
      applyTyped();
      commit([change]);
    },
    applyTyped,
    write: queueWrite,
    async flush(urgent = false) {
      applyTyped();
      // The newest draft goes now, without waiting for a write that is still running: the page
      // may be about to go (pagehide), and what waits behind an await would never run. IndexedDB
      // commits transactions on the same store in the order they were made, so it lands last.
      const pending = takePending();
      if (pending) void writeOne(pending, urgent);
      while (inFlight.size > 0) await Promise.all(inFlight);
      return unwritten === undefined;
    },
    discard() {
      stopApplyWait();
      typed.clear();
      stopWriteWait();
      unwritten = undefined;
      firstUnwrittenAt = undefined;
    },
    takeUnwritten: () => takePending()?.draft,
    hasUnsaved: () => typed.size > 0 || unwritten !== undefined || inFlight.size > 0,
    onSaved(listener) {
      savedListeners.add(listener);
      return () => savedListeners.delete(listener);
    },
    dispose() {
      stopApplyWait();
      stopWriteWait();
    },
  };
  return queue;
}
