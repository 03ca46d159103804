/**
 * Finding glossary terms in running text (rules in glossary.ts's header): used by the UI to
 * turn a term in a help text into a button that opens its explanation in place.
 */
import { GLOSSARY, type TermMatch } from './glossary';

// ---- matching ----------------------------------------------------------------------------

interface Matcher {
  readonly termId: string;
  /** First character of the form, lowercase. */
  readonly first: string;
  readonly formLength: number;
  /** Sticky, so it only matches exactly at lastIndex. */
  readonly regex: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function compile(termId: string, form: string, exact: boolean): Matcher {
  const words = form.trim().split(/\s+/).map(escape);
  // Every word of a stem form may run on into an ending; an exact form ends where the word
  // ends, allowing a colon case ending of an abbreviation ("MYR:n").
  const source = exact ? `${words.join('\\s+')}(?::\\p{L}+)?(?![\\p{L}\\p{N}])` : `${words.join('\\p{L}*\\s+')}\\p{L}*`;
  return { termId, first: form.trim().charAt(0), formLength: form.length, regex: new RegExp(source, 'iuy') };
}

let matchers: ReadonlyMap<string, readonly Matcher[]> | undefined;

/** Matchers grouped by the form's first character (lowercase) to keep scanning cheap. */
function matchersByFirstChar(): ReadonlyMap<string, readonly Matcher[]> {
  if (matchers) return matchers;
  const map = new Map<string, Matcher[]>();
  for (const term of GLOSSARY) {
    const all = [...term.forms.map((f) => compile(term.id, f, false)), ...(term.exactForms ?? []).map((f) => compile(term.id, f, true))];
    for (const m of all) {
      const list = map.get(m.first) ?? [];
      list.push(m);
      map.set(m.first, list);
    }
  }
  matchers = map;
  return map;
}

/** Positions where a word (letters or digits) starts. */
const WORD_START_SOURCE = '(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]';

export interface FindTermsOptions {
  /** Term ids not to mark (e.g. the term a field itself explains). */
  readonly exclude?: readonly string[];
}

/**
 * Glossary terms in running text: non-overlapping, in text order, each term at most once
 * (its first occurrence). See the file comment for the matching rules.
 */
export function findTerms(text: string, options: FindTermsOptions = {}): TermMatch[] {
  const all: TermMatch[] = [];
  const byFirstChar = matchersByFirstChar();
  const wordStart = new RegExp(WORD_START_SOURCE, 'gu');
  for (let hit = wordStart.exec(text); hit; hit = wordStart.exec(text)) {
    const start = hit.index;
    const candidates = byFirstChar.get(hit[0].toLocaleLowerCase('fi'));
    if (!candidates) continue;
    let best: { end: number; formLength: number; termId: string } | undefined;
    for (const m of candidates) {
      m.regex.lastIndex = start;
      const found = m.regex.exec(text);
      if (!found) continue;
      const end = start + found[0].length;
      if (!best || end > best.end || (end === best.end && m.formLength > best.formLength)) {
        best = { end, formLength: m.formLength, termId: m.termId };
      }
    }
    if (best) {
      all.push({ start, end: best.end, termId: best.termId });
      // Go on after the match, so matches never overlap.
      wordStart.lastIndex = best.end;
    }
  }
  const excluded = new Set(options.exclude ?? []);
  const seen = new Set<string>();
  return all.filter((m) => {
    if (excluded.has(m.termId) || seen.has(m.termId)) return false;
    seen.add(m.termId);
    return true;
  });
}
