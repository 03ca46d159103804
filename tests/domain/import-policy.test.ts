import { describe, expect, it } from 'vitest';
import { importedCopy, planImport, type Comment, type Draft } from '../../src/domain';
import { makeFullDraft } from '../fixtures';

const AT = '2026-12-01T10:00:00.000Z';
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};
const comment = (id: string, text: string): Comment => ({
  id,
  section: 'tarve',
  itemId: '',
  text,
  verdict: 'korjattava',
  author: 'Koordinaattori',
  createdAt: AT,
  done: false,
});

describe('planImport', () => {
  const local: Draft = { ...makeFullDraft('a'), mainGoal: 'Oma teksti' };
  const incoming: Draft = { ...makeFullDraft('a'), mainGoal: 'Koordinaattorin versio', comments: [comment('c1', 'Tarkenna tarvetta')] };
  const fresh: Draft = makeFullDraft('b');

  it('replace: takes the file and keeps the previous version as its own draft', () => {
    const plan = planImport([incoming, fresh], [local], 'replace', { at: AT, newId: ids() });
    expect(plan.keptPrevious).toBe(1);
    expect(plan.toStore.map((d) => d.id)).toEqual(['new-1', 'a', 'b']);
    expect(plan.toStore[0]).toMatchObject({ mainGoal: 'Oma teksti', updatedAt: AT });
    expect(plan.toStore[0]!.project.name).toBe('Yhdessä kylillä (ennen tuontia 1.12.2026)');
    expect(plan.toStore[1]).toBe(incoming);
  });

  it('keepBoth: stores the colliding draft under a new id and name, the rest as they are', () => {
    const plan = planImport([incoming, fresh], [local], 'keepBoth', { at: AT, newId: ids() });
    expect(plan.toStore.map((d) => d.id)).toEqual(['new-1', 'b']);
    expect(plan.toStore[0]!.project.name).toBe('Yhdessä kylillä (tuotu 1.12.2026)');
    expect(plan.toStore[0]!.mainGoal).toBe('Koordinaattorin versio');
    expect(plan.keptPrevious).toBe(0);
  });

  it("comments: brings only the comments and never changes the association's text", () => {
    const plan = planImport([incoming], [local], 'comments', { at: AT, newId: ids() });
    expect(plan.comments).toBe(1);
    expect(plan.toStore).toHaveLength(1);
    expect(plan.toStore[0]!.mainGoal).toBe('Oma teksti');
    expect(plan.toStore[0]!.comments.map((c) => c.text)).toEqual(['Tarkenna tarvetta']);
  });

  it('importedCopy renames with the Finnish date of the import', () => {
    expect(importedCopy(fresh, { at: AT, newId: () => 'x' })).toMatchObject({
      id: 'x',
      project: { name: 'Yhdessä kylillä (tuotu 1.12.2026)' },
    });
  });
});
