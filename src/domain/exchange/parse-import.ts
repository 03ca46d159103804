/**
 * Reading an imported file's text into drafts. Everything here treats the input as hostile:
 * the structure is checked before and after JSON.parse, every draft goes through
 * migrateDraft, and every failure is a typed error with a Finnish message that says what is
 * wrong. Nothing here stores anything: the caller stores only a fully valid result.
 */
import { describePath } from './describe-path';
import { MAX_IMPORT_BYTES, MAX_OTHER_FILE_BYTES } from './file-limits';
import { BACKUP_FILE_FORMAT, BACKUP_FORMAT_VERSION, DRAFT_FILE_FORMAT } from './file-envelope';
import { checkDraft, migrateDraft, type DraftIssue, type DraftProblem } from '../idea-paper/migrate';
import { SCHEMA_VERSION, type Draft } from '../idea-paper/schema';

/** Most drafts one backup may hold. */
export const MAX_BACKUP_DRAFTS = 500;
/** Deepest nesting a real file has is about 6; anything far deeper is hostile. */
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'pdf-without-draft'
  | 'zip'
  | 'binary'
  | 'not-json'
  | 'too-deep'
  | 'forbidden-key'
  | 'unknown-format'
  | 'future-version'
  | 'missing-version'
  | 'invalid-draft'
  | 'too-many'
  /** The app's own import code could not be loaded (offline before caching, or updated). */
  | 'app-reload'
  /** The device refused to store the import (full, or storage unavailable); nothing was stored. */
  | 'storage'
  /** The draft to replace or comment is open in another tab; nothing was stored. */
  | 'open-elsewhere'
  /** The result of a merge would break a limit (e.g. too many comments); nothing was stored. */
  | 'over-limit';

/** A typed import failure with a message for the user. */
export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: string;
}

export type ImportParse =
  | { readonly ok: true; readonly kind: 'draft' | 'backup'; readonly drafts: readonly Draft[] }
  | { readonly ok: false; readonly error: ImportError };

const fail = (code: ImportErrorCode, message: string): ImportParse => ({ ok: false, error: { code, message } });

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('fi-FI', { maximumFractionDigits: 1 });

/** The file-size check, done before a single byte is read. */
export function checkImportSize(bytes: number): ImportError | null {
  if (bytes === 0) return { code: 'empty', message: 'Tiedosto on tyhjä: siinä ei ole mitään tuotavaa.' };
  if (bytes > MAX_IMPORT_BYTES) {
    return {
      code: 'too-large',
      message: `Tiedosto on liian suuri (${megabytes(bytes)} Mt). Suurin tuotava koko on ${megabytes(MAX_IMPORT_BYTES)} Mt, eikä Ideapaperi tee sitä suurempia tiedostoja. Tarkista, että valitsit oikean tiedoston.`,
    };
  }
  return null;
}

/**
 * What a file is, from its size and first bytes (FILE_HEAD_BYTES), before the rest is read: the
 * app's own JSON and PDF files may be as large as the app writes them; any other text file is
 * read only up to MAX_OTHER_FILE_BYTES.
 */
export function classifyImportHead(size: number, head: Uint8Array): { readonly kind: 'pdf' | 'text' } | { readonly error: ImportError } {
  const sizeError = checkImportSize(size);
  if (sizeError) return { error: sizeError };
  const kind = sniffFileKind(head);
  if (kind === 'zip' || kind === 'binary') return { error: kindError(kind) };
  if (kind === 'text' && size > MAX_OTHER_FILE_BYTES && !startsLikeAppJson(head)) {
    return {
      error: {
        code: 'too-large',
        message: `Tiedosto on liian suuri (${megabytes(size)} Mt), eikä se ala kuten Ideapaperin tiedosto. Muita tiedostoja voi tuoda enintään ${megabytes(MAX_OTHER_FILE_BYTES)} Mt. Tarkista, että valitsit oikean tiedoston.`,
      },
    };
  }
  return { kind };
}

/** Whether text starts as the envelopes of file-envelope.ts do (`{ "format": "ideapaperi-…`). */
function startsLikeAppJson(head: Uint8Array): boolean {
  // The pattern is ASCII after an optional UTF-8 BOM, so bytes can be read as characters.
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const text = String.fromCharCode(...head.subarray(bom, bom + 256));
  return /^\s*\{\s*"format"\s*:\s*"ideapaperi-/.test(text);
}

/** What a file's first bytes say it is. */
export function sniffFileKind(bytes: Uint8Array): 'pdf' | 'zip' | 'binary' | 'text' {
  const starts = (s: string) => [...s].every((c, i) => bytes[i] === c.charCodeAt(0));
  if (starts('%PDF-')) return 'pdf';
  if (starts('PK\u0003\u0004') || starts('PK\u0005\u0006')) return 'zip';
  // UTF-16 text and NUL bytes are not what the app writes (UTF-8 JSON).
  const head = bytes.subarray(0, 1024);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || head.includes(0)) return 'binary';
  return 'text';
}

