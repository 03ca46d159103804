import { describe, expect, it } from 'vitest';
import { draftSchema, migrateDraft, SCHEMA_VERSION, MAX_TEXT, stepOfPart, type PartId } from '../../src/domain';
import { makeDraft, makeFullDraft } from '../fixtures';
import v1Draft from '../fixtures/drafts/v1-full.json';
import v2Draft from '../fixtures/drafts/v2-full.json';
import v3Draft from '../fixtures/drafts/v3-full.json';

describe('draftSchema', () => {
  it('accepts an empty new draft and a full draft', () => {
    expect(draftSchema.safeParse(makeDraft()).success).toBe(true);
    expect(draftSchema.safeParse(makeFullDraft()).success).toBe(true);
  });

  it('rejects wrong types and unknown choices', () => {
    expect(draftSchema.safeParse({ ...makeDraft(), mainGoal: 42 }).success).toBe(false);
    expect(draftSchema.safeParse({ ...makeDraft(), applicant: { ...makeDraft().applicant, legalForm: 'pirate' } }).success).toBe(false);
    expect(draftSchema.safeParse({ ...makeDraft(), subGoals: [{ id: '', text: 'x' }] }).success).toBe(false);
  });

  it('rejects texts beyond the hard cap', () => {
    expect(draftSchema.safeParse({ ...makeDraft(), communication: 'x'.repeat(MAX_TEXT + 1) }).success).toBe(false);
    expect(draftSchema.safeParse({ ...makeDraft(), communication: 'x'.repeat(MAX_TEXT) }).success).toBe(true);
  });

  it('keeps odd user input such as a half-typed month (validation explains it instead)', () => {
    const d = makeDraft({ project: { ...makeDraft().project, startMonth: '2027-9' } });
    expect(draftSchema.safeParse(d).success).toBe(true);
  });
});

describe('migrateDraft', () => {
  it('passes a current draft through unchanged', () => {
    const d = makeFullDraft();
    const result = migrateDraft(structuredClone(d));
    expect(result).toEqual({ ok: true, draft: d, migratedFrom: SCHEMA_VERSION });
  });

  it('upgrades a version 1 draft (before budget and fit) keeping every text', () => {
    const result = migrateDraft(structuredClone(v1Draft));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.draft.schemaVersion).toBe(SCHEMA_VERSION);
    expect(result.draft.applicant).toEqual(v1Draft.applicant);
    expect(result.draft.actions).toEqual(v1Draft.actions);
    expect(result.draft.budget.costModel).toBe('flat40');
    expect(result.draft.budget.staff).toEqual([]);
    expect(result.draft.fit.emphases).toEqual({});
  });

  it('upgrades a version 2 draft (before coordination) keeping budget, fit and every text', () => {
    const result = migrateDraft(structuredClone(v2Draft));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    const { schemaVersion: _a, resources: oldResources, results: oldResults, budget: oldBudget, ...before } = v2Draft;
    const { schemaVersion: _b, comments, review, nextSteps, letters, resources, results, budget, ...after } = result.draft;
    expect(after).toEqual(before);
    expect({ comments, review, nextSteps, letters }).toEqual({ comments: [], review: null, nextSteps: {}, letters: {} });
    // v4 asks staff and self-financing once, with the money: the texts moved, none lost.
    expect(resources).toEqual({ volunteers: oldResources.volunteers, premises: oldResources.premises });
    expect(budget).toEqual({ ...oldBudget, staffNote: oldResources.staff, financingNote: oldResources.selfFinancing });
    expect(results).toEqual({ ...oldResults, continuity: '', participantData: '' });
  });

  it('upgrades a version 3 draft: comments land beside the same content, moved texts keep their words', () => {
    const v3 = structuredClone(v3Draft) as Record<string, any>;
    v3.comments = [
      ...v3.comments,
      { ...v3.comments[0], id: 'c-fit', section: 'sopivuus', itemId: '' },
      { ...v3.comments[0], id: 'c-risk', section: 'riskit', itemId: v3.risks[0].id },
    ];
    v3.review = { receivedAt: '2026-11-28T10:00:00.000Z', sectionHashes: { tarve: 'aaaa', sopivuus: 'bbbb', tulokset: 'cccc' } };
    const result = migrateDraft(v3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.draft;
    const section = (id: string) => d.comments.find((c) => c.id === id)?.section;
    // The old fit step's comments are with the emphases; every other part keeps its id.
    expect(section('c-fit')).toBe('painotukset');
    expect(section('c-risk')).toBe('riskit');
    expect(section(v3.comments[0].id)).toBe(v3.comments[0].section);
    expect(d.comments.find((c) => c.id === 'c-risk')?.itemId).toBe(v3.risks[0].id);
    // Each comment's part is edited in a step of the new wizard (or the view after it).
    for (const c of d.comments) expect(c.section === 'seuraavaksi' || stepOfPart(c.section as PartId) !== undefined, c.section).toBe(true);
    expect(d.budget.staffNote).toBe(v3.resources.staff);
    expect(d.budget.financingNote).toBe(v3.resources.selfFinancing);
    // Fingerprints of parts whose shape changed are dropped (they could only claim false changes).
    expect(d.review?.sectionHashes).toEqual({ tarve: 'aaaa', painotukset: 'bbbb' });
  });

  it('refuses a draft from a newer app version', () => {
    expect(migrateDraft({ ...makeDraft(), schemaVersion: SCHEMA_VERSION + 1 })).toEqual({
      ok: false,
      problem: { kind: 'future-version', version: SCHEMA_VERSION + 1 },
    });
  });

  it('reports missing versions, non-objects and invalid fields', () => {
    expect(migrateDraft(null)).toEqual({ ok: false, problem: { kind: 'not-object' } });
    expect(migrateDraft([1, 2])).toEqual({ ok: false, problem: { kind: 'not-object' } });
    const { schemaVersion: _, ...noVersion } = makeDraft();
    expect(migrateDraft(noVersion)).toEqual({ ok: false, problem: { kind: 'missing-version' } });
    const bad = migrateDraft({ ...makeDraft(), applicant: { ...makeDraft().applicant, email: 5 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.problem.kind === 'invalid') expect(bad.problem.issues[0]?.path).toEqual(['applicant', 'email']);
    else expect.unreachable('expected invalid');
  });

  it('rejects unknown keys, including __proto__, without polluting prototypes', () => {
    const raw = JSON.parse(`{"__proto__": {"polluted": 1}, "extra": 1, ${JSON.stringify(makeDraft()).slice(1)}`);
    const result = migrateDraft(raw);
    expect(result.ok).toBe(false);
    if (!result.ok && result.problem.kind === 'invalid') expect(result.problem.issues[0]?.code).toBe('unrecognized_keys');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
