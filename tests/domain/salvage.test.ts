import { describe, expect, it } from 'vitest';
import { checkDraft, describePath, MAX_ITEMS, repairDraft, salvageTexts } from '../../src/domain';
import { makeFullDraft } from '../fixtures';

const NOW = '2026-12-01T10:00:00.000Z';

describe('salvageTexts', () => {
  it('finds every text of a broken record with its place, and never throws', () => {
    const raw = { ...makeFullDraft('a'), updatedAt: 'not a date', extra: { note: 'Tärkeä muistiinpano' } };
    const texts = salvageTexts(raw);
    expect(texts).toContainEqual({ path: ['extra', 'note'], text: 'Tärkeä muistiinpano' });
    expect(texts.some((t) => t.text === 'Yhdessä kylillä')).toBe(true);
    expect(texts.some((t) => t.path.at(-1) === 'id')).toBe(false);
    expect(salvageTexts(null)).toEqual([]);
    const loop: Record<string, unknown> = { a: 'x' };
    loop.self = loop;
    expect(salvageTexts(loop)).toEqual([{ path: ['a'], text: 'x' }]);
  });
});

describe('repairDraft', () => {
  it('returns a valid draft unchanged', () => {
    const d = makeFullDraft('a');
    expect(repairDraft(d, { now: NOW })).toEqual({ draft: d, removed: [], reset: [] });
  });

  it('replaces unreadable dates with the repair time', () => {
    const repaired = repairDraft(
      { ...makeFullDraft('a'), updatedAt: 'not a date', createdAt: '+999999-01-01T00:00:00.000Z' },
      { now: NOW },
    )!;
    expect(checkDraft(repaired.draft)).toEqual([]);
    expect(repaired.draft.updatedAt).toBe(NOW);
    expect(repaired.draft.createdAt).toBe(NOW);
    expect(repaired.reset).toContainEqual(['updatedAt']);
  });

  it('keeps the first items of a list over the limit and lists the rest as removed', () => {
    const goals = Array.from({ length: MAX_ITEMS + 2 }, (_, i) => ({ id: `g${i}`, text: `Tavoite ${i + 1}` }));
    const repaired = repairDraft({ ...makeFullDraft('a'), subGoals: goals }, { now: NOW })!;
    expect(repaired.draft.subGoals).toHaveLength(MAX_ITEMS);
    expect(repaired.removed.map((r) => r.text)).toEqual(['Tavoite 301', 'Tavoite 302']);
    expect(describePath(repaired.removed[0]!.path)).toBe('Osatavoitteet, kohta 301: Osatavoite');
  });

  it('takes out unknown fields and keeps their text in the removed list', () => {
    const d = makeFullDraft('a');
    const repaired = repairDraft({ ...d, applicant: { ...d.applicant, nmae: 'x' } }, { now: NOW })!;
    expect(repaired.draft.applicant).toEqual(d.applicant);
    expect(repaired.removed).toEqual([{ path: ['applicant', 'nmae'], text: 'x' }]);
  });

  it('resets an unknown choice to empty and keeps what was there', () => {
    const d = makeFullDraft('a');
    const repaired = repairDraft({ ...d, applicant: { ...d.applicant, legalForm: 'kuningaskunta' } }, { now: NOW })!;
    expect(repaired.draft.applicant.legalForm).toBe('');
    expect(repaired.removed).toEqual([{ path: ['applicant', 'legalForm'], text: 'kuningaskunta' }]);
  });

  it('repairs an old version by upgrading it first', () => {
    const { budget: _b, fit: _f, comments: _c, review: _r, nextSteps: _n, letters: _l, ...v1 } = makeFullDraft('a');
    const repaired = repairDraft({ ...v1, schemaVersion: 1, updatedAt: 'eilen' }, { now: NOW })!;
    expect(checkDraft(repaired.draft)).toEqual([]);
    expect(repaired.draft.mainGoal).toBe(makeFullDraft('a').mainGoal);
  });

  it('gives up on what is not a draft or comes from a newer version', () => {
    expect(repairDraft('text', { now: NOW })).toBeNull();
    expect(repairDraft({ ...makeFullDraft('a'), schemaVersion: 99 }, { now: NOW })).toBeNull();
  });
});

describe('names never carry bidi controls', () => {
  it('strips overrides, embeddings, isolates and marks from display names and letters', async () => {
    const { draftDisplayName, letterOfIntentText } = await import('../../src/domain');
    expect(draftDisplayName('Hanke\u202e fdp.exe')).toBe('Hanke fdp.exe');
    expect(draftDisplayName('\u2066\u200f')).toBe('Nimetön luonnos');
    const d = { ...makeFullDraft('a'), letters: { p1: 'Sopimus \u202eevil\u202c loppu' } };
    expect(letterOfIntentText(d, { id: 'p1', name: 'Kunta', role: '', loiStatus: 'ei' })).toBe('Sopimus evil loppu');
  });
});
