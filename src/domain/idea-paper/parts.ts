/**
 * The parts of the idea paper: what a coordinator comments beside, what the summary and the PDF
 * show as sections, and what the "changed since the coordinator's version" fingerprints cover.
 * A step of the wizard edits one or more parts (steps.ts). Part ids are stored in comments and
 * fingerprints, so they are stable Finnish data slugs (the v4 migration moved 'sopivuus' to
 * 'painotukset').
 */
import type { FieldRef } from './paths';

export interface PartDefinition {
  readonly id: string;
  readonly title: string;
  /** Top-level draft keys whose content belongs to this part. */
  readonly holds: readonly string[];
}

export const PARTS = [
  { id: 'hakija', title: 'Hakija', holds: ['applicant'] },
  { id: 'hanke', title: 'Hanke lyhyesti', holds: ['project'] },
  { id: 'tarve', title: 'Tarve ja tausta', holds: ['need'] },
  { id: 'kohderyhma', title: 'Kohderyhmä', holds: ['targetGroup'] },
  { id: 'tavoitteet', title: 'Tavoitteet', holds: ['mainGoal', 'subGoals'] },
  { id: 'painotukset', title: 'Painotukset', holds: ['fit'] },
  { id: 'toimenpiteet', title: 'Toimenpiteet', holds: ['actions'] },
  { id: 'viestinta', title: 'Viestintä', holds: ['communication'] },
  { id: 'riskit', title: 'Riskit', holds: ['risks'] },
  { id: 'tulokset', title: 'Tulokset, mittarit ja jatkuvuus', holds: ['results', 'indicators'] },
  { id: 'kumppanit', title: 'Toteuttajat ja kumppanit', holds: ['partners'] },
  { id: 'talous', title: 'Kustannukset ja omarahoitus', holds: ['budget'] },
  { id: 'resurssit', title: 'Vapaaehtoiset ja tilat', holds: ['resources'] },
  { id: 'periaatteet', title: 'Läpileikkaavat periaatteet', holds: ['principles'] },
  { id: 'tarkistus', title: 'Tarkista ja vie', holds: [] },
  { id: 'seuraavaksi', title: 'Mitä seuraavaksi?', holds: ['nextSteps', 'letters'] },
] as const satisfies readonly PartDefinition[];

export type Part = (typeof PARTS)[number];
export type PartId = Part['id'];

/** The part that holds a field (by its top-level key); the first part when none does. */
export function partOfField(field: FieldRef | string): PartId {
  const key = field.split('.')[0] ?? '';
  return (PARTS.find((p) => (p.holds as readonly string[]).includes(key)) ?? PARTS[0]).id;
}

/** Title of a part, or the id itself for an unknown one (an old file's comment). */
export function partTitle(id: string): string {
  return PARTS.find((p) => p.id === id)?.title ?? id;
}
