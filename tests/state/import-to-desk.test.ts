/**
 * "Avaa kommentoitavaksi" in the start view's import conflict: a file whose draft is already on
 * this device goes to the coordinator's desk and opens there for comments only, through the
 * real app state (the lazily loaded import flow and desk); the device's own drafts never change.
 */
import { batch, signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/domain';
import type { AppDeps, LockEnv, StorageErrorKind } from '../../src/state';
import type { DeskForImport } from '../../src/state/stores/import-status';
import { deskPaper } from '../desk-papers';
import { deskAppState, draftFile as fileOf } from './desk-state';
import { createFakeLocks } from './fake-locks';

const draftFile = (d: Draft, name = 'kylatoiminta.ideapaperi.json') => fileOf(d, name);

/** The association's own draft on this device, and the coordinator's newer version of it in a file. */
const own = deskPaper(0);
const fromFile: Draft = { ...own, updatedAt: '2026-11-30T12:00:00.000Z', mainGoal: 'Tiedoston päätavoite.' };

function setup(overrides: Partial<AppDeps> = {}) {
  const app = deskAppState(overrides, [own]);
  const { state } = app;
  /** Imports the file on the start view and answers the conflict with "Avaa kommentoitavaksi". */
  async function openOnDesk(file: File): Promise<void> {
    await state.exchange.importFile(file);
    expect(state.exchange.importStatus.value.kind).toBe('conflict');
    await state.exchange.resolveImportConflict({ desk: () => state.desk.ensure() });
  }
  return { ...app, openOnDesk };
}

describe('opening an imported draft for comments on the desk', () => {
  it('receives the file’s paper on the desk and opens it read-only; the own draft and the list stay as they were', async () => {
    const { state, repo, history, openOnDesk } = setup();
    await openOnDesk(draftFile(fromFile));
    expect(state.exchange.importStatus.value).toEqual({ kind: 'idle' });
    expect(state.draft.received.value).toBe(true);
    expect(state.draft.current.value).toEqual(fromFile);
    expect(history.hash).toBe('#/koordinaattori/paper-0/hakija');
    const desk = await state.desk.ensure();
    expect(desk.rows.value.map((r) => [r.draftId, r.fileName, r.updatedAt])).toEqual([
      ['paper-0', 'kylatoiminta.ideapaperi.json', fromFile.updatedAt],
    ]);

    // Comment mode only: the association's text cannot change, a comment goes to the desk's copy.
    state.edits.setField('mainGoal', 'Muutettu');
    expect(state.draft.current.value!.mainGoal).toBe('Tiedoston päätavoite.');
    state.coordination.addComment('tavoitteet', '', 'Mittari puuttuu.', 'korjattava', 'Kaisa');
    expect(await state.flush()).toBe(true);
    expect(desk.rows.value[0]!.openCommentCount).toBe(1);

    expect((await repo.list()).map((s) => s.id)).toEqual(['paper-0']);
    expect(await repo.get('paper-0')).toEqual(own);
  });

  it('a newer file than the desk’s takes its place and keeps the coordinator’s comments; an older one opens the desk’s version', async () => {
    const { state, repo, openOnDesk } = setup();
    const desk = await state.desk.ensure();
    await desk.receive([draftFile(own, 'vanha.json')]);
    await desk.open('paper-0');
    state.coordination.addComment('tarve', '', 'Lähde puuttuu.', 'korjattava', 'Kaisa');
    await state.flush();
    await state.closeDraft();
    await state.nav.openPage('list');

    await openOnDesk(draftFile(fromFile));
    expect(state.exchange.importStatus.value).toEqual({ kind: 'idle' });
    expect(state.draft.current.value!.mainGoal).toBe('Tiedoston päätavoite.');
    expect(state.draft.current.value!.comments.map((c) => c.text)).toEqual(['Lähde puuttuu.']);
    expect(desk.rows.value.map((r) => r.draftId)).toEqual(['paper-0']);
    await state.closeDraft();

    await openOnDesk(draftFile(own, 'vanhempi.json'));
    expect(state.draft.current.value!.mainGoal).toBe('Tiedoston päätavoite.');
    // Other content, dated earlier: offered on the desk, not taken for the coordinator.
    expect(desk.report.value!.files[0]!.newer).toHaveLength(1);
    expect(desk.report.value!.newerDone!.kept).toHaveLength(1);
    expect(await repo.get('paper-0')).toEqual(own);
  });

  it('reads the desk’s papers before receiving, and receives nothing when the desk cannot be read', async () => {
    const { state, repo } = setup();
    const calls: string[] = [];
    const loaded = signal(false);
    const error = signal<StorageErrorKind | undefined>(undefined);
    const unreadableDesk: DeskForImport = {
      loaded,
      error,
      report: signal(null),
      async refresh() {
        calls.push('refresh');
        batch(() => {
          error.value = 'unavailable';
          loaded.value = true;
        });
      },
      receive: async () => void calls.push('receive'),
      acceptNewer: async () => void calls.push('acceptNewer'),
      open: async () => (calls.push('open'), true),
    };
    await state.exchange.importFile(draftFile(fromFile));
    await state.exchange.resolveImportConflict({ desk: async () => unreadableDesk });
    expect(calls).toEqual(['refresh']);
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'error', error: { code: 'storage' } });
    expect(await repo.get('paper-0')).toEqual(own);
  });

  it('when the desk cannot be loaded, says the app must be reloaded and changes nothing', async () => {
    const { state, repo, openOnDesk } = setup({ loadDesk: () => Promise.reject(new Error('Failed to fetch dynamically imported module')) });
    await openOnDesk(draftFile(fromFile));
    expect(state.exchange.importStatus.value).toEqual({
      kind: 'error',
      fileName: 'kylatoiminta.ideapaperi.json',
      error: { code: 'app-reload', message: '' },
    });
    expect(state.draft.current.value).toBeNull();
    expect(await repo.get('paper-0')).toEqual(own);
  });

  it('refuses a newer version while the desk’s paper is open for comments in another tab', async () => {
    const lockEnv: LockEnv = { locks: createFakeLocks() };
    const { state, openOnDesk } = setup({ lockEnv });
    const desk = await state.desk.ensure();
    await desk.receive([draftFile(own, 'vanha.json')]);
    void lockEnv.locks!.request('ideapaperi:received:paper-0', () => new Promise(() => undefined));
    await openOnDesk(draftFile(fromFile));
    expect(state.exchange.importStatus.value).toMatchObject({ kind: 'error', error: { code: 'open-elsewhere' } });
    expect(desk.rows.value[0]!.updatedAt).toBe(own.updatedAt);
    expect(state.draft.current.value).toBeNull();
  });
});
