/**
 * What the coordinator's desk loads on first use: the desk store and the received papers'
 * storage. It travels in the same lazily loaded chunk as the wizard (src/ui/lazy-views.ts):
 * the bundler (rolldown 1.2) splits the start-up code into several files as soon as another
 * lazily loaded chunk shares modules with it, which costs the first screen about 2 kB.
 */
import { createIdbReceivedRepository } from '../../storage/idb-received-repository';
import { createMemoryReceivedRepository } from '../../storage/memory-received-repository';
import type { ReceivedRepository } from '../../storage/received-repository';
import { createDeskStore } from './desk-store';
import type { DeskModule } from './desk-types';

/** The received papers in IndexedDB when the own drafts are there too, else in memory (nothing survives a reload). */
export async function openReceivedRepository(durable: boolean): Promise<ReceivedRepository> {
  if (!durable) return createMemoryReceivedRepository();
  try {
    return await createIdbReceivedRepository();
  } catch {
    return createMemoryReceivedRepository();
  }
}

/** The desk of an app state (app-state.ts calls this on the desk's first use). */
export const openDesk: DeskModule['openDesk'] = async ({ durable, ...ports }) =>
  createDeskStore({ repo: await openReceivedRepository(durable), ...ports });
