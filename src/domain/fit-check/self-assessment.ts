/**
 * The optional self-assessment: the association scores its own idea against criteria shaped
 * like the funder's scored ones (content 0–5, horizontal 0–3, domain README §7). The exact
 * 4.3 criteria are set in each call notice, so the labels here are the app's own summary.
 */
import type { Fit } from '../idea-paper/schema';

/** Kind of a scored criterion: content criteria score 0–5, horizontal ones 0–3. */
export type SelfAssessmentKind = 'content' | 'horizontal';

/** One criterion the association may score itself on. */
export interface SelfAssessmentCriterion {
  /** Key in draft.fit.selfAssessment; stable, as it is stored. */
  readonly id: string;
  readonly kind: SelfAssessmentKind;
  readonly label: string;
  /** Highest score (5 for content, 3 for horizontal). */
  readonly max: number;
  /** One line on what to think about when scoring. */
  readonly hint: string;
}

/** Finnish titles of the criterion kinds. */
export const SELF_ASSESSMENT_KIND_TITLES: Readonly<Record<SelfAssessmentKind, string>> = {
  content: 'Sisällölliset kriteerit (0–5)',
  horizontal: 'Horisontaaliset kriteerit (0–3)',
};

/** The criteria of the self-assessment, content first. */
export const SELF_ASSESSMENT_CRITERIA = [
  {
    id: 'sisalto-sopivuus',
    kind: 'content',
    label: 'Sopivuus erityistavoitteeseen 4.3 ja linjan tavoitteisiin',
    max: 5,
    hint: 'Edistääkö hanke selvästi yhdenvertaista osallisuutta ja osuuko se linjan painotuksiin?',
  },
  {
    id: 'sisalto-tarve',
    kind: 'content',
    label: 'Tarve ja kohderyhmä',
    max: 5,
    hint: 'Onko tarve osoitettu ja tavoittaako hanke heikommassa asemassa olevia ihmisiä?',
  },
  {
    id: 'sisalto-toteutettavuus',
    kind: 'content',
    label: 'Toteutettavuus ja resurssit',
    max: 5,
    hint: 'Riittävätkö ihmiset, aika, tilat ja raha siihen, mitä hankkeessa luvataan?',
  },
  {
    id: 'sisalto-tulokset',
    kind: 'content',
    label: 'Tulokset ja mittarit',
    max: 5,
    hint: 'Onko jokaisella tavoitteella mittari, ja jääkö hankkeesta jotain pysyvää?',
  },
  {
    id: 'sisalto-kumppanuudet',
    kind: 'content',
    label: 'Kumppanuudet ja yhteistyö',
    max: 5,
    hint: 'Ovatko kumppanit oikeasti mukana, esimerkiksi aiesopimuksella?',
  },
  {
    id: 'horisontaali-yhdenvertaisuus',
    kind: 'horizontal',
    label: 'Yhdenvertaisuus, syrjimättömyys ja saavutettavuus',
    max: 3,
    hint: 'Pääsevätkö kaikki mukaan iästä, terveydestä, kielestä tai varallisuudesta riippumatta?',
  },
  {
    id: 'horisontaali-tasa-arvo',
    kind: 'horizontal',
    label: 'Sukupuolten tasa-arvo',
    max: 3,
    hint: 'Onko mietitty, miten eri sukupuolet tavoitetaan ja voivat osallistua?',
  },
  {
    id: 'horisontaali-kestava-kehitys',
    kind: 'horizontal',
    label: 'Kestävä kehitys',
    max: 3,
    hint: 'Ottaako hanke huomioon ympäristön ja ilmaston, esimerkiksi liikkumisessa ja hankinnoissa?',
  },
] as const satisfies readonly SelfAssessmentCriterion[];

/** A criterion's stored id (a key of draft.fit.selfAssessment). */
export type SelfAssessmentId = (typeof SELF_ASSESSMENT_CRITERIA)[number]['id'];

/** Shown with the self-assessment wherever it appears (view and PDF). */
export const SELF_ASSESSMENT_NOTE =
  'Tämä on yhdistyksen oma arvio. Se ei ole rahoittajan pisteytys eikä lupaus rahoituksesta. Rahoittaja arvioi hakemuksen hakuilmoituksessa kerrotuilla perusteilla, ja ne voivat poiketa tästä listasta. Arvion tarkoitus on auttaa huomaamaan, mitä ideapaperissa kannattaa vielä vahvistaa.';

/** Totals of the self-assessment. */
export interface SelfAssessmentSummary {
  /** How many criteria have a score. */
  readonly scored: number;
  /** Number of criteria in the list. */
  readonly criteria: number;
  /** Sum of the scores given. */
  readonly total: number;
  /** Highest possible sum over all criteria. */
  readonly maxTotal: number;
}

/** Sums the scores; unknown ids are ignored and a score above a criterion's max counts as the max (the schema allows 0–5 for all). */
export function summariseSelfAssessment(fit: Fit): SelfAssessmentSummary {
  let scored = 0;
  let total = 0;
  let maxTotal = 0;
  for (const c of SELF_ASSESSMENT_CRITERIA) {
    maxTotal += c.max;
    const score = fit.selfAssessment[c.id];
    if (typeof score !== 'number') continue;
    scored += 1;
    total += Math.min(Math.max(score, 0), c.max);
  }
  return { scored, criteria: SELF_ASSESSMENT_CRITERIA.length, total, maxTotal };
}
