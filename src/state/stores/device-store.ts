/**
 * Facts about this device and browser: online or not, the app version's update state, how
 * safely the browser keeps the data (persistent storage, usage), and when drafts were last
 * exported. Reload and update always save what is typed first.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import type { AppDeps, DeviceStorageInfo, PersistState, PwaStatus } from '../app-deps';
import type { FlushPort } from '../ports';
import type { ExportRecord } from './exchange-store';
import type { SaveControl } from './save-store';

export interface DeviceStore {
  /** True when drafts survive a reload (false for the in-memory fallback). */
  readonly durable: boolean;
  readonly online: ReadonlySignal<boolean>;
  readonly pwa: ReadonlySignal<PwaStatus> | undefined;
  readonly persist: ReadonlySignal<PersistState>;
  readonly storageInfo: ReadonlySignal<DeviceStorageInfo | null>;
  refreshStorageInfo(): Promise<void>;
  /** Saves what is typed, then reloads the page. */
  reload(): Promise<void>;
  /** Saves what is typed, then activates the waiting app version and reloads. */
  applyUpdate(): Promise<void>;
}

export interface DeviceControl {
  /** Asks the browser once to keep this site's data (after the first edit). */
  askPersistenceOnce(): void;
  recordExport(what: ExportRecord): Promise<void>;
  dispose(): void;
}

/** The stored map of per-draft export times; anything unreadable counts as none. */
export function parseExports(raw: string | undefined): Record<string, string> {
  try {
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== '__proto__'));
  } catch {
    return {};
  }
}

interface Deps {
  readonly app: AppDeps;
  readonly save: Pick<SaveControl, 'block'>;
  /** Saves what is typed before a reload or an update. */
  readonly typed: FlushPort;
}

export function createDeviceStore({ app, save, typed }: Deps): { store: DeviceStore; control: DeviceControl } {
  const { repo } = app;
  const online = signal(app.online?.initial ?? true);
  const stopOnline = app.online?.subscribe((value) => (online.value = value));
  const persist = signal<PersistState>('unknown');
  const storageInfo = signal<DeviceStorageInfo | null>(null);
  let persistAsked = false;

  const meta = (key: 'lastExportAt' | 'lastBackupAt' | 'draftExports') => repo.getMeta(key).catch(() => undefined);

  const store: DeviceStore = {
    durable: repo.durable,
    online,
    pwa: app.pwa?.status,
    persist,
    storageInfo,
    async refreshStorageInfo() {
      if (!app.readStorageInfo) return;
      const [info, lastExportAt, lastBackupAt, exports] = await Promise.all([
        app.readStorageInfo(),
        meta('lastExportAt'),
        meta('lastBackupAt'),
        meta('draftExports'),
      ]);
      storageInfo.value = { ...info, lastExportAt, lastBackupAt, draftExports: parseExports(exports) };
      if (info.persisted) persist.value = 'granted';
    },
    async reload() {
      if (!(await typed.flush())) return save.block('reload');
      app.reload?.();
    },
    async applyUpdate() {
      if (!(await typed.flush())) return save.block('update');
      await app.pwa?.applyUpdate();
    },
  };

  const control: DeviceControl = {
    askPersistenceOnce() {
      if (persistAsked || !app.requestPersistence) return;
      persistAsked = true;
      app.requestPersistence().then(
        (granted) => (persist.value = granted === undefined ? 'unsupported' : granted ? 'granted' : 'denied'),
        () => (persist.value = 'unsupported'),
      );
    },
    async recordExport(what) {
      const at = app.now().toISOString();
      await repo.setMeta('lastExportAt', at);
      if (what === 'backup') await repo.setMeta('lastBackupAt', at);
      else await repo.setMeta('draftExports', JSON.stringify({ ...parseExports(await repo.getMeta('draftExports')), [what.draftId]: at }));
      await store.refreshStorageInfo();
    },
    dispose: () => stopOnline?.(),
  };
  return { store, control };
}
