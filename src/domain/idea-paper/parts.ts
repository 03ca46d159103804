/**
 * The parts of the idea paper, in the wizard's order: what a coordinator comments beside, what
 * the summary and the PDF show as sections, and what the "changed since the coordinator's
 * version" fingerprints cover. Each part declares itself in parts/<id>.ts (fields, questions,
 * requirements, outline); a step of the wizard groups one or more parts (steps.ts). Part ids are
 * stored in comments and fingerprints, so they are stable Finnish data slugs (the v4 migration
 * moved 'sopivuus' to 'painotukset').
 */
import type { FieldRef } from './paths';
import { definePart } from './part-kit';
import { HAKIJA } from './parts/hakija';
import { HANKE } from './parts/hanke';
import { KOHDERYHMA } from './parts/kohderyhma';
import { KUMPPANIT } from './parts/kumppanit';
import { PAINOTUKSET } from './parts/painotukset';
import { PERIAATTEET } from './parts/periaatteet';
import { RESURSSIT } from './parts/resurssit';
import { RISKIT } from './parts/riskit';
import { TALOUS } from './parts/talous';
import { TARVE } from './parts/tarve';
import { TAVOITTEET } from './parts/tavoitteet';
import { TOIMENPITEET } from './parts/toimenpiteet';
import { TULOKSET } from './parts/tulokset';
import { VIESTINTA } from './parts/viestinta';

/** The check step: no fields of its own. */
const TARKISTUS = definePart({
  id: 'tarkistus',
  title: 'Tarkista ja vie',
  holds: [],
  fields: {},
  empty: {},
  questions: [{ kind: 'slot', id: 'check' }],
  outline: () => [],
});
/** "Mitä seuraavaksi?": the steps after the paper and the letters of intent, a view of its own. */
const SEURAAVAKSI = definePart({
  id: 'seuraavaksi',
  title: 'Mitä seuraavaksi?',
  holds: ['nextSteps', 'letters'],
  fields: {},
  empty: { nextSteps: {}, letters: {} },
  questions: [{ kind: 'slot', id: 'nextSteps' }],
  outline: () => [],
});

export const PARTS = [
  HAKIJA,
  HANKE,
  TARVE,
  KOHDERYHMA,
  TAVOITTEET,
  PAINOTUKSET,
  TOIMENPITEET,
  VIESTINTA,
  RISKIT,
  TULOKSET,
  KUMPPANIT,
  TALOUS,
  RESURSSIT,
  PERIAATTEET,
  TARKISTUS,
  SEURAAVAKSI,
] as const;

export type Part = (typeof PARTS)[number];
export type PartId = Part['id'];
/** A question of some part: its path has texts in that part's fields. */
export type PartQuestion = Part['questions'][number];

/** The part that holds a field (by its top-level key); the first part when none does. */
export function partOfField(field: FieldRef | string): PartId {
  const key = field.split('.')[0] ?? '';
  return (PARTS.find((p) => (p.holds as readonly string[]).includes(key)) ?? PARTS[0]).id;
}

/** Title of a part, or the id itself for an unknown one (an old file's comment). */
export function partTitle(id: string): string {
  return PARTS.find((p) => p.id === id)?.title ?? id;
}
