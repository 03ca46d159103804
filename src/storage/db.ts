/**
 * The IndexedDB database. The database version grows with the draft schema version, so an
 * app that changes the draft shape upgrades every stored draft in `upgrade`, inside the
 * version-change transaction: either all records are upgraded or none is. A record that
 * cannot be upgraded is left exactly as it was (the app lists it as "cannot open" and exports
 * it untouched from "Vie tiedostoksi").
 *
 * Stores: `drafts` (the device's own drafts), `meta` (small facts), since version 5
 * `received` (papers a coordinator received from associations, kept apart from the own
 * drafts; received-repository.ts), and since version 6 two small list stores beside the big
 * records: `draftSummaries` (what the start view lists of each draft) and `receivedRows`
 * (the desk's row of each received paper). Lists read only these, so 500 drafts or papers
 * list without reading and checking 500 whole drafts; every write puts a record and its list
 * entry in one transaction, so they never disagree.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { SCHEMA_VERSION } from '../domain';
import { loadDraftChecks, loadedDraftChecks } from './draft-checks-loader';
import { summarise, type MetaKey } from './drafts-repository';
import { StorageError, toStorageError } from './errors';

export const DB_NAME = 'ideapaperi';
/**
 * Schema version + the upgrades that only added object stores (1: `received`; 2: the list
 * stores). Both only grow, so the database version always does; the next schema version
 * makes it 7.
 */
export const STORE_UPGRADES = 2;
export const DB_VERSION = SCHEMA_VERSION + STORE_UPGRADES;

export interface IdeaPaperDB extends DBSchema {
  drafts: { key: string; value: Record<string, unknown> };
  meta: { key: MetaKey; value: string };
  /** `{ id, receivedAt, fileName, draft, row? }`, keyed by the draft's id. */
  received: { key: string; value: Record<string, unknown> };
  /** A DraftSummary per draft, keyed by the draft's id. */
  draftSummaries: { key: string; value: Record<string, unknown> };
  /** `{ id, receivedAt, fileName, row }` per received paper: its record without the draft. */
  receivedRows: { key: string; value: Record<string, unknown> };
}

/** The list entry kept for a received record (everything but the draft). */
export function receivedRowRecord(record: Record<string, unknown>): Record<string, unknown> {
  const { draft: _draft, ...rest } = record;
  return rest;
}

export interface OpenOptions {
  readonly name?: string;
  /** A newer app version in another tab wants to upgrade: save now (the connection closes next). */
  readonly onVersionChange?: () => void | Promise<unknown>;
  /** This tab's upgrade waits for an older tab to close. */
  readonly onBlocked?: () => void;
}

/** Opens (and if needed upgrades) the database. */
export async function openIdeaPaperDb(options: OpenOptions = {}): Promise<IDBPDatabase<IdeaPaperDB>> {
  if (typeof indexedDB === 'undefined') {
    throw new StorageError('unavailable', 'IndexedDB is not available');
  }
  // Upgrading stored drafts needs the draft checks, which are not loaded with the first screen;
  // an upgrade cannot wait for them (its transaction would close), so it is called off and
  // done again once they are here. That happens once, after an update that changed the shape.
  const checks = loadedDraftChecks();
  let needsChecks = false;
  try {
    return await openDB<IdeaPaperDB>(options.name ?? DB_NAME, DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion >= 1 && !checks) {
          needsChecks = true;
          tx.done.catch(() => undefined);
          tx.abort();
          return;
        }
        if (oldVersion < 1) {
          db.createObjectStore('drafts', { keyPath: 'id' });
          db.createObjectStore('meta');
        }
        // The received papers' own store; nothing in `drafts` or `meta` moves.
        if (oldVersion < 5) db.createObjectStore('received', { keyPath: 'id' });
        const newListStores = oldVersion < 6;
        if (newListStores) {
          db.createObjectStore('draftSummaries', { keyPath: 'id' });
          db.createObjectStore('receivedRows', { keyPath: 'id' });
        }
        if (oldVersion < 1) return;
        // Upgrade stored drafts written by an older schema version, record by record, and keep
        // each one's list entry with it. (Received papers are migrated when read, and their
        // cached rows belong to one build anyway.)
        const { migrateDraft } = checks!;
        const summaries = tx.objectStore('draftSummaries');
        let cursor = await tx.objectStore('drafts').openCursor();
        while (cursor) {
          const result = migrateDraft(cursor.value);
          const upgraded = result.ok && result.migratedFrom !== SCHEMA_VERSION;
          if (upgraded) await cursor.update(result.draft);
          if (upgraded || newListStores) await summaries.put({ ...summarise(cursor.value, result) });
          cursor = await cursor.continue();
        }
        if (!newListStores || oldVersion < 5) return;
        const rows = tx.objectStore('receivedRows');
        let received = await tx.objectStore('received').openCursor();
        while (received) {
          await rows.put(receivedRowRecord(received.value));
          received = await received.continue();
        }
      },
      blocked() {
        options.onBlocked?.();
      },
      async blocking(_current, _blocked, event) {
        // Let the other tab upgrade: save what is pending, then close this connection. Later
        // writes here fail with a clear "reload" message instead of blocking the new version.
        await options.onVersionChange?.();
        (event.target as IDBDatabase).close();
      },
    });
  } catch (error) {
    if (needsChecks && !checks) {
      await loadDraftChecks().catch((e: unknown) => {
        throw new StorageError('unavailable', 'The draft checks could not be loaded for the upgrade', e);
      });
      return openIdeaPaperDb(options);
    }
    const e = toStorageError(error);
    if (e.kind === 'failed') throw new StorageError('unavailable', e.message, error);
    throw e;
  }
}

/** A connection to the database for a repository: `run` an operation, `close` when done. */
export interface Connection {
  run<T>(op: (db: IDBPDatabase<IdeaPaperDB>) => Promise<T>): Promise<T>;
  close(): void;
}

/**
 * Opens the database and keeps the connection, reopening it when the browser closed it under
 * us (WebKit does this to background tabs); an operation on a dead connection is retried once.
 * Every failure comes out as a StorageError.
 */
export async function connectIdeaPaperDb(options: OpenOptions = {}): Promise<Connection> {
  let dbPromise: Promise<IDBPDatabase<IdeaPaperDB>> | undefined;
  const open = () => {
    dbPromise ??= openIdeaPaperDb(options).then((db) => {
      db.addEventListener('close', () => (dbPromise = undefined));
      return db;
    });
    dbPromise.catch(() => (dbPromise = undefined));
    return dbPromise;
  };
  await open();
  return {
    async run(op) {
      try {
        return await op(await open());
      } catch (error) {
        if ((error as { name?: string } | null)?.name !== 'InvalidStateError') throw toStorageError(error);
        dbPromise = undefined;
        try {
          return await op(await open());
        } catch (retryError) {
          throw toStorageError(retryError);
        }
      }
    },
    close() {
      void dbPromise?.then((db) => db.close());
      dbPromise = undefined;
    },
  };
}
