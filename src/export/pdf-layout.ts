/**
 * Layout helpers for the PDF renderer, kept free of jsPDF so they can be unit-tested with a
 * fake measurer: our own line breaker (jsPDF's splitTextToSize mis-measures long unbroken
 * words, jsPDF#3644), footer truncation, a page cursor and a dependency-free base64 encoder.
 */

/** Width of a string in mm at one font, weight and size. */
export type MeasureText = (text: string) => number;

// Rounding slack so a line that fits exactly is not pushed to the next line.
const EPS = 1e-6;

// Characters after which a too-long word (a URL, a path, a compound) breaks most naturally.
const SOFT_BREAK_AFTER = new Set(['/', '-', '\u2010', '\u2013', '\u2014', '.', ',', ';', ':', '?', '&', '=', '_', '#', '\\', '|']);

/**
 * A measurer that sums cached per-character widths. jsPDF draws TrueType text without
 * kerning, so the width of a string is exactly the sum of its glyph widths; caching per
 * character turns wrapping a 4 000-character cell into a few hundred jsPDF calls at most.
 */
export function charWidthMeasurer(measureChar: (ch: string) => number): MeasureText {
  const cache = new Map<string, number>();
  return (text) => {
    let width = 0;
    for (const ch of text) {
      let w = cache.get(ch);
      if (w === undefined) {
        w = measureChar(ch);
        cache.set(ch, w);
      }
      width += w;
    }
    return width;
  };
}

/**
 * Wraps text into lines no wider than maxWidth: breaks at spaces, keeps explicit newlines
 * (an empty line stays an empty line), keeps leading indentation of a source line, drops
 * the spaces at a soft wrap, and hard-breaks a word longer than a line (preferring a break
 * after '/', '-', '.' and the like) without losing a character. Never returns an empty array.
 */
export function breakLines(text: string, maxWidth: number, measure: MeasureText): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) out.push(...wrapParagraph(para, maxWidth, measure));
  return out;
}

function wrapParagraph(para: string, max: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let gap = ''; // spaces waiting between `line` and the next word; dropped at a wrap
  const flush = (): void => {
    lines.push(line);
    line = '';
    width = 0;
    gap = '';
  };
  for (const token of para.match(/ +|[^ ]+/g) ?? []) {
    if (token.startsWith(' ')) {
      gap += token;
      continue;
    }
    const gapWidth = gap ? measure(gap) : 0;
    const tokenWidth = measure(token);
    if (width + gapWidth + tokenWidth <= max + EPS) {
      line += gap + token;
      width += gapWidth + tokenWidth;
      gap = '';
      continue;
    }
    const lineHasWords = line.trim() !== '';
    if (tokenWidth <= max + EPS) {
      // Fits on a line of its own; an indentation too wide to keep is dropped.
      if (lineHasWords) flush();
      line = token;
      width = tokenWidth;
      gap = '';
      continue;
    }
    // Longer than a whole line: fill the current line when a useful part of it is left
    // (like CSS overflow-wrap: anywhere), otherwise start the word on a fresh line.
    if (lineHasWords && max - width - gapWidth < max * 0.3) flush();
    else if (width + gapWidth < max) {
      line += gap;
      width += gapWidth;
      gap = '';
    } else {
      line = '';
      width = 0;
      gap = '';
    }
    let rest = token;
    while (rest !== '') {
      const cut = fitPrefix(rest, max - width, measure, line === '');
      if (cut === 0) {
        flush();
        continue;
      }
      const piece = rest.slice(0, cut);
      line += piece;
      width += measure(piece);
      rest = rest.slice(cut);
      if (rest !== '') flush();
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Length (in UTF-16 units, never splitting a surrogate pair) of the longest prefix of `word`
 * that fits in `room`, moved back to just after a soft break character when one is near the
 * end. With `mustTake`, at least one character, so a line too narrow for any glyph still
 * makes progress.
 */
function fitPrefix(word: string, room: number, measure: MeasureText, mustTake: boolean): number {
  let used = 0;
  let end = 0;
  let softEnd = 0;
  for (const ch of word) {
    const w = measure(ch);
    if (used + w > room + EPS) break;
    used += w;
    end += ch.length;
    if (SOFT_BREAK_AFTER.has(ch)) softEnd = end;
  }
  if (end === 0) return mustTake ? (word.codePointAt(0)! > 0xffff ? 2 : 1) : 0;
  // Only worth it if the broken line stays reasonably full (at least 65 % of the fitting part).
  if (end < word.length && softEnd > 0 && softEnd >= end * 0.65) return softEnd;
  return end;
}

/** Column widths in mm summing to `total`, from relative widths (a missing or invalid width counts as an average one). */
export function columnWidths(columns: readonly { readonly width: number }[], total: number): number[] {
  const given = columns.map((col) => (Number.isFinite(col.width) && col.width > 0 ? col.width : null));
  const valid = given.filter((w): w is number => w !== null);
  const average = valid.length > 0 ? valid.reduce((a, b) => a + b, 0) / valid.length : 1;
  const widths = given.map((w) => w ?? average);
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w / sum) * total);
}

/** Cuts text to fit maxWidth, ending with '…' when anything was cut. */
export function truncateToWidth(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth + EPS) return text;
  const ellipsis = '\u2026';
  const room = maxWidth - measure(ellipsis);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = measure(ch);
    if (used + w > room + EPS) break;
    out += ch;
    used += w;
  }
  return out.trimEnd() + ellipsis;
}

/**
 * The vertical position on the current page, in mm from the top edge. `ensure` starts a new
 * page when the requested height does not fit, except at the top of a page, where nothing
 * would be gained (the caller must then split what it draws).
 */
export class PageCursor {
  /** Current y in mm from the top of the page. */
  y: number;

  constructor(
    private readonly top: number,
    private readonly bottom: number,
    private readonly onNewPage: () => void,
  ) {
    this.y = top;
  }

  /** Space left above the bottom limit, in mm. */
  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Usable height of a whole page, in mm. */
  get pageHeight(): number {
    return this.bottom - this.top;
  }

  /** True when nothing has been placed on this page yet. */
  get atTop(): boolean {
    return this.y <= this.top + EPS;
  }

  /** True when `height` mm fit below the cursor. */
  fits(height: number): boolean {
    return this.y + height <= this.bottom + EPS;
  }

  /** Moves to a new page if `height` does not fit here; true when a page was added. */
  ensure(height: number): boolean {
    if (this.fits(height) || this.atTop) return false;
    this.newPage();
    return true;
  }

  /** Starts a new page and puts the cursor at its top. */
  newPage(): void {
    this.onNewPage();
    this.y = this.top;
  }

  /** Moves the cursor down by `height` mm. */
  advance(height: number): void {
    this.y += height;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (with padding) of bytes; no Buffer or btoa, so it runs in browsers and Node. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  const n = bytes.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    chunk += B64[v >> 18]! + B64[(v >> 12) & 63]! + B64[(v >> 6) & 63]! + B64[v & 63]!;
    // Join in pieces: repeated += on one huge string is slow in some engines.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  if (i < n) {
    const v = (bytes[i]! << 16) | ((i + 1 < n ? bytes[i + 1]! : 0) << 8);
    chunk += B64[v >> 18]! + B64[(v >> 12) & 63]! + (i + 1 < n ? B64[(v >> 6) & 63]! : '=') + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

/** UTF-8 bytes of a string (TextEncoder exists in every target browser and in Node). */
export function utf8Bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
