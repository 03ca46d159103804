import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfBlock, PdfDoc } from '../../src/domain';
import { createPdfFonts, pdfFontsPlugin } from '../../scripts/pdf-fonts';
import { base64ToBytes, blankOpenAction, extractEmbeddedJson } from '../../src/export/pdf-embedded';
import { bytesToBase64, isCompletePdf } from '../../src/export/pdf-bytes';
import { columnWidths, truncateToWidth } from '../../src/export/pdf-geometry';
import { breakLines, charWidthMeasurer } from '../../src/export/pdf-layout';
import { MISSING_GLYPH, PDF_FONT_FILES, PDF_FONT_RANGES, graphemes, pdfFontCharacters, prepareText } from '../../src/export/pdf-text';
import { FOOTER_RULE_Y_MM, renderPdf } from '../../src/export/render-pdf';
import {
  BLOCKS,
  DOC,
  FOOTER,
  HUGE_CELL,
  JSON_PAYLOAD,
  LONG_WORD,
  MONEY,
  NOTICE_TITLE,
  ROWS,
  SPECIAL,
  TITLE,
  TOTAL,
  URL,
} from '../render-pdf-doc';

const NBSP = '\u00a0';
const MM = 72 / 25.4; // PDF points per mm
const FOOTER_RULE_PT = (297 - FOOTER_RULE_Y_MM) * MM; // footer rule, in points from the bottom edge
const CONTENT_FLOOR_PT = (297 - FOOTER_RULE_Y_MM + 4) * MM; // content line boxes end 4 mm above it

// ---------------------------------------------------------------------------------------
// prepareText and the line breaker (pure, no PDF)

describe('prepareText', () => {
  it('normalises to NFC, line endings, tabs and narrow spaces', () => {
    expect(prepareText('a\u0308iti')).toBe('äiti');
    expect(prepareText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(prepareText('\tx')).toBe('    x');
    expect(prepareText('1\u202f234\u2009€')).toBe(`1${NBSP}234${NBSP}€`);
  });

  it('keeps every character of the font subset except the mapped spaces and the soft hyphen', () => {
    const all = pdfFontCharacters();
    const expected = all.replace(/[\u202f\u2009]/g, NBSP).replace(/\u00ad/g, '');
    expect(prepareText(all)).toBe(expected);
    expect(prepareText('−1 234,50 € Åsa “x” ‘y’ … • – — á č đ ŋ š ŧ ž □ �')).toBe('−1 234,50 € Åsa “x” ‘y’ … • – — á č đ ŋ š ŧ ž □ �');
  });

  it('replaces each emoji sequence, lone surrogate and control character with one □', () => {
    expect(prepareText('a😀b')).toBe(`a${MISSING_GLYPH}b`);
    expect(prepareText('👨‍👩‍👧 perhe')).toBe(`${MISSING_GLYPH} perhe`); // ZWJ sequence
    expect(prepareText('🇫🇮')).toBe(MISSING_GLYPH); // flag = two regional indicators
    expect(prepareText('👍🏽❤️1️⃣')).toBe(MISSING_GLYPH.repeat(3)); // skin tone, VS16, keycap
    expect(prepareText('x\ud800y\udc00')).toBe(`x${MISSING_GLYPH}y${MISSING_GLYPH}`);
    expect(prepareText('a\u0007b\u0000c')).toBe(`a${MISSING_GLYPH}b${MISSING_GLYPH}c`);
    expect(prepareText('中文')).toBe(MISSING_GLYPH.repeat(2));
  });

  it('drops invisible format characters and keeps text-style ©', () => {
    expect(prepareText('a\u200bb\u00adc\ufeffd\u2060e')).toBe('abcde');
    expect(prepareText('©\ufe0f 2025')).toBe('© 2025');
  });

  it('groups emoji sequences the same way without Intl.Segmenter', () => {
    for (const s of ['a👨‍👩‍👧b', '👍🏽x', '❤️', 'e\u0301']) {
      expect(graphemes(s, false)).toEqual(graphemes(s, true));
    }
  });

  it('only ever outputs characters of the subset (or \\n)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        for (const ch of prepareText(s)) {
          const cp = ch.codePointAt(0)!;
          expect(ch === '\n' || PDF_FONT_RANGES.some(([a, b]) => cp >= a && cp <= b)).toBe(true);
        }
      }),
    );
  });
});

