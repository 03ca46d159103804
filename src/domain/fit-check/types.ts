import type { FieldRef } from '../idea-paper/paths';
/**
 * Shapes of the ESR+ 4.3 fit check: findings, their levels and the funder-style groups
 * the view sorts them into.
 */

/** How serious a finding is: a blocker, something to fix, or a suggestion. */
export type FitLevel = 'este' | 'korjattavaa' | 'vinkki';

/** Levels from the most to the least serious; findings are sorted in this order. */
export const FIT_LEVELS = ['este', 'korjattavaa', 'vinkki'] as const satisfies readonly FitLevel[];

/** Finnish names of the levels for headings and counts. */
export const FIT_LEVEL_TITLES: Readonly<Record<FitLevel, string>> = {
  este: 'Este',
  korjattavaa: 'Korjattavaa',
  vinkki: 'Vinkki',
};

/** The funder's way of judging a project: the view groups findings by these. */
export type FitGroup = 'eligibility' | 'content' | 'chain' | 'money' | 'principles';

/** Groups in the order the view shows them (the order a funder reads an application). */
export const FIT_GROUPS = ['eligibility', 'content', 'chain', 'money', 'principles'] as const satisfies readonly FitGroup[];

/** Finnish titles of the groups. */
export const FIT_GROUP_TITLES: Readonly<Record<FitGroup, string>> = {
  eligibility: 'Kelpoisuus ja hakuehdot',
  content: 'Sisällön sopivuus',
  chain: 'Tavoitteet, toimenpiteet ja mittarit',
  money: 'Rahoitus',
  principles: 'Läpileikkaavat periaatteet',
};

/** One thing the check noticed, with the reason and the field to open. */
export interface FitFinding {
  /** Id of the rule that produced the finding (see rules.ts). */
  readonly ruleId: string;
  readonly level: FitLevel;
  readonly group: FitGroup;
  /** Short Finnish headline. */
  readonly title: string;
  /** Plain Finnish: why this matters to the funder. */
  readonly why: string;
  /** Plain Finnish: what to do about it. */
  readonly todo: string;
  /** Dotted path of the field to open, e.g. `actions.<id>.goalIds`. */
  readonly field: FieldRef;
}

/** Result of the whole check. */
export interface FitReport {
  /** Sorted: este, korjattavaa, vinkki; within a level in rule table order. */
  readonly findings: readonly FitFinding[];
  readonly counts: Readonly<Record<FitLevel, number>>;
  /** Finnish names of the essential parts still empty (see essentials.ts), in paper order. */
  readonly missing: readonly string[];
  /** True when nothing essential is missing and nothing blocks funding. */
  readonly ready: boolean;
  /** One Finnish line on whether the paper is ready for a talk with the funder. */
  readonly readinessText: string;
}
