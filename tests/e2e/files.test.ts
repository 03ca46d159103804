import { readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDraftFile } from '../../src/domain';
import { makeLargeDraft } from '../fixtures';
import { baseUrl, usePageEachTest, watchPage } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const s = usePageEachTest({ acceptDownloads: true, timeout: 15_000 });

const HOSTILE = '<img src=x onerror="window.__xss=1"> "><script>window.__xss=2</script> äöå 😀';

async function makeDraft(name: string) {
  await s.page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await s.page.getByLabel('Hakijan nimi').fill(HOSTILE);
  await openStep(s.page, 'Hanke lyhyesti');
  await s.page.getByLabel('Hankkeen työnimi').fill(name);
  await openStep(s.page, 'Tavoitteet');
  await s.page.getByLabel('Päätavoite').fill('Rivi 1\nRivi 2\u2028loppu');
  await waitSaved(s.page);
  await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();
}

async function download(click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([s.page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return path;
}

async function importFile(path: string) {
  await s.page.locator('#import-file').setInputFiles(path);
}

/** A new device: a fresh browser context on the start view. */
async function onNewDevice(viewport?: { width: number; height: number }) {
  await s.context.close();
  s.context = await s.browser.newContext({ acceptDownloads: true, ...(viewport ? { viewport } : {}) });
  s.context.setDefaultTimeout(15_000);
  s.page = await s.context.newPage();
  s.problems = watchPage(s.page);
  await s.page.goto(baseUrl());
  await s.page.getByRole('heading', { name: 'Palauta luonnokset tiedostosta' }).waitFor();
}

async function draftJson(name: string): Promise<unknown> {
  const path = await download(() => s.page.getByRole('button', { name: `Vie tiedostoksi: ${name}` }).click());
  return JSON.parse(await readFile(path, 'utf8')).draft;
}

describe('moving drafts as files', () => {
  it('export a draft, delete it, import the file: identical', async () => {
    await makeDraft('Siirtyvä hanke');
    const path = await download(() => s.page.getByRole('button', { name: 'Vie tiedostoksi: Siirtyvä hanke' }).click());
    expect(path).toMatch(/ideapaperi-siirtyva-hanke-\d{4}-\d{2}-\d{2}\.ideapaperi\.json$/);
    const before = JSON.parse(await readFile(path, 'utf8'));
    expect(before.format).toBe('ideapaperi-draft');

    await s.page.getByRole('button', { name: 'Poista: Siirtyvä hanke' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    await s.page.getByRole('heading', { name: 'Palauta luonnokset tiedostosta' }).waitFor();
    await importFile(path);
    await s.page.getByText('Tuotiin luonnos ”Siirtyvä hanke”.').waitFor();
    expect(await draftJson('Siirtyvä hanke')).toEqual(before.draft);
    // Hostile text is shown literally and never runs.
    await s.page.getByRole('button', { name: 'Avaa: Siirtyvä hanke' }).click();
    await openStep(s.page, 'Hakija');
    expect(await s.page.getByLabel('Hakijan nimi').inputValue()).toBe(HOSTILE);
    await openStep(s.page, 'Tarkista ja vie');
    expect(await s.page.locator('main').innerText()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await s.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('import the exported PDF: identical draft', async () => {
    await makeDraft('PDF-hanke');
    const before = await draftJson('PDF-hanke');
    await s.page.getByRole('button', { name: 'Avaa: PDF-hanke' }).click();
    await openStep(s.page, 'Tarkista ja vie');
    const pdf = await download(() => s.page.getByRole('button', { name: 'Vie PDF' }).click());
    await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();
    await s.page.getByRole('button', { name: 'Poista: PDF-hanke' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    await importFile(pdf);
    await s.page.getByText('Tuotiin luonnos ”PDF-hanke”.').waitFor();
    expect(await draftJson('PDF-hanke')).toEqual(before);
  });

  it('asks before replacing and keeps the previous version; or keeps both', async () => {
    await makeDraft('Kahdesti');
    const path = await download(() => s.page.getByRole('button', { name: 'Vie tiedostoksi: Kahdesti' }).click());
    await s.page.getByRole('button', { name: 'Avaa: Kahdesti' }).click();
    await openStep(s.page, 'Hakija');
    await s.page.getByLabel('Hakijan nimi').fill('Muutettu ry');
    await waitSaved(s.page);
    await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();

    await importFile(path);
    const dialog = s.page.getByRole('dialog', { name: 'Luonnos on jo tällä laitteella' });
    await dialog.getByRole('button', { name: 'Säilytä molemmat' }).click();
    await s.page.getByRole('heading', { name: /^Kahdesti \(tuotu / }).waitFor();

    await importFile(path);
    await s.page.getByRole('dialog').getByRole('button', { name: 'Korvaa' }).click();
    await s.page.getByRole('heading', { name: /^Kahdesti \(ennen tuontia / }).waitFor();
    await s.page.getByRole('button', { name: /^Avaa: Kahdesti \(ennen tuontia/ }).click();
    expect(await s.page.getByLabel('Hakijan nimi').inputValue()).toBe('Muutettu ry');
  });

  it('a broken file gets a Finnish message and changes nothing', async () => {
    await makeDraft('Koskematon');
    const before = await draftJson('Koskematon');
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['rikki.ideapaperi.json', '{"format": "ideapaperi-draft", "draft": {"schemaVersion": 2', /ei ole kelvollista JSON-muotoa/],
      ['paketti.json', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), /ZIP-paketti/],
      [
        'vaara.json',
        JSON.stringify({ format: 'ideapaperi-draft', draft: { ...(before as object), mainGoal: 5 } }),
        /Päätavoite: tieto on väärää tyyppiä/,
      ],
      [
        'uusi.json',
        JSON.stringify({ format: 'ideapaperi-draft', draft: { ...(before as object), schemaVersion: 99 } }),
        /Päivitä sovellus/,
      ],
      [
        'saastunut.json',
        JSON.stringify({ format: 'ideapaperi-draft', draft: before }).replace('"mainGoal"', '"__proto__":{"x":1},"mainGoal"'),
        /”__proto__”/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const path = join(tmpdir(), `${Date.now()}-${name}`);
      await writeFile(path, content);
      await importFile(path);
      await s.page.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(await s.page.getByRole('alert').innerText()).toContain('Laitteen luonnoksiin ei tehty muutoksia.');
    }
    expect(await s.page.locator('.draft-name').allInnerTexts()).toEqual(['Koskematon']);
    expect(await draftJson('Koskematon')).toEqual(before);
  });

  it('imports a file dropped on the import area', async () => {
    await makeDraft('Pudotettava');
    const path = await download(() => s.page.getByRole('button', { name: 'Vie tiedostoksi: Pudotettava' }).click());
    await s.page.getByRole('button', { name: 'Poista: Pudotettava' }).click();
    await s.page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    const content = await readFile(path, 'utf8');
    // A real drop event carrying the file, as a s.browser creates it.
    const transfer = await s.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'pudotettu.ideapaperi.json', { type: 'application/json' }));
      return dt;
    }, content);
    await s.page.locator('.import-panel').dispatchEvent('dragover', { dataTransfer: transfer });
    await s.page.locator('.import-panel').dispatchEvent('drop', { dataTransfer: transfer });
    await s.page.getByText('Tuotiin luonnos ”Pudotettava”.').waitFor();
    await s.page.getByRole('heading', { name: 'Pudotettava' }).waitFor();
  });

  it('exports a backup of all drafts and restores it on an empty device', async () => {
    await makeDraft('Eka');
    await makeDraft('Toka');
    const backup = await download(() => s.page.getByRole('button', { name: 'Vie kaikki (varmuuskopio)' }).click());
    expect(backup).toMatch(/ideapaperi-varmuuskopio-\d{4}-\d{2}-\d{2}\.ideapaperi\.json$/);
    await onNewDevice();
    await importFile(backup);
    await s.page.getByText('Tuotiin 2 luonnosta.').waitFor();
    expect((await s.page.locator('.draft-name').allInnerTexts()).sort()).toEqual(['Eka', 'Toka']);
  });

  it('a backup of three large drafts (7.7 MB) made by the app restores on an empty device', async () => {
    // Three draft files of 2.6 MB each come in one by one, then leave in one backup.
    await s.page.setViewportSize({ width: 360, height: 740 });
    await s.page.getByRole('heading', { name: 'Palauta luonnokset tiedostosta' }).waitFor();
    const names = ['Iso yksi', 'Iso kaksi', 'Iso kolme'];
    for (const [i, name] of names.entries()) {
      const draft = makeLargeDraft(`iso-${i}`, 2.6 * 1024 * 1024);
      const path = join(tmpdir(), `${Date.now()}-iso-${i}.ideapaperi.json`);
      await writeFile(
        path,
        serializeDraftFile({ ...draft, project: { ...draft.project, name } }, { appVersion: 'e2e', exportedAt: new Date().toISOString() }),
      );
      await importFile(path);
      await s.page.getByText(`Tuotiin luonnos ”${name}”.`).waitFor({ timeout: 30_000 });
    }
    // (A reminder notice on the start view offers a backup too.)
    const backup = await download(() => s.page.locator('.import-panel').getByRole('button', { name: 'Vie kaikki (varmuuskopio)' }).click());
    expect((await stat(backup)).size).toBeGreaterThan(7 * 1024 * 1024);
    await onNewDevice({ width: 360, height: 740 });
    await importFile(backup);
    await s.page.getByText('Tuotiin 3 luonnosta.').waitFor({ timeout: 30_000 });
    expect((await s.page.locator('.draft-name').allInnerTexts()).sort()).toEqual([...names].sort());
  }, 120_000);
});