describe('breakLines', () => {
  const mono = charWidthMeasurer(() => 1); // every character 1 mm wide

  it('breaks at spaces, keeps explicit newlines and indentation', () => {
    expect(breakLines('aaa bbb ccc', 7, mono)).toEqual(['aaa bbb', 'ccc']);
    expect(breakLines('a\n\nb', 10, mono)).toEqual(['a', '', 'b']);
    expect(breakLines('    sisennys', 20, mono)).toEqual(['    sisennys']);
    expect(breakLines('', 10, mono)).toEqual(['']);
  });

  it('hard-breaks a word longer than the line without losing a character', () => {
    const word = 'abcdefghijklmnopqrstuvwxy';
    expect(breakLines(word, 10, mono)).toEqual(['abcdefghij', 'klmnopqrst', 'uvwxy']);
    expect(breakLines(`ok ${word}`, 10, mono)).toEqual(['ok abcdefg', 'hijklmnopq', 'rstuvwxy']);
  });

  it('prefers a break after / or - in a URL', () => {
    const lines = breakLines('https://esimerkki.fi/hanke/ideapaperi-2025', 24, mono);
    expect(lines[0]).toBe('https://esimerkki.fi/');
    expect(lines.join('')).toBe('https://esimerkki.fi/hanke/ideapaperi-2025');
  });

  it('never splits a surrogate pair, even when no character fits', () => {
    expect(breakLines('😀😀', 0.5, mono)).toEqual(['😀', '😀']);
  });

  it('no line is wider than the limit and no non-space character is lost', () => {
    const widths = charWidthMeasurer((ch) => (ch === 'W' ? 2 : ch === 'i' ? 0.5 : 1));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'W', 'i', ' ', ' ', '\n', '/', '-', 'ä'), { maxLength: 200 }),
        fc.integer({ min: 2, max: 40 }),
        (chars, max) => {
          const text = chars.join('');
          const lines = breakLines(text, max, widths);
          for (const line of lines) expect(widths(line)).toBeLessThanOrEqual(max + 1e-9);
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/[ \n]/g, ''));
          expect(lines.length).toBe(text.split('\n').reduce((n, p) => n + breakLines(p, max, widths).length, 0));
        },
      ),
    );
  });

  it('truncates a footer label with …', () => {
    expect(truncateToWidth('lyhyt', 10, mono)).toBe('lyhyt');
    expect(truncateToWidth('hyvin pitkä nimi', 8, mono)).toBe('hyvin p\u2026');
  });
});

describe('columnWidths', () => {
  it('splits the total by relative width; a bad width counts as an average one', () => {
    expect(columnWidths([{ width: 1 }, { width: 3 }], 100)).toEqual([25, 75]);
    expect(columnWidths([{ width: 2 }, { width: 0 }, { width: Number.NaN }], 60)).toEqual([20, 20, 20]);
  });
});

describe('blankOpenAction', () => {
  it("blanks only the catalog's /OpenAction, keeping every byte offset", () => {
    const src =
      '1 0 obj\n<< /Title (/Type /Catalog /OpenAction [3 0 R /FitH null]) >>\nendobj\n' +
      '2 0 obj\n<<\n/Type /Catalog\n/Pages 1 0 R\n/OpenAction [3 0 R /FitH null]\n/Lang (fi)\n>>\nendobj\nxref';
    const bytes = new TextEncoder().encode(src);
    blankOpenAction(bytes);
    const out = new TextDecoder().decode(bytes);
    expect(out.length).toBe(src.length);
    expect(out).toContain('/Title (/Type /Catalog /OpenAction [3 0 R /FitH null])');
    expect(out).toContain(`/Pages 1 0 R\n${' '.repeat('/OpenAction [3 0 R /FitH null]'.length)}\n/Lang (fi)`);
  });
});

