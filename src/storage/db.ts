/**
 * The IndexedDB database. The database version follows the draft schema version, so an
 * app that changes the draft shape upgrades every stored draft in `upgrade`, inside the
 * version-change transaction: either all records are upgraded or none is. A record that
 * cannot be upgraded is left exactly as it was (the app lists it as "cannot open" and exports
 * it untouched from "Vie tiedostoksi").
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { migrateDraft, SCHEMA_VERSION } from '../domain';
import type { MetaKey } from './drafts-repository';
import { StorageError, toStorageError } from './errors';

export const DB_NAME = 'ideapaperi';
export const DB_VERSION = SCHEMA_VERSION;

export interface IdeaPaperDB extends DBSchema {
  drafts: { key: string; value: Record<string, unknown> };
  meta: { key: MetaKey; value: string };
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
  try {
    return await openDB<IdeaPaperDB>(options.name ?? DB_NAME, DB_VERSION, {
      async upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('drafts', { keyPath: 'id' });
          db.createObjectStore('meta');
          return;
        }
        // Upgrade stored drafts written by an older schema version, record by record.
        const store = tx.objectStore('drafts');
        let cursor = await store.openCursor();
        while (cursor) {
          const result = migrateDraft(cursor.value);
          if (result.ok && result.migratedFrom !== SCHEMA_VERSION) await cursor.update(result.draft);
          cursor = await cursor.continue();
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
    const e = toStorageError(error);
    if (e.kind === 'failed') throw new StorageError('unavailable', e.message, error);
    throw e;
  }
}
