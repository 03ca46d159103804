import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, watchPage } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  problems = watchPage(page);
  await page.goto(baseUrl());
});
afterEach(async () => {
  await context?.close();
  expect(problems).toEqual([]);
});

const HOSTILE = '<img src=x onerror="window.__xss=1"> "><script>window.__xss=2</script> äöå 😀';

async function makeDraft(name: string) {
  await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await page.getByLabel('Hakijan nimi').fill(HOSTILE);
  await openStep(page, 'Hanke');
  await page.getByLabel('Hankkeen työnimi').fill(name);
  await openStep(page, 'Tavoitteet');
  await page.getByLabel('Päätavoite').fill('Rivi 1\nRivi 2\u2028loppu');
  await waitSaved(page);
  await page.getByRole('button', { name: /Omat luonnokset/ }).click();
}

async function download(click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return path;
}

async function importFile(path: string) {
  await page.locator('#import-file').setInputFiles(path);
}

async function draftJson(name: string): Promise<unknown> {
  const path = await download(() => page.getByRole('button', { name: `Vie tiedostoksi: ${name}` }).click());
  return JSON.parse(await readFile(path, 'utf8')).draft;
}

describe('moving drafts as files', () => {
  it('export a draft, delete it, import the file: identical', async () => {
    await makeDraft('Siirtyvä hanke');
    const path = await download(() => page.getByRole('button', { name: 'Vie tiedostoksi: Siirtyvä hanke' }).click());
    expect(path).toMatch(/ideapaperi-siirtyva-hanke-\d{4}-\d{2}-\d{2}\.ideapaperi\.json$/);
    const before = JSON.parse(await readFile(path, 'utf8'));
    expect(before.format).toBe('ideapaperi-draft');

    await page.getByRole('button', { name: 'Poista: Siirtyvä hanke' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    await page.getByRole('heading', { name: 'Palauta luonnokset tiedostosta' }).waitFor();
    await importFile(path);
    await page.getByText('Tuotiin luonnos ”Siirtyvä hanke”.').waitFor();
    expect(await draftJson('Siirtyvä hanke')).toEqual(before.draft);
    // Hostile text is shown literally and never runs.
    await page.getByRole('button', { name: 'Avaa: Siirtyvä hanke' }).click();
    expect(await page.getByLabel('Hakijan nimi').inputValue()).toBe(HOSTILE);
    await openStep(page, 'Yhteenveto');
    expect(await page.locator('main').innerText()).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('import the exported PDF: identical draft', async () => {
    await makeDraft('PDF-hanke');
    const before = await draftJson('PDF-hanke');
    await page.getByRole('button', { name: 'Avaa: PDF-hanke' }).click();
    await openStep(page, 'Yhteenveto');
    const pdf = await download(() => page.getByRole('button', { name: 'Vie PDF' }).click());
    await page.getByRole('button', { name: /Omat luonnokset/ }).click();
    await page.getByRole('button', { name: 'Poista: PDF-hanke' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    await importFile(pdf);
    await page.getByText('Tuotiin luonnos ”PDF-hanke”.').waitFor();
    expect(await draftJson('PDF-hanke')).toEqual(before);
  });

  it('asks before replacing and keeps the previous version; or keeps both', async () => {
    await makeDraft('Kahdesti');
    const path = await download(() => page.getByRole('button', { name: 'Vie tiedostoksi: Kahdesti' }).click());
    await page.getByRole('button', { name: 'Avaa: Kahdesti' }).click();
    await page.getByLabel('Hakijan nimi').fill('Muutettu ry');
    await waitSaved(page);
    await page.getByRole('button', { name: /Omat luonnokset/ }).click();

    await importFile(path);
    const dialog = page.getByRole('dialog', { name: 'Luonnos on jo tällä laitteella' });
    await dialog.getByRole('button', { name: 'Säilytä molemmat' }).click();
    await page.getByRole('heading', { name: /^Kahdesti \(tuotu / }).waitFor();

    await importFile(path);
    await page.getByRole('dialog').getByRole('button', { name: 'Korvaa' }).click();
    await page.getByRole('heading', { name: /^Kahdesti \(ennen tuontia / }).waitFor();
    await page.getByRole('button', { name: /^Avaa: Kahdesti \(ennen tuontia/ }).click();
    expect(await page.getByLabel('Hakijan nimi').inputValue()).toBe('Muutettu ry');
  });

  it('a broken file gets a Finnish message and changes nothing', async () => {
    await makeDraft('Koskematon');
    const before = await draftJson('Koskematon');
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['rikki.ideapaperi.json', '{"format": "ideapaperi-draft", "draft": {"schemaVersion": 2', /ei ole kelvollista JSON-muotoa/],
      ['paketti.json', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), /ZIP-paketti/],
      ['vaara.json', JSON.stringify({ format: 'ideapaperi-draft', draft: { ...(before as object), mainGoal: 5 } }), /Päätavoite: tieto on väärää tyyppiä/],
      ['uusi.json', JSON.stringify({ format: 'ideapaperi-draft', draft: { ...(before as object), schemaVersion: 99 } }), /Päivitä sovellus/],
      ['saastunut.json', JSON.stringify({ format: 'ideapaperi-draft', draft: before }).replace('"mainGoal"', '"__proto__":{"x":1},"mainGoal"'), /”__proto__”/],
    ];
    for (const [name, content, message] of cases) {
      const path = join(tmpdir(), `${Date.now()}-${name}`);
      await writeFile(path, content);
      await importFile(path);
      await page.getByRole('alert').filter({ hasText: message }).waitFor();
      expect(await page.getByRole('alert').innerText()).toContain('Laitteen luonnoksiin ei tehty muutoksia.');
    }
    expect(await page.locator('.draft-name').allInnerTexts()).toEqual(['Koskematon']);
    expect(await draftJson('Koskematon')).toEqual(before);
  });

  it('imports a file dropped on the import area', async () => {
    await makeDraft('Pudotettava');
    const path = await download(() => page.getByRole('button', { name: 'Vie tiedostoksi: Pudotettava' }).click());
    await page.getByRole('button', { name: 'Poista: Pudotettava' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    const content = await readFile(path, 'utf8');
    // A real drop event carrying the file, as a browser creates it.
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'pudotettu.ideapaperi.json', { type: 'application/json' }));
      return dt;
    }, content);
    await page.locator('.import-panel').dispatchEvent('dragover', { dataTransfer: transfer });
    await page.locator('.import-panel').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByText('Tuotiin luonnos ”Pudotettava”.').waitFor();
    await page.getByRole('heading', { name: 'Pudotettava' }).waitFor();
  });

  it('exports a backup of all drafts and restores it on an empty device', async () => {
    await makeDraft('Eka');
    await makeDraft('Toka');
    const backup = await download(() => page.getByRole('button', { name: 'Vie kaikki (varmuuskopio)' }).click());
    expect(backup).toMatch(/ideapaperi-varmuuskopio-\d{4}-\d{2}-\d{2}\.ideapaperi\.json$/);
    // A new device: a fresh browser context.
    await context.close();
    context = await browser.newContext({ acceptDownloads: true });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    problems = watchPage(page);
    await page.goto(baseUrl());
    await page.getByRole('heading', { name: 'Palauta luonnokset tiedostosta' }).waitFor();
    await importFile(backup);
    await page.getByText('Tuotiin 2 luonnosta.').waitFor();
    expect((await page.locator('.draft-name').allInnerTexts()).sort()).toEqual(['Eka', 'Toka']);
  });
});
