import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Draft } from '../../src/domain';
import { createIdbDraftsRepository, DB_VERSION, StorageError } from '../../src/storage';
import { createIdbReceivedRepository } from '../../src/storage/idb-received-repository';
import { createMemoryReceivedRepository } from '../../src/storage/memory-received-repository';
import type { ReceivedPaper, ReceivedRepository } from '../../src/storage/received-repository';
import { makeDraft, makeFullDraft } from '../fixtures';

const freshName = () => `received-db-${Math.random().toString(36).slice(2)}`;
const AT = '2026-12-01T08:00:00.000Z';
const paper = (draft: Draft, fileName = 'yhdistys.ideapaperi.json'): ReceivedPaper => ({
  draft,
  receivedAt: AT,
  fileName,
  row: { cached: 1 },
});

const implementations: [string, () => Promise<ReceivedRepository>][] = [
  ['memory', async () => createMemoryReceivedRepository()],
  ['IndexedDB', () => createIdbReceivedRepository({ name: freshName() })],
];

describe.each(implementations)('received papers (%s)', (_name, make) => {
  it('stores papers in one go, lists them without reading their drafts, and reads one back', async () => {
    const repo = await make();
    await repo.saveMany([paper(makeFullDraft('a')), paper(makeDraft({ id: 'b' }), 'b.pdf')]);
    const list = await repo.list();
    expect(list.map((e) => [e.id, e.fileName, e.receivedAt, e.row]).sort()).toEqual([
      ['a', 'yhdistys.ideapaperi.json', AT, { cached: 1 }],
      ['b', 'b.pdf', AT, { cached: 1 }],
    ]);
    const read = await list.find((e) => e.id === 'a')!.readDraft();
    expect(read.ok && read.draft).toEqual(makeFullDraft('a'));
    expect((await repo.get('a'))?.draft).toEqual(makeFullDraft('a'));
    expect(await repo.get('missing')).toBeUndefined();
  });

  it('refuses the whole batch when one paper would not load again, and stores nothing', async () => {
    const repo = await make();
    const bad = { ...makeDraft({ id: 'bad' }), mainGoal: 5 } as unknown as Draft;
    await expect(repo.saveMany([paper(makeDraft({ id: 'ok' })), paper(bad)])).rejects.toMatchObject({ kind: 'invalid' });
    await expect(repo.saveMany([{ ...paper(makeDraft({ id: 'ok' })), receivedAt: 'eilen' }])).rejects.toBeInstanceOf(StorageError);
    expect(await repo.list()).toEqual([]);
  });

  it('replaces a paper’s draft keeping when and how it came, with the row made for it', async () => {
    const repo = await make();
    await repo.saveMany([paper(makeDraft({ id: 'a' }))]);
    const commented = { ...makeDraft({ id: 'a' }), mainGoal: 'kommentoitu' };
    await repo.saveDraft(commented, (receivedAt) => ({ for: receivedAt }));
    const stored = await repo.get('a');
    expect(stored).toMatchObject({ receivedAt: AT, fileName: 'yhdistys.ideapaperi.json', row: { for: AT } });
    expect(stored?.draft.mainGoal).toBe('kommentoitu');
    await expect(repo.saveDraft(makeDraft({ id: 'gone' }), () => null)).rejects.toMatchObject({ kind: 'failed' });
  });

  it('removes everything in one go and puts it back exactly, without overwriting a paper that came since', async () => {
    const repo = await make();
    await repo.saveMany([paper(makeDraft({ id: 'a' })), paper(makeDraft({ id: 'b' }))]);
    const removed = await repo.removeAll();
    expect(removed).toHaveLength(2);
    expect(await repo.list()).toEqual([]);
    await repo.saveMany([paper({ ...makeDraft({ id: 'b' }), mainGoal: 'uudempi' }, 'uusi.json')]);
    await repo.restore(removed);
    expect((await repo.list()).map((e) => e.id).sort()).toEqual(['a', 'b']);
    expect((await repo.get('b'))?.fileName).toBe('uusi.json');
  });
});

describe('the database upgrade that adds the received papers', () => {
  it('keeps every own draft and its meta exactly, and adds an empty received store', async () => {
    const name = freshName();
    const old = await openDB(name, SCHEMA_VERSION, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    await old.put('drafts', structuredClone(makeFullDraft('own')) as never);
    await old.put('meta', '2026-11-01T00:00:00.000Z', 'lastBackupAt');
    old.close();
    expect(DB_VERSION).toBeGreaterThan(SCHEMA_VERSION);

    const drafts = await createIdbDraftsRepository({ name });
    expect(await drafts.get('own')).toEqual(makeFullDraft('own'));
    expect(await drafts.getMeta('lastBackupAt')).toBe('2026-11-01T00:00:00.000Z');
    const received = await createIdbReceivedRepository({ name });
    expect(await received.list()).toEqual([]);
    await received.saveMany([paper(makeDraft({ id: 'own' }))]);
    // Same id on both sides: two different things, neither touches the other.
    expect((await drafts.list()).map((s) => s.id)).toEqual(['own']);
    expect(await drafts.get('own')).toEqual(makeFullDraft('own'));
    drafts.close();
    received.close();
  });
});

describe('received papers in IndexedDB: the row store', () => {
  it('keeps each record’s list entry without the draft beside it, and clears and restores both', async () => {
    const name = freshName();
    const repo = await createIdbReceivedRepository({ name });
    await repo.saveMany([paper(makeDraft({ id: 'a' }))]);
    const db = await openDB(name, DB_VERSION);
    expect(await db.get('receivedRows', 'a')).toEqual({
      id: 'a',
      receivedAt: AT,
      fileName: 'yhdistys.ideapaperi.json',
      row: { cached: 1 },
    });
    await repo.saveDraft({ ...makeDraft({ id: 'a' }), mainGoal: 'uusi' }, () => ({ cached: 2 }));
    expect((await db.get('receivedRows', 'a'))?.row).toEqual({ cached: 2 });
    const gone = await repo.removeAll();
    expect(await db.getAll('receivedRows')).toEqual([]);
    await repo.restore(gone);
    expect((await db.get('receivedRows', 'a'))?.row).toEqual({ cached: 2 });
    // A record without a row entry (not written by this app) still lists, and its draft reads.
    await db.put('received', { id: 'käsin', receivedAt: AT, fileName: 'k.json', draft: makeDraft({ id: 'käsin' }), row: null });
    const entry = (await repo.list()).find((e) => e.id === 'käsin');
    expect(entry?.fileName).toBe('k.json');
    expect((await entry!.readDraft()).ok).toBe(true);
    db.close();
    repo.close?.();
  });
});
