import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/domain';
import {
  createIdbDraftsRepository,
  createMemoryDraftsRepository,
  DB_VERSION,
  StorageError,
  type DraftsRepository,
} from '../../src/storage';
import { makeDraft, makeFullDraft } from '../fixtures';
import v1Draft from '../fixtures/drafts/v1-full.json';
import v2Draft from '../fixtures/drafts/v2-full.json';

let dbCounter = 0;
const freshName = () => `test-db-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

/** One contract, run against both implementations. */
function contract(name: string, create: () => Promise<DraftsRepository & { close?: () => void }>) {
  describe(`${name} drafts repository`, () => {
    let repo: DraftsRepository & { close?: () => void };
    beforeEach(async () => {
      repo = await create();
    });
    afterEach(() => repo.close?.());

    it('starts empty', async () => {
      expect(await repo.list()).toEqual([]);
      expect(await repo.get('nope')).toBeUndefined();
    });

    it('saves and reads back a draft unchanged', async () => {
      const d = makeFullDraft('a');
      await repo.save(d);
      expect(await repo.get('a')).toEqual(d);
    });

    it('lists drafts newest first with name and applicant', async () => {
      await repo.save({ ...makeDraft(), id: 'old', updatedAt: '2026-01-01T00:00:00.000Z' });
      await repo.save({ ...makeFullDraft('new'), updatedAt: '2026-06-01T00:00:00.000Z' });
      const list = await repo.list();
      expect(list.map((s) => s.id)).toEqual(['new', 'old']);
      expect(list[0]).toMatchObject({ name: 'Yhdessä kylillä', applicantName: 'Kylätoiminta Testilä ry' });
    });

    it('keeps drafts separate and removes only the one asked', async () => {
      await repo.save({ ...makeDraft(), id: 'x', mainGoal: 'X' });
      await repo.save({ ...makeDraft(), id: 'y', mainGoal: 'Y' });
      await repo.remove('x');
      expect(await repo.get('x')).toBeUndefined();
      expect((await repo.get('y'))?.mainGoal).toBe('Y');
    });

    it('overwrites on save with the same id', async () => {
      await repo.save({ ...makeDraft(), mainGoal: 'first' });
      await repo.save({ ...makeDraft(), mainGoal: 'second' });
      expect((await repo.list()).length).toBe(1);
      expect((await repo.get('draft-1'))?.mainGoal).toBe('second');
    });

    it('does not let callers mutate stored data through returned objects', async () => {
      await repo.save(makeDraft());
      const got = await repo.get('draft-1');
      got!.mainGoal = 'mutated';
      expect((await repo.get('draft-1'))?.mainGoal).toBe('');
    });

    it('refuses a draft that would not load again, names the place, and keeps the stored version', async () => {
      const good = makeFullDraft('a');
      await repo.save(good);
      // What a mistyped path used to write: an unknown key inside a strict object.
      const broken = { ...good, applicant: { ...good.applicant, nmae: 'x' } } as unknown as typeof good;
      const error = await repo.save(broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).kind).toBe('invalid');
      expect((error as StorageError).issues[0]?.path).toEqual(['applicant']);
      expect(await repo.get('a')).toEqual(good);
      expect((await repo.list())[0]?.problem).toBeUndefined();
    });

    it('refuses a whole batch when one draft in it would not load again', async () => {
      const tooMany = { ...makeDraft(), id: 'b', subGoals: Array.from({ length: 301 }, (_, i) => ({ id: `g${i}`, text: '' })) };
      await expect(repo.saveMany([makeFullDraft('a'), tooMany])).rejects.toMatchObject({ kind: 'invalid' });
      expect(await repo.list()).toEqual([]);
    });

    it('keeps meta values', async () => {
      expect(await repo.getMeta('lastExportAt')).toBeUndefined();
      await repo.setMeta('lastExportAt', '2026-11-28T10:00:00.000Z');
      expect(await repo.getMeta('lastExportAt')).toBe('2026-11-28T10:00:00.000Z');
    });
  });
}

contract('memory', async () => createMemoryDraftsRepository());
contract('IndexedDB', () => createIdbDraftsRepository({ name: freshName() }));

describe('memory repository', () => {
  it('reports a corrupt record instead of crashing, and keeps it', async () => {
    const repo = createMemoryDraftsRepository([{ id: 'bad', schemaVersion: 2, project: { name: 'Rikki' } }]);
    const [summary] = await repo.list();
    expect(summary).toMatchObject({ id: 'bad', name: 'Rikki', problem: { kind: 'invalid' } });
    await expect(repo.get('bad')).rejects.toMatchObject({ kind: 'corrupt' });
    expect(await repo.getRaw('bad')).toMatchObject({ id: 'bad' });
  });
});

describe('IndexedDB upgrade from an older version', () => {
  it('opens a database written by schema version 1 and upgrades its drafts in place', async () => {
    const name = freshName();
    // Database exactly as version 1 of the app wrote it.
    const old = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    await old.put('drafts', structuredClone(v1Draft));
    await old.put('drafts', { id: 'broken', schemaVersion: 1, project: { name: 'Puolikas' } });
    old.close();

    const repo = await createIdbDraftsRepository({ name });
    const draft = await repo.get('v1-draft');
    expect(draft?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(draft?.applicant).toEqual(v1Draft.applicant);
    expect(draft?.budget.staff).toEqual([]);
    // The record itself was rewritten in the new shape...
    expect(await repo.getRaw('v1-draft')).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    // ...and a record that cannot be upgraded is kept exactly as it was.
    expect(await repo.getRaw('broken')).toEqual({ id: 'broken', schemaVersion: 1, project: { name: 'Puolikas' } });
    expect((await repo.list()).find((s) => s.id === 'broken')?.problem).toBeDefined();
    repo.close();
  });

  it('opens a database written by schema version 2 and upgrades its drafts', async () => {
    const name = freshName();
    const old = await openDB(name, 2, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    await old.put('drafts', structuredClone(v2Draft));
    old.close();
    const repo = await createIdbDraftsRepository({ name });
    const draft = await repo.get('v2-draft');
    expect(draft?.budget).toEqual({
      ...v2Draft.budget,
      staffNote: v2Draft.resources.staff,
      financingNote: v2Draft.resources.selfFinancing,
    });
    expect(draft?.comments).toEqual([]);
    expect(await repo.getRaw('v2-draft')).toMatchObject({ schemaVersion: SCHEMA_VERSION });
    repo.close();
  });

  it('refuses to open a database written by a newer app version with a named error', async () => {
    const name = freshName();
    const newer = await openDB(name, DB_VERSION + 1, { upgrade: (db) => void db.createObjectStore('drafts') });
    newer.close();
    const error = await createIdbDraftsRepository({ name }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('version');
  });
});

describe('a newer app version in another tab', () => {
  it('lets the newer version upgrade (saving first) and then refuses writes with a named error', async () => {
    const name = freshName();
    const saved: string[] = [];
    let repo: Awaited<ReturnType<typeof createIdbDraftsRepository>>;
    repo = await createIdbDraftsRepository({
      name,
      onVersionChange: async () => {
        await repo.save({ ...makeDraft(), mainGoal: 'tallennettu ennen päivitystä' });
        saved.push('flushed');
      },
    });
    await repo.save(makeDraft());
    // The newer version opens the same database with a higher version: it must not hang.
    const newer = await openDB(name, DB_VERSION + 1);
    expect(saved).toEqual(['flushed']);
    expect((await newer.get('drafts', 'draft-1'))?.mainGoal).toBe('tallennettu ennen päivitystä');
    newer.close();
    await expect(repo.save(makeDraft())).rejects.toMatchObject({ kind: 'version' });
  });
});

describe('IndexedDB writes', () => {
  it('reports a quota failure as a named storage error', async () => {
    const repo = await createIdbDraftsRepository({ name: freshName() });
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      await expect(repo.save(makeDraft())).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = original;
      repo.close();
    }
  });
});

describe('the list store beside the drafts (database version 6)', () => {
  const openRaw = (name: string) => openDB(name, DB_VERSION);

  it('lists from the summaries written with each draft, and removes them with it', async () => {
    const name = freshName();
    const repo = await createIdbDraftsRepository({ name });
    await repo.save(makeFullDraft('a'));
    await repo.saveMany([makeDraft({ id: 'b' })]);
    const db = await openRaw(name);
    expect(await db.get('draftSummaries', 'a')).toEqual({
      id: 'a',
      name: makeFullDraft('a').project.name,
      applicantName: makeFullDraft('a').applicant.name,
      updatedAt: makeFullDraft('a').updatedAt,
    });
    // The list is the summaries': a summary changed by hand shows in the list.
    await db.put('draftSummaries', { ...(await db.get('draftSummaries', 'a')), name: 'Vain listassa' });
    expect((await repo.list()).find((s) => s.id === 'a')?.name).toBe('Vain listassa');
    await repo.remove('a');
    expect(await db.get('draftSummaries', 'a')).toBeUndefined();
    expect((await repo.list()).map((s) => s.id)).toEqual(['b']);
    db.close();
    repo.close();
  });

  it('still lists a draft record that has no summary, with its problem when it cannot be read', async () => {
    const name = freshName();
    const repo = await createIdbDraftsRepository({ name });
    await repo.save(makeDraft({ id: 'ok' }));
    const db = await openRaw(name);
    await db.put('drafts', { id: 'käsin', schemaVersion: SCHEMA_VERSION, project: { name: 'Käsin lisätty' } });
    const list = await repo.list();
    expect(list.map((s) => s.id).sort()).toEqual(['käsin', 'ok']);
    expect(list.find((s) => s.id === 'käsin')).toMatchObject({ name: 'Käsin lisätty', problem: { kind: 'invalid' } });
    // putRaw (undo of deleting an unreadable draft) keeps its summary with the problem.
    await repo.putRaw({ id: 'raaka', schemaVersion: SCHEMA_VERSION, project: { name: 'Raaka' } });
    expect(await db.get('draftSummaries', 'raaka')).toMatchObject({ name: 'Raaka', problem: { kind: 'invalid' } });
    db.close();
    repo.close();
  });

  it('fills the summaries and the received rows when it upgrades a version 5 database', async () => {
    const name = freshName();
    const old = await openDB(name, 5, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('meta');
        db.createObjectStore('received', { keyPath: 'id' });
      },
    });
    await old.put('drafts', structuredClone(makeFullDraft('own')) as never);
    await old.put('drafts', { id: 'broken', schemaVersion: SCHEMA_VERSION, project: { name: 'Puolikas' } } as never);
    const received = {
      id: 'r1',
      receivedAt: '2026-11-01T00:00:00.000Z',
      fileName: 'r1.json',
      draft: makeDraft({ id: 'r1' }),
      row: { x: 1 },
    };
    await old.put('received', structuredClone(received) as never);
    old.close();
    const repo = await createIdbDraftsRepository({ name });
    const list = await repo.list();
    expect(list.map((s) => [s.id, s.problem?.kind])).toEqual(
      expect.arrayContaining([
        ['own', undefined],
        ['broken', 'invalid'],
      ]),
    );
    const db = await openRaw(name);
    expect((await db.getAll('draftSummaries')).map((s) => s.id).sort()).toEqual(['broken', 'own']);
    expect(await db.get('receivedRows', 'r1')).toEqual({ id: 'r1', receivedAt: received.receivedAt, fileName: 'r1.json', row: { x: 1 } });
    // The records themselves are as they were.
    expect(await db.get('received', 'r1')).toEqual(received);
    db.close();
    repo.close();
  });
});
