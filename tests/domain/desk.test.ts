import { describe, expect, it } from 'vitest';
import { calculateBudget, evaluateFit, openComments, type Comment, type Draft } from '../../src/domain';
import {
  ASSOCIATION_NOTE,
  MULTI_REGION_NOTE,
  UNNAMED_APPLICANT,
  associationKeys,
  coverageText,
  deskCount,
  deskDate,
  deskMoney,
  deskMonth,
  deskRow,
  deskTotals,
  durationText,
  normaliseAssociationName,
  readDeskDate,
  receivedText,
  regionsText,
  updatedText,
  type DeskRow,
} from '../../src/domain/desk';
import { FIXED_NOW, makeBudgetDraft, makeDraft, makeFullDraft } from '../fixtures';

const RECEIVED = '2026-12-01T08:00:00.000Z';

/** The desk row of a draft with its real budget and fit check. */
function rowOf(draft: Draft, receivedAt = RECEIVED): DeskRow {
  const budget = calculateBudget(draft);
  return deskRow({ draft, budget, fit: evaluateFit(draft, budget), receivedAt });
}

/** makeBudgetDraft with its own applicant, project and first salary (changes the money). */
function paper(
  id: string,
  {
    name = 'Kylätoiminta Testilä ry',
    businessId = '0827616-7',
    project = 'Yhdessä kylillä',
    regions = ['pohjois-savo'],
    salary = '3 200,50',
  }: { name?: string; businessId?: string; project?: string; regions?: string[]; salary?: string } = {},
): Draft {
  const d = makeBudgetDraft(id);
  return {
    ...d,
    applicant: { ...d.applicant, name, businessId },
    project: { ...d.project, name: project, regions },
    budget: { ...d.budget, staff: d.budget.staff.map((s, i) => (i === 0 ? { ...s, monthlySalary: salary } : s)) },
  };
}

function comment(id: string, verdict: Comment['verdict'], done: boolean): Comment {
  return { id, section: 'tarve', itemId: '', text: `Kommentti ${id}`, verdict, author: 'Koordinaattori', createdAt: FIXED_NOW, done };
}

