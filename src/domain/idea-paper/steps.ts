/**
 * The wizard's ten steps, in the order of a funder's idea template: who applies, the project in
 * brief, need and target group, goals with the emphases they serve, actions, results and
 * continuity, partners, money, principles, check and export. Each step groups parts of the paper
 * (parts.ts) and declares what counts as filled in, so progress and the "still missing" list come
 * from one place.
 * To add a step: add it here, give its fields texts in fields.ts, and add a component
 * under src/ui/wizard/steps/ (see src/ui/wizard/README.md).
 */
import { partOfField, type PartId } from './parts';
import type { FieldRef, TextedPath } from './paths';
import { calculateBudget } from '../budget/calculate';
import { FIELDS } from './fields';
import { PRINCIPLES } from './options';
import type { Draft } from './schema';

export interface Requirement {
  /** Field the requirement opens when the user follows a "missing" link. */
  readonly field: FieldRef;
  readonly label: string;
  readonly isMet: (draft: Draft) => boolean;
}

export interface StepDefinition {
  readonly id: string;
  readonly title: string;
  /** One or two plain sentences on what the step is about. */
  readonly intro: string;
  /** The parts of the paper this step edits (parts.ts), in order. */
  readonly parts: readonly PartId[];
  readonly requirements: readonly Requirement[];
}

const filled = (s: string) => s.trim().length > 0;
const req = (field: TextedPath, isMet: (d: Draft) => boolean, label?: string): Requirement => ({
  field,
  label: label ?? FIELDS[field].label,
  isMet,
});

