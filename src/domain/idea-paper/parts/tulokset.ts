/** What the project leaves behind, how it is measured and how the activity goes on. */
import { goalChoices } from '../goals';
import { PARTICIPANT_DATA_ENTRY } from '../options';
import { definePart, outlineEntry, textOrNull } from '../part-kit';

const fields = {
  'results.expected': {
    label: 'Odotetut tulokset',
    help: 'Mitä hankkeesta jää käteen? Mitä osallistujien elämässä muuttuu, ja mikä toiminta jatkuu hankkeen jälkeen?',
    example: 'Kolmella kylällä on vapaaehtoisten pyörittämä kohtaamispaikka, joka jatkuu hankkeen jälkeen.',
    recommended: 1200,
  },
  'results.continuity': {
    label: 'Miten toiminta jatkuu hankkeen jälkeen?',
    short: 'Jatkuvuus hankkeen jälkeen',
    help: 'Rahoittaja kysyy aina, mitä tapahtuu, kun rahoitus loppuu. Kerro, kuka jatkaa toimintaa, millä rahalla tai millä vapaaehtoisvoimin, ja miten uusi tapa toimia juurtuu kylän tai yhdistyksen arkeen.',
    example:
      'Vapaaehtoiset jatkavat kyläkahviloita yhdistyksen omana toimintana. Kunta on luvannut kylätalon käyttöön maksutta myös hankkeen jälkeen.',
    recommended: 800,
  },
  'results.participantData': {
    label: 'Miten osallistujien tiedot kirjataan?',
    short: 'Osallistujatietojen kirjaus',
    help: 'ESR+-hankkeissa osallistujat lasketaan EU:n yhteisillä indikaattoreilla. Osallistuja voi kirjata tietonsa itse vahvalla Suomi.fi-tunnistautumisella, tai hankkeen työntekijä kirjaa ne hänen puolestaan. Valitse, miten teette.',
  },
  indicators: {
    label: 'Mittarit',
    help: 'Miten tiedätte, että tavoite toteutui? Jokaiselle tavoitteelle kannattaa antaa ainakin yksi mittari, jolla on yksikkö, lähtötaso, tavoitetaso ja tietolähde.',
  },
  'indicators.goalId': { label: 'Tavoite', help: 'Mitä tavoitetta mittari seuraa?' },
  'indicators.name': { label: 'Mittari', help: 'Mitä mitataan?', example: 'Säännöllisesti osallistuvien määrä' },
  'indicators.unit': { label: 'Yksikkö', help: 'Missä yksikössä?', example: 'henkilöä' },
  'indicators.baseline': { label: 'Lähtötaso', help: 'Tilanne nyt.', example: '0' },
  'indicators.target': { label: 'Tavoitetaso', help: 'Tilanne hankkeen lopussa.', example: '40' },
  'indicators.source': {
    label: 'Tietolähde',
    help: 'Mistä tieto saadaan? Esimerkiksi osallistujalista, kysely tai THL:n osallisuusindikaattori.',
    example: 'Osallistujalistat',
  },
} as const;

export const TULOKSET = definePart({
  id: 'tulokset',
  title: 'Tulokset, mittarit ja jatkuvuus',
  holds: ['results', 'indicators'],
  fields,
  empty: { results: { expected: '', continuity: '', participantData: '' }, indicators: [] },
  questions: [
    { kind: 'area', path: 'results.expected', rows: 5 },
    { kind: 'area', path: 'results.continuity', rows: 4 },
    { kind: 'slot', id: 'indicators' },
    { kind: 'radios', path: 'results.participantData', options: PARTICIPANT_DATA_ENTRY },
  ],
  requirements: [
    'results.expected',
    { field: 'indicators', label: 'Vähintään yksi mittari', isMet: (d) => d.indicators.length > 0 },
    'results.continuity',
  ],
  items: (d) => {
    const goals = goalChoices(d);
    const goalLabel = (id: string) => goals.find((g) => g.id === id)?.label ?? null;
    return {
      label: fields.indicators.label,
      list: d.indicators.map((x, i) => ({
        heading: `Mittari ${i + 1}${x.name.trim() ? `: ${x.name.trim()}` : ''}`,
        entries: [
          outlineEntry(fields['indicators.goalId'], x.goalId ? goalLabel(x.goalId) : null, `indicators.${x.id}.goalId`),
          outlineEntry(fields['indicators.name'], textOrNull(x.name), `indicators.${x.id}.name`),
          outlineEntry(fields['indicators.unit'], textOrNull(x.unit), `indicators.${x.id}.unit`),
          outlineEntry(fields['indicators.baseline'], textOrNull(x.baseline), `indicators.${x.id}.baseline`),
          outlineEntry(fields['indicators.target'], textOrNull(x.target), `indicators.${x.id}.target`),
          outlineEntry(fields['indicators.source'], textOrNull(x.source), `indicators.${x.id}.source`),
        ],
      })),
    };
  },
});
