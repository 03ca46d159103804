import { describe, expect, it } from 'vitest';
import { calculateBudget, evaluateFit, type Draft } from '../../src/domain';
import {
  DESK_COLUMNS,
  DESK_NO_REGION,
  deskRow,
  filterDeskRows,
  foldForSearch,
  matchesSearch,
  sortDeskRows,
  type DeskColumn,
  type DeskRow,
} from '../../src/domain/desk';
import { makeBudgetDraft, makeDraft } from '../fixtures';

function rowOf(draft: Draft, receivedAt = '2026-12-01T08:00:00.000Z'): DeskRow {
  const budget = calculateBudget(draft);
  return deskRow({ draft, budget, fit: evaluateFit(draft, budget), receivedAt });
}

interface Paper {
  name?: string;
  project?: string;
  regions?: string[];
  salary?: string;
  start?: string;
  end?: string;
  updatedAt?: string;
  receivedAt?: string;
  /** Other public financing in euros; covers the self-financing exactly with the default salary. */
  otherPublic?: string;
}

/** makeBudgetDraft with its own names, regions, first salary, period and dates. */
function paper(id: string, p: Paper = {}): DeskRow {
  const d = makeBudgetDraft(id);
  const draft: Draft = {
    ...d,
    updatedAt: p.updatedAt ?? d.updatedAt,
    applicant: { ...d.applicant, name: p.name ?? d.applicant.name },
    project: {
      ...d.project,
      name: p.project ?? d.project.name,
      regions: p.regions ?? d.project.regions,
      startMonth: p.start ?? d.project.startMonth,
      endMonth: p.end ?? d.project.endMonth,
    },
    budget: {
      ...d.budget,
      staff: d.budget.staff.map((s, i) => (i === 0 && p.salary !== undefined ? { ...s, monthlySalary: p.salary } : s)),
      financing: { ...d.budget.financing, otherPublic: { amount: p.otherPublic ?? '', unit: 'eur' } },
    },
  };
  return rowOf(draft, p.receivedAt);
}

const ids = (rows: readonly DeskRow[]) => rows.map((r) => r.draftId);

