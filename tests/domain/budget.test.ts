import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRate,
  calculateBudget,
  createEmptyDraft,
  ESR_2021_2027,
  formatCents,
  type BudgetRules,
  type Draft,
  type FinancingEntry,
  type StaffRow,
} from '../../src/domain';

type Financing = Draft['budget']['financing'];

/** A draft with the given period, staff rows, cost model and financing. */
function draft({
  start = '',
  end = '',
  staff = [],
  costModel = 'flat40',
  financing = {},
}: {
  start?: string;
  end?: string;
  staff?: StaffRow[];
  costModel?: Draft['budget']['costModel'];
  financing?: Partial<Financing>;
} = {}): Draft {
  const d = createEmptyDraft({ id: 'd1', now: '2026-01-01T00:00:00.000Z' });
  return {
    ...d,
    project: { ...d.project, startMonth: start, endMonth: end },
    budget: { ...d.budget, costModel, staff, financing: { ...d.budget.financing, ...financing } },
  };
}

/** A staff row; text fields as the user would type them. */
function row(id: string, monthlySalary: string, months: string, sharePercent: string, monthsByYear: Record<string, string> = {}): StaffRow {
  return { id, role: `Rooli ${id}`, monthlySalary, months, sharePercent, monthsByYear };
}

const eur = (amount: string): FinancingEntry => ({ amount, unit: 'eur' });
const pct = (amount: string): FinancingEntry => ({ amount, unit: 'pct' });
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('calculateBudget: worked example (one calendar year)', () => {
  // Worked out by hand, in euros:
  //   row 1: 3 400,00 × 12 × 100 % = 40 800,00 paid; × 26,44 % = 10 787,52 side costs → 51 587,52
  //   row 2: 2 900,00 × 12 ×  50 % = 17 400,00 paid; × 26,44 % =  4 600,56 side costs → 22 000,56
  //   staff costs                   = 73 588,08
  //   flat rate 40 %: 29 435,232    → 29 435,23
  //   total eligible costs          = 103 023,31
  //   aid 80 %: 82 418,648          → 82 418,65
  //   self-financing = total − aid  = 20 604,66
  //   advance 30 % of aid: 24 725,595 → 24 725,60 (half up)
  const summary = calculateBudget(
    draft({
      start: '2027-01',
      end: '2027-12',
      staff: [row('r1', '3 400', '12', '100'), row('r2', '2 900,00 €', '12', '50 %')],
    }),
  );

  it('computes each staff row', () => {
    const [first, second] = summary.staff;
    expect(first).toMatchObject({
      id: 'r1',
      monthlySalaryCents: 340_000,
      months: 12,
      sharePercent: 100,
      paidSalaryCents: 4_080_000,
      sideCostsCents: 1_078_752,
      totalCents: 5_158_752,
      byYear: [{ year: 2027, months: 12, cents: 5_158_752 }],
    });
    expect(second).toMatchObject({
      monthlySalaryCents: 290_000,
      sharePercent: 50,
      paidSalaryCents: 1_740_000,
      sideCostsCents: 460_056,
      totalCents: 2_200_056,
    });
  });

  it('computes the totals, aid, self-financing and advance', () => {
    expect(summary).toMatchObject({
      costModel: 'flat40',
      staffCostsCents: 7_358_808,
      flatRateCents: 2_943_523,
      totalCents: 10_302_331,
      aidCents: 8_241_865,
      selfFinancingRequiredCents: 2_060_466,
      maxAdvanceCents: 2_472_560,
      hasBudget: true,
      problems: [],
    });
    expect(summary.years).toEqual([{ year: 2027, staffCents: 7_358_808, flatRateCents: 2_943_523, totalCents: 10_302_331 }]);
    expect(formatCents(summary.totalCents)).toBe('103\u00a0023,31\u00a0€');
    expect(formatCents(summary.maxAdvanceCents)).toBe('24\u00a0725,60\u00a0€');
  });

  it('compares the financing sources with the self-financing required', () => {
    const financed = (financing: Partial<Financing>) =>
      calculateBudget(
        draft({ start: '2027-01', end: '2027-12', staff: [row('r1', '3 400', '12', '100'), row('r2', '2 900', '12', '50')], financing }),
      );
    // 10 % of 103 023,31 = 10 302,331 → 10 302,33; + 10 000,00 = 20 302,33; short by 302,33.
    const short = financed({ own: eur('10 000'), municipal: pct('10') });
    expect(short.sources).toEqual([
      { id: 'own', cents: 1_000_000 },
      { id: 'municipal', cents: 1_030_233 },
      { id: 'otherPublic', cents: 0 },
      { id: 'private', cents: 0 },
    ]);
    expect(short.sourcesTotalCents).toBe(2_030_233);
    expect(short.coverage).toEqual({ kind: 'short', differenceCents: 30_233 });
    expect(financed({ own: eur('20 604,66') }).coverage).toEqual({ kind: 'exact', differenceCents: 0 });
    // 2,5 % of 103 023,31 = 2 575,58275 → 2 575,58; 20 000 + 2 575,58 = 22 575,58; over by 1 970,92.
    expect(financed({ own: eur('20 000'), private: pct('2,5 %') }).coverage).toEqual({ kind: 'over', differenceCents: 197_092 });
  });
});

