/**
 * Property tests of the import parser (reliability scenarios E-1, E-2, E-4).
 *
 * - export → import is the identity for generated drafts and backups (tests/draft-arbitrary.ts);
 * - arbitrary bytes, strings and JSON either import as valid drafts or give a typed
 *   ImportError with a Finnish message; nothing else, and nothing throws;
 * - 1 MB hostile inputs return (no hang; the durations are logged, not asserted).
 *
 * Seed: fixed (FC_SEED overrides it) and printed by fast-check on failure, so a failure can be
 * replayed with FC_SEED=<seed>. FC_RUNS_SCALE multiplies every numRuns (nightly: 100).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FILE_FORMAT,
  classifyImportHead,
  DRAFT_FILE_FORMAT,
  draftSchema,
  kindError,
  MAX_TEXT,
  parseImportText,
  SCHEMA_VERSION,
  serializeBackupFile,
  serializeDraftFile,
  FILE_HEAD_BYTES,
  type Draft,
  type ImportParse,
} from '../../src/domain';
import { extractEmbeddedJson } from '../../src/export/pdf-embedded';
import { arbDraft, arbDrafts } from '../draft-arbitrary';
import { makeFullDraft } from '../fixtures';
import { KNOWN_IMPORT_CODES } from '../import-error-codes';

const SEED = Number(process.env.FC_SEED ?? 20_261_128);
const SCALE = Number(process.env.FC_RUNS_SCALE ?? 1);
const runs = (n: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns: Math.round(n * SCALE) });

const info = { appVersion: '0.1.0-test', exportedAt: '2026-11-28T10:00:00.000Z' };
const encode = (s: string) => new TextEncoder().encode(s);

const KNOWN_CODES = KNOWN_IMPORT_CODES;

/** The pipeline importFile runs on a file's bytes (exchange-actions.ts), without the state. */
function importBytes(bytes: Uint8Array): ImportParse {
  const head = classifyImportHead(bytes.length, bytes.subarray(0, FILE_HEAD_BYTES));
  if ('error' in head) return { ok: false, error: head.error };
  if (head.kind === 'pdf') {
    const embedded = extractEmbeddedJson(bytes);
    return embedded === null ? { ok: false, error: kindError('pdf-without-draft') } : parseImportText(embedded);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: kindError('binary') };
  }
  return parseImportText(text);
}

/** A message a user can read: Finnish sentence(s), no JS leftovers such as "[native code]". */
function expectFinnishMessage(message: unknown): void {
  expect(typeof message).toBe('string');
  const m = message as string;
  expect(m.length).toBeGreaterThan(20);
  expect(m).toMatch(/^[A-ZÅÄÖ]/);
  expect(m).toMatch(/\b(on|ei|eikä|tieto|Tiedosto\w*|Luonnoks\w*|Varmuuskopio\w*)\b/);
  expect(m).not.toMatch(/\[native code\]|\[object \w+\]|=>/);
}

/** The only two outcomes allowed: valid drafts, or a typed error with a Finnish message. */
function expectWellFormed(result: ImportParse): void {
  if (result.ok) {
    expect(['draft', 'backup']).toContain(result.kind);
    for (const d of result.drafts) expect(draftSchema.safeParse(d).success).toBe(true);
  } else {
    expect(KNOWN_CODES.has(result.error.code), `unknown code ${result.error.code}`).toBe(true);
    expectFinnishMessage(result.error.message);
  }
}

/** Runs `parse` and fails the property on any throw, with the input's size in the message. */
function safely(parse: () => ImportParse): ImportParse {
  try {
    return parse();
  } catch (error) {
    throw new Error(`import threw instead of returning an ImportError: ${String(error)}`);
  }
}

describe('draft arbitrary (sanity)', () => {
  it('generates only drafts that draftSchema accepts', () => {
    fc.assert(
      fc.property(arbDraft(), (d) => {
        const parsed = draftSchema.safeParse(d);
        expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
      }),
      runs(300),
    );
  });

  it('really produces the tricky characters and a long field now and then', () => {
    const leaves = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [];
    const texts = fc.sample(arbDraft(), { seed: SEED, numRuns: 300 }).flatMap(leaves);
    const all = texts.join('');
    for (const s of ['\u2028', '\u2029', '\u0000', '\ud800', 'e\u0301', '\u200d', '🇫🇮', '\r\n', '\u202e', 'שלום']) {
      expect(all.includes(s), `no ${JSON.stringify(s)} in 300 drafts`).toBe(true);
    }
    expect(texts.some((t) => t.length > 15_000)).toBe(true);
  });
});

