import { describe, expect, it } from 'vitest';
import {
  changedSinceReview,
  commentsFor,
  hasNewComments,
  isOrphaned,
  letterOfIntentTemplate,
  letterOfIntentText,
  mergeComments,
  moveItem,
  openComments,
  removeItem,
  sectionFingerprints,
  setAtPath,
  updateItem,
  type Comment,
  type Draft,
} from '../../src/domain';
import { makeFullDraft } from '../fixtures';

const comment = (over: Partial<Comment>): Comment => ({
  id: 'c1',
  section: 'toimenpiteet',
  itemId: '',
  text: 'Hyvä alku',
  verdict: 'hyva',
  author: 'Koordinaattori',
  createdAt: '2026-11-28T10:00:00.000Z',
  done: false,
  ...over,
});

/** The association's draft and the coordinator's commented copy of it. */
function roundTrip(): { local: Draft; coordinator: Draft } {
  const base: Draft = {
    ...makeFullDraft(),
    actions: [
      { id: 'a1', title: 'Kahvila', description: '', goalIds: ['main'], timing: '', responsible: '' },
      { id: 'a2', title: 'Retket', description: '', goalIds: ['g1'], timing: '', responsible: '' },
    ],
  };
  const coordinator: Draft = {
    ...base,
    comments: [
      comment({ id: 'c-sec', section: 'tarve', text: 'Lisää lähde kyselylle.', verdict: 'korjattava' }),
      comment({ id: 'c-a2', section: 'toimenpiteet', itemId: 'a2', text: 'Kuka vetää retket?', verdict: 'korjattava' }),
      comment({ id: 'c-a1', section: 'toimenpiteet', itemId: 'a1', text: 'Selkeä.', verdict: 'hyva' }),
    ],
  };
  return { local: base, coordinator };
}

const withoutCoordination = (d: Draft) => {
  const { comments: _c, review: _r, ...rest } = d;
  return rest;
};

