/**
 * ASCII file names for the exported PDF. Email clients, shared drives and old Windows
 * tools still mangle non-ASCII file names, so "Yhdessä kylillä" becomes `yhdessa-kylilla`.
 */

/** Longest slug kept, so that a long project name does not make an unwieldy file name. */
export const MAX_SLUG_LENGTH = 60;

/** Slug used when the name has no letters or digits at all. */
export const EMPTY_SLUG = 'luonnos';

// Letters that NFD does not split into a base letter and a combining mark (Sámi đ ŋ ŧ and
// a few Nordic and German ones), so they need an explicit ASCII spelling.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ŋ: 'n',
  ŧ: 't',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  þ: 'th',
  ı: 'i',
};

/** The project name as a lowercase ASCII slug: `Yhdessä kylillä!` → `yhdessa-kylilla`. */
export function projectSlug(name: string): string {
  const ascii = name
    .toLowerCase()
    // NFD splits ä into a + U+0308 and é into e + U+0301; dropping the marks leaves ASCII.
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{ASCII}]/gu, (ch) => SPECIAL_LETTERS[ch] ?? ch);
  const slug = ascii
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug || EMPTY_SLUG;
}

/**
 * `ideapaperi-<slug>-<YYYY-MM-DD>.pdf`. `isoDate` is the local calendar date of the export
 * (a longer ISO string is cut to its date part).
 */
export function pdfFileName(name: string, isoDate: string): string {
  return `ideapaperi-${projectSlug(name)}-${isoDate.slice(0, 10)}.pdf`;
}
