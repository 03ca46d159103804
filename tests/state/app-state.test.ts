import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppState, type AppDeps } from '../../src/state';
import { createMemoryDraftsRepository, type DraftsRepository } from '../../src/storage';

function setup(overrides: Partial<AppDeps> = {}) {
  let n = 0;
  const repo = overrides.repo ?? createMemoryDraftsRepository();
  const state = createAppState({
    repo,
    now: () => new Date('2026-11-28T12:32:00.000Z'),
    newId: () => `id-${++n}`,
    autosaveDelayMs: 400,
    ...overrides,
  });
  return { state, repo, actions: state.actions };
}

describe('app state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('creates a draft, saves it at once and opens it at the first step', async () => {
    const { state, repo, actions } = setup();
    await actions.newDraft();
    expect(state.draft.value?.id).toBe('id-1');
    expect(state.stepId.value).toBe('hakija');
    expect(await repo.get('id-1')).toBeDefined();
    expect(state.saveStatus.value).toMatchObject({ kind: 'saved' });
  });

  it('saves an edit within the debounce delay and not before', async () => {
    const { state, repo, actions } = setup();
    await actions.newDraft();
    actions.setField('applicant.name', 'Testi ry');
    expect(state.saveStatus.value.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(300);
    expect((await repo.get('id-1'))?.applicant.name).toBe('');
    await vi.advanceTimersByTimeAsync(150);
    expect((await repo.get('id-1'))?.applicant.name).toBe('Testi ry');
    expect(state.saveStatus.value).toMatchObject({ kind: 'saved' });
  });

  it('flush writes pending edits immediately', async () => {
    const { repo, actions } = setup();
    await actions.newDraft();
    actions.setField('mainGoal', 'Tavoite');
    await actions.flush();
    expect((await repo.get('id-1'))?.mainGoal).toBe('Tavoite');
  });

  it('never reports saved when the write failed, keeps the text and retries on the next edit', async () => {
    const base = createMemoryDraftsRepository();
    let fail = false;
    const repo: DraftsRepository = {
      ...base,
      save: (d) => (fail ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : base.save(d)),
    };
    const { state, actions } = setup({ repo });
    await actions.newDraft();
    fail = true;
    actions.setField('need.problem', 'Tärkeä teksti');
    await vi.advanceTimersByTimeAsync(500);
    expect(state.saveStatus.value).toEqual({ kind: 'error', error: 'quota' });
    expect(state.storageProblem.value).toBe('quota');
    expect(state.draft.value?.need.problem).toBe('Tärkeä teksti');
    fail = false;
    actions.setField('need.problem', 'Tärkeä teksti!');
    await vi.advanceTimersByTimeAsync(500);
    expect(state.saveStatus.value.kind).toBe('saved');
    expect((await base.get('id-1'))?.need.problem).toBe('Tärkeä teksti!');
    expect(state.storageProblem.value).toBeUndefined();
  });

  it('adds, edits, reorders and removes list items; removing a goal unlinks it', async () => {
    const { state, actions } = setup();
    await actions.newDraft();
    const g1 = actions.addItem('subGoals', { text: 'A' });
    const g2 = actions.addItem('subGoals', { text: 'B' });
    const a = actions.addItem('actions', { title: 'T', description: '', goalIds: [g1, 'main'], timing: '', responsible: '' });
    actions.addItem('indicators', { goalId: g1, name: 'M', unit: '', baseline: '', target: '', source: '' });
    actions.moveItem('subGoals', g2, -1);
    expect(state.draft.value?.subGoals.map((g) => g.text)).toEqual(['B', 'A']);
    actions.updateItem('subGoals', g1, { text: 'A2' });
    actions.removeItem('subGoals', g1);
    const d = state.draft.value!;
    expect(d.subGoals.map((g) => g.text)).toEqual(['B']);
    expect(d.actions.find((x) => x.id === a)?.goalIds).toEqual(['main']);
    expect(d.indicators[0]?.goalId).toBe('');
  });

  it('renames, duplicates, deletes and undoes a delete', async () => {
    const { state, repo, actions } = setup();
    await actions.newDraft();
    actions.setField('mainGoal', 'Alkuperäinen');
    await actions.closeDraft();
    await actions.renameDraft('id-1', 'Kyläkahvilat');
    expect(state.drafts.value.map((d) => d.name)).toEqual(['Kyläkahvilat']);
    await actions.duplicateDraft('id-1');
    expect(state.drafts.value.map((d) => d.name).sort()).toEqual(['Kyläkahvilat', 'Kyläkahvilat (kopio)']);
    const copy = state.drafts.value.find((d) => d.name.endsWith('(kopio)'))!;
    expect((await repo.get(copy.id))?.mainGoal).toBe('Alkuperäinen');

    await actions.deleteDraft('id-1');
    expect(state.drafts.value.map((d) => d.id)).toEqual([copy.id]);
    expect(state.deleted.value?.name).toBe('Kyläkahvilat');
    await actions.undoDelete();
    expect((await repo.get('id-1'))?.mainGoal).toBe('Alkuperäinen');
    expect(state.deleted.value).toBeNull();
  });

  it('forgets the undo after a while', async () => {
    const { state, actions } = setup();
    await actions.newDraft();
    await actions.closeDraft();
    await actions.deleteDraft('id-1');
    expect(state.deleted.value).not.toBeNull();
    await vi.advanceTimersByTimeAsync(10_001);
    expect(state.deleted.value).toBeNull();
  });

  it('asks for persistent storage once, after the first real edit', async () => {
    const requestPersistence = vi.fn(async () => false);
    const { state, actions } = setup({ requestPersistence });
    await actions.newDraft();
    expect(requestPersistence).not.toHaveBeenCalled();
    actions.setField('mainGoal', 'a');
    actions.setField('mainGoal', 'ab');
    await vi.advanceTimersByTimeAsync(0);
    expect(requestPersistence).toHaveBeenCalledTimes(1);
    expect(state.persist.value).toBe('denied');
  });

  it('opens a field on its step', async () => {
    const { state, actions } = setup();
    await actions.newDraft();
    actions.openField('actions.x.goalIds');
    expect(state.stepId.value).toBe('toimenpiteet');
    expect(state.focusField.value).toBe('actions.x.goalIds');
  });

  it('updates the fit check once typing pauses, not on every keystroke', async () => {
    const { state, actions } = setup();
    await actions.newDraft();
    const ids = () => state.fit.value?.findings.map((f) => f.ruleId) ?? [];
    expect(ids()).toContain('target-group-missing');
    actions.setField('applicant.legalForm', 'toiminimi');
    expect(ids()).not.toContain('legal-form-ineligible');
    await vi.advanceTimersByTimeAsync(300);
    expect(ids()).toContain('legal-form-ineligible');
  });

  it('computes validation issues and step progress from the draft', async () => {
    const { state, actions } = setup();
    await actions.newDraft();
    actions.setField('applicant.businessId', '0827616-8');
    expect(state.issues.value.map((i) => i.field)).toEqual(['applicant.businessId']);
    actions.setField('applicant.name', 'Testi ry');
    const hakija = state.progress.value.find((p) => p.step.id === 'hakija')!;
    expect(hakija.met).toBe(2);
  });
});

