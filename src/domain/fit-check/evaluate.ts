/**
 * Runs the rule table over a draft and its budget and sums the findings up into a report.
 */
import { ESR_2021_2027 } from '../budget/rules/esr-2021-2027';
import type { BudgetRules } from '../budget/rules/types';
import type { BudgetSummary } from '../budget/types';
import type { Draft } from '../idea-paper/schema';
import { DEFAULT_FIT_CONFIG, type FitConfig } from './config';
import { missingEssentials, PAPER_ESSENTIALS } from './essentials';
import { FIT_RULES } from './rules';
import { FIT_GROUP_TITLES, FIT_GROUPS, FIT_LEVELS, type FitFinding, type FitGroup, type FitLevel, type FitReport } from './types';

/** The readiness line when nothing blocks a talk with the funder. */
export const READY_TEXT = 'Valmis keskusteluun rahoittajan kanssa';

const blockerWord = (n: number) => `${n} ${n === 1 ? 'este' : 'estettä'}`;

/**
 * The readiness line: what is still missing from the paper, by name, and then how many other
 * blockers there are ("Vielä puuttuu: tavoitteet, mittarit. Korjaa myös 1 este.").
 */
export function readinessText(missing: readonly string[], otherBlockers: number): string {
  if (missing.length > 0) {
    const line = `Vielä puuttuu: ${missing.join(', ')}`;
    return otherBlockers > 0 ? `${line}. Korjaa myös ${blockerWord(otherBlockers)}.` : line;
  }
  if (otherBlockers === 0) return READY_TEXT;
  return `Ennen rahoittajan kanssa keskustelua korjaa ${blockerWord(otherBlockers)}`;
}

const ESSENTIAL_IDS = new Set(PAPER_ESSENTIALS.map((e) => e.ruleId));

/** Checks how well a draft fits ESR+ 4.3; the budget summary comes from the budget module. */
export function evaluateFit(
  draft: Draft,
  budget: BudgetSummary,
  config: FitConfig = DEFAULT_FIT_CONFIG,
  rules: BudgetRules = ESR_2021_2027,
): FitReport {
  const ctx = { draft, budget, config, rules };
  // Rules run in table order; the stable sort below then keeps that order within a level.
  const found = FIT_RULES.flatMap((rule) => rule.check(ctx));
  const rank = (level: FitLevel) => FIT_LEVELS.indexOf(level);
  const findings = [...found].sort((a, b) => rank(a.level) - rank(b.level));
  const counts: Record<FitLevel, number> = { este: 0, korjattavaa: 0, vinkki: 0 };
  for (const f of findings) counts[f.level] += 1;
  const missing = missingEssentials(draft, budget);
  // A missing essential that is also a blocker (the budget) is named once, in the missing list.
  const otherBlockers = findings.filter((f) => f.level === 'este' && !ESSENTIAL_IDS.has(f.ruleId)).length;
  return {
    findings,
    counts,
    missing,
    ready: counts.este === 0 && missing.length === 0,
    readinessText: readinessText(missing, otherBlockers),
  };
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
