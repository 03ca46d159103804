/**
 * Fixed choice lists of the idea paper: regions, target groups, emphases and principles of the
 * programme line, and the legal forms that may apply.
 * Ids are stable (they are stored in drafts; the schema checks them from option-ids.ts); labels
 * are the Finnish UI text.
 */

export interface Option<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

import type { COST_MODEL_IDS, LEGAL_FORM_IDS, LOI_STATUS_IDS, PARTICIPANT_DATA_IDS, PRINCIPLE_IDS, RISK_LEVEL_IDS } from './option-ids';

/** Legal forms; `eligible` follows the programme's applicant rules (domain §4). */
export const LEGAL_FORMS = [
  { id: 'ry', label: 'Rekisteröity yhdistys (ry)', eligible: true },
  { id: 'saatio', label: 'Säätiö', eligible: true },
  { id: 'osuuskunta', label: 'Osuuskunta', eligible: true },
  { id: 'oy', label: 'Osakeyhtiö', eligible: true },
  { id: 'kunta', label: 'Kunta tai kuntayhtymä', eligible: true },
  { id: 'hyvinvointialue', label: 'Hyvinvointialue', eligible: true },
  { id: 'seurakunta', label: 'Seurakunta', eligible: true },
  { id: 'valtio', label: 'Valtion virasto tai laitos', eligible: true },
  { id: 'rekisteroimaton', label: 'Rekisteröimätön yhdistys', eligible: false },
  { id: 'toiminimi', label: 'Toiminimi (yksityinen elinkeinonharjoittaja)', eligible: false },
  { id: 'muu', label: 'Muu', eligible: true },
] as const;
export type LegalFormId = (typeof LEGAL_FORMS)[number]['id'];

/** Public-law applicants get an advance only for a special reason (domain §5). */
export const PUBLIC_LAW_FORMS: readonly LegalFormId[] = ['kunta', 'hyvinvointialue', 'seurakunta', 'valtio'];

/** The three provinces the line serves (domain §1). */
export const REGIONS = [
  { id: 'pohjois-savo', label: 'Pohjois-Savo' },
  { id: 'etela-savo', label: 'Etelä-Savo' },
  { id: 'pohjois-karjala', label: 'Pohjois-Karjala' },
] as const satisfies readonly Option[];

/** Target groups in a vulnerable position (domain §3). */
export const TARGET_GROUPS = [
  { id: 'nuoret', label: 'Nuoret' },
  { id: 'nivelvaihe', label: 'Nivel- ja riskivaiheessa olevat' },
  { id: 'pitkaaikaistyottomat', label: 'Pitkäaikais- ja toistuvaistyöttömät' },
  { id: 'heikko-tyomarkkina', label: 'Heikoimmassa työmarkkina-asemassa olevat' },
  { id: 'osatyokykyiset', label: 'Osatyökykyiset ja työ- tai toimintakyvyltään heikentyneet' },
  { id: 'vammaiset', label: 'Vammaiset henkilöt' },
  { id: 'maahan-muuttaneet', label: 'Maahan muuttaneet' },
  { id: 'vahemmistot', label: 'Kieli-, kulttuuri- ja seksuaalivähemmistöt' },
  { id: 'romanit', label: 'Romanit' },
  { id: 'yksinaiset', label: 'Yksinäiset ja vailla tukiverkostoja olevat' },
  { id: 'riippuvuudet', label: 'Riippuvuuksien kanssa elävät' },
  { id: 'perheet', label: 'Heikommassa asemassa olevat perheet ja lapset' },
  { id: 'ikaantyneet', label: 'Ikääntyneet heikossa työmarkkina-asemassa' },
  { id: 'palveluiden-ulkopuolella', label: 'Palveluiden ja digipalveluiden ulkopuolelle jäävät' },
  { id: 'ruoka-apu', label: 'Ruoka-apua käyttävät' },
] as const satisfies readonly Option[];

/** Emphasised contents of the line (13, domain §2). */
export const EMPHASES = [
  { id: 'asukaslahtoisyys', label: 'Asukaslähtöinen kehittäminen ja osallisuus' },
  { id: 'heikossa-asemassa', label: 'Heikossa asemassa olevien kiinnittyminen yhteiskuntaan' },
  { id: 'luovat-menetelmat', label: 'Toimintakyky luovien menetelmien ja kulttuurihyvinvoinnin avulla' },
  { id: 'yhteisollinen-kuntouttava', label: 'Hyvinvointi yhteisöllisin ja kuntouttavin keinoin' },
  { id: 'mielen-hyvinvointi', label: 'Mielen hyvinvointi ja arjen taidot' },
  { id: 'perheet', label: 'Perheiden hyvinvointi ja ylisukupolvisen huono-osaisuuden ehkäisy' },
  { id: 'yhdenvertaisuus', label: 'Yhdenvertaisuus ja kiinnittyminen yhteisöihin' },
  { id: 'tyokyky-tyollistyminen', label: 'Osallisuus, työkyky ja työllistyminen' },
  { id: 'yhteistyo-haavoittuvat', label: 'Yhteistyö haavoittuvien ryhmien tueksi' },
  { id: 'matalan-kynnyksen', label: 'Helposti saavutettavat palvelut arjen ympäristöihin' },
  { id: 'osallistavat-tyomarkkinat', label: 'Osallistavat työmarkkinat ja työtoiminnan sisällöt' },
  { id: 'tuettu-tyollistyminen', label: 'Työkyvyn tuki ja tuetun työllistymisen menetelmät' },
  { id: 'ruoka-apu', label: 'Ruoka-apuun liittyvä osallisuustoiminta' },
] as const satisfies readonly Option[];