/** Errors for files that are not text at all. */
export function kindError(kind: 'zip' | 'binary' | 'pdf-without-draft'): ImportError {
  switch (kind) {
    case 'zip':
      return {
        code: 'zip',
        message: 'Tiedosto on ZIP-paketti eikä Ideapaperin tiedosto. Pura paketti ja tuo sen sisältä .ideapaperi.json-tiedosto.',
      };
    case 'binary':
      return {
        code: 'binary',
        message:
          'Tiedosto ei ole Ideapaperin tiedosto (se ei ole tekstiä eikä PDF:ää). Valitse .ideapaperi.json-tiedosto tai Ideapaperilla tehty PDF.',
      };
    case 'pdf-without-draft':
      return {
        code: 'pdf-without-draft',
        message:
          'Tästä PDF:stä ei löytynyt Ideapaperin luonnosta. Vain Ideapaperilla tehdyn PDF:n voi tuoda takaisin, ja jos PDF on tallennettu uudelleen toisella ohjelmalla, luonnostieto on voinut kadota. Pyydä lähettäjältä .ideapaperi.json-tiedosto.',
      };
  }
}

/** Characters scanned, or nodes visited, between two pauses of a sliced parse. */
const SLICE_UNITS = 250_000;
/** Drafts checked between two pauses of a sliced parse. */
const SLICE_DRAFTS = 20;

