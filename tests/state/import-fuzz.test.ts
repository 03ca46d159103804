/**
 * Mutation fuzz of the import through the REAL app state (reliability scenarios E-3, E-4, E-6,
 * E-7): the app's own exports (a draft file, a backup of every draft and an ideapaperi PDF,
 * made with the export actions) are damaged in ≥ 10 000 ways and imported with
 * actions.importFile. Whatever happens, the drafts already stored must not change: each case
 * ends in a typed error with a Finnish message, in a conflict that is cancelled (and stores
 * nothing), or in an import of drafts under NEW ids (removed again before the next case).
 *
 * The cases come from a seeded PRNG (FUZZ_SEED overrides the seed, FUZZ_CASES the count), so
 * a failure names its case number and mutation and can be replayed.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  buildPdfModel,
  calculateBudget,
  evaluateFit,
  MAX_IMPORT_BYTES,
  MAX_ITEMS,
  MAX_TEXT,
  SCHEMA_VERSION,
  serializeBackupFile,
  serializeDraftFile,
  finnishDateTime,
  parseImportText,
  UNKNOWN_DATE,
  type Draft,
  type ImportErrorCode,
} from '../../src/domain';
import { extractEmbeddedJson } from '../../src/export/pdf-embedded';
import { createPdfFonts } from '../../scripts/pdf-fonts';
import { renderPdf } from '../../src/export/render-pdf';
import type { ImportStatus } from '../../src/state';
import type { DraftsRepository } from '../../src/storage';
import { setupExchange, type Fonts } from './exchange-state';
import { makeBudgetDraft, makeFullDraft, stressText } from '../fixtures';
import { KNOWN_IMPORT_CODES } from '../import-error-codes';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_128);
const CASES = Number(process.env.FUZZ_CASES ?? 10_000);
const NOW = new Date('2026-11-28T12:00:00.000Z');
const DAY = '28.11.2026'; // NOW as the conflict names write it (Helsinki date)

type Status = ImportStatus['kind'];

const KNOWN_CODES = KNOWN_IMPORT_CODES;

/** Why a message is not a readable Finnish sentence, or null when it is. */
function messageProblem(message: unknown): string | null {
  if (typeof message !== 'string' || message.length < 20) return `too short: ${JSON.stringify(message)}`;
  if (!/^[A-ZÅÄÖ]/.test(message)) return `does not start with a capital: ${message.slice(0, 80)}`;
  if (!/\b(on|ei|eikä|tieto|Tiedosto\w*|Luonnoks\w*|Varmuuskopio\w*)\b/.test(message)) return `not Finnish: ${message.slice(0, 80)}`;
  if (/\[native code\]|\[object \w+\]|=>/.test(message)) return `JS internals in the message: ${message.slice(0, 200)}`;
  return null;
}

// ---------------------------------------------------------------------------------------
// The stored drafts and the real state

/** The third stored draft: long texts and the characters that break encoders. */
function unicodeDraft(id: string): Draft {
  const d = makeBudgetDraft(id);
  return {
    ...d,
    project: { ...d.project, name: 'Yhdessä 🇫🇮 kylillä – e\u0301 👨‍👩‍👧‍👦' },
    mainGoal: 'Tavoite e\u0301 \u2028 rivi \u2029 kappale\r\nNUL\u0000 שלום \u202e RTL \ud800 yksinäinen',
    need: { ...d.need, problem: stressText('Ongelma', 4_000), evidence: stressText('Näyttö', 3_000) },
    results: { ...d.results, expected: stressText('Tulokset', 4_000) },
  };
}

const STORED: readonly Draft[] = [makeFullDraft('draft-a'), makeBudgetDraft('draft-b'), unicodeDraft('draft-c')];

/** The real app state on an in-memory repository holding `initial` (raw records, as stored). */
const setup = (initial: readonly unknown[], fonts?: Fonts) => setupExchange(initial, NOW, fonts);

/** Everything the repository shows: the list and every draft, migrated and raw. */
async function snapshot(repo: DraftsRepository): Promise<string> {
  const list = await repo.list();
  const drafts = [];
  for (const s of list) drafts.push({ draft: await repo.get(s.id), raw: await repo.getRaw(s.id) });
  return JSON.stringify({ list, drafts });
}

const file = (bytes: Uint8Array | string, name: string) => new File([bytes as BlobPart], name);
const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
  }
  return out;
}

function renderDraftPdf(draft: Draft, fonts: Fonts): Promise<Uint8Array> {
  const budget = calculateBudget(draft);
  const doc = buildPdfModel({ draft, budget, fit: evaluateFit(draft, budget), exportedAt: NOW.toISOString(), appVersion: '0.1.0-test' });
  return renderPdf(doc, fonts);
}

// ---------------------------------------------------------------------------------------
// Mutations

interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** A real exported JSON file: its text and parsed value, with every node's path. */
interface JsonBase {
  readonly kind: 'draft' | 'backup';
  readonly text: string;
  readonly value: Json;
  readonly paths: readonly Path[];
  readonly objectPaths: readonly Path[];
}

