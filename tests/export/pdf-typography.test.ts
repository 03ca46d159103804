/**
 * Typography of the ideapaperi PDF: Finnish hyphenation (a word is broken only at a
 * hyphenation point, with a drawn "-"), figures that never wrap, and small blocks kept on one
 * page. The line breaker is tested on its own with the real Finnish patterns, and rendered
 * documents are read back with pdfjs-dist (tests/pdf-reader.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_LABEL, type PdfBlock, type PdfDoc } from '../../src/domain';
import { createPdfFonts } from '../../scripts/pdf-fonts';
import { hyphenateFi } from '../../src/export/pdf-hyphenate';
import { fitColumns } from '../../src/export/pdf-geometry';
import { breakLines, charWidthMeasurer, wordTokens } from '../../src/export/pdf-layout';
import { FOOTER_RULE_Y_MM, renderPdf } from '../../src/export/render-pdf';
import { MARGIN_X, WIDTH } from '../../src/export/pdf-style';
import { columnStreams, readPdf, tokensOf, type PdfTextItem, type ReadPdf } from '../pdf-reader';
import { DOC } from '../render-pdf-doc';

const NBSP = '\u00a0';
const MM = 72 / 25.4; // PDF points per mm
const FOOTER_RULE_PT = (297 - FOOTER_RULE_Y_MM) * MM;
const EUR = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' });
const PCT = new Intl.NumberFormat('fi-FI', { style: 'percent', minimumFractionDigits: 2 });

/** Long Finnish words, the ones the issue saw broken mid-word ("Projektipäällikk|ö") among them. */
const LONG_WORDS = [
  'Projektipäällikkö',
  'Lähtötasoarviointi',
  'Todennäköisyys',
  'yhteisöllisyyttä',
  'osallisuusindikaattori',
  'Henkilöstökustannukset',
  'työllisyyspalveluiden',
  'asukaslähtöisyys',
  'ilmoittautuminen',
  'kansainvälisyys',
  'vaikuttavuusarviointi',
  'Lähtötaso',
  'Tavoitetaso',
];
const SHORT_WORDS = ['ja', 'on', 'sekä', 'tai', 'kun', 'myös', 'hanke'];

/** `count` words cycling through the long words with short ones between, so that line ends fall everywhere. */
function finnishText(count: number, seed: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = (i * 7 + seed * 3) % 11;
    out.push(k < 5 ? SHORT_WORDS[(i + seed) % SHORT_WORDS.length]! : LONG_WORDS[(i * 5 + seed) % LONG_WORDS.length]!);
  }
  return out.join(' ');
}

const baseDoc = (blocks: PdfBlock[]): PdfDoc => ({ ...DOC, footer: 'Typografiatesti', pageLabel: PAGE_LABEL, blocks });

// ---------------------------------------------------------------------------------------
// The line breaker with the Finnish patterns (no PDF)

