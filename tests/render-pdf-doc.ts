/**
 * The hard test document of tests/export/render-pdf.test.ts: special characters, a 300-character
 * word, a long URL, a 60-row table across pages, an 8 000-character table cell and an embedded
 * JSON payload. bench/app.bench.ts times renderPdf on the same document (the render time is
 * measured there, not asserted in the unit test).
 */
import { PAGE_LABEL, type PdfBlock, type PdfDoc } from '../src/domain';

const NBSP = '\u00a0';

export const SPECIAL = 'å ä ö Å Ä Ö € – — “ ” ‘ ’ … • á č đ ŋ š ŧ ž';
export const MONEY = `\u22121${NBSP}234,50${NBSP}€`; // as Intl.NumberFormat('fi-FI') writes it
const NARROW = 'tasan\u202fväli';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ0123456789';
export const LONG_WORD = Array.from({ length: 300 }, (_, i) => LETTERS[(i * 7) % LETTERS.length]).join('');
export const URL = `https://www.esimerkki.fi/hankkeet/${'polku-osa/'.repeat(16)}`.padEnd(200, 'z');
export const HUGE_CELL = Array.from({ length: 1000 }, (_, i) => `sana${String(i).padStart(3, '0')}`)
  .join(' ')
  .slice(0, 8000);
export const JSON_PAYLOAD = JSON.stringify({ schema: 2, name: 'Yhdistys ry – äöå', note: 'kiitos 😀', n: [1, 2, 3] });
export const ROWS = Array.from({ length: 60 }, (_, i) => [
  `Rivi ${String(i + 1).padStart(2, '0')}`,
  `Henkilöstökulut, kuukausi ${i + 1}`,
  `1${NBSP}${100 + i},00${NBSP}€`,
]);
export const TOTAL = `61${NBSP}770,00${NBSP}€`;
export const FOOTER = 'Nuorten työpajahanke Pohjois-Savossa';

export const TITLE = 'Nuorten työpajahanke Pohjois-Savossa';
export const NOTICE_TITLE = 'Valmis keskusteluun rahoittajan kanssa';

export const BLOCKS: PdfBlock[] = [
  { kind: 'title', text: TITLE, subtitle: 'Ideapaperi · Luonnos, ei virallinen hakemus' },
  { kind: 'keyValue', rows: [{ key: 'Toteutusaika', value: '1.1.2026–31.12.2027' }] },
  { kind: 'notice', tone: 'ready', title: NOTICE_TITLE, lines: ['Este 0 · Korjattavaa 1 · Vinkki 2'] },
  { kind: 'heading', level: 1, text: '1. Hankkeen perustiedot' },
  { kind: 'paragraph', text: `Erikoismerkit: ${SPECIAL} ${NBSP}välilyönti ${NARROW} ja summa ${MONEY}.` },
  { kind: 'paragraph', text: 'Emoji 😀 muuttuu neliöksi.\nToinen rivi\ttabulaattorilla.' },
  { kind: 'paragraph', text: `Pitkä sana: ${LONG_WORD}` },
  { kind: 'paragraph', text: `Osoite: ${URL}` },
  { kind: 'paragraph', text: 'Ei vielä täytetty', tone: 'empty' },
  { kind: 'heading', level: 2, text: '1.1 Hakija' },
  {
    kind: 'keyValue',
    rows: [
      { key: 'Hakija', value: 'Esimerkki ry' },
      { key: 'Y-tunnus', value: null },
      { key: 'Yhteyshenkilö', value: 'Åsa Äijälä' },
    ],
  },
  { kind: 'heading', level: 3, text: 'Toimenpiteet' },
  { kind: 'list', items: ['Työpajat nuorille kerran viikossa koko hankkeen ajan, myös kesäisin.', 'Mentorointi', 'Loppuseminaari'] },
  ...Array.from({ length: 6 }, (_, i): PdfBlock => ({
    kind: 'paragraph',
    text: `Täyttökappale ${i + 1}. ${'Tämä kappale vie tilaa, jotta taulukko alkaa sivun loppupuolelta. '.repeat(4)}`,
  })),
  { kind: 'heading', level: 2, text: '2. Kustannusarvio' },
  {
    kind: 'table',
    columns: [
      { header: 'Kululaji', width: 3 },
      { header: 'Selite', width: 5 },
      { header: 'Summa', width: 2, align: 'right' },
    ],
    rows: ROWS,
    footer: ['Yhteensä', '', TOTAL],
  },
  { kind: 'heading', level: 2, text: '3. Pitkä kuvaus' },
  {
    kind: 'table',
    columns: [
      { header: 'Kohta', width: 1 },
      { header: 'Kuvausteksti', width: 5 },
    ],
    rows: [
      ['A', HUGE_CELL],
      ['B', 'lyhyt'],
    ],
  },
  { kind: 'heading', level: 1, text: '4. Viimeinen otsikko' },
  { kind: 'paragraph', text: 'Loppu.\nKiitos.' },
];

export const DOC: PdfDoc = {
  meta: {
    title: 'Ideapaperi – Nuorten työpajahanke',
    author: 'Esimerkki ry',
    subject: 'ESR+ ideapaperi',
    keywords: 'ESR+, ideapaperi, nuoret',
    createdAt: '2025-03-14T10:30:00.000Z',
    fileName: 'ideapaperi-nuorten-tyopajahanke-2025-03-14.pdf',
  },
  footer: FOOTER,
  pageLabel: PAGE_LABEL,
  blocks: BLOCKS,
  embeddedJson: JSON_PAYLOAD,
};