function jsonBase(kind: 'draft' | 'backup', text: string): JsonBase {
  const value = JSON.parse(text) as Json;
  const paths: Path[] = [];
  const objectPaths: Path[] = [[]];
  const walk = (node: Json, path: Path) => {
    if (node === null || typeof node !== 'object') return;
    const entries: [string | number, Json][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [k, v] of entries) {
      const p = [...path, k];
      paths.push(p);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) objectPaths.push(p);
      walk(v, p);
    }
  };
  walk(value, []);
  return { kind, text, value, paths, objectPaths };
}

function getAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const k of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, Json>)[k] : undefined;
  return node;
}

/**
 * Sets (or with `undefined`, deletes) the value at `path`, as an own property even for
 * "__proto__"; does nothing when an earlier mutation left no object there.
 */
function setAt(root: Json, path: Path, value: Json | undefined): void {
  const parent = getAt(root, path.slice(0, -1));
  if (parent === null || typeof parent !== 'object') return;
  const key = path.at(-1)!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
}

const nested = (depth: number): Json => (depth === 0 ? 1 : [nested(depth - 1)]);
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

function wrongValue(rng: Rng): Json {
  switch (rng.int(16)) {
    case 0:
      return 0;
    case 1:
      return -1;
    case 2:
      return 1.5;
    case 3:
      return 1e308;
    case 4:
      return null;
    case 5:
      return rng.chance(0.5);
    case 6:
      return '';
    case 7:
      return 'x';
    case 8:
      return [];
    case 9:
      return [1, 'a', null];
    case 10:
      return {};
    case 11:
      return { a: 1 };
    case 12:
      return 'x'.repeat(MAX_TEXT + 1);
    case 13:
      return Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({ id: `x${i}`, text: '' }));
    case 14:
      return nested(40);
    default:
      return '🙂\u2028\ud800';
  }
}

function randomKey(rng: Rng): string {
  return rng.chance(0.4)
    ? rng.pick(PROTO_KEYS)
    : rng.pick(['extra', 'salaisuus', 'id', 'drafts', 'draft', '', 'ä'.repeat(200), `k${rng.int(1000)}`]);
}

const stringify = (v: Json) => JSON.stringify(v, null, 2);
const clone = (v: Json): Json => structuredClone(v);

/** The drafts inside a base value: the draft of a draft file, or each of a backup. */
function draftPaths(base: JsonBase): Path[] {
  const list = getAt(base.value, ['drafts']);
  if (base.kind === 'draft') return [['draft']];
  return Array.isArray(list) && list.length > 0 ? list.map((_, i) => ['drafts', i]) : [['drafts', 0]];
}

/** Fields the app formats or follows as keys: a bad value here must never get in (issue: lock-out). */
const DATE_OR_ID_KEYS = new Set(['createdAt', 'updatedAt', 'receivedAt', 'date', 'id', 'goalId', 'goalIds', 'itemId', 'section']);
const HOSTILE_DATES_AND_IDS: readonly (Json | undefined)[] = [
  'not a date',
  '+999999-01-01T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '2026-13-45T99:99:99.000Z',
  '2026-11-28',
  '2026-11-28T12:00:00',
  '1e308',
  '',
  ' ',
  'x'.repeat(65),
  '\u202eevil',
  0,
  -1,
  1e308,
  null,
  true,
  [],
  {},
  undefined,
];

