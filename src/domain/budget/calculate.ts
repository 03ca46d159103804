/**
 * The budget calculation: from the numbers the user typed (text) to integer-cent results,
 * with problems instead of exceptions. Every rate comes from the rule set; each figure is
 * rounded once (money/cents.ts), and splits use largest-remainder allocation so parts always
 * add up exactly to their whole.
 */
import { financingField, staffField, type FieldRef, type StaffFieldPath } from '../idea-paper/paths';
import { FINANCING_SOURCES, labelOf } from '../idea-paper/options';
import type { Draft, FinancingEntry, StaffRow } from '../idea-paper/schema';
import { MONTH } from '../idea-paper/validate';
import { allocate, applyRate, formatCents, parseMoney, parseNumber, roundHalfUp } from '../money/cents';
import { ESR_2021_2027 } from './rules/esr-2021-2027';
import type { BudgetRules } from './rules/types';
import type { BudgetProblem, BudgetSummary, Cents, Coverage, StaffLineResult, YearTotals } from './types';

/** A calendar year of the project period and how many project months fall in it. */
interface PeriodYear {
  readonly year: number;
  readonly months: number;
}

type AddProblem = (field: FieldRef, message: string, fix?: BudgetProblem['fix']) => void;

/**
 * Calculates the draft's budget with the given rules (ESR+ 2021–2027 by default).
 * With the lump-sum model the staff rows are ignored (staff: [], staff costs 0) and the
 * total is the lump sum; the rows stay in the draft in case the user switches back.
 */
export function calculateBudget(draft: Draft, rules: BudgetRules = ESR_2021_2027): BudgetSummary {
  // The step progress, the budget view and the fit check all ask for the budget on each
  // keystroke. It reads only the budget and the project, and drafts are immutable (an edit copies
  // only its own path), so it is computed once per pair of those two objects. Keyed by the parts,
  // not the draft: callers often pass a draft wrapped to track what it reads (memo-draft.ts).
  const { budget, project } = draft;
  const cached = cache.get(budget);
  if (cached?.rules === rules && cached.project === project) return cached.summary;
  const summary = computeBudget(budget, project, rules);
  cache.set(budget, { project, rules, summary });
  return summary;
}

const cache = new WeakMap<Draft['budget'], { project: Draft['project']; rules: BudgetRules; summary: BudgetSummary }>();

function computeBudget(budget: Draft['budget'], project: Draft['project'], rules: BudgetRules): BudgetSummary {
  const problems: BudgetProblem[] = [];
  const add: AddProblem = (field, message, fix) => problems.push({ field, message, ...(fix ? { fix } : {}) });
  const period = projectPeriod(project.startMonth, project.endMonth, rules.sanity.maxMonths.value);
  const lumpSum = budget.costModel === 'lumpSum';

  const staff = lumpSum ? [] : budget.staff.map((row) => staffLine(row, period, rules, add));
  const staffCostsCents = sum(staff.map((line) => line.totalCents));
  const flatRateCents = lumpSum ? 0 : applyRate(staffCostsCents, rules.flatRateBp.value);
  const totalCents = lumpSum ? rules.lumpSumCents.value : staffCostsCents + flatRateCents;
  const years = lumpSum ? lumpSumYears(totalCents, period) : yearTotals(staff, flatRateCents, period);

  const aidCents = applyRate(totalCents, rules.aidRateBp.value);
  // Self-financing is the remainder, not a second rounded rate, so aid + self = total exactly.
  const selfFinancingRequiredCents = totalCents - aidCents;
  const sources = FINANCING_SOURCES.map(({ id }) => ({
    id,
    cents: financingCents(id, budget.financing[id], totalCents, rules, add),
  }));
  const sourcesTotalCents = sum(sources.map((s) => s.cents));

  return {
    costModel: budget.costModel,
    staff,
    staffCostsCents,
    flatRateCents,
    totalCents,
    years,
    aidCents,
    selfFinancingRequiredCents,
    sources,
    sourcesTotalCents,
    coverage: coverage(sourcesTotalCents, selfFinancingRequiredCents),
    maxAdvanceCents: applyRate(aidCents, rules.advanceMaxBp.value),
    hasBudget: lumpSum || staffCostsCents > 0,
    problems,
  };
}

