/**
 * Filtering the desk: by region, by readiness and by a name search.
 *
 * Search rules (Finnish sense, the same equivalences as Intl.Collator('fi') at base strength):
 * - case never matters;
 * - å, ä and ö are letters of their own: "a" does not find "ä", "o" does not find "ö";
 * - other accents are ignored: "e" finds "é", "c" finds "č", "s" finds "š", "n" finds "ñ";
 * - as in Finnish alphabetical order, ü is y ("myller" and "müller" find "Müller"), ø is ö,
 *   æ is ä; ß is ss, and letters without a decomposition are read as their base letter
 *   (đ d, ŋ n, ŧ t, ł l);
 * - runs of whitespace count as one space and dashes (– — ‐ −) as "-";
 * - each word of the query must occur in the association's or the project's name (in either);
 *   an empty query matches every paper.
 */
import type { DeskRow } from './row';

/** Readiness filter: every paper, only those ready for the funder, or only those not ready. */
export type DeskReadinessFilter = 'all' | 'ready' | 'notReady';

/** Region filter value that matches the papers naming no region (not a region id). */
export const DESK_NO_REGION = 'ei-aluetta';

export interface DeskFilter {
  /**
   * A region id: the papers that cover it (a multi-region paper matches each of its regions).
   * DESK_NO_REGION: the papers naming none. Left out, null or '': every paper.
   */
  readonly region?: string | null;
  readonly readiness?: DeskReadinessFilter;
  /** Search words; see the rules above. */
  readonly search?: string;
}

// Letters that Finnish collation treats as a base letter but Unicode does not decompose.
const LETTERS: Readonly<Record<string, string>> = {
  ø: 'ö',
  æ: 'ä',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ŋ: 'n',
  ŧ: 't',
  ł: 'l',
  ħ: 'h',
  ı: 'i',
};
const SPECIAL = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/gu;

/**
 * Folds a text for searching by the rules above: lowercase, å/ä/ö kept, ü → y, other accents
 * dropped, whitespace collapsed. Never throws.
 */
export function foldForSearch(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLocaleLowerCase('fi')
      .normalize('NFD')
      // A base letter with its marks: keep the three Finnish letters, ü is y, drop the other marks.
      .replace(/([a-z])(\p{M}+)/gu, (_, base: string, marks: string) => {
        if (base === 'a' && marks.includes('\u030a')) return 'å';
        if ((base === 'a' || base === 'o') && marks.includes('\u0308')) return base === 'a' ? 'ä' : 'ö';
        if (base === 'u' && marks.includes('\u0308')) return 'y';
        return base;
      })
      .replace(/\p{M}+/gu, '')
      .replace(SPECIAL, (c) => LETTERS[c] ?? c)
      .replace(DASHES, '-')
      .replace(/\s+/gu, ' ')
      .trim()
  );
}

type Named = Pick<DeskRow, 'applicantName' | 'projectNameRaw'>;

function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

function hasWords(row: Named, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  // A newline never occurs in a folded word, so a word cannot match across the two names.
  const haystack = `${foldForSearch(row.applicantName)}\n${foldForSearch(row.projectNameRaw)}`;
  return words.every((w) => haystack.includes(w));
}

/** Whether a row's association or project name contains every word of the query. */
export function matchesSearch(row: Named, query: string): boolean {
  return hasWords(row, searchWords(query));
}

export function matchesRegion(row: Pick<DeskRow, 'regions'>, region: string | null | undefined): boolean {
  if (region === undefined || region === null || region === '') return true;
  if (region === DESK_NO_REGION) return row.regions.length === 0;
  return row.regions.some((r) => r.id === region);
}

export function matchesReadiness(row: Pick<DeskRow, 'ready'>, readiness: DeskReadinessFilter | undefined): boolean {
  if (readiness === 'ready') return row.ready;
  if (readiness === 'notReady') return !row.ready;
  return true;
}

/** The rows that pass every given filter, in their order. */
export function filterDeskRows<R extends DeskRow>(rows: readonly R[], filter: DeskFilter): R[] {
  const words = searchWords(filter.search ?? '');
  return rows.filter((row) => matchesRegion(row, filter.region) && matchesReadiness(row, filter.readiness) && hasWords(row, words));
}