export const STEPS = [
  {
    id: 'hakija',
    parts: ['hakija'],
    title: 'Hakija',
    intro: 'Kuka hakee rahoitusta ja kehen koordinaattori voi olla yhteydessä.',
    requirements: [
      req('applicant.name', (d) => filled(d.applicant.name)),
      req('applicant.legalForm', (d) => d.applicant.legalForm !== ''),
      req('applicant.businessId', (d) => filled(d.applicant.businessId)),
      req('applicant.contactPerson', (d) => filled(d.applicant.contactPerson)),
      req('applicant.email', (d) => filled(d.applicant.email) || filled(d.applicant.phone), 'Sähköposti tai puhelin'),
      req('applicant.experience', (d) => filled(d.applicant.experience)),
    ],
  },
  {
    id: 'hanke',
    parts: ['hanke'],
    title: 'Hanke lyhyesti',
    intro: 'Hankkeen nimi, lyhyt kuvaus, alue ja kesto.',
    requirements: [
      req('project.name', (d) => filled(d.project.name)),
      req('project.summary', (d) => filled(d.project.summary)),
      req('project.startMonth', (d) => d.project.startMonth !== ''),
      req('project.endMonth', (d) => d.project.endMonth !== ''),
      req('project.regions', (d) => d.project.regions.length > 0),
      req('project.municipalities', (d) => filled(d.project.municipalities)),
    ],
  },
  {
    id: 'tarve',
    parts: ['tarve', 'kohderyhma'],
    title: 'Tarve ja kohderyhmä',
    intro: 'Miksi hanketta tarvitaan, mistä sen tietää ja keitä hanke auttaa.',
    requirements: [
      req('need.problem', (d) => filled(d.need.problem)),
      req('need.evidence', (d) => filled(d.need.evidence)),
      req('need.participation', (d) => filled(d.need.participation)),
      req('targetGroup.groups', (d) => d.targetGroup.groups.length > 0 || filled(d.targetGroup.otherGroups)),
      req('targetGroup.participantCount', (d) => filled(d.targetGroup.participantCount)),
      req('targetGroup.reach', (d) => filled(d.targetGroup.reach)),
      req('targetGroup.secondaryGroups', (d) => filled(d.targetGroup.secondaryGroups)),
    ],
  },
  {
    id: 'tavoitteet',
    parts: ['tavoitteet', 'painotukset'],
    title: 'Tavoitteet',
    intro: 'Mitä hankkeella halutaan saada aikaan, ja mitä rahoituksen painotuksia se edistää.',
    requirements: [
      req('mainGoal', (d) => filled(d.mainGoal)),
      req('subGoals', (d) => d.subGoals.some((g) => filled(g.text)), 'Vähintään yksi osatavoite'),
      req('fit.emphases', (d) => Object.values(d.fit.emphases).some((t) => t.selected), 'Vähintään yksi painotus'),
      req(
        'fit.emphases',
        (d) => [...Object.values(d.fit.emphases), ...Object.values(d.fit.objectives)].every((t) => !t.selected || filled(t.how)),
        'Jokaiselle valitulle painotukselle perustelu',
      ),
    ],
  },
  {
    id: 'toimenpiteet',
    parts: ['toimenpiteet', 'viestinta', 'riskit'],
    title: 'Toimenpiteet',
    intro: 'Mitä hankkeessa tehdään, milloin ja kuka tekee, miten siitä kerrotaan ja mikä voi mennä pieleen.',
    requirements: [
      req('actions', (d) => d.actions.length > 0, 'Vähintään yksi toimenpide'),
      req(
        'actions',
        (d) => d.actions.length > 0 && d.actions.every((a) => a.goalIds.length > 0),
        'Jokainen toimenpide on liitetty tavoitteeseen',
      ),
      req('communication', (d) => filled(d.communication)),
      req('risks', (d) => d.risks.length > 0, 'Vähintään yksi riski'),
      req('risks', (d) => d.risks.every((r) => filled(r.mitigation)), 'Jokaiselle riskille varautumiskeino'),
    ],
  },
  {
    id: 'tulokset',
    parts: ['tulokset'],
    title: 'Tulokset, mittarit ja jatkuvuus',
    intro: 'Mitä hankkeesta jää käteen, miten sen toteutumista seurataan ja miten toiminta jatkuu rahoituksen jälkeen.',
    requirements: [
      req('results.expected', (d) => filled(d.results.expected)),
      req('indicators', (d) => d.indicators.length > 0, 'Vähintään yksi mittari'),
      req('results.continuity', (d) => filled(d.results.continuity)),
    ],
  },
  {
    id: 'kumppanit',
    parts: ['kumppanit'],
    title: 'Kumppanit',
    intro: 'Kenen kanssa hanke tehdään.',
    requirements: [req('partners', (d) => d.partners.length > 0, 'Vähintään yksi kumppani')],
  },
  {
    id: 'talous',
    parts: ['talous', 'resurssit'],
    title: 'Talous ja resurssit',
    intro:
      'Henkilöstö, kustannusarvio ja omarahoitus, sekä vapaaehtoiset ja tilat. Sovellus laskee luvut ESR+-sääntöjen mukaan ja kertoo, mistä ne tulevat.',
    requirements: [
      req('budget.staff', (d) => calculateBudget(d).hasBudget, 'Vähintään yksi henkilöstörivi summineen (tai kertakorvaus)'),
      req(
        'budget.financing',
        (d) => {
          const b = calculateBudget(d);
          return b.hasBudget && b.coverage.kind !== 'short';
        },
        'Omarahoituksen lähteet kattavat omarahoitusosuuden',
      ),
      req('resources.volunteers', (d) => filled(d.resources.volunteers)),
      req('resources.premises', (d) => filled(d.resources.premises)),
    ],
  },
  {
    id: 'periaatteet',
    parts: ['periaatteet'],
    title: 'Läpileikkaavat periaatteet',
    intro:
      'Rahoittaja katsoo jokaisesta hankkeesta muutaman yhteisen asian. Kirjoita jokaisesta lyhyesti, miten ne näkyvät teidän hankkeessanne.',
    requirements: PRINCIPLES.map((p) => req(`principles.${p.id}` as TextedPath, (d) => filled(d.principles[p.id] ?? ''))),
  },
  {
    id: 'tarkistus',
    parts: ['tarkistus'],
    title: 'Tarkista ja vie',
    intro: 'Sopivuus ESR+ 4.3:een, koko ideapaperi yhdellä silmäyksellä ja PDF koordinaattorille.',
    requirements: [],
  },
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
