/**
 * Shape of a budget rule set: every figure the calculation uses, each with where it comes
 * from, so a new call notice or a revised rate means a new dated rule set, not code edits.
 */

/** A rule value with its source; `date` is when the source set it (YYYY-MM-DD). */
export interface SourcedValue {
  readonly value: number;
  /** Where the value comes from (page title and address, or the seed document). */
  readonly source: string;
  readonly date?: string;
  /** Conditions or doubts the UI should be able to show next to the figure. */
  readonly note?: string;
}

/** A span of months a rule allows (YYYY-MM, both included), with its source. */
export interface SourcedPeriod {
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly source: string;
  readonly note?: string;
}

/** Limits that catch typing mistakes; they are not programme rules. */
export interface SanityLimits {
  /** Largest believable monthly gross salary, in cents. */
  readonly maxMonthlySalaryCents: SourcedValue;
  /** Most months a staff row or a project period may have. */
  readonly maxMonths: SourcedValue;
  /** Largest believable single financing amount, in cents. */
  readonly maxAmountCents: SourcedValue;
}

/** One dated, sourced set of money rules (rates in basis points: 8000 bp = 80 %). */
export interface BudgetRules {
  readonly id: string;
  /** Finnish name for the UI and the PDF. */
  readonly name: string;
  /** First day the whole set applies (YYYY-MM-DD). */
  readonly validFrom: string;
  /** Day the sources were last read (YYYY-MM-DD). */
  readonly reviewed: string;
  /** Aid (tuki) as a share of total eligible costs; the rest is self-financing. */
  readonly aidRateBp: SourcedValue;
  /** Flat rate for all other costs, as a share of eligible staff costs. */
  readonly flatRateBp: SourcedValue;
  /** Standard side costs on paid salary (statutory employer costs + holiday bonus). */
  readonly sideCostRateBp: SourcedValue;
  /** Largest advance as a share of the granted aid. */
  readonly advanceMaxBp: SourcedValue;
  /** Standard lump sum for planning and piloting an inclusion operating model, in cents. */
  readonly lumpSumCents: SourcedValue;
  /** Months in which the programme can pay for a project's costs. */
  readonly programmePeriod: SourcedPeriod;
  readonly sanity: SanityLimits;
}
