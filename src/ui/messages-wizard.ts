/**
 * Finnish strings of the wizard (steps, budget, fit check, comments, next steps). Part of the
 * one message catalogue with messages.ts; kept in its own module so that it loads with the
 * wizard, not with the first screen. Wizard code imports `t` from here (it includes the rest).
 */
import { finnishDate } from '../domain';
import { t as shell } from './messages';

/** One formatter for the counters under every text field (toLocaleString would make one per keystroke). */
const fiInteger = new Intl.NumberFormat('fi-FI');

const wizardTexts = {
  wizard: {
    returnTo: (title: string) => `Takaisin kohtaan ${title}`,
    deletedElsewhere:
      'Tämä luonnos poistettiin toisessa välilehdessä tai ikkunassa. Tekstisi on yhä tässä, mutta sitä ei tallenneta ennen kuin valitset: palauta luonnos tai tallenna teksti uutena luonnoksena.',
    restoreDeleted: 'Palauta luonnos',
    saveAsNew: 'Tallenna uutena luonnoksena',
    progressLabel: 'Vaiheet',
    stepOf: (n: number, total: number) => `Vaihe ${n}/${total}`,
    percentFilled: (p: number) => `${p} % täytetty`,
    progressName: 'Ideapaperin valmiusaste',
    complete: 'valmis',
    notStarted: 'kesken',
    partial: (met: number, total: number) => `${met}/${total} täytetty`,
    back: 'Edellinen',
    next: 'Seuraava',
    showSteps: 'Näytä vaiheet',
    readOnly:
      'Tämä luonnos on auki myös toisessa välilehdessä tai ikkunassa, ja sitä muokataan siellä. Täällä näet sen muutokset. Jotta kumpikaan ei kirjoita toisen päälle, luonnosta voi muokata vain yhdessä paikassa kerrallaan.',
    takeOver: 'Muokkaa tässä välilehdessä',
    unsavedHere:
      'Viimeisimmät muutoksesi tässä välilehdessä eivät ehtineet tallentua, koska luonnosta alettiin muokata toisessa välilehdessä. Ne eivät ole kadonneet: tallenna ne uudeksi luonnokseksi, niin voit siirtää tarvittavat kohdat itse. Toisen välilehden tekstiin ei kosketa.',
    saveUnsavedAsNew: 'Tallenna muutokset uudeksi luonnokseksi',
    dropUnsaved: 'Hylkää nämä muutokset',
  },

  field: {
    acceptFix: (label: string) => `Kyllä, ${label}`,
    example: 'Esimerkki',
    chars: (n: number) => `${fiInteger.format(n)} ${n === 1 ? 'merkki' : 'merkkiä'}`,
    recommended: (n: number) => `suositus enintään ${fiInteger.format(n)}`,
    overRecommended: 'Teksti on suositusta pidempi. Se säilyy kokonaan, mutta tiivistä jos voit.',
    choose: 'Valitse…',
  },

  /** Names of list items: heading ("Toimenpide 2") and the add button ("Lisää toimenpide"). */
  items: {
    subGoals: { one: 'Osatavoite', add: 'osatavoite' },
    actions: { one: 'Toimenpide', add: 'toimenpide' },
    indicators: {
      one: 'Mittari',
      add: 'mittari',
      unnamed: 'nimetön mittari',
      presets: 'Tai lisää valmis mittari, jossa yksikkö ja tietolähde on jo täytetty:',
    },
    partners: { one: 'Kumppani', add: 'kumppani' },
    risks: { one: 'Riski', add: 'riski' },
    staff: { one: 'Henkilö', add: 'henkilö' },
  },

  list: {
    add: (what: string) => `Lisää ${what}`,
    remove: 'Poista',
    moveUp: 'Siirrä ylös',
    moveDown: 'Siirrä alas',
    item: (what: string, n: number) => `${what} ${n}`,
    empty: 'Ei vielä yhtään.',
    full: (max: number) =>
      `Tässä luettelossa on jo enimmäismäärä, ${max} kohtaa, joten uutta ei voi lisätä. Yhdistä tai poista kohtia, jos tarvitset tilaa.`,
    removeGoalTitle: 'Poistetaanko tavoite?',
    removeGoalBody: (actions: string[], indicators: string[]) =>
      [
        actions.length ? `Tavoite irrotetaan näistä toimenpiteistä: ${actions.join(', ')}.` : '',
        indicators.length ? `Näiden mittareiden tavoite tyhjennetään: ${indicators.join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join(' ') || 'Tavoitteeseen ei ole liitetty toimenpiteitä eikä mittareita.',
    removeConfirm: 'Poista tavoite',
    removeItemTitle: 'Poistetaanko kohta?',
    removeItemBody: (name: string) => `”${name}” poistetaan luonnoksesta.`,
    removeItemConfirm: 'Poista',
  },

  summary: {
    missingHeading: 'Vielä puuttuu',
    allDone: 'Kaikki vaiheet on täytetty.',
    checkHeading: 'Tarkistettavaa',
    notFilled: 'Ei vielä täytetty',
    budgetHeading: 'Alustava kustannusarvio',
    edit: 'Muokkaa',
    editStep: (title: string) => `vaihetta ${title}`,
    fitHeading: 'Sopivuus ESR+ 4.3:een',
    fitCounts: (este: number, warn: number, tip: number) => `Esteitä ${este}, korjattavaa ${warn}, vinkkejä ${tip}.`,
    footer: (steps: number) => `${steps} vaihetta · ideapaperi on luonnos, ei virallinen hakemus.`,
  },

  nextSteps: {
    done: 'Tehty',
    lettersHeading: 'Aiesopimukset kumppaneille',
    lettersIntro:
      'Jokaiselle kumppanille on valmis pohja, joka on täytetty luonnoksen tiedoilla. Muokkaa tekstiä vapaasti ja vie se tekstitiedostona esimerkiksi sähköpostiin tai tekstinkäsittelyyn.',
    noPartners: 'Lisää ensin kumppanit Kumppanit-vaiheessa.',
    letterLabel: (name: string) => `Aiesopimus: ${name}`,
    exportLetter: 'Vie tekstitiedostona',
    resetLetter: 'Palauta pohja',
  },

  comments: {
    full: (max: number) =>
      `Luonnoksessa on jo enimmäismäärä, ${max} kommenttia. Poista kuitattuja kommentteja, niin voit lisätä uuden. Kirjoittamasi teksti säilyy tässä.`,
    heading: (label: string, open: number) => `Kommentit: ${label}${open ? ` (${open} avoinna)` : ''}`,
    add: 'Kommentoi',
    text: 'Kommentti',
    verdict: 'Arvio',
    verdicts: { korjattava: 'Korjattava', hyva: 'Hyvä' } as const,
    author: 'Kommentoijan nimi',
    anonymous: 'Kommentoija',
    save: 'Tallenna kommentti',
    remove: 'Poista kommentti',
    done: 'Käsitelty',
    orphan: 'kohta, jota kommentti koski, on poistettu',
    mode: 'Kommentointi',
    modeHelp: 'Koordinaattorille: kommentoi osioita ja kohtia, ja vie kommentoitu luonnos tiedostona takaisin.',
    changedSince: (sections: string) => `Muutettu koordinaattorin kommentoiman version jälkeen: ${sections}.`,
    appendix: 'Liitä avoimet kommentit PDF:n loppuun',
    stepCount: (all: number, open: number) => `${all} ${all === 1 ? 'kommentti' : 'kommenttia'}${open > 0 ? `, ${open} avoinna` : ''}`,
    summaryHeading: (n: number) => `Koordinaattorin kommentit (${n})`,
    summaryIntro: (open: number) =>
      open === 0 ? 'Kaikki kommentit on käsitelty tai ne ovat hyviä.' : `Avoinna ${open}: ne odottavat, että yhdistys käsittelee ne.`,
    openState: 'avoinna',
    doneState: 'käsitelty',
    goodState: 'hyvä',
    unknownPlace: 'kohta, jota tämä versio ei tunne',
    itemPlace: (n: number) => `kohta ${n}`,
  },

  fit: {
    suggested: (word: string) => `ehdotus: tekstissänne ”${word}”`,
    suggestionsIntro: (n: number) =>
      `Tekstienne perusteella ${n === 1 ? 'yksi painotus näyttää sopivan' : `${n} painotusta näyttää sopivan`} hankkeeseen; ne on merkitty alla sanalla ”ehdotus”.`,
    takeSuggestions: (n: number) => (n === 1 ? 'Valitse ehdotettu painotus' : `Valitse ${n} ehdotettua painotusta`),
    heading: 'Tarkistus: sopiiko idea ESR+ 4.3:een?',
    explainLevels:
      'Este tarkoittaa, ettei rahoittaja voi rahoittaa hanketta näin kirjoitettuna. Korjattavaa heikentää paperia, ja koordinaattori kysyisi siitä. Vinkki on vapaaehtoinen ehdotus. Paperi on valmis, kun siinä on tarve, kohderyhmä, tavoitteet, toimenpiteet, tulokset, mittarit ja talousarvio eikä yhtään estettä. Tarkistus on apuväline: rahoittaja arvioi hakemuksen aina itse.',
    groupOk: 'Ei huomautettavaa.',
    waitingFindings: (n: number) => `${n} ${n === 1 ? 'huomio odottaa' : 'huomiota odottaa'} vaiheissa, joissa et ole vielä käynyt.`,
    why: 'Miksi:',
    todo: 'Mitä tehdä:',
    badgeLabel: 'Sopivuus',
    selfHeading: 'Oma arvio pisteytettävistä kriteereistä (vapaaehtoinen)',
    notAssessed: 'Ei arvioitu',
    selfTotal: (total: number, max: number, scored: number) => `Oma arvio: ${total} / ${max} pistettä (${scored} kriteeriä arvioitu).`,
  },

  budget: {
    lumpSumHeading: 'Kertakorvaus',
    lumpSumExplained: (sum: string) =>
      `Kertakorvauksessa hanke saa kiinteän summan ${sum}, kun se suunnittelee ja kokeilee uuden osallisuutta edistävän toimintamallin. Erillistä kustannusarviota ei tarvita: korvaus maksetaan, kun sovitut tulokset on saavutettu.`,
    sideCostNote: (rate: string, date: string) =>
      `Sivukulut ${rate} on ohjelman vakioprosentti${date ? ` (vahvistettu ${finnishDate(date)})` : ''}.`,
    rowResult: (paid: string, rate: string, side: string, total: string) =>
      `Palkka hankkeelle ${paid} + sivukulut ${rate} ${side} = ${total}`,
    splitSummary: (years: string) => `Kuukaudet vuosittain: ${years}`,
    yearMonths: (year: number, months: string) => `${year}: ${months} kk`,
    monthsInYear: (year: number) => `Kuukaudet vuonna ${year}`,
    totalsHeading: 'Kustannukset',
    staffCosts: 'Henkilöstökustannukset',
    flatRate: (rate: string) => `Muut kustannukset (flat rate ${rate})`,
    flatRateShort: (rate: string) => `Muut (${rate})`,
    total: 'Kustannukset yhteensä',
    flatRateExplained: (rate: string) =>
      `Flat rate ${rate} kattaa kaikki muut kulut kuin palkat: esimerkiksi vuokrat, matkat, tarvikkeet, tarjoilut ja ostopalvelut. Niitä ei tarvitse eritellä eikä niistä tarvitse esittää kuitteja rahoittajalle.`,
    byYearHeading: 'Kustannukset vuosittain',
    year: 'Vuosi',
    noPeriod: 'Vuosittainen jako näkyy, kun hankkeen alkamis- ja päättymiskuukausi on annettu Hanke-vaiheessa.',
    financingHeading: 'Rahoitussuunnitelma',
    aid: (rate: string) => `Haettava tuki (${rate})`,
    selfFinancing: (rate: string) => `Omarahoitus (${rate})`,
    unitLabel: (source: string) => `${source}: yksikkö`,
    percentOfTotal: '% kustannuksista',
    coverageNoBudget: 'Omarahoituksen tarkistus näkyy, kun kustannuksia on syötetty.',
    coverageShort: (missing: string, entered: string) => `Omarahoitusta puuttuu ${missing}. Lähteitä on nyt yhteensä ${entered}.`,
    coverageOver: (extra: string) => `Omarahoituksen lähteitä on ${extra} enemmän kuin tarvitaan. Se on sallittua, mutta tarkista luvut.`,
    coverageExact: 'Omarahoituksen lähteet kattavat omarahoitusosuuden täsmälleen.',
    advanceHeading: 'Ennakko',
    advanceMax: (rate: string) => `Ennakko enintään (${rate} tuesta)`,
    advanceExplained: (rate: string) =>
      `Ennakkoa voi saada enintään ${rate} myönnetystä tuesta. Se maksetaan kerran hankkeen alussa ja vähennetään myöhemmistä maksuista.`,
    advancePublicLaw: 'Julkisoikeudellinen hakija, kuten kunta tai seurakunta, saa ennakkoa vain erityisestä syystä.',
  },
};

/** The PDF export panel's texts (the start view only needs the status lines in messages.ts). */
const exportTexts = {
  heading: 'Vie ideapaperi PDF-tiedostoksi',
  intro:
    'PDF on siisti asiakirja koordinaattorille ja rahoittajan kanssa käytävään keskusteluun. Tiedoston mukana kulkee myös luonnos, joten sen voi myöhemmin tuoda takaisin sovellukseen.',
  notReady:
    'Voit viedä PDF:n silti: sen ensimmäinen sivu kertoo, mitä vielä puuttuu, ja esteet ja korjattavat on lueteltu lopussa, joten koordinaattori näkee ne.',
  pages: (n: number) => `Ideapaperi on nyt noin ${n} ${n === 1 ? 'sivu' : 'sivua'}.`,
  pagesAdvice: (max: number) =>
    `Rahoittajan ideapohja toivoo enintään ${max} sivua. Tiivistä pisimpiä tekstejä; tärkein kannattaa kertoa ensimmäisellä sivulla.`,
  pagesOk: (max: number) => `Suositus on enintään ${max} sivua.`,
  pagesShort: (n: number, max: number) => `PDF noin ${n} ${n === 1 ? 'sivu' : 'sivua'} · suositus enintään ${max}`,
  button: 'Vie PDF',
  fileButton: 'Vie luonnos tiedostoksi (.ideapaperi.json)',
  working: 'Luodaan PDF-tiedostoa…',
};

/** Choosing goals for an action or an indicator when the draft has many goals. */
const goalTexts = {
  noneChosen: 'Ei vielä valittu.',
  choose: (n: number) => `Valitse tavoitteet (${n} vaihtoehtoa)`,
};

export const t = { ...shell, ...wizardTexts, goals: goalTexts, export: { ...shell.export, ...exportTexts } };