/** Deepest bracket nesting outside strings, stopping early past the limit (pausing every slice). */
function* nestingDepth(text: string, limit: number): Generator<void, number> {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    if (i % SLICE_UNITS === SLICE_UNITS - 1) yield;
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** First key that could pollute prototypes, searched without recursion (pausing every slice). */
function* forbiddenKey(value: unknown): Generator<void, string | null> {
  const stack: unknown[] = [value];
  let visited = 0;
  while (stack.length) {
    if (++visited % SLICE_UNITS === 0) yield;
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return null;
}

function issueText(issue: DraftIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `tuntematon kenttä ${(issue.keys ?? []).map((k) => `”${k.slice(0, 40)}”`).join(', ')}`;
    case 'invalid_type':
      return 'tieto on väärää tyyppiä (esimerkiksi numero tekstin paikalla) tai puuttuu';
    case 'too_big':
      return issue.origin === 'array' && typeof issue.maximum === 'number'
        ? `siinä on liian monta kohtaa (enintään ${issue.maximum})`
        : 'tieto on liian pitkä tai siinä on liian monta kohtaa';
    case 'too_small':
      return 'tieto puuttuu tai on liian lyhyt';
    case 'invalid_value':
    case 'invalid_union':
      return 'arvo ei ole sallittu vaihtoehto';
    default:
      return 'tieto ei kelpaa';
  }
}

function problemError(problem: DraftProblem, prefix: string): ImportError {
  switch (problem.kind) {
    case 'future-version':
      return {
        code: 'future-version',
        message: `${prefix}Tiedosto on tehty uudemmalla Ideapaperin versiolla (luonnoksen versio ${problem.version}, tämä sovellus tuntee version ${SCHEMA_VERSION}). Päivitä sovellus: avaa se verkkoyhteyden kanssa ja hyväksy päivitys, ja tuo tiedosto sitten uudelleen.`,
      };
    case 'missing-version':
      return {
        code: 'missing-version',
        message: `${prefix}Luonnoksesta puuttuu versiotieto (schemaVersion), joten sitä ei voi lukea luotettavasti.`,
      };
    case 'not-object':
      return { code: 'invalid-draft', message: `${prefix}Luonnoksen paikalla ei ole luonnosta vaan jotain muuta.` };
    case 'invalid': {
      const first = problem.issues[0];
      const more = problem.issues.length > 1 ? ` (ja ${problem.issues.length - 1} muuta virhettä)` : '';
      const where = first ? describePath(first.path) : 'Luonnos';
      return {
        code: 'invalid-draft',
        message: `${prefix}Luonnoksessa on virhe kohdassa ${where}: ${first ? issueText(first) : 'tieto ei kelpaa'}${more}.`,
      };
    }
  }
}

function readDraft(value: unknown, prefix: string): { ok: true; draft: Draft } | { ok: false; error: ImportError } {
  const result = migrateDraft(value);
  return result.ok ? { ok: true, draft: result.draft } : { ok: false, error: problemError(result.problem, prefix) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks what an import is about to store (a merge can grow a draft past a limit): null when
 * every draft would load again, otherwise a Finnish message naming the draft and the place.
 */
export function checkImportResult(drafts: readonly Draft[], displayName: (d: Draft) => string): ImportError | null {
  for (const d of drafts) {
    const issues = checkDraft(d);
    if (issues.length === 0) continue;
    const first = issues[0]!;
    return {
      code: 'over-limit',
      message: `Tuontia ei tehty, koska luonnoksen ”${displayName(d)}” kohdassa ${describePath(first.path)}: ${issueText(first)}. Mitään ei muutettu. Poista ensin käsiteltyjä kohtia (esimerkiksi kuitattuja kommentteja) ja tuo tiedosto sitten uudelleen, tai pyydä lähettäjää lähettämään vain uudet.`,
    };
  }
  return null;
}

/** Parses the text of a draft file, a backup file, or a bare draft object. */
export function parseImportText(input: string): ImportParse {
  const steps = parseImportSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same parse, pausing (`pause`, e.g. a yield to the browser) between slices of the work, so
 * a backup of hundreds of drafts never blocks typing or scrolling for long.
 */
export async function parseImportTextInSlices(input: string, pause: () => Promise<void>): Promise<ImportParse> {
  const steps = parseImportSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The parse as steps: it yields where a sliced parse may pause (one implementation for both). */
function* parseImportSteps(input: string): Generator<void, ImportParse> {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // UTF-8 BOM
  if (!text.trim()) return fail('empty', 'Tiedosto on tyhjä: siinä ei ole mitään tuotavaa.');
  if ((yield* nestingDepth(text, MAX_DEPTH)) > MAX_DEPTH) {
    return fail('too-deep', 'Tiedoston rakenne on aivan liian syvä ollakseen Ideapaperin tiedosto, joten sitä ei tuoda.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^.*?:\s*/, '').slice(0, 120) : '';
    return fail(
      'not-json',
      `Tiedosto ei ole kelvollista JSON-muotoa, joten se on vaurioitunut, keskeneräinen tai väärä tiedosto${detail ? ` (${detail})` : ''}.`,
    );
  }
  yield;
  const bad = yield* forbiddenKey(value);
  if (bad)
    return fail(
      'forbidden-key',
      `Tiedostossa on kenttä ”${bad}”, jota Ideapaperi ei koskaan kirjoita. Tiedostoa ei tuoda turvallisuussyistä.`,
    );
  if (!isObject(value))
    return fail('unknown-format', 'Tiedosto on JSON-muotoa, mutta se ei ole Ideapaperin luonnos- eikä varmuuskopiotiedosto.');

  if (value.format === BACKUP_FILE_FORMAT) {
    // The app writes formatVersion as a whole number; anything else ("999", 1.5, missing) is not
    // a backup this app wrote, and a larger number is a newer app's.
    if (!Number.isInteger(value.formatVersion) || (value.formatVersion as number) < 1) {
      return fail(
        'unknown-format',
        'Varmuuskopion versiotieto (formatVersion) puuttuu tai on väärän muotoinen, joten tiedostoa ei voi lukea luotettavasti.',
      );
    }
    if ((value.formatVersion as number) > BACKUP_FORMAT_VERSION) {
      return fail(
        'future-version',
        'Varmuuskopio on tehty uudemmalla Ideapaperin versiolla. Päivitä sovellus (avaa se verkkoyhteyden kanssa ja hyväksy päivitys) ja tuo tiedosto sitten uudelleen.',
      );
    }
    if (!Array.isArray(value.drafts)) return fail('unknown-format', 'Varmuuskopiosta puuttuu luonnosten luettelo (drafts).');
    if (value.drafts.length > MAX_BACKUP_DRAFTS) {
      return fail('too-many', `Varmuuskopiossa on ${value.drafts.length} luonnosta; enintään ${MAX_BACKUP_DRAFTS} voidaan tuoda kerralla.`);
    }
    const drafts: Draft[] = [];
    for (const [i, raw] of value.drafts.entries()) {
      if (i % SLICE_DRAFTS === SLICE_DRAFTS - 1) yield;
      const read = readDraft(raw, `Varmuuskopion luonnos ${i + 1}: `);
      if (!read.ok) return { ok: false, error: read.error };
      drafts.push(read.draft);
    }
    if (new Set(drafts.map((d) => d.id)).size !== drafts.length) {
      return fail(
        'invalid-draft',
        'Varmuuskopiossa on sama luonnos kahteen kertaan (sama tunniste). Tiedosto on todennäköisesti muokattu käsin.',
      );
    }
    return { ok: true, kind: 'backup', drafts };
  }

  if (value.format === DRAFT_FILE_FORMAT) {
    const read = readDraft(value.draft, '');
    return read.ok ? { ok: true, kind: 'draft', drafts: [read.draft] } : { ok: false, error: read.error };
  }

  if (value.format === undefined && 'schemaVersion' in value && 'id' in value) {
    const read = readDraft(value, '');
    return read.ok ? { ok: true, kind: 'draft', drafts: [read.draft] } : { ok: false, error: read.error };
  }
  return fail('unknown-format', 'Tiedosto on JSON-muotoa, mutta se ei ole Ideapaperin luonnos- eikä varmuuskopiotiedosto.');
}
