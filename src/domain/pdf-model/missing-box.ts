/**
 * "Vielä puuttuu": the answers a coordinator expects that are still empty, named once in a
 * short box on page 1 instead of an "Ei vielä täytetty" line in every section. Optional
 * questions (secondary groups, the staff note, …) are not listed: leaving them out is fine.
 */
import type { BudgetSummary } from '../budget/types';
import { fieldName, type FieldKey } from '../idea-paper/fields';
import { filled } from '../fit-check/rule-helpers';
import { PRINCIPLES } from '../idea-paper/options';
import { partTitle } from '../idea-paper/parts';
import type { Draft } from '../idea-paper/schema';
import type { PdfBlock } from './model';

export const MISSING_TITLE = 'Vielä puuttuu';

interface Expected {
  readonly part: Parameters<typeof partTitle>[0];
  readonly name: string;
  readonly present: (d: Draft, b: BudgetSummary) => boolean;
}

const field = (part: Expected['part'], key: FieldKey, get: (d: Draft) => string): Expected => ({
  part,
  name: fieldName(key),
  present: (d) => filled(get(d)),
});

/** The expected answers, in the paper's order. */
const EXPECTED: readonly Expected[] = [
  field('hakija', 'applicant.name', (d) => d.applicant.name),
  field('hakija', 'applicant.legalForm', (d) => d.applicant.legalForm),
  field('hakija', 'applicant.businessId', (d) => d.applicant.businessId),
  field('hakija', 'applicant.contactPerson', (d) => d.applicant.contactPerson),
  { part: 'hakija', name: 'Sähköposti tai puhelin', present: (d) => filled(d.applicant.email) || filled(d.applicant.phone) },
  field('hanke', 'project.name', (d) => d.project.name),
  field('hanke', 'project.summary', (d) => d.project.summary),
  { part: 'hanke', name: 'Kesto', present: (d) => filled(d.project.startMonth) && filled(d.project.endMonth) },
  { part: 'hanke', name: 'Maakunnat', present: (d) => d.project.regions.length > 0 },
  field('tarve', 'need.problem', (d) => d.need.problem),
  field('tarve', 'need.evidence', (d) => d.need.evidence),
  { part: 'kohderyhma', name: 'Kohderyhmät', present: (d) => d.targetGroup.groups.length > 0 || filled(d.targetGroup.otherGroups) },
  field('kohderyhma', 'targetGroup.participantCount', (d) => d.targetGroup.participantCount),
  field('kohderyhma', 'targetGroup.reach', (d) => d.targetGroup.reach),
  field('tavoitteet', 'mainGoal', (d) => d.mainGoal),
  { part: 'toimenpiteet', name: 'Toimenpiteet', present: (d) => d.actions.some((a) => filled(a.title) || filled(a.description)) },
  field('viestinta', 'communication', (d) => d.communication),
  { part: 'kumppanit', name: 'Kumppanit', present: (d) => d.partners.some((p) => filled(p.name)) },
  field('tulokset', 'results.expected', (d) => d.results.expected),
  { part: 'tulokset', name: 'Mittarit', present: (d) => d.indicators.some((i) => filled(i.name)) },
  field('tulokset', 'results.continuity', (d) => d.results.continuity),
  { part: 'talous', name: 'Talousarvio', present: (_d, b) => b.hasBudget || b.costModel === 'lumpSum' },
  { part: 'talous', name: 'Omarahoituksen lähteet', present: (_d, b) => b.costModel === 'lumpSum' || b.sourcesTotalCents > 0 },
  ...PRINCIPLES.map((p): Expected => ({ part: 'periaatteet', name: p.label, present: (d) => filled(d.principles[p.id] ?? '') })),
  { part: 'riskit', name: 'Riskit', present: (d) => d.risks.some((r) => filled(r.risk)) },
];

/** What is still missing, one line per part: "Tarve ja tausta: Mistä tarve tiedetään". */
export function missingLines(draft: Draft, budget: BudgetSummary): string[] {
  const byPart = new Map<string, string[]>();
  for (const e of EXPECTED) {
    if (e.present(draft, budget)) continue;
    const title = partTitle(e.part);
    byPart.set(title, [...(byPart.get(title) ?? []), e.name]);
  }
  return [...byPart].map(([title, names]) => `${title}: ${names.join(', ')}`);
}

/** The box, or nothing when every expected answer is there. */
export function missingBlocks(draft: Draft, budget: BudgetSummary): PdfBlock[] {
  const lines = missingLines(draft, budget);
  return lines.length ? [{ kind: 'notice', tone: 'attention', title: MISSING_TITLE, lines }] : [];
}