describe('base64 helpers', () => {
  it('match Node for all tail lengths', () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      const b64 = bytesToBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(b64)).toEqual(bytes);
    }
    expect(base64ToBytes('abc')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------
// The rendered PDF (the document of tests/render-pdf-doc.ts), read back with pdfjs-dist and
// poppler's pdftotext

interface Item {
  str: string;
  x: number;
  y: number;
}

let bytes: Uint8Array;
let pages: Item[][];
let pdfInfo: Record<string, unknown>;
let pdfPath: string;
let fontSizes: { regular: number; bold: number };

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, '');
// pdfjs reports U+00A0 as U+0020 (it maps whitespace-category characters to a space while
// extracting; the PDF's ToUnicode CMap does say U+00A0, see the CMap test below).
const spaced = (s: string) => s.replace(/\u00a0/g, ' ');
const pageText = (items: Item[]) => items.map((i) => i.str).join(' ');
const isFooter = (item: Item) => item.y < FOOTER_RULE_PT;
const body = (items: Item[]) => items.filter((i) => !isFooter(i));

beforeAll(async () => {
  const fonts = await createPdfFonts();
  fontSizes = { regular: fonts.regular.length, bold: fonts.bold.length };
  // The render time of this document is measured by `npm run bench` (bench/app.bench.ts), not asserted here.
  bytes = await renderPdf(DOC, fonts);
  pdfPath = join(mkdtempSync(join(tmpdir(), 'ideapaperi-pdf-')), DOC.meta.fileName);
  writeFileSync(pdfPath, bytes);

  // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 })
    .promise;
  pages = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const content = await (await pdf.getPage(p)).getTextContent({ disableNormalization: true });
    pages.push(
      content.items.flatMap((it) =>
        'str' in it && it.str !== '' ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number }] : [],
      ),
    );
  }
  pdfInfo = (await pdf.getMetadata()).info as Record<string, unknown>;
  await pdf.destroy();
}, 60_000);

afterAll(() => {
  if (pdfPath) rmSync(join(pdfPath, '..'), { recursive: true, force: true });
});