describe('calculateBudget: a period over two calendar years', () => {
  // Project 2027-09 … 2028-08: 4 months in 2027, 8 in 2028.
  //   row a: 3 000,00 × 12 × 100 % = 36 000,00 + 26,44 % 9 518,40 = 45 518,40, spread 4 : 8
  //          → 2027: 15 172,80, 2028: 30 345,60 (months 4 and 8)
  //   row b: 2 500,50 × 10 × 60 % = 15 003,00 + 3 966,7932 → 3 966,79 = 18 969,79, own split 4 + 6 months
  //          → 2027: 7 587,916 → floor 7 587,91 (remainder .6), 2028: 11 381,874 → 11 381,87 (.4);
  //            the leftover cent goes to the larger remainder: 2027 = 7 587,92
  //   staff 2027: 22 760,72, 2028: 41 727,47, together 64 488,19
  //   flat rate 40 %: 25 795,276 → 25 795,28, split by staff costs:
  //          2027: 9 104,289… → 9 104,28 (+ leftover cent → 9 104,29), 2028: 16 690,99
  //   years: 2027 = 31 865,01, 2028 = 58 418,46, together 90 283,47
  //   aid 80 %: 72 226,776 → 72 226,78; self 18 056,69; advance 30 %: 21 668,034 → 21 668,03
  const summary = calculateBudget(
    draft({
      start: '2027-09',
      end: '2028-08',
      staff: [row('a', '3000', '12', '100'), row('b', '2 500,50', '10', '60', { '2027': '4', '2028': '6' })],
    }),
  );

  it('spreads each row over the years and keeps its cents exact', () => {
    const [a, b] = summary.staff;
    expect(a?.totalCents).toBe(4_551_840);
    expect(a?.byYear).toEqual([
      { year: 2027, months: 4, cents: 1_517_280 },
      { year: 2028, months: 8, cents: 3_034_560 },
    ]);
    expect(b?.paidSalaryCents).toBe(1_500_300);
    expect(b?.sideCostsCents).toBe(396_679);
    expect(b?.totalCents).toBe(1_896_979);
    expect(b?.byYear).toEqual([
      { year: 2027, months: 4, cents: 758_792 },
      { year: 2028, months: 6, cents: 1_138_187 },
    ]);
  });

  it('splits the flat rate by year so the years add up to the total', () => {
    expect(summary.staffCostsCents).toBe(6_448_819);
    expect(summary.flatRateCents).toBe(2_579_528);
    expect(summary.totalCents).toBe(9_028_347);
    expect(summary.years).toEqual([
      { year: 2027, staffCents: 2_276_072, flatRateCents: 910_429, totalCents: 3_186_501 },
      { year: 2028, staffCents: 4_172_747, flatRateCents: 1_669_099, totalCents: 5_841_846 },
    ]);
    expect(summary.aidCents).toBe(7_222_678);
    expect(summary.selfFinancingRequiredCents).toBe(1_805_669);
    expect(summary.maxAdvanceCents).toBe(2_166_803);
    expect(summary.problems).toEqual([]);
  });

  it('spreads fractional months with the leftover hundredth to the larger remainder', () => {
    const s = calculateBudget(draft({ start: '2027-09', end: '2028-08', staff: [row('c', '3000', '10', '100')] }));
    expect(s.staff[0]?.byYear.map((y) => y.months)).toEqual([3.33, 6.67]);
  });

  it('tells how far the own split is from the row months', () => {
    const s = calculateBudget(
      draft({ start: '2027-09', end: '2028-08', staff: [row('b', '2 500,50', '10', '60', { '2027': '4', '2028': '4' })] }),
    );
    expect(s.problems).toEqual([{ field: 'budget.staff.b.monthsByYear', message: expect.stringContaining('2 kk puuttuu') }]);
    // The row total is still split in full, in proportion to the own split.
    expect(s.staff[0]?.byYear.map((y) => y.cents)).toEqual([948_490, 948_489]);
  });

  it('flags own-split years outside the period and months a year does not have', () => {
    const s = calculateBudget(
      draft({ start: '2027-09', end: '2028-08', staff: [row('b', '3000', '12', '100', { '2027': '6', '2028': '6', '2030': '1' })] }),
    );
    expect(s.problems.map((p) => p.field)).toEqual(['budget.staff.b.monthsByYear.2030', 'budget.staff.b.monthsByYear.2027']);
    expect(s.problems[0]?.message).toContain('Vuosi 2030 ei kuulu hankkeen aikaan (2027–2028)');
    expect(s.problems[1]?.message).toContain('vain 4 kuukautta');
  });

  it('falls back to the automatic split when the own split is blank', () => {
    const s = calculateBudget(
      draft({ start: '2027-09', end: '2028-08', staff: [row('a', '3000', '12', '100', { '2027': ' ', '2028': '' })] }),
    );
    expect(s.staff[0]?.byYear.map((y) => y.months)).toEqual([4, 8]);
    expect(s.problems).toEqual([]);
  });
});

