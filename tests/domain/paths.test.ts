import { describe, expect, it } from 'vitest';
import { getAtPath, itemField, setAtPath, staffField, type FieldPath, type PathValue } from '../../src/domain';
import { makeDraft } from '../fixtures';

describe('typed field paths', () => {
  it('reads and writes a field by path, sharing untouched parts', () => {
    const d = makeDraft();
    const next = setAtPath(d, 'applicant.name', 'Testi ry');
    expect(getAtPath(next, 'applicant.name')).toBe('Testi ry');
    expect(next.project).toBe(d.project);
    expect(d.applicant.name).toBe('');
  });

  it('writes a record entry, including a new one', () => {
    const d = makeDraft();
    const next = setAtPath(d, 'principles.tasa-arvo', 'Kaikki mukaan');
    expect(next.principles['tasa-arvo']).toBe('Kaikki mukaan');
    const ticked = setAtPath(d, 'fit.emphases.ruoka-apu', { selected: true, how: 'Ruokajakelu' });
    expect(ticked.fit.emphases['ruoka-apu']).toEqual({ selected: true, how: 'Ruokajakelu' });
  });

  it('throws instead of growing the draft when a key is not a field (only a cast gets there)', () => {
    const d = makeDraft();
    expect(() => setAtPath(d, 'applicant.name.first' as FieldPath, 'x' as never)).toThrow(TypeError);
    expect(() => setAtPath(d, 'applicant.nmae' as FieldPath, 'x' as never)).toThrow(TypeError);
    expect(() => setAtPath(d, 'fit.selfAssessment.whatever.deeper' as FieldPath, 3 as never)).toThrow(TypeError);
  });

  it('names list item and staff row fields for messages and DOM ids', () => {
    expect(itemField('actions', 'a1', 'goalIds')).toBe('actions.a1.goalIds');
    expect(staffField('r1', 'monthlySalary')).toBe('budget.staff.r1.monthlySalary');
  });

  it('makes a misspelled path and a wrong value type compile errors', () => {
    const d = makeDraft();
    // @ts-expect-error 'applicant.nmae' is not a field of the draft.
    expect(() => setAtPath(d, 'applicant.nmae', 'x')).toThrow(TypeError);
    // A record entry is reached only by an id of its option list.
    // @ts-expect-error 'tasa-arvoo' is not a principle's id.
    setAtPath(d, 'principles.tasa-arvoo', 'x');
    // @ts-expect-error 'ruoka-apua' is not an emphasis id.
    setAtPath(d, 'fit.emphases.ruoka-apua', { selected: true, how: '' });
    // @ts-expect-error a self-assessment entry is a score: it has no deeper fields.
    expect(() => setAtPath(d, 'fit.selfAssessment.sisalto-tarve.deeper', 3)).toThrow(TypeError);
    // @ts-expect-error the value of 'project.regions' is a list of ids, not a string.
    setAtPath(d, 'project.regions', 'pohjois-savo');
    // @ts-expect-error the draft's id is not edited by path.
    setAtPath(d, 'id', 'x');
    // @ts-expect-error 'kind' is not a property of an action.
    itemField('actions', 'a1', 'kind');
    const value: PathValue<'budget.financing.own.unit'> = 'pct';
    expect(value).toBe('pct');
  });
});
