/**
 * Line breaking for the PDF renderer, kept free of jsPDF so it can be unit-tested with a fake
 * measurer: our own line breaker (jsPDF's splitTextToSize mis-measures long unbroken words,
 * jsPDF#3644) with Finnish hyphenation and unbreakable figures. Column widths, truncation and
 * the page cursor are in pdf-geometry.ts, the byte helpers in pdf-bytes.ts.
 */

/** Width of a string in mm at one font, weight and size. */
export type MeasureText = (text: string) => number;

/**
 * Where a word may be hyphenated: UTF-16 offsets inside `word` (letters only, at least five),
 * e.g. [3, 6, 8, 12, 15] for "Projektipäällikkö" (Pro-jek-ti-pääl-lik-kö). See pdf-hyphenate.ts.
 */
export type Hyphenate = (word: string) => readonly number[];

// Rounding slack so a line that fits exactly is not pushed to the next line.
export const EPS = 1e-6;

/** The hyphen drawn at the end of a line that breaks a word. */
export const HYPHEN = '-';

// Characters after which a too-long "word" with no hyphenation point (a URL, a path, a code)
// is cut most naturally.
const SOFT_BREAK_AFTER = new Set(['/', '-', '\u2010', '\u2013', '\u2014', '.', ',', ';', ':', '?', '&', '=', '_', '#', '\\', '|']);

// A word that fits on the next line is hyphenated only when it would leave more than this
// share of the line empty (a "hyphenation zone", as in ragged-right typesetting), and never on
// more than MAX_HYPHEN_RUN lines in a row; a word longer than a whole line is always hyphenated.
const HYPHENATION_ZONE = 0.1;
const MAX_HYPHEN_RUN = 2;
// Letters a hyphenated word keeps on the next line, at least.
const MIN_AFTER = 3;

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
 * (an empty line stays an empty line), keeps leading indentation of a source line and drops
 * the spaces at a soft wrap. Never breaks at a no-break space (U+00A0) or inside a figure
 * ("1 234,56 €", "26,44 %", "9/2027"). With `hyphenate`, a word that does not fit is broken
 * only at a Finnish hyphenation point (or after a hyphen it already has), and the line then
 * ends with a drawn "-". Only a "word" with no such point that is longer than a whole line
 * (a URL, a code, a random string) is cut by force, preferring a cut after '/', '-', '.' and
 * the like; no character is ever lost. Never returns an empty array.
 */
export function breakLines(text: string, maxWidth: number, measure: MeasureText, hyphenate?: Hyphenate): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) out.push(...wrapParagraph(para, maxWidth, measure, hyphenate));
  return out;
}

/**
 * The paragraph as alternating runs of spaces and words, where a space inside a figure
 * (between a number and its unit, or between digit groups typed with plain spaces) is part
 * of the word, so the figure never wraps. Exported for tests.
 */
export function wordTokens(para: string): string[] {
  const raw = para.match(/ +|[^ ]+/g) ?? [];
  if (!hasDigit(para)) return raw; // no figure to keep together
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const token = raw[i]!;
    const prev = out[out.length - 1];
    const next = raw[i + 1];
    // raw alternates words and runs of spaces, so a space run here sits between two words.
    if (prev !== undefined && next !== undefined && token.charCodeAt(0) === 32 && endsWithDigit(prev) && joinsFigure(prev, next)) {
      out[out.length - 1] = prev + token + next;
      i++;
      continue;
    }
    out.push(token);
  }
  return out;
}

function endsWithDigit(s: string): boolean {
  const c = s.charCodeAt(s.length - 1);
  return c >= 48 && c <= 57;
}

/** True when the space between these two words (the first ending in a digit) is inside a figure: "50 %", "1 234,56 €". */
function joinsFigure(before: string, after: string): boolean {
  if (/^[%\u2030\u20ac](?![\p{L}\d])/u.test(after)) return true;
  return /(?:^|[^\d.,])\d{1,3}$/.test(before) && /^\d{3}(?!\d)/.test(after);
}

/** True when the text holds a digit: a figure, a code or a URL, never hyphenated. */
const hasDigit = (s: string) => /\d/.test(s);

// A figure: digits with their separators and sign, maybe a unit, no letters; "1 234,56 €",
// "−5", "26,44 %", "9/2027", "1.1.2026–31.12.2027", in brackets or before a comma.
const FIGURE = /^[^\p{L}\d]*\d[\d\u00a0 .,:/\u2013\u2212+-]*(?:[\u00a0 ]?[%\u2030\u20ac])?[^\p{L}\d]*$/u;

