/** Why the project is needed and how that is known. */
import { definePart } from '../part-kit';

export const TARVE = definePart({
  id: 'tarve',
  title: 'Tarve ja tausta',
  holds: ['need'],
  fields: {
    'need.problem': {
      label: 'Mikä on ongelma tai tarve?',
      short: 'Ongelma tai tarve',
      help: 'Kuvaa, mikä asia ei nyt ole hyvin ja keitä se koskee. Kirjoita omin sanoin, niin kuin kertoisit naapurille.',
      example: 'Kylillämme moni ikääntynyt asuu yksin eikä pääse harrastuksiin, koska bussiyhteydet loppuivat.',
      recommended: 1500,
    },
    'need.evidence': {
      label: 'Mistä tiedätte, että tarve on olemassa?',
      short: 'Mistä tarve tiedetään',
      help: 'Kerro, mihin tieto perustuu: kysely, tilasto, kokemukset toiminnasta, yhteistyökumppanin havainnot.',
      example: 'Jäsenkyselyyn vastasi 60 ihmistä, ja heistä 40 kertoi tuntevansa itsensä usein yksinäiseksi.',
      recommended: 1000,
    },
    'need.participation': {
      label: 'Miten kohderyhmä on ollut mukana suunnittelussa?',
      short: 'Kohderyhmä mukana suunnittelussa',
      help: 'Rahoittaja arvostaa, että ne joita hanke koskee, saavat vaikuttaa siihen. Kerro, miten heitä on kuultu.',
      example: 'Järjestimme kaksi kahvitilaisuutta, joissa kyläläiset kertoivat toiveistaan.',
      recommended: 800,
    },
  },
  empty: { need: { problem: '', evidence: '', participation: '' } },
  questions: [
    { kind: 'area', path: 'need.problem', rows: 6 },
    { kind: 'area', path: 'need.evidence', rows: 5 },
    { kind: 'area', path: 'need.participation', rows: 4 },
  ],
  requirements: ['need.problem', 'need.evidence', 'need.participation'],
});
