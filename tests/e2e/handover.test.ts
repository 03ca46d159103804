/**
 * One draft in two tabs, at the edges of the handover (issue "never lose a keystroke at the
 * edges", case 1): a tab that takes over while the other types fast, and a tab whose lock is
 * taken while it is frozen. Every character typed ends up stored or offered, and no tab ever
 * writes over the other's newer text.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, watchPage } from './browser';
import { waitSaved } from './wizard-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const FIELD = 'Aiempi hankekokemus';
const READ_ONLY = 'Tämä luonnos on auki myös toisessa välilehdessä';
const UNSAVED = 'eivät ehtineet tallentua';

async function firstTab(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = watchPage(page);
  await page.goto(baseUrl());
  await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await page.getByLabel('Hakijan nimi').fill('Kaksi välilehteä ry');
  await waitSaved(page);
  return { page, problems };
}

async function secondTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(baseUrl());
  await page.getByRole('button', { name: 'Avaa: Nimetön luonnos', exact: true }).click();
  await page.getByText(READ_ONLY).waitFor();
  return page;
}

/** The text of the field in the draft stored on the device, read by a third tab. */
async function storedText(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto(baseUrl());
  await page.getByRole('button', { name: 'Avaa: Nimetön luonnos', exact: true }).click();
  const value = await page.getByLabel(FIELD).inputValue();
  await page.close();
  return value;
}

describe('handing a draft over between tabs', () => {
  it('keeps every keystroke typed while the other tab takes over, and the old writer never writes over the new one', async () => {
    const typed = 'Aloitimme kerhon 2019 ja opimme paljon yhdessä tekemisestä ja vapaaehtoisten tuesta.';
    const runs: { accepted: number; inB: number; offered: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext();
      try {
        const { page: a, problems } = await firstTab(context);
        const b = await secondTab(context);
        // What A's field took in: the text after its last input event. Keys pressed after the
        // field turned read-only never reached the app, so they are not the app's to keep.
        await a.evaluate(() => {
          const w = window as unknown as { accepted: string };
          w.accepted = '';
          document.addEventListener('input', (e) => (w.accepted = (e.target as HTMLTextAreaElement).value), true);
        });
        // A types fast; B takes over in the middle of it.
        const typing = a.getByLabel(FIELD).pressSequentially(typed, { delay: 10 + run * 10 });
        await a.waitForTimeout(300 + run * 150);
        await b.getByRole('button', { name: 'Muokkaa tässä välilehdessä' }).click();
        await typing.catch(() => undefined); // the field turns read-only under the typing
        await expect.poll(() => b.getByLabel('Hakijan nimi').isDisabled(), { timeout: 8000 }).toBe(false);
        await a.getByText(READ_ONLY).waitFor();
        await a.waitForTimeout(300);
        const accepted = await a.evaluate(() => (window as unknown as { accepted: string }).accepted);

        // Nothing A took in is lost: B has it, or A offers the rest.
        const inB = await b.getByLabel(FIELD).inputValue();
        expect(accepted.startsWith(inB)).toBe(true);
        // A shows the stored text, never its own unsaved keystrokes as if they were saved.
        await expect.poll(() => a.getByLabel(FIELD).inputValue(), { timeout: 5000 }).toBe(inB);
        const offered = await a.getByText(UNSAVED).count();
        expect(offered).toBe(inB === accepted ? 0 : 1);
        runs.push({ accepted: accepted.length, inB: inB.length, offered: accepted.length - inB.length });

        // B writes on; A follows B's text.
        await b.getByLabel(FIELD).press('Control+End');
        await b.getByLabel(FIELD).pressSequentially(' (B)');
        await waitSaved(b);
        await expect.poll(() => a.getByLabel(FIELD).inputValue(), { timeout: 5000 }).toBe(`${inB} (B)`);

        // A takes the draft back and types: B's text stays under A's keystroke.
        await a.getByRole('button', { name: 'Muokkaa tässä välilehdessä' }).click();
        await expect.poll(() => a.getByLabel(FIELD).isDisabled(), { timeout: 8000 }).toBe(false);
        await a.getByLabel(FIELD).press('Control+End');
        await a.getByLabel(FIELD).pressSequentially('!');
        await waitSaved(a);
        expect(await storedText(context)).toBe(`${inB} (B)!`);

        // What A could not save is stored as a draft of its own when A asks: every character kept.
        if (offered) {
          await a.getByRole('button', { name: 'Tallenna muutokset uudeksi luonnokseksi' }).click();
          await expect.poll(() => a.getByLabel(FIELD).inputValue(), { timeout: 5000 }).toBe(accepted);
          await expect.poll(() => a.locator('.draft-title').innerText()).toContain('(kopio)');
        }
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    }
    // For the record (issue note): characters A took in, stored by B, and offered in A, per run.
    console.log('handover runs', JSON.stringify(runs));
  });

  it('a tab frozen while its lock is taken does not write over the new writer when it wakes, and offers its text', async () => {
    const context = await browser.newContext();
    try {
      const { page: a } = await firstTab(context);
      await a.getByLabel(FIELD).fill('Tallennettu teksti.');
      await waitSaved(a);
      const b = await secondTab(context);
      // A types and freezes before its next save (a long PDF export does this on a slow phone).
      await a.getByLabel(FIELD).press('Control+End');
      await a.getByLabel(FIELD).pressSequentially(' A:n lisäys');
      const frozen = a.evaluate(() => {
        const end = performance.now() + 7000;
        while (performance.now() < end);
      });
      // B takes over (A does not answer, so its lock is taken after 3 s) and writes.
      await b.getByRole('button', { name: 'Muokkaa tässä välilehdessä' }).click();
      await expect.poll(() => b.getByLabel('Hakijan nimi').isDisabled(), { timeout: 10_000 }).toBe(false);
      await b.getByLabel(FIELD).fill('B:n uusi teksti.');
      await waitSaved(b);
      await frozen;
      // A wakes: its pending save must not land over B's text.
      await a.getByText(UNSAVED).waitFor({ timeout: 10_000 });
      await a.waitForTimeout(1500);
      expect(await b.getByText(/Tallennettu laitteelle/).count()).toBeGreaterThan(0);
      expect(await storedText(context)).toBe('B:n uusi teksti.');
      await expect.poll(() => a.getByLabel(FIELD).inputValue(), { timeout: 5000 }).toBe('B:n uusi teksti.');
      // A's words are kept and become a draft of their own on request.
      await a.getByRole('button', { name: 'Tallenna muutokset uudeksi luonnokseksi' }).click();
      await expect.poll(() => a.getByLabel(FIELD).inputValue(), { timeout: 5000 }).toBe('Tallennettu teksti. A:n lisäys');
      expect(await storedText(context)).toBe('B:n uusi teksti.');
    } finally {
      await context.close();
    }
  });
});
