/**
 * The coordinator's desk as a coordinator uses it: ten files at once (drafts, a backup, a PDF,
 * broken files), the report, the overview table against the domain's own rows, sorting and
 * filtering, the CSV line by line, a received paper in read-only comment mode, the comments
 * going back to the association (counts per step on its side), and removing everything with undo.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  calculateBudget,
  coverageText,
  deskCount,
  deskCsv,
  deskMoney,
  deskRow,
  durationText,
  evaluateFit,
  filterDeskRows,
  regionsText,
  serializeBackupFile,
  serializeDraftFile,
  sortDeskRows,
  updatedText,
  type DeskRow,
  type Draft,
} from '../../src/domain';
import { deskPaper, unfinishedPaper } from '../desk-papers';
import { baseUrl, useBrowser, watchPage } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const session = useBrowser();

async function open(viewport = { width: 1280, height: 900 }): Promise<{ page: Page; problems: string[] }> {
  session.context = await session.browser.newContext({ viewport, locale: 'fi-FI', acceptDownloads: true });
  session.context.setDefaultTimeout(20_000);
  const page = await session.context.newPage();
  const problems = watchPage(page);
  await page.goto(baseUrl());
  return { page, problems };
}

async function download(page: Page, click: () => Promise<void>): Promise<{ path: string; name: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}

async function axeViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const INFO = { appVersion: '0.1.0', exportedAt: '2026-12-01T08:00:00.000Z' };
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim();

/** A file with exactly this name (the report names files), in a folder of its own. */
async function writeTemp(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'desk-')), name);
  await writeFile(path, content);
  return path;
}

/** The domain's row of a paper, received today (the table shows only the day). */
function rowOf(draft: Draft): DeskRow {
  const budget = calculateBudget(draft);
  return deskRow({ draft, budget, fit: evaluateFit(draft, budget), receivedAt: new Date().toISOString() });
}

/** What the table shows of a row, cell by cell, as the domain's formatting gives it (spaces as plain ones). */
function expectedCells(r: DeskRow): Record<string, string> {
  const cells: Record<string, string> = {
    association: r.association,
    regions: regionsText(r),
    months: durationText(r.duration),
    total: deskMoney(r.totalCents),
    aid: deskMoney(r.aidCents),
    coverage: coverageText(r),
    readiness: r.ready ? 'Valmis' : 'Ei valmis',
    este: deskCount(r.esteCount),
    korjattavaa: deskCount(r.korjattavaaCount),
    openComments: deskCount(r.openCommentCount),
    updatedAt: updatedText(r),
  };
  return Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, plain(v)]));
}

async function tableCells(page: Page, draftId: string): Promise<Record<string, string>> {
  const row = page.locator(`tr[data-paper="${draftId}"]`);
  const out: Record<string, string> = {};
  for (const key of Object.keys(expectedCells(rowOf(deskPaper(0)))))
    out[key] = plain(await row.locator(`td[data-col="${key}"]`).innerText());
  return out;
}

const shownIds = (page: Page) => page.locator('tr[data-paper]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-paper')));

/** An ideapaperi PDF made by the app itself: the paper imported on a scratch device and exported. */
async function pdfOf(draft: Draft): Promise<string> {
  const scratch = await session.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  scratch.setDefaultTimeout(30_000);
  const page = await scratch.newPage();
  await page.goto(baseUrl());
  await page.locator('#import-file').setInputFiles(await writeTemp('pdf-paperi.ideapaperi.json', serializeDraftFile(draft, INFO)));
  await page.getByRole('button', { name: `Avaa: ${draft.project.name}` }).click();
  await openStep(page, 'Tarkista ja vie');
  const { path } = await download(page, () => page.getByRole('button', { name: 'Vie PDF' }).click());
  await scratch.close();
  return path;
}

