/**
 * Runs the rule table over a draft and its budget and sums the findings up into a report.
 */
import type { BudgetSummary } from '../budget/types';
import type { Draft } from '../idea-paper/schema';
import { DEFAULT_FIT_CONFIG, type FitConfig } from './config';
import { FIT_RULES } from './rules';
import { FIT_GROUP_TITLES, FIT_GROUPS, FIT_LEVELS, type FitFinding, type FitGroup, type FitLevel, type FitReport } from './types';

/** The readiness line when nothing blocks a talk with the funder. */
export const READY_TEXT = 'Valmis keskusteluun rahoittajan kanssa';

/** The readiness line for a number of blockers (Finnish: 1 este, 2 estettä). */
export function readinessText(blockers: number): string {
  if (blockers === 0) return READY_TEXT;
  return `Ennen rahoittajan kanssa keskustelua korjaa ${blockers} ${blockers === 1 ? 'este' : 'estettä'}`;
}

/** Checks how well a draft fits ESR+ 4.3; the budget summary comes from the budget module. */
export function evaluateFit(draft: Draft, budget: BudgetSummary, config: FitConfig = DEFAULT_FIT_CONFIG): FitReport {
  const ctx = { draft, budget, config };
  // Rules run in table order; the stable sort below then keeps that order within a level.
  const found = FIT_RULES.flatMap((rule) => rule.check(ctx));
  const rank = (level: FitLevel) => FIT_LEVELS.indexOf(level);
  const findings = [...found].sort((a, b) => rank(a.level) - rank(b.level));
  const counts: Record<FitLevel, number> = { este: 0, korjattavaa: 0, vinkki: 0 };
  for (const f of findings) counts[f.level] += 1;
  return { findings, counts, ready: counts.este === 0, readinessText: readinessText(counts.este) };
}

/** Findings of one group, for the view's sections. */
export interface FitGroupSection {
  readonly group: FitGroup;
  readonly title: string;
  readonly findings: readonly FitFinding[];
}

/** Findings grouped the way the funder judges, in FIT_GROUPS order; empty groups are kept so the view can say "kunnossa". */
export function groupFindings(findings: readonly FitFinding[]): FitGroupSection[] {
  return FIT_GROUPS.map((group) => ({
    group,
    title: FIT_GROUP_TITLES[group],
    findings: findings.filter((f) => f.group === group),
  }));
}

/**
 * Groups whose part of the paper is still empty: their view says "not filled in yet", never
 * "nothing to remark" (an empty plan must not look better than a half-done one).
 */
export function emptyGroups(draft: Draft): ReadonlySet<FitGroup> {
  const blank = (s: string) => s.trim() === '';
  const empty = new Set<FitGroup>();
  if (draft.applicant.legalForm === '' && blank(draft.applicant.name)) empty.add('eligibility');
  if (blank(draft.need.problem) && draft.targetGroup.groups.length === 0 && blank(draft.targetGroup.otherGroups)) empty.add('content');
  if (blank(draft.mainGoal) && draft.subGoals.length === 0 && draft.actions.length === 0 && draft.indicators.length === 0)
    empty.add('chain');
  if (draft.budget.costModel !== 'lumpSum' && draft.budget.staff.length === 0) empty.add('money');
  if (Object.values(draft.principles).every(blank)) empty.add('principles');
  return empty;
}
