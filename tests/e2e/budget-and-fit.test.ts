import { describe, expect, it } from 'vitest';
import { usePageEachTest } from './browser';
import { openStep } from './wizard-helpers';

const s = usePageEachTest({
  ready: async (page) => {
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
  },
});

/** Text of a figure on the budget step, with no-break spaces as plain spaces. */
const figure = (name: string) =>
  s.page
    .locator(`[data-figure="${name}"]`)
    .innerText()
    .then((s) => s.replace(/[\u00a0\u202f]/g, ' '));

describe('budget step', () => {
  it('computes the worked example as a user types it, Finnish style', async () => {
    await openStep(s.page, 'Hanke lyhyesti');
    await s.page.getByLabel('Suunniteltu alkamiskuukausi').fill('2027-01');
    await s.page.getByLabel('Suunniteltu päättymiskuukausi').fill('2027-12');
    await openStep(s.page, 'Talous ja resurssit');
    await s.page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await s.page.getByLabel('Tehtävä').fill('Hankevetäjä');
    await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').fill('3 400 €');
    await s.page.getByLabel('Kuukaudet hankkeessa').fill('12');
    await s.page.getByLabel('Työaikaosuus (%)').fill('100');
    await s.page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await s.page.getByLabel('Tehtävä').nth(1).fill('Ohjaaja');
    await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').nth(1).fill('2900,00');
    await s.page.getByLabel('Kuukaudet hankkeessa').nth(1).fill('12');
    await s.page.getByLabel('Työaikaosuus (%)').nth(1).fill('50');

    expect(await figure('staff')).toBe('73 588,08 €');
    expect(await figure('flat')).toBe('29 435,23 €');
    expect(await figure('total')).toBe('103 023,31 €');
    expect(await figure('aid')).toBe('82 418,65 €');
    expect(await figure('self')).toBe('20 604,66 €');
    expect(await figure('advance')).toBe('24 725,60 €');

    // Self-financing: short, then exact.
    await s.page.getByRole('textbox', { name: 'Omat varat' }).fill('10 000');
    await expect.poll(() => s.page.locator('[data-coverage]').innerText()).toMatch(/Omarahoitusta puuttuu 10\s604,66\s€/);
    await s.page.getByRole('textbox', { name: 'Kuntien rahoitus' }).fill('10604.66');
    await expect.poll(() => s.page.locator('[data-coverage]').getAttribute('data-coverage')).toBe('exact');
    // Percent entry: 5 % of total instead.
    await s.page.getByLabel('Kuntien rahoitus: yksikkö').selectOption('pct');
    await s.page.getByRole('textbox', { name: 'Kuntien rahoitus' }).fill('5');
    await expect.poll(() => s.page.locator('[data-coverage]').getAttribute('data-coverage')).toBe('short');
  });

  it('explains bad input at the field and never loses it', async () => {
    await openStep(s.page, 'Talous ja resurssit');
    await s.page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').fill('-100');
    await s.page.getByText(/Kuukausipalkka ei voi olla negatiivinen/).waitFor();
    expect(await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').getAttribute('aria-invalid')).toBe('true');
    await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').fill('60 000');
    await s.page.getByText(/yli 50\s000\s€/).waitFor();
    await s.page.getByLabel('Työaikaosuus (%)').fill('120');
    await s.page.getByText(/enintään 100\s%/).waitFor();
    await openStep(s.page, 'Hanke lyhyesti');
    await openStep(s.page, 'Talous ja resurssit');
    expect(await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').inputValue()).toBe('60 000');
  });

  it('with the lump sum shows no itemised budget', async () => {
    await openStep(s.page, 'Talous ja resurssit');
    await s.page.getByLabel(/Kertakorvaus 50 000 €/).check();
    await s.page.getByRole('heading', { name: 'Kertakorvaus' }).waitFor();
    expect(await s.page.getByRole('button', { name: /Lisää henkilö/ }).count()).toBe(0);
    expect(await figure('aid')).toBe('40 000,00 €');
  });
});

describe('fit check', () => {
  it('shows the blockers of a weak draft and clears them as the user fixes them', async () => {
    await s.page.getByLabel('Oikeudellinen muoto').selectOption('toiminimi');
    await openStep(s.page, 'Tarkista ja vie');
    const rules = () => s.page.locator('.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    await expect.poll(rules).toContain('legal-form-ineligible');
    const blockers = await rules();
    for (const id of ['legal-form-ineligible', 'target-group-missing', 'emphasis-none', 'budget-missing']) expect(blockers).toContain(id);
    expect(await s.page.locator('.fit-report .readiness').innerText()).toMatch(/korjaa 4 estettä/);
    // The badge in the wizard says the same.
    expect(await s.page.locator('.fit-badge').innerText()).toContain('Este 4');

    // Follow the legal-form finding: it opens the field.
    await s.page
      .locator('.fit-report')
      .getByRole('link', { name: /Toiminimi/ })
      .click();
    await s.page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('field-applicant-legalForm');
    await s.page.getByLabel('Oikeudellinen muoto').selectOption('ry');

    await openStep(s.page, 'Tarve ja kohderyhmä');
    await s.page.getByLabel('Ruoka-apua käyttävät').check();

    await openStep(s.page, 'Talous ja resurssit');
    await s.page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').fill('3000');
    await s.page.getByLabel('Kuukaudet hankkeessa').fill('12');
    await s.page.getByRole('textbox', { name: 'Omat varat' }).fill('20');
    await s.page.getByLabel('Omat varat: yksikkö').selectOption('pct');

    await openStep(s.page, 'Tavoitteet');
    await s.page.getByLabel('Ruoka-apuun liittyvä osallisuustoiminta').check();
    await openStep(s.page, 'Tarkista ja vie');
    await expect.poll(rules).toContain('emphasis-unexplained');
    await openStep(s.page, 'Tavoitteet');
    await s.page.getByLabel(/Miten hanke edistää tätä\? \(Ruoka-apuun/).fill('Ruoka-avun jonossa tarjotaan kahvia ja seuraa.');
    await openStep(s.page, 'Tarkista ja vie');
    await expect.poll(() => s.page.locator('.fit-report .readiness').innerText()).toBe('Valmis keskusteluun rahoittajan kanssa');
    await expect.poll(rules).not.toContain('emphasis-unexplained');
    const after = await rules();
    for (const id of [
      'legal-form-ineligible',
      'target-group-missing',
      'emphasis-none',
      'budget-missing',
      'self-financing-short',
      'emphasis-unexplained',
    ]) {
      expect(after).not.toContain(id);
    }
  });
});
