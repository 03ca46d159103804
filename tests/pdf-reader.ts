/**
 * Reads a PDF back with a real parser (pdfjs-dist) for tests: text per page with positions,
 * and the document info. Used by unit tests and browser tests alike.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  readonly str: string;
  /** Baseline height from the bottom edge, in points. */
  readonly y: number;
  readonly x: number;
  /** Advance width of the text, in points. */
  readonly width: number;
}

export interface ReadPdf {
  readonly pages: readonly { readonly text: string; readonly items: readonly PdfTextItem[] }[];
  readonly info: Record<string, unknown>;
  /** All pages' text joined, whitespace (incl. NBSP) collapsed to single spaces. */
  readonly text: string;
}

/** Collapses every kind of whitespace so wrapped text can be compared with the source. */
export const squash = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** Removes all whitespace: for checking that a long wrapped word lost no character. */
export const noSpace = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, '');

/**
 * A line that ends in the hyphen the renderer draws where it breaks a word ("Projekti-"): a
 * "-" right after a letter. (A hyphen the source had, as in "Pohjois-" / "Savo", looks the
 * same; the fixture texts have none at a line end.)
 */
export const HYPHENATED_END = /(?<=\p{L})-$/u;

/**
 * Line texts in reading order joined with spaces, except that a word hyphenated at a line end
 * is joined back without its hyphen ("tuhat-" + "ta," → "tuhatta,").
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  lines.forEach((line, k) => {
    if (k === 0) out = line;
    else if (HYPHENATED_END.test(out)) out = out.slice(0, -1) + line;
    else out += ' ' + line;
  });
  return out;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const items: PdfTextItem[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width });
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push({ text, items });
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: (meta.info ?? {}) as Record<string, unknown>, text: squash(pages.map((p) => p.text).join('\n')) };
}

/** Words as both the source and pdfjs separate them (pdfjs reads U+00A0 as a space). */
export const tokensOf = (s: string) => s.split(/[\s\u00a0]+/).filter((t) => t !== '');

const MM_PT = 72 / 25.4;

/**
 * The lines of each text column, in reading order: items that start at the same x (a table
 * column, the text column, the key or the value column of a key–value block) follow each
 * other down the pages, so a word broken at a line end continues in the next item.
 */
export function columnStreams<T extends PdfTextItem>(items: readonly T[]): T[][] {
  const byX = new Map<number, T[]>();
  for (const it of items) {
    // pdfjs reads a list bullet (1.2 mm into the indent) with the first line of its item (5 mm in).
    const x = it.str.startsWith('•') ? it.x + 3.8 * MM_PT : it.x;
    const key = Math.round(x * 2);
    byX.set(key, [...(byX.get(key) ?? []), it]);
  }
  return [...byX.values()];
}

/**
 * Words of the rendered text that are not words of the source: a word cut without a hyphen,
 * or a hyphenated fragment that does not join with the next line into a source word. A line
 * may end after a hyphen the source word already has ("vapaa-" + "aikapalvelut").
 */
export function brokenWords(items: readonly PdfTextItem[], source: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const stream of columnStreams(items)) {
    let carry: string[] = []; // possible starts of a word continued from the previous line
    for (const item of stream) {
      const tokens = tokensOf(item.str).filter((t) => t !== '•');
      tokens.forEach((token, k) => {
        const last = k === tokens.length - 1;
        const joined = carry.length ? carry.map((c) => c + token) : [token];
        if (last && /\p{L}-$/u.test(token) && !joined.some((w) => source.has(w))) {
          // A line ending inside a word: the drawn hyphen or the word's own.
          carry = joined.flatMap((w) => [w.slice(0, -1), w]);
          return;
        }
        if (!joined.some((w) => source.has(w))) problems.push(`${carry.length ? `${carry[0]}…` : ''}${token} (${item.str})`);
        carry = [];
      });
    }
    if (carry.length) problems.push(`${carry[0]}- at the end of a column`);
  }
  return problems;
}
