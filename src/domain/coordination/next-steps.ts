/**
 * "Mitä seuraavaksi?": the path from the idea paper to a funded project, following the
 * coordination model (domain README §8). Plain-language texts are the app's own.
 */

export interface NextStep {
  readonly id: string;
  readonly title: string;
  readonly explanation: string;
  /** Label of the date field: when it was done, or when it is planned. */
  readonly dateLabel: string;
}

/** Title of the view after the paper. */
export const NEXT_STEPS_TITLE = 'Mitä seuraavaksi?';
export const NEXT_STEPS_INTRO =
  'Ideapaperin jälkeen on vielä muutama vaihe ennen kuin hanke alkaa. Merkitse tehdyt vaiheet ja päivämäärät, ja tee kumppaneille aiesopimukset.';

export const NEXT_STEPS: readonly NextStep[] = [
  {
    id: 'resurssit-omarahoitus',
    title: 'Varmista resurssit ja omarahoitus',
    explanation:
      'Selvitä, kuka hanketta tekee ja mistä omarahoitus (yleensä 20 % kustannuksista) tulee. Kysy ajoissa esimerkiksi kunnalta tai säätiöltä, voivatko ne osallistua.',
    dateLabel: 'Valmis tai suunniteltu päivä',
  },
  {
    id: 'aiesopimukset',
    title: 'Sovi yhteistyöstä aiesopimuksilla',
    explanation:
      'Aiesopimus on kumppanin kirjallinen lupaus olla mukana. Pyydä se kunnilta ja muilta kumppaneilta. Sovellus tekee jokaiselle kumppanille pohjan, jota voi muokata.',
    dateLabel: 'Aiesopimukset saatu',
  },
  {
    id: 'palaute-rahoittajalta',
    title: 'Pyydä palautetta rahoittajalta',
    explanation:
      'Lähetä ideapaperi rahoittajalle (Itä-Suomen elinvoimakeskus) ja pyydä kommentit ennen varsinaista hakemusta. Koordinaattori auttaa yhteydenotossa.',
    dateLabel: 'Yhteydenoton päivä',
  },
  {
    id: 'suomifi-valtuudet',
    title: 'Hanki yhdistykselle Suomi.fi-valtuudet',
    explanation:
      'Hakemuksen jättäjä tarvitsee Suomi.fi-valtuudet toimia yhdistyksen puolesta jo hakemusta tehdessä EURA2021-palvelussa. Valtuuksien hoitaminen voi viedä aikaa, joten aloita ajoissa.',
    dateLabel: 'Valtuudet kunnossa',
  },
  {
    id: 'haku-auki',
    title: 'Seuraa, milloin haku on auki',
    explanation:
      'Rahoitusta voi hakea vain silloin, kun haku on auki, ja hakuja avataan vain ajoittain. Katso avoimet haut rahoittajan hakuilmoituksista (eura2021.fi/hakuilmoitukset) ja kysy koordinaattorilta, milloin seuraava haku on tulossa.',
    dateLabel: 'Haku löytyi',
  },
  {
    id: 'hakemus-eura',
    title: 'Kirjoita hakemus EURA2021-palvelussa',
    explanation:
      'Varsinainen hakemus tehdään verkossa EURA2021-palvelussa, kun haku on auki. Koordinaattori auttaa, mutta hakija vastaa hakemuksesta itse.',
    dateLabel: 'Hakemus jätetty',
  },
  {
    id: 'paatos',
    title: 'Odota rahoituspäätöstä',
    explanation:
      'Päätös tulee yleensä noin kolmen kuukauden kuluttua haun päättymisestä. Hakemukset pisteytetään yleisten ja erityisten valintaperusteiden mukaan. Koordinaattori auttaa tulkitsemaan päätöksen.',
    dateLabel: 'Päätös saatu',
  },
  {
    id: 'kaynnistys',
    title: 'Käynnistä hanke',
    explanation:
      'Kun rahoitus on myönnetty, hanke käynnistetään: palkataan tekijät, kerrotaan kumppaneille ja aloitetaan toiminta. Koordinaattori auttaa alkuun.',
    dateLabel: 'Hanke alkanut',
  },
];
