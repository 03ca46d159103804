import { describe, expect, it } from 'vitest';
import {
  BACKUP_FILE_FORMAT,
  checkExportSize,
  checkImportSize,
  classifyImportHead,
  FILE_HEAD_BYTES,
  MAX_OTHER_FILE_BYTES,
  describePath,
  MAX_IMPORT_BYTES,
  needsExportReminder,
  parseImportText,
  parseImportTextInSlices,
  SCHEMA_VERSION,
  serializeBackupFile,
  serializeDraftFile,
  sniffFileKind,
  draftFileName,
  backupFileName,
} from '../../src/domain';
import { makeDraft, makeFullDraft } from '../fixtures';
import v1Draft from '../fixtures/drafts/v1-full.json';

const info = { appVersion: '0.1.0', exportedAt: '2026-11-28T10:00:00.000Z' };
const bytes = (s: string) => new TextEncoder().encode(s);

function expectError(text: string, code: string, messagePart?: RegExp) {
  const result = parseImportText(text);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  if (messagePart) expect(result.error.message).toMatch(messagePart);
}

describe('parseImportText', () => {
  it('reads a draft file, a backup file and a bare draft', () => {
    const d = makeFullDraft('a');
    expect(parseImportText(serializeDraftFile(d, info))).toEqual({ ok: true, kind: 'draft', drafts: [d] });
    const b = makeFullDraft('b');
    expect(parseImportText(serializeBackupFile([d, b], info))).toEqual({ ok: true, kind: 'backup', drafts: [d, b] });
    expect(parseImportText(JSON.stringify(d))).toEqual({ ok: true, kind: 'draft', drafts: [d] });
  });

  it('accepts a UTF-8 BOM', () => {
    expect(parseImportText(`\ufeff${serializeDraftFile(makeDraft(), info)}`).ok).toBe(true);
  });

  it('migrates a file of an older version', () => {
    const result = parseImportText(
      JSON.stringify({ format: 'ideapaperi-draft', schemaVersion: 1, appVersion: '0.0.1', exportedAt: '', draft: v1Draft }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.drafts[0]?.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('tells the user to update the app for a file of a newer version', () => {
    const file = JSON.stringify({ format: 'ideapaperi-draft', draft: { ...makeDraft(), schemaVersion: SCHEMA_VERSION + 1 } });
    expectError(file, 'future-version', /uudemmalla Ideapaperin versiolla.*Päivitä sovellus/);
    expectError(JSON.stringify({ format: BACKUP_FILE_FORMAT, formatVersion: 99, drafts: [] }), 'future-version', /Päivitä sovellus/);
  });

  it('explains broken JSON, empty files and other JSON', () => {
    expectError('{"format": "ideapaperi-draft", "draft": {', 'not-json', /ei ole kelvollista JSON-muotoa/);
    expectError('   ', 'empty', /tyhjä/);
    expectError('[1, 2, 3]', 'unknown-format', /ei ole Ideapaperin/);
    expectError('{"hello": "world"}', 'unknown-format');
  });

  it('names the field that is wrong', () => {
    const d = { ...makeDraft(), applicant: { ...makeDraft().applicant, email: 42 } };
    expectError(serializeDraftFile(d as never, info), 'invalid-draft', /kohdassa Hakija: Sähköposti: tieto on väärää tyyppiä/);
    const extra = { ...makeDraft(), applicant: { ...makeDraft().applicant, salaisuus: 'x' } };
    expectError(serializeDraftFile(extra as never, info), 'invalid-draft', /Hakija: tuntematon kenttä ”salaisuus”/);
    const item = { ...makeFullDraft(), actions: [{ ...makeFullDraft().actions[0]!, title: ['x'] }] };
    expectError(serializeDraftFile(item as never, info), 'invalid-draft', /Toimenpiteet, kohta 1: Toimenpiteen nimi/);
    const missing = { ...makeDraft() } as Record<string, unknown>;
    delete missing.need;
    expectError(serializeDraftFile(missing as never, info), 'invalid-draft', /Tarve/);
  });

  it('rejects prototype-pollution keys anywhere', () => {
    const text = serializeDraftFile(makeDraft(), info).replace('"mainGoal"', '"__proto__": {"polluted": true}, "mainGoal"');
    expectError(text, 'forbidden-key', /”__proto__”/);
    expectError(JSON.stringify({ format: 'ideapaperi-draft', draft: { constructor: { prototype: { x: 1 } } } }), 'forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects absurd nesting, huge lists and duplicate ids without crashing', () => {
    expectError(`${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'too-deep');
    const many = { ...makeDraft(), subGoals: Array.from({ length: 1000 }, (_, i) => ({ id: `g${i}`, text: 'x' })) };
    expectError(serializeDraftFile(many, info), 'invalid-draft', /liian monta kohtaa/);
    const d = makeDraft();
    expectError(serializeBackupFile([d, d], info), 'invalid-draft', /sama luonnos kahteen kertaan/);
    expectError(JSON.stringify({ format: BACKUP_FILE_FORMAT, formatVersion: 1, drafts: Array(501).fill(null) }), 'too-many');
  });

  it('prefixes backup errors with the draft number', () => {
    const bad = { ...makeDraft(), id: 'b', mainGoal: null };
    expectError(serializeBackupFile([makeDraft(), bad as never], info), 'invalid-draft', /^Varmuuskopion luonnos 2: /);
  });
});

describe('file checks', () => {
  it('checks the size before reading', () => {
    expect(checkImportSize(0)?.code).toBe('empty');
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)?.message).toMatch(/liian suuri \(64 Mt\).*Suurin tuotava koko on 64 Mt/);
  });

  it('takes files that start as the app writes them up to the import limit, other text only up to 5 MB', () => {
    const big = MAX_OTHER_FILE_BYTES + 1;
    const ownHead = bytes(serializeBackupFile([makeDraft()], info).slice(0, FILE_HEAD_BYTES));
    expect(classifyImportHead(big, ownHead)).toEqual({ kind: 'text' });
    expect(classifyImportHead(big, bytes(`\ufeff\r\n{\r\n"format":"ideapaperi-draft"`))).toEqual({ kind: 'text' });
    expect(classifyImportHead(MAX_IMPORT_BYTES, bytes('%PDF-1.3\n'))).toEqual({ kind: 'pdf' });
    expect(classifyImportHead(MAX_OTHER_FILE_BYTES, bytes('nimi;summa\n'))).toEqual({ kind: 'text' });
    const other = classifyImportHead(big, bytes('{"format":"jokin-muu"}'));
    expect(other).toMatchObject({ error: { code: 'too-large' } });
    expect('error' in other && other.error.message).toMatch(/liian suuri \(5 Mt\), eikä se ala kuten Ideapaperin tiedosto/);
    expect(classifyImportHead(big, new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toMatchObject({ error: { code: 'zip' } });
    expect(classifyImportHead(MAX_IMPORT_BYTES + 1, ownHead)).toMatchObject({ error: { code: 'too-large' } });
  });

  it('never lets out a file it would refuse', () => {
    expect(checkExportSize(MAX_IMPORT_BYTES)).toBe(true);
    expect(checkExportSize(MAX_IMPORT_BYTES + 1)).toBe(false);
  });

  it('recognises PDFs, ZIPs, binary and text', () => {
    expect(sniffFileKind(bytes('%PDF-1.3\n'))).toBe('pdf');
    expect(sniffFileKind(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('zip');
    expect(sniffFileKind(new Uint8Array([0xff, 0xfe, 0x7b, 0]))).toBe('binary');
    expect(sniffFileKind(new Uint8Array([0x7b, 0, 0x7d]))).toBe('binary');
    expect(sniffFileKind(bytes('{"a":1}'))).toBe('text');
  });

  it('names files in ASCII with the Finnish date', () => {
    expect(draftFileName('Yhdessä kylillä', '2026-11-28T22:30:00.000Z')).toBe('ideapaperi-yhdessa-kylilla-2026-11-29.ideapaperi.json');
    expect(backupFileName('2026-11-28T10:00:00.000Z')).toBe('ideapaperi-varmuuskopio-2026-11-28.ideapaperi.json');
  });

  it('describes paths in Finnish', () => {
    expect(describePath(['applicant', 'email'])).toBe('Hakija: Sähköposti');
    expect(describePath(['risks', 0, 'mitigation'])).toBe('Riskit, kohta 1: Miten varaudutte');
    expect(describePath([])).toBe('Luonnos');
  });
});

describe('needsExportReminder', () => {
  const day = 24 * 60 * 60 * 1000;
  const at = (days: number) => new Date(Date.parse('2026-11-28T10:00:00.000Z') + days * day).toISOString();
  const remind = (
    lastBackupAt: string | undefined,
    drafts: { id: string; updatedAt: string }[],
    draftExports: Record<string, string> = {},
  ) => needsExportReminder({ lastBackupAt, draftExports, drafts, now: at(0) });

  it('reminds after 7 days of unexported changes, not before, and not without changes', () => {
    expect(remind(at(-8), [{ id: 'a', updatedAt: at(-1) }])).toBe(true);
    expect(remind(at(-6), [{ id: 'a', updatedAt: at(-1) }])).toBe(false);
    expect(remind(at(-30), [{ id: 'a', updatedAt: at(-31) }])).toBe(false);
    expect(remind(undefined, [{ id: 'a', updatedAt: at(-7) }])).toBe(true);
    expect(remind(undefined, [{ id: 'a', updatedAt: at(-2) }])).toBe(false);
    expect(remind(undefined, [])).toBe(false);
  });

  it('counts each draft by its own export, so exporting one draft does not quiet the others', () => {
    const drafts = [
      { id: 'a', updatedAt: at(-9) },
      { id: 'b', updatedAt: at(-9) },
    ];
    expect(remind(undefined, drafts, { a: at(-1) })).toBe(true);
    expect(remind(undefined, drafts, { a: at(-1), b: at(-1) })).toBe(false);
    // A backup covers every draft.
    expect(remind(at(-1), drafts, {})).toBe(false);
  });
});

describe('backup format version', () => {
  it('accepts only a whole number: a string "999" is not a backup this app wrote', () => {
    const backup = (formatVersion: unknown) => JSON.stringify({ format: 'ideapaperi-backup', formatVersion, drafts: [] });
    for (const v of ['999', '1', 1.5, null, 0]) {
      const r = parseImportText(backup(v));
      expect(r.ok, String(v)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('unknown-format');
    }
    expect(parseImportText(backup(1))).toMatchObject({ ok: true, drafts: [] });
  });
});

describe('parseImportTextInSlices', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...makeFullDraft(`d${i}`) }));
  const cases: [string, string][] = [
    ['a backup of 60 drafts', serializeBackupFile(many(60), info)],
    ['a backup whose draft 45 is broken', serializeBackupFile(many(60), info).replace('"d44"', '"d44", "extra": 1')],
    ['a draft file', serializeDraftFile(makeFullDraft('yksi'), info)],
    ['absurd nesting', '['.repeat(300_000) + ']'.repeat(300_000)],
    ['a forbidden key deep inside', serializeBackupFile(many(3), info).replace(/"need": ?\{/, '"need": {"__proto__": 1,')],
    ['broken JSON', '{"format": '],
  ];
  it.each(cases)('gives exactly what the one-go parse gives: %s', async (_name, text) => {
    expect(await parseImportTextInSlices(text, async () => undefined)).toEqual(parseImportText(text));
  });

  it('has cases that fail in each way', () => {
    expect(
      cases.map(([, text]) => {
        const r = parseImportText(text);
        return r.ok ? 'ok' : r.error.code;
      }),
    ).toEqual(['ok', 'invalid-draft', 'ok', 'too-deep', 'forbidden-key', 'not-json']);
  });

  it('pauses between slices of a big backup, and only there', async () => {
    const text = serializeBackupFile(many(100), info);
    let pauses = 0;
    const result = await parseImportTextInSlices(text, async () => void pauses++);
    expect(result.ok && result.drafts.length).toBe(100);
    // Scanning, JSON.parse, the key check and 100 drafts in slices of 20.
    expect(pauses).toBeGreaterThanOrEqual(6);
  });
});
