import { describe, expect, it } from 'vitest';
import { draftSchema, migrateDraft, SCHEMA_VERSION, MAX_TEXT } from '../../src/domain';
import { makeDraft, makeFullDraft } from '../fixtures';
import v1Draft from '../fixtures/drafts/v1-full.json';
import v2Draft from '../fixtures/drafts/v2-full.json';

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
    const { schemaVersion: _a, ...before } = v2Draft;
    const { schemaVersion: _b, comments, review, nextSteps, letters, ...after } = result.draft;
    expect(after).toEqual(before);
    expect({ comments, review, nextSteps, letters }).toEqual({ comments: [], review: null, nextSteps: {}, letters: {} });
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