/** Id of an emphasised content of the line. */
export type EmphasisId = (typeof EMPHASES)[number]['id'];

/** Objectives of the line (3, domain §2). */
export const LINE_OBJECTIVES = [
  { id: 'asiakaslahtoisyys', label: 'Osallisuutta tukevista toimista asiakaslähtöisempiä' },
  { id: 'uudet-toimijat', label: 'Erilaiset toimijat mukaan ESR+-hankkeisiin' },
  { id: 'pienten-yhteistyo', label: 'Pienten hankkeiden yhteistyö ja alueellinen koordinaatio' },
] as const satisfies readonly Option[];
export type LineObjectiveId = (typeof LINE_OBJECTIVES)[number]['id'];

/** Cross-cutting principles (seed) plus the ESR+ equality criteria (domain §2). */
export const PRINCIPLES = [
  { id: 'kestava-kehitys', label: 'Kestävä kehitys ja ilmasto' },
  { id: 'tasa-arvo', label: 'Tasa-arvo ja sukupuolten tasa-arvo' },
  { id: 'yhdenvertaisuus', label: 'Yhdenvertaisuus, syrjimättömyys ja saavutettavuus' },
  { id: 'digitaalisuus', label: 'Digitaalisuus ja innovatiivisuus' },
  { id: 'kansainvalisyys', label: 'Kansainvälisyys' },
] as const satisfies readonly Option[];
export type PrincipleId = (typeof PRINCIPLES)[number]['id'];

/** How participants' data is recorded for the EU common indicators (e.g. EECO01). */
export const PARTICIPANT_DATA_ENTRY = [
  { id: 'itse', label: 'Osallistujat kirjaavat tietonsa itse vahvalla Suomi.fi-tunnistautumisella' },
  { id: 'henkilosto', label: 'Hankkeen työntekijä kirjaa tiedot osallistujan puolesta' },
  { id: 'molemmat', label: 'Molemmat: kukin tavalla, joka hänelle sopii' },
] as const satisfies readonly Option[];

export const LOI_STATUSES = [
  { id: 'ei', label: 'Ei vielä' },
  { id: 'neuvotteilla', label: 'Neuvotteilla' },
  { id: 'sovittu', label: 'Sovittu' },
] as const satisfies readonly Option[];
export type LoiStatus = (typeof LOI_STATUSES)[number]['id'];

export const RISK_LEVELS = [
  { id: 'pieni', label: 'Pieni' },
  { id: 'kohtalainen', label: 'Kohtalainen' },
  { id: 'suuri', label: 'Suuri' },
] as const satisfies readonly Option[];
export type RiskLevel = (typeof RISK_LEVELS)[number]['id'];

export const COST_MODELS = [
  { id: 'flat40', label: 'Flat rate 40 % (palkkakustannukset + 40 % muihin kuluihin)' },
  { id: 'lumpSum', label: 'Kertakorvaus 50 000 € (toimintamallin suunnittelu ja pilotointi)' },
] as const satisfies readonly Option[];
export type CostModel = (typeof COST_MODELS)[number]['id'];

export const FINANCING_SOURCES = [
  { id: 'own', label: 'Omat varat' },
  { id: 'municipal', label: 'Kuntien rahoitus' },
  { id: 'otherPublic', label: 'Muu julkinen rahoitus' },
  { id: 'private', label: 'Yksityinen rahoitus' },
] as const satisfies readonly Option[];
export type FinancingSourceId = (typeof FINANCING_SOURCES)[number]['id'];

/** True when two unions are the same: a labelled list has exactly the ids of option-ids.ts. */
type SameIds<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const idsMatch: [
  SameIds<LegalFormId, (typeof LEGAL_FORM_IDS)[number]>,
  SameIds<PrincipleId, (typeof PRINCIPLE_IDS)[number]>,
  SameIds<(typeof PARTICIPANT_DATA_ENTRY)[number]['id'], (typeof PARTICIPANT_DATA_IDS)[number]>,
  SameIds<LoiStatus, (typeof LOI_STATUS_IDS)[number]>,
  SameIds<RiskLevel, (typeof RISK_LEVEL_IDS)[number]>,
  SameIds<CostModel, (typeof COST_MODEL_IDS)[number]>,
] = [true, true, true, true, true, true];
void idsMatch;

/** Ids of an option list, typed as a non-empty tuple for z.enum. */
export function idsOf<T extends readonly Option[]>(options: T): [T[number]['id'], ...T[number]['id'][]] {
  return options.map((o) => o.id) as [T[number]['id'], ...T[number]['id'][]];
}

/** Label of an option id, or the id itself when unknown (never throws on old data). */
export function labelOf(options: readonly Option[], id: string): string {
  return options.find((o) => o.id === id)?.label ?? id;
}
