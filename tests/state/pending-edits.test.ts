import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain';
import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_MAX_WAIT_MS,
  createPendingEdits,
  TYPING_MAX_WAIT_MS,
  TYPING_PAUSE_MS,
  type Change,
  type EditTarget,
  type SaveReporter,
} from '../../src/state/pending-edits';
import type { DraftSource } from '../../src/state/ports';
import { makeFullDraft } from '../fixtures';
import { manualClock } from './manual-clock';

/** A queue on a hand-run clock, a draft in memory and a disk that records every write. */
function setup(options: { failWrites?: () => boolean; mayWrite?: () => boolean } = {}) {
  const c = manualClock();
  let draft: Draft = makeFullDraft('a');
  const applied: string[] = [];
  const written: string[] = [];
  const started: string[] = [];
  const kept: string[] = [];
  const statuses: string[] = [];
  const releases: (() => void)[] = [];
  let hold = false;
  const source: DraftSource = {
    get: async () => draft,
    async save(d) {
      // The transaction is made now; held writes land in the order they were made (as IndexedDB's do).
      started.push(d.mainGoal);
      if (hold) await new Promise<void>((r) => releases.push(r));
      if (options.failWrites?.()) throw new Error('disk full');
      written.push(d.mainGoal);
    },
  };
  const target: EditTarget = {
    commit(changes: readonly Change[]) {
      draft = changes.reduce((d, change) => change(d), draft);
      return draft;
    },
    source,
    mayWrite: async () => options.mayWrite?.() ?? true,
    mayWriteNow: () => options.mayWrite?.() ?? true,
    keepUnsaved: (d) => void kept.push(d.mainGoal),
  };
  const status: SaveReporter = {
    pending: () => statuses.push('pending'),
    saving: () => statuses.push('saving'),
    saved: () => statuses.push('saved'),
    idle: () => statuses.push('idle'),
    failed: () => statuses.push('failed'),
  };
  const queue = createPendingEdits(target, status, { clock: c.clock });
  /** A change that records its label and puts it in the draft's main goal (what the disk records). */
  const change =
    (label: string): Change =>
    (d) => {
      applied.push(label);
      return { ...d, mainGoal: label };
    };
  return {
    c,
    queue,
    change,
    applied,
    written,
    started,
    kept,
    statuses,
    holdWrites: () => (hold = true),
    releaseWrites: () => {
      hold = false;
      releases.splice(0).forEach((r) => r());
    },
  };
}

