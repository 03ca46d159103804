/** Texts of the coordinator's desk (loaded with it, not with the first screen). */
import type { DeskReadinessFilter } from '../../domain';

const papers = (n: number) => `${n} ${n === 1 ? 'paperi' : 'paperia'}`;

export const deskText = {
  heading: 'Koordinaattorin työpöytä',
  intro:
    'Tänne tuodaan yhdistyksiltä saadut ideapaperit kommentoitavaksi. Ne pidetään erillään omista luonnoksistasi, eikä niiden tekstiä voi muuttaa: voit kirjoittaa kommentteja ja viedä ne yhdistykselle.',
  privacy:
    'Vastaanotetut paperit ovat muiden tietoja, ja ne pysyvät vain tällä laitteella. Mitään ei lähetetä minnekään: tieto lähtee laitteelta vain, jos itse viet tiedoston.',
  memoryOnly: 'Tämä selain ei salli tallennusta, joten vastaanotetut paperit katoavat, kun suljet sivun.',
  back: 'Omat luonnokset',
  loading: 'Haetaan vastaanotettuja papereita…',
  loadFailed: 'Vastaanotettujen papereiden haku epäonnistui. Lataa sivu uudelleen.',
  unreadable: (n: number) =>
    `${papers(n)} on tallessa, mutta tämä sovelluksen versio ei osaa lukea ${n === 1 ? 'sitä' : 'niitä'}. Päivitä sovellus.`,
  empty: 'Vastaanotettuja papereita ei vielä ole. Tuo yhdistyksiltä saadut tiedostot yllä.',

  receiveHeading: 'Tuo vastaanotetut paperit',
  receiveHelp:
    'Valitse tai vedä tähän yksi tai monta tiedostoa kerralla: yhdistysten .ideapaperi.json-tiedostoja, varmuuskopioita tai Ideapaperilla tehtyjä PDF:iä. Jokainen tarkistetaan ennen tuontia.',
  receiveButton: 'Avaa kommentoitavaksi',
  dropHere: 'Pudota tiedostot tähän',
  receiving: (done: number, total: number) => `Luetaan tiedostoja: ${done} / ${total}…`,

  reportHeading: 'Tuonnin tulos',
  reportReceived: (n: number) => `Tuotiin ${papers(n)}`,
  reportNewer: (n: number) => `Toinen versio paperista, joka on jo täällä: ${papers(n)}`,
  reportNewerHelp:
    'Näitä ei ole vielä vaihdettu. Valitse, mitkä otat. Otettu versio tulee täällä olevan tilalle ja omat kommenttisi säilyvät; näet, mitkä kohdat muuttuivat kommentoimasi version jälkeen. Valitsematta jätetyt pysyvät ennallaan.',
  replaces: (name: string, hereAt: string, incomingAt: string) =>
    `Korvaa paperin ${name} (täällä muokattu ${hereAt}). Tämä versio muokattu ${incomingAt}:`,
  /** Why a version is offered (desk-receive.ts VersionWhy). */
  versionWhy: {
    newer: 'uudempi.',
    older: 'vanhempi päiväys, mutta sisältö on eri. Tarkista ennen kuin otat.',
    'same-time': 'sama päiväys, mutta sisältö on eri. Tarkista ennen kuin otat.',
    'future-date':
      'toisen päiväys on tulevaisuudessa (laitteen kello on ollut väärässä), joten päiväyksistä ei näe, kumpi on uudempi. Tarkista ennen kuin otat.',
  },
  reportFutureDated: (n: number) =>
    `Päiväys tulevaisuudessa: ${papers(n)}. Lähettäjän laitteen kello on voinut olla väärässä; päiväystä ei käytetä versioiden vertailuun.`,
  acceptNewer: (n: number) => (n === 1 ? 'Ota valittu versio' : `Ota valitut versiot (${n})`),
  keepOld: 'Pidä kaikki nykyiset',
  newerReplaced: (n: number) => `Vaihdettiin valittuun versioon: ${papers(n)}. Kommenttisi säilyivät.`,
  newerKept: 'Nykyiset versiot pidettiin, toisia versioita ei tuotu.',
  versionsKept: (n: number) => `Ennallaan (et valinnut): ${papers(n)}.`,
  newerRefused: (name: string) => `${name}: ei vaihdettu.`,
  openElsewhere: 'Paperi on auki toisessa välilehdessä. Sulje se siellä ja tuo tiedosto uudelleen.',
  reportUnchanged: (n: number) => `Ei muutoksia: ${papers(n)}`,
  same: 'sama sisältö on jo täällä',
  older: 'vanhempi versio kuin täällä oleva',
  reportRefused: (n: number) => `Ei tuotu: ${n} ${n === 1 ? 'tiedosto' : 'tiedostoa'}`,
  fromFile: (file: string) => (file ? `tiedostosta ${file}` : 'nimettömästä tiedostosta'),
  /** A file without a name (some drop sources give none). */
  unnamedFile: 'Nimetön tiedosto',
  storeFailed:
    'Laite ei suostunut tallentamaan uusia papereita (esimerkiksi tila on täynnä). Mitään ei tallennettu; yritä myöhemmin uudelleen.',
  nothingInFiles: 'Tiedostoissa ei ollut papereita.',
  closeReport: 'Sulje tulos',

  filtersHeading: 'Rajaa ja etsi',
  search: 'Etsi hakijan tai hankkeen nimellä',
  region: 'Maakunta',
  allRegions: 'Kaikki maakunnat',
  noRegion: 'Maakunta puuttuu',
  readiness: 'Valmius',
  readinessOptions: { all: 'Kaikki', ready: 'Valmiit rahoittajalle', notReady: 'Ei vielä valmiit' } satisfies Record<
    DeskReadinessFilter,
    string
  >,
  shown: (shown: number, all: number) => (shown === all ? `${papers(all)}.` : `Näytetään ${shown} / ${papers(all)}.`),

  tableHeading: 'Paperit',
  tableLabel: 'Vastaanotetut paperit, vieritä sivusuunnassa',
  columns: {
    project: 'Hanke',
    association: 'Hakija',
    regions: 'Alueet',
    months: 'Kesto',
    total: 'Kustannukset',
    aid: 'Haettava tuki',
    coverage: 'Omarahoitus',
    readiness: 'Valmius',
    este: 'Esteet',
    korjattavaa: 'Korjattavaa',
    openComments: 'Avoimet kommentit',
    updatedAt: 'Muokattu',
    receivedAt: 'Vastaanotettu',
  },
  actions: 'Kommentit',
  sortBy: (column: string) => `Järjestä: ${column}`,
  ready: 'Valmis',
  notReady: 'Ei valmis',
  open: (project: string) => `Avaa: ${project}`,
  exportComments: 'Vie kommentit',
  exportCommentsFor: (project: string) => `Vie kommentit yhdistykselle: ${project}`,
  group: (association: string, n: number) => `${association} (${papers(n)})`,
  showingFirst: (shown: number, all: number) => `Taulukossa ${shown} ensimmäistä ${all}:stä.`,
  csv: 'Lataa taulukko CSV-tiedostona',
  csvHelp: 'CSV aukeaa Excelissä sellaisenaan. Siinä ovat näytetyt paperit tässä järjestyksessä.',

  totalsHeading: 'Yhteensä',
  totalsFiltered: 'Yhteensä (näytetyt paperit)',
  associations: 'Hakijoita',
  paperCount: 'Papereita',
  totalCost: 'Kustannukset',
  aidSought: 'Haettava tuki',
  byRegion: 'Maakunnittain',
  regionColumn: 'Maakunta',

  removeHeading: 'Poista vastaanotetut paperit',
  removeHelp: 'Kun paperit on käsitelty, poista ne tältä laitteelta. Omat luonnoksesi säilyvät.',
  removeAll: 'Poista kaikki vastaanotetut paperit',
  removeConfirmTitle: 'Poistetaanko kaikki vastaanotetut paperit?',
  removeConfirmBody: (n: number) =>
    `${papers(n)} poistetaan tältä laitteelta. Omat luonnoksesi säilyvät. Voit perua poiston vielä hetken ajan.`,
  removeConfirm: 'Poista kaikki',
  removed: (n: number) => `Poistettiin ${papers(n)}.`,
  undo: 'Peru poisto',

  readOnly:
    'Vastaanotettu paperi: yhdistyksen tekstiä ei voi muuttaa täällä. Kirjoita kommentit kohtien viereen ja vie ne yhdistykselle tiedostona, jonka yhdistys tuo valinnalla ”Tuo kommentit omaan luonnokseen”.',
  exportBack: 'Vie kommentit yhdistykselle',
};