/**
 * Calendar years of the project period with their project months; [] when the months are
 * missing, malformed, reversed (validate.ts reports those) or longer than the sanity limit.
 */
function projectPeriod(start: string, end: string, maxMonths: number): PeriodYear[] {
  if (!MONTH.test(start) || !MONTH.test(end) || end < start) return [];
  const [startYear, startMonth] = start.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = end.split('-').map(Number) as [number, number];
  const total = (endYear - startYear) * 12 + endMonth - startMonth + 1;
  if (total > maxMonths) return [];
  const years: PeriodYear[] = [];
  for (let year = startYear; year <= endYear; year++) {
    const first = year === startYear ? startMonth : 1;
    const last = year === endYear ? endMonth : 12;
    years.push({ year, months: last - first + 1 });
  }
  return years;
}

/** One staff row: parsed inputs, paid salary, side costs, total and the split by year. */
function staffLine(row: StaffRow, period: readonly PeriodYear[], rules: BudgetRules, add: AddProblem): StaffLineResult {
  const field = (name: keyof StaffRow & string) => staffField(row.id, name);
  const salary = readSalary(row.monthlySalary, field('monthlySalary'), rules, add);
  const months = readMonths(row.months, field('months'), period, rules, add);
  const share = readShare(row.sharePercent, field('sharePercent'), add);

  // salary × (months/100) × (share/10 000) in hundredths: one exact product, rounded once.
  const paidSalaryCents =
    salary === null || months === null || share === null ? 0 : roundHalfUp(BigInt(salary) * BigInt(months) * BigInt(share), 1_000_000n);
  const sideCostsCents = applyRate(paidSalaryCents, rules.sideCostRateBp.value);
  const totalCents = paidSalaryCents + sideCostsCents;

  return {
    id: row.id,
    role: row.role,
    monthlySalaryCents: salary,
    months: months === null ? null : months / 100,
    sharePercent: share === null ? null : share / 100,
    paidSalaryCents,
    sideCostsCents,
    totalCents,
    byYear: splitByYear(row, months, totalCents, period, field('monthsByYear'), add),
  };
}

/** Monthly salary in cents, or null (with a problem unless empty). */
function readSalary(text: string, field: StaffFieldPath, rules: BudgetRules, add: AddProblem): Cents | null {
  const parsed = parseMoney(text);
  if (!parsed.ok) {
    if (parsed.reason === 'invalid') add(field, 'Kuukausipalkka: kirjoita summa euroina, esimerkiksi 3 200,50.');
    if (parsed.reason === 'negative') add(field, 'Kuukausipalkka ei voi olla negatiivinen.');
    return null;
  }
  const max = rules.sanity.maxMonthlySalaryCents.value;
  if (parsed.cents > max) {
    add(field, `Kuukausipalkka on yli ${formatCents(max, { dropZeroCents: true })} kuukaudessa: tarkista summa.`);
    return null;
  }
  return parsed.cents;
}

/**
 * Months in hundredths, or null (with a problem unless empty). More months than the project
 * period has is flagged but still counted, so the user sees what the figure would cost.
 */
function readMonths(
  text: string,
  field: StaffFieldPath,
  period: readonly PeriodYear[],
  rules: BudgetRules,
  add: AddProblem,
): number | null {
  const parsed = parseNumber(text);
  if (!parsed.ok) {
    if (parsed.reason === 'invalid') add(field, 'Kuukaudet: kirjoita kuukausien määrä numerona, esimerkiksi 12 tai 6,5.');
    if (parsed.reason === 'negative') add(field, 'Kuukausien määrä ei voi olla negatiivinen.');
    return null;
  }
  const max = rules.sanity.maxMonths.value;
  if (parsed.hundredths > max * 100) {
    add(field, `Kuukaudet: ${formatNumber(parsed.hundredths)} kuukautta on yli ${max} kuukautta, tarkista määrä.`);
    return null;
  }
  const periodMonths = sum(period.map((y) => y.months));
  if (period.length > 0 && parsed.hundredths > periodMonths * 100) {
    add(field, `Kuukaudet: hankkeessa on vain ${periodMonths} kuukautta, tarkista määrä.`);
  }
  return parsed.hundredths;
}