describe('calculateBudget: problems in what was typed', () => {
  const problemsOf = (r: StaffRow, start = '2027-01', end = '2028-12') => calculateBudget(draft({ start, end, staff: [r] })).problems;

  it('says nothing about a new, empty row and counts nothing', () => {
    const s = calculateBudget(draft({ start: '2027-01', end: '2028-12', staff: [row('n', '', '', '')] }));
    expect(s.problems).toEqual([]);
    expect(s.staff[0]).toMatchObject({ monthlySalaryCents: null, months: null, sharePercent: null, totalCents: 0 });
    expect(s.hasBudget).toBe(false);
    expect(s.totalCents).toBe(0);
  });

  it('names the field and tells what to do', () => {
    expect(problemsOf(row('x', '3200,505', '12', '100'))).toEqual([
      { field: 'budget.staff.x.monthlySalary', message: 'Kuukausipalkka: kirjoita summa euroina, esimerkiksi 3 200,50.' },
    ]);
    expect(problemsOf(row('x', '-3200', '12', '100'))).toEqual([
      { field: 'budget.staff.x.monthlySalary', message: 'Kuukausipalkka ei voi olla negatiivinen.' },
    ]);
    expect(problemsOf(row('x', '50 000,01', '12', '100'))).toEqual([
      { field: 'budget.staff.x.monthlySalary', message: 'Kuukausipalkka on yli 50\u00a0000\u00a0€ kuukaudessa: tarkista summa.' },
    ]);
    expect(problemsOf(row('x', '3200', 'vuosi', '100'))[0]?.field).toBe('budget.staff.x.months');
    expect(problemsOf(row('x', '3200', '-1', '100'))[0]?.message).toBe('Kuukausien määrä ei voi olla negatiivinen.');
    expect(problemsOf(row('x', '3200', '25', '100'))).toEqual([
      { field: 'budget.staff.x.months', message: 'Kuukaudet: hankkeessa on vain 24 kuukautta, tarkista määrä.' },
    ]);
    expect(problemsOf(row('x', '3200', '12', '120'))).toEqual([
      { field: 'budget.staff.x.sharePercent', message: 'Työaikaosuus voi olla enintään 100 %.' },
    ]);
    expect(problemsOf(row('x', '3200', '12', 'puolet'))[0]?.field).toBe('budget.staff.x.sharePercent');
  });

  it('accepts a salary of exactly the sanity limit', () => {
    expect(problemsOf(row('x', '50 000', '12', '100'))).toEqual([]);
  });

  it('leaves an invalid figure out of the costs but keeps the valid ones', () => {
    const s = calculateBudget(draft({ staff: [row('x', 'paljon', '12', '100'), row('y', '3000', '12', '100')] }));
    expect(s.staff[0]).toMatchObject({ monthlySalaryCents: null, months: 12, totalCents: 0 });
    expect(s.staffCostsCents).toBe(4_551_840);
  });

  it('counts months beyond the period but says so', () => {
    const s = calculateBudget(draft({ start: '2027-01', end: '2027-06', staff: [row('x', '1000', '12', '100')] }));
    expect(s.staff[0]?.months).toBe(12);
    expect(s.staff[0]?.paidSalaryCents).toBe(1_200_000);
    expect(s.problems[0]?.message).toContain('vain 6 kuukautta');
  });

  it('skips the per-year split and the period check without a usable period', () => {
    for (const [start, end] of [
      ['', ''],
      ['2027-13', '2028-01'],
      ['2028-01', '2027-01'],
      ['2020-01', '2035-12'], // longer than the sanity limit
    ] as const) {
      const s = calculateBudget(draft({ start, end, staff: [row('x', '3000', '30', '100')] }));
      expect(s.years, `${start}…${end}`).toEqual([]);
      expect(s.staff[0]?.byYear).toEqual([]);
      expect(s.problems).toEqual([]);
      expect(s.totalCents).toBeGreaterThan(0);
    }
  });

  it('rejects an impossible number of months even without a period', () => {
    const s = calculateBudget(draft({ staff: [row('x', '3000', '1000', '100')] }));
    expect(s.problems).toEqual([{ field: 'budget.staff.x.months', message: expect.stringContaining('yli 120 kuukautta') }]);
    expect(s.staffCostsCents).toBe(0);
  });

  it('reports financing entries it cannot read', () => {
    const s = calculateBudget(
      draft({
        staff: [row('x', '3000', '12', '100')],
        financing: { own: eur('paljon'), municipal: pct('-5'), otherPublic: pct('150'), private: eur('200 000 000') },
      }),
    );
    expect(s.problems.map((p) => p.field)).toEqual([
      'budget.financing.own.amount',
      'budget.financing.municipal.amount',
      'budget.financing.otherPublic.amount',
      'budget.financing.private.amount',
    ]);
    expect(s.problems[0]?.message).toBe('Omat varat: kirjoita summa euroina, esimerkiksi 5 000.');
    expect(s.problems[2]?.message).toContain('enintään 100 %');
    expect(s.sourcesTotalCents).toBe(0);
    expect(s.coverage).toEqual({ kind: 'short', differenceCents: s.selfFinancingRequiredCents });
  });
});