describe('the coordinator’s desk', () => {
  it('receives ten files at once, reports them, and shows every paper with the app’s own figures', async () => {
    const papers = [0, 1, 2, 3, 4, 5].map((i) => deskPaper(i));
    const inBackup = [deskPaper(6), unfinishedPaper('paper-unfinished', 'Pienet Puuhaajat ry')];
    const inPdf = deskPaper(7, { project: 'PDF:nä tullut hanke' });
    const files = [
      ...(await Promise.all(papers.map((d, i) => writeTemp(`paperi-${i + 1}.ideapaperi.json`, serializeDraftFile(d, INFO))))),
      await writeTemp('varmuuskopio.ideapaperi.json', serializeBackupFile(inBackup, INFO)),
      await pdfOf(inPdf),
      await writeTemp('rikki.ideapaperi.json', '{"format": "ideapaperi-draft", "draft": {'),
      await writeTemp('kuva.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
    ];
    expect(files).toHaveLength(10);
    const all = [...papers, ...inBackup, inPdf];

    const { page, problems } = await open();
    const violations: string[] = [];
    await page.getByRole('button', { name: 'Koordinaattorille →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Koordinaattorin työpöytä' }).waitFor();
    expect(page.url()).toMatch(/#\/koordinaattori$/);
    expect(await page.locator('.privacy-note').innerText()).toContain('pysyvät vain tällä laitteella');
    await page.locator('#desk-files').setInputFiles(files);

    // The report: what came in, and what was refused and why, by file name.
    const report = page.locator('.desk-report');
    await report.getByRole('heading', { name: 'Tuonnin tulos' }).waitFor();
    expect(await report.locator('.report-received h3').innerText()).toBe('Tuotiin 9 paperia');
    const received = await report.locator('.report-received li').allInnerTexts();
    expect(received).toHaveLength(9);
    expect(received.join('\n')).toContain('Äänekosken Ässät ry: Hanke 5');
    expect(received.join('\n')).toMatch(/PDF:nä tullut hanke \(tiedostosta .*\.pdf\)/);
    const refused = await report.locator('.report-refused li').allInnerTexts();
    expect(refused).toHaveLength(2);
    expect(refused[0]).toMatch(/^rikki\.ideapaperi\.json: Tiedosto ei ole kelvollista JSON-muotoa/);
    expect(refused[1]).toMatch(/^kuva\.png: Tiedosto ei ole Ideapaperin tiedosto/);
    violations.push(...(await axeViolations(page, 'desk with report')));

    // The table: each paper with the figures the domain computes from the same draft.
    expect((await shownIds(page)).sort()).toEqual(all.map((d) => d.id).sort());
    for (const d of all) expect(await tableCells(page, d.id), d.id).toEqual(expectedCells(rowOf(d)));
    // Grouped by association: one group heading per association, with its papers under it.
    expect(await page.locator('.group-row th').allInnerTexts()).toContain('Kylätoiminta Testilä ry (2 paperia)');
    // The totals of everything.
    const rows = all.map(rowOf);
    expect(await page.locator('[data-total="papers"]').innerText()).toBe('9');
    expect(await page.locator('[data-total="associations"]').innerText()).toBe('6');
    expect(plain(await page.locator('[data-total="total"]').innerText())).toBe(
      plain(deskMoney(rows.reduce((s, r) => s + r.totalCents, 0))),
    );

    // Sorting: by total cost, then the other way round; aria-sort says which.
    await page.getByRole('button', { name: /^Kustannukset/ }).click();
    const costHeader = page.locator('th', { has: page.getByRole('button', { name: /^Kustannukset/ }) });
    expect(await costHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await shownIds(page)).toEqual(sortDeskRows(rows, { column: 'total', direction: 'asc' }).map((r) => r.draftId));
    await page.getByRole('button', { name: /^Kustannukset/ }).click();
    expect(await costHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await shownIds(page)).toEqual(sortDeskRows(rows, { column: 'total', direction: 'desc' }).map((r) => r.draftId));

    // Filters: region, readiness and a name search, each against the domain's filter.
    await page.getByLabel('Maakunta').selectOption('etela-savo');
    const inSavo = filterDeskRows(rows, { region: 'etela-savo' });
    expect((await shownIds(page)).sort()).toEqual(inSavo.map((r) => r.draftId).sort());
    expect(await page.locator('.desk-count').innerText()).toBe(`Näytetään ${inSavo.length} / 9 paperia.`);
    await page.getByLabel('Maakunta').selectOption('');
    await page.getByLabel('Valmius').selectOption('notReady');
    expect((await shownIds(page)).sort()).toEqual(
      filterDeskRows(rows, { readiness: 'notReady' })
        .map((r) => r.draftId)
        .sort(),
    );
    await page.getByLabel('Valmius').selectOption('all');
    await page.getByLabel('Etsi hakijan tai hankkeen nimellä').fill('ässät');
    expect(await shownIds(page)).toEqual(['paper-4']);
    await page.getByLabel('Etsi hakijan tai hankkeen nimellä').fill('');

    // The CSV of the table as shown (sorted by cost, descending), line by line.
    const csv = await download(page, () => page.getByRole('button', { name: 'Lataa taulukko CSV-tiedostona' }).click());
    expect(csv.name).toMatch(/^ideapaperit-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(csv.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').split('\r\n');
    const expected = deskCsv(sortDeskRows(rows, { column: 'total', direction: 'desc' })).split('\r\n');
    expect(lines).toHaveLength(expected.length);
    for (const [i, line] of expected.entries()) expect(lines[i], `CSV line ${i + 1}`).toBe(line);
    expect(lines[0]).toContain('Hakija;Y-tunnus;Hanke;');

    // A second batch: a newer version of a paper here, and one that is here already.
    const newer = { ...papers[0]!, updatedAt: '2026-11-30T12:00:00.000Z', mainGoal: 'Päivitetty päätavoite.' };
    await page
      .locator('#desk-files')
      .setInputFiles([
        await writeTemp('uudempi.ideapaperi.json', serializeDraftFile(newer, INFO)),
        await writeTemp('sama.ideapaperi.json', serializeDraftFile(papers[1]!, INFO)),
      ]);
    await report.locator('.report-newer').waitFor();
    const offered = await report.locator('.report-newer li').allInnerTexts();
    expect(offered).toHaveLength(1);
    expect(plain(offered[0]!)).toMatch(
      /^Kylätoiminta Testilä ry: Hanke 1 \(tiedostosta uudempi\.ideapaperi\.json\)\s+Korvaa paperin Kylätoiminta Testilä ry: Hanke 1 \(täällä muokattu .+\)\. Tämä versio muokattu 30\.11\.2026 .+: uudempi\.$/,
    );
    // The newer version is ticked for the coordinator.
    expect(await report.getByRole('checkbox', { name: /Hanke 1/ }).isChecked()).toBe(true);
    expect(await report.locator('.report-unchanged li').allInnerTexts()).toEqual([
      'Savon Nuoret ry: Hanke 2: sama sisältö on jo täällä (tiedostosta sama.ideapaperi.json)',
    ]);
    // Nothing changed yet: the coordinator chooses.
    expect(await tableCells(page, 'paper-0')).toEqual(expectedCells(rowOf(papers[0]!)));
    await report.getByRole('button', { name: 'Ota valittu versio' }).click();
    await report.getByText('Vaihdettiin valittuun versioon: 1 paperi. Kommenttisi säilyivät.').waitFor();
    expect(await tableCells(page, 'paper-0')).toEqual(expectedCells(rowOf(newer)));
    violations.push(...(await axeViolations(page, 'desk after the second batch')));
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('takes files dropped during a receive into it, and a paper dated in the future never blocks its real later version', async () => {
    const { page, problems } = await open({ width: 360, height: 740 });
    await page.goto(`${baseUrl()}#/koordinaattori`);
    await page.getByRole('heading', { level: 1, name: 'Koordinaattorin työpöytä' }).waitFor();
    // A wrong clock on the association's phone: the paper says it was edited on 31.12.9999.
    const stamped = { ...deskPaper(0), updatedAt: '9999-12-31T20:00:00.000Z' };
    const texts = {
      stamped: serializeDraftFile(stamped, INFO),
      others: [1, 2, 3, 4, 5].map((i) => serializeDraftFile(deskPaper(i), INFO)),
      dropped: serializeDraftFile(deskPaper(6), INFO),
    };
    // Picked files start a receive; a second file is dropped on the panel while it runs.
    await page.evaluate(({ stamped, others, dropped }) => {
      const picked = new DataTransfer();
      [stamped, ...others].forEach((t, i) => picked.items.add(new File([t], `paperi-${i}.ideapaperi.json`, { type: 'application/json' })));
      const input = document.querySelector<HTMLInputElement>('#desk-files')!;
      input.files = picked.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      const late = new DataTransfer();
      late.items.add(new File([dropped], 'myohassa.ideapaperi.json', { type: 'application/json' }));
      document
        .querySelector('.desk-receive')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: late, bubbles: true, cancelable: true }));
    }, texts);
    const report = page.locator('.desk-report');
    await report.locator('.report-received').waitFor();
    await expect.poll(() => page.locator('.desk-receive .receive-status').innerText()).toBe('');
    expect(await report.locator('.report-received li').allInnerTexts()).toContain(
      'Savon Nuoret ry: Hanke 7 (tiedostosta myohassa.ideapaperi.json)',
    );
    expect((await shownIds(page)).sort()).toEqual(['paper-0', 'paper-1', 'paper-2', 'paper-3', 'paper-4', 'paper-5', 'paper-6']);
    expect(plain(await report.locator('.report-future').innerText())).toContain('Kylätoiminta Testilä ry: Hanke 1');
    await report.screenshot({ path: '/tmp/shots/desk-future-dated.png' }).catch(() => undefined);
    await report.getByRole('button', { name: 'Sulje tulos' }).click();

    // The association fixes its clock and sends the paper again: offered, never refused as "older".
    const genuine = { ...deskPaper(0), updatedAt: '2026-12-03T09:00:00.000Z', mainGoal: 'Korjattu päätavoite.' };
    await page.locator('#desk-files').setInputFiles([await writeTemp('korjattu.ideapaperi.json', serializeDraftFile(genuine, INFO))]);
    const choice = report.getByRole('checkbox', { name: /Hanke 1/ });
    await choice.waitFor();
    expect(plain(await report.locator('.report-newer li').innerText())).toMatch(
      /Korvaa paperin Kylätoiminta Testilä ry: Hanke 1 \(täällä muokattu 31\.12\.9999 .+\)\. Tämä versio muokattu 3\.12\.2026 .+: toisen päiväys on tulevaisuudessa/,
    );
    // The dates cannot tell which is newer: the coordinator chooses; nothing is ticked for them.
    expect(await choice.isChecked()).toBe(false);
    expect(await report.getByRole('button', { name: /Ota valit/ }).isDisabled()).toBe(true);
    await report.screenshot({ path: '/tmp/shots/desk-version-choice.png' }).catch(() => undefined);
    await choice.check();
    await report.getByRole('button', { name: 'Ota valittu versio' }).click();
    await report.getByText('Vaihdettiin valittuun versioon: 1 paperi. Kommenttisi säilyivät.').waitFor();
    expect(await tableCells(page, 'paper-0')).toEqual(expectedCells(rowOf(genuine)));
    expect(await axeViolations(page, 'desk version choice')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opens a paper for comments only, and the comments go back to the association’s own draft with counts per step', async () => {
    const sent = deskPaper(0);
    const sentFile = await writeTemp('kylatoiminta.ideapaperi.json', serializeDraftFile(sent, INFO));
    const { page: c, problems } = await open();
    const violations: string[] = [];
    await c.goto(`${baseUrl()}#/koordinaattori`);
    await c.getByRole('heading', { level: 1, name: 'Koordinaattorin työpöytä' }).waitFor();
    await c.locator('#desk-files').setInputFiles([sentFile]);
    await c.getByRole('button', { name: 'Avaa: Hanke 1' }).click();
    await c.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
    expect(c.url()).toMatch(/#\/koordinaattori\/paper-0\/hakija$/);

    // Read-only: text fields read-only, choices disabled, no add or remove buttons; comments can be written.
    expect(await c.locator('.received-notice').innerText()).toContain('yhdistyksen tekstiä ei voi muuttaa');
    expect(
      await c.getByLabel('Hakijan nimi').evaluate((el) => (el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled),
    ).toBe(true);
    await c.getByLabel('Hakijan nimi').press('End');
    await c.keyboard.type('muutos');
    expect(await c.getByLabel('Hakijan nimi').inputValue()).toBe(sent.applicant.name);
    await c.getByRole('button', { name: /Kommentoi\s*: Hakija/ }).click();
    await c.getByLabel('Kommentti', { exact: true }).fill('Lisää yhteyshenkilön puhelinnumero.');
    await c.getByLabel('Kommentoijan nimi').fill('Koordinaattori Kaisa');
    await c.getByRole('button', { name: 'Tallenna kommentti' }).click();
    await openStep(c, 'Toimenpiteet');
    expect(await c.getByRole('button', { name: /^\+ Lisää/ }).count()).toBe(0);
    expect(await c.getByRole('button', { name: /^Poista:/ }).count()).toBe(0);
    await c.getByRole('button', { name: /Kommentoi\s*: Toimenpide 1/ }).click();
    await c.getByLabel('Kommentti', { exact: true }).fill('Hyvä, konkreettinen.');
    await c.getByLabel('Hyvä', { exact: true }).check();
    await c.getByRole('button', { name: 'Tallenna kommentti' }).click();
    await openStep(c, 'Talous ja resurssit');
    expect(plain(await c.locator('[data-figure="total"]').innerText())).toBe(plain(deskMoney(rowOf(sent).totalCents)));
    expect(await c.getByRole('radio').first().isDisabled()).toBe(true);
    violations.push(...(await axeViolations(c, 'received paper, read-only')));
    await waitSaved(c);

    // The step list counts the comments, and the summary lists them.
    const nav = c.locator('.step-nav');
    expect(await nav.locator('.step-link', { hasText: 'Hakija' }).locator('.step-comments').innerText()).toBe('1 kommentti, 1 avoinna');
    expect(await nav.locator('.step-link', { hasText: 'Toimenpiteet' }).locator('.step-comments').innerText()).toBe('1 kommentti');
    await openStep(c, 'Tarkista ja vie');
    await c.getByRole('heading', { name: 'Koordinaattorin kommentit (2)' }).waitFor();
    await c.locator('.summary-comments a').first().click();
    await c.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();

    // Back on the desk the open comment counts; the association's own text is unchanged.
    await c
      .getByRole('button', { name: /Koordinaattorin työpöytä/ })
      .first()
      .click();
    await c.locator('tr[data-paper="paper-0"]').waitFor();
    expect(await c.locator('tr[data-paper="paper-0"] td[data-col="openComments"]').innerText()).toBe('1');
    const back = await download(c, () => c.getByRole('button', { name: 'Vie kommentit yhdistykselle: Hanke 1' }).click());
    expect(back.name).toMatch(/^ideapaperi-hanke-1-kommentit-\d{4}-\d{2}-\d{2}\.ideapaperi\.json$/);
    const backDraft = JSON.parse(await readFile(back.path, 'utf8')).draft as Draft;
    expect({ ...backDraft, comments: [] }).toEqual({ ...sent, comments: [] });
    expect(backDraft.comments.map((x) => x.text)).toEqual(['Lisää yhteyshenkilön puhelinnumero.', 'Hyvä, konkreettinen.']);
    // The coordinator's own drafts list stayed empty all along.
    await c.getByRole('button', { name: '← Omat luonnokset' }).click();
    await c.getByText('Tällä laitteella ei ole vielä luonnoksia.').waitFor();

    // The association brings the comments into its own draft and sees where they are.
    const association = await session.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'fi-FI' });
    const a = await association.newPage();
    const aProblems = watchPage(a);
    await a.goto(baseUrl());
    await a.locator('#import-file').setInputFiles(sentFile);
    await a.getByText('Tuotiin luonnos ”Hanke 1”.').waitFor();
    await a.locator('#import-file').setInputFiles(back.path);
    await a.getByRole('dialog').getByRole('button', { name: 'Tuo kommentit omaan luonnokseen' }).click();
    await a.getByText(/tuotiin 2 kommenttia/).waitFor();
    await a.getByRole('button', { name: 'Avaa: Hanke 1' }).click();
    await a.locator('.step-nav summary').click();
    const aNav = a.locator('.step-nav');
    expect(await aNav.locator('.step-link', { hasText: 'Hakija' }).locator('.step-comments').innerText()).toBe('1 kommentti, 1 avoinna');
    expect(await aNav.locator('.step-link', { hasText: 'Toimenpiteet' }).locator('.step-comments').innerText()).toBe('1 kommentti');
    expect(await aNav.locator('.step-comments').count()).toBe(2);
    // The association's fields stay editable.
    expect(await a.getByLabel('Hakijan nimi').isEditable()).toBe(true);
    expect(aProblems).toEqual([]);
    await association.close();
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('opens an imported draft that is already on this device for comments on the desk, and the own draft stays as it was', async () => {
    const own = deskPaper(0);
    const comment = {
      id: 'c-1',
      section: 'tarve',
      itemId: '',
      text: 'Lähde puuttuu.',
      verdict: 'korjattava' as const,
      author: 'Koordinaattori Kaisa',
      createdAt: '2026-11-30T12:00:00.000Z',
      done: false,
    };
    const sent: Draft = { ...own, updatedAt: '2026-11-30T12:00:00.000Z', mainGoal: 'Tiedoston päätavoite.', comments: [comment] };
    const { page, problems } = await open();
    const violations: string[] = [];
    await page.locator('#import-file').setInputFiles(await writeTemp('oma.ideapaperi.json', serializeDraftFile(own, INFO)));
    await page.getByText('Tuotiin luonnos ”Hanke 1”.').waitFor();
    const ownFile = async () => {
      const { path } = await download(page, () => page.getByRole('button', { name: 'Vie tiedostoksi: Hanke 1' }).click());
      return JSON.parse(await readFile(path, 'utf8')).draft as Draft;
    };
    const before = await ownFile();
    expect(before).toEqual(own);

    // The same draft comes again in a file: the dialog names each choice and what it does.
    await page.locator('#import-file').setInputFiles(await writeTemp('kommentoitava.ideapaperi.json', serializeDraftFile(sent, INFO)));
    const dialog = page.getByRole('dialog', { name: 'Luonnos on jo tällä laitteella' });
    await dialog.waitFor();
    expect(await dialog.getByRole('button').allInnerTexts()).toEqual([
      'Peruuta',
      'Tuo kommentit omaan luonnokseen',
      'Avaa kommentoitavaksi',
      'Säilytä molemmat',
      'Korvaa',
    ]);
    expect(await dialog.innerText()).toContain(
      'Avaa kommentoitavaksi: tiedoston paperi viedään koordinaattorin työpöydälle, jossa yhdistyksen tekstiä ei voi muuttaa, ja omat luonnoksesi pysyvät ennallaan.',
    );
    violations.push(...(await axeViolations(page, 'import conflict dialog')));
    await dialog.getByRole('button', { name: 'Avaa kommentoitavaksi' }).click();

    // The file's paper on the desk, read-only, in comment mode.
    await page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
    expect(page.url()).toMatch(/#\/koordinaattori\/paper-0\/hakija$/);
    expect(await page.locator('.received-notice').innerText()).toContain('yhdistyksen tekstiä ei voi muuttaa');
    const name = page.getByLabel('Hakijan nimi');
    expect(await name.evaluate((el) => (el as HTMLInputElement).readOnly || (el as HTMLInputElement).disabled)).toBe(true);
    await name.press('End');
    await page.keyboard.type('muutos');
    expect(await name.inputValue()).toBe(own.applicant.name);
    await page.getByRole('button', { name: /Kommentoi\s*: Hakija/ }).click();
    await page.getByLabel('Kommentti', { exact: true }).fill('Lisää yhteyshenkilön puhelinnumero.');
    await page.getByLabel('Kommentoijan nimi').fill('Koordinaattori Kaisa');
    await page.getByRole('button', { name: 'Tallenna kommentti' }).click();
    await openStep(page, 'Tavoitteet');
    const goal = page.getByLabel('Päätavoite');
    expect(await goal.inputValue()).toBe('Tiedoston päätavoite.');
    expect(await goal.evaluate((el) => (el as HTMLTextAreaElement).readOnly || (el as HTMLTextAreaElement).disabled)).toBe(true);
    violations.push(...(await axeViolations(page, 'imported paper on the desk, read-only')));
    await waitSaved(page);

    // On the desk: the paper with both comments open, and the report of what came in.
    await page
      .getByRole('button', { name: /Koordinaattorin työpöytä/ })
      .first()
      .click();
    await page.locator('tr[data-paper="paper-0"]').waitFor();
    expect(await shownIds(page)).toEqual(['paper-0']);
    expect(await page.locator('tr[data-paper="paper-0"] td[data-col="openComments"]').innerText()).toBe('2');
    expect(await page.locator('.desk-report .report-received li').allInnerTexts()).toEqual([
      'Kylätoiminta Testilä ry: Hanke 1 (tiedostosta kommentoitava.ideapaperi.json)',
    ]);

    // The own drafts: still one, exactly as it was.
    await page.getByRole('button', { name: '← Omat luonnokset' }).click();
    await page.getByRole('heading', { name: 'Hanke 1' }).waitFor();
    expect(await page.locator('.draft-name').allInnerTexts()).toEqual(['Hanke 1']);
    expect(await ownFile()).toEqual(before);
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('removes every received paper in one go, with a moment to undo, on a phone', async () => {
    const { page, problems } = await open({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Koordinaattorille →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Koordinaattorin työpöytä' }).waitFor();
    const files = await Promise.all([0, 1, 2].map((i) => writeTemp(`p${i}.ideapaperi.json`, serializeDraftFile(deskPaper(i), INFO))));
    await page.locator('#desk-files').setInputFiles(files);
    await page.locator('tr[data-paper]').nth(2).waitFor();
    // Phone: the table scrolls sideways inside its own region, the page does not; targets are 44 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const openButton = page.getByRole('button', { name: 'Avaa: Hanke 1' });
    expect((await openButton.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect((await page.getByRole('button', { name: /^Kustannukset/ }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await axeViolations(page, 'desk on a phone')).toEqual([]);

    await page.getByRole('button', { name: 'Poista kaikki vastaanotetut paperit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Poista kaikki' }).click();
    await page.getByText('Poistettiin 3 paperia.').waitFor();
    expect(await page.locator('tr[data-paper]').count()).toBe(0);
    await page.getByRole('button', { name: 'Peru poisto' }).click();
    await page.locator('tr[data-paper]').nth(2).waitFor();
    // Gone for good when not undone: also after a reload.
    await page.getByRole('button', { name: 'Poista kaikki vastaanotetut paperit' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Poista kaikki' }).click();
    await page.getByText('Poistettiin 3 paperia.').waitFor();
    await page.reload();
    await page.getByText('Vastaanotettuja papereita ei vielä ole.').waitFor();
    expect(problems).toEqual([]);
  });
});
