/**
 * The coordination loop with no server: the association sends its draft file, the coordinator
 * comments it in another browser and sends it back, the association brings in the comments.
 */
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../pdf-reader';
import { baseUrl, launchBrowser, watchPage } from './browser';
import { openNextSteps, openStep, waitSaved } from './wizard-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(baseUrl());
  return { context, page, problems };
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `${Date.now()}-${d.suggestedFilename()}`);
  await d.saveAs(path);
  return path;
}

describe('coordinator comments', () => {
  it('association exports, coordinator comments, association imports the comments beside the right fields', async () => {
    const association = await open();
    const coordinator = await open();
    const a = association.page;
    const c = coordinator.page;

    // The association writes a draft with two actions.
    await a.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await a.getByLabel('Hakijan nimi').fill('Kylätoiminta ry');
    await openStep(a, 'Hanke lyhyesti');
    await a.getByLabel('Hankkeen työnimi').fill('Kommenttihanke');
    await openStep(a, 'Tarve ja kohderyhmä');
    await a.getByLabel('Mikä on ongelma tai tarve?').fill('Yksinäisyys kylillä.');
    await openStep(a, 'Toimenpiteet');
    await a.getByRole('button', { name: /Lisää toimenpide/ }).click();
    await a.getByLabel('Toimenpiteen nimi').fill('Kyläkahvila');
    await a.getByRole('button', { name: /Lisää toimenpide/ }).click();
    await a.getByLabel('Toimenpiteen nimi').nth(1).fill('Retket');
    await waitSaved(a);
    await a.getByRole('button', { name: /Omat luonnokset/ }).click();
    const sent = await download(a, () => a.getByRole('button', { name: 'Vie tiedostoksi: Kommenttihanke' }).click());

    // The coordinator imports it and comments a section and one action.
    await c.locator('#import-file').setInputFiles(sent);
    await c.getByRole('button', { name: 'Avaa: Kommenttihanke' }).click();
    await c.getByRole('button', { name: 'Kommentointi' }).click();
    await openStep(c, 'Tarve ja kohderyhmä');
    await c.getByRole('button', { name: /Kommentoi\s*: Tarve/ }).click();
    await c.getByLabel('Kommentti', { exact: true }).fill('Mistä tieto yksinäisyydestä on? Lisää lähde.');
    await c.getByLabel('Kommentoijan nimi').fill('Koordinaattori Kaisa');
    await c.getByRole('button', { name: 'Tallenna kommentti' }).click();
    await openStep(c, 'Toimenpiteet');
    await c.getByRole('button', { name: /Kommentoi\s*: Toimenpide 2: Retket/ }).click();
    await c.getByLabel('Kommentti', { exact: true }).fill('Kuka retket vetää?');
    await c.getByRole('button', { name: 'Tallenna kommentti' }).click();
    await c.getByRole('button', { name: /Kommentoi\s*: Toimenpide 1: Kyläkahvila/ }).click();
    await c.getByLabel('Kommentti', { exact: true }).fill('Hyvä, konkreettinen.');
    await c.getByLabel('Hyvä', { exact: true }).check();
    await c.getByRole('button', { name: 'Tallenna kommentti' }).click();
    await waitSaved(c);
    await c.getByRole('button', { name: /Omat luonnokset/ }).click();
    const commented = await download(c, () => c.getByRole('button', { name: 'Vie tiedostoksi: Kommenttihanke' }).click());

    // Meanwhile the association reordered and edited its actions.
    await a.getByRole('button', { name: 'Avaa: Kommenttihanke' }).click();
    await openStep(a, 'Toimenpiteet');
    await a.getByRole('button', { name: 'Siirrä ylös: Toimenpide 2' }).click();
    await a.getByLabel('Toimenpiteen nimi').first().fill('Luontoretket');
    await waitSaved(a);
    await a.getByRole('button', { name: /Omat luonnokset/ }).click();

    // The association brings in the comments only.
    await a.locator('#import-file').setInputFiles(commented);
    await a.getByRole('dialog').getByRole('button', { name: 'Tuo kommentit omaan luonnokseen' }).click();
    await a.getByText(/tuotiin 3 kommenttia\. Oma tekstisi säilyi ennallaan\./).waitFor();
    expect(await a.locator('.draft-name').allInnerTexts()).toEqual(['Kommenttihanke']);

    await a.getByRole('button', { name: 'Avaa: Kommenttihanke' }).click();
    await openStep(a, 'Tarve ja kohderyhmä');
    const tarveComments = a.locator('.comments').first();
    expect(await tarveComments.innerText()).toContain('Mistä tieto yksinäisyydestä on? Lisää lähde.');
    expect(await tarveComments.innerText()).toContain('Koordinaattori Kaisa');
    expect(await a.getByLabel('Mikä on ongelma tai tarve?').inputValue()).toBe('Yksinäisyys kylillä.');

    await openStep(a, 'Toimenpiteet');
    const items = a.locator('.list-editor .item');
    // Item 1 is now the association's edited "Luontoretket" (the old "Retket"): its comment followed it.
    expect(await items.nth(0).getByLabel('Toimenpiteen nimi').inputValue()).toBe('Luontoretket');
    expect(await items.nth(0).locator('.comments').innerText()).toContain('Kuka retket vetää?');
    expect(await items.nth(1).locator('.comments').innerText()).toContain('Hyvä, konkreettinen.');
    // Changes since the coordinator's version are shown.
    expect(await a.locator('.review-changes').innerText()).toContain('Toimenpiteet');

    // Marking one handled; the PDF appendix lists the open ones.
    await items.nth(1).getByLabel('Käsitelty').check();
    await openStep(a, 'Tarkista ja vie');
    expect(await a.getByLabel(/Liitä avoimet kommentit PDF:n loppuun \(2\)/).isChecked()).toBe(true);
    const pdfPath = await download(a, () => a.getByRole('button', { name: 'Vie PDF' }).click());
    const pdf = await readPdf(new Uint8Array(await readFile(pdfPath)));
    const appendix = pdf.text.slice(pdf.text.indexOf('Liite: avoimet kommentit'));
    expect(appendix).toContain('Mistä tieto yksinäisyydestä on? Lisää lähde.');
    expect(appendix).toContain('Kuka retket vetää?');
    expect(appendix).toContain('Toimenpiteet, kohta 1');
    expect(appendix).not.toContain('Hyvä, konkreettinen.');

    expect(association.problems).toEqual([]);
    expect(coordinator.problems).toEqual([]);
    await association.context.close();
    await coordinator.context.close();
  });
});