describe('export → import is the identity (E-1)', () => {
  it('for one draft in a draft file, as text, as the file bytes, and as a bare draft', () => {
    fc.assert(
      fc.property(arbDraft(), (d) => {
        const file = serializeDraftFile(d, info);
        const expected = { ok: true, kind: 'draft', drafts: [d] };
        expect(parseImportText(file)).toEqual(expected);
        expect(importBytes(encode(file))).toEqual(expected);
        expect(parseImportText(`\ufeff${JSON.stringify(d)}`)).toEqual(expected);
      }),
      runs(1_000),
    );
  }, 120_000);

  it('for a backup of 1–3 drafts with distinct ids', () => {
    fc.assert(
      fc.property(arbDrafts(3), (drafts) => {
        const file = serializeBackupFile(drafts, info);
        const expected = { ok: true, kind: 'backup', drafts };
        expect(parseImportText(file)).toEqual(expected);
        expect(importBytes(encode(file))).toEqual(expected);
      }),
      runs(200),
    );
  }, 120_000);

  it('for a field of exactly MAX_TEXT units of emoji, NUL, line separators and lone surrogates', () => {
    const unit = '🙂\u0000\u2028\ud800e\u0301\u2029';
    const long = unit.repeat(Math.ceil(MAX_TEXT / unit.length)).slice(0, MAX_TEXT);
    const d = { ...makeFullDraft('max'), mainGoal: long } satisfies Draft;
    expect(importBytes(encode(serializeDraftFile(d, info)))).toEqual({ ok: true, kind: 'draft', drafts: [d] });
  });
});

describe('arbitrary input gives drafts or a typed error, never anything else (E-2)', () => {
  it('arbitrary bytes (≤ 4 KB)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => expectWellFormed(safely(() => importBytes(bytes)))),
      runs(1_000),
    );
  });

  it('arbitrary bytes behind a PDF header, with and without an embedded payload of random base64', () => {
    const pdfWith = fc
      .tuple(fc.uint8Array({ maxLength: 1024 }), fc.base64String({ maxLength: 400 }), fc.oneof(fc.json(), fc.string()), fc.boolean())
      .map(([noise, b64, json, useJson]) => {
        const payload = useJson ? Buffer.from(json, 'utf8').toString('base64') : b64;
        return new Uint8Array([...encode('%PDF-1.3\n'), ...noise, ...encode(`<x:d>IDEAPAPERI1:${payload}</x:d>`)]);
      });
    fc.assert(
      fc.property(pdfWith, (bytes) => expectWellFormed(safely(() => importBytes(bytes)))),
      runs(300),
    );
  });

  it('arbitrary strings, as text and as UTF-8 file bytes', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 1000 }),
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
    );
    fc.assert(
      fc.property(text, (s) => {
        expectWellFormed(safely(() => parseImportText(s)));
        expectWellFormed(safely(() => importBytes(encode(s))));
      }),
      runs(500),
    );
  });

  it('arbitrary JSON, bare and inside draft and backup envelopes', () => {
    const anyJson = fc.jsonValue();
    const input = fc.oneof(
      fc.json(),
      anyJson.map((draft) => JSON.stringify({ format: DRAFT_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, draft })),
      fc.array(anyJson, { maxLength: 4 }).map((drafts) => JSON.stringify({ format: BACKUP_FILE_FORMAT, formatVersion: 1, drafts })),
    );
    fc.assert(
      fc.property(input, (s) => expectWellFormed(safely(() => parseImportText(s)))),
      runs(500),
    );
  });

  it('draft-shaped JSON with random fields replaced by random values or objects', () => {
    const base = makeFullDraft('shape') as unknown as Record<string, unknown>;
    const keys = Object.keys(base);
    const shaped = fc
      .tuple(
        fc.dictionary(fc.constantFrom(...keys), fc.oneof(fc.jsonValue(), fc.object({ maxDepth: 2 })), { maxKeys: 4 }),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }),
        fc.constantFrom('principles', 'fit.emphases', 'fit.selfAssessment', 'budget.staff.0.monthsByYear'),
        // Keys of Object.prototype among them: a lookup table indexed by a file's key must not find them.
        fc.dictionary(
          fc.oneof(fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype)), fc.string()),
          fc.oneof(fc.jsonValue(), fc.object({ maxDepth: 1 })),
          {
            maxKeys: 3,
          },
        ),
      )
      .map(([replaced, extra, recordPath, recordEntries]) => {
        const d = structuredClone({ ...base, ...replaced, ...extra }) as Record<string, unknown>;
        // Random keys and values inside one of the records (keys are user-controlled there).
        const parts = recordPath.split('.');
        let node: unknown = d;
        for (const p of parts.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[p];
        if (node && typeof node === 'object') Object.assign(node, { [parts.at(-1)!]: recordEntries });
        return JSON.stringify({ format: DRAFT_FILE_FORMAT, schemaVersion: SCHEMA_VERSION, draft: d });
      });
    fc.assert(
      fc.property(shaped, (s) => expectWellFormed(safely(() => parseImportText(s)))),
      runs(500),
    );
  });

  it('names a record key such as "toString" literally instead of printing JS internals', () => {
    for (const key of ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf']) {
      const d = { ...makeFullDraft(), principles: { ...makeFullDraft().principles, [key]: 5 } };
      const result = parseImportText(serializeDraftFile(d as never, info));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-draft');
      expectFinnishMessage(result.error.message);
      expect(result.error.message).toContain(`”${key}”`);
    }
  });
});

