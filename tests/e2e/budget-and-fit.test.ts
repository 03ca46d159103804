import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, watchPage } from './browser';
import { openStep } from './wizard-helpers';

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
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
  problems = watchPage(page);
  await page.goto(baseUrl());
  await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
});
afterEach(async () => {
  await context?.close();
  expect(problems).toEqual([]);
});

/** Text of a figure on the budget step, with no-break spaces as plain spaces. */
const figure = (name: string) => page.locator(`[data-figure="${name}"]`).innerText().then((s) => s.replace(/[\u00a0\u202f]/g, ' '));

describe('budget step', () => {
  it('computes the worked example as a user types it, Finnish style', async () => {
    await openStep(page, 'Hanke');
    await page.getByLabel('Suunniteltu alkamiskuukausi').fill('2027-01');
    await page.getByLabel('Suunniteltu päättymiskuukausi').fill('2027-12');
    await openStep(page, 'Talous');
    await page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await page.getByLabel('Tehtävä').fill('Hankevetäjä');
    await page.getByLabel('Bruttopalkka kuukaudessa (€)').fill('3 400 €');
    await page.getByLabel('Kuukaudet hankkeessa').fill('12');
    await page.getByLabel('Työaikaosuus (%)').fill('100');
    await page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await page.getByLabel('Tehtävä').nth(1).fill('Ohjaaja');
    await page.getByLabel('Bruttopalkka kuukaudessa (€)').nth(1).fill('2900,00');
    await page.getByLabel('Kuukaudet hankkeessa').nth(1).fill('12');
    await page.getByLabel('Työaikaosuus (%)').nth(1).fill('50');

    expect(await figure('staff')).toBe('73 588,08 €');
    expect(await figure('flat')).toBe('29 435,23 €');
    expect(await figure('total')).toBe('103 023,31 €');
    expect(await figure('aid')).toBe('82 418,65 €');
    expect(await figure('self')).toBe('20 604,66 €');
    expect(await figure('advance')).toBe('24 725,60 €');

    // Self-financing: short, then exact.
    await page.getByRole('textbox', { name: 'Omat varat' }).fill('10 000');
    await expect.poll(() => page.locator('[data-coverage]').innerText()).toMatch(/Omarahoitusta puuttuu 10\s604,66\s€/);
    await page.getByRole('textbox', { name: 'Kuntien rahoitus' }).fill('10604.66');
    await expect.poll(() => page.locator('[data-coverage]').getAttribute('data-coverage')).toBe('exact');
    // Percent entry: 5 % of total instead.
    await page.getByLabel('Kuntien rahoitus: yksikkö').selectOption('pct');
    await page.getByRole('textbox', { name: 'Kuntien rahoitus' }).fill('5');
    await expect.poll(() => page.locator('[data-coverage]').getAttribute('data-coverage')).toBe('short');
  });

  it('explains bad input at the field and never loses it', async () => {
    await openStep(page, 'Talous');
    await page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await page.getByLabel('Bruttopalkka kuukaudessa (€)').fill('-100');
    await page.getByText(/Kuukausipalkka ei voi olla negatiivinen/).waitFor();
    expect(await page.getByLabel('Bruttopalkka kuukaudessa (€)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Bruttopalkka kuukaudessa (€)').fill('60 000');
    await page.getByText(/yli 50\s000\s€/).waitFor();
    await page.getByLabel('Työaikaosuus (%)').fill('120');
    await page.getByText(/enintään 100\s%/).waitFor();
    await openStep(page, 'Hanke');
    await openStep(page, 'Talous');
    expect(await page.getByLabel('Bruttopalkka kuukaudessa (€)').inputValue()).toBe('60 000');
  });

  it('with the lump sum shows no itemised budget', async () => {
    await openStep(page, 'Talous');
    await page.getByLabel(/Kertakorvaus 50 000 €/).check();
    await page.getByRole('heading', { name: 'Kertakorvaus' }).waitFor();
    expect(await page.getByRole('button', { name: /Lisää henkilö/ }).count()).toBe(0);
    expect(await figure('aid')).toBe('40 000,00 €');
  });
});

describe('fit check', () => {
  it('shows the blockers of a weak draft and clears them as the user fixes them', async () => {
    await page.getByLabel('Oikeudellinen muoto').selectOption('toiminimi');
    await openStep(page, 'Sopivuus');
    const rules = () => page.locator('.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    await expect.poll(rules).toContain('legal-form-ineligible');
    const blockers = await rules();
    for (const id of ['legal-form-ineligible', 'target-group-missing', 'emphasis-none', 'budget-missing']) expect(blockers).toContain(id);
    expect(await page.locator('.readiness').innerText()).toMatch(/korjaa 4 estettä/);
    // The badge in the wizard says the same.
    expect(await page.locator('.fit-badge').getAttribute('aria-label')).toContain('Este 4');

    // Follow the legal-form finding: it opens the field.
    await page.getByRole('link', { name: /Toiminimi/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-applicant-legalForm');
    await page.getByLabel('Oikeudellinen muoto').selectOption('ry');

    await openStep(page, 'Kohderyhmä');
    await page.getByLabel('Ruoka-apua käyttävät').check();

    await openStep(page, 'Talous');
    await page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await page.getByLabel('Bruttopalkka kuukaudessa (€)').fill('3000');
    await page.getByLabel('Kuukaudet hankkeessa').fill('12');
    await page.getByRole('textbox', { name: 'Omat varat' }).fill('20');
    await page.getByLabel('Omat varat: yksikkö').selectOption('pct');

    await openStep(page, 'Sopivuus');
    await page.getByLabel('Ruoka-apuun liittyvä osallisuustoiminta').check();
    await expect.poll(rules).toContain('emphasis-unexplained');
    await page.getByLabel(/Miten hanke edistää tätä\? \(Ruoka-apuun/).fill('Ruoka-avun jonossa tarjotaan kahvia ja seuraa.');
    await expect.poll(() => page.locator('.readiness').innerText()).toBe('Valmis keskusteluun rahoittajan kanssa');
    await expect.poll(rules).not.toContain('emphasis-unexplained');
    const after = await rules();
    for (const id of ['legal-form-ineligible', 'target-group-missing', 'emphasis-none', 'budget-missing', 'self-financing-short', 'emphasis-unexplained']) {
      expect(after).not.toContain(id);
    }
  });
});
