import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculateBudget } from '../../src/domain/budget/calculate';
import { evaluateFit } from '../../src/domain/fit-check';
import type { Draft } from '../../src/domain/idea-paper/schema';
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

/** The fit view's verdict as the hooks give it: data-ready and each finding's rule and level. */
async function hooks() {
  const root = s.page.locator('.fit-report');
  await root.waitFor();
  return {
    ready: await root.getAttribute('data-ready'),
    findings: (
      await root.locator('.finding').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-rule')}:${e.getAttribute('data-level')}`))
    ).sort(),
  };
}

/** What the domain says of the same draft, in the same shape. */
function expected(draft: Draft) {
  const report = evaluateFit(draft, calculateBudget(draft));
  return { ready: String(report.ready), findings: report.findings.map((f) => `${f.ruleId}:${f.level}`).sort(), line: report.readinessText };
}

async function importAndOpen(draft: Draft) {
  const file = join(tmpdir(), `fit-${Date.now()}.ideapaperi.json`);
  await writeFile(file, JSON.stringify({ format: 'ideapaperi-draft', schemaVersion: 4, appVersion: 'test', exportedAt: '', draft }));
  await s.page.getByRole('button', { name: /Omat luonnokset/ }).click();
  await s.page.locator('#import-file').setInputFiles(file);
  await s.page.getByRole('button', { name: `Avaa: ${draft.project.name}` }).click();
  await openStep(s.page, 'Tarkista ja vie');
}

describe('fit check', () => {
  // The v4 fixture made complete: its main goal measured and the self-financing share covered.
  const raw = JSON.parse(readFileSync('tests/fixtures/drafts/v4-full.json', 'utf8')) as Draft;
  const none = { amount: '', unit: 'eur' as const };
  const fixture: Draft = {
    ...raw,
    indicators: [...raw.indicators, { ...raw.indicators[0]!, id: 'fit-main', goalId: 'main', name: 'Yksinäisyyttä kokevat' }],
    budget: {
      ...raw.budget,
      financing: { own: { amount: '20', unit: 'pct' }, municipal: none, otherPublic: none, private: none },
    },
  };

  it('an imported complete paper is ready, with the findings the rules give', async () => {
    const want = expected(fixture);
    expect(want.ready).toBe('true');
    await importAndOpen(fixture);
    const got = await hooks();
    expect(got).toEqual({ ready: want.ready, findings: want.findings });
    expect(await s.page.locator('.fit-report .readiness').innerText()).toBe('Valmis keskusteluun rahoittajan kanssa');
    for (const f of got.findings) expect(f).toMatch(/:(korjattavaa|vinkki)$/);
  });

  it('an imported paper without indicators, by a sole trader, names what is missing and the blocker', async () => {
    const weak: Draft = {
      ...fixture,
      id: 'fit-weak',
      project: { ...fixture.project, name: 'Heikko hanke' },
      applicant: { ...fixture.applicant, legalForm: 'toiminimi' },
      indicators: [],
      fit: { ...fixture.fit, emphases: {} },
    };
    const want = expected(weak);
    await importAndOpen(weak);
    const got = await hooks();
    expect(got).toEqual({ ready: 'false', findings: want.findings });
    expect(got.findings).toContain('legal-form-ineligible:este');
    expect(got.findings).toContain('indicators-missing:korjattavaa');
    expect(got.findings).toContain('emphasis-none:korjattavaa');
    expect(await s.page.locator('.fit-report .readiness').innerText()).toBe('Vielä puuttuu: mittarit. Korjaa myös 1 este.');
    // The missing part links to its field.
    await s.page.locator('.fit-report').getByRole('link', { name: 'Mittareita ei ole vielä lisätty' }).click();
    await s.page.getByRole('heading', { level: 1, name: /Tulokset/ }).waitFor();
  });

  it('an empty paper is never ready and no group of it reads as fine', async () => {
    await openStep(s.page, 'Tarkista ja vie');
    const got = await hooks();
    expect(got.ready).toBe('false');
    expect(await s.page.locator('.fit-report .ok-line').count()).toBe(0);
    expect(await s.page.locator('.fit-report .readiness').innerText()).toBe(
      'Vielä puuttuu: tarve, kohderyhmä, tavoitteet, toimenpiteet, tulokset, mittarit, talousarvio',
    );
  });

  it('clears a blocker as the user fixes it and the badge agrees', async () => {
    // Nothing to fix in the steps she has been on: the badge is neutral, not a red frame around zeros.
    await s.page.getByLabel('Hakijan nimi').fill('Testi ry');
    await s.page.getByLabel('Oikeudellinen muoto').selectOption('ry');
    const tone = () => s.page.locator('.fit-badge').getAttribute('data-tone');
    await expect.poll(tone).toBe('pending');
    await s.page.getByLabel('Oikeudellinen muoto').selectOption('toiminimi');
    await expect.poll(tone).toBe('not-ready');
    await openStep(s.page, 'Tarkista ja vie');
    const rules = () => s.page.locator('.finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    await expect.poll(rules).toContain('legal-form-ineligible');
    expect(await s.page.locator('.fit-report .readiness').innerText()).toMatch(/Korjaa myös 1 este\.$/);
    // Follow the legal-form finding: it opens the field.
    await s.page
      .locator('.fit-report')
      .getByRole('link', { name: /Toiminimi/ })
      .click();
    await s.page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.id)).toBe('field-applicant-legalForm');
    await s.page.getByLabel('Oikeudellinen muoto').selectOption('ry');

    await openStep(s.page, 'Talous ja resurssit');
    await s.page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await s.page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').fill('3000');
    await s.page.getByLabel('Kuukaudet hankkeessa').fill('12');
    await openStep(s.page, 'Tarkista ja vie');
    await expect.poll(rules).toContain('self-financing-short');
    await openStep(s.page, 'Talous ja resurssit');
    await s.page.getByRole('textbox', { name: 'Omat varat' }).fill('20');
    await s.page.getByLabel('Omat varat: yksikkö').selectOption('pct');

    await openStep(s.page, 'Tarkista ja vie');
    await expect.poll(rules).not.toContain('self-financing-short');
    const after = await rules();
    for (const id of ['legal-form-ineligible', 'budget-missing']) expect(after).not.toContain(id);
    expect(await s.page.locator('.fit-report .finding[data-level="este"]').count()).toBe(0);
    expect(await s.page.locator('.fit-report .readiness').innerText()).toBe(
      'Vielä puuttuu: tarve, kohderyhmä, tavoitteet, toimenpiteet, tulokset, mittarit',
    );
  });
});
