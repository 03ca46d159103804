/** Staff, the cost estimate and self-financing (drawn by the budget step, computed in budget/). */
import { calculateBudget } from '../../budget/calculate';
import { createEmptyBudget } from '../defaults';
import { definePart, outlineEntry, textOrNull } from '../part-kit';

const fields = {
  'budget.costModel': {
    label: 'Kustannusmalli',
    help: 'Useimmille pienille hankkeille sopii flat rate 40 %: lasketaan vain palkat, ja kaikki muut kulut katetaan 40 %:n lisällä. Kertakorvaus 50 000 € on tarkoitettu hankkeelle, joka suunnittelee ja kokeilee uuden toimintamallin; silloin erillistä kustannusarviota ei tehdä.',
  },
  'budget.staff': {
    label: 'Henkilöstö',
    help: 'Lisää jokainen hankkeeseen palkattava henkilö. Sovellus lisää palkkaan lakisääteiset sivukulut ja lomarahan vakioprosentilla.',
  },
  'budget.staff.role': { label: 'Tehtävä', help: 'Esimerkiksi hankevetäjä tai ohjaaja.', example: 'Hankevetäjä' },
  'budget.staff.monthlySalary': {
    label: 'Kokoaikainen kuukausipalkka, brutto (€)',
    help: 'Kuukausipalkka kokoaikaisesta työstä ennen veroja ja ilman sivukuluja, vaikka henkilö tekisi hanketta osa-aikaisesti: työaikaosuus kerrotaan alla.',
    example: '3 200,50',
  },
  'budget.staff.months': {
    label: 'Kuukaudet hankkeessa',
    help: 'Kuinka monta kuukautta henkilö työskentelee hankkeessa.',
    example: '24',
  },
  'budget.staff.sharePercent': {
    label: 'Työaikaosuus (%)',
    help: 'Kuinka suuri osa työajasta on hanketta. Kokoaikainen = 100.',
    example: '50',
  },
  'budget.staff.monthsByYear': {
    label: 'Kuukaudet vuosittain',
    help: 'Sovellus jakaa kuukaudet hankkeen vuosille tasaisesti. Jos työ painottuu tiettyyn vuoteen, kirjoita omat luvut; tyhjä kenttä = automaattinen jako.',
  },
  'budget.financing': {
    label: 'Omarahoituksen lähteet',
    help: 'Kerro, mistä omarahoitus tulee. Voit antaa summan euroina tai prosentteina kokonaiskustannuksista.',
  },
  'budget.staffNote': {
    label: 'Lisätietoa henkilöstöstä (vapaaehtoinen)',
    short: 'Lisätietoa henkilöstöstä',
    help: 'Jos henkilöstöstä on kerrottavaa, mitä rivit eivät kerro (esimerkiksi miksi työaika on osa-aikainen), kirjoita se tähän.',
    recommended: 600,
  },
  'budget.financingNote': {
    label: 'Miten omarahoitus kootaan?',
    short: 'Omarahoituksen kokoaminen',
    help: 'Nyt kun omarahoituksen määrä on laskettu, kerro lyhyesti, mistä raha tulee ja onko siitä jo sovittu. Koordinaattori auttaa, jos lähdettä ei vielä ole.',
    example: 'Yhdistyksen omat varat 5 000 € ja kunnan avustus 10 000 €, josta kunta päättää keväällä.',
    recommended: 600,
  },
  'budget.financing.own': { label: 'Omat varat', help: 'Yhdistyksen omat rahat.' },
  'budget.financing.municipal': { label: 'Kuntien rahoitus', help: 'Kunnan tai kuntien rahoitusosuus.' },
  'budget.financing.otherPublic': { label: 'Muu julkinen rahoitus', help: 'Esimerkiksi seurakunta tai hyvinvointialue.' },
  'budget.financing.private': { label: 'Yksityinen rahoitus', help: 'Esimerkiksi säätiön avustus tai yritysten tuki.' },
} as const;

export const TALOUS = definePart({
  id: 'talous',
  title: 'Kustannukset ja omarahoitus',
  holds: ['budget'],
  fields,
  empty: { budget: createEmptyBudget() },
  questions: [{ kind: 'slot', id: 'budget' }],
  requirements: [
    {
      field: 'budget.staff',
      label: 'Vähintään yksi henkilöstörivi summineen (tai kertakorvaus)',
      isMet: (d) => calculateBudget(d).hasBudget,
    },
    {
      field: 'budget.financing',
      label: 'Omarahoituksen lähteet kattavat omarahoitusosuuden',
      isMet: (d) => {
        const b = calculateBudget(d);
        return b.hasBudget && b.coverage.kind !== 'short';
      },
    },
  ],
  // The figures are the PDF's budget section; the outline keeps the two free texts.
  outline: (d) => [
    outlineEntry(fields['budget.staffNote'], textOrNull(d.budget.staffNote), 'budget.staffNote'),
    outlineEntry(fields['budget.financingNote'], textOrNull(d.budget.financingNote), 'budget.financingNote'),
  ],
});
