/**
 * Keystrokes in text fields reach the draft after the browser has painted them: the field
 * itself already shows the typed text, so the frame that shows it need not wait for the counter,
 * the save status and the checks to re-render. A keystroke after a pause reaches the draft just
 * after its frame (the counter follows at once). Keystrokes that come faster than a pause
 * (TYPING_PAUSE_MS) are one burst: their text reaches the draft when the typing pauses, and at
 * least every TYPING_MAX_WAIT_MS while it goes on. Each update of the draft costs the page a
 * second frame (the counter, the save status); on a slow phone with a long step, two frames a
 * keystroke take longer than the gap between keystrokes, and typing would fall behind.
 *
 * Everything that reads or writes the draft as a whole (another edit, a save, closing, hiding
 * the page) applies the waiting text first, so nothing typed is ever left behind or applied out
 * of order.
 */
import { batch } from '@preact/signals';
import { afterPaint } from './after-paint';

/** Keystrokes closer together than this are one burst of typing. */
export const TYPING_PAUSE_MS = 150;
/** Longest a burst's text waits for the draft while the user keeps typing. */
export const TYPING_MAX_WAIT_MS = 1000;

export interface TypingBuffer {
  /** Keeps the latest edit of a field (by key) and applies it after the paint or the pause. */
  put(key: string, apply: () => void): void;
  /** Applies every waiting edit now, in the order their fields were first typed in. */
  apply(): void;
  /** Drops the waiting edits (the draft was deleted or closed without saving). */
  discard(): void;
  readonly size: number;
}

/** The clock and the two ways of waiting the buffer uses; each wait returns its cancel. */
export interface TypingClock {
  now(): number;
  afterPaint(run: () => void): () => void;
  after(ms: number, run: () => void): () => void;
}

const browserClock: TypingClock = {
  now: () => performance.now(),
  afterPaint,
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};

export function createTypingBuffer(clock: TypingClock = browserClock): TypingBuffer {
  const waiting = new Map<string, () => void>();
  let cancel: (() => void) | undefined;
  /** When the latest keystroke came (-Infinity: none yet). */
  let lastPut = -Infinity;
  /** When the oldest waiting keystroke of a burst came: its text waits at most TYPING_MAX_WAIT_MS. */
  let burstStart: number | undefined;

  const run = () => {
    cancel = undefined;
    buffer.apply();
  };
  /** Ends the wait and the burst: what waits is applied or dropped by the caller. */
  const stopWaiting = () => {
    cancel?.();
    cancel = undefined;
    burstStart = undefined;
  };

  const buffer: TypingBuffer = {
    put(key, apply) {
      waiting.set(key, apply);
      const now = clock.now();
      const inBurst = now - lastPut < TYPING_PAUSE_MS;
      lastPut = now;
      if (!inBurst) {
        cancel ??= clock.afterPaint(run);
        return;
      }
      burstStart ??= now;
      cancel?.();
      cancel = clock.after(Math.max(0, Math.min(TYPING_PAUSE_MS, burstStart + TYPING_MAX_WAIT_MS - now)), run);
    },
    apply() {
      stopWaiting();
      if (waiting.size === 0) return;
      const edits = [...waiting.values()];
      waiting.clear();
      batch(() => edits.forEach((edit) => edit()));
    },
    discard() {
      stopWaiting();
      waiting.clear();
    },
    get size() {
      return waiting.size;
    },
  };
  return buffer;
}