describe('sortDeskRows', () => {
  it('sorts text in Finnish alphabetical order (… z å ä ö), numbers inside names as numbers, missing names last', () => {
    const rows = [
      paper('oljy', { name: 'Öljymäen kyläyhdistys' }),
      paper('none', { name: '  ' }),
      paper('ake', { name: 'Åkerbyn nuoret' }),
      paper('ahtari', { name: 'Ähtärin seudun ry' }),
      paper('zeta', { name: 'Zeta ry' }),
      paper('aapo', { name: 'aapon kerho' }),
      paper('h10', { name: 'Hanke 10 ry' }),
      paper('h2', { name: 'Hanke 2 ry' }),
    ];
    expect(ids(sortDeskRows(rows, { column: 'association', direction: 'asc' }))).toEqual([
      'aapo',
      'h2',
      'h10',
      'zeta',
      'ake',
      'ahtari',
      'oljy',
      'none',
    ]);
    expect(ids(sortDeskRows(rows, { column: 'association', direction: 'desc' }))).toEqual([
      'oljy',
      'ahtari',
      'ake',
      'zeta',
      'h10',
      'h2',
      'aapo',
      'none',
    ]);
  });

  it('sorts project names by the name as written, the unnamed last', () => {
    const rows = [paper('p1', { project: 'Ääniä kylältä' }), paper('p2', { project: '' }), paper('p3', { project: 'Ystävät' })];
    expect(ids(sortDeskRows(rows, { column: 'project', direction: 'asc' }))).toEqual(['p3', 'p1', 'p2']);
    expect(ids(sortDeskRows(rows, { column: 'project', direction: 'desc' }))).toEqual(['p1', 'p3', 'p2']);
  });

  it('sorts money numerically, not as text', () => {
    // Totals of about 52 000, 166 800 and 30 800 euros: compared as text, 16677031 cents would come first.
    const rows = [paper('mid', { salary: '500' }), paper('big'), paper('small', { salary: '0' })];
    const totals = rows.map((r) => r.totalCents);
    expect(totals[2]).toBeLessThan(totals[0]!);
    expect(totals[0]).toBeLessThan(totals[1]!);
    for (const column of ['total', 'aid', 'selfFinancing'] as const) {
      expect(ids(sortDeskRows(rows, { column, direction: 'asc' }))).toEqual(['small', 'mid', 'big']);
      expect(ids(sortDeskRows(rows, { column, direction: 'desc' }))).toEqual(['big', 'mid', 'small']);
    }
  });

  it('sorts coverage from the largest shortfall to the largest surplus, papers without costs last', () => {
    const rows = [
      paper('over', { otherPublic: '11 177,03' }),
      rowOf(makeDraft({ id: 'nobudget' })),
      paper('short'),
      paper('exact', { otherPublic: '10 677,03' }),
    ];
    expect(rows.map((r) => r.coverage.kind)).toEqual(['over', 'exact', 'short', 'exact']);
    expect(rows[1]!.hasBudget).toBe(false);
    expect(ids(sortDeskRows(rows, { column: 'coverage', direction: 'asc' }))).toEqual(['short', 'exact', 'over', 'nobudget']);
    expect(ids(sortDeskRows(rows, { column: 'coverage', direction: 'desc' }))).toEqual(['over', 'exact', 'short', 'nobudget']);
  });

  it('sorts readiness with the ready papers first (ascending)', () => {
    const rows = [paper('no1'), paper('yes', { otherPublic: '10 677,03' }), paper('no2')];
    expect(rows.map((r) => r.ready)).toEqual([false, true, false]);
    expect(ids(sortDeskRows(rows, { column: 'readiness', direction: 'asc' }))).toEqual(['yes', 'no1', 'no2']);
    expect(ids(sortDeskRows(rows, { column: 'readiness', direction: 'desc' }))).toEqual(['no1', 'no2', 'yes']);
  });

  it('sorts dates by the instant, not the text, with unreadable dates last in both directions', () => {
    const rows = [
      paper('bad', { receivedAt: 'eilen' }),
      // 10.00 at +02:00 is 08.00 UTC: earlier than 09.00 UTC although its text sorts after it.
      paper('late', { receivedAt: '2026-11-28T09:00:00Z' }),
      paper('early', { receivedAt: '2026-11-28T10:00:00+02:00' }),
      paper('next', { receivedAt: '2026-11-29' }),
      paper('impossible', { receivedAt: '2026-02-30T00:00:00Z' }),
    ];
    expect(ids(sortDeskRows(rows, { column: 'receivedAt', direction: 'asc' }))).toEqual(['early', 'late', 'next', 'bad', 'impossible']);
    expect(ids(sortDeskRows(rows, { column: 'receivedAt', direction: 'desc' }))).toEqual(['next', 'late', 'early', 'bad', 'impossible']);
  });

  it('sorts the last change by draft.updatedAt', () => {
    const rows = [
      paper('b', { updatedAt: '2026-10-02T12:00:00.000Z' }),
      paper('x', { updatedAt: '?' }),
      paper('a', { updatedAt: '2026-09-30T12:00:00.000Z' }),
    ];
    expect(ids(sortDeskRows(rows, { column: 'updatedAt', direction: 'asc' }))).toEqual(['a', 'b', 'x']);
    expect(ids(sortDeskRows(rows, { column: 'updatedAt', direction: 'desc' }))).toEqual(['b', 'a', 'x']);
  });

  it('sorts the period by month and length, unknown months last', () => {
    const rows = [
      paper('y2028', { start: '2028-01', end: '2028-12' }),
      paper('unknown', { start: 'pian', end: '' }),
      paper('y2027', { start: '2027-09', end: '2029-08' }),
      paper('dec2027', { start: '2027-12', end: '2028-02' }),
    ];
    expect(ids(sortDeskRows(rows, { column: 'start', direction: 'asc' }))).toEqual(['y2027', 'dec2027', 'y2028', 'unknown']);
    expect(ids(sortDeskRows(rows, { column: 'end', direction: 'desc' }))).toEqual(['y2027', 'y2028', 'dec2027', 'unknown']);
    expect(ids(sortDeskRows(rows, { column: 'months', direction: 'asc' }))).toEqual(['dec2027', 'y2028', 'y2027', 'unknown']);
  });

  it('sorts regions by their Finnish names, papers with none last', () => {
    const rows = [
      paper('ps', { regions: ['pohjois-savo'] }),
      paper('none', { regions: [] }),
      paper('pk', { regions: ['pohjois-karjala'] }),
      paper('es', { regions: ['etela-savo', 'pohjois-savo'] }),
    ];
    expect(ids(sortDeskRows(rows, { column: 'regions', direction: 'asc' }))).toEqual(['es', 'pk', 'ps', 'none']);
  });

  it('is stable: equal values keep their order in both directions', () => {
    const rows = ['r1', 'r2', 'r3', 'r4'].map((id) => paper(id));
    for (const column of DESK_COLUMNS.map((c) => c.id)) {
      expect(ids(sortDeskRows(rows, { column, direction: 'asc' }))).toEqual(['r1', 'r2', 'r3', 'r4']);
      expect(ids(sortDeskRows(rows, { column, direction: 'desc' }))).toEqual(['r1', 'r2', 'r3', 'r4']);
    }
  });

  it('puts an empty paper last on every column where it lacks a value, and never changes the input', () => {
    const rows = [rowOf(makeDraft({ id: 'empty', updatedAt: 'x' }), 'y'), paper('full1'), paper('full2', { salary: '4 000' })];
    const before = ids(rows);
    const missingInEmpty: DeskColumn[] = [
      'association',
      'project',
      'regions',
      'start',
      'end',
      'months',
      'coverage',
      'updatedAt',
      'receivedAt',
    ];
    for (const column of missingInEmpty) {
      for (const direction of ['asc', 'desc'] as const) {
        expect(ids(sortDeskRows(rows, { column, direction })).at(-1), `${column} ${direction}`).toBe('empty');
      }
    }
    expect(ids(rows)).toEqual(before);
  });

  it('has a Finnish title and a kind for every column, and ignores an unknown column', () => {
    expect(DESK_COLUMNS.map((c) => c.kind)).toContain('text');
    expect(DESK_COLUMNS.every((c) => c.title.length > 0)).toBe(true);
    const rows = [paper('b', { name: 'B' }), paper('a', { name: 'A' })];
    expect(ids(sortDeskRows(rows, { column: 'nope' as DeskColumn, direction: 'asc' }))).toEqual(['b', 'a']);
  });
});

