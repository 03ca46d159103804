/**
 * Finnish UI strings (buttons, statuses, notices). Field labels and help texts live in
 * src/domain/idea-paper/fields.ts because the PDF and validation use them too.
 */
import { finnishClock, finnishDateTime } from '../domain/time/helsinki.js';
import type { ExportKind, ExportStatus, StorageErrorKind } from '../state';

/**
 * A number in Finnish notation (1 234,5) without Intl: the first Intl formatter of a page loads
 * locale data, which on a slow phone costs the start view tens of milliseconds for one figure.
 * Same result as toLocaleString('fi-FI') for these figures (tests/ui/messages.test.ts).
 */
export function fiNumber(value: number, decimals: 0 | 1): string {
  const [whole = '0', fraction] = value.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction && fraction !== '0' ? `${grouped},${fraction}` : grouped;
}

export const t = {
  appName: 'Ideapaperi',
  skipToContent: 'Siirry sisältöön',
  /** The button under a list drawn in parts (the drafts, the desk's table). */
  showMore: (n: number) => `Näytä seuraavat ${n}`,

  start: {
    heading: 'Omat luonnokset',
    intro:
      'Ideapaperi auttaa yhdistystä kirjoittamaan hankeidean vaihe vaiheelta ESR+-rahoitusta varten (Uudistuva ja osaava Suomi 2021–2027, kansalaistoimijalähtöinen kehittäminen). Luonnokset tallentuvat vain tälle laitteelle.',
    newDraft: 'Aloita uusi luonnos',
    empty: 'Tällä laitteella ei ole vielä luonnoksia.',
    loading: 'Haetaan luonnoksia…',
    lastEdited: (iso: string) => `Muokattu ${finnishDateTime(iso)}`,
    open: 'Avaa',
    rename: 'Nimeä uudelleen',
    duplicate: 'Tee kopio',
    delete: 'Poista',
    renameLabel: 'Hankkeen uusi nimi',
    save: 'Tallenna',
    cancel: 'Peruuta',
    deleteConfirmTitle: 'Poistetaanko luonnos?',
    deleteConfirmBody: (name: string) => `Luonnos ”${name}” poistetaan tältä laitteelta. Voit perua poiston vielä hetken ajan.`,
    deleteConfirm: 'Poista luonnos',
    deleted: (name: string) => `Luonnos ”${name}” poistettiin.`,
    undo: 'Peru poisto',
    cannotOpen: 'Tätä luonnosta ei voi avata. Tiedot ovat yhä tallessa laitteella.',
    listFailed: 'Luonnosten haku epäonnistui. Lataa sivu uudelleen.',
    listOutdated:
      'Sovelluksesta on otettu käyttöön uudempi versio toisessa välilehdessä. Lataa sivu uudelleen, niin näet luonnokset. Mitään ei ole kadonnut.',
    unknownDraft: 'Luonnos, jota ei voi näyttää',
    cannotShow:
      'Tämän luonnoksen tietoja ei voi näyttää listassa. Tiedot ovat yhä tallessa laitteella: avaa pelastusnäkymä tai vie luonnos tiedostoksi.',
    search: 'Etsi luonnosta nimellä',
    salvage: 'Avaa pelastusnäkymä',
    notices: {
      renameElsewhere:
        'Luonnos on auki toisessa välilehdessä, joka ei vastannut, joten nimeä ei vaihdettu. Vaihda nimi siinä välilehdessä (vaihe Hanke) tai sulje se ja yritä uudelleen.',
      restoredElsewhere:
        'Luonnos palautettiin toisessa välilehdessä auki olleesta, uudemmasta versiosta, joten vanhempaa kopiota ei kirjoitettu sen päälle.',
    },
    searchResult: (shown: number, all: number) => `Näytetään ${shown} luonnosta ${all}:stä.`,
    listedFirst: (shown: number, all: number) =>
      `Näkyvissä ${shown} viimeksi muokattua luonnosta ${all}:stä. Etsi nimellä tai näytä lisää.`,
    desk: 'Koordinaattorin työpöytä',
    deskEntry: 'Koordinaattorille',
  },

  save: {
    idle: 'Tallennettu laitteelle',
    pending: 'Muutoksia tallennetaan…',
    saving: 'Tallennetaan…',
    saved: (at: Date) => `Tallennettu laitteelle klo ${finnishClock(at.toISOString())}`,
    error: (kind: StorageErrorKind, where?: string) =>
      kind === 'invalid' && where
        ? `Viimeisintä muutosta ei tallennettu (kohta: ${where}): luonnosta ei sen jälkeen voisi avata. Aiempi tallennus on tallessa, ja tekstisi on yhä tässä näkymässä.`
        : `Tallennus epäonnistui: ${storageProblemText(kind)} Tekstisi on yhä tässä näkymässä.`,
    memoryOnly: 'Ei tallennu: selain ei salli tallennusta',
  },

  persist: {
    granted: 'Selain on luvannut säilyttää luonnokset, vaikka laitteen tila vähenisi.',
    denied:
      'Selain voi poistaa luonnokset, jos laitteen tila loppuu tai sivustoa ei käytetä pitkään aikaan. Asenna sovellus tai vie luonnos välillä tiedostoksi.',
    unsupported: 'Tämä selain ei kerro, säilyttääkö se luonnokset pysyvästi.',
  },

  dialog: { close: 'Sulje' },

  boot: {
    blocked:
      'Ideapaperin vanhempi versio on auki toisessa välilehdessä tai ikkunassa. Sulje se tai lataa se uudelleen, niin tämä versio käynnistyy. Luonnoksesi ovat tallessa.',
  },

  unsaved: {
    close:
      'Viimeisimpiä muutoksia ei saatu tallennettua, joten luonnos pysyy auki, ettei tekstiä katoa. Vie luonnos tiedostoksi yllä olevasta painikkeesta.',
    reload: 'Viimeisimpiä muutoksia ei saatu tallennettua, joten sivua ei ladattu uudelleen. Vie luonnos ensin tiedostoksi.',
    update:
      'Viimeisimpiä muutoksia ei saatu tallennettua, joten päivitystä ei vielä tehty. Vie luonnos ensin tiedostoksi, ja päivitä sitten.',
  },

  export: {
    leftOut: (names: readonly string[]) => {
      const list = names.map((n) => `”${n}”`).join(', ');
      return names.length === 1
        ? `Varmuuskopiosta jäi pois 1 luonnos, jota tämä sovelluksen versio ei osaa avata: ${list}. Se on yhä tallessa laitteella. Tallenna se erikseen luonnoksen kohdasta ”Avaa pelastusnäkymä”.`
        : `Varmuuskopiosta jäi pois ${names.length} luonnosta, joita tämä sovelluksen versio ei osaa avata: ${list}. Ne ovat yhä tallessa laitteella. Tallenna ne erikseen kunkin luonnoksen kohdasta ”Avaa pelastusnäkymä”.`;
    },
    done: (what: ExportKind, file: string, how: 'shared' | 'downloaded' | 'opened' | 'cancelled') => {
      const kind = { pdf: 'PDF', draft: 'Luonnostiedosto', backup: 'Varmuuskopio', letter: 'Tekstitiedosto', csv: 'CSV-tiedosto' }[what];
      return how === 'shared'
        ? `${kind} ${file} jaettiin.`
        : how === 'opened'
          ? `${kind} ${file} avattiin uuteen näkymään. Tallenna se sieltä.`
          : how === 'cancelled'
            ? 'Jakaminen peruttiin. Voit yrittää uudelleen.'
            : `${kind} ${file} ladattiin laitteelle.`;
    },
    needsReload:
      'PDF:n luomiseen tarvittavaa sovelluksen osaa ei voitu ladata (sovellus on päivittynyt tai verkkoyhteys puuttuu). Tekstisi on tallessa. Lataa sivu uudelleen ja yritä sitten uudelleen.',
    failed: 'PDF:n luominen epäonnistui. Tekstisi on tallessa. Yritä uudelleen; jos ongelma toistuu, kerro siitä koordinaattorille.',
    fileFailed:
      'Tiedoston tekeminen epäonnistui. Tekstisi on tallessa. Yritä uudelleen; jos ongelma toistuu, kerro siitä koordinaattorille.',
    tooLarge: (what: ExportKind, bytes: number, limit: number) => {
      const mb = (n: number) => `${fiNumber(n / 1024 / 1024, 0)} Mt`;
      const size = mb(bytes);
      return what === 'backup'
        ? `Varmuuskopiosta tulisi ${size}, eikä niin suurta tiedostoa voisi tuoda takaisin (enintään ${mb(limit)}), joten sitä ei tehty. Luonnokset ovat tallessa tällä laitteella. Vie luonnokset yksitellen kunkin luonnoksen kohdasta ”Vie tiedostoksi”.`
        : `Tiedostosta tulisi ${size}, eikä niin suurta tiedostoa voisi tuoda takaisin (enintään ${mb(limit)}), joten sitä ei tehty. Luonnos on tallessa tällä laitteella. Tarkista, onko johonkin kenttään liitetty vahingossa hyvin pitkä teksti.`;
    },
    /** The message for a failed export, whatever the reason. */
    error: (status: Omit<Extract<ExportStatus, { kind: 'error' }>, 'kind'>) =>
      status.reason === 'reload'
        ? t.export.needsReload
        : status.reason === 'too-large'
          ? t.export.tooLarge(status.what, status.bytes ?? 0, status.limit ?? 0)
          : status.what === 'pdf'
            ? t.export.failed
            : t.export.fileFailed,
  },

  exchange: {
    heading: 'Tiedostot ja varmuuskopio',
    intro:
      'Vie luonnos tiedostoksi, kun vaihdat laitetta tai lähetät sen koordinaattorille. Tuo tiedosto tai Ideapaperilla tehty PDF takaisin samasta kohdasta.',
    restoreHeading: 'Palauta luonnokset tiedostosta',
    restoreIntro:
      'Jos olet aiemmin vienyt luonnoksia tiedostoksi (esimerkiksi toisella laitteella tai ennen kuin selaimen tiedot poistettiin), voit palauttaa ne tästä. Myös Ideapaperilla tehdyn PDF:n voi tuoda.',
    restoreButton: 'Palauta varmuuskopio',
    importButton: 'Tuo omiin luonnoksiin',
    exportAll: 'Vie kaikki (varmuuskopio)',
    exportOne: 'Vie tiedostoksi',
    dropHint: 'Voit myös vetää tiedoston tähän. Kelpaavat .ideapaperi.json-tiedostot ja Ideapaperilla tehdyt PDF:t.',
    reading: (file: string) => (file ? `Luetaan tiedostoa ${file}…` : 'Luetaan tiedostoa…'),
    done: (names: readonly string[], kept: number, comments?: number) =>
      comments !== undefined
        ? `Luonnokseen ”${names[0] ?? ''}” tuotiin ${comments} ${comments === 1 ? 'kommentti' : 'kommenttia'}. Oma tekstisi säilyi ennallaan.`
        : `Tuotiin ${names.length === 1 ? `luonnos ”${names[0]}”` : `${names.length} luonnosta`}.${kept ? ` Aiempi versio säilyi omana luonnoksenaan (”ennen tuontia”).` : ''}`,
    failed: (file: string) => (file ? `Tiedostoa ${file} ei tuotu.` : 'Tiedostoa ei tuotu.'),
    nothingChanged: 'Laitteen luonnoksiin ei tehty muutoksia.',
    openElsewhere:
      'Luonnos on auki toisessa välilehdessä tai ikkunassa, ja siellä tehdyt tallennukset kirjoittaisivat tuonnin yli. Sulje luonnos siellä ja tuo tiedosto sitten uudelleen. Mitään ei muutettu.',
    storageFailed:
      'Laite ei suostunut tallentamaan tuotavia luonnoksia (esimerkiksi tallennustila on täynnä). Mitään ei tallennettu; tiedosto on ennallaan, joten voit yrittää myöhemmin uudelleen.',
    reminder:
      'Luonnoksia on muutettu, mutta niitä ei ole viety tiedostoksi yli viikkoon. Vie varmuuskopio, niin työsi säilyy, vaikka selain poistaisi tietonsa.',
  },

  pwa: {
    offline: 'Ei verkkoyhteyttä. Voit jatkaa normaalisti: kaikki tallentuu tälle laitteelle.',
    offlineReady: 'Toimii myös ilman verkkoyhteyttä',
    updateReady: 'Uusi versio on valmis – päivitä. Tekstisi tallennetaan ennen päivitystä.',
    updateNow: 'Päivitä nyt',
    replacedElsewhere:
      'Sovelluksen uusi versio otettiin käyttöön toisessa välilehdessä. Tässä välilehdessä tekstisi on tallessa; lataa sivu uudelleen, kun sinulle sopii.',
    version: (v: string, build: string) => `Ideapaperi ${v} (${build.slice(0, 10)})`,
  },

  storage: {
    heading: 'Tallennus',
    where: 'Luonnokset',
    thisDevice: 'vain tällä laitteella, tässä selaimessa',
    persistent: 'Pysyvä tallennus',
    yes: 'kyllä, selain ei poista luonnoksia itsestään',
    no: 'ei, selain voi poistaa tiedot esimerkiksi tilan loppuessa',
    unknown: 'selain ei kerro',
    used: 'Käytetty tila',
    bytes: (n: number) => (n < 1024 * 1024 ? `${fiNumber(Math.ceil(n / 1024), 0)} kt` : `${fiNumber(n / 1024 / 1024, 1)} Mt`),
    lastExport: 'Viety viimeksi tiedostoksi',
    never: 'ei koskaan',
    advice:
      'Vinkki: asenna Ideapaperi sovellukseksi (selaimen valikosta ”Asenna” tai ”Lisää kotivalikkoon”) ja vie luonnos välillä tiedostoksi. Esimerkiksi Safari poistaa sivuston tiedot, jos sitä ei käytetä seitsemään päivään.',
    adviceInstalled: 'Vie luonnos välillä tiedostoksi, niin sinulla on varmuuskopio.',
  },

  lazy: {
    loading: 'Avataan luonnosta…',
    failed:
      'Sovelluksen osaa ei voitu ladata, ehkä verkkoyhteys katkesi tai sovellus päivittyi. Tekstisi on tallessa. Lataa sivu uudelleen.',
    reload: 'Lataa sivu uudelleen',
    viewLoading: 'Ladataan…',
    viewFailed:
      'Tätä näkymää ei voitu ladata, ehkä verkkoyhteys katkesi tai sovellus päivittyi. Tekstisi on tallessa. Yritä uudelleen; jos se ei auta, lataa sivu uudelleen.',
    retry: 'Yritä uudelleen',
  },

  glossary: {
    open: 'Sanasto',
    back: 'Takaisin',
  },
};

