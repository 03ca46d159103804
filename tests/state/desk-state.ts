/** The real app state with the coordinator's desk, for the desk's tests: fixed clock, fake history, files as a user picks them. */
import { serializeDraftFile, type Draft } from '../../src/domain';
import { createAppState, type AppDeps, type HistoryPort } from '../../src/state';
import { createMemoryDraftsRepository } from '../../src/storage';

export const INFO = { appVersion: '0.1.0', exportedAt: '2026-12-01T08:00:00.000Z' };
export const NOW = '2026-12-02T10:00:00.000Z';
export const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });
export const draftFile = (d: Draft, name = `${d.id}.ideapaperi.json`) => file(name, serializeDraftFile(d, INFO));

/** A browser history that only remembers the current hash. */
export function fakeHistory(): HistoryPort & { hash: string } {
  const h = {
    hash: '#/',
    current: () => h.hash,
    push: (hash: string) => void (h.hash = hash),
    replace: (hash: string) => void (h.hash = hash),
    subscribe: () => () => undefined,
  };
  return h;
}

/** An app state on an in-memory repository (`ownDrafts` on it), with the desk and an exporter that records what it delivers. */
export function deskAppState(overrides: Partial<AppDeps> = {}, ownDrafts: Draft[] = []) {
  let n = 0;
  const repo = createMemoryDraftsRepository(ownDrafts);
  const delivered: { name: string; text: Promise<string> }[] = [];
  const history = fakeHistory();
  const state = createAppState({
    repo,
    now: () => new Date(NOW),
    newId: () => `id-${++n}`,
    autosaveDelayMs: 10,
    history,
    loadDesk: () => import('../../src/state/stores/desk-module'),
    loadExporter: async () => ({
      createPdfBlob: async () => new Blob([]),
      deliverFile: async (blob: Blob, name: string) => {
        delivered.push({ name, text: blob.text() });
        return 'downloaded';
      },
    }),
    ...overrides,
  });
  return { state, repo, delivered, history };
}
