/**
 * Received papers in IndexedDB (the `received` store of the app's database, with each
 * record's list entry without the draft in `receivedRows`, written in the same transaction).
 * Loaded with the coordinator's desk, not with the first screen; it opens its own connection
 * to the same database. Writes are `durability: strict` and all-or-nothing, like the drafts'.
 */
import type { IDBPTransaction } from 'idb';
import { connectIdeaPaperDb, receivedRowRecord, type IdeaPaperDB, type OpenOptions } from './db';
import { StorageError } from './errors';
import { readReceived, receivedEntry, receivedRecord, type ReceivedEntry, type ReceivedRepository } from './received-repository';

type Tx = IDBPTransaction<IdeaPaperDB, ['received', 'receivedRows'], 'readwrite'>;

/** Papers put per slice of a big write. */
const PUT_SLICE = 25;

/** Puts a record and its list entry. */
const putBoth = (tx: Tx, record: Record<string, unknown>) =>
  Promise.all([tx.objectStore('received').put(record), tx.objectStore('receivedRows').put(receivedRowRecord(record))]);

export async function createIdbReceivedRepository(options: OpenOptions = {}): Promise<ReceivedRepository & { close(): void }> {
  const { run, close } = await connectIdeaPaperDb(options);

  /** One `readwrite` transaction on the received stores; done only when it has committed. */
  const write = <T>(op: (tx: Tx) => Promise<T>) =>
    run(async (db) => {
      const tx = db.transaction(['received', 'receivedRows'], 'readwrite', { durability: 'strict' });
      const done = op(tx).catch((error: unknown) => {
        // Nothing half-done stays: the transaction is rolled back.
        tx.abort();
        throw error;
      });
      const [result] = await Promise.all([done, tx.done]);
      return result;
    });

  return {
    durable: true,
    // The list entries only; a record without one (not written by this app) is listed from itself.
    list: () =>
      run(async (db) => {
        const tx = db.transaction(['received', 'receivedRows']);
        const [keys, stored] = await Promise.all([tx.objectStore('received').getAllKeys(), tx.objectStore('receivedRows').getAll()]);
        const byId = new Map(stored.map((r) => [String(r.id), r]));
        const entries: ReceivedEntry[] = [];
        for (const id of keys) {
          const row = byId.get(id);
          const readStored = async () => (await run((d) => d.get('received', id)))?.draft;
          entries.push(row ? receivedEntry(row, readStored) : receivedEntry(await tx.objectStore('received').get(id)));
        }
        return entries;
      }),
    get: (id) => run(async (db) => readReceived(await db.get('received', id), id)),
    saveMany: async (papers) => {
      // Checked before the transaction: one bad paper refuses the whole batch.
      const records = papers.map(receivedRecord);
      await write(async (tx) => {
        // In slices within the one transaction: each put copies its draft on the main thread, so
        // the next slice is started only when the last one is written, and the browser handles
        // input in between (the transaction stays open while requests are pending).
        for (let i = 0; i < records.length; i += PUT_SLICE) {
          await Promise.all(records.slice(i, i + PUT_SLICE).map((r) => putBoth(tx, r)));
        }
      });
    },
    saveDraft: (draft, row) =>
      write(async (tx) => {
        const stored = await tx.objectStore('received').get(draft.id);
        if (!stored) throw new StorageError('failed', `Received paper ${draft.id} is gone`);
        await putBoth(
          tx,
          receivedRecord({
            draft,
            receivedAt: String(stored.receivedAt),
            fileName: String(stored.fileName),
            row: row(String(stored.receivedAt)),
          }),
        );
      }),
    removeAll: () =>
      write(async (tx) => {
        const all = await tx.objectStore('received').getAll();
        await Promise.all([tx.objectStore('received').clear(), tx.objectStore('receivedRows').clear()]);
        return all as readonly unknown[];
      }),
    restore: (records) =>
      write(async (tx) => {
        for (const raw of records) {
          const id = String((raw as { id?: unknown }).id);
          if ((await tx.objectStore('received').getKey(id)) === undefined) await putBoth(tx, raw as Record<string, unknown>);
        }
      }),
    close,
  };
}