describe('breakLines with Finnish hyphenation', () => {
  const mono = charWidthMeasurer(() => 1); // every character 1 mm wide

  /** The lines' words with each hyphenated line end joined back to the next line's first word. */
  const rejoin = (lines: readonly string[]) => {
    const words: string[] = [];
    let carry = '';
    for (const line of lines) {
      const tokens = line.split(/[ \u00a0]+/).filter((t) => t !== '');
      tokens.forEach((t, k) => {
        const last = k === tokens.length - 1;
        if (last && /\p{L}-$/u.test(t)) carry += t.slice(0, -1);
        else {
          words.push(carry + t);
          carry = '';
        }
      });
    }
    if (carry) words.push(carry);
    return words;
  };

  it('breaks a word longer than the line only at hyphenation points, each line ending in "-"', () => {
    for (const word of LONG_WORDS.filter((w) => w.length > 12)) {
      for (const max of [7, 8, 10, 12]) {
        const lines = breakLines(word, max, mono, hyphenateFi);
        expect(lines.length, `${word} in ${max}`).toBeGreaterThan(1);
        const points = new Set(hyphenateFi(word));
        let at = 0;
        lines.forEach((line, k) => {
          expect(line.length, line).toBeLessThanOrEqual(max);
          if (k === lines.length - 1) return;
          expect(line, `${word} in ${max}`).toMatch(/\p{L}-$/u);
          at += line.length - 1;
          expect(points.has(at), `${word}: break after "${word.slice(0, at)}"`).toBe(true);
        });
        expect(lines.join('').replace(/-/g, '')).toBe(word);
      }
    }
    expect(breakLines('Projektipäällikkö', 10, mono, hyphenateFi)).toEqual(['Projekti-', 'päällikkö']);
  });

  it('hyphenates the word at the end of a line only when the line would otherwise stay short', () => {
    // 25 mm lines: "hanke" leaves 19 mm, so the compound is hyphenated into it.
    expect(breakLines('hanke Henkilöstökustannukset', 25, mono, hyphenateFi)).toEqual(['hanke Henkilöstökustan-', 'nukset']);
    // 3 mm left on a 40 mm line (under the 10 % zone): "To-" would fit, but the word moves whole.
    expect(breakLines('hankkeen koordinaattorit ja hankkeen Todennäköisyys', 40, mono, hyphenateFi)).toEqual([
      'hankkeen koordinaattorit ja hankkeen',
      'Todennäköisyys',
    ]);
  });

  it('keeps three letters after a break, and breaks after a hyphen the word already has without adding one', () => {
    for (const line of breakLines('Lähtötaso', 8, mono, hyphenateFi).slice(1)) expect(line.length).toBeGreaterThanOrEqual(3);
    expect(breakLines('Pohjois-Savossa', 10, mono, hyphenateFi)).toEqual(['Pohjois-', 'Savossa']);
  });

  it('cuts a URL or a code (no hyphenation point) by force, without inserting a hyphen', () => {
    const url = 'https://esimerkki.fi/hanke/ideapaperi/kylatoiminta';
    const lines = breakLines(url, 24, mono, hyphenateFi);
    expect(lines.join('')).toBe(url);
    const code = 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5';
    expect(breakLines(code, 10, mono, hyphenateFi).join('')).toBe(code);
  });

  it('never leaves a soft hyphen in a line', () => {
    const text = finnishText(200, 1);
    for (const max of [9, 17, 40, 90]) for (const line of breakLines(text, max, mono, hyphenateFi)) expect(line).not.toContain('\u00ad');
  });

  it('gives back exactly the source words, every line within the width (random Finnish text)', () => {
    const widths = charWidthMeasurer((ch) => (/[mwMWÄÖ]/.test(ch) ? 1.5 : /[iltj]/.test(ch) ? 0.5 : 1));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LONG_WORDS, ...SHORT_WORDS), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 8, max: 80 }),
        (words, max) => {
          const lines = breakLines(words.join(' '), max, widths, hyphenateFi);
          for (const line of lines) expect(widths(line)).toBeLessThanOrEqual(max + 1e-9);
          expect(rejoin(lines)).toEqual(words);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never splits a figure: amounts, percentages, years and months', () => {
    const figures = [
      '1\u00a0234,56\u00a0€',
      '\u22121\u00a0234,50\u00a0€',
      '26,44\u00a0%',
      '2027',
      '9/2027',
      '1 234,56 €',
      '12 345 678 €',
      '50 %',
    ];
    const text = figures.map((f, i) => `${SHORT_WORDS[i % SHORT_WORDS.length]} ${f}`).join(' ');
    expect(wordTokens('summa 1 234,56 € ja 50 % sekä 2027 120 henkilöä')).toEqual([
      'summa',
      ' ',
      '1 234,56 €',
      ' ',
      'ja',
      ' ',
      '50 %',
      ' ',
      'sekä',
      ' ',
      '2027',
      ' ',
      '120',
      ' ',
      'henkilöä',
    ]);
    for (let max = 12; max <= 60; max++) {
      const lines = breakLines(text, max, mono, hyphenateFi);
      const joined = lines.join('\n');
      for (const f of figures) expect(joined, `${f} in ${max}`).toContain(f);
    }
  });

  it('widens a column too narrow for its figures at the expense of the others', () => {
    // 10 mm missing, taken from the others in proportion to their spare room (50 and 40 mm).
    const widened = fitColumns([50, 10, 40], [0, 20, 0]);
    [50 - 50 / 9, 20, 40 - 40 / 9].forEach((w, i) => expect(widened[i]).toBeCloseTo(w, 9));
    expect(fitColumns([50, 50], [10, 10])).toEqual([50, 50]);
    const crowded = fitColumns([10, 10, 10], [20, 20, 20]);
    expect(crowded.reduce((a, b) => a + b, 0)).toBeCloseTo(30, 9);
  });
});

