import { describe, expect, it } from 'vitest';
import { calculateBudget, type Draft } from '../../src/domain';
import { setAtPath as setField } from '../../src/domain/idea-paper/paths';
import { memoByDraftParts, sameEntries } from '../../src/state/memo-draft';
import { makeBudgetDraft } from '../fixtures';

describe('memoByDraftParts', () => {
  it('reruns only when a part it read has changed', () => {
    let runs = 0;
    const memo = memoByDraftParts((d: Draft) => {
      runs++;
      return d.need.problem.length;
    });
    const d = makeBudgetDraft();
    expect(memo(d)).toBe(d.need.problem.length);
    // An edit elsewhere copies only its own path: need is the same object.
    const other = setField(d, 'communication', 'Uusi viestintäteksti');
    expect(memo(other)).toBe(d.need.problem.length);
    expect(runs).toBe(1);
    const edited = setField(other, 'need.problem', 'Lyhyt');
    expect(memo(edited)).toBe(5);
    expect(runs).toBe(2);
  });

  it('tracks the parts a branch reads on each run', () => {
    let runs = 0;
    const memo = memoByDraftParts((d: Draft) => {
      runs++;
      return d.mainGoal ? d.communication : '';
    });
    const d = setField(makeBudgetDraft(), 'mainGoal', '');
    memo(d);
    // mainGoal empty: communication was not read, so changing it does not rerun.
    memo(setField(d, 'communication', 'x'));
    expect(runs).toBe(1);
    const withGoal = setField(d, 'mainGoal', 'Tavoite');
    expect(memo(withGoal)).toBe(withGoal.communication);
    expect(runs).toBe(2);
    // Now communication is read: a change reruns.
    expect(memo(setField(withGoal, 'communication', 'y'))).toBe('y');
    expect(runs).toBe(3);
  });

  it('gives the same budget as the plain calculation, and the same object while the money is untouched', () => {
    const memo = memoByDraftParts(calculateBudget);
    const d = makeBudgetDraft();
    const first = memo(d);
    expect(first).toEqual(calculateBudget(d));
    expect(memo(setField(d, 'need.problem', 'Muuttui'))).toBe(first);
    const [row, ...rest] = d.budget.staff;
    const more: Draft = { ...d, budget: { ...d.budget, staff: [{ ...row!, months: '3' }, ...rest] } };
    expect(memo(more)).toEqual(calculateBudget(more));
    expect(memo(more)).not.toBe(first);
  });
});

describe('sameEntries', () => {
  it('keeps the previous array while every entry is the same object', () => {
    const keep = sameEntries<object>();
    const a = {};
    const b = {};
    const first = keep([a, b]);
    expect(keep([a, b])).toBe(first);
    expect(keep([a, {}])).not.toBe(first);
  });
});