describe('renderPdf', () => {
  it('produces a PDF with no cover: the title, facts and notice open page 1 and the blocks follow on it', () => {
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const first = squash(pageText(pages[0]!));
    for (const s of [TITLE, 'Toteutusaika', '1.1.2026–31.12.2027', NOTICE_TITLE, 'Este 0 · Korjattavaa 1 · Vinkki 2']) {
      expect(first).toContain(squash(s));
    }
    expect(first).toContain(squash('1. Hankkeen perustiedot'));
    // The title comes first on the page (highest baseline).
    const top = [...pages[0]!].sort((a, b) => b.y - a.y)[0];
    expect(TITLE.startsWith(top!.str.trim())).toBe(true);
  });

  it('extracts the special characters exactly (U+2212 stays U+2212, U+202F becomes NBSP)', () => {
    const text = pages.map((p) => pageText(body(p))).join(' ');
    for (const ch of SPECIAL.split(' ')) expect(text).toContain(ch);
    expect(text).toContain(spaced(MONEY));
    expect(text).toContain('tasan väli');
    expect(text).toContain('\u2212');
    expect(text).not.toContain('\u202f');
  });

  it('maps glyphs back to U+00A0, U+2212 and U+25A1 in the ToUnicode CMap', () => {
    const raw = new TextDecoder('latin1').decode(bytes);
    const cmaps: string[] = [];
    for (const m of raw.matchAll(/stream\r?\n/g)) {
      const start = m.index + m[0].length;
      const end = raw.indexOf('endstream', start);
      try {
        const text = new TextDecoder('latin1').decode(inflateSync(bytes.subarray(start, end)));
        if (text.includes('beginbfchar')) cmaps.push(text);
      } catch {
        // not a Flate stream (the XMP metadata, for one)
      }
    }
    const targets = cmaps.join('\n');
    for (const cp of ['00a0', '2212', '25a1', '20ac', '014b']) expect(targets).toMatch(new RegExp(`<[0-9a-f]{4}><${cp}>`));
  });

  it('turns the emoji into □ and keeps the newline and tab text', () => {
    const all = squash(pages.map((p) => pageText(body(p))).join(' '));
    expect(all).toContain(squash('Emoji □ muuttuu neliöksi.'));
    expect(all).toContain('Toinenrivitabulaattorilla.');
    expect(all).not.toContain('😀');
  });

  it('wraps the long word, the URL and the 8 000-character cell without losing a character', () => {
    // Footer items are dropped and the repeated table header is removed: what is left must
    // contain every long text in order, whatever the wrapping.
    const all = squash(pages.map((p) => pageText(body(p))).join(' ')).replaceAll('KohtaKuvausteksti', '');
    expect(all).toContain(squash(`Pitkä sana: ${LONG_WORD}`));
    expect(all).toContain(squash(`Osoite: ${URL}`));
    expect(all).toContain(squash(HUGE_CELL));
    // The huge cell really spans pages.
    const cellPages = pages.filter((p) => p.some((i) => /sana\d{3}/.test(i.str)));
    expect(cellPages.length).toBeGreaterThanOrEqual(2);
  });

  it('prints "Ei vielä täytetty" for a null keyValue value', () => {
    const all = pages.map((p) => pageText(body(p))).join(' ');
    expect(all).toMatch(/Y-tunnus\s+Ei vielä täytetty/);
  });

  it('repeats the table header on every page the 60-row table spans, each row once', () => {
    const tablePages = pages.filter((p) => p.some((i) => /^Rivi \d\d/.test(i.str)));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const p of tablePages) {
      const strs = p.map((i) => i.str);
      for (const h of ['Kululaji', 'Selite', 'Summa']) expect(strs).toContain(h);
    }
    const all = pages.map((p) => pageText(p)).join(' ');
    for (const [label] of ROWS) expect(all.split(label!).length - 1).toBe(1);
    expect(all).toContain(spaced(TOTAL));
  });

  it('right-aligns the numeric column', () => {
    const sums = pages.flat().filter((i) => /^1 1\d\d,00 €$/.test(i.str));
    expect(sums.length).toBe(60);
    // Same width strings, right-aligned: all start at the same x (within rounding).
    const xs = sums.map((i) => i.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.5);
  });

  it('numbers every page "Sivu X / N" and prints the footer label', () => {
    const n = pages.length;
    pages.forEach((p, i) => {
      const footer = squash(
        p
          .filter(isFooter)
          .map((it) => it.str)
          .join(''),
      );
      expect(footer).toBe(squash(`${FOOTER}Sivu ${i + 1} / ${n}`));
    });
  });

  it('keeps all content above the footer zone', () => {
    for (const p of pages) {
      for (const item of body(p)) expect(item.y).toBeGreaterThan(CONTENT_FLOOR_PT);
    }
  });

  it('never leaves a heading last on a page', () => {
    const headings = BLOCKS.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    for (const h of headings) {
      const page = pages.find((p) => p.some((i) => i.str === h));
      expect(page, h).toBeDefined();
      const y = page!.find((i) => i.str === h)!.y;
      // At least two lines of content below the heading on the same page.
      const below = new Set(
        body(page!)
          .filter((i) => i.y < y - 1)
          .map((i) => Math.round(i.y)),
      );
      expect(below.size, h).toBeGreaterThanOrEqual(2);
    }
  });

  it('sets title, author, subject, keywords and creator', () => {
    expect(pdfInfo.Title).toBe(DOC.meta.title);
    expect(pdfInfo.Author).toBe(DOC.meta.author);
    expect(pdfInfo.Subject).toBe(DOC.meta.subject);
    expect(pdfInfo.Keywords).toBe(DOC.meta.keywords);
    expect(pdfInfo.Creator).toBe('Ideapaperi');
    expect(String(pdfInfo.CreationDate)).toMatch(/^D:20250314/);
  });

  it('embeds the draft JSON so that it round-trips exactly', () => {
    expect(extractEmbeddedJson(bytes)).toBe(JSON_PAYLOAD);
    expect(extractEmbeddedJson(new TextEncoder().encode('%PDF-1.3 nothing here'))).toBeNull();
  });

  it('contains no JavaScript or automatic actions', () => {
    const raw = new TextDecoder('latin1').decode(bytes);
    expect(raw).not.toContain('/JavaScript');
    expect(raw).not.toContain('/JS ');
    expect(raw).not.toContain('/OpenAction');
    expect(raw).not.toContain('/AA ');
    expect(raw).not.toContain('/Launch');
  });

  it('stays small', () => {
    expect(bytes.length).toBeLessThan(200_000);
    expect(fontSizes.regular).toBeLessThan(80_000);
    expect(fontSizes.bold).toBeLessThan(80_000);
  });

  it('reads the same with poppler pdftotext', () => {
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
    } catch (err) {
      // A missing binary fails this test: skipping would let the check pass unnoticed.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Error('pdftotext is missing: install poppler-utils (apt-get install -y poppler-utils)', { cause: err });
      }
      throw err;
    }
    // pdftotext prints NBSP as a plain space; footers are dropped so page breaks do not
    // interrupt the long texts.
    const n = pages.length;
    let plain = text.replace(/\u00a0/g, ' ');
    for (let i = 1; i <= n; i++) expect(plain).toContain(`Sivu ${i} / ${n}`);
    plain = plain.replaceAll(FOOTER, '').replace(/Sivu \d+ \/ \d+/g, '');
    for (const ch of SPECIAL.split(' ')) expect(plain).toContain(ch);
    expect(plain).toContain('\u22121 234,50 €');
    expect(squash(plain).replaceAll('KohtaKuvausteksti', '')).toContain(squash(HUGE_CELL));
  });
});

