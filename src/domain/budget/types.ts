/**
 * Results of the budget calculation (see calculate.ts). Shared by the budget step, the
 * fit check and the PDF model. All money is integer cents.
 */
import type { FieldRef } from '../idea-paper/paths';
import type { CostModel, FinancingSourceId } from '../idea-paper/options';

/** Money in integer euro cents. */
export type Cents = number;

/** A problem in what the user typed, at a field path like `budget.staff.<id>.monthlySalary`. */
export interface BudgetProblem {
  readonly field: FieldRef;
  readonly message: string;
  /** A likely meaning the user can accept with one tap ("Tarkoititko 60 %?"). */
  readonly fix?: { readonly label: string; readonly value: string };
}

export interface StaffLineResult {
  readonly id: string;
  readonly role: string;
  /** Parsed inputs; null when empty or invalid (see problems). */
  readonly monthlySalaryCents: Cents | null;
  readonly months: number | null;
  readonly sharePercent: number | null;
  /** Salary paid for the project: monthly salary × months × share. */
  readonly paidSalaryCents: Cents;
  /** Standard side costs on the paid salary (rule set's side-cost rate). */
  readonly sideCostsCents: Cents;
  /** paidSalary + sideCosts. */
  readonly totalCents: Cents;
  /** The line's months and cost per calendar year of the project period. */
  readonly byYear: readonly { readonly year: number; readonly months: number; readonly cents: Cents }[];
}

export interface YearTotals {
  readonly year: number;
  readonly staffCents: Cents;
  readonly flatRateCents: Cents;
  readonly totalCents: Cents;
}

export type Coverage =
  | { readonly kind: 'short'; readonly differenceCents: Cents }
  | { readonly kind: 'exact'; readonly differenceCents: 0 }
  | { readonly kind: 'over'; readonly differenceCents: Cents };

export interface BudgetSummary {
  readonly costModel: CostModel;
  readonly staff: readonly StaffLineResult[];
  readonly staffCostsCents: Cents;
  /** Other costs covered by the flat rate (40 % of staff costs); 0 for the lump sum. */
  readonly flatRateCents: Cents;
  /** Total eligible costs (staff + flat rate, or the lump sum). */
  readonly totalCents: Cents;
  readonly years: readonly YearTotals[];
  /** Aid (tuki) = total × aid rate; aid + selfFinancingRequired = total exactly. */
  readonly aidCents: Cents;
  readonly selfFinancingRequiredCents: Cents;
  readonly sources: readonly { readonly id: FinancingSourceId; readonly cents: Cents }[];
  readonly sourcesTotalCents: Cents;
  readonly coverage: Coverage;
  /** Largest possible advance (30 % of aid). */
  readonly maxAdvanceCents: Cents;
  /** True when there is something to fund: staff costs above zero, or the lump sum model. */
  readonly hasBudget: boolean;
  readonly problems: readonly BudgetProblem[];
}