/** Structural mutations: change the parsed file and write it again. Each returns [label, text]. */
const STRUCTURAL: Record<string, (base: JsonBase, rng: Rng) => [string, string]> = {
  dateOrId(base, rng) {
    const v = clone(base.value);
    const targets = base.paths.filter((p) => DATE_OR_ID_KEYS.has(String(p.at(-1))));
    if (targets.length === 0) return ['no dates or ids', stringify(v)];
    const path = rng.pick(targets);
    const value = rng.chance(0.8) ? rng.pick(HOSTILE_DATES_AND_IDS) : wrongValue(rng);
    setAt(v, path, value);
    return [`${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`, stringify(v)];
  },
  wrongType(base, rng) {
    const v = clone(base.value);
    const path = base.paths.length ? rng.pick(base.paths) : ['x'];
    setAt(v, path, wrongValue(rng));
    return [`wrong type at ${path.join('.')}`, stringify(v)];
  },
  removeField(base, rng) {
    const v = clone(base.value);
    const path = base.paths.length ? rng.pick(base.paths) : ['x'];
    setAt(v, path, undefined);
    return [`removed ${path.join('.')}`, stringify(v)];
  },
  addField(base, rng) {
    const v = clone(base.value);
    const path = rng.pick(base.objectPaths);
    const key = randomKey(rng);
    setAt(v, [...path, key], rng.chance(0.5) ? wrongValue(rng) : { polluted: true });
    return [`added ${JSON.stringify(key.slice(0, 20))} at ${path.join('.') || 'root'}`, stringify(v)];
  },
  editString(base, rng) {
    const v = clone(base.value);
    const strings = base.paths.filter((p) => typeof getAt(base.value, p) === 'string');
    if (strings.length === 0) return ['no strings to edit', stringify(v)];
    const path = rng.pick(strings);
    setAt(v, path, rng.pick(['', 'muutettu', '🙂 e\u0301 \u2028', `${getAt(base.value, path) as string}!`, 'x'.repeat(65)]));
    return [`edited string ${path.join('.')}`, stringify(v)];
  },
  version(base, rng) {
    const v = clone(base.value);
    const draft = rng.pick(draftPaths(base));
    const value = rng.pick<Json | undefined>([3, 99, 2 ** 53, 1e308, 0, -1, 1.5, '2', null, undefined, 1, [2], {}]);
    const where = rng.chance(0.8) ? [...draft, 'schemaVersion'] : base.kind === 'draft' ? ['schemaVersion'] : ['formatVersion'];
    setAt(v, where, value);
    return [`${where.join('.')} = ${JSON.stringify(value)}`, stringify(v)];
  },
  format(base, rng) {
    const v = clone(base.value);
    const value = rng.pick<Json | undefined>([
      'ideapaperi-draft',
      'ideapaperi-backup',
      'ideapaperi',
      'IDEAPAPERI-DRAFT',
      '',
      null,
      1,
      undefined,
    ]);
    setAt(v, ['format'], value);
    return [`format = ${JSON.stringify(value)}`, stringify(v)];
  },
  id(base, rng) {
    const v = clone(base.value);
    const draft = rng.pick(draftPaths(base));
    const value = rng.pick<Json | undefined>([
      `imported-${rng.int(1e6)}`,
      'draft-a',
      'draft-b',
      'draft-c',
      '',
      'x'.repeat(65),
      42,
      null,
      undefined,
    ]);
    setAt(v, [...draft, 'id'], value);
    return [`${[...draft, 'id'].join('.')} = ${JSON.stringify(value)}`, stringify(v)];
  },
  drafts(base, rng) {
    const v = clone(base.value);
    if (base.kind === 'draft') {
      // A draft file that pretends to be a backup, or a bare draft without envelope.
      return rng.chance(0.5)
        ? [
            'draft file as a backup',
            stringify({
              ...(v as Record<string, Json>),
              format: 'ideapaperi-backup',
              formatVersion: 1,
              drafts: [getAt(v, ['draft']) ?? null],
            }),
          ]
        : ['bare draft', stringify(getAt(v, ['draft']) ?? null)];
    }
    const list = getAt(v, ['drafts']);
    if (!Array.isArray(list) || list.length === 0) return ['backup without a drafts list', stringify(v)];
    switch (rng.int(5)) {
      case 0:
        list.push(clone(list[rng.int(list.length)]!));
        return ['backup with a draft twice', stringify(v)];
      case 1:
        list.length = 0;
        return ['backup with no drafts', stringify(v)];
      case 2:
        setAt(v, ['drafts'], Array(501).fill(null));
        return ['backup with 501 nulls', stringify(v)];
      case 3:
        list.splice(rng.int(list.length), 1);
        return ['backup missing one draft', stringify(v)];
      default:
        list.reverse();
        return ['backup in reverse order', stringify(v)];
    }
  },
  duplicateKey(base, rng) {
    // A key written twice: JSON.parse keeps the last one.
    const lines = base.text.split('\n');
    const candidates = lines.flatMap((line, i) => (/^\s*"[^"]+": .*[^{[]$/.test(line) ? [i] : [])); // complete values only
    if (candidates.length === 0) return ['no keys to duplicate', base.text];
    const i = rng.pick(candidates);
    const [, indent, key, rest] = /^(\s*)("[^"]+"): (.*?),?$/.exec(lines[i]!)!;
    const value = rng.chance(0.4) ? rest! : JSON.stringify(wrongValue(rng));
    const out = [...lines];
    if (rng.chance(0.5))
      out.splice(i, 0, `${indent}${key}: ${value},`); // the original wins
    else {
      if (!out[i]!.endsWith(',')) out[i] += ',';
      out.splice(i + 1, 0, `${indent}${key}: ${value}${lines[i]!.endsWith(',') ? ',' : ''}`); // the duplicate wins
    }
    return [`duplicate key ${key} at line ${i + 1}`, out.join('\n')];
  },
};

const HEADERS: readonly [string, number[]][] = [
  ['UTF-8 BOM', [0xef, 0xbb, 0xbf]],
  ['%PDF- header', [...utf8('%PDF-1.7\n')]],
  ['ZIP header', [0x50, 0x4b, 0x03, 0x04]],
  ['empty ZIP header', [0x50, 0x4b, 0x05, 0x06]],
  ['UTF-16LE BOM', [0xff, 0xfe]],
  ['UTF-16BE BOM', [0xfe, 0xff]],
  ['gzip magic', [0x1f, 0x8b, 0x08]],
  ['NUL byte', [0]],
  ['whitespace', [...utf8(' \n\t\r\n')]],
  ['double BOM', [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]],
];

/** Byte-level mutations of any file. */
const BYTES: Record<string, (bytes: Uint8Array, rng: Rng) => [string, Uint8Array]> = {
  flip(bytes, rng) {
    const out = bytes.slice();
    const n = 1 + rng.int(8);
    for (let k = 0; k < n; k++) {
      const i = rng.int(out.length);
      out[i] = rng.chance(0.5) ? out[i]! ^ (1 << rng.int(8)) : rng.chance(0.5) ? rng.int(256) : '{}[]":,\\0'.charCodeAt(rng.int(10));
    }
    return [`${n} byte flips`, out];
  },
  insert(bytes, rng) {
    const at = rng.int(bytes.length + 1);
    const extra = rng.chance(0.5)
      ? Uint8Array.from({ length: 1 + rng.int(16) }, () => rng.int(256))
      : utf8(rng.pick(['{', '}', '"', ',', 'null', 'ä', '\\', '[', ']', ':1']));
    return [`inserted ${extra.length} bytes at ${at}`, new Uint8Array([...bytes.subarray(0, at), ...extra, ...bytes.subarray(at)])];
  },
  remove(bytes, rng) {
    const at = rng.int(bytes.length);
    const n = 1 + rng.int(64);
    return [`deleted ${n} bytes at ${at}`, new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + n)])];
  },
  duplicateRange(bytes, rng) {
    const at = rng.int(bytes.length);
    const n = 1 + rng.int(256);
    return [`duplicated ${n} bytes at ${at}`, new Uint8Array([...bytes.subarray(0, at + n), ...bytes.subarray(at)])];
  },
  truncate(bytes, rng) {
    const at = rng.int(bytes.length);
    return [`truncated at ${at}`, bytes.slice(0, at)];
  },
  prefix(bytes, rng) {
    const [name, head] = rng.pick(HEADERS);
    return [`${name} prefixed`, new Uint8Array([...head, ...bytes])];
  },
  append(bytes, rng) {
    const tail = rng.pick(['}', ',', 'x', '\u0000', '\n{}', '\ufeff']);
    return [`appended ${JSON.stringify(tail)}`, new Uint8Array([...bytes, ...utf8(tail)])];
  },
};