describe('next steps and glossary', () => {
  it('keeps next-step marks, exports a letter of intent and explains terms in place', async () => {
    const { context, page, problems } = await open();
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await page.getByLabel('Hakijan nimi').fill('Aie ry');
    await openStep(page, 'Kumppanit');
    await page.getByRole('button', { name: /Lisää kumppani/ }).click();
    await page.getByLabel('Kumppani', { exact: true }).fill('Kuopion kaupunki');
    await page.getByLabel('Rooli hankkeessa').fill('Antaa tilat');

    await openNextSteps(page);
    await page.locator('#field-nextSteps-aiesopimukset-done').check();
    await page.locator('#field-nextSteps-aiesopimukset-date').fill('2027-02-15');
    const letter = page.getByLabel('Aiesopimus: Kuopion kaupunki');
    expect(await letter.inputValue()).toContain('Osapuolet: Aie ry (hakija) ja Kuopion kaupunki (kumppani)');
    await letter.fill(`${await letter.inputValue()}\nLisäys.`);
    const txt = await download(page, () => page.getByRole('button', { name: /Vie tekstitiedostona\s*: Kuopion kaupunki/ }).click());
    expect(txt).toMatch(/aiesopimus-kuopion-kaupunki\.txt$/);
    expect(await readFile(txt, 'utf8')).toContain('Rooli ja panos hankkeessa: Antaa tilat'.replace('Rooli', 'rooli'));
    await waitSaved(page);
    await page.reload();
    expect(await page.locator('#field-nextSteps-aiesopimukset-done').isChecked()).toBe(true);
    expect(await page.getByLabel('Aiesopimus: Kuopion kaupunki').inputValue()).toContain('Lisäys.');

    // A term in a help text opens its explanation in place.
    await openStep(page, 'Talous ja resurssit');
    const term = page.locator('.field').filter({ hasText: 'Miten omarahoitus kootaan?' }).locator('button.term-button').first();
    await term.click();
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.term-note:not([hidden])').first().innerText()).toMatch(/^Omarahoitus .{40,}/s);
    // And the whole glossary is one click away.
    await page.getByRole('button', { name: 'Sanasto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sanasto' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('EURA2021');
    expect(problems).toEqual([]);
    await context.close();
  });
});