describe('calculateBudget: lump sum', () => {
  it('uses the lump sum as the total, ignores staff rows and spreads it by project months', () => {
    const s = calculateBudget(draft({ costModel: 'lumpSum', start: '2027-09', end: '2028-08', staff: [row('x', 'virhe', '12', '100')] }));
    expect(s).toMatchObject({
      costModel: 'lumpSum',
      staff: [],
      staffCostsCents: 0,
      flatRateCents: 0,
      totalCents: 5_000_000,
      aidCents: 4_000_000,
      selfFinancingRequiredCents: 1_000_000,
      maxAdvanceCents: 1_200_000,
      hasBudget: true,
      problems: [],
    });
    // 50 000 € × 4/12 = 16 666,666… → 16 666,67 (larger remainder), × 8/12 → 33 333,33.
    expect(s.years).toEqual([
      { year: 2027, staffCents: 0, flatRateCents: 0, totalCents: 1_666_667 },
      { year: 2028, staffCents: 0, flatRateCents: 0, totalCents: 3_333_333 },
    ]);
  });
});

describe('calculateBudget: rule set', () => {
  it('takes every rate from the rule set it is given', () => {
    const rules: BudgetRules = {
      ...ESR_2021_2027,
      id: 'test',
      aidRateBp: { ...ESR_2021_2027.aidRateBp, value: 7000 },
      flatRateBp: { ...ESR_2021_2027.flatRateBp, value: 1500 },
      sideCostRateBp: { ...ESR_2021_2027.sideCostRateBp, value: 2042 },
    };
    const s = calculateBudget(draft({ staff: [row('x', '1000', '10', '100')] }), rules);
    // 10 000,00 + 20,42 % = 12 042,00; + 15 % = 1 806,30; total 13 848,30; aid 70 % = 9 693,81
    expect(s).toMatchObject({ staffCostsCents: 1_204_200, flatRateCents: 180_630, totalCents: 1_384_830, aidCents: 969_381 });
  });

  it('is dated and names a source for every figure', () => {
    const r = ESR_2021_2027;
    expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const values = [r.aidRateBp, r.flatRateBp, r.sideCostRateBp, r.advanceMaxBp, r.lumpSumCents, ...Object.values(r.sanity)];
    for (const v of values) expect(v.source.length).toBeGreaterThan(10);
    expect([r.aidRateBp.value, r.flatRateBp.value, r.sideCostRateBp.value, r.advanceMaxBp.value]).toEqual([8000, 4000, 2644, 3000]);
    expect(r.sideCostRateBp.date).toBe('2021-08-24');
  });
});