/** True when the word (a token of wordTokens) is a figure that must not wrap. */
export const isFigure = (token: string) => FIGURE.test(token);

/** Width of the widest figure of the text: the least room it needs to print every figure unbroken. */
export function widestFigure(text: string, measure: MeasureText): number {
  if (!hasDigit(text)) return 0;
  let widest = 0;
  for (const para of text.split('\n')) {
    for (const token of wordTokens(para)) {
      if (!token.startsWith(' ') && hasDigit(token) && isFigure(token)) widest = Math.max(widest, measure(token));
    }
  }
  return widest;
}

interface BreakPoint {
  /** UTF-16 offset in the word where the line may end. */
  readonly at: number;
  /** True when a "-" is drawn at the break (false after a hyphen the word already has). */
  readonly hyphen: boolean;
}

// A word the hyphenator may break: letters, with hyphens or apostrophes only between letters,
// and punctuation around it ("(yhteisöllisyyttä).", "“Kylä”", "sosiaali-"). URLs, e-mail
// addresses, codes and figures do not match and are never hyphenated.
const WORD = /^[\p{P}\p{S}]*?(\p{L}+(?:[-\u2010'\u2019]\p{L}+)*)[\p{P}\p{S}]*$/u;
const LETTERS = /\p{L}+/gu;
/**
 * Longer runs of letters are not words (the longest Finnish compounds have some 60 letters) and
 * are cut where the line ends: the hyphenation patterns take time that grows with the square of
 * the length (a 50 000-letter run took 29 s and froze the tab).
 */
const MAX_HYPHENATED_LETTERS = 100;

// Break points per word and hyphenator: a document repeats its words line after line.
const pointCaches = new WeakMap<Hyphenate, Map<string, readonly BreakPoint[]>>();
const POINT_CACHE_LIMIT = 20_000;

/** Where the word (a token without spaces, maybe with no-break spaces) may break, in order. */
function breakPoints(token: string, hyphenate: Hyphenate): readonly BreakPoint[] {
  let cache = pointCaches.get(hyphenate);
  if (!cache) pointCaches.set(hyphenate, (cache = new Map()));
  let points = cache.get(token);
  if (!points) {
    points = findBreakPoints(token, hyphenate);
    if (cache.size >= POINT_CACHE_LIMIT) cache.clear();
    cache.set(token, points);
  }
  return points;
}

function findBreakPoints(token: string, hyphenate: Hyphenate): BreakPoint[] {
  const points: BreakPoint[] = [];
  for (const part of token.matchAll(/[^\u00a0]+/g)) {
    const m = WORD.exec(part[0]);
    if (!m) continue;
    const core = m[1]!;
    const coreAt = part.index + part[0].indexOf(core);
    for (const run of core.matchAll(LETTERS)) {
      const runAt = coreAt + run.index;
      if (run.index > 0 && /[-\u2010]/.test(core[run.index - 1]!) && run[0].length >= 2 && run.index >= 3) {
        points.push({ at: runAt, hyphen: false }); // after the hyphen of "Pohjois-Savo"
      }
      // At least two letters before a break (the patterns' own minimum) and three after it, so
      // that no line starts with a lone two-letter ending ("Lähtö-taso", not "Lähtöta-so").
      if (run[0].length >= 5 && run[0].length <= MAX_HYPHENATED_LETTERS) {
        for (const p of hyphenate(run[0])) {
          if (p >= 2 && p <= run[0].length - MIN_AFTER) points.push({ at: runAt + p, hyphen: true });
        }
      }
    }
  }
  return points;
}

function wrapParagraph(para: string, max: number, measure: MeasureText, hyphenate: Hyphenate | undefined): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let gap = ''; // spaces waiting between `line` and the next word; dropped at a wrap
  let hyphenRun = 0; // lines in a row that end in a drawn hyphen
  const flush = (hyphenated = false): void => {
    lines.push(line);
    line = '';
    width = 0;
    gap = '';
    hyphenRun = hyphenated ? hyphenRun + 1 : 0;
  };
  const hyphenWidth = measure(HYPHEN);
  for (const token of wordTokens(para)) {
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
    const room = max - width - gapWidth;
    // A word that fits on the next line is hyphenated only to avoid a very short line.
    const longer = tokenWidth > max + EPS;
    const worth = longer || (lineHasWords && hyphenRun < MAX_HYPHEN_RUN && room > max * HYPHENATION_ZONE);
    const points = hyphenate && worth && !hasDigit(token) ? breakPoints(token, hyphenate) : [];
    if (points.length > 0) {
      const widths = prefixWidths(token, measure);
      // The longest start of the word from `from` that fits `room` with its hyphen, if any.
      const best = (from: number, room: number): BreakPoint | undefined => {
        let found: BreakPoint | undefined;
        for (const p of points) {
          if (p.at <= from) continue;
          if (widths[p.at]! - widths[from]! + (p.hyphen ? hyphenWidth : 0) <= room + EPS) found = p;
        }
        return found;
      };
      if (!longer) {
        const p = best(0, room);
        if (p) {
          line += gap + token.slice(0, p.at) + (p.hyphen ? HYPHEN : '');
          flush(p.hyphen);
          line = token.slice(p.at);
          width = tokenWidth - widths[p.at]!;
          continue;
        }
        if (lineHasWords) flush();
        line = token;
        width = tokenWidth;
        gap = '';
        continue;
      }
      // Longer than a whole line: hyphenate wherever needed, starting on this line if a part fits.
      if (lineHasWords) {
        width += gapWidth;
        line += gap;
      } else if (width + gapWidth < max) {
        line += gap; // keep the indentation
        width += gapWidth;
      } else {
        line = '';
        width = 0;
      }
      gap = '';
      let from = 0;
      while (from < token.length) {
        const room = max - width;
        if (tokenWidth - widths[from]! <= room + EPS) {
          line += token.slice(from);
          width += tokenWidth - widths[from]!;
          break;
        }
        const p = best(from, room);
        if (p) {
          line += token.slice(from, p.at) + (p.hyphen ? HYPHEN : '');
          flush(p.hyphen);
          from = p.at;
          continue;
        }
        if (line.trim() !== '') {
          // Nothing fits after the words already on the line: start the word on a new line.
          line = line.trimEnd();
          flush();
          continue;
        }
        if (line !== '') {
          line = ''; // an indentation too wide to keep
          width = 0;
          continue;
        }
        // No hyphenation point fits on a whole line: cut by force.
        const cut = fitPrefix(token.slice(from), room, measure, true);
        line = token.slice(from, from + cut);
        width = widths[from + cut]! - widths[from]!;
        from += cut;
        if (from < token.length) flush();
      }
      continue;
    }
    if (tokenWidth <= max + EPS) {
      // Fits on a line of its own; an indentation too wide to keep is dropped.
      if (lineHasWords) flush();
      line = token;
      width = tokenWidth;
      gap = '';
      continue;
    }
    // Longer than a whole line and no hyphenation point: fill the current line when a useful
    // part of it is left (like CSS overflow-wrap: anywhere), otherwise start the word on a
    // fresh line, and cut it by force.
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

/** widths[i] = width of word.slice(0, i), for every UTF-16 offset (inside a surrogate pair: the width before it). */
function prefixWidths(word: string, measure: MeasureText): Float64Array {
  const widths = new Float64Array(word.length + 1);
  let i = 0;
  for (const ch of word) {
    const w = widths[i]! + measure(ch);
    if (ch.length === 2) widths[i + 1] = widths[i]!;
    i += ch.length;
    widths[i] = w;
  }
  return widths;
}

/**
 * Length (in UTF-16 units, never splitting a surrogate pair) of the longest prefix of `word`
 * that fits in `room`, moved back to just after a soft break character when one is near the
 * end (but not to the '.' or ',' inside a number). With `mustTake`, at least one character,
 * so a line too narrow for any glyph still makes progress.
 */
function fitPrefix(word: string, room: number, measure: MeasureText, mustTake: boolean): number {
  let used = 0;
  let end = 0;
  let softEnd = 0;
  let prev = '';
  for (const ch of word) {
    const w = measure(ch);
    if (used + w > room + EPS) break;
    used += w;
    end += ch.length;
    if (SOFT_BREAK_AFTER.has(ch) && !(/\d/.test(prev) && /\d/.test(word[end] ?? ''))) softEnd = end;
    prev = ch;
  }
  if (end === 0) return mustTake ? (word.codePointAt(0)! > 0xffff ? 2 : 1) : 0;
  // Only worth it if the broken line stays reasonably full (at least 65 % of the fitting part).
  if (end < word.length && softEnd > 0 && softEnd >= end * 0.65) return softEnd;
  return end;
}
