import { describe, expect, it } from 'vitest';
import { createTypingBuffer, TYPING_MAX_WAIT_MS, TYPING_PAUSE_MS, type TypingClock } from '../../src/state/typing-buffer';

/** A clock run by hand: `frame()` is the moment after the next paint, `advance(ms)` lets time pass. */
function manualClock() {
  let time = 0;
  let frame: (() => void) | undefined;
  let timer: { at: number; run: () => void } | undefined;
  let cancelled = 0;
  const clock: TypingClock = {
    now: () => time,
    afterPaint(run) {
      frame = run;
      return () => {
        if (frame === run) frame = undefined;
        cancelled++;
      };
    },
    after(ms, run) {
      const mine = { at: time + ms, run };
      timer = mine;
      return () => {
        if (timer === mine) timer = undefined;
        cancelled++;
      };
    },
  };
  return {
    clock,
    frame() {
      const run = frame;
      frame = undefined;
      run?.();
    },
    advance(ms: number) {
      const end = time + ms;
      if (timer && timer.at <= end) {
        const { at, run } = timer;
        timer = undefined;
        time = at;
        run();
      }
      time = end;
    },
    get cancelled() {
      return cancelled;
    },
  };
}

describe('typing buffer', () => {
  it('applies the latest text of each field, in the order the fields were first typed in', () => {
    const c = manualClock();
    const buffer = createTypingBuffer(c.clock);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a1'));
    buffer.put('b', () => applied.push('b1'));
    buffer.put('a', () => applied.push('a2'));
    expect(applied).toEqual([]);
    expect(buffer.size).toBe(2);
    c.frame();
    c.advance(TYPING_PAUSE_MS);
    expect(applied).toEqual(['a2', 'b1']);
    expect(buffer.size).toBe(0);
  });

  it('applies a keystroke after a pause just after its frame', () => {
    const c = manualClock();
    const buffer = createTypingBuffer(c.clock);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a1'));
    c.frame();
    c.advance(TYPING_PAUSE_MS);
    buffer.put('a', () => applied.push('a2'));
    c.frame();
    expect(applied).toEqual(['a1', 'a2']);
  });

  it('holds fast keystrokes until the typing pauses: one update of the draft, not one per keystroke', () => {
    const c = manualClock();
    const buffer = createTypingBuffer(c.clock);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a1'));
    c.frame();
    for (let i = 2; i <= 5; i++) {
      c.advance(70);
      buffer.put('a', () => applied.push(`a${i}`));
      c.frame();
    }
    expect(applied).toEqual(['a1']);
    c.advance(TYPING_PAUSE_MS - 1);
    expect(applied).toEqual(['a1']);
    c.advance(1);
    expect(applied).toEqual(['a1', 'a5']);
    expect(buffer.size).toBe(0);
  });

  it('still applies at least every TYPING_MAX_WAIT_MS while the typing goes on, and the rest at the pause', () => {
    const c = manualClock();
    const buffer = createTypingBuffer(c.clock);
    const at: number[] = [];
    let last = '';
    for (let i = 0; i < 60; i++) {
      buffer.put('a', () => {
        at.push(c.clock.now());
        last = `a${i}`;
      });
      c.frame();
      c.advance(70);
    }
    // 60 keystrokes in 4.2 s: the first right after its frame, then about once a second.
    expect(at[0]).toBe(0);
    expect(at.length).toBeGreaterThanOrEqual(4);
    expect(at.length).toBeLessThanOrEqual(6);
    at.slice(1).forEach((t, i) => expect(t - at[i]!).toBeLessThanOrEqual(TYPING_MAX_WAIT_MS + 70));
    c.advance(TYPING_PAUSE_MS);
    expect(last).toBe('a59');
    expect(buffer.size).toBe(0);
  });

  it('applies at once when asked (a save, another edit, closing) and not again later', () => {
    const c = manualClock();
    const buffer = createTypingBuffer(c.clock);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a'));
    buffer.apply();
    expect(applied).toEqual(['a']);
    expect(c.cancelled).toBe(1);
    c.frame();
    c.advance(10);
    buffer.put('a', () => applied.push('b'));
    buffer.apply();
    c.advance(TYPING_MAX_WAIT_MS);
    expect(applied).toEqual(['a', 'b']);
  });

  it('drops what waits when the draft is gone', () => {
    const c = manualClock();
    const buffer = createTypingBuffer(c.clock);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a'));
    c.advance(10);
    buffer.put('a', () => applied.push('a2'));
    buffer.discard();
    c.frame();
    c.advance(TYPING_MAX_WAIT_MS);
    buffer.apply();
    expect(applied).toEqual([]);
  });
});