/** Working-time share in hundredths of a percent, or null (with a problem unless empty). */
/**
 * A share written as a fraction ("0,6", "0.15") is most likely meant as 60 % or 15 %, not
 * 0,6 %: ask, with a one-tap fix. The figure is used as written until the user answers.
 */
function askIfFraction(text: string, hundredths: number, field: FieldRef, label: string, add: AddProblem): void {
  if (!/^\s*0?[.,]\d+\s*%?\s*$/.test(text) || hundredths <= 0 || hundredths >= 100) return;
  const percent = formatNumber(hundredths * 100);
  add(field, `${label}: ${formatNumber(hundredths)} % on hyvin pieni osuus. Tarkoititko ${percent} %?`, {
    label: `${percent} %`,
    value: percent,
  });
}

function readShare(text: string, field: StaffFieldPath, add: AddProblem): number | null {
  const parsed = parseNumber(text);
  if (!parsed.ok) {
    if (parsed.reason === 'invalid') add(field, 'Työaikaosuus: kirjoita osuus prosentteina, esimerkiksi 100 tai 50.');
    if (parsed.reason === 'negative') add(field, 'Työaikaosuus ei voi olla negatiivinen.');
    return null;
  }
  if (parsed.hundredths > 100 * 100) {
    add(field, 'Työaikaosuus voi olla enintään 100 %.');
    return null;
  }
  askIfFraction(text, parsed.hundredths, field, 'Työaikaosuus', add);
  return parsed.hundredths;
}

/**
 * The row's months and cents per project year. Automatic: in proportion to the project
 * months of each year. With the user's own split (monthsByYear): in proportion to it, and
 * a problem when it does not add up to the row's months. Cents always add up to the row total.
 */
function splitByYear(
  row: StaffRow,
  months: number | null,
  totalCents: Cents,
  period: readonly PeriodYear[],
  field: StaffFieldPath,
  add: AddProblem,
): StaffLineResult['byYear'] {
  if (period.length === 0) return [];
  const own = ownSplit(row, period, field, add);
  if (own === null) {
    const monthsByYear = allocate(
      months ?? 0,
      period.map((y) => y.months),
    );
    const cents = allocate(
      totalCents,
      period.map((y) => y.months),
    );
    return period.map((y, i) => ({ year: y.year, months: (monthsByYear[i] ?? 0) / 100, cents: cents[i] ?? 0 }));
  }
  const split = sum(own);
  if (months !== null && split !== months) {
    const difference = Math.abs(split - months);
    add(
      field,
      `Kuukaudet vuosittain: vuosille on jaettu ${formatNumber(split)} kk, mutta rivillä on ${formatNumber(months)} kk ` +
        `(${formatNumber(difference)} kk ${split < months ? 'puuttuu' : 'liikaa'}). Korjaa jako tai kuukausien määrä.`,
    );
  }
  const cents = allocate(totalCents, own);
  return period.map((y, i) => ({ year: y.year, months: (own[i] ?? 0) / 100, cents: cents[i] ?? 0 }));
}

/**
 * The user's months per project year in hundredths, or null when there is no usable split
 * (nothing entered, or every entry zero). Years outside the period are flagged and ignored.
 */
function ownSplit(row: StaffRow, period: readonly PeriodYear[], field: StaffFieldPath, add: AddProblem): number[] | null {
  const entries = Object.entries(row.monthsByYear).filter(([, text]) => text.trim() !== '');
  if (entries.length === 0) return null;
  const first = period[0]?.year;
  const last = period[period.length - 1]?.year;
  for (const [year] of entries) {
    if (!period.some((y) => String(y.year) === year)) {
      add(`${field}.${year}`, `Vuosi ${year} ei kuulu hankkeen aikaan (${first}–${last}): siirrä kuukaudet hankkeen vuosille.`);
    }
  }
  const own = period.map(({ year, months: available }) => {
    const text = row.monthsByYear[String(year)] ?? '';
    const parsed = parseNumber(text);
    const yearField: StaffFieldPath = `${field}.${year}`;
    if (!parsed.ok) {
      if (parsed.reason === 'invalid') add(yearField, `Vuoden ${year} kuukaudet: kirjoita määrä numerona, esimerkiksi 6 tai 4,5.`);
      if (parsed.reason === 'negative') add(yearField, `Vuoden ${year} kuukausien määrä ei voi olla negatiivinen.`);
      return 0;
    }
    if (parsed.hundredths > available * 100) {
      add(yearField, `Vuoden ${year} kuukaudet: hankkeessa on sinä vuonna vain ${available} kuukautta, tarkista määrä.`);
    }
    return parsed.hundredths;
  });
  return own.every((h) => h === 0) ? null : own;
}

