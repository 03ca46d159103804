/**
 * Keystrokes in text fields reach the draft just after the browser has painted them: the field
 * itself already shows the typed text, so the frame that shows it need not wait for the counter,
 * the save status and the checks to re-render (a keystroke at one frame on a slow phone). The
 * latest text of each field waits here for one frame at most, and everything that reads or
 * writes the draft as a whole (another edit, a save, closing, hiding the page) applies it first,
 * so nothing typed is ever left behind or applied out of order.
 */
import { batch } from '@preact/signals';
import { afterPaint } from './after-paint';

export interface TypingBuffer {
  /** Keeps the latest edit of a field (by key) and applies it after the next paint. */
  put(key: string, apply: () => void): void;
  /** Applies every waiting edit now, in the order their fields were first typed in. */
  apply(): void;
  /** Drops the waiting edits (the draft was deleted or closed without saving). */
  discard(): void;
  readonly size: number;
}

export function createTypingBuffer(schedule: (run: () => void) => () => void = afterPaint): TypingBuffer {
  const waiting = new Map<string, () => void>();
  let cancel: (() => void) | undefined;

  const buffer: TypingBuffer = {
    put(key, apply) {
      waiting.set(key, apply);
      cancel ??= schedule(() => {
        cancel = undefined;
        buffer.apply();
      });
    },
    apply() {
      cancel?.();
      cancel = undefined;
      if (waiting.size === 0) return;
      const edits = [...waiting.values()];
      waiting.clear();
      batch(() => edits.forEach((edit) => edit()));
    },
    discard() {
      cancel?.();
      cancel = undefined;
      waiting.clear();
    },
    get size() {
      return waiting.size;
    },
  };
  return buffer;
}