describe('font subset', () => {
  let fonts: { regular: Uint8Array; bold: Uint8Array };
  beforeAll(async () => {
    fonts = await createPdfFonts();
  }, 30_000);

  it('draws every character of the subset in both weights (jsPDF cuts a run at a missing glyph)', async () => {
    const all = prepareText(pdfFontCharacters());
    const doc: PdfDoc = {
      ...DOC,
      blocks: [
        { kind: 'heading', level: 3, text: all }, // headings are bold
        { kind: 'paragraph', text: all },
      ],
    };
    const pdf = await getDocument({
      data: await renderPdf(doc, fonts),
      useSystemFonts: false,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
    const items = (await (await pdf.getPage(1)).getTextContent({ disableNormalization: true })).items;
    const text = squash(items.map((i) => ('str' in i ? i.str : '')).join(''));
    await pdf.destroy();
    const expected = squash(all);
    expect(text.split(expected).length - 1).toBe(2);
  });

  it('is emitted by the Vite plugin under fixed, unhashed names', async () => {
    const emitted: { fileName: string; source: Uint8Array }[] = [];
    const plugin = pdfFontsPlugin();
    const hook = plugin.generateBundle as (this: unknown) => Promise<void>;
    await hook.call({
      environment: { config: { consumer: 'client' } },
      emitFile: (f: { fileName: string; source: Uint8Array }) => emitted.push(f),
    });
    expect(emitted.map((f) => f.fileName)).toEqual([PDF_FONT_FILES.regular, PDF_FONT_FILES.bold]);
    expect(emitted[0]!.source).toEqual(fonts.regular);
    expect(emitted[1]!.source).toEqual(fonts.bold);
  });
});

describe('renderPdf on random documents', () => {
  let fonts: { regular: Uint8Array; bold: Uint8Array };
  beforeAll(async () => {
    fonts = await createPdfFonts();
  }, 30_000);

  const word = fc.stringMatching(/^[a-zåäöA-Z0-9€–/-]{1,12}$/);
  const text = fc.oneof(
    fc.array(word, { minLength: 1, maxLength: 80 }).map((w) => w.join(' ')),
    fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join('\n')),
    fc.stringMatching(/^[a-z]{50,400}$/), // one long unbroken word
  );
  const block: fc.Arbitrary<PdfBlock> = fc.oneof(
    fc.record({ kind: fc.constant('heading' as const), level: fc.constantFrom(1 as const, 2 as const, 3 as const), text: word }),
    fc.record({ kind: fc.constant('paragraph' as const), text }),
    fc.record({ kind: fc.constant('list' as const), items: fc.array(text, { minLength: 1, maxLength: 5 }) }),
    fc.record({
      kind: fc.constant('keyValue' as const),
      rows: fc.array(fc.record({ key: word, value: fc.option(text) }), { minLength: 1, maxLength: 5 }),
    }),
    fc.record({
      kind: fc.constant('table' as const),
      columns: fc.constant([
        { header: 'Otsake A', width: 2 },
        { header: 'Otsake B', width: 3 },
        { header: 'Summa', width: 1, align: 'right' as const },
      ]),
      rows: fc.array(fc.tuple(word, text, word), { maxLength: 25 }),
    }),
  );

  it('keeps content above the footer and numbers pages, whatever the blocks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(block, { minLength: 1, maxLength: 25 }), async (blocks) => {
        const out = await renderPdf({ ...DOC, blocks }, fonts);
        const pdf = await getDocument({ data: out, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 })
          .promise;
        try {
          for (let p = 1; p <= pdf.numPages; p++) {
            const items = (await (await pdf.getPage(p)).getTextContent()).items.flatMap((i) =>
              'str' in i && i.str.trim() !== '' ? [i] : [],
            );
            const footer = squash(
              items
                .filter((i) => (i.transform[5] as number) < FOOTER_RULE_PT)
                .map((i) => i.str)
                .join(''),
            );
            expect(footer).toBe(squash(`${FOOTER}Sivu ${p} / ${pdf.numPages}`));
            for (const i of items)
              if ((i.transform[5] as number) >= FOOTER_RULE_PT) expect(i.transform[5]).toBeGreaterThan(CONTENT_FLOOR_PT);
            if (p > 1) expect(items.length).toBeGreaterThan(2); // no blank pages
          }
        } finally {
          await pdf.destroy();
        }
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('isCompletePdf', () => {
  it('accepts the rendered paper and refuses empty or cut bytes', () => {
    expect(isCompletePdf(bytes)).toBe(true);
    expect(isCompletePdf(new Uint8Array(0))).toBe(false);
    expect(isCompletePdf(bytes.subarray(0, bytes.length - 2048))).toBe(false);
    expect(isCompletePdf(bytes.subarray(10))).toBe(false);
  });
});
