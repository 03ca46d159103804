/**
 * Received papers in IndexedDB (the `received` store of the app's database). Loaded with the
 * coordinator's desk, not with the first screen; it opens its own connection to the same
 * database. Writes are `durability: strict` and all-or-nothing, like the drafts'.
 */
import type { IDBPObjectStore } from 'idb';
import { connectIdeaPaperDb, type IdeaPaperDB, type OpenOptions } from './db';
import { StorageError } from './errors';
import { readReceived, receivedEntry, receivedRecord, type ReceivedRepository } from './received-repository';

type Store = IDBPObjectStore<IdeaPaperDB, ['received'], 'received', 'readwrite'>;

export async function createIdbReceivedRepository(options: OpenOptions = {}): Promise<ReceivedRepository & { close(): void }> {
  const { run, close } = await connectIdeaPaperDb(options);

  /** One `readwrite` transaction on the received store; done only when it has committed. */
  const write = <T>(op: (store: Store) => Promise<T>) =>
    run(async (db) => {
      const tx = db.transaction('received', 'readwrite', { durability: 'strict' });
      const done = op(tx.store).catch((error: unknown) => {
        // Nothing half-done stays: the transaction is rolled back.
        tx.abort();
        throw error;
      });
      const [result] = await Promise.all([done, tx.done]);
      return result;
    });

  return {
    durable: true,
    list: () => run(async (db) => (await db.getAll('received')).map(receivedEntry)),
    get: (id) => run(async (db) => readReceived(await db.get('received', id), id)),
    saveMany: async (papers) => {
      // Checked before the transaction: one bad paper refuses the whole batch.
      const records = papers.map(receivedRecord);
      await write(async (store) => {
        await Promise.all(records.map((r) => store.put(r)));
      });
    },
    saveDraft: (draft, row) =>
      write(async (store) => {
        const stored = await store.get(draft.id);
        if (!stored) throw new StorageError('failed', `Received paper ${draft.id} is gone`);
        await store.put(
          receivedRecord({
            draft,
            receivedAt: String(stored.receivedAt),
            fileName: String(stored.fileName),
            row: row(String(stored.receivedAt)),
          }),
        );
      }),
    removeAll: () =>
      write(async (store) => {
        const all = await store.getAll();
        await store.clear();
        return all as readonly unknown[];
      }),
    restore: (records) =>
      write(async (store) => {
        for (const raw of records) {
          const id = String((raw as { id?: unknown }).id);
          if ((await store.getKey(id)) === undefined) await store.put(raw as Record<string, unknown>);
        }
      }),
    close,
  };
}