/** Staff, flat rate and total per year; the flat rate is split in proportion to staff costs. */
function yearTotals(staff: readonly StaffLineResult[], flatRateCents: Cents, period: readonly PeriodYear[]): YearTotals[] {
  const staffByYear = period.map((_, i) => sum(staff.map((line) => line.byYear[i]?.cents ?? 0)));
  const flatByYear = allocate(flatRateCents, staffByYear);
  return period.map((y, i) => {
    const staffCents = staffByYear[i] ?? 0;
    const flat = flatByYear[i] ?? 0;
    return { year: y.year, staffCents, flatRateCents: flat, totalCents: staffCents + flat };
  });
}

/** The lump sum spread over the project years in proportion to their months. */
function lumpSumYears(totalCents: Cents, period: readonly PeriodYear[]): YearTotals[] {
  const cents = allocate(
    totalCents,
    period.map((y) => y.months),
  );
  return period.map((y, i) => ({ year: y.year, staffCents: 0, flatRateCents: 0, totalCents: cents[i] ?? 0 }));
}

/** One financing source in cents: euros as typed, or a percent of total eligible costs. */
function financingCents(
  id: (typeof FINANCING_SOURCES)[number]['id'],
  entry: FinancingEntry,
  totalCents: Cents,
  rules: BudgetRules,
  add: AddProblem,
): Cents {
  const field = financingField(id, 'amount');
  const label = labelOf(FINANCING_SOURCES, id);
  if (entry.unit === 'pct') {
    const parsed = parseNumber(entry.amount);
    if (!parsed.ok) {
      if (parsed.reason === 'invalid') add(field, `${label}: kirjoita osuus prosentteina, esimerkiksi 10 tai 2,5.`);
      if (parsed.reason === 'negative') add(field, `${label}: osuus ei voi olla negatiivinen.`);
      return 0;
    }
    if (parsed.hundredths > 100 * 100) {
      add(field, `${label}: osuus voi olla enintään 100 % kokonaiskustannuksista.`);
      return 0;
    }
    askIfFraction(entry.amount, parsed.hundredths, field, label, add);
    // A percent in hundredths is basis points: 2,5 % = 250 bp.
    return applyRate(totalCents, parsed.hundredths);
  }
  const parsed = parseMoney(entry.amount);
  if (!parsed.ok) {
    if (parsed.reason === 'invalid') add(field, `${label}: kirjoita summa euroina, esimerkiksi 5 000.`);
    if (parsed.reason === 'negative') add(field, `${label}: summa ei voi olla negatiivinen.`);
    return 0;
  }
  const max = rules.sanity.maxAmountCents.value;
  if (parsed.cents > max) {
    add(field, `${label}: summa on yli ${formatCents(max, { dropZeroCents: true })}, tarkista summa.`);
    return 0;
  }
  return parsed.cents;
}

/** Whether the sources cover the required self-financing, and by how much they miss or exceed. */
function coverage(sourcesCents: Cents, requiredCents: Cents): Coverage {
  if (sourcesCents < requiredCents) return { kind: 'short', differenceCents: requiredCents - sourcesCents };
  if (sourcesCents > requiredCents) return { kind: 'over', differenceCents: sourcesCents - requiredCents };
  return { kind: 'exact', differenceCents: 0 };
}

const NUMBER = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 2 });

/** Hundredths as a Finnish number for messages: 650 → "6,5". */
function formatNumber(hundredths: number): string {
  return NUMBER.format(hundredths / 100);
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
