/**
 * The wizard's ten steps, in the order of a funder's idea template: who applies, the project in
 * brief, need and target group, goals with the emphases they serve, actions, results and
 * continuity, partners, money, principles, check and export. Each step groups parts of the paper
 * (parts.ts); what counts as filled in is declared by each part (parts/<id>.ts), so progress and
 * the "still missing" list come from one place.
 * To add a step: add it here with its parts; a part's questions are drawn by the wizard
 * (ui/wizard/PartQuestions.tsx), and a part with a list or tables of its own gets a component in
 * ui/wizard/Wizard.tsx's PART_COMPONENTS.
 */
import type { Requirement } from './part-kit';
import { PARTS, partOfField, type PartId } from './parts';
import type { FieldRef } from './paths';
import type { Draft } from './schema';

export type { Requirement } from './part-kit';

export interface StepDefinition {
  readonly id: string;
  readonly title: string;
  /** One or two plain sentences on what the step is about. */
  readonly intro: string;
  /** The parts of the paper this step edits (parts.ts), in order. */
  readonly parts: readonly PartId[];
  /** What counts as filled in: the requirements of its parts, in order. */
  readonly requirements: readonly Requirement[];
}

/** A step of the parts it groups; its requirements are theirs. */
function step<const Id extends string, const P extends readonly PartId[]>(id: Id, title: string, intro: string, parts: P) {
  const requirements = parts.flatMap((id) => PARTS.find((p) => p.id === id)?.requirements ?? []);
  return { id, title, intro, parts, requirements };
}

export const STEPS = [
  step('hakija', 'Hakija', 'Kuka hakee rahoitusta ja kehen koordinaattori voi olla yhteydessä.', ['hakija']),
  step('hanke', 'Hanke lyhyesti', 'Hankkeen nimi, lyhyt kuvaus, alue ja kesto.', ['hanke']),
  step('tarve', 'Tarve ja kohderyhmä', 'Miksi hanketta tarvitaan, mistä sen tietää ja keitä hanke auttaa.', ['tarve', 'kohderyhma']),
  step('tavoitteet', 'Tavoitteet', 'Mitä hankkeella halutaan saada aikaan, ja mitä rahoituksen painotuksia se edistää.', [
    'tavoitteet',
    'painotukset',
  ]),
  step('toimenpiteet', 'Toimenpiteet', 'Mitä hankkeessa tehdään, milloin ja kuka tekee, miten siitä kerrotaan ja mikä voi mennä pieleen.', [
    'toimenpiteet',
    'viestinta',
    'riskit',
  ]),
  step(
    'tulokset',
    'Tulokset, mittarit ja jatkuvuus',
    'Mitä hankkeesta jää käteen, miten sen toteutumista seurataan ja miten toiminta jatkuu rahoituksen jälkeen.',
    ['tulokset'],
  ),
  step('kumppanit', 'Kumppanit', 'Kenen kanssa hanke tehdään.', ['kumppanit']),
  step(
    'talous',
    'Talous ja resurssit',
    'Henkilöstö, kustannusarvio ja omarahoitus, sekä vapaaehtoiset ja tilat. Sovellus laskee luvut ESR+-sääntöjen mukaan ja kertoo, mistä ne tulevat.',
    ['talous', 'resurssit'],
  ),
  step(
    'periaatteet',
    'Läpileikkaavat periaatteet',
    'Rahoittaja katsoo jokaisesta hankkeesta muutaman yhteisen asian. Kirjoita jokaisesta lyhyesti, miten ne näkyvät teidän hankkeessanne.',
    ['periaatteet'],
  ),
  step('tarkistus', 'Tarkista ja vie', 'Sopivuus ESR+ 4.3:een, koko ideapaperi yhdellä silmäyksellä ja PDF koordinaattorille.', [
    'tarkistus',
  ]),
] as const satisfies readonly StepDefinition[];

/** One step of the registry, with its literal id. */
export type Step = (typeof STEPS)[number];
export type StepId = Step['id'];

export interface StepProgress {
  readonly met: number;
  readonly total: number;
  readonly missing: readonly Requirement[];
}

/** How much of a step is filled in. */
export function stepProgress(step: StepDefinition, draft: Draft): StepProgress {
  const missing = step.requirements.filter((r) => !r.isMet(draft));
  return { met: step.requirements.length - missing.length, total: step.requirements.length, missing };
}

/** Step that holds a field (by the part that holds its top-level key); used to open the field from a link. */
export function stepOfField(field: FieldRef): StepId {
  const part = partOfField(field);
  const step = STEPS.find((s) => (s.parts as readonly PartId[]).includes(part));
  return step?.id ?? STEPS[0].id;
}

/** The step a part of the paper is edited in ('seuraavaksi' is its own view, after the steps). */
export function stepOfPart(part: PartId): StepId | undefined {
  return STEPS.find((s) => (s.parts as readonly PartId[]).includes(part))?.id;
}