describe('reopening and unreadable drafts', () => {
  it('remembers the open step across reloads, also after a restored reload', async () => {
    let memory: { draftId: string; stepId: import('../../src/domain').StepId } | null = null;
    const tabMemory = { read: () => memory, write: (v: typeof memory) => (memory = v) };
    const repo = createMemoryDraftsRepository();
    const first = setup({ repo, tabMemory }).state;
    await first.actions.newDraft();
    first.actions.goToStep('talous');
    // Reload 1 and reload 2: both land on the same step.
    for (let i = 0; i < 2; i++) {
      const again = setup({ repo, tabMemory }).state;
      await again.actions.restoreTab();
      expect(again.stepId.value).toBe('talous');
    }
  });

  it('deletes an unreadable draft and puts it back untouched on undo', async () => {
    const raw = { id: 'rikki', schemaVersion: 99, project: { name: 'Tulevaisuuden luonnos' } };
    const repo = createMemoryDraftsRepository([raw]);
    const { state, actions } = setup({ repo });
    await actions.refreshList();
    await actions.deleteDraft('rikki');
    expect(await repo.getRaw('rikki')).toBeUndefined();
    expect(state.deleted.value?.name).toBe('Tulevaisuuden luonnos');
    await actions.undoDelete();
    expect(await repo.getRaw('rikki')).toEqual(raw);
  });

  it('keeps the draft open when its latest text cannot be saved', async () => {
    const base = createMemoryDraftsRepository();
    let fail = false;
    const repo: DraftsRepository = { ...base, save: (d) => (fail ? Promise.reject(new Error('disk')) : base.save(d)) };
    const { state, actions } = setup({ repo });
    await actions.newDraft();
    fail = true;
    actions.setField('mainGoal', 'vain muistissa');
    await actions.closeDraft();
    expect(state.draft.value?.mainGoal).toBe('vain muistissa');
    expect(state.unsavedBlock.value).toBe('close');
    fail = false;
    await actions.closeDraft();
    expect(state.draft.value).toBeNull();
    expect((await base.get('id-1'))?.mainGoal).toBe('vain muistissa');
  });
});

describe('export bookkeeping', () => {
  it('remembers per draft when it was exported, and backups separately', async () => {
    const repo = createMemoryDraftsRepository();
    const delivered: string[] = [];
    const { state, actions } = setup({
      repo,
      loadExporter: async () => ({
        createPdfBlob: async () => new Blob(['%PDF-']),
        deliverFile: async (_blob: Blob, name: string) => {
          delivered.push(name);
          return 'downloaded' as const;
        },
      }),
      readStorageInfo: async () => ({ persisted: false, usageBytes: 1, quotaBytes: 2, installed: false }),
    });
    await actions.newDraft();
    await actions.closeDraft();
    await actions.exportDraftFile('id-1');
    expect(delivered).toEqual(['ideapaperi-luonnos-2026-11-28.ideapaperi.json']);
    expect(JSON.parse((await repo.getMeta('draftExports'))!)).toEqual({ 'id-1': '2026-11-28T12:32:00.000Z' });
    expect(await repo.getMeta('lastBackupAt')).toBeUndefined();
    await actions.exportAll();
    expect(await repo.getMeta('lastBackupAt')).toBe('2026-11-28T12:32:00.000Z');
    expect(state.storageInfo.value?.draftExports).toEqual({ 'id-1': '2026-11-28T12:32:00.000Z' });
  });
});