// ---- Properties --------------------------------------------------------------------------

const monthText = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** Hundredths as the user might type them: "12", "6,5", "6.25". */
const decimalText = (hundredths: number, comma: boolean) => {
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  if (frac === 0) return String(whole);
  return `${whole}${comma ? ',' : '.'}${String(frac).padStart(2, '0')}`;
};

const periodArb = fc
  .record({ year: fc.integer({ min: 2024, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), length: fc.integer({ min: 1, max: 48 }) })
  .map(({ year, month, length }) => {
    const endIndex = year * 12 + month - 1 + length - 1;
    return { start: monthText(year, month), end: monthText(Math.floor(endIndex / 12), (endIndex % 12) + 1), length };
  });

const rowArb = (index: number) =>
  fc
    .record({
      salary: fc.integer({ min: 0, max: 5_000_000 }),
      formatted: fc.boolean(),
      months: fc.integer({ min: 0, max: 4800 }),
      share: fc.integer({ min: 0, max: 10_000 }),
      comma: fc.boolean(),
      own: fc.option(
        fc.dictionary(
          fc.integer({ min: 2024, max: 2034 }).map(String),
          fc.integer({ min: 0, max: 1200 }).map((h) => decimalText(h, true)),
        ),
        {
          nil: undefined,
        },
      ),
    })
    .map(({ salary, formatted, months, share, comma, own }) =>
      row(
        `r${index}`,
        formatted ? formatCents(salary) : decimalText(salary, comma),
        decimalText(months, comma),
        `${decimalText(share, comma)} %`,
        own ?? {},
      ),
    );

const draftArb = fc
  .record({
    period: periodArb,
    rows: fc.integer({ min: 0, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => rowArb(i)))),
    lumpSum: fc.boolean(),
    own: fc.integer({ min: 0, max: 10_000_000 }),
    municipalPct: fc.integer({ min: 0, max: 10_000 }),
  })
  .map(({ period, rows, lumpSum, own, municipalPct }) =>
    draft({
      start: period.start,
      end: period.end,
      staff: rows,
      costModel: lumpSum ? 'lumpSum' : 'flat40',
      financing: { own: eur(formatCents(own)), municipal: pct(decimalText(municipalPct, true)) },
    }),
  );

