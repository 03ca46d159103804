import { describe, expect, it } from 'vitest';
import { createTypingBuffer } from '../../src/state/typing-buffer';

/** A scheduler run by hand: `frame()` is the moment after the next paint. */
function manualFrames() {
  let pending: (() => void) | undefined;
  let cancelled = 0;
  return {
    schedule: (run: () => void) => {
      pending = run;
      return () => {
        pending = undefined;
        cancelled++;
      };
    },
    frame: () => {
      const run = pending;
      pending = undefined;
      run?.();
    },
    get cancelled() {
      return cancelled;
    },
  };
}

describe('typing buffer', () => {
  it('applies the latest text of each field after the frame, in the order the fields were first typed in', () => {
    const frames = manualFrames();
    const buffer = createTypingBuffer(frames.schedule);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a1'));
    buffer.put('b', () => applied.push('b1'));
    buffer.put('a', () => applied.push('a2'));
    expect(applied).toEqual([]);
    expect(buffer.size).toBe(2);
    frames.frame();
    expect(applied).toEqual(['a2', 'b1']);
    expect(buffer.size).toBe(0);
  });

  it('applies at once when asked (a save, another edit, closing) and not again after the frame', () => {
    const frames = manualFrames();
    const buffer = createTypingBuffer(frames.schedule);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a'));
    buffer.apply();
    expect(applied).toEqual(['a']);
    expect(frames.cancelled).toBe(1);
    frames.frame();
    expect(applied).toEqual(['a']);
  });

  it('drops what waits when the draft is gone', () => {
    const frames = manualFrames();
    const buffer = createTypingBuffer(frames.schedule);
    const applied: string[] = [];
    buffer.put('a', () => applied.push('a'));
    buffer.discard();
    frames.frame();
    buffer.apply();
    expect(applied).toEqual([]);
  });
});