describe('mergeComments', () => {
  it('brings the comments to the right section and item and changes none of the association text', () => {
    const { local, coordinator } = roundTrip();
    const { draft, added } = mergeComments(local, coordinator, '2026-11-29T08:00:00.000Z');
    expect(added).toBe(3);
    expect(withoutCoordination(draft)).toEqual(withoutCoordination(local));
    expect(commentsFor(draft, 'tarve').map((c) => c.id)).toEqual(['c-sec']);
    expect(commentsFor(draft, 'toimenpiteet', 'a2').map((c) => c.text)).toEqual(['Kuka vetää retket?']);
    expect(commentsFor(draft, 'toimenpiteet', 'a1').map((c) => c.text)).toEqual(['Selkeä.']);
  });

  it('keeps comments on the right items after the association reordered and edited them', () => {
    const { local, coordinator } = roundTrip();
    let edited = moveItem(local, 'actions', 'a2', -1);
    edited = updateItem(edited, 'actions', 'a2', { title: 'Luontoretket kerran kuussa' });
    edited = setAtPath(edited, 'need.problem', 'Uusi kuvaus tarpeesta');
    const { draft } = mergeComments(edited, coordinator, '2026-11-29T08:00:00.000Z');
    expect(draft.actions.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(draft.actions[0]?.title).toBe('Luontoretket kerran kuussa');
    expect(draft.need.problem).toBe('Uusi kuvaus tarpeesta');
    expect(commentsFor(draft, 'toimenpiteet', 'a2').map((c) => c.id)).toEqual(['c-a2']);
    expect(commentsFor(draft, 'toimenpiteet', 'a1').map((c) => c.id)).toEqual(['c-a1']);
  });

  it('keeps a comment whose item was removed, marked as orphaned (shown at the section)', () => {
    const { local, coordinator } = roundTrip();
    const removed = removeItem(local, 'actions', 'a2');
    const { draft } = mergeComments(removed, coordinator, 'x');
    const c = draft.comments.find((x) => x.id === 'c-a2')!;
    expect(isOrphaned(draft, c)).toBe(true);
    expect(
      isOrphaned(
        draft,
        draft.comments.find((x) => x.id === 'c-a1')!,
      ),
    ).toBe(false);
  });

  it('does not duplicate comments on a second import and keeps "done" from either side', () => {
    const { local, coordinator } = roundTrip();
    const first = mergeComments(local, coordinator, 'x').draft;
    const doneHere = { ...first, comments: first.comments.map((c) => (c.id === 'c-sec' ? { ...c, done: true } : c)) };
    const coordinatorAgain = {
      ...coordinator,
      comments: coordinator.comments.map((c) => (c.id === 'c-a2' ? { ...c, text: 'Kuka vetää? Nimeä vastuuhenkilö.' } : c)),
    };
    const second = mergeComments(doneHere, coordinatorAgain, 'y');
    expect(second.added).toBe(0);
    expect(second.updated).toBe(1);
    expect(second.draft.comments).toHaveLength(3);
    expect(second.draft.comments.find((c) => c.id === 'c-sec')?.done).toBe(true);
    expect(second.draft.comments.find((c) => c.id === 'c-a2')?.text).toBe('Kuka vetää? Nimeä vastuuhenkilö.');
    expect(
      openComments(second.draft)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['c-a2']); // c-a1 is a "hyvä": praise is never open
  });

  it('tells whether an import brings new comments', () => {
    const { local, coordinator } = roundTrip();
    expect(hasNewComments(local, coordinator)).toBe(true);
    const merged = mergeComments(local, coordinator, 'x').draft;
    expect(hasNewComments(merged, coordinator)).toBe(false);
    // A second round where the coordinator only rewrote a comment still brings something.
    const rewritten = { ...coordinator, comments: coordinator.comments.map((c) => (c.id === 'c-sec' ? { ...c, text: 'Tarkennettu' } : c)) };
    expect(hasNewComments(merged, rewritten)).toBe(true);
  });
});

describe('changes since the coordinator version', () => {
  it('lists exactly the sections edited after the review', () => {
    const { local, coordinator } = roundTrip();
    const merged = mergeComments(local, coordinator, 'x').draft;
    expect(changedSinceReview(merged)).toEqual([]);
    const edited = setAtPath(setAtPath(merged, 'need.evidence', 'Uusi kysely'), 'budget.costModel', 'lumpSum');
    expect(changedSinceReview(edited)).toEqual(['tarve', 'talous']);
    // Comments and review themselves are not content.
    expect(sectionFingerprints({ ...edited, comments: [] })).toEqual(sectionFingerprints(edited));
  });

  it('says nothing when there has been no review', () => {
    expect(changedSinceReview(makeFullDraft())).toEqual([]);
  });
});

describe('letter of intent', () => {
  it('fills the template from the draft and prefers the edited text', () => {
    const d = makeFullDraft();
    const partner = d.partners[0]!;
    const text = letterOfIntentTemplate(d, partner);
    expect(text).toContain('Osapuolet: Kylätoiminta Testilä ry (hakija) ja Kuopion kaupunki (kumppani)');
    expect(text).toContain('Hanke: Yhdessä kylillä');
    expect(text).toContain('Suunniteltu hankeaika: 9/2027 – 8/2029');
    expect(text).toContain('rooli ja panos hankkeessa: Tilat');
    expect(letterOfIntentText({ ...d, letters: { [partner.id]: 'Oma teksti' } }, partner)).toBe('Oma teksti');
  });
});

describe('coordination in the PDF model', () => {
  it('prints the next steps and, when asked, an appendix of open comments', async () => {
    const { buildPdfModel, calculateBudget, evaluateFit } = await import('../../src/domain');
    const { local, coordinator } = roundTrip();
    const draft = {
      ...mergeComments(local, coordinator, 'x').draft,
      nextSteps: { aiesopimukset: { done: true, date: '2027-02-15' } },
    };
    draft.comments = draft.comments.map((c) => (c.id === 'c-a1' ? { ...c, done: true } : c));
    const budget = calculateBudget(draft);
    const input = { draft, budget, fit: evaluateFit(draft, budget), exportedAt: '2026-11-28T10:00:00.000Z', appVersion: 't' };
    const plain = buildPdfModel(input);
    const titles = (doc: typeof plain) => doc.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(titles(plain).at(-1)).toBe('Mitä seuraavaksi?');
    const table = plain.blocks.find((b) => b.kind === 'table' && b.columns[0]?.header === 'Vaihe');
    expect(table && table.kind === 'table' ? table.rows[1] : null).toEqual(['2. Sovi yhteistyöstä aiesopimuksilla', 'Tehty', '15.2.2027']);

    const withComments = buildPdfModel({ ...input, includeComments: true });
    expect(titles(withComments).at(-1)).toBe('Liite: avoimet kommentit');
    const appendix = withComments.blocks.at(-1);
    expect(appendix?.kind).toBe('table');
    if (appendix?.kind === 'table') {
      // Open comments only (c-a1 is done), pointing at the item by its current position.
      expect(appendix.rows).toEqual([
        ['Tarve ja tausta', 'Korjattava', 'Lisää lähde kyselylle.', 'Koordinaattori'],
        ['Toimenpiteet, kohta 2', 'Korjattava', 'Kuka vetää retket?', 'Koordinaattori'],
      ]);
    }
  });
});
