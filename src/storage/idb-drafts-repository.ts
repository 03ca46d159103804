/**
 * Drafts in IndexedDB. What is stored: one record per draft in `drafts` (the draft object
 * itself, keyed by id) and small facts in `meta`. Every draft write is `durability: strict`
 * so a completed save is on disk even after a power cut. Every draft is checked against the
 * schema before it is written (assertStorable): a draft that would not load is never stored.
 *
 * The connection is reopened when the browser closes it under us (WebKit does this to
 * background tabs); a write is never reported as done unless its transaction completed.
 */
import { migrateDraft, type Draft } from '../domain';
import { connectIdeaPaperDb, type OpenOptions } from './db';
import { byUpdatedDesc, summarise, type DraftsRepository } from './drafts-repository';
import { assertStorable, StorageError } from './errors';

/** Opens the database first, so a missing IndexedDB is known before the app starts. */
export async function createIdbDraftsRepository(options: OpenOptions = {}): Promise<DraftsRepository & { close(): void }> {
  const { run, close } = await connectIdeaPaperDb(options);

  return {
    durable: true,
    list: () =>
      run(async (db) => {
        const all = await db.getAll('drafts');
        return all.map((raw) => summarise(raw, migrateDraft(raw))).sort(byUpdatedDesc);
      }),
    get: (id) =>
      run(async (db) => {
        const raw = await db.get('drafts', id);
        if (raw === undefined) return undefined;
        const result = migrateDraft(raw);
        if (!result.ok) throw new StorageError('corrupt', `Draft ${id} cannot be read`);
        return result.draft;
      }),
    getRaw: (id) => run((db) => db.get('drafts', id)),
    save: async (draft: Draft) => {
      assertStorable(draft);
      return run(async (db) => {
        const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
        const put = tx.store.put(draft as unknown as Record<string, unknown>);
        // Commit at once: a save started while the page is being hidden or closed must not
        // wait for another turn of the event loop that may never come.
        tx.commit?.();
        await Promise.all([put, tx.done]);
      });
    },
    saveMany: async (drafts) => {
      // All or nothing: one draft that would not load again refuses the whole batch.
      for (const d of drafts) assertStorable(d);
      return run(async (db) => {
        const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
        const puts = drafts.map((d) => tx.store.put(d as unknown as Record<string, unknown>));
        tx.commit?.();
        await Promise.all([...puts, tx.done]);
      });
    },
    putRaw: (raw) =>
      run(async (db) => {
        const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
        const put = tx.store.put(raw as Record<string, unknown>);
        tx.commit?.();
        await Promise.all([put, tx.done]);
      }),
    remove: (id) =>
      run(async (db) => {
        const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
        await Promise.all([tx.store.delete(id), tx.done]);
      }),
    getMeta: (key) => run((db) => db.get('meta', key)),
    setMeta: (key, value) =>
      run(async (db) => {
        await db.put('meta', value, key);
      }),
    close,
  };
}