describe('deskRow', () => {
  it('takes the money exactly from the BudgetSummary and the readiness from the FitReport', () => {
    const draft = makeBudgetDraft();
    const budget = calculateBudget(draft);
    const fit = evaluateFit(draft, budget);
    const row = deskRow({ draft, budget, fit, receivedAt: RECEIVED });

    // The fixture's budget is not trivial: a real flat-rate total with a shortfall.
    expect(budget.totalCents).toBeGreaterThan(10_000_000);
    expect(budget.coverage.kind).toBe('short');
    expect(row.totalCents).toBe(budget.totalCents);
    expect(row.aidCents).toBe(budget.aidCents);
    expect(row.selfFinancingRequiredCents).toBe(budget.selfFinancingRequiredCents);
    expect(row.aidCents + row.selfFinancingRequiredCents).toBe(row.totalCents);
    expect(row.sourcesTotalCents).toBe(budget.sourcesTotalCents);
    expect(row.coverage).toEqual(budget.coverage);
    expect(row.shortfallCents).toBe(budget.coverage.differenceCents);
    expect(row.shortfallCents).toBe(budget.selfFinancingRequiredCents - budget.sourcesTotalCents);
    expect(row.hasBudget).toBe(true);
    for (const cents of [row.totalCents, row.aidCents, row.selfFinancingRequiredCents, row.sourcesTotalCents, row.shortfallCents]) {
      expect(Number.isSafeInteger(cents)).toBe(true);
    }

    expect(fit.ready).toBe(false);
    expect(row.ready).toBe(fit.ready);
    expect(row.readinessText).toBe(fit.readinessText);
    expect(row.esteCount).toBe(fit.counts.este);
    expect(row.korjattavaaCount).toBe(fit.counts.korjattavaa);
    expect(row.esteCount).toBeGreaterThan(0);

    expect(row).toMatchObject({
      draftId: 'draft-budget',
      association: 'Kylätoiminta Testilä ry',
      applicantName: 'Kylätoiminta Testilä ry',
      businessId: '0827616-7',
      businessIdValid: true,
      projectName: 'Yhdessä kylillä',
      regions: [{ id: 'pohjois-savo', label: 'Pohjois-Savo' }],
      duration: { start: '2027-09', end: '2029-08', months: 24 },
      openCommentCount: 0,
      updatedAt: FIXED_NOW,
      receivedAt: RECEIVED,
    });
  });

  it('is ready when the financing plan covers the self-financing exactly', () => {
    const base = makeBudgetDraft();
    const missing = calculateBudget(base).coverage.differenceCents;
    const euros = `${Math.floor(missing / 100)},${String(missing % 100).padStart(2, '0')}`;
    const draft: Draft = {
      ...base,
      budget: { ...base.budget, financing: { ...base.budget.financing, otherPublic: { amount: euros, unit: 'eur' } } },
    };
    const row = rowOf(draft);
    expect(row.coverage).toEqual({ kind: 'exact', differenceCents: 0 });
    expect(row.shortfallCents).toBe(0);
    expect(row.ready).toBe(true);
    expect(row.readinessText).toBe('Valmis keskusteluun rahoittajan kanssa');
    expect(coverageText(row)).toBe('Katettu');
  });

  it('uses Finnish placeholders and "?" for an empty paper', () => {
    const draft = makeDraft();
    const fit = evaluateFit(draft, calculateBudget(draft));
    const row = rowOf(draft, 'ei päivämäärää');
    // Each level has its own count here, so a mixed-up count shows.
    expect(new Set([fit.counts.este, fit.counts.korjattavaa, fit.counts.vinkki]).size).toBe(3);
    expect(row.esteCount).toBe(fit.counts.este);
    expect(row.korjattavaaCount).toBe(fit.counts.korjattavaa);
    expect(row.ready).toBe(false);
    expect(row.association).toBe(UNNAMED_APPLICANT);
    expect(row.applicantName).toBe('');
    expect(row.projectName).toBe('Nimetön luonnos');
    expect(row.projectNameRaw).toBe('');
    expect(row.businessId).toBe('');
    expect(row.businessIdValid).toBe(false);
    expect(row.regions).toEqual([]);
    expect(row.duration).toEqual({ start: null, end: null, months: null });
    expect(row.hasBudget).toBe(false);
    expect(durationText(row.duration)).toBe('? – ? (? kk)');
    expect(regionsText(row)).toBe('Alue puuttuu');
    expect(coverageText(row)).toBe('Ei kustannuksia');
    expect(receivedText(row)).toBe('?');
    expect(updatedText(row)).toBe('28.11.2026');
  });

  it('tidies whitespace in names and keeps an invalid Y-tunnus as typed', () => {
    const d = makeFullDraft();
    const row = rowOf({
      ...d,
      applicant: { ...d.applicant, name: '  Kylä\n  ry ', businessId: ' 0827616-8 ' },
      project: { ...d.project, name: '\tUusi\t\thanke ' },
    });
    expect(row.association).toBe('Kylä ry');
    expect(row.projectName).toBe('Uusi hanke');
    expect(row.businessId).toBe('0827616-8');
    expect(row.businessIdValid).toBe(false);
  });

  it('normalises a valid Y-tunnus (legacy six digits, spaces)', () => {
    const d = makeFullDraft();
    const row = rowOf({ ...d, applicant: { ...d.applicant, businessId: ' 827616-7' } });
    expect(row.businessIdValid).toBe(true);
    expect(row.businessId).toBe('0827616-7');
  });

  it('lists each region once with its Finnish label; an unknown id shows as it is', () => {
    const d = makeFullDraft();
    const row = rowOf({ ...d, project: { ...d.project, regions: ['etela-savo', 'pohjois-karjala', 'etela-savo', 'lappi'] } });
    expect(row.regions).toEqual([
      { id: 'etela-savo', label: 'Etelä-Savo' },
      { id: 'pohjois-karjala', label: 'Pohjois-Karjala' },
      { id: 'lappi', label: 'lappi' },
    ]);
    expect(regionsText(row)).toBe('Etelä-Savo, Pohjois-Karjala, lappi');
  });

  it.each([
    ['2027-09', '2029-08', { start: '2027-09', end: '2029-08', months: 24 }, '9/2027 – 8/2029 (24 kk)'],
    ['2027-01', '2027-01', { start: '2027-01', end: '2027-01', months: 1 }, '1/2027 – 1/2027 (1 kk)'],
    ['2027-09', 'syksyllä', { start: '2027-09', end: null, months: null }, '9/2027 – ? (? kk)'],
    ['', '2029-08', { start: null, end: '2029-08', months: null }, '? – 8/2029 (? kk)'],
    ['2027-13', '2028-00', { start: null, end: null, months: null }, '? – ? (? kk)'],
    ['2029-08', '2027-09', { start: '2029-08', end: '2027-09', months: null }, '8/2029 – 9/2027 (? kk)'],
  ])('duration %s – %s', (startMonth, endMonth, expected, text) => {
    const d = makeFullDraft();
    const row = rowOf({ ...d, project: { ...d.project, startMonth, endMonth } });
    expect(row.duration).toEqual(expected);
    expect(durationText(row.duration)).toBe(text);
  });

  it('counts open comments: not done and not a "hyvä" verdict', () => {
    const draft: Draft = {
      ...makeFullDraft(),
      comments: [
        comment('c1', 'korjattava', false),
        comment('c2', 'korjattava', true),
        comment('c3', 'hyva', false),
        comment('c4', 'hyva', true),
        comment('c5', '', false),
      ],
    };
    const row = rowOf(draft);
    expect(row.openCommentCount).toBe(2);
    // The same count as everywhere else: openComments leaves out the done and the "hyvä" ones.
    expect(openComments(draft).map((c) => c.id)).toEqual(['c1', 'c5']);
  });

  it('shows the shortfall and the surplus of the financing plan in euros', () => {
    const short = rowOf(makeBudgetDraft());
    expect(coverageText(short)).toBe(`Puuttuu ${deskMoney(short.shortfallCents)}`);
    expect(coverageText(short)).toBe('Puuttuu 10\u00a0677,03\u00a0€');

    const base = makeBudgetDraft();
    const over = rowOf({
      ...base,
      budget: { ...base.budget, financing: { ...base.budget.financing, otherPublic: { amount: '11 177,03', unit: 'eur' } } },
    });
    expect(over.coverage).toEqual({ kind: 'over', differenceCents: 50_000 });
    expect(over.shortfallCents).toBe(0);
    expect(coverageText(over)).toBe('Ylittää 500,00\u00a0€');
  });
});

