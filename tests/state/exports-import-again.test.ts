/**
 * Whatever the app exports, it imports again (issue 33, case 3). The exports are made by the
 * real export actions of the app state and read back by its real import action on an empty
 * device, for generated draft sets of every size the schema accepts (up to whole fields of
 * MAX_TEXT characters) and for the sizes that used to be refused: a backup of three large
 * drafts (7.7 MB), a backup of 500 papers (about 12 MB) and the PDF of a 3 MB draft. An export
 * that would be larger than the import limit is refused with a message, never delivered.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_TEXT, type Comment, type Draft } from '../../src/domain';
import { createPdfFonts } from '../../scripts/pdf-fonts';
import { arbDrafts } from '../draft-arbitrary';
import { makeLargeDraft, makeTypicalDraft } from '../fixtures';
import { setupExchange, type Fonts } from './exchange-state';

const NOW = new Date('2026-12-08T10:00:00.000Z');
const COMMENT: Comment = {
  id: 'c',
  section: 'tarve',
  itemId: '',
  text: 'Kuvaa tarve vielä tarkemmin. ',
  verdict: 'korjattava',
  author: 'Koordinaattori',
  createdAt: NOW.toISOString(),
  done: false,
};
const MB = 1024 * 1024;

const setup = (initial: readonly Draft[], fonts?: Fonts) => setupExchange(initial, NOW, fonts);

/** Imports a file on an empty device and returns what got stored, by id. */
async function importOnEmptyDevice(blob: Blob, fileName: string): Promise<Map<string, Draft>> {
  const { repo, state } = setup([]);
  await state.exchange.importFile(new File([blob], fileName));
  const status = state.exchange.importStatus.peek();
  expect(status, `${fileName} (${(blob.size / MB).toFixed(1)} MB) did not import`).toMatchObject({ kind: 'done' });
  const stored = new Map<string, Draft>();
  for (const s of await repo.list()) stored.set(s.id, (await repo.get(s.id))!);
  return stored;
}

describe('everything the app exports imports again', () => {
  it('draft files and backups of generated drafts of any size (property)', async () => {
    // arbDrafts mixes small drafts and very long fields; one in three runs adds a whole-field draft.
    const runs = fc.tuple(arbDrafts(), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 30 }));
    await fc.assert(
      fc.asyncProperty(runs, async ([drafts, big, fullFields]) => {
        const all = big === 0 ? [...drafts, makeLargeDraft('big-one', fullFields * MAX_TEXT)] : drafts;
        const { state, delivered } = setup(all);
        await state.exchange.exportAll();
        for (const d of all) await state.exchange.exportDraftFile(d.id);
        expect(delivered).toHaveLength(all.length + 1);
        const restored = await importOnEmptyDevice(delivered[0]!.blob, delivered[0]!.fileName);
        expect([...restored.values()].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...all].sort((a, b) => a.id.localeCompare(b.id)));
        for (const [i, d] of all.entries()) {
          const one = await importOnEmptyDevice(delivered[i + 1]!.blob, delivered[i + 1]!.fileName);
          expect(one.get(d.id)).toEqual(d);
        }
      }),
      { seed: 20_261_208, numRuns: 12 },
    );
  }, 120_000);

  it('a backup of three large drafts (7.7 MB) restores', async () => {
    const drafts = ['iso-1', 'iso-2', 'iso-3'].map((id) => makeLargeDraft(id, 2.6 * MB));
    const { state, delivered } = setup(drafts);
    await state.exchange.exportAll();
    const backup = delivered[0]!;
    expect(backup.blob.size).toBeGreaterThan(7 * MB);
    const restored = await importOnEmptyDevice(backup.blob, backup.fileName);
    for (const d of drafts) expect(restored.get(d.id)).toEqual(d);
  }, 60_000);

  it('a backup of 500 typical papers restores', async () => {
    const drafts = Array.from({ length: 500 }, (_, i) => {
      const d = makeTypicalDraft(`paperi-${i}`);
      // With the comment round a paper has been through: about 24 kB each.
      const comments = Array.from({ length: 12 }, (_, k) => ({
        ...COMMENT,
        id: `c${k}`,
        text: `Kommentti ${k}: ${COMMENT.text.repeat(40)}`,
      }));
      return { ...d, project: { ...d.project, name: `${d.project.name} ${i}` }, comments };
    });
    const { state, delivered } = setup(drafts);
    await state.exchange.exportAll();
    expect(delivered[0]!.blob.size).toBeGreaterThan(10 * MB);
    const restored = await importOnEmptyDevice(delivered[0]!.blob, delivered[0]!.fileName);
    expect(restored.size).toBe(500);
    expect(restored.get('paperi-499')).toEqual(drafts[499]);
  }, 60_000);

  it('the PDF of a 3.5 MB draft (over 5 MB) imports', async () => {
    const fonts = await createPdfFonts();
    const draft = makeLargeDraft('iso-pdf', 3.5 * MB);
    const { state, delivered } = setup([draft], fonts);
    expect(await state.lifecycle.open('iso-pdf')).toBe(true);
    await state.exchange.exportPdf();
    expect(state.exchange.exportStatus.peek()).toMatchObject({ kind: 'done' });
    const pdf = delivered[0]!;
    expect(pdf.fileName).toMatch(/\.pdf$/);
    expect(pdf.blob.size).toBeGreaterThan(5 * MB);
    const restored = await importOnEmptyDevice(pdf.blob, pdf.fileName);
    expect(restored.get('iso-pdf')).toEqual(draft);
  }, 180_000);

  it('a backup that would not import again is refused with a message, not delivered', async () => {
    // Drafts whose backup is just over the import limit.
    const per = 15 * MB;
    const count = Math.ceil(MAX_IMPORT_BYTES / per) + 1;
    const drafts = Array.from({ length: count }, (_, i) => makeLargeDraft(`iso-${i}`, per));
    const { state, delivered } = setup(drafts);
    await state.exchange.exportAll();
    expect(delivered).toHaveLength(0);
    const status = state.exchange.exportStatus.peek();
    expect(status).toMatchObject({ kind: 'error', what: 'backup', reason: 'too-large', limit: MAX_IMPORT_BYTES });
    expect(status.kind === 'error' && status.bytes).toBeGreaterThan(MAX_IMPORT_BYTES);
    // Each draft alone still goes out (and the property above shows such files come back).
    await state.exchange.exportDraftFile('iso-0');
    expect(delivered).toHaveLength(1);
  }, 120_000);
});
