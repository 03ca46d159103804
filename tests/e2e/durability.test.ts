/**
 * The promise that nothing typed is lost: closing the tab right after typing, reloading,
 * killing the browser, two tabs on one draft, failing and missing storage.
 */
import { execSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, launchPersistent, tempProfileDir } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const TEXT_500 = Array.from({ length: 50 }, (_, i) => `sana${String(i).padStart(2, '0')}ä `)
  .join('')
  .padEnd(500, 'ö')
  .slice(0, 500);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newDraftPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(baseUrl());
  await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await page.getByLabel('Hakijan nimi').waitFor();
  return page;
}

async function textAfterReopen(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(baseUrl());
  await page
    .getByRole('button', { name: /^Avaa:/ })
    .first()
    .click();
  return page.getByLabel('Aiempi hankekokemus').inputValue();
}

describe('durability', () => {
  it('keeps 500 characters typed at human speed when the tab is closed within 100 ms', async () => {
    const context = await browser.newContext();
    try {
      const page = await newDraftPage(context);
      await page.getByLabel('Aiempi hankekokemus').pressSequentially(TEXT_500, { delay: 15 });
      await page.close({ runBeforeUnload: true });
      expect(await textAfterReopen(context)).toBe(TEXT_500);
    } finally {
      await context.close();
    }
  });

  it('keeps 500 characters across a reload right after the last keystroke', async () => {
    const context = await browser.newContext();
    try {
      const page = await newDraftPage(context);
      await page.getByLabel('Aiempi hankekokemus').pressSequentially(TEXT_500, { delay: 15 });
      await page.reload();
      // The tab returns to its draft.
      expect(await page.getByLabel('Aiempi hankekokemus').inputValue()).toBe(TEXT_500);
    } finally {
      await context.close();
    }
  });

  it('keeps the text when the browser process is killed a second after typing', async () => {
    const profile = tempProfileDir();
    let context = await launchPersistent(profile.dir);
    try {
      const page = await newDraftPage(context);
      await page.getByLabel('Aiempi hankekokemus').pressSequentially('Ennen kaatumista kirjoitettu teksti.', { delay: 10 });
      await page.waitForTimeout(1000);
      // Hard kill of every process of this profile (no shutdown, no unload handlers).
      // "[-]-" keeps the pattern from matching this shell's own command line.
      const count = () => Number(execSync(`pgrep -f -- '[-]-user-data-dir=${profile.dir}' | wc -l`).toString().trim());
      expect(count()).toBeGreaterThan(0);
      execSync(`pkill -KILL -f -- '[-]-user-data-dir=${profile.dir}'; true`);
      await expect.poll(count).toBe(0);
      await context.close().catch(() => undefined);
      context = await launchPersistent(profile.dir);
      expect(await textAfterReopen(context)).toBe('Ennen kaatumista kirjoitettu teksti.');
    } finally {
      await context.close().catch(() => undefined);
      profile.remove();
    }
  });
});

describe('the same draft in two tabs', () => {
  it('lets only one tab write, shows the other read-only, and hands over without losing text', async () => {
    const context = await browser.newContext();
    try {
      const a = await newDraftPage(context);
      await a.getByLabel('Hakijan nimi').fill('Kaksi välilehteä ry');
      await waitSaved(a);
      const b = await context.newPage();
      b.setDefaultTimeout(15_000);
      await b.goto(baseUrl());
      await b.getByRole('button', { name: /^Avaa:/ }).click();
      await b.getByText('Tämä luonnos on auki myös toisessa välilehdessä').waitFor();
      expect(await b.getByLabel('Hakijan nimi').isDisabled()).toBe(true);

      // A writes, B follows.
      await a.getByLabel('Aiempi hankekokemus').fill('AAA');
      await expect.poll(() => b.getByLabel('Aiempi hankekokemus').inputValue(), { timeout: 5000 }).toBe('AAA');

      // A types more and B takes over right away: A saves first, then lets go.
      await a.getByLabel('Aiempi hankekokemus').pressSequentially(' lisää', { delay: 5 });
      await b.getByRole('button', { name: 'Muokkaa tässä välilehdessä' }).click();
      await expect.poll(() => b.getByLabel('Hakijan nimi').isDisabled(), { timeout: 5000 }).toBe(false);
      expect(await b.getByLabel('Aiempi hankekokemus').inputValue()).toBe('AAA lisää');
      await a.getByText('Tämä luonnos on auki myös toisessa välilehdessä').waitFor();
      expect(await a.getByLabel('Aiempi hankekokemus').isDisabled()).toBe(true);

      await b.getByLabel('Aiempi hankekokemus').fill('AAA lisää BBB');
      await waitSaved(b);
      await expect.poll(() => a.getByLabel('Aiempi hankekokemus').inputValue(), { timeout: 5000 }).toBe('AAA lisää BBB');

      // When the writing tab closes, the other one takes over by itself.
      await b.close();
      await expect.poll(() => a.getByLabel('Hakijan nimi').isDisabled(), { timeout: 5000 }).toBe(false);
      await a.getByLabel('Aiempi hankekokemus').fill('AAA lisää BBB CCC');
      await waitSaved(a);
      expect(await textAfterReopen(context)).toBe('AAA lisää BBB CCC');
    } finally {
      await context.close();
    }
  });
});

