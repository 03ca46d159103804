/**
 * Reading a draft for the fit rules: text checks (word stems, measurable wording), goals with
 * text, the project length, and the sets of known option ids.
 */
import type { FieldRef } from '../idea-paper/paths';
import type { Cents } from '../budget/types';
import { LOI_STATUSES, REGIONS, TARGET_GROUPS } from '../idea-paper/options';
import { MAIN_GOAL_ID, type Draft } from '../idea-paper/schema';
import { MONTH } from '../idea-paper/validate';
import { formatCents } from '../money/cents';
import type { EmphasisId } from '../idea-paper/options';
import type { FitConfig } from './config';

export const filled = (s: string | undefined) => (s ?? '').trim().length > 0;

/** A short quotation of the user's text for titles, so a finding is recognisable. */
export function quote(s: string, max = 50): string {
  const t = s.trim().replace(/\s+/g, ' ');
  return `”${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

/** Cents as fi-FI euros in prose (`1 234 €`, `1 234,50 €`). */
export const euros = (cents: Cents) => formatCents(cents, { dropZeroCents: true });

export interface GoalRef {
  readonly id: string;
  readonly label: string;
  readonly text: string;
  readonly field: FieldRef;
}

/** Goals that have text: only those count as goals (an empty row is not a goal yet). */
export function goalsWithText(draft: Draft): GoalRef[] {
  const goals: GoalRef[] = [];
  if (filled(draft.mainGoal)) {
    goals.push({ id: MAIN_GOAL_ID, label: 'Päätavoite', text: draft.mainGoal, field: 'mainGoal' });
  }
  // Numbered over all sub-goals, as in the wizard's goal choices, so the numbers match.
  draft.subGoals.forEach((g, i) => {
    if (filled(g.text)) goals.push({ id: g.id, label: `Osatavoite ${i + 1}`, text: g.text, field: `subGoals.${g.id}.text` });
  });
  return goals;
}

export const WORD_CHAR = /[\p{L}\p{N}]/u;
export const WORD_TAIL = /^[\p{L}\p{N}-]*/u;

/**
 * The first word of `text` that starts with one of `stems` (lowercase), or null.
 * Matching at word starts keeps "monikulttuurinen" from counting as "kulttuuri".
 */
export function findStemWord(text: string, stems: readonly string[]): string | null {
  const lower = text.toLowerCase();
  for (const stem of stems) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(stem, from);
      if (at < 0) break;
      const before = at > 0 ? lower.charAt(at - 1) : '';
      if (before === '' || !WORD_CHAR.test(before)) {
        const rest = lower.slice(at + stem.length);
        return stem + (WORD_TAIL.exec(rest)?.[0] ?? '');
      }
      from = at + 1;
    }
  }
  return null;
}

/** True when a goal has a number, a percentage or a change word (config's markers). */
export function looksMeasurable(text: string, config: FitConfig): boolean {
  return /[\d%]/.test(text) || findStemWord(text, config.measurability.markers) !== null;
}

/** Free texts that describe the project's content; fit and principle texts are left out on purpose, as they name the emphases by design. */
export function contentTexts(draft: Draft): string[] {
  return [
    draft.project.name,
    draft.project.summary,
    draft.need.problem,
    draft.need.evidence,
    draft.need.participation,
    draft.targetGroup.otherGroups,
    draft.targetGroup.reach,
    draft.mainGoal,
    ...draft.subGoals.map((g) => g.text),
    ...draft.actions.flatMap((a) => [a.title, a.description]),
    draft.results.expected,
  ];
}

/** A month written as YYYY-MM; an empty or malformed month counts as not given. */
export const MONTH_SHAPE = MONTH;

/** "2029-12" as "12/2029", the way Finnish forms write a month. */
export const monthLabel = (month: string) => `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

/** Months from start to end, both included; null when a month is missing, malformed or reversed. */
export function projectMonths(draft: Draft): number | null {
  const { startMonth, endMonth } = draft.project;
  if (!MONTH.test(startMonth) || !MONTH.test(endMonth)) return null;
  const index = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const months = index(endMonth) - index(startMonth) + 1;
  // A reversed period is reported by the field validation; a length would only confuse.
  return months > 0 ? months : null;
}

export const AREA_NAMES = REGIONS.map((r) => r.label)
  .join(', ')
  .replace(/, ([^,]*)$/, ' ja $1');
export const KNOWN_REGIONS = new Set<string>(REGIONS.map((r) => r.id));
export const KNOWN_TARGET_GROUPS = new Set<string>(TARGET_GROUPS.map((g) => g.id));
export const LOI_IN_SIGHT = new Set<string>(LOI_STATUSES.filter((s) => s.id !== 'ei').map((s) => s.id));

/**
 * Emphases the association's own texts already touch (a keyword stem found), and not yet
 * chosen: the goals step marks them as suggestions and the fit check mentions them.
 */
export function suggestEmphases(draft: Draft, config: FitConfig): { id: EmphasisId; word: string }[] {
  const texts = contentTexts(draft).filter((t) => t.trim().length > 0);
  const out: { id: EmphasisId; word: string }[] = [];
  for (const [id, stems] of Object.entries(config.emphasisKeywords.stems) as [EmphasisId, readonly string[]][]) {
    if (draft.fit.emphases[id]?.selected) continue;
    for (const t of texts) {
      const word = findStemWord(t, stems);
      if (word) {
        out.push({ id, word });
        break;
      }
    }
  }
  return out;
}