/** Lets the queue's promises settle (writes are async). */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('pending edits: into the draft', () => {
  it('applies the latest text of each field, in the order the fields were first typed in', () => {
    const { c, queue, change, applied } = setup();
    queue.type('a', change('a1'));
    queue.type('b', change('b1'));
    queue.type('a', change('a2'));
    expect(applied).toEqual([]);
    expect(queue.hasUnsaved()).toBe(true);
    c.frame();
    c.advance(TYPING_PAUSE_MS);
    expect(applied).toEqual(['a2', 'b1']);
  });

  it('applies a keystroke after a pause just after its frame', () => {
    const { c, queue, change, applied } = setup();
    queue.type('a', change('a1'));
    c.frame();
    c.advance(TYPING_PAUSE_MS);
    queue.type('a', change('a2'));
    c.frame();
    expect(applied).toEqual(['a1', 'a2']);
  });

  it('holds fast keystrokes until the typing pauses: one update of the draft, not one per keystroke', () => {
    const { c, queue, change, applied } = setup();
    queue.type('a', change('a1'));
    c.frame();
    for (let i = 2; i <= 5; i++) {
      c.advance(70);
      queue.type('a', change(`a${i}`));
      c.frame();
    }
    expect(applied).toEqual(['a1']);
    c.advance(TYPING_PAUSE_MS - 1);
    expect(applied).toEqual(['a1']);
    c.advance(1);
    expect(applied).toEqual(['a1', 'a5']);
  });

  it('still applies at least every TYPING_MAX_WAIT_MS while the typing goes on, and the rest at the pause', () => {
    const { c, queue, applied } = setup();
    const at: number[] = [];
    for (let i = 0; i < 60; i++) {
      queue.type('a', (d) => {
        at.push(c.clock.now());
        applied.push(`a${i}`);
        return d;
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
    expect(applied.at(-1)).toBe('a59');
  });

  it('applies waiting keystrokes before any other edit, and not again later', () => {
    const { c, queue, change, applied } = setup();
    queue.type('a', change('a'));
    queue.edit(change('other'));
    expect(applied).toEqual(['a', 'other']);
    c.frame();
    c.advance(10);
    queue.type('a', change('b'));
    queue.applyTyped();
    c.advance(TYPING_MAX_WAIT_MS);
    expect(applied).toEqual(['a', 'other', 'b']);
  });

  it('drops what waits when the draft is gone', () => {
    const { c, queue, change, applied, written } = setup();
    queue.type('a', change('a'));
    c.advance(10);
    queue.type('a', change('a2'));
    queue.discard();
    c.frame();
    c.advance(AUTOSAVE_MAX_WAIT_MS);
    queue.applyTyped();
    expect(applied).toEqual([]);
    expect(written).toEqual([]);
    expect(queue.hasUnsaved()).toBe(false);
  });
});

describe('pending edits: onto the disk, on the same clock', () => {
  it('writes AUTOSAVE_DELAY_MS after the last change and not before', async () => {
    const { c, queue, change, written, statuses } = setup();
    queue.edit(change('x'));
    expect(statuses).toEqual(['pending']);
    c.advance(AUTOSAVE_DELAY_MS - 1);
    await settle();
    expect(written).toEqual([]);
    c.advance(1);
    await settle();
    expect(written).toEqual(['x']);
    expect(statuses).toEqual(['pending', 'saving', 'saved']);
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('writes at least every AUTOSAVE_MAX_WAIT_MS while changes keep coming', async () => {
    const { c, queue, change, written } = setup();
    for (let i = 0; i < 30; i++) {
      queue.edit(change(`k${i}`));
      c.advance(100);
      await settle();
    }
    // 3 s of changes 100 ms apart: a write at 2 s, the rest after the pause.
    expect(written).toEqual(['k19']);
    c.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(written).toEqual(['k19', 'k29']);
  });

  it('writes a change made during a deadline write right after it, never beside it, and reports saved only then', async () => {
    const { c, queue, change, written, started, statuses, holdWrites, releaseWrites } = setup();
    holdWrites();
    queue.edit(change('first'));
    c.advance(AUTOSAVE_DELAY_MS);
    await settle();
    queue.edit(change('second'));
    c.advance(AUTOSAVE_DELAY_MS);
    await settle();
    // The second deadline waits for the first write.
    expect(started).toEqual(['first']);
    releaseWrites();
    await settle();
    await settle();
    expect(written).toEqual(['first', 'second']);
    expect(statuses.filter((s) => s === 'saved')).toHaveLength(1);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('flush starts the newest write at once even while one runs (the page may be going away), and it lands last', async () => {
    const { c, queue, change, written, started, statuses, holdWrites, releaseWrites } = setup();
    holdWrites();
    queue.edit(change('first'));
    c.advance(AUTOSAVE_DELAY_MS);
    await settle();
    queue.type('a', change('typed just before leaving'));
    const flushed = queue.flush(true);
    // Made in the same task: nothing waits for the running write.
    expect(started).toEqual(['first', 'typed just before leaving']);
    releaseWrites();
    expect(await flushed).toBe(true);
    expect(written.at(-1)).toBe('typed just before leaving');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('does not write when the tab no longer holds the draft, and hands what it had to be kept', async () => {
    let holder = true;
    const { c, queue, change, written, kept, statuses } = setup({ mayWrite: () => holder });
    queue.edit(change('mine'));
    holder = false; // another tab took the lock while this one was busy
    c.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(written).toEqual([]);
    expect(kept).toEqual(['mine']);
    expect(statuses.at(-1)).toBe('idle');
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('keeps a draft whose write failed and writes it with the next flush', async () => {
    let fail = true;
    const { queue, change, written, statuses } = setup({ failWrites: () => fail });
    queue.edit(change('kept'));
    expect(await queue.flush()).toBe(false);
    expect(statuses.at(-1)).toBe('failed');
    expect(queue.hasUnsaved()).toBe(true);
    fail = false;
    expect(await queue.flush()).toBe(true);
    expect(written).toEqual(['kept']);
  });

  it('flush brings typed text into the draft and onto the disk at once', async () => {
    const { queue, change, written } = setup();
    queue.type('a', change('typed'));
    expect(await queue.flush()).toBe(true);
    expect(written).toEqual(['typed']);
  });

  it('queues a draft to be written without reporting it as a new change', async () => {
    const { c, queue, written, statuses } = setup();
    queue.write({ ...makeFullDraft('a'), mainGoal: 'as it is' });
    expect(statuses).toEqual([]);
    c.advance(AUTOSAVE_DELAY_MS);
    await settle();
    expect(written).toEqual(['as it is']);
  });
});
