/**
 * What every fit rule is made of: the context it looks at, its row in the rule table, and the
 * builders that keep a finding's id, level and group the rule's own.
 */
import type { BudgetRules } from '../budget/rules/types';
import type { BudgetSummary } from '../budget/types';
import type { Draft } from '../idea-paper/schema';
import type { FitConfig } from './config';
import { PAPER_ESSENTIALS } from './essentials';
import type { FitFinding, FitGroup, FitLevel } from './types';

/** What a rule looks at. */
export interface FitContext {
  readonly draft: Draft;
  readonly budget: BudgetSummary;
  readonly config: FitConfig;
  readonly rules: BudgetRules;
}

/** One row of the rule table. */
export interface FitRule {
  readonly id: string;
  readonly level: FitLevel;
  readonly group: FitGroup;
  readonly check: (ctx: FitContext) => FitFinding[];
}

export type FindingText = Pick<FitFinding, 'title' | 'why' | 'todo' | 'field'>;

/** The finding of an essential part of the paper when it is missing (see essentials.ts). */
export function essentialRule(ruleId: string): FitRule {
  const e = PAPER_ESSENTIALS.find((x) => x.ruleId === ruleId);
  if (!e) throw new Error(`Unknown essential part: ${ruleId}`);
  return defineRule(e.ruleId, e.level, e.group, ({ draft, budget }) =>
    e.present(draft, budget) ? [] : [{ title: e.title, why: e.why, todo: e.todo, field: e.field }],
  );
}

/** Builds a rule whose findings all carry its id, level and group (they cannot drift apart). */
export function defineRule(id: string, level: FitLevel, group: FitGroup, find: (ctx: FitContext) => FindingText[]): FitRule {
  return { id, level, group, check: (ctx) => find(ctx).map((t) => ({ ruleId: id, level, group, ...t })) };
}
