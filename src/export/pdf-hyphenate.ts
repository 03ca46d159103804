// The package has no types of its own: its declaration lives next to this file, referenced so
// that the Node typecheck (tsconfig.node.json, which reaches src/ only through imports) sees it.
// oxlint-disable-next-line typescript/triple-slash-reference
/// <reference path="./hyphen-fi.d.ts" />
/**
 * Finnish hyphenation points for the PDF line breaker, from the `hyphen` package's TeX
 * patterns (hyph-fi, Liang's algorithm). Loaded only by renderPdf, with a dynamic import next
 * to jsPDF, so the patterns travel in the lazy PDF code and never in the app shell.
 *
 * Only the positions are used: the soft hyphens the library inserts never reach the PDF; the
 * line breaker draws a plain "-" at the one point where it breaks a word.
 */
import fi from 'hyphen/fi';
import type { Hyphenate } from './pdf-layout';

const MARK = '\u00ad';

// Points per word: a document repeats its words, and the library's own cache still runs its
// text scanner on every call. Bounded, so a long session cannot grow it without limit.
const cache = new Map<string, readonly number[]>();
const CACHE_LIMIT = 20_000;

/** Offsets inside `word` (letters only) where Finnish hyphenation allows a break. */
export const hyphenateFi: Hyphenate = (word) => {
  let points = cache.get(word);
  if (points) return points;
  const marked = fi.hyphenateSync(word, { hyphenChar: MARK });
  const found: number[] = [];
  for (let i = 0; i < marked.length; i++) if (marked[i] === MARK) found.push(i - found.length);
  points = found;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, points);
  return points;
};
