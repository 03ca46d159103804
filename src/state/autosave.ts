/**
 * Debounced, serialised saving. A change is written within `delayMs` of the last one, and
 * while the user types without a pause at least every `maxWaitMs` (a crash loses at most that
 * much). Writes never overlap (a change during a write is saved right after it), and `flush()`
 * writes whatever is pending now (tab hide, page hide, closing a draft, updates). Failures are
 * reported, and the pending draft is kept for the next attempt.
 */
import type { Draft } from '../domain';
import { toStorageError, type StorageError } from '../storage';

/** Pause after the last keystroke before saving. */
export const AUTOSAVE_DELAY_MS = 400;
/** Longest time typed text waits for a save while the user keeps typing. */
export const AUTOSAVE_MAX_WAIT_MS = 2000;

export interface AutosaveEvents {
  onSaving(): void;
  onSaved(draft: Draft): void;
  onError(error: StorageError): void;
}

export interface Autosave {
  schedule(draft: Draft): void;
  /** Writes what is pending now; resolves to true only when nothing typed is left unsaved. */
  flush(): Promise<boolean>;
  /** True while something typed is not yet confirmed as written. */
  hasPending(): boolean;
  /** Drops what is pending without writing it (the draft was deleted). */
  discard(): void;
  dispose(): void;
}

export function createAutosave(
  save: (draft: Draft) => Promise<void>,
  events: AutosaveEvents,
  delayMs = AUTOSAVE_DELAY_MS,
  maxWaitMs = AUTOSAVE_MAX_WAIT_MS,
): Autosave {
  let pending: Draft | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unsaved change was scheduled (for the maximum wait). */
  let firstPendingAt: number | undefined;
  let inFlight: Promise<void> | undefined;

  async function writeLoop(): Promise<void> {
    while (pending) {
      const draft = pending;
      pending = undefined;
      firstPendingAt = undefined;
      events.onSaving();
      try {
        await save(draft);
        if (!pending) events.onSaved(draft);
      } catch (error) {
        // Keep it for the next attempt unless something newer is already waiting.
        pending ??= draft;
        events.onError(toStorageError(error));
        return;
      }
    }
  }

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function start(): Promise<void> {
    clearTimer();
    inFlight ??= writeLoop().finally(() => (inFlight = undefined));
    return inFlight;
  }

  return {
    schedule(draft) {
      pending = draft;
      const at = Date.now();
      firstPendingAt ??= at;
      clearTimer();
      // Restart the pause timer, but never past the maximum wait of the oldest change.
      const wait = Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - at));
      timer = setTimeout(() => void start(), wait);
    },
    async flush() {
      if (inFlight) await inFlight;
      if (pending) await start();
      return pending === undefined;
    },
    hasPending: () => pending !== undefined || inFlight !== undefined,
    discard() {
      clearTimer();
      pending = undefined;
      firstPendingAt = undefined;
    },
    dispose: clearTimer,
  };
}