describe('desk formatting never throws on odd values', () => {
  it.each([
    ['2026-11-28T10:00:00.000Z', '28.11.2026'],
    // Finnish calendar day: 23.30 UTC is already the next day in Helsinki.
    ['2026-11-28T23:30:00.000Z', '29.11.2026'],
    ['2026-11-28', '28.11.2026'],
    ['2024-02-29', '29.2.2024'],
    ['2026-11-28T10:00', '28.11.2026'],
    ['2026-02-29', '?'],
    ['2026-02-30T00:00:00Z', '?'],
    ['2026-11-28T24:00Z', '?'],
    ['11/28/2026', '?'],
    ['Nov 28 2026', '?'],
    ['1', '?'],
    ['', '?'],
    ['eilen', '?'],
    ['+275760-09-13T00:00:00.000Z', '?'],
  ])('date %j → %s', (value, expected) => {
    expect(deskDate(value)).toBe(expected);
  });

  it('shows "?" for values that are not strings or numbers it can read', () => {
    for (const odd of [undefined, null, 5, {}, [], Number.NaN]) {
      expect(deskDate(odd)).toBe('?');
      expect(deskMonth(odd)).toBe('?');
      expect(readDeskDate(odd)).toBeNull();
    }
    expect(deskMonth('2027-9')).toBe('?');
    expect(deskMonth('2027-09')).toBe('9/2027');
    expect(deskMoney(Number.NaN)).toBe('?');
    expect(deskMoney(12.5)).toBe('?');
    expect(deskMoney(Number.POSITIVE_INFINITY)).toBe('?');
    expect(deskMoney(7_358_808)).toBe('73\u00a0588,08\u00a0€');
    expect(deskCount(null)).toBe('?');
    expect(deskCount(-1)).toBe('?');
    expect(deskCount(3)).toBe('3');
  });
});