describe('storage failures', () => {
  for (const failure of ['QuotaExceededError', 'UnknownError'] as const) {
    it(`on an IndexedDB write failure (${failure}) never says saved, warns within 1 s with an export button, keeps the text`, async () => {
      const context = await browser.newContext({ acceptDownloads: true });
      await context.addInitScript((name) => {
        const original = IDBObjectStore.prototype.put;
        const w = window as unknown as { __failWrites?: boolean; __failedAt?: number; __warnedAt?: number };
        IDBObjectStore.prototype.put = function (...args: Parameters<typeof original>) {
          if (w.__failWrites) {
            w.__failedAt ??= performance.now();
            throw new DOMException('injected', name);
          }
          return original.apply(this, args);
        };
        // When the warning appears, by the page's own clock (not the test runner's).
        new MutationObserver(() => {
          if (w.__failedAt !== undefined && document.querySelector('.storage-problem')) w.__warnedAt ??= performance.now();
        }).observe(document, { childList: true, subtree: true });
      }, failure);
      try {
        const page = await newDraftPage(context);
        await page.getByLabel('Hakijan nimi').fill('Ennen vikaa');
        await waitSaved(page);
        await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));
        await page.getByLabel('Aiempi hankekokemus').fill('Tärkeä teksti, jota ei saa menettää');
        const alert = page.locator('.storage-problem');
        await alert.waitFor({ timeout: 5000 });
        const { failedAt, warnedAt } = await page.evaluate(() => {
          const w = window as unknown as { __failedAt: number; __warnedAt: number };
          return { failedAt: w.__failedAt, warnedAt: w.__warnedAt };
        });
        expect(warnedAt - failedAt).toBeLessThan(1000); // the warning within 1 s of the failed write
        expect(await page.locator('.save-status').innerText()).toMatch(/Tallennus epäonnistui/);
        expect(await page.locator('.save-status').innerText()).not.toMatch(/Tallennettu laitteelle/);
        expect(await page.getByLabel('Aiempi hankekokemus').inputValue()).toBe('Tärkeä teksti, jota ei saa menettää');
        // More typing still never claims success.
        await page.getByLabel('Aiempi hankekokemus').pressSequentially('!');
        await page.waitForTimeout(700);
        expect(await page.locator('.save-status').innerText()).not.toMatch(/Tallennettu laitteelle/);
        // The export button saves the text to a file.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          alert.getByRole('button', { name: 'Vie tiedostoksi' }).click(),
        ]);
        const file = JSON.parse(await readFile(await download.path(), 'utf8'));
        expect(file.draft.applicant.experience).toBe('Tärkeä teksti, jota ei saa menettää!');
        // Storage recovers: the next edit is saved and the warning goes.
        await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = false));
        await page.getByLabel('Aiempi hankekokemus').pressSequentially('?');
        await waitSaved(page);
        await expect.poll(() => alert.count()).toBe(0);
      } finally {
        await context.close();
      }
    });
  }

  it('without IndexedDB: loads, warns, and export still works', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(baseUrl());
      await page.locator('.storage-problem').filter({ hasText: 'Mitään ei tallennu laitteelle' }).waitFor();
      await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
      await page.getByLabel('Hakijan nimi').fill('Muistissa ry');
      await openStep(page, 'Tarkista ja vie');
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vie PDF' }).click()]);
      expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
      const [json] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Vie luonnos tiedostoksi/ }).click(),
      ]);
      const file = JSON.parse(await readFile(await json.path(), 'utf8'));
      expect(file.draft.applicant.name).toBe('Muistissa ry');
    } finally {
      await context.close();
    }
  });
});