/** Plain-words explanation of a storage problem. */
export function storageProblemText(kind: StorageErrorKind): string {
  switch (kind) {
    case 'unavailable':
      return 'Tämä selain ei salli tallennusta (esimerkiksi yksityinen ikkuna tai tiukat asetukset). Mitään ei tallennu laitteelle: älä sulje sivua ennen kuin olet vienyt luonnoksen tiedostoksi.';
    case 'quota':
      return 'Laitteen tai selaimen tallennustila on täynnä. Vapauta tilaa tai vie luonnos tiedostoksi.';
    case 'blocked':
      return 'Sovellus on auki toisessa välilehdessä vanhempana versiona. Sulje muut välilehdet.';
    case 'version':
      return 'Sovelluksen uudempi versio on otettu käyttöön toisessa välilehdessä tai laitteella on uudemman version tallentamia tietoja. Lataa sivu uudelleen, jotta jatkat uusimmalla versiolla.';
    case 'corrupt':
      return 'Tallennettua luonnosta ei voi lukea.';
    case 'invalid':
      return 'Viimeisintä muutosta ei tallennettu, koska luonnosta ei sen jälkeen voisi enää avata. Aiemmin tallennettu versio on tallessa ja teksti näkyy yhä näytöllä. Peru viimeisin muutos tai vie luonnos tiedostoksi ja kerro asiasta koordinaattorille.';
    case 'failed':
      return 'Selain ei tallentanut muutosta.';
  }
}
