/**
 * Rules a user would notice if they broke: a reading tab never writes, an import never lands
 * under a tab that edits the same draft, "Tallennettu" is never said too early, a failed list
 * action is never swallowed, and a draft that would not load again is never saved.
 */
import { effect } from '@preact/signals';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT, serializeDraftFile, type Draft } from '../../src/domain';
import { createAppState, type AppDeps, type LockEnv } from '../../src/state';
import { createMemoryDraftsRepository, type DraftsRepository } from '../../src/storage';
import { makeFullDraft } from '../fixtures';
import { createFakeLocks } from './fake-locks';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const states: ReturnType<typeof createAppState>[] = [];
afterEach(() => {
  for (const s of states.splice(0)) {
    void s.closeDraft();
    s.dispose();
  }
});

function tab(repo: DraftsRepository, overrides: Partial<AppDeps> = {}) {
  let n = 0;
  const state = createAppState({ repo, now: () => NOW, newId: () => `new-${++n}`, autosaveDelayMs: 10, ...overrides });
  states.push(state);
  return state;
}

const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
const file = (text: string, name: string) => Object.assign(new Blob([text]), { name });

describe('one writer per draft, seen from the app state', () => {
  it('a reading tab shows the draft but never changes or saves it', async () => {
    const repo = createMemoryDraftsRepository([makeFullDraft('a')]);
    const lockEnv: LockEnv = { locks: createFakeLocks() };
    const writer = tab(repo, { lockEnv });
    const reader = tab(repo, { lockEnv });
    expect(await writer.lifecycle.open('a')).toBe(true);
    expect(await reader.lifecycle.open('a')).toBe(true);
    expect(writer.draft.access.value).toBe('writer');
    expect(reader.draft.access.value).toBe('reader');

    reader.edits.setField('mainGoal', 'Lukijan teksti');
    reader.edits.addItem('risks', { risk: 'x', likelihood: '', impact: '', mitigation: '' });
    await reader.flush();
    await settle();
    expect(reader.draft.current.value?.mainGoal).toBe(makeFullDraft('a').mainGoal);
    expect(reader.save.status.value.kind).toBe('idle');
    expect(await repo.get('a')).toEqual(makeFullDraft('a'));
  });

  it('refuses to replace or comment a draft that another tab is editing, and stores nothing', async () => {
    const repo = createMemoryDraftsRepository([makeFullDraft('a')]);
    const lockEnv: LockEnv = { locks: createFakeLocks() };
    const editing = tab(repo, { lockEnv });
    await editing.lifecycle.open('a');
    const importing = tab(repo, { lockEnv });
    const changed: Draft = { ...makeFullDraft('a'), mainGoal: 'Tiedoston versio' };
    const text = serializeDraftFile(changed, { appVersion: '0.1.0', exportedAt: NOW.toISOString() });
    for (const choice of ['replace', 'comments'] as const) {
      await importing.exchange.importFile(file(text, 'a.ideapaperi.json'));
      expect(importing.exchange.importStatus.value.kind).toBe('conflict');
      await importing.exchange.resolveImportConflict(choice);
      expect(importing.exchange.importStatus.value).toMatchObject({ kind: 'error', error: { code: 'open-elsewhere' } });
    }
    expect(await repo.get('a')).toEqual(makeFullDraft('a'));
    expect((await repo.list()).length).toBe(1);
  });
});

describe('honest save status', () => {
  it('never says saved while a newer edit still waits to be written', async () => {
    const base = createMemoryDraftsRepository([makeFullDraft('a')]);
    const releases: (() => void)[] = [];
    const repo: DraftsRepository = {
      ...base,
      save: async (d) => {
        await new Promise<void>((resolve) => releases.push(resolve));
        await base.save(d);
      },
    };
    const state = tab(repo);
    await state.lifecycle.open('a');
    const seen: string[] = [];
    const stop = effect(() => void seen.push(state.save.status.value.kind));
    state.edits.setField('mainGoal', 'Ensimmäinen');
    await settle(); // the first write is now in flight
    state.edits.setField('mainGoal', 'Toinen');
    releases.shift()!(); // the first write completes while "Toinen" is pending
    await settle();
    expect(state.save.status.value.kind).not.toBe('saved');
    releases.shift()!();
    await settle();
    stop();
    expect(state.save.status.value.kind).toBe('saved');
    // "saved" appears exactly once: after the last edit was written.
    expect(seen.filter((k) => k === 'saved')).toHaveLength(1);
    expect(seen.at(-1)).toBe('saved');
    expect((await base.get('a'))?.mainGoal).toBe('Toinen');
  });
});

describe('failed list actions are never swallowed', () => {
  const failing = (what: 'save' | 'remove'): DraftsRepository => {
    const base = createMemoryDraftsRepository([makeFullDraft('a')]);
    return { ...base, [what]: () => Promise.reject(new DOMException('full', 'QuotaExceededError')) };
  };

  it('rename', async () => {
    const state = tab(failing('save'));
    await state.list.rename('a', 'Uusi nimi');
    expect(state.save.storageProblem.value).toBe('quota');
  });

  it('duplicate', async () => {
    const state = tab(failing('save'));
    await state.list.duplicate('a');
    expect(state.save.storageProblem.value).toBe('quota');
  });

  it('delete', async () => {
    const state = tab(failing('remove'));
    await state.list.remove('a');
    expect(state.save.storageProblem.value).toBe('quota');
    expect(state.list.deleted.value).toBeNull();
  });
});

describe('a draft that would not load again is never saved', () => {
  it('keeps the text on screen, names the place in Finnish and leaves the stored draft as it was', async () => {
    const repo = createMemoryDraftsRepository([makeFullDraft('a')]);
    const state = tab(repo);
    await state.lifecycle.open('a');
    // The fields cap input at the schema's limit; a text past it (a paste through an old
    // browser, a bug) is refused by storage, the last line of defence.
    const tooLong = 'x'.repeat(MAX_TEXT + 1);
    state.edits.setField('need.problem', tooLong);
    expect(await state.flush()).toBe(false);
    expect(state.save.status.value).toMatchObject({ kind: 'error', error: 'invalid', refusal: { path: ['need', 'problem'] } });
    expect(state.tools.value?.describePath(['need', 'problem'])).toBe('Tarve: Mikä on ongelma tai tarve?');
    expect(state.save.storageProblem.value).toBe('invalid');
    expect(state.draft.current.value!.need.problem).toBe(tooLong);
    expect(await repo.get('a')).toEqual(makeFullDraft('a'));
    expect((await repo.list())[0]?.problem).toBeUndefined();
  });
});
