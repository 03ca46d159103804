/**
 * Text clean-up for the PDF: the embedded font is a subset, and jsPDF silently truncates a
 * whole text run at the first character whose glyph is missing (pdfEscape16 stops at glyph 0),
 * so every string must be reduced to the subset before it reaches jsPDF.
 *
 * Pure and free of Node and DOM imports: the browser renderer and the Node font build
 * (scripts/pdf-fonts.ts) both read PDF_FONT_RANGES from here, so they cannot drift apart.
 */

/** Inclusive code point ranges kept in the PDF font subset (the single source of truth). */
export const PDF_FONT_RANGES: readonly (readonly [number, number])[] = [
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x017f], // Latin-1 + Latin Extended-A: å ä ö, Sámi á č đ ŋ š ŧ ž
  [0x2009, 0x2009], // thin space (mapped to NBSP by prepareText, kept for safety)
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x202f, 0x202f], // narrow no-break space (mapped to NBSP by prepareText)
  [0x2030, 0x203a], // per mille, primes, guillemets
  [0x20ac, 0x20ac], // euro
  [0x2212, 0x2212], // minus sign (fi-FI number formatting)
  [0x25a1, 0x25a1], // □, the visible placeholder for anything else
  [0xfffd, 0xfffd], // replacement character
];

/**
 * Where the build serves the subset fonts, relative to the app's base URL (fetch them as
 * `${import.meta.env.BASE_URL}${PDF_FONT_FILES.regular}`); emitted by pdfFontsPlugin.
 */
export const PDF_FONT_FILES = { regular: 'fonts/pdf-sans.ttf', bold: 'fonts/pdf-sans-bold.ttf' } as const;

/** The visible placeholder printed instead of a character the PDF font lacks. */
export const MISSING_GLYPH = '\u25a1';

/** Every character of the PDF font subset as one string (the subsetter's input). */
export function pdfFontCharacters(): string {
  let out = '';
  for (const [from, to] of PDF_FONT_RANGES) {
    for (let cp = from; cp <= to; cp++) out += String.fromCodePoint(cp);
  }
  return out;
}

// A regex character class built from the ranges, for the fast path (most text is plain).
const rangeClass = PDF_FONT_RANGES.map(([a, b]) =>
  a === b ? `\\u{${a.toString(16)}}` : `\\u{${a.toString(16)}}-\\u{${b.toString(16)}}`,
).join('');
const UNSUPPORTED = new RegExp(`[^\\n${rangeClass}]`, 'u');

// Invisible format characters (soft hyphen, zero-width space/joiners, bidi marks, BOM,
// variation selectors): dropped, not replaced, since they carry no visible content. The soft
// hyphen is in the font, but DejaVu draws it as a visible hyphen mid-word.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * Turns any user text into text the PDF font can draw: NFC, CRLF/CR → \n, tab → 4 spaces,
 * narrow/thin spaces → NBSP, invisible format characters dropped, and every grapheme with a
 * character outside the subset (emoji incl. ZWJ sequences, flags, keycaps; lone surrogates;
 * control characters) replaced by one '□'.
 */
export function prepareText(s: string): string {
  const text = s
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/[\u202f\u2009]/g, '\u00a0');
  if (!UNSUPPORTED.test(text) && !/\u00ad/.test(text)) return text;
  let out = '';
  for (const cluster of graphemes(text)) {
    const visible = cluster.replace(IGNORABLE, '');
    if (visible === '') continue;
    out += UNSUPPORTED.test(visible) ? MISSING_GLYPH : visible;
  }
  return out;
}

// Without Intl.Segmenter (very old browsers): a base character plus its marks, emoji
// modifiers and ZWJ-joined followers; good enough to turn an emoji sequence into one '□'.
const FALLBACK_CLUSTER = /[\s\S](?:[\p{M}\p{Emoji_Modifier}\uFE0F]|\u200D[\s\S]?)*/gu;

/** Splits text into user-perceived characters (grapheme clusters); exported for tests. */
export function graphemes(text: string, useSegmenter = true): string[] {
  if (useSegmenter && typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    const segmenter = new Intl.Segmenter('fi', { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (part) => part.segment);
  }
  return text.match(FALLBACK_CLUSTER) ?? [];
}