interface Case {
  readonly label: string;
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

interface Bases {
  readonly draft: JsonBase;
  readonly backup: JsonBase;
  readonly pdf: Uint8Array;
  /** The draft file embedded in the PDF, and the PDF around its base64 payload. */
  readonly pdfJson: JsonBase;
  readonly pdfAround: readonly [string, string];
}

const PAYLOAD = />IDEAPAPERI1:([A-Za-z0-9+/]+={0,2})</;

function pdfBases(pdf: Uint8Array): Pick<Bases, 'pdfJson' | 'pdfAround'> {
  const text = Buffer.from(pdf).toString('latin1');
  const match = PAYLOAD.exec(text)!;
  const start = match.index + '>IDEAPAPERI1:'.length;
  return {
    pdfJson: jsonBase('draft', extractEmbeddedJson(pdf)!),
    pdfAround: [text.slice(0, start), text.slice(start + match[1]!.length)],
  };
}

const pdfWithJson = (bases: Bases, json: string) =>
  latin1(bases.pdfAround[0] + Buffer.from(json, 'utf8').toString('base64') + bases.pdfAround[1]);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** One random case: a structural and/or byte-level mutation of one of the real files. */
function randomCase(bases: Bases, rng: Rng, i: number): Case {
  const r = rng.next();
  const structural = Object.keys(STRUCTURAL);
  const byteOps = Object.keys(BYTES);
  if (r < 0.15) {
    // The PDF: damaged bytes, a damaged payload, or a payload carrying a mutated draft file.
    const mode = rng.int(4);
    if (mode === 0) {
      const op = rng.pick(byteOps);
      const [label, bytes] = BYTES[op]!(bases.pdf, rng);
      return { label: `pdf: ${label}`, bytes, fileName: `f${i}.pdf` };
    }
    if (mode === 1) {
      const [b64Start, b64End] = [bases.pdfAround[0].length, bases.pdf.length - bases.pdfAround[1].length];
      const out = bases.pdf.slice();
      const at = b64Start + rng.int(b64End - b64Start);
      out[at] = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=!'.charCodeAt(rng.int(66));
      return { label: `pdf: payload byte ${at - b64Start} changed`, bytes: out, fileName: `f${i}.pdf` };
    }
    const op = rng.pick(structural);
    const [label, json] = STRUCTURAL[op]!(bases.pdfJson, rng);
    return { label: `pdf payload: ${label}`, bytes: pdfWithJson(bases, json), fileName: `f${i}.pdf` };
  }
  const base = r < 0.55 ? bases.draft : bases.backup;
  const labels: string[] = [];
  let text = base.text;
  let bytes: Uint8Array | null = null;
  const kind = rng.next();
  if (kind < 0.55 || kind >= 0.9) {
    const [label, out] = STRUCTURAL[rng.pick(structural)]!(base, rng);
    labels.push(label);
    text = out;
    if (kind >= 0.9 && rng.chance(0.5) && parses(out)) {
      // Two structural changes: the second on the first's result.
      const [label2, out2] = STRUCTURAL[rng.pick(['wrongType', 'removeField', 'addField', 'version', 'id'])]!(
        jsonBase(base.kind, out),
        rng,
      );
      labels.push(label2);
      text = out2;
    }
  }
  if (kind >= 0.55 && rng.chance(0.1)) {
    const bigEndian = rng.chance(0.5);
    const bom = rng.chance(0.5);
    labels.push(`UTF-16${bigEndian ? 'BE' : 'LE'}${bom ? ' with BOM' : ''}`);
    bytes = utf16(text, bigEndian, bom);
  } else if (kind >= 0.55) {
    const [label, out] = BYTES[rng.pick(byteOps)]!(utf8(text), rng);
    labels.push(label);
    bytes = out;
  }
  return { label: `${base.kind}: ${labels.join(' + ')}`, bytes: bytes ?? utf8(text), fileName: `f${i}.ideapaperi.json` };
}

/** Truncation of every real file at every 1 KB boundary (and one byte either side). */
function truncationCases(bases: Bases): Case[] {
  const out: Case[] = [];
  const files: [string, Uint8Array][] = [
    ['draft', utf8(bases.draft.text)],
    ['backup', utf8(bases.backup.text)],
    ['pdf', bases.pdf],
  ];
  for (const [name, bytes] of files) {
    for (let at = 1024; at < bytes.length; at += 1024) {
      for (const cut of [at - 1, at, at + 1])
        out.push({ label: `${name}: truncated at ${cut} (1 KB boundary)`, bytes: bytes.slice(0, cut), fileName: `${name}-${cut}` });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------

let fonts: Fonts;
beforeAll(async () => {
  fonts = await createPdfFonts();
}, 60_000);

describe('mutation fuzz over real exported files (E-3)', () => {
  it(`${CASES} damaged files never change the stored drafts`, async () => {
    const { repo, state, delivered } = setup(STORED, fonts);

    // The real exports, made by the app's own export actions.
    await state.exchange.exportDraftFile('draft-c');
    await state.exchange.exportAll();
    expect(await state.lifecycle.open('draft-b')).toBe(true);
    await state.exchange.exportPdf();
    await state.closeDraft();
    expect(delivered.map((d) => d.fileName)).toEqual([
      expect.stringMatching(/\.ideapaperi\.json$/),
      expect.stringMatching(/varmuuskopio.*\.ideapaperi\.json$/),
      expect.stringMatching(/\.pdf$/),
    ]);
    const [draftText, backupText] = [await delivered[0]!.blob.text(), await delivered[1]!.blob.text()];
    const pdf = new Uint8Array(await delivered[2]!.blob.arrayBuffer());
    // They are exactly what the serializers write.
    const head = JSON.parse(draftText) as { appVersion: string; exportedAt: string };
    expect(draftText).toBe(serializeDraftFile(STORED[2]!, head));
    expect(backupText).toBe(serializeBackupFile(STORED, head));
    expect(extractEmbeddedJson(pdf)).toBe(serializeDraftFile(STORED[1]!, head));
    const bases: Bases = { draft: jsonBase('draft', draftText), backup: jsonBase('backup', backupText), pdf, ...pdfBases(pdf) };

    // Warm-up (the lazily imported import code and PDF reader), so "slowest" below means a case.
    for (const [bytes, name] of [
      [utf8(draftText), 'warm.json'],
      [pdf, 'warm.pdf'],
    ] as const) {
      await state.exchange.importFile(file(bytes, name));
      await state.exchange.resolveImportConflict('cancel');
    }
    const baseline = await snapshot(repo);
    const originalIds = new Set(STORED.map((d) => d.id));
    const rng = mulberry32(SEED);
    const fixed = truncationCases(bases);
    const counts = new Map<string, number>();
    const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
    let slowest = { ms: 0, label: '' };
    const t0 = performance.now();

    for (let i = 0; i < Math.max(CASES, fixed.length); i++) {
      const c = i < fixed.length ? fixed[i]! : randomCase(bases, rng, i);
      const where = `case ${i} (${c.label}; FUZZ_SEED=${SEED})`;
      const started = performance.now();
      await state.exchange.importFile(file(c.bytes, c.fileName));
      const status = state.exchange.importStatus.value;
      let outcome: string;
      switch (status.kind) {
        case 'error': {
          if (!KNOWN_CODES.has(status.error.code)) throw new Error(`${where}: unknown error code ${status.error.code}`);
          const problem = messageProblem(status.error.message);
          if (problem) throw new Error(`${where}: ${status.error.code}: ${problem}`);
          outcome = status.error.code;
          break;
        }
        case 'conflict': {
          await state.exchange.resolveImportConflict('cancel');
          const after: Status = state.exchange.importStatus.value.kind;
          if (after !== 'idle') throw new Error(`${where}: status ${after} after cancelling a conflict`);
          outcome = 'conflict → cancel';
          break;
        }
        case 'done': {
          // Still a valid file, with only new ids: imported. Remove the new drafts again.
          const added = (await repo.list()).filter((s) => !originalIds.has(s.id));
          for (const s of added) {
            if (s.problem) throw new Error(`${where}: imported draft ${s.id} cannot be read back`);
            // Whatever is accepted can be listed, opened and exported again.
            if (finnishDateTime(s.updatedAt) === UNKNOWN_DATE)
              throw new Error(`${where}: imported draft ${s.id} lists with an unreadable date`);
            const opened = await repo.get(s.id);
            if (!opened) throw new Error(`${where}: imported draft ${s.id} cannot be opened`);
            const again = parseImportText(serializeDraftFile(opened, { appVersion: '0.1.0', exportedAt: NOW.toISOString() }));
            if (!again.ok) throw new Error(`${where}: imported draft ${s.id} exports a file that does not import: ${again.error.message}`);
            await repo.remove(s.id);
          }
          outcome = added.length ? 'imported (new id)' : 'imported nothing (empty backup)';
          break;
        }
        default:
          throw new Error(`${where}: import ended in status ${status.kind}`);
      }
      const ms = performance.now() - started;
      if (ms > slowest.ms) slowest = { ms, label: c.label };
      count(outcome);
      const now = await snapshot(repo);
      if (now !== baseline) expect(JSON.parse(now), `${where}: the stored drafts changed`).toEqual(JSON.parse(baseline));
      state.exchange.dismissImport();
    }

    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const summary = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `import fuzz: ${total} cases (seed ${SEED}, ${fixed.length} at 1 KB boundaries) in ${Math.round(performance.now() - t0)} ms; slowest ${Math.round(slowest.ms)} ms (${slowest.label}); ${summary}`,
    );
    expect(total).toBeGreaterThanOrEqual(10_000);
    // The fuzz reached every kind of outcome (or the mutations are too tame to mean much).
    for (const key of [
      'conflict → cancel',
      'imported (new id)',
      'not-json',
      'invalid-draft',
      'binary',
      'forbidden-key',
      'future-version',
      'missing-version',
      'unknown-format',
      'too-deep',
      'zip',
      'pdf-without-draft',
    ]) {
      expect(counts.get(key) ?? 0, `no case ended in ${key}`).toBeGreaterThan(0);
    }
  }, 180_000);
});

// ---------------------------------------------------------------------------------------
// Focused cases

describe('untrusted files through the app state (E-4, E-6)', () => {
  it('checks the size before reading a single byte', async () => {
    const { repo, state } = setup(STORED);
    const before = await snapshot(repo);
    const arrayBuffer = vi.fn();
    await state.exchange.importFile({ size: MAX_IMPORT_BYTES + 1, name: 'iso.json', arrayBuffer } as unknown as Blob & { name: string });
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'error', fileName: 'iso.json', error: { code: 'too-large' } });
    expect(arrayBuffer).not.toHaveBeenCalled();
    const status = state.exchange.importStatus.value;
    if (status.kind === 'error') expect(status.error.message).toMatch(/liian suuri \(64 Mt\).*Suurin tuotava koko on 64 Mt/);
    await state.exchange.importFile({ size: 0, name: 'tyhja.json', arrayBuffer } as unknown as Blob & { name: string });
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'error', error: { code: 'empty' } });
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(await snapshot(repo)).toBe(before);
  });

