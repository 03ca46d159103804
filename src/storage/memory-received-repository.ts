/**
 * Map-backed received papers: for tests, and when IndexedDB is unavailable (then nothing
 * survives a reload, as the desk says). It refuses what IndexedDB refuses; values are cloned
 * on the way in and out.
 */
import type { Draft } from '../domain';
import { StorageError } from './errors';
import { readReceived, receivedEntry, receivedRecord, type ReceivedRepository } from './received-repository';

export function createMemoryReceivedRepository(initial: readonly unknown[] = []): ReceivedRepository {
  const records = new Map<string, unknown>();
  for (const raw of initial) records.set(String((raw as { id?: unknown }).id), structuredClone(raw));
  return {
    durable: false,
    async list() {
      return [...records.values()].map((raw) => receivedEntry(structuredClone(raw)));
    },
    async get(id) {
      return readReceived(structuredClone(records.get(id)), id);
    },
    async saveMany(papers) {
      const checked = papers.map(receivedRecord);
      for (const r of checked) records.set(String(r.id), structuredClone(r));
    },
    async saveDraft(draft: Draft, row) {
      const stored = records.get(draft.id) as Record<string, unknown> | undefined;
      if (!stored) throw new StorageError('failed', `Received paper ${draft.id} is gone`);
      const record = receivedRecord({
        draft,
        receivedAt: String(stored.receivedAt),
        fileName: String(stored.fileName),
        row: row(String(stored.receivedAt)),
      });
      records.set(draft.id, structuredClone(record));
    },
    async removeAll() {
      const all = [...records.values()];
      records.clear();
      return all;
    },
    async restore(list) {
      for (const raw of list) {
        const id = String((raw as { id?: unknown }).id);
        if (!records.has(id)) records.set(id, structuredClone(raw));
      }
    },
  };
}
