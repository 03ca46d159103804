import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppState, type AppDeps } from '../../src/state';
import { createMemoryDraftsRepository, type DraftsRepository } from '../../src/storage';
import { TYPING_PAUSE_MS } from '../../src/state/pending-edits';

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
  return { state, repo };
}

describe('app state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('creates a draft, saves it at once and opens it at the first step', async () => {
    const { state, repo } = setup();
    await state.lifecycle.create();
    expect(state.draft.current.value?.id).toBe('id-1');
    expect(state.nav.stepId.value).toBe('hakija');
    expect(await repo.get('id-1')).toBeDefined();
    expect(state.save.status.value).toMatchObject({ kind: 'saved' });
  });

  it('takes typed text into the draft a moment later, and before any other edit, save or close', async () => {
    const { state, repo } = setup();
    await state.lifecycle.create();
    const type = (path: 'applicant.name' | 'need.problem', text: string) => state.edits.type(path, text);
    type('applicant.name', 'Te');
    type('applicant.name', 'Testi ry');
    expect(state.draft.current.value?.applicant.name).toBe('');
    expect(state.edits.hasUnsaved()).toBe(true);
    // Two keystrokes in a row are one burst: the text comes when the typing pauses.
    await vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS);
    expect(state.draft.current.value?.applicant.name).toBe('Testi ry');
    // Another edit applies waiting typing first: nothing is applied out of order or lost.
    type('need.problem', 'Yksinäisyys');
    state.edits.setField('mainGoal', 'Tavoite');
    expect(state.draft.current.value).toMatchObject({ need: { problem: 'Yksinäisyys' }, mainGoal: 'Tavoite' });
    // A flush (page hidden) writes typing that has not reached the draft yet.
    type('need.problem', 'Yksinäisyys kylillä');
    expect(await state.flush()).toBe(true);
    expect((await repo.get('id-1'))?.need.problem).toBe('Yksinäisyys kylillä');
    type('applicant.name', 'Suljettu ry');
    expect(await state.closeDraft()).not.toBe(false);
    expect((await repo.get('id-1'))?.applicant.name).toBe('Suljettu ry');
  });

  it('sets record entries only by the ids of their option lists (a misspelled id fails the typecheck)', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    state.edits.setField('principles.tasa-arvo', 'Kaikki mukaan');
    state.edits.setField('fit.selfAssessment.sisalto-tarve', 4);
    expect(state.draft.current.value).toMatchObject({
      principles: { 'tasa-arvo': 'Kaikki mukaan' },
      fit: { selfAssessment: { 'sisalto-tarve': 4 } },
    });
    // @ts-expect-error 'tasa-arvoo' is not a principle's id.
    state.edits.setField('principles.tasa-arvoo', 'x');
    // @ts-expect-error 'ruoka-apua' is not an emphasis id.
    state.edits.setField('fit.emphases.ruoka-apua', { selected: true, how: '' });
    // @ts-expect-error a self-assessment entry is a score: it has no deeper fields.
    expect(() => state.edits.setField('fit.selfAssessment.whatever.deeper', 3)).toThrow(TypeError);
  });

  it('saves an edit within the debounce delay and not before', async () => {
    const { state, repo } = setup();
    await state.lifecycle.create();
    state.edits.setField('applicant.name', 'Testi ry');
    expect(state.save.status.value.kind).toBe('pending');
    await vi.advanceTimersByTimeAsync(300);
    expect((await repo.get('id-1'))?.applicant.name).toBe('');
    await vi.advanceTimersByTimeAsync(150);
    expect((await repo.get('id-1'))?.applicant.name).toBe('Testi ry');
    expect(state.save.status.value).toMatchObject({ kind: 'saved' });
  });

  it('flush writes pending edits immediately', async () => {
    const { repo, state } = setup();
    await state.lifecycle.create();
    state.edits.setField('mainGoal', 'Tavoite');
    await state.flush();
    expect((await repo.get('id-1'))?.mainGoal).toBe('Tavoite');
  });

  it('never reports saved when the write failed, keeps the text and retries on the next edit', async () => {
    const base = createMemoryDraftsRepository();
    let fail = false;
    const repo: DraftsRepository = {
      ...base,
      save: (d) => (fail ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : base.save(d)),
    };
    const { state } = setup({ repo });
    await state.lifecycle.create();
    fail = true;
    state.edits.setField('need.problem', 'Tärkeä teksti');
    await vi.advanceTimersByTimeAsync(500);
    expect(state.save.status.value).toEqual({ kind: 'error', error: 'quota' });
    expect(state.save.storageProblem.value).toBe('quota');
    expect(state.draft.current.value?.need.problem).toBe('Tärkeä teksti');
    fail = false;
    state.edits.setField('need.problem', 'Tärkeä teksti!');
    await vi.advanceTimersByTimeAsync(500);
    expect(state.save.status.value.kind).toBe('saved');
    expect((await base.get('id-1'))?.need.problem).toBe('Tärkeä teksti!');
    expect(state.save.storageProblem.value).toBeUndefined();
  });

  it('adds, edits, reorders and removes list items; removing a goal unlinks it', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    const g1 = state.edits.addItem('subGoals', { text: 'A' });
    const g2 = state.edits.addItem('subGoals', { text: 'B' });
    const a = state.edits.addItem('actions', { title: 'T', description: '', goalIds: [g1, 'main'], timing: '', responsible: '' });
    state.edits.addItem('indicators', { goalId: g1, name: 'M', unit: '', baseline: '', target: '', source: '' });
    state.edits.moveItem('subGoals', g2, -1);
    expect(state.draft.current.value?.subGoals.map((g) => g.text)).toEqual(['B', 'A']);
    state.edits.updateItem('subGoals', g1, { text: 'A2' });
    state.edits.removeItem('subGoals', g1);
    const d = state.draft.current.value!;
    expect(d.subGoals.map((g) => g.text)).toEqual(['B']);
    expect(d.actions.find((x) => x.id === a)?.goalIds).toEqual(['main']);
    expect(d.indicators[0]?.goalId).toBe('');
  });

  it('renames, duplicates, deletes and undoes a delete', async () => {
    const { state, repo } = setup();
    await state.lifecycle.create();
    state.edits.setField('mainGoal', 'Alkuperäinen');
    await state.closeDraft();
    await state.list.rename('id-1', 'Kyläkahvilat');
    expect(state.list.drafts.value.map((d) => d.name)).toEqual(['Kyläkahvilat']);
    await state.list.duplicate('id-1');
    expect(state.list.drafts.value.map((d) => d.name).sort()).toEqual(['Kyläkahvilat', 'Kyläkahvilat (kopio)']);
    const copy = state.list.drafts.value.find((d) => d.name.endsWith('(kopio)'))!;
    expect((await repo.get(copy.id))?.mainGoal).toBe('Alkuperäinen');

    await state.list.remove('id-1');
    expect(state.list.drafts.value.map((d) => d.id)).toEqual([copy.id]);
    expect(state.list.deleted.value?.name).toBe('Kyläkahvilat');
    await state.list.undoRemove();
    expect((await repo.get('id-1'))?.mainGoal).toBe('Alkuperäinen');
    expect(state.list.deleted.value).toBeNull();
  });

  it('forgets the undo after a while', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    await state.closeDraft();
    await state.list.remove('id-1');
    expect(state.list.deleted.value).not.toBeNull();
    await vi.advanceTimersByTimeAsync(10_001);
    expect(state.list.deleted.value).toBeNull();
  });

  it('asks for persistent storage once, after the first real edit', async () => {
    const requestPersistence = vi.fn(async () => false);
    const { state } = setup({ requestPersistence });
    await state.lifecycle.create();
    expect(requestPersistence).not.toHaveBeenCalled();
    state.edits.setField('mainGoal', 'a');
    state.edits.setField('mainGoal', 'ab');
    await vi.advanceTimersByTimeAsync(0);
    expect(requestPersistence).toHaveBeenCalledTimes(1);
    expect(state.device.persist.value).toBe('denied');
  });

  it('opens a field on its step', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    state.nav.openField('actions.x.goalIds');
    expect(state.nav.stepId.value).toBe('toimenpiteet');
    expect(state.nav.focusField.value).toBe('actions.x.goalIds');
  });

  it('updates the fit check once typing pauses, not on every keystroke', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    const ids = () => state.paper.fit.value?.findings.map((f) => f.ruleId) ?? [];
    expect(ids()).toContain('target-group-missing');
    state.edits.setField('applicant.legalForm', 'toiminimi');
    expect(ids()).not.toContain('legal-form-ineligible');
    await vi.advanceTimersByTimeAsync(300);
    expect(ids()).toContain('legal-form-ineligible');
  });

  it('computes validation issues and step progress from the draft', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    state.edits.setField('applicant.businessId', '0827616-8');
    expect(state.paper.issues.value.map((i) => i.field)).toEqual(['applicant.businessId']);
    state.edits.setField('applicant.name', 'Testi ry');
    const hakija = state.paper.progress.value.find((p) => p.step.id === 'hakija')!;
    expect(hakija.met).toBe(2);
  });

  it('keeps the step list as it was while typing does not change any step’s progress', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    state.edits.setField('need.problem', 'Kylä');
    const before = state.paper.progress.value;
    state.edits.setField('need.problem', 'Kylän');
    // Same counts and missing parts: the same array (the step list does not re-render).
    expect(state.paper.progress.value).toBe(before);
    state.edits.setField('need.problem', '');
    expect(state.paper.progress.value).not.toBe(before);
  });
});