  it('gives each kind of bad file a Finnish message that says what is wrong, and stores nothing', async () => {
    const { repo, state } = setup(STORED);
    const before = await snapshot(repo);
    const good = makeFullDraft('uusi');
    const fileOf = (patch: (d: Record<string, unknown>) => void) => {
      const d = structuredClone(good) as unknown as Record<string, unknown>;
      patch(d);
      return serializeDraftFile(d as never, { appVersion: '0.1.0', exportedAt: NOW.toISOString() });
    };
    const goodText = fileOf(() => undefined);
    const cases: [string, Uint8Array | string, ImportErrorCode, RegExp][] = [
      [
        'JSON syntax error',
        goodText.slice(0, goodText.length / 2),
        'not-json',
        /ei ole kelvollista JSON-muotoa.*vaurioitunut, keskeneräinen/,
      ],
      [
        'wrong type',
        fileOf((d) => ((d.applicant as Record<string, unknown>).email = 42)),
        'invalid-draft',
        /kohdassa Hakija: Sähköposti: tieto on väärää tyyppiä/,
      ],
      ['missing field', fileOf((d) => delete d.need), 'invalid-draft', /kohdassa Tarve: .*puuttuu/],
      [
        'unknown field',
        fileOf((d) => ((d.project as Record<string, unknown>).salaisuus = 'x')),
        'invalid-draft',
        /Hanke: tuntematon kenttä ”salaisuus”/,
      ],
      [
        '__proto__ key',
        goodText.replace('"mainGoal"', '"__proto__": {"polluted": true}, "mainGoal"'),
        'forbidden-key',
        /kenttä ”__proto__”.*turvallisuussyistä/,
      ],
      [
        'constructor.prototype',
        fileOf((d) => Object.assign(d, { constructor: { prototype: { polluted: true } } })),
        'forbidden-key',
        /”(constructor|prototype)”/,
      ],
      [
        'record key "toString"',
        fileOf((d) => Object.assign(d.principles as object, { toString: 1 })),
        'invalid-draft',
        /Läpileikkaavat periaatteet: ”toString”: tieto on väärää tyyppiä/,
      ],
      [
        'huge list',
        fileOf((d) => (d.subGoals = Array.from({ length: 20_000 }, (_, i) => ({ id: `g${i}`, text: '' })))),
        'invalid-draft',
        /liian monta kohtaa/,
      ],
      ['huge string', fileOf((d) => (d.mainGoal = 'x'.repeat(MAX_TEXT + 1))), 'invalid-draft', /Päätavoite.*liian pitkä/],
      [
        'nesting 10 000 deep',
        fileOf((d) => (d.mainGoal = '@@')).replace('"@@"', `${'['.repeat(10_000)}${']'.repeat(10_000)}`),
        'too-deep',
        /liian syvä/,
      ],
      [
        'future version',
        fileOf((d) => (d.schemaVersion = SCHEMA_VERSION + 1)),
        'future-version',
        new RegExp(`versio ${SCHEMA_VERSION + 1}.*Päivitä sovellus`),
      ],
      ['missing version', fileOf((d) => delete d.schemaVersion), 'missing-version', /puuttuu versiotieto/],
      ['version as text', fileOf((d) => (d.schemaVersion = '2')), 'missing-version', /puuttuu versiotieto/],
      ['other JSON', '{"name": "ei ideapaperi"}', 'unknown-format', /ei ole Ideapaperin luonnos- eikä varmuuskopiotiedosto/],
      ['ZIP renamed to .json', new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]), 'zip', /ZIP-paketti/],
      [
        'PDF without a draft renamed to .json',
        '%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n',
        'pdf-without-draft',
        /ei löytynyt Ideapaperin luonnosta/,
      ],
      ['UTF-16 with BOM', utf16(goodText, false, true), 'binary', /ei ole tekstiä eikä PDF:ää/],
      ['UTF-16 without BOM', utf16(goodText, false, false), 'binary', /ei ole tekstiä eikä PDF:ää/],
      ['invalid UTF-8 (Latin-1 text)', latin1(goodText), 'binary', /ei ole tekstiä/],
      ['only whitespace', ' \n\t ', 'empty', /tyhjä/],
    ];
    const timings: string[] = [];
    for (const [name, content, code, message] of cases) {
      const t0 = performance.now();
      await state.exchange.importFile(file(typeof content === 'string' ? utf8(content) : content, `${name}.ideapaperi.json`));
      timings.push(`${name} ${Math.round(performance.now() - t0)} ms`);
      const status = state.exchange.importStatus.value;
      expect(status.kind, name).toBe('error');
      if (status.kind !== 'error') continue;
      expect(status.error.code, name).toBe(code);
      expect(status.error.message, name).toMatch(message);
      expect(messageProblem(status.error.message), name).toBeNull();
      expect(await snapshot(repo), name).toBe(before);
      state.exchange.dismissImport();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.log(`bad files through importFile: ${timings.join('; ')}`);
  });

  it('reads a file with a UTF-8 BOM and CRLF line ends', async () => {
    const { repo, state } = setup(STORED);
    const d = makeFullDraft('bom');
    const text = `\ufeff${serializeDraftFile(d, { appVersion: '0.1.0', exportedAt: NOW.toISOString() }).replaceAll('\n', '\r\n')}`;
    await state.exchange.importFile(file(utf8(text), 'bom.ideapaperi.json'));
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'done', names: ['Yhdessä kylillä'] });
    expect(await repo.get('bom')).toEqual(d);
  });

  it('rejects a 5 MB file of one hostile field and returns promptly', async () => {
    const { repo, state } = setup(STORED);
    const before = await snapshot(repo);
    const envelope = serializeDraftFile(
      { ...makeFullDraft('iso'), mainGoal: '@@' },
      { appVersion: '0.1.0', exportedAt: NOW.toISOString() },
    );
    const filler = MAX_IMPORT_BYTES - utf8(envelope).length; // exactly at the cap
    const t0 = performance.now();
    await state.exchange.importFile(file(utf8(envelope.replace('@@', 'ä'.repeat(filler / 2))), 'iso.json'));
    const ms = performance.now() - t0;
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'error', error: { code: 'invalid-draft' } });
    expect(await snapshot(repo)).toBe(before);
    console.log(`5 MB file at the cap: rejected in ${Math.round(ms)} ms`);
  });
});

