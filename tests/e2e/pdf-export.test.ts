import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extractEmbeddedJson } from '../../src/export/pdf-embedded';
import { noSpace, readPdf } from '../pdf-reader';
import { baseUrl, useBrowser, launchPersistent, tempProfileDir, watchPage } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const session = useBrowser();

async function fillSome(page: Page) {
  await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await page.getByLabel('Hakijan nimi').fill('Kylätoiminta Åkerö ry');
  await openStep(page, 'Hanke lyhyesti');
  await page.getByLabel('Hankkeen työnimi').fill('Yhdessä kylillä – “ääni” kuuluviin');
  await page.getByLabel('Suunniteltu alkamiskuukausi').fill('2027-01');
  await page.getByLabel('Suunniteltu päättymiskuukausi').fill('2027-12');
  await openStep(page, 'Tarve ja kohderyhmä');
  await page.getByLabel('Mikä on ongelma tai tarve?').fill('Yksinäisyys; Sámi: á č đ ŋ š ŧ ž <script>alert(1)</script>');
  await openStep(page, 'Talous ja resurssit');
  await page.getByRole('button', { name: /Lisää henkilö/ }).click();
  await page.getByLabel('Kokoaikainen kuukausipalkka, brutto (€)').fill('3 400');
  await page.getByLabel('Kuukaudet hankkeessa').fill('12');
}

/** The key figures as the budget step shows them, no-break spaces as plain ones. */
async function appFigures(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of ['total', 'aid', 'self', 'advance']) {
    out[name] = (await page.locator(`[data-figure="${name}"]`).innerText()).replace(/[\u00a0\u202f]/g, ' ');
  }
  return out;
}

async function exportAndRead(page: Page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vie PDF' }).click()]);
  const path = await download.path();
  const bytes = new Uint8Array(await readFile(path));
  return { name: download.suggestedFilename(), bytes, pdf: await readPdf(bytes) };
}

describe('PDF export in the browser', () => {
  it('shows the fit summary and page estimate, then downloads a PDF with the draft in it', async () => {
    session.context = await session.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    session.context.setDefaultTimeout(15_000);
    const page = await session.context.newPage();
    const problems = watchPage(page);
    await page.goto(baseUrl());
    await fillSome(page);
    const figures = await appFigures(page);
    // The estimate beside the step list follows the draft, with the two-page recommendation.
    await expect.poll(() => page.locator('.side .page-estimate').innerText()).toMatch(/PDF noin \d+ sivu.* · suositus enintään 2$/);
    await openStep(page, 'Tarkista ja vie');
    const panel = page.locator('.export-panel');
    expect(await panel.innerText()).toMatch(/Ideapaperi on nyt noin \d+ sivu/);
    const estimate = Number(await panel.locator('[data-pages]').getAttribute('data-pages'));
    // The need is written; the target group, the plan and the self-financing are not (the check follows after a pause).
    await expect
      .poll(() => panel.locator('.readiness').innerText())
      .toBe('Vielä puuttuu: kohderyhmä, tavoitteet, toimenpiteet, tulokset, mittarit. Korjaa myös 1 este.');

    const { name, bytes, pdf } = await exportAndRead(page);
    expect(name).toMatch(/^ideapaperi-yhdessa-kylilla-aani-kuuluviin-\d{4}-\d{2}-\d{2}\.pdf$/);
    const first = pdf.pages[0]!.text.replace(/\s+/g, ' ');
    // Page 1 tells the story: the name, the applicant, every key figure exactly as the app shows it.
    expect(first).toContain('Ideapaperi · ESR+ 4.3');
    expect(first).toContain('Luonnos, ei virallinen hakemus');
    expect(first).toContain('Yhdessä kylillä – “ääni” kuuluviin');
    expect(first).toContain('Kylätoiminta Åkerö ry');
    expect(first).toContain('1/2027–12/2027 (12 kk)');
    for (const [key, value] of Object.entries(figures)) expect(first, key).toContain(value);
    expect(first).toContain('Vielä puuttuu');
    expect(pdf.text).toContain('Sámi: á č đ ŋ š ŧ ž <script>alert(1)</script>');
    // 3 400 × 12 = 40 800,00; side costs 26,44 % = 10 787,52; staff total 51 587,52
    expect(pdf.text).toContain('51 587,52 €');
    expect(pdf.text).not.toContain('Ei vielä täytetty');
    expect(Math.abs(estimate - pdf.pages.length)).toBeLessThanOrEqual(1);
    expect(pdf.pages.at(-1)?.text).toMatch(/Sivu (\d+) \/ \1/);
    const embedded = JSON.parse(extractEmbeddedJson(bytes)!);
    expect(embedded.format).toBe('ideapaperi-draft');
    expect(embedded.draft.need.problem).toBe('Yksinäisyys; Sámi: á č đ ŋ š ŧ ž <script>alert(1)</script>');
    await page.getByText(/ladattiin laitteelle/).waitFor();
    expect(problems).toEqual([]);
  });

  it('exports a paper with 100 000-letter words without freezing the tab', async () => {
    session.context = await session.browser.newContext({ acceptDownloads: true, viewport: { width: 360, height: 740 } });
    // The export must finish well before this; before the fix the hyphenation alone took some 20 s.
    session.context.setDefaultTimeout(12_000);
    const page = await session.context.newPage();
    const problems = watchPage(page);
    await page.goto(baseUrl());
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await page.getByLabel('Hakijan nimi').fill('Pitkä sana ry');
    await openStep(page, 'Tarve ja kohderyhmä');
    const word = 'kylätoimintayhdistys'.repeat(4999);
    await page.getByLabel('Mikä on ongelma tai tarve?').fill(word);
    await page.getByLabel('Mistä tiedätte, että tarve on olemassa?').fill(word);
    await waitSaved(page);
    await openStep(page, 'Tarkista ja vie');
    const started = Date.now();
    const { pdf } = await exportAndRead(page);
    console.log('PDF with two 100 000-letter words:', Date.now() - started, 'ms,', pdf.pages.length, 'pages');
    // The word is there, cut at the line ends (no hyphens drawn into it; page footers come between pages).
    expect(noSpace(pdf.text).split('kylätoimintayhdistys').length - 1).toBeGreaterThanOrEqual(2 * 4999 - 40);
    expect(problems).toEqual([]);
  });

  it('exports offline for the first time in a session (PDF code and fonts from the cache)', async () => {
    const profile = tempProfileDir();
    session.context = await launchPersistent(profile.dir, { acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    try {
      session.context.setDefaultTimeout(15_000);
      const page = session.context.pages()[0] ?? (await session.context.newPage());
      await page.goto(baseUrl());
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      await session.context.setOffline(true);
      await page.reload();
      await fillSome(page);
      await waitSaved(page);
      await openStep(page, 'Tarkista ja vie');
      const { pdf, bytes } = await exportAndRead(page);
      expect(pdf.text).toContain('Kylätoiminta Åkerö ry');
      expect(pdf.text).toContain('51 587,52 €');
      expect(JSON.parse(extractEmbeddedJson(bytes)!).draft.applicant.name).toBe('Kylätoiminta Åkerö ry');
    } finally {
      await session.context.close();
      session.context = undefined;
      profile.remove();
    }
  });
});