describe('calculateBudget: properties', () => {
  it('aid + self-financing = total, and the advance is 30 % of aid', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        const s = calculateBudget(d);
        expect(s.aidCents + s.selfFinancingRequiredCents).toBe(s.totalCents);
        expect(s.aidCents).toBe(applyRate(s.totalCents, 8000));
        expect(s.maxAdvanceCents).toBe(applyRate(s.aidCents, 3000));
      }),
      { numRuns: 300 },
    );
  });

  it('flat rate = applyRate(staff costs, 4000), total = staff + flat rate', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        const s = calculateBudget({ ...d, budget: { ...d.budget, costModel: 'flat40' } });
        expect(s.staffCostsCents).toBe(sum(s.staff.map((l) => l.totalCents)));
        expect(s.flatRateCents).toBe(applyRate(s.staffCostsCents, 4000));
        expect(s.totalCents).toBe(s.staffCostsCents + s.flatRateCents);
        for (const line of s.staff) expect(line.totalCents).toBe(line.paidSalaryCents + line.sideCostsCents);
      }),
      { numRuns: 300 },
    );
  });

  it("years add up to the total, and each row's years add up to the row total", () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        const s = calculateBudget(d);
        expect(s.years.length).toBeGreaterThan(0);
        expect(sum(s.years.map((y) => y.totalCents))).toBe(s.totalCents);
        expect(sum(s.years.map((y) => y.staffCents))).toBe(s.staffCostsCents);
        expect(sum(s.years.map((y) => y.flatRateCents))).toBe(s.flatRateCents);
        // With the lump sum a year's total is its share of the lump sum, not staff + flat rate.
        if (s.costModel === 'flat40') for (const y of s.years) expect(y.totalCents).toBe(y.staffCents + y.flatRateCents);
        for (const line of s.staff) {
          expect(line.byYear.map((y) => y.year)).toEqual(s.years.map((y) => y.year));
          expect(sum(line.byYear.map((y) => y.cents))).toBe(line.totalCents);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every figure is a non-negative integer of cents, whatever was typed', () => {
    fc.assert(
      fc.property(draftArb, fc.array(fc.tuple(fc.string(), fc.string(), fc.string()), { maxLength: 4 }), (d, junk) => {
        const rows = [...d.budget.staff, ...junk.map(([a, b, c], i) => row(`j${i}`, a, b, c))];
        const s = calculateBudget({ ...d, budget: { ...d.budget, staff: rows } });
        const figures = [s.totalCents, s.aidCents, s.selfFinancingRequiredCents, s.flatRateCents, s.sourcesTotalCents, s.maxAdvanceCents];
        for (const f of figures) expect(Number.isSafeInteger(f) && f >= 0).toBe(true);
        expect(s.coverage.differenceCents).toBe(Math.abs(s.sourcesTotalCents - s.selfFinancingRequiredCents));
      }),
      { numRuns: 200 },
    );
  });
});

describe('calculateBudget: computed once per budget and project', () => {
  it('reuses the summary while the budget and the project are the same objects, also through a wrapper', () => {
    const d = draft({ start: '2027-01', end: '2027-12', staff: [row('a', '3000', '12', '100')] });
    const first = calculateBudget(d);
    // A wrapped draft (memo-draft.ts tracks what a computation reads through a Proxy) and an edit
    // elsewhere in the draft both keep the budget and project objects.
    const wrapped = new Proxy(d, {});
    expect(calculateBudget(wrapped)).toBe(first);
    expect(calculateBudget({ ...d, mainGoal: 'Uusi tavoite' })).toBe(first);
    // A change of either part is computed anew.
    const moved = { ...d, project: { ...d.project, endMonth: '2028-06' } };
    expect(calculateBudget(moved)).not.toBe(first);
    expect(calculateBudget(moved).years).toHaveLength(2);
    expect(calculateBudget({ ...d, budget: { ...d.budget } })).not.toBe(first);
  });
});
