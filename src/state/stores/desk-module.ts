/**
 * What the coordinator's desk loads on first use: the desk store and the received papers'
 * storage. It travels in the same lazily loaded chunk as the wizard (src/ui/lazy-views.ts):
 * the bundler (rolldown 1.2) splits the start-up code into several files as soon as another
 * lazily loaded chunk shares modules with it, which costs the first screen about 2 kB.
 */
import { createIdbReceivedRepository } from '../../storage/idb-received-repository';
import { createMemoryReceivedRepository } from '../../storage/memory-received-repository';
import type { ReceivedRepository } from '../../storage/received-repository';
import type { AppDeps } from '../app-deps';
import { createDeskStore, type DeskStore } from './desk-store';
import type { EditorStore } from './editor-store';
import type { ExchangeStore } from './exchange-store';

/** The received papers in IndexedDB when the own drafts are there too, else in memory (nothing survives a reload). */
export async function openReceived(durable: boolean): Promise<ReceivedRepository> {
  if (!durable) return createMemoryReceivedRepository();
  try {
    return await createIdbReceivedRepository();
  } catch {
    return createMemoryReceivedRepository();
  }
}

/** The desk of an app state (app-state.ts calls this on the desk's first use). */
export async function openDesk(app: {
  readonly deps: AppDeps;
  readonly appVersion: string;
  readonly editor: EditorStore;
  readonly exchange: ExchangeStore;
}): Promise<DeskStore> {
  const { deps } = app;
  return createDeskStore({
    repo: await openReceived(deps.repo.durable),
    now: deps.now,
    appVersion: app.appVersion,
    editor: app.editor,
    exchange: app.exchange,
    lockEnv: deps.lockEnv,
    loadPdfReader: deps.loadPdfReader ?? (() => import('../../export/pdf-embedded')),
  });
}