describe('PDF import (E-6)', () => {
  it('imports the draft embedded in a real ideapaperi PDF identically', async () => {
    const { repo, state } = setup(STORED);
    const draft = { ...unicodeDraft('draft-pdf'), project: { ...unicodeDraft('x').project, name: 'PDF-tuonti 🙂 e\u0301' } };
    const pdf = await renderDraftPdf(draft, fonts);
    await state.exchange.importFile(file(pdf, 'ideapaperi.pdf'));
    expect(state.exchange.importStatus.value).toMatchObject({
      kind: 'done',
      fileName: 'ideapaperi.pdf',
      names: ['PDF-tuonti 🙂 e\u0301'],
      keptPrevious: 0,
    });
    expect(await repo.get('draft-pdf')).toEqual(draft);
    expect(state.list.drafts.value.map((s) => s.id)).toContain('draft-pdf');
  }, 30_000);

  it("says so when a PDF carries no draft (another program's PDF, or one re-saved)", async () => {
    const { repo, state } = setup(STORED);
    const before = await snapshot(repo);
    const pdf = await renderDraftPdf(makeFullDraft('p'), fonts);
    const stripped = latin1(Buffer.from(pdf).toString('latin1').replace('IDEAPAPERI1:', 'IDEAPAPERI9:'));
    await state.exchange.importFile(file(stripped, 'muokattu.pdf'));
    const status = state.exchange.importStatus.value;
    expect(status).toMatchObject({ kind: 'error', error: { code: 'pdf-without-draft' } });
    if (status.kind === 'error') expect(messageProblem(status.error.message)).toBeNull();
    expect(await snapshot(repo)).toBe(before);
  }, 30_000);

  it('recognises a ZIP and UTF-16 text whatever the file is called', async () => {
    const { repo, state } = setup(STORED);
    const before = await snapshot(repo);
    await state.exchange.importFile(
      file(new Uint8Array([0x50, 0x4b, 3, 4, ...utf8('mimetypeapplication/zip')]), 'luonnos.ideapaperi.json'),
    );
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'error', error: { code: 'zip' } });
    const text = serializeDraftFile(makeFullDraft('utf16'), { appVersion: '0.1.0', exportedAt: NOW.toISOString() });
    await state.exchange.importFile(file(utf16(text, true, true), 'luonnos.ideapaperi.json'));
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'error', error: { code: 'binary' } });
    expect(await snapshot(repo)).toBe(before);
  });
});