describe('reopening and unreadable drafts', () => {
  it('remembers the open step across reloads, also after a restored reload', async () => {
    let memory: { draftId: string; stepId: import('../../src/domain').StepId } | null = null;
    const tabMemory = { read: () => memory, write: (v: typeof memory) => (memory = v) };
    const repo = createMemoryDraftsRepository();
    const first = setup({ repo, tabMemory }).state;
    await first.lifecycle.create();
    first.nav.goToStep('talous');
    // Reload 1 and reload 2: both land on the same step.
    for (let i = 0; i < 2; i++) {
      const again = setup({ repo, tabMemory }).state;
      await again.lifecycle.restoreTab();
      expect(again.nav.stepId.value).toBe('talous');
    }
  });

  it('keeps the shown list when a fresh read finds nothing new, and takes one that differs', async () => {
    const { state } = setup();
    await state.lifecycle.create();
    await state.lifecycle.close();
    await state.list.refresh();
    const shown = state.list.drafts.value;
    expect(shown).toHaveLength(1);
    await state.list.refresh();
    expect(state.list.drafts.value).toBe(shown);
    await state.list.rename(shown[0]!.id, 'Uusi nimi');
    expect(state.list.drafts.value).not.toBe(shown);
    expect(state.list.drafts.value.map((d) => d.name)).toEqual(['Uusi nimi']);
  });

  it('deletes an unreadable draft and puts it back untouched on undo', async () => {
    const raw = { id: 'rikki', schemaVersion: 99, project: { name: 'Tulevaisuuden luonnos' } };
    const repo = createMemoryDraftsRepository([raw]);
    const { state } = setup({ repo });
    await state.list.refresh();
    await state.list.remove('rikki');
    expect(await repo.getRaw('rikki')).toBeUndefined();
    expect(state.list.deleted.value?.name).toBe('Tulevaisuuden luonnos');
    await state.list.undoRemove();
    expect(await repo.getRaw('rikki')).toEqual(raw);
  });

  it('keeps the draft open when its latest text cannot be saved', async () => {
    const base = createMemoryDraftsRepository();
    let fail = false;
    const repo: DraftsRepository = { ...base, save: (d) => (fail ? Promise.reject(new Error('disk')) : base.save(d)) };
    const { state } = setup({ repo });
    await state.lifecycle.create();
    fail = true;
    state.edits.setField('mainGoal', 'vain muistissa');
    await state.closeDraft();
    expect(state.draft.current.value?.mainGoal).toBe('vain muistissa');
    expect(state.save.unsavedBlock.value).toBe('close');
    fail = false;
    await state.closeDraft();
    expect(state.draft.current.value).toBeNull();
    expect((await base.get('id-1'))?.mainGoal).toBe('vain muistissa');
  });
});

