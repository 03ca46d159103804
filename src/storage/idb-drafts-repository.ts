/**
 * Drafts in IndexedDB. What is stored: one record per draft in `drafts` (the draft object
 * itself, keyed by id), its list entry in `draftSummaries` (written in the same transaction)
 * and small facts in `meta`. Every draft write is `durability: strict`
 * so a completed save is on disk even after a power cut. Every draft is checked against the
 * schema before it is written (assertStorable): a draft that would not load is never stored.
 *
 * The connection is reopened when the browser closes it under us (WebKit does this to
 * background tabs); a write is never reported as done unless its transaction completed.
 */
import type { IDBPDatabase } from 'idb';
import type { Draft } from '../domain';
import { connectIdeaPaperDb, type IdeaPaperDB, type OpenOptions } from './db';
import { draftChecks, loadDraftChecks } from './draft-checks-loader';
import { byUpdatedDesc, summarise, type DraftSummary, type DraftsRepository } from './drafts-repository';
import { StorageError } from './errors';

/** A checked draft's list entry (it was just checked, so no second schema parse). */
const draftSummary = (d: Draft) => ({ ...summarise(d, { ok: true, draft: d }) }) as Record<string, unknown>;

/**
 * The list from the summaries alone (no draft is read or checked). A draft record without a
 * summary (written by hand, or by a tool outside the app) is read and summarised, so every
 * stored draft is listed.
 */
async function listSummaries(db: IDBPDatabase<IdeaPaperDB>): Promise<DraftSummary[]> {
  const tx = db.transaction(['drafts', 'draftSummaries']);
  const [keys, stored] = await Promise.all([tx.objectStore('drafts').getAllKeys(), tx.objectStore('draftSummaries').getAll()]);
  const byId = new Map(stored.map((s) => [String(s.id), s as unknown as DraftSummary]));
  const out = keys.flatMap((id) => byId.get(id) ?? []);
  const missing = keys.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    const { migrateDraft } = await loadDraftChecks();
    const raws = await Promise.all(missing.map((id) => db.get('drafts', id)));
    for (const raw of raws) if (raw !== undefined) out.push(summarise(raw, migrateDraft(raw)));
  }
  return out.sort(byUpdatedDesc);
}

/** Opens the database first, so a missing IndexedDB is known before the app starts. */
export async function createIdbDraftsRepository(options: OpenOptions = {}): Promise<DraftsRepository & { close(): void }> {
  const { run, close } = await connectIdeaPaperDb(options);

  return {
    durable: true,
    list: () => run(listSummaries),
    get: async (id) => {
      const { migrateDraft } = await draftChecks();
      return run(async (db) => {
        const raw = await db.get('drafts', id);
        if (raw === undefined) return undefined;
        const result = migrateDraft(raw);
        if (!result.ok) throw new StorageError('corrupt', `Draft ${id} cannot be read`);
        return result.draft;
      });
    },
    getRaw: (id) => run((db) => db.get('drafts', id)),
    save: async (draft: Draft) => {
      (await draftChecks()).assertStorable(draft);
      return run(async (db) => {
        const tx = db.transaction(['drafts', 'draftSummaries'], 'readwrite', { durability: 'strict' });
        const puts = [
          tx.objectStore('drafts').put(draft as unknown as Record<string, unknown>),
          tx.objectStore('draftSummaries').put(draftSummary(draft)),
        ];
        // Commit at once: a save started while the page is being hidden or closed must not
        // wait for another turn of the event loop that may never come.
        tx.commit?.();
        await Promise.all([...puts, tx.done]);
      });
    },
    saveMany: async (drafts) => {
      // All or nothing: one draft that would not load again refuses the whole batch.
      const { assertStorable } = await draftChecks();
      for (const d of drafts) assertStorable(d);
      return run(async (db) => {
        const tx = db.transaction(['drafts', 'draftSummaries'], 'readwrite', { durability: 'strict' });
        const puts = drafts.flatMap((d) => [
          tx.objectStore('drafts').put(d as unknown as Record<string, unknown>),
          tx.objectStore('draftSummaries').put(draftSummary(d)),
        ]);
        tx.commit?.();
        await Promise.all([...puts, tx.done]);
      });
    },
    putRaw: async (raw) => {
      const { migrateDraft } = await draftChecks();
      const summary = { ...summarise(raw, migrateDraft(raw)) } as Record<string, unknown>;
      return run(async (db) => {
        const tx = db.transaction(['drafts', 'draftSummaries'], 'readwrite', { durability: 'strict' });
        const puts = [tx.objectStore('drafts').put(raw as Record<string, unknown>), tx.objectStore('draftSummaries').put(summary)];
        tx.commit?.();
        await Promise.all([...puts, tx.done]);
      });
    },
    remove: (id) =>
      run(async (db) => {
        const tx = db.transaction(['drafts', 'draftSummaries'], 'readwrite', { durability: 'strict' });
        await Promise.all([tx.objectStore('drafts').delete(id), tx.objectStore('draftSummaries').delete(id), tx.done]);
      }),
    getMeta: (key) => run((db) => db.get('meta', key)),
    setMeta: (key, value) =>
      run(async (db) => {
        await db.put('meta', value, key);
      }),
    close,
  };
}
