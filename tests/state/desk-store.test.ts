import { describe, expect, it } from 'vitest';
import { cacheDeskRow, calculateBudget, deskCsv, deskRow, evaluateFit, readCachedDeskRow, serializeBackupFile } from '../../src/domain';
import { formatRoute } from '../../src/state';
import { deskPaper } from '../desk-papers';
import { deskAppState as setup, draftFile, file, INFO, NOW } from './desk-state';

describe('the desk store', () => {
  it('receives many files, stores the new papers apart from the own drafts, and reports every file', async () => {
    const { state, repo } = setup();
    const desk = await state.desk.ensure();
    await desk.receive([
      draftFile(deskPaper(0)),
      file('kopio.json', serializeBackupFile([deskPaper(1), deskPaper(2)], INFO)),
      file('rikki.json', '{'),
      draftFile(deskPaper(0), 'sama.ideapaperi.json'),
    ]);
    const report = desk.report.value!;
    expect(report.files.map((f) => [f.fileName, f.received.length, f.same.length, !!f.refused])).toEqual([
      ['paper-0.ideapaperi.json', 1, 0, false],
      ['kopio.json', 2, 0, false],
      ['rikki.json', 0, 0, true],
      ['sama.ideapaperi.json', 0, 1, false],
    ]);
    expect(report.files[2]!.refused).toMatch(/ei ole kelvollista JSON-muotoa/);
    expect(desk.rows.value.map((r) => r.draftId).sort()).toEqual(['paper-0', 'paper-1', 'paper-2']);
    // The own drafts list stays as it was.
    expect(await repo.list()).toEqual([]);
    // Each row is the domain's row of the same draft.
    const d = deskPaper(2);
    const budget = calculateBudget(d);
    expect(desk.rows.value.find((r) => r.draftId === 'paper-2')).toEqual({
      ...deskRow({ draft: d, budget, fit: evaluateFit(d, budget), receivedAt: NOW }),
      fileName: 'kopio.json',
    });
  });

  it('holds a newer version back until the coordinator takes it, and keeps their comments on the old one', async () => {
    const { state } = setup();
    const desk = await state.desk.ensure();
    await desk.receive([draftFile(deskPaper(0))]);
    await desk.open('paper-0');
    state.coordination.addComment('tarve', '', 'Lähde puuttuu.', 'korjattava', 'Kaisa');
    await state.flush();
    await state.closeDraft();

    const newer = { ...deskPaper(0), updatedAt: '2026-11-30T12:00:00.000Z', mainGoal: 'Uusi päätavoite.' };
    await desk.receive([draftFile(newer, 'uusi.json')]);
    expect(desk.report.value!.files[0]!.newer).toEqual(['Kylätoiminta Testilä ry: Hanke 1']);
    expect(desk.rows.value[0]!.updatedAt).toBe(deskPaper(0).updatedAt);
    await desk.acceptNewer();
    expect(desk.report.value!.newerDone!.replaced).toHaveLength(1);
    expect(desk.rows.value[0]!.updatedAt).toBe('2026-11-30T12:00:00.000Z');
    expect(desk.rows.value[0]!.openCommentCount).toBe(1);
    await desk.open('paper-0');
    expect(state.draft.current.value!.mainGoal).toBe('Uusi päätavoite.');
    expect(state.draft.current.value!.comments.map((c) => c.text)).toEqual(['Lähde puuttuu.']);
  });

  it('a paper dated in the future does not hold its place for good: the real later version is offered, naming the paper it replaces', async () => {
    const { state } = setup();
    const desk = await state.desk.ensure();
    const stamped = { ...deskPaper(0), updatedAt: '9999-12-31T23:59:59.000Z', project: { ...deskPaper(0).project, name: 'Vanha nimi' } };
    await desk.receive([draftFile(stamped, 'kello.json')]);
    expect(desk.report.value!.files[0]!.futureDated).toEqual(['Kylätoiminta Testilä ry: Vanha nimi']);
    const genuine = { ...deskPaper(0), updatedAt: '2026-12-02T09:00:00.000Z', mainGoal: 'Oikea uusi versio.' };
    await desk.receive([draftFile(genuine, 'uusi.json')]);
    const [offered] = desk.report.value!.pendingNewer;
    expect(offered).toMatchObject({ why: 'future-date', suggested: false, name: 'Kylätoiminta Testilä ry: Hanke 1' });
    expect(offered!.replaces).toEqual({ name: 'Kylätoiminta Testilä ry: Vanha nimi', updatedAt: '9999-12-31T23:59:59.000Z' });
    await desk.acceptNewer(['paper-0']);
    expect(desk.report.value!.newerDone!.replaced).toEqual(['Kylätoiminta Testilä ry: Hanke 1']);
    expect(desk.rows.value[0]!.updatedAt).toBe('2026-12-02T09:00:00.000Z');
  });

  it('compares content, not only dates: the same date with other text is offered, the same text with another date changes nothing', async () => {
    const { state } = setup();
    const desk = await state.desk.ensure();
    await desk.receive([draftFile(deskPaper(0))]);
    const sameTime = { ...deskPaper(0), mainGoal: 'Toinen teksti samalla päiväyksellä.' };
    const sameText = { ...deskPaper(0), updatedAt: '2026-11-30T12:00:00.000Z' };
    const older = { ...deskPaper(1), updatedAt: '2026-10-01T12:00:00.000Z', mainGoal: 'Vanhempi mutta eri.' };
    await desk.receive([draftFile(deskPaper(1))]);
    await desk.receive([draftFile(sameTime, 'a.json'), draftFile(sameText, 'b.json')]);
    // The copy with the later date wins in the batch; its text is the one here, so nothing changes.
    expect(desk.report.value!.files.map((f) => [f.fileName, f.same.length, f.older.length, f.newer.length])).toEqual([
      ['a.json', 0, 1, 0],
      ['b.json', 1, 0, 0],
    ]);
    await desk.receive([draftFile(sameTime, 'a.json')]);
    expect(desk.report.value!.pendingNewer.map((v) => [v.why, v.suggested])).toEqual([['same-time', false]]);
    await desk.receive([draftFile(older, 'c.json')]);
    expect(desk.report.value!.pendingNewer.map((v) => [v.why, v.suggested])).toEqual([['older', false]]);
    // Nothing chosen for the coordinator: the version here stays, and the report says so.
    await desk.acceptNewer();
    expect(desk.report.value!.newerDone).toEqual({ replaced: [], refused: [], kept: ['Savon Nuoret ry: Hanke 2'] });
  });

  it('files dropped while a batch is received join it, and one report names them all', async () => {
    const { state } = setup();
    const desk = await state.desk.ensure();
    const first = desk.receive([draftFile(deskPaper(0)), draftFile(deskPaper(1))]);
    const second = desk.receive([draftFile(deskPaper(2))]);
    await Promise.all([first, second]);
    // And one more while the batch is being stored (after its files were read).
    const third = desk.receive([draftFile(deskPaper(3))]);
    const fourth = desk.receive([draftFile(deskPaper(4))]);
    await Promise.all([third, fourth]);
    expect(desk.rows.value.map((r) => r.draftId).sort()).toEqual(['paper-0', 'paper-1', 'paper-2', 'paper-3', 'paper-4']);
    expect(desk.receiving.value).toBeNull();
  });

  it('opens a received paper read-only: only comments change, its time stays the association’s, its URL is the desk’s', async () => {
    const { state, repo, history } = setup();
    const desk = await state.desk.ensure();
    await desk.receive([draftFile(deskPaper(3))]);
    expect(await desk.open('paper-3')).toBe(true);
    expect(state.draft.received.value).toBe(true);
    expect(history.hash).toBe(formatRoute({ kind: 'draft', draftId: 'paper-3', view: 'hakija', received: true }));
    expect(history.hash).toBe('#/koordinaattori/paper-3/hakija');
    state.edits.setField('applicant.name', 'Muutettu ry');
    expect(state.draft.current.value!.applicant.name).toBe(deskPaper(3).applicant.name);
    expect(state.save.status.value.kind).toBe('idle');
    state.coordination.addComment('hakija', '', 'Puhelinnumero puuttuu.', 'korjattava', 'Kaisa');
    expect(await state.flush()).toBe(true);
    const stored = desk.rows.value.find((r) => r.draftId === 'paper-3')!;
    expect(stored.openCommentCount).toBe(1);
    expect(stored.updatedAt).toBe(deskPaper(3).updatedAt);
    expect(await repo.list()).toEqual([]);
    await state.closeDraft();
    expect(state.nav.page.value).toBe('desk');
    expect(history.hash).toBe('#/koordinaattori');
  });

  it('exports the shown rows as CSV and a paper with its comments as a file for the association', async () => {
    const { state, delivered } = setup();
    const desk = await state.desk.ensure();
    await desk.receive([draftFile(deskPaper(0)), draftFile(deskPaper(1)), draftFile(deskPaper(2))]);
    desk.setFilter({ region: 'pohjois-savo' });
    desk.setSort({ column: 'total', direction: 'desc' });
    await desk.exportCsv();
    expect(delivered[0]!.name).toBe('ideapaperit-2026-12-02.csv');
    expect(await delivered[0]!.text).toBe(deskCsv(desk.visible.value).replace(/^\ufeff/, ''));
    expect(desk.visible.value.every((r) => r.regions.some((g) => g.id === 'pohjois-savo'))).toBe(true);
    await desk.exportComments('paper-1');
    expect(delivered[1]!.name).toBe('ideapaperi-hanke-2-kommentit-2026-12-02.ideapaperi.json');
    expect(JSON.parse(await delivered[1]!.text).draft).toEqual(deskPaper(1));
  });

  it('removes every received paper and can undo it for a moment', async () => {
    const { state } = setup();
    const desk = await state.desk.ensure();
    await desk.receive([draftFile(deskPaper(0)), draftFile(deskPaper(1))]);
    await desk.removeAll();
    expect(desk.rows.value).toEqual([]);
    expect(desk.removed.value).toEqual({ count: 2 });
    await desk.undoRemove();
    expect(desk.removed.value).toBeNull();
    expect(desk.rows.value.map((r) => r.draftId).sort()).toEqual(['paper-0', 'paper-1']);
  });

  it('is absent from a state built without it (most tests), and says so instead of hanging', async () => {
    const { state } = setup({ loadDesk: undefined });
    await expect(state.desk.ensure()).rejects.toThrow();
  });
});

describe('the cached desk row', () => {
  const d = deskPaper(4);
  const budget = calculateBudget(d);
  const row = deskRow({ draft: d, budget, fit: evaluateFit(d, budget), receivedAt: NOW });

  it('is used only when this build made it for this paper and it has the shape of a row', () => {
    const cached = JSON.parse(JSON.stringify(cacheDeskRow(row, 'build-1')));
    expect(readCachedDeskRow(cached, 'build-1', 'paper-4')).toEqual(row);
    expect(readCachedDeskRow(cached, 'build-2', 'paper-4')).toBeNull();
    expect(readCachedDeskRow(cached, 'build-1', 'paper-5')).toBeNull();
    expect(readCachedDeskRow({ ...cached, row: { ...cached.row, totalCents: '12' } }, 'build-1', 'paper-4')).toBeNull();
    expect(readCachedDeskRow(null, 'build-1', 'paper-4')).toBeNull();
  });
});