describe('association identity', () => {
  it('normalises case, whitespace and full stops but not letters', () => {
    expect(normaliseAssociationName('  Kylätoiminta   Testilä R.Y. ')).toBe('kylätoiminta testilä ry');
    expect(normaliseAssociationName('Kylätoiminta')).not.toBe(normaliseAssociationName('Kylatoiminta'));
  });

  it('uses a valid Y-tunnus first, then the name, and joins a name to its only Y-tunnus', () => {
    const rows = [
      rowOf(paper('a', { name: 'Kylätoiminta Testilä ry', businessId: '0827616-7' })),
      rowOf(paper('b', { name: 'Testilän kylätoiminta', businessId: '0827616-7' })),
      rowOf(paper('c', { name: 'kylätoiminta testilä r.y.', businessId: '' })),
      rowOf(paper('d', { name: 'Savon Sydän ry', businessId: '0827616-8' })),
      rowOf(paper('e', { name: 'SAVON SYDÄN RY', businessId: '' })),
      rowOf(paper('f', { name: '', businessId: '' })),
      rowOf(paper('g', { name: '', businessId: '' })),
    ];
    expect(associationKeys(rows)).toEqual([
      'y:0827616-7',
      'y:0827616-7',
      'y:0827616-7',
      'n:savon sydän ry',
      'n:savon sydän ry',
      'd:f',
      'd:g',
    ]);
  });

  it('keeps a name-only paper apart when the name goes with two Y-tunnukset', () => {
    const rows = [
      rowOf(paper('a', { name: 'Kyläyhdistys ry', businessId: '0827616-7' })),
      rowOf(paper('b', { name: 'Kyläyhdistys ry', businessId: '1234567-1' })),
      rowOf(paper('c', { name: 'Kyläyhdistys ry', businessId: '' })),
    ];
    expect(associationKeys(rows)).toEqual(['y:0827616-7', 'y:1234567-1', 'n:kyläyhdistys ry']);
  });
});

describe('deskTotals', () => {
  const rows = [
    rowOf(paper('a', { name: 'Kylätoiminta Testilä ry', businessId: '0827616-7', regions: ['pohjois-savo'], salary: '3 000' })),
    // The same association by Y-tunnus, in two regions.
    rowOf(paper('b', { name: 'Testilän kylätoiminta', businessId: '0827616-7', regions: ['pohjois-savo', 'etela-savo'], salary: '3 500' })),
    rowOf(paper('c', { name: 'Savon Sydän ry', businessId: '2345678-0', regions: ['etela-savo'], salary: '2 800,75' })),
    rowOf(paper('d', { name: 'Ei aluetta ry', businessId: '', regions: [], salary: '2 600' })),
  ];
  const [a, b, c, d] = rows as [DeskRow, DeskRow, DeskRow, DeskRow];
  const totals = deskTotals(rows);

  it('counts papers, distinct associations and each paper’s money once overall', () => {
    // Different salaries, so every paper has its own total.
    expect(new Set(rows.map((r) => r.totalCents)).size).toBe(4);
    expect(totals.overall).toEqual({
      papers: 4,
      associations: 3,
      totalCents: a.totalCents + b.totalCents + c.totalCents + d.totalCents,
      aidCents: a.aidCents + b.aidCents + c.aidCents + d.aidCents,
    });
  });

  it('counts a multi-region paper in full in each of its regions', () => {
    expect(totals.byRegion).toEqual([
      {
        regionId: 'pohjois-savo',
        label: 'Pohjois-Savo',
        papers: 2,
        associations: 1,
        totalCents: a.totalCents + b.totalCents,
        aidCents: a.aidCents + b.aidCents,
      },
      {
        regionId: 'etela-savo',
        label: 'Etelä-Savo',
        papers: 2,
        associations: 2,
        totalCents: b.totalCents + c.totalCents,
        aidCents: b.aidCents + c.aidCents,
      },
      { regionId: 'pohjois-karjala', label: 'Pohjois-Karjala', papers: 0, associations: 0, totalCents: 0, aidCents: 0 },
    ]);
    expect(totals.withoutRegion).toEqual({ papers: 1, associations: 1, totalCents: d.totalCents, aidCents: d.aidCents });
    expect(totals.multiRegionPapers).toBe(1);
    const regionSum = totals.byRegion.reduce((s, r) => s + r.totalCents, 0) + totals.withoutRegion.totalCents;
    expect(regionSum).toBe(totals.overall.totalCents + b.totalCents);
    expect(totals.notes).toEqual([ASSOCIATION_NOTE, MULTI_REGION_NOTE]);
  });

  it('leaves the multi-region note out when no paper covers several regions, and lists unknown regions', () => {
    const single = deskTotals([a, c, rowOf(paper('x', { regions: ['lappi'] }))]);
    expect(single.multiRegionPapers).toBe(0);
    expect(single.notes).toEqual([ASSOCIATION_NOTE]);
    expect(single.byRegion.map((r) => r.regionId)).toEqual(['pohjois-savo', 'etela-savo', 'pohjois-karjala', 'lappi']);
    expect(single.overall.associations).toBe(2);
  });

  it('is all zeros for an empty desk', () => {
    const empty = deskTotals([]);
    expect(empty.overall).toEqual({ papers: 0, associations: 0, totalCents: 0, aidCents: 0 });
    expect(empty.byRegion.every((r) => r.papers === 0)).toBe(true);
  });
});
