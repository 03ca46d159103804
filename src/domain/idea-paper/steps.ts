/**
 * The wizard's steps in the order of the idea paper (and of the PDF). Each step declares
 * what counts as filled in, so progress and the "still missing" list come from one place.
 * To add a step: add it here, give its fields texts in fields.ts, and add a component
 * under src/ui/wizard/steps/ (see src/ui/wizard/README.md).
 */
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
  /** Top-level draft keys whose fields this step edits. */
  readonly sections: readonly string[];
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
    sections: ['applicant'],
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
    sections: ['project'],
    title: 'Hanke',
    intro: 'Hankkeen nimi, lyhyt kuvaus, aikataulu ja alue.',
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
    sections: ['need'],
    title: 'Tarve',
    intro: 'Miksi hanketta tarvitaan ja mistä sen tietää.',
    requirements: [
      req('need.problem', (d) => filled(d.need.problem)),
      req('need.evidence', (d) => filled(d.need.evidence)),
      req('need.participation', (d) => filled(d.need.participation)),
    ],
  },
  {
    id: 'kohderyhma',
    sections: ['targetGroup'],
    title: 'Kohderyhmä',
    intro: 'Keitä hanke auttaa ja miten heidät tavoitetaan.',
    requirements: [
      req('targetGroup.groups', (d) => d.targetGroup.groups.length > 0 || filled(d.targetGroup.otherGroups)),
      req('targetGroup.participantCount', (d) => filled(d.targetGroup.participantCount)),
      req('targetGroup.reach', (d) => filled(d.targetGroup.reach)),
      req('targetGroup.secondaryGroups', (d) => filled(d.targetGroup.secondaryGroups)),
    ],
  },
  {
    id: 'tavoitteet',
    sections: ['mainGoal', 'subGoals'],
    title: 'Tavoitteet',
    intro: 'Mitä hankkeella halutaan saada aikaan: yksi päätavoite ja sitä tukevat osatavoitteet.',
    requirements: [
      req('mainGoal', (d) => filled(d.mainGoal)),
      req('subGoals', (d) => d.subGoals.some((g) => filled(g.text)), 'Vähintään yksi osatavoite'),
    ],
  },
  {
    id: 'toimenpiteet',
    sections: ['actions'],
    title: 'Toimenpiteet',
    intro: 'Mitä hankkeessa tehdään, milloin ja kuka tekee. Jokainen toimenpide liittyy tavoitteeseen.',
    requirements: [
      req('actions', (d) => d.actions.length > 0, 'Vähintään yksi toimenpide'),
      req(
        'actions',
        (d) => d.actions.length > 0 && d.actions.every((a) => a.goalIds.length > 0),
        'Jokainen toimenpide on liitetty tavoitteeseen',
      ),
    ],
  },
  {
    id: 'tulokset',
    sections: ['results', 'indicators'],
    title: 'Tulokset ja mittarit',
    intro: 'Mitä hankkeesta jää käteen ja miten tavoitteiden toteutumista seurataan.',
    requirements: [
      req('results.expected', (d) => filled(d.results.expected)),
      req('indicators', (d) => d.indicators.length > 0, 'Vähintään yksi mittari'),
    ],
  },
  {
    id: 'kumppanit',
    sections: ['partners'],
    title: 'Kumppanit',
    intro: 'Kenen kanssa hanke tehdään.',
    requirements: [req('partners', (d) => d.partners.length > 0, 'Vähintään yksi kumppani')],
  },
  {
    id: 'resurssit',
    sections: ['resources'],
    title: 'Resurssit',
    intro: 'Ihmiset, tilat ja raha, joilla hanke toteutetaan.',
    requirements: [
      req('resources.staff', (d) => filled(d.resources.staff)),
      req('resources.volunteers', (d) => filled(d.resources.volunteers)),
      req('resources.premises', (d) => filled(d.resources.premises)),
      req('resources.selfFinancing', (d) => filled(d.resources.selfFinancing)),
    ],
  },
  {
    id: 'riskit',
    sections: ['risks'],
    title: 'Riskit',
    intro: 'Mikä voi mennä pieleen ja miten siihen varaudutaan.',
    requirements: [
      req('risks', (d) => d.risks.length > 0, 'Vähintään yksi riski'),
      req('risks', (d) => d.risks.every((r) => filled(r.mitigation)), 'Jokaiselle riskille varautumiskeino'),
    ],
  },
  {
    id: 'viestinta',
    sections: ['communication'],
    title: 'Viestintä',
    intro: 'Miten hankkeesta kerrotaan.',
    requirements: [req('communication', (d) => filled(d.communication))],
  },
  {
    id: 'periaatteet',
    sections: ['principles'],
    title: 'Läpileikkaavat periaatteet',
    intro:
      'Rahoittaja katsoo jokaisesta hankkeesta muutaman yhteisen asian. Kirjoita jokaisesta lyhyesti, miten ne näkyvät teidän hankkeessanne.',
    requirements: PRINCIPLES.map((p) => req(`principles.${p.id}` as TextedPath, (d) => filled(d.principles[p.id] ?? ''))),
  },
  {
    id: 'talous',
    sections: ['budget'],
    title: 'Talous',
    intro: 'Alustava kustannusarvio ja rahoitussuunnitelma. Sovellus laskee luvut ESR+-sääntöjen mukaan ja kertoo, mistä ne tulevat.',
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
    ],
  },
  {
    id: 'sopivuus',
    sections: ['fit'],
    title: 'Sopivuus',
    intro:
      'Miten hanke sopii ESR+-erityistavoitteeseen 4.3 ja kansalaistoimijalähtöisen kehittämisen linjaan. Tarkistus kertoo, mitä vielä kannattaa korjata.',
    requirements: [
      req('fit.emphases', (d) => Object.values(d.fit.emphases).some((t) => t.selected), 'Vähintään yksi painotettava sisältö'),
      req('fit.objectives', (d) => Object.values(d.fit.objectives).some((t) => t.selected), 'Vähintään yksi toimintalinjan tavoite'),
      req(
        'fit.emphases',
        (d) => [...Object.values(d.fit.emphases), ...Object.values(d.fit.objectives)].every((t) => !t.selected || filled(t.how)),
        'Jokaiselle valinnalle perustelu',
      ),
    ],
  },
  {
    id: 'yhteenveto',
    sections: [],
    title: 'Yhteenveto',
    intro: 'Koko ideapaperi yhdellä sivulla ja lista siitä, mitä vielä puuttuu.',
    requirements: [],
  },
  {
    id: 'seuraavaksi',
    sections: ['nextSteps', 'letters'],
    title: 'Mitä seuraavaksi?',
    intro:
      'Ideapaperin jälkeen on vielä muutama vaihe ennen kuin hanke alkaa. Merkitse tehdyt vaiheet ja päivämäärät, ja tee kumppaneille aiesopimukset.',
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

/** Step that holds a field (by its path prefix); used to open the field from a link. */
export function stepOfField(field: FieldRef): StepId {
  const section = field.split('.')[0] ?? '';
  const step = STEPS.find((s) => (s.sections as readonly string[]).includes(section));
  return step?.id ?? STEPS[0].id;
}