describe('1 MB hostile inputs return (E-2, E-4; durations logged, not asserted)', () => {
  const MB = 1024 * 1024;
  const timings: string[] = [];
  const timed = (name: string, input: string | Uint8Array) => {
    const t0 = performance.now();
    const result = typeof input === 'string' ? importBytes(encode(input)) : importBytes(input);
    timings.push(`${name} ${Math.round(performance.now() - t0)} ms`);
    expectWellFormed(result);
    return result;
  };
  const code = (r: ImportParse) => (r.ok ? 'ok' : r.error.code);
  /** A real draft file with one field's JSON replaced by `json` (written through a placeholder). */
  const draftWith = (path: string, json: string) => {
    const d = structuredClone(makeFullDraft('big')) as unknown as Record<string, Record<string, unknown>>;
    const [a, b] = path.split('.') as [string, string | undefined];
    if (b === undefined) (d as Record<string, unknown>)[a] = '@@PLACEHOLDER@@';
    else d[a]![b] = '@@PLACEHOLDER@@';
    return serializeDraftFile(d as never, info).replaceAll('"@@PLACEHOLDER@@"', () => json);
  };

  it('garbage text and random bytes', () => {
    let x = 12345;
    const rnd = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    const ascii = Array.from({ length: MB }, () => String.fromCharCode(32 + (rnd() % 95))).join('');
    expect(code(timed('1 MB printable garbage', ascii))).toBe('not-json');
    const bytes = Uint8Array.from({ length: MB }, rnd);
    expect(['binary', 'not-json']).toContain(code(timed('1 MB random bytes', bytes)));
    expect(code(timed('1 MB of one long JSON string', JSON.stringify('x'.repeat(MB))))).toBe('unknown-format');
  });

  it('deep nesting', () => {
    expect(code(timed('1 MB of [', '['.repeat(MB)))).toBe('too-deep');
    expect(code(timed('balanced [] nesting 500 000 deep', `${'['.repeat(MB / 2)}${']'.repeat(MB / 2)}`))).toBe('too-deep');
    expect(code(timed('{"a": nesting', `${'{"a":'.repeat(MB / 5)}1${'}'.repeat(MB / 5)}`))).toBe('too-deep');
    const deepField = draftWith('mainGoal', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(code(timed('nesting inside a draft field', deepField))).toBe('too-deep');
    // Brackets inside strings are text, not nesting: a 1 MB field of brackets is just too long.
    expect(code(timed('brackets inside a string', draftWith('mainGoal', JSON.stringify('[{'.repeat(MB / 2)))))).toBe('invalid-draft');
  });

  it('huge arrays, huge strings and absurd numbers', () => {
    const manyItems = `[${'0,'.repeat(MB / 2 - 1)}0]`;
    expect(code(timed('subGoals with 524 288 elements', draftWith('subGoals', manyItems)))).toBe('invalid-draft');
    const r = timed('mainGoal of 1 MB', draftWith('mainGoal', JSON.stringify('y'.repeat(MB))));
    expect(!r.ok && r.error.message).toMatch(/Päätavoite|liian pitkä/);
    expect(
      code(
        timed(
          'backup of 100 000 nulls',
          JSON.stringify({ format: BACKUP_FILE_FORMAT, formatVersion: 1, drafts: Array(100_000).fill(null) }),
        ),
      ),
    ).toBe('too-many');
    expect(code(timed('1e309 as self-assessment', draftWith('fit.selfAssessment', '{"sisalto-tarve": 1e309}')))).toBe('invalid-draft');
    // Infinity is no integer, so it counts as no usable version.
    expect(code(timed('1e309 as schemaVersion', draftWith('schemaVersion', '1e309')))).toBe('missing-version');
    console.log(`import of hostile 1 MB inputs: ${timings.join('; ')}`);
  });
});
