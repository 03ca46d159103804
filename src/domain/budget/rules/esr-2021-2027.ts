/**
 * Money rules of ESR+ 2021–2027 (Uudistuva ja osaava Suomi) as this app uses them.
 * Each figure carries its source (the managing authority's page or the coordination model).
 * When a call notice or the managing authority changes a figure, add a new dated rule set
 * beside this one instead of editing values in place.
 */
import type { BudgetRules } from './types';

const SCO_PAGES = 'rakennerahastot.fi: Yksinkertaistetut kustannusmallit, https://rakennerahastot.fi/yksinkertaistetut-kustannusmallit';

/** ESR+ 2021–2027 rule set: 80 % aid, flat rate 40 %, side costs 26.44 %, advance 30 % of aid. */
export const ESR_2021_2027: BudgetRules = {
  id: 'esr-2021-2027',
  name: 'ESR+ 2021–2027 (Uudistuva ja osaava Suomi)',
  // The newest dated figure in the set is the standard lump sum of 17.5.2022.
  validFrom: '2022-05-17',
  reviewed: '2026-11-28',
  aidRateBp: {
    value: 8000,
    source: 'Koordinaatiomallin kuvaus (seed): tuki 80 %, omarahoitus 20 %',
    note: 'Hakuilmoitus määrää tukitason; tarkista se ilmoituksesta.',
  },
  flatRateBp: {
    value: 4000,
    source: `Prosenttimääräinen korvaus 40 %, https://rakennerahastot.fi/prosenttimaarainen-korvaus; ${SCO_PAGES}`,
    note: 'Vain kehittämishankkeet. Kattaa kaikki muut kuin henkilöstön palkkakustannukset. Mallia ei voi vaihtaa kesken hankkeen.',
  },
  sideCostRateBp: {
    value: 2644,
    source:
      'rakennerahastot.fi: Palkkakustannusten vakiosivukuluprosenttiosuudet vahvistettu, https://www.rakennerahastot.fi/fi/etusivu/-/asset_publisher/0bSmSwaBYt5b/content/euroopan-unionin-alue-ja-rakennepolitiikan-ohjelman-2021-2027-palkkakustannusten-vakiosivukuluprosenttiosuudet-vahvistettu/maximized',
    date: '2021-08-24',
    note: 'Lakisääteiset sivukulut ja lomaraha; ei vuosiloma-ajan palkkaa. Prosentti voi muuttua.',
  },
  advanceMaxBp: {
    value: 3000,
    source: 'rakennerahastot.fi: Ennakon maksaminen, https://rakennerahastot.fi/ennakon-maksaminen',
    note: 'Enintään 30 % myönnetystä tuesta, maksetaan kerran ja vähennetään 30 % jokaisesta maksusta. Julkisoikeudellinen hakija saa ennakkoa vain erityisestä syystä.',
  },
  lumpSumCents: {
    value: 5_000_000,
    source:
      'rakennerahastot.fi: Vakioidut kertakorvaukset vahvistettu, https://rakennerahastot.fi/-/euroopan-unionin-alue-ja-rakennepolitiikan-ohjelman-2021-2027-vakioidut-kertakorvaukset-vahvistettu',
    date: '2022-05-17',
    note: 'Osallisuutta edistävän toimintamallin suunnittelu ja pilotointi; kustannusarviota ei tarvita.',
  },
  programmePeriod: {
    firstMonth: '2021-01',
    lastMonth: '2029-12',
    source: 'Asetus (EU) 2021/1060 art. 63(2): menot ovat tukikelpoisia, kun ne ovat syntyneet ja maksettu 1.1.2021–31.12.2029.',
    note: 'Hakuilmoitus voi rajata hankkeen alkamisen ja päättymisen tätä tiukemmin.',
  },
  sanity: {
    maxMonthlySalaryCents: {
      value: 5_000_000,
      source: 'Sovelluksen kirjoitusvirheraja, ei ohjelman sääntö',
      note: 'Yli 50 000 € kuukausipalkka on lähes varmasti kirjoitusvirhe.',
    },
    maxMonths: {
      value: 120,
      source: 'Sovelluksen kirjoitusvirheraja, ei ohjelman sääntö',
      note: 'Ohjelmakausi päättyy 2029, joten yli 10 vuoden hanke on kirjoitusvirhe.',
    },
    maxAmountCents: {
      value: 10_000_000_000,
      source: 'Sovelluksen kirjoitusvirheraja, ei ohjelman sääntö',
      note: 'Yli 100 miljoonan euron rahoitusosuus on kirjoitusvirhe; pitää laskennan tarkkana.',
    },
  },
};