// ---------------------------------------------------------------------------------------
// Rendered documents

interface Item extends PdfTextItem {
  readonly page: number;
}

let fonts: { regular: Uint8Array; bold: Uint8Array };
beforeAll(async () => {
  fonts = await createPdfFonts();
}, 30_000);

async function render(blocks: PdfBlock[]): Promise<{ pdf: ReadPdf; items: Item[]; bytes: Uint8Array }> {
  const bytes = await renderPdf(baseDoc(blocks), fonts);
  const pdf = await readPdf(bytes);
  // There is no cover: the blocks start on page 1 (index 0).
  const items = pdf.pages.flatMap((p, i) =>
    p.items.filter((it) => it.str.trim() !== '' && it.y >= FOOTER_RULE_PT).map((it) => ({ ...it, page: i })),
  );
  return { pdf, items, bytes };
}

describe('hyphenation in the PDF', () => {
  let items: Item[];
  let sourceTokens: Set<string>;
  let bytes: Uint8Array;
  const texts: string[] = [];

  beforeAll(async () => {
    const blocks: PdfBlock[] = [
      { kind: 'heading', level: 1, text: 'Hankkeen Projektipäällikkö ja Lähtötasoarviointi' },
      { kind: 'paragraph', text: finnishText(180, 0) },
      { kind: 'list', items: [finnishText(40, 1), finnishText(25, 2)] },
      {
        kind: 'keyValue',
        rows: [
          { key: 'Projektipäällikkö ja osallisuusindikaattori', value: finnishText(50, 3) },
          { key: 'Todennäköisyys', value: finnishText(12, 4) },
        ],
      },
      {
        kind: 'table',
        columns: LONG_WORDS.slice(0, 5).map((w) => ({ header: w, width: 1 })),
        rows: Array.from({ length: 6 }, (_, r) => Array.from({ length: 5 }, (_, c) => finnishText(3 + ((r + c) % 4), r * 5 + c))),
      },
      {
        kind: 'table',
        columns: LONG_WORDS.slice(5, 13).map((w) => ({ header: w, width: 1 })),
        rows: Array.from({ length: 4 }, (_, r) => Array.from({ length: 8 }, (_, c) => finnishText(2, r * 8 + c))),
      },
    ];
    for (const b of blocks) {
      if (b.kind === 'heading' || b.kind === 'paragraph') texts.push(b.text);
      if (b.kind === 'list') texts.push(...b.items);
      if (b.kind === 'keyValue') texts.push(...b.rows.flatMap((r) => [r.key, r.value ?? '']));
      if (b.kind === 'table') texts.push(...b.columns.map((c) => c.header), ...b.rows.flat());
    }
    sourceTokens = new Set(texts.flatMap(tokensOf));
    ({ items, bytes } = await render(blocks));
  }, 30_000);

  it('breaks words only at Finnish hyphenation points, with a "-" at the line end, and gives back every source word', () => {
    let hyphenated = 0;
    for (const stream of columnStreams(items)) {
      let carry = ''; // the start of a word hyphenated at the end of the previous line(s)
      let breaks: number[] = []; // where it was broken, as offsets in the word
      for (const item of stream) {
        // pdfjs reads a list bullet as part of the item's first line.
        const tokens = tokensOf(item.str).filter((t) => t !== '•');
        tokens.forEach((token, k) => {
          const last = k === tokens.length - 1;
          if (last && /\p{L}-$/u.test(token) && !sourceTokens.has(carry + token)) {
            // A fragment: the line ends inside a word, with a drawn hyphen.
            carry += token.slice(0, -1);
            breaks.push(carry.length);
            return;
          }
          const word = carry + token;
          if (carry) {
            hyphenated++;
            expect(sourceTokens.has(word), `"${carry}-" + "${token}" on page ${item.page + 1}`).toBe(true);
            // Each break at a Finnish hyphenation point of the word's letters.
            const lead = word.search(/\p{L}/u);
            const core = word.slice(lead).replace(/\P{L}+$/u, '');
            for (const at of breaks) expect(hyphenateFi(core), `${core} broken after "${core.slice(0, at - lead)}"`).toContain(at - lead);
          } else {
            // Not a fragment: a whole source word (a word cut without a hyphen is not one).
            expect(sourceTokens.has(token), `"${token}" on page ${item.page + 1} (${item.str})`).toBe(true);
          }
          carry = '';
          breaks = [];
        });
      }
      expect(carry, 'a hyphenated word must continue on the next line').toBe('');
    }
    expect(hyphenated).toBeGreaterThan(40);
  });

  it('draws no soft hyphen, and a plain "-" at each break (pdftotext agrees)', () => {
    for (const it of items) expect(it.str).not.toContain('\u00ad');
    const dir = mkdtempSync(join(tmpdir(), 'ideapaperi-typo-'));
    try {
      const path = join(dir, 'typo.pdf');
      writeFileSync(path, bytes);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' });
      expect(text).not.toContain('\u00ad');
      expect(text).toMatch(/Projekti-\s/);
      // The breaks of the issue are gone: every line-final "Projektipäällikk" is followed by "ö".
      expect(text).not.toMatch(/Projektipäällikk(?!ö)|Lähtötas(?!o)|Todennäköi(?![-s])/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('figures in the PDF', () => {
  const money = (i: number) => EUR.format(1_234_567.89 + i * 1_111.11); // "1 234 567,89 €" with NBSP
  const pct = (i: number) => PCT.format(0.2644 + i / 1000); // "26,44 %" with NBSP
  // Typed by hand with plain spaces: "2 100,50 €", "(10 %)".
  const typed = (i: number) => `${i + 2} ${100 + i},50 €`;
  const typedPct = (i: number) => `(${10 + i} %)`;
  const figuresText = (from: number, n: number) =>
    Array.from({ length: n }, (_, k) => {
      const i = from + k;
      return `erä ${i} summa ${money(i)} osuus ${pct(i)} vuonna ${2027 + (i % 3)} kuukausi ${(i % 12) + 1}/${2027 + (i % 3)} ja käsin ${typed(i)} ${typedPct(i)}`;
    }).join(' ');
  let items: Item[];
  let figures: string[];
  let sources: string[];

  beforeAll(async () => {
    const blocks: PdfBlock[] = [
      { kind: 'paragraph', text: figuresText(0, 30) },
      { kind: 'keyValue', rows: [{ key: `Tuki ${pct(99)}`, value: figuresText(30, 10) }] },
      {
        kind: 'table',
        // The amount columns are far too narrow for "1 234 567,89 €": widened or shrunk, never wrapped.
        columns: [
          { header: 'Kululaji ja selite', width: 0.7 },
          { header: 'Summa', width: 0.06, align: 'right' },
          { header: 'Osuus', width: 0.05, align: 'right' },
          { header: 'Kk', width: 0.05 },
        ],
        rows: Array.from({ length: 8 }, (_, r) => [finnishText(6, r), money(100 + r), pct(100 + r), `${r + 1}/2027`]),
        footer: ['Yhteensä', money(200), pct(200), '2027'],
      },
      {
        kind: 'table',
        // Seven million-euro columns cannot all be widened enough: their type shrinks instead.
        columns: Array.from({ length: 7 }, (_, c) => ({ header: `V${c + 1}`, width: 1, align: 'right' as const })),
        rows: Array.from({ length: 3 }, (_, r) => Array.from({ length: 7 }, (_, c) => money(300 + r * 10 + c))),
      },
    ];
    sources = blocks.flatMap((b) =>
      b.kind === 'paragraph'
        ? [b.text]
        : b.kind === 'keyValue'
          ? b.rows.flatMap((r) => [r.key, r.value ?? ''])
          : b.kind === 'table'
            ? [...b.columns.map((c) => c.header), ...b.rows.flat(), ...(b.footer ?? [])]
            : [],
    );
    figures = [
      ...Array.from({ length: 40 }, (_, i) => [money(i), pct(i), typed(i), typedPct(i)]).flat(),
      pct(99),
      ...Array.from({ length: 8 }, (_, r) => [money(100 + r), pct(100 + r)]).flat(),
      money(200),
      pct(200),
      ...Array.from({ length: 3 }, (_, r) => Array.from({ length: 7 }, (_, c) => money(300 + r * 10 + c))).flat(),
    ];
    ({ items } = await render(blocks));
  }, 30_000);

  it('prints every amount, percentage and month whole on one line', () => {
    expect(new Set(figures).size).toBe(figures.length);
    expect(money(0)).toMatch(/^1\u00a0234\u00a0567,89\u00a0€$/);
    expect(pct(0)).toBe(`26,44${NBSP}%`);
    // pdfjs reads U+00A0 as a space.
    const lines = items.map((it) => it.str.replace(/\u00a0/g, ' '));
    for (const f of figures) {
      const wanted = f.replace(/\u00a0/g, ' ');
      expect(
        lines.some((l) => l.includes(wanted)),
        `${wanted} split over lines`,
      ).toBe(true);
    }
    // Months ("9/2027") and years: as many whole on the lines as in the source.
    const month = /(?<![\d/])\d{1,2}\/20\d\d(?![\d/])/g;
    const count = (texts: readonly string[], re: RegExp) => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
    expect(count(lines, month)).toBe(count(sources, month));
    expect(count(lines, /\b20\d\d\b/g)).toBe(count(sources, /\b20\d\d\b/g));
    // And no line ends in half an amount ("1 234,").
    for (const l of lines) expect(l, l).not.toMatch(/\d,$/);
  });

  it('keeps the cells of a crowded table apart (shrunk figures do not overlap)', () => {
    const rows = new Map<string, Item[]>();
    for (const it of items.filter((i) => /€$/.test(i.str)))
      rows.set(`${it.page}:${Math.round(it.y)}`, [...(rows.get(`${it.page}:${Math.round(it.y)}`) ?? []), it]);
    const crowded = [...rows.values()].filter((r) => r.length === 7);
    expect(crowded).toHaveLength(3);
    for (const row of crowded) {
      const sorted = [...row].sort((a, b) => a.x - b.x);
      for (let k = 1; k < sorted.length; k++) expect(sorted[k - 1]!.x + sorted[k - 1]!.width).toBeLessThan(sorted[k]!.x);
      expect(sorted[0]!.x).toBeGreaterThanOrEqual(MARGIN_X * MM - 0.5);
      expect(sorted[6]!.x + sorted[6]!.width).toBeLessThanOrEqual((MARGIN_X + WIDTH) * MM + 0.5);
    }
  });
});

describe('keeping small blocks on one page', () => {
  const SECTIONS = 16;
  const SMALL_ROWS = 9;
  const LONG_LINES = 12;
  let items: Item[];
  let pages: number;

  beforeAll(async () => {
    const blocks: PdfBlock[] = [];
    for (let s = 0; s < SECTIONS; s++) {
      const n = String(s).padStart(2, '0');
      // Fillers of 1 to 40 lines put the next heading, paragraphs and table at every height of a page.
      const filler = 1 + ((s * 17) % 40);
      blocks.push({ kind: 'paragraph', text: Array.from({ length: filler }, (_, k) => `Täyte${n}r${k} ${finnishText(2, k)}`).join('\n') });
      blocks.push({ kind: 'heading', level: 2, text: `Osio ${n}` });
      // Exactly four lines (one per source line, each short enough not to wrap): never split.
      blocks.push({ kind: 'paragraph', text: [0, 1, 2, 3].map((k) => `Lyhyt${n}r${k} ${finnishText(2, s + k)}`).join('\n') });
      blocks.push({ kind: 'heading', level: 3, text: `Taulukko ${n}` });
      blocks.push({
        kind: 'table',
        columns: [
          { header: `Tunnus${n}`, width: 1 },
          { header: 'Kuvaus', width: 4 },
          { header: 'Summa', width: 1.4, align: 'right' },
        ],
        rows: Array.from({ length: SMALL_ROWS }, (_, r) => [`T${n}r${r}`, finnishText(4 + (r % 3), r), EUR.format(r * 1000 + s)]),
        footer: [`Yht${n}`, '', EUR.format(s)],
      });
      // A long paragraph: may break, but leaves at least two lines on each page.
      blocks.push({
        kind: 'paragraph',
        text: Array.from({ length: LONG_LINES }, (_, k) => `Pitkä${n}r${k} ${finnishText(2, s + k)}`).join('\n'),
      });
    }
    blocks.push({ kind: 'heading', level: 2, text: 'Pitkä taulukko' });
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Pitkärivi', width: 1 },
        { header: 'Selite', width: 4 },
        { header: 'Euroa', width: 1.4, align: 'right' },
      ],
      rows: Array.from({ length: 60 }, (_, r) => [`P${String(r).padStart(2, '0')}`, finnishText(3, r), EUR.format(r * 10)]),
    });
    const out = await render(blocks);
    items = out.items;
    pages = out.pdf.pages.length;
  }, 30_000);

  const pageOf = (text: string) => {
    const found = items.filter((i) => i.str.split(/\s/).includes(text) || i.str === text);
    expect(found, text).toHaveLength(1);
    return found[0]!.page;
  };

  it('never leaves a heading last on a page: at least two lines follow it there', () => {
    expect(pages).toBeGreaterThan(8);
    const headings = items.filter((i) => /^(Osio|Taulukko) \d\d$|^Pitkä taulukko$/.test(i.str));
    expect(headings).toHaveLength(2 * SECTIONS + 1);
    for (const h of headings) {
      const below = new Set(items.filter((i) => i.page === h.page && i.y < h.y - 1).map((i) => Math.round(i.y)));
      expect(below.size, `${h.str} on page ${h.page + 1}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps a paragraph of up to four lines on one page, and leaves two lines of a longer one on each page', () => {
    let split = 0;
    for (let s = 0; s < SECTIONS; s++) {
      const n = String(s).padStart(2, '0');
      const short = [0, 1, 2, 3].map((k) => pageOf(`Lyhyt${n}r${k}`));
      expect(new Set(short).size, `paragraph ${n}: pages ${short.map((p) => p + 1).join(', ')}`).toBe(1);
      const long = Array.from({ length: LONG_LINES }, (_, k) => pageOf(`Pitkä${n}r${k}`));
      for (const page of new Set(long)) {
        expect(long.filter((p) => p === page).length, `long paragraph ${n} on page ${page + 1}`).toBeGreaterThanOrEqual(2);
      }
      if (new Set(long).size > 1) split++;
    }
    // The fillers really put some long paragraphs across a page break.
    expect(split).toBeGreaterThan(0);
  });

  it('moves a table of up to ten rows whole to the next page instead of splitting it', () => {
    let moved = 0;
    for (let s = 0; s < SECTIONS; s++) {
      const n = String(s).padStart(2, '0');
      const page = pageOf(`Tunnus${n}`);
      for (let r = 0; r < SMALL_ROWS; r++) expect(pageOf(`T${n}r${r}`), `table ${n} row ${r}`).toBe(page);
      expect(pageOf(`Yht${n}`), `table ${n} totals`).toBe(page);
      expect(pageOf(`Taulukko ${n}`), `table ${n} heading`).toBe(page);
      if (pageOf(`Lyhyt${n}r3`) !== page) moved++;
    }
    // The fillers really put some tables at a page break (so they had to move).
    expect(moved).toBeGreaterThan(0);
  });

  it('lets a 60-row table break, repeating its header row on every page', () => {
    const rowPages = Array.from({ length: 60 }, (_, r) => pageOf(`P${String(r).padStart(2, '0')}`));
    const spanned = [...new Set(rowPages)];
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    for (const p of spanned) {
      const strs = items.filter((i) => i.page === p).map((i) => i.str);
      for (const h of ['Pitkärivi', 'Selite', 'Euroa']) expect(strs, `page ${p + 1}`).toContain(h);
    }
  });
});
