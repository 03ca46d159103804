/**
 * The first screen opens the database before the draft checks (zod and the schema) are
 * loaded. When the stored drafts need upgrading, the upgrade is called off, the checks are
 * loaded and the upgrade runs again: nothing is lost or half-upgraded. This file must not
 * load the checks before its test (each test file has its own module graph).
 */
import { openDB } from 'idb';
import { expect, it } from 'vitest';
import { loadedDraftChecks } from '../../src/storage/draft-checks-loader';
import { createIdbDraftsRepository } from '../../src/storage/idb-drafts-repository';
import v1Draft from '../fixtures/drafts/v1-full.json';

it('upgrades a version 1 database opened before the draft checks were loaded', async () => {
  const name = `upgrade-before-checks-${Math.random().toString(36).slice(2)}`;
  const old = await openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' });
      db.createObjectStore('meta');
    },
  });
  await old.put('drafts', structuredClone(v1Draft));
  await old.put('meta', 'x', 'lastBackupAt');
  old.close();
  expect(loadedDraftChecks()).toBeUndefined();

  const repo = await createIdbDraftsRepository({ name });
  expect(loadedDraftChecks()).toBeDefined();
  const raw = (await repo.getRaw('v1-draft')) as { schemaVersion: number; applicant: unknown };
  expect(raw.schemaVersion).toBeGreaterThan(1);
  expect(raw.applicant).toEqual(v1Draft.applicant);
  expect(await repo.getMeta('lastBackupAt')).toBe('x');
  const list = await repo.list();
  expect(list.map((s) => [s.id, s.problem])).toEqual([['v1-draft', undefined]]);
  repo.close();
});
