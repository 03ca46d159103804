import type { Draft } from '../domain';
import { draftChecks } from './draft-checks-loader';
import { byUpdatedDesc, summarise, type DraftsRepository, type MetaKey } from './drafts-repository';
import { StorageError } from './errors';

/**
 * Map-backed repository: used in tests, and as the fallback when IndexedDB is unavailable
 * (the UI then warns that nothing survives a reload). It refuses what IndexedDB refuses:
 * a draft that would not load again is never stored. Values are cloned on the way in and
 * out so callers cannot mutate stored data by accident.
 */
export function createMemoryDraftsRepository(initial: readonly unknown[] = []): DraftsRepository {
  const drafts = new Map<string, unknown>();
  for (const raw of initial) drafts.set(String((raw as { id?: unknown }).id), structuredClone(raw));
  const meta = new Map<MetaKey, string>();

  return {
    durable: false,
    async list() {
      const { migrateDraft } = await draftChecks();
      return [...drafts.values()].map((raw) => summarise(raw, migrateDraft(raw))).sort(byUpdatedDesc);
    },
    async get(id) {
      const raw = drafts.get(id);
      if (raw === undefined) return undefined;
      const result = (await draftChecks()).migrateDraft(raw);
      if (!result.ok) throw new StorageError('corrupt', `Draft ${id} cannot be read`);
      return result.draft;
    },
    async getRaw(id) {
      return structuredClone(drafts.get(id));
    },
    async save(draft: Draft) {
      (await draftChecks()).assertStorable(draft);
      drafts.set(draft.id, structuredClone(draft));
    },
    async saveMany(list) {
      const { assertStorable } = await draftChecks();
      for (const d of list) assertStorable(d);
      for (const d of list) drafts.set(d.id, structuredClone(d));
    },
    async putRaw(raw) {
      drafts.set(String((raw as { id?: unknown }).id), structuredClone(raw));
    },
    async remove(id) {
      drafts.delete(id);
    },
    async getMeta(key) {
      return meta.get(key);
    },
    async setMeta(key, value) {
      meta.set(key, value);
    },
  };
}