describe('import conflicts (E-7)', () => {
  const info = { appVersion: '0.1.0', exportedAt: NOW.toISOString() };
  const changed = (): Draft => ({ ...makeFullDraft('draft-a'), mainGoal: 'Tuotu versio', updatedAt: '2026-11-29T08:00:00.000Z' });

  it('asks before touching an existing draft; cancel stores nothing', async () => {
    const { repo, state } = setup(STORED);
    const before = await snapshot(repo);
    await state.exchange.importFile(file(serializeDraftFile(changed(), info), 'a.json'));
    const status = state.exchange.importStatus.value;
    expect(status.kind).toBe('conflict');
    if (status.kind === 'conflict') expect(status.existing).toEqual([STORED[0]]);
    expect(await snapshot(repo)).toBe(before);
    await state.exchange.resolveImportConflict('cancel');
    expect(state.exchange.importStatus.value).toEqual({ kind: 'idle' });
    expect(await snapshot(repo)).toBe(before);
  });

  it("'replace' stores the import under the original id and keeps the previous version as its own draft", async () => {
    const { repo, state } = setup(STORED);
    const imported = changed();
    await state.exchange.importFile(file(serializeDraftFile(imported, info), 'a.json'));
    await state.exchange.resolveImportConflict('replace');
    expect(state.exchange.importStatus.value).toEqual({ kind: 'done', fileName: 'a.json', names: ['Yhdessä kylillä'], keptPrevious: 1 });
    expect(await repo.get('draft-a')).toEqual(imported);
    const previous = STORED[0]!;
    expect(await repo.get('new-1')).toEqual({
      ...previous,
      id: 'new-1',
      updatedAt: NOW.toISOString(),
      project: { ...previous.project, name: `Yhdessä kylillä (ennen tuontia ${DAY})` },
    });
    expect(await repo.get('draft-b')).toEqual(STORED[1]);
    expect(await repo.get('draft-c')).toEqual(STORED[2]);
    expect((await repo.list()).map((s) => s.id).sort()).toEqual(['draft-a', 'draft-b', 'draft-c', 'new-1']);
  });

  it("'keepBoth' stores the import under a new id and leaves the existing draft alone", async () => {
    const { repo, state } = setup(STORED);
    const imported = changed();
    await state.exchange.importFile(file(serializeDraftFile(imported, info), 'a.json'));
    await state.exchange.resolveImportConflict('keepBoth');
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'done', keptPrevious: 0 });
    expect(await repo.get('draft-a')).toEqual(STORED[0]);
    expect(await repo.get('new-1')).toEqual({
      ...imported,
      id: 'new-1',
      project: { ...imported.project, name: `Yhdessä kylillä (tuotu ${DAY})` },
    });
    expect((await repo.list()).map((s) => s.id).sort()).toEqual(['draft-a', 'draft-b', 'draft-c', 'new-1']);
  });

  it('never overwrites a stored record this version cannot read (saved by a newer version in another tab)', async () => {
    const newer = { ...makeFullDraft('draft-a'), schemaVersion: SCHEMA_VERSION + 1, mainGoal: 'Uudemman version teksti' };
    const { repo, state } = setup([newer, STORED[1]!]);
    const rawBefore = structuredClone(await repo.getRaw('draft-a'));
    const imported = makeFullDraft('draft-a');
    await state.exchange.importFile(file(serializeDraftFile(imported, info), 'a.json'));
    if (state.exchange.importStatus.value.kind === 'conflict') await state.exchange.resolveImportConflict('replace');
    expect(await repo.getRaw('draft-a')).toEqual(rawBefore);
    // The import itself is kept, under a new id, as "keep both" would.
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'done', keptPrevious: 0 });
    expect(await repo.get('new-1')).toEqual({
      ...imported,
      id: 'new-1',
      project: { ...imported.project, name: `Yhdessä kylillä (tuotu ${DAY})` },
    });
  });

  it('a backup mixing new and existing drafts: keepBoth renames only the existing ones', async () => {
    const { repo, state } = setup(STORED);
    const fresh = makeFullDraft('draft-new');
    await state.exchange.importFile(file(serializeBackupFile([changed(), fresh], info), 'backup.json'));
    const status = state.exchange.importStatus.value;
    expect(status.kind).toBe('conflict');
    if (status.kind === 'conflict') expect(status.existing.map((d) => d.id)).toEqual(['draft-a']);
    await state.exchange.resolveImportConflict('keepBoth');
    expect(await repo.get('draft-new')).toEqual(fresh);
    expect(await repo.get('draft-a')).toEqual(STORED[0]);
    expect((await repo.get('new-1'))?.project.name).toBe(`Yhdessä kylillä (tuotu ${DAY})`);
  });
});
