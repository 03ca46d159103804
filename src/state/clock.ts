/**
 * Time as the state layer sees it, injected so tests run it by hand: a monotonic `now`, a wait
 * until just after the next paint, and a plain delay. The edit pipeline (pending-edits.ts) takes
 * both of its deadlines from one clock.
 */

/** Cancels a wait that has not run yet. */
export type Cancel = () => void;

export interface Clock {
  /** Milliseconds on a monotonic clock (only differences matter). */
  now(): number;
  /** Runs `run` just after the browser has painted the next frame. */
  afterPaint(run: () => void): Cancel;
  /** Runs `run` after `ms` milliseconds. */
  after(ms: number, run: () => void): Cancel;
}

/**
 * Runs work just after the browser has painted the next frame (a frame, then a task), so the
 * frame that shows what the user did does not wait for it. Used for keystrokes reaching the
 * draft and for drawing a long list a slice per frame (ListEditor.tsx). `fallbackMs` bounds the
 * wait where frames do not come (a hidden tab).
 */
export function afterPaint(run: () => void, fallbackMs = 100): Cancel {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  return () => {
    done = true;
    clearTimeout(timer);
  };
}

export const browserClock: Clock = {
  now: () => performance.now(),
  afterPaint,
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
};
