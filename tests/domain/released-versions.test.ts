/**
 * Every released draft version (fixtures under tests/fixtures/drafts/, one per schema version)
 * still imports: as a draft file, as a bare draft, and inside a backup. When the schema
 * changes, add a fixture of the version being replaced before bumping SCHEMA_VERSION.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportText, SCHEMA_VERSION } from '../../src/domain';

const DIR = 'tests/fixtures/drafts';
const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+-.*\.json$/.test(f))
  .map((f) => ({ file: f, draft: JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as { schemaVersion: number; id: string } }));

describe('released draft versions', () => {
  it('has a fixture for every version up to the current one', () => {
    const versions = new Set(fixtures.map((f) => f.draft.schemaVersion));
    for (let v = 1; v <= SCHEMA_VERSION; v++) expect(versions.has(v), `fixture of version ${v}`).toBe(true);
  });

  for (const { file, draft } of fixtures) {
    it(`imports ${file} as a draft file and inside a backup`, () => {
      const asFile = parseImportText(
        JSON.stringify({ format: 'ideapaperi-draft', schemaVersion: draft.schemaVersion, appVersion: 'old', exportedAt: '', draft }),
      );
      expect(asFile.ok).toBe(true);
      if (!asFile.ok) return;
      expect(asFile.drafts[0]?.schemaVersion).toBe(SCHEMA_VERSION);
      expect(asFile.drafts[0]?.id).toBe(draft.id);
      const asBackup = parseImportText(
        JSON.stringify({ format: 'ideapaperi-backup', formatVersion: 1, appVersion: 'old', exportedAt: '', drafts: [draft] }),
      );
      expect(asBackup.ok && asBackup.drafts[0]).toEqual(asFile.drafts[0]);
    });
  }
});
