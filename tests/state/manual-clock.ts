import type { Clock } from '../../src/state/clock';

/**
 * A clock run by hand: `frame()` is the moment after the next paint, `advance(ms)` lets time
 * pass and runs every wait that falls due, in time order. `cancelled` counts cancelled waits.
 */
export function manualClock() {
  let time = 0;
  let frames: (() => void)[] = [];
  let timers: { at: number; run: () => void }[] = [];
  let cancelled = 0;
  const clock: Clock = {
    now: () => time,
    afterPaint(run) {
      frames.push(run);
      return () => {
        frames = frames.filter((f) => f !== run);
        cancelled++;
      };
    },
    after(ms, run) {
      const mine = { at: time + ms, run };
      timers.push(mine);
      return () => {
        timers = timers.filter((t) => t !== mine);
        cancelled++;
      };
    },
  };
  return {
    clock,
    frame() {
      const due = frames;
      frames = [];
      due.forEach((run) => run());
    },
    advance(ms: number) {
      const end = time + ms;
      for (;;) {
        const next = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        time = next.at;
        next.run();
      }
      time = end;
    },
    get cancelled() {
      return cancelled;
    },
  };
}
