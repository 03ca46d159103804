/**
 * "Nothing the app accepts can lock the user out": limits told where data is written, merges
 * re-checked, tabs agreeing on a draft's life, steady typing saved, unfinished comments kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_COMMENTS, MAX_ITEMS, serializeDraftFile, type Comment, type Draft } from '../../src/domain';
import { createAppState, type AppDeps, type LockEnv } from '../../src/state';
import { createMemoryDraftsRepository, type DraftsRepository } from '../../src/storage';
import { makeFullDraft } from '../fixtures';
import { createFakeLocks } from './fake-locks';

const NOW = new Date('2026-12-01T10:00:00.000Z');
const states: ReturnType<typeof createAppState>[] = [];
afterEach(() => {
  for (const s of states.splice(0)) s.dispose();
});

function tab(repo: DraftsRepository, overrides: Partial<AppDeps> = {}) {
  let n = 0;
  const prefix = `t${states.length}`;
  const state = createAppState({ repo, now: () => NOW, newId: () => `${prefix}-${++n}`, autosaveDelayMs: 10, ...overrides });
  states.push(state);
  return state;
}
/** Two tabs of one browser profile: shared locks, channels by name (Node's BroadcastChannel). */
const browserEnv = (): LockEnv => ({ locks: createFakeLocks(), createChannel: (name) => new BroadcastChannel(name) });
const settle = (ms = 50) => new Promise((r) => setTimeout(r, ms));
const file = (text: string, name: string) => Object.assign(new Blob([text]), { name });
const comment = (id: string): Comment => ({
  id,
  section: 'tarve',
  itemId: '',
  text: `Kommentti ${id}`,
  verdict: 'korjattava',
  author: 'K',
  createdAt: NOW.toISOString(),
  done: false,
});

describe('limits are told where data is written', () => {
  it('does not add a list item past the limit', async () => {
    const goals = Array.from({ length: MAX_ITEMS }, (_, i) => ({ id: `g${i}`, text: '' }));
    const repo = createMemoryDraftsRepository([{ ...makeFullDraft('a'), subGoals: goals }]);
    const state = tab(repo);
    await state.lifecycle.open('a');
    state.edits.addItem('subGoals', { text: 'Yksi liikaa' });
    state.edits.addStaffRow();
    expect(await state.flush()).toBe(true);
    expect(state.draft.current.value?.subGoals).toHaveLength(MAX_ITEMS);
    expect((await repo.get('a'))?.subGoals).toHaveLength(MAX_ITEMS);
    expect(state.save.storageProblem.value).toBeUndefined();
  });

  it('refuses a comments-only merge that would pass the comment limit, names it, and stores nothing', async () => {
    const here: Draft = { ...makeFullDraft('a'), comments: [comment('oma')] };
    const repo = createMemoryDraftsRepository([here]);
    const state = tab(repo);
    const incoming: Draft = { ...makeFullDraft('a'), comments: Array.from({ length: MAX_COMMENTS }, (_, i) => comment(`k${i}`)) };
    await state.exchange.importFile(file(serializeDraftFile(incoming, { appVersion: '0.1.0', exportedAt: NOW.toISOString() }), 'k.json'));
    expect(state.exchange.importStatus.value.kind).toBe('conflict');
    await state.exchange.resolveImportConflict('comments');
    expect(state.exchange.importStatus.value).toMatchObject({
      kind: 'error',
      error: { code: 'over-limit', message: expect.stringMatching(/Kommentit.*enintään 1000.*Mitään ei muutettu/) },
    });
    expect(await repo.get('a')).toEqual(here);
  });
});