describe('filterDeskRows', () => {
  const rows = [
    paper('ps', { name: 'Kylätoiminta Testilä ry', project: 'Yhdessä kylillä', regions: ['pohjois-savo'] }),
    paper('multi', { name: 'Café Čađis ry', project: 'Sámi-kahvila', regions: ['etela-savo', 'pohjois-karjala'] }),
    paper('none', { name: 'Müller-Seura', project: 'Kylatalo', regions: [], otherPublic: '10 677,03' }),
  ];

  it('filters by region; a multi-region paper matches each of its regions', () => {
    expect(ids(filterDeskRows(rows, { region: 'pohjois-savo' }))).toEqual(['ps']);
    expect(ids(filterDeskRows(rows, { region: 'etela-savo' }))).toEqual(['multi']);
    expect(ids(filterDeskRows(rows, { region: 'pohjois-karjala' }))).toEqual(['multi']);
    expect(ids(filterDeskRows(rows, { region: DESK_NO_REGION }))).toEqual(['none']);
    expect(ids(filterDeskRows(rows, { region: null }))).toEqual(['ps', 'multi', 'none']);
    expect(ids(filterDeskRows(rows, { region: '' }))).toEqual(['ps', 'multi', 'none']);
    expect(ids(filterDeskRows(rows, {}))).toEqual(['ps', 'multi', 'none']);
  });

  it('filters by readiness', () => {
    expect(rows.map((r) => r.ready)).toEqual([false, false, true]);
    expect(ids(filterDeskRows(rows, { readiness: 'ready' }))).toEqual(['none']);
    expect(ids(filterDeskRows(rows, { readiness: 'notReady' }))).toEqual(['ps', 'multi']);
    expect(ids(filterDeskRows(rows, { readiness: 'all' }))).toEqual(['ps', 'multi', 'none']);
  });

  it('combines the filters', () => {
    expect(ids(filterDeskRows(rows, { region: 'etela-savo', readiness: 'ready' }))).toEqual([]);
    expect(ids(filterDeskRows(rows, { readiness: 'notReady', search: 'kylä' }))).toEqual(['ps']);
  });

  it.each([
    ['', ['ps', 'multi', 'none']],
    ['   ', ['ps', 'multi', 'none']],
    ['KYLÄTOIMINTA', ['ps']],
    ['kylillä', ['ps']],
    // ä is its own letter: "kyla" does not find "Kylä…", only the project written "Kylatalo".
    ['kyla', ['none']],
    ['kylä', ['ps']],
    ['testila', []],
    ['yhdessa', []],
    // Other accents are ignored.
    ['cafe', ['multi']],
    ['CADIS', ['multi']],
    ['sami', ['multi']],
    // ü is y in Finnish: "myller" and "müller" find Müller, "muller" does not.
    ['myller', ['none']],
    ['müller', ['none']],
    ['muller', []],
    // Every word must occur, in either name.
    ['testilä kylillä', ['ps']],
    ['testilä kahvila', []],
    ['  yhdessä    kylillä ', ['ps']],
    // Dashes of any kind are "-".
    ['sámi–kahvila', ['multi']],
  ])('search %j', (search, expected) => {
    expect(ids(filterDeskRows(rows, { search }))).toEqual(expected);
  });

  it('never matches a word across the association and the project name', () => {
    const row = paper('x', { name: 'Kylä', project: 'talo' });
    expect(matchesSearch(row, 'kylä talo')).toBe(true);
    expect(matchesSearch(row, 'kylätalo')).toBe(false);
  });

  it('folds letters the way Finnish collation (Intl.Collator fi, base) equates them', () => {
    const collator = new Intl.Collator('fi', { sensitivity: 'base' });
    const pairs: [string, string][] = [
      ['a', 'ä'],
      ['a', 'å'],
      ['ä', 'å'],
      ['o', 'ö'],
      ['A', 'a'],
      ['Ä', 'ä'],
      ['Ö', 'ö'],
      ['Å', 'å'],
      ['e', 'é'],
      ['c', 'č'],
      ['s', 'š'],
      ['z', 'ž'],
      ['d', 'đ'],
      ['n', 'ŋ'],
      ['t', 'ŧ'],
      ['u', 'ü'],
      ['y', 'ü'],
      ['u', 'ű'],
      ['ö', 'ø'],
      ['ä', 'æ'],
      ['v', 'w'],
      ['ss', 'ß'],
      ['l', 'ł'],
      ['a', 'á'],
      ['n', 'ñ'],
    ];
    for (const [x, y] of pairs) {
      expect(foldForSearch(x) === foldForSearch(y), `${x} ~ ${y}`).toBe(collator.compare(x, y) === 0);
    }
  });

  it('folds decomposed input (a + combining diaeresis) like the composed letter', () => {
    expect(foldForSearch('Kyla\u0308')).toBe('kylä');
    expect(foldForSearch('A\u030Abo')).toBe('åbo');
    expect(foldForSearch('ﬁnnish')).toBe('finnish');
    expect(foldForSearch('  Kylä \n\t ry ')).toBe('kylä ry');
  });
});