describe('export bookkeeping', () => {
  it('remembers per draft when it was exported, and backups separately', async () => {
    const repo = createMemoryDraftsRepository();
    const delivered: string[] = [];
    const { state } = setup({
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
    await state.lifecycle.create();
    await state.closeDraft();
    await state.exchange.exportDraftFile('id-1');
    expect(delivered).toEqual(['ideapaperi-luonnos-2026-11-28.ideapaperi.json']);
    expect(JSON.parse((await repo.getMeta('draftExports'))!)).toEqual({ 'id-1': '2026-11-28T12:32:00.000Z' });
    expect(await repo.getMeta('lastBackupAt')).toBeUndefined();
    await state.exchange.exportAll();
    expect(await repo.getMeta('lastBackupAt')).toBe('2026-11-28T12:32:00.000Z');
    expect(state.device.storageInfo.value?.draftExports).toEqual({ 'id-1': '2026-11-28T12:32:00.000Z' });
  });

  it('loads the PDF code ahead of an export, and a failure to load it is left for the export to report', async () => {
    let prepared = 0;
    const { state } = setup({
      loadExporter: async () => ({
        createPdfBlob: async () => new Blob(['%PDF-']),
        deliverFile: async () => 'downloaded' as const,
        preparePdfExport: async () => void prepared++,
      }),
    });
    await state.exchange.preparePdf();
    expect(prepared).toBe(1);
    // Heading to the check step starts it by itself, once (typing there does not start it again).
    await state.lifecycle.create();
    state.nav.goToStep('tarkistus');
    await vi.waitFor(() => expect(prepared).toBe(2));
    state.edits.setField('applicant.name', 'Testi ry');
    await Promise.resolve();
    expect(prepared).toBe(2);
    const failing = setup({ loadExporter: () => Promise.reject(new Error('offline')) });
    await expect(failing.state.exchange.preparePdf()).resolves.toBeUndefined();
    expect(failing.state.exchange.exportStatus.value.kind).toBe('idle');
  });
});