describe('tabs agree on the life of a draft', () => {
  it('tells a tab whose draft was deleted elsewhere, saves nothing behind its back, and undo never writes over its newer text', async () => {
    const repo = createMemoryDraftsRepository([makeFullDraft('a')]);
    const lockEnv = browserEnv();
    const a = tab(repo, { lockEnv });
    const b = tab(repo, { lockEnv });
    await b.lifecycle.open('a');
    b.edits.setField('mainGoal', 'B:n uusin teksti');
    await b.flush();
    await a.list.refresh();
    await a.list.remove('a');
    await settle();
    expect(b.draft.deletedElsewhere.value).toBe(true);
    // B keeps typing: nothing is stored, so the deletion is not undone behind A's back.
    b.edits.setField('mainGoal', 'B kirjoittaa vielä');
    await b.flush();
    expect(await repo.getRaw('a')).toBeUndefined();
    expect(b.draft.current.value?.mainGoal).toBe('B:n uusin teksti');
    // A undoes: B's (newer) text is stored, not A's older copy.
    await a.list.undoRemove();
    await settle();
    expect((await repo.get('a'))?.mainGoal).toBe('B:n uusin teksti');
    expect(b.draft.deletedElsewhere.value).toBe(false);
    expect(a.list.notice.value).toBe('restoredElsewhere');
  });

  it('lets the tab keep the deleted draft as a new one', async () => {
    const repo = createMemoryDraftsRepository([makeFullDraft('a')]);
    const lockEnv = browserEnv();
    const a = tab(repo, { lockEnv });
    const b = tab(repo, { lockEnv });
    await b.lifecycle.open('a');
    b.edits.setField('mainGoal', 'Talteen');
    await b.flush();
    await a.list.remove('a');
    await settle();
    await b.lifecycle.saveAsNew();
    expect(b.draft.current.value?.id).not.toBe('a');
    expect((await repo.get(b.draft.current.value!.id))?.mainGoal).toBe('Talteen');
    expect(b.draft.deletedElsewhere.value).toBe(false);
  });

  it('renames a draft open in another tab through that tab, so its next keystroke keeps the name', async () => {
    const repo = createMemoryDraftsRepository([makeFullDraft('a')]);
    const lockEnv = browserEnv();
    const a = tab(repo, { lockEnv });
    const b = tab(repo, { lockEnv });
    await b.lifecycle.open('a');
    await a.list.rename('a', 'Uusi nimi');
    expect(b.draft.current.value?.project.name).toBe('Uusi nimi');
    b.edits.setField('mainGoal', 'Seuraava näppäily');
    await b.flush();
    expect((await repo.get('a'))?.project.name).toBe('Uusi nimi');
    expect(a.list.drafts.value.find((d) => d.id === 'a')?.name).toBe('Uusi nimi');
  });
});

describe('steady typing', () => {
  it('is stored at least every 2 s even without a pause', { timeout: 15_000 }, async () => {
    const base = createMemoryDraftsRepository([makeFullDraft('a')]);
    const writes: number[] = [];
    const repo: DraftsRepository = { ...base, save: (d) => (writes.push(Date.now()), base.save(d)) };
    const state = tab(repo, { autosaveDelayMs: 400 });
    await state.lifecycle.open('a');
    const start = Date.now();
    for (let i = 0; i < 25; i++) {
      state.edits.setField('mainGoal', `kirjain ${i}`);
      await settle(200);
    }
    expect(writes.length).toBeGreaterThanOrEqual(2);
    const gaps = [writes[0]! - start, ...writes.slice(1).map((t, i) => t - writes[i]!)];
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2300);
  });
});

describe('an unfinished comment', () => {
  it('is kept in storage with the draft, not per tab', async () => {
    const repo = createMemoryDraftsRepository([makeFullDraft('a')]);
    const first = tab(repo);
    await first.lifecycle.open('a');
    first.local.setUnfinishedComment('tarve:', { text: 'Puolivalmis kommentti', verdict: 'korjattava', author: 'K' });
    await first.flush();
    const second = tab(repo);
    await second.lifecycle.open('a');
    expect(second.local.unfinishedComment('tarve:')).toEqual({ text: 'Puolivalmis kommentti', verdict: 'korjattava', author: 'K' });
  });
});
