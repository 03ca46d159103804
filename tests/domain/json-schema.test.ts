/**
 * The published JSON Schema (docs/draft-file.schema.json) must match the zod schema.
 * After changing the schema, regenerate it: UPDATE_SCHEMA=1 npx vitest run tests/domain/json-schema.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileJsonSchema, serializeBackupFile, serializeDraftFile } from '../../src/domain';
import { makeFullDraft } from '../fixtures';

const PATH = 'docs/draft-file.schema.json';
const generated = `${JSON.stringify(fileJsonSchema(), null, 2)}\n`;

describe('published JSON Schema', () => {
  it('is up to date with the zod schema', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(PATH, generated);
    expect(readFileSync(PATH, 'utf8')).toBe(generated);
  });

  it('describes both envelopes and the draft fields', () => {
    const schema = JSON.parse(generated);
    expect(schema.oneOf).toHaveLength(2);
    const draftFile = schema.oneOf[0];
    expect(draftFile.properties.format.const).toBe('ideapaperi-draft');
    expect(Object.keys(draftFile.properties.draft.properties)).toEqual(Object.keys(makeFullDraft()));
    expect(draftFile.properties.draft.additionalProperties).toBe(false);
  });

  it('fits the files the app writes (spot check of required keys)', () => {
    const file = JSON.parse(serializeDraftFile(makeFullDraft(), { appVersion: '1', exportedAt: 'x' }));
    const schema = JSON.parse(generated);
    expect(Object.keys(file).sort()).toEqual([...schema.oneOf[0].required].sort());
    const backup = JSON.parse(serializeBackupFile([makeFullDraft()], { appVersion: '1', exportedAt: 'x' }));
    expect(Object.keys(backup).sort()).toEqual([...schema.oneOf[1].required].sort());
  });
});
