/**
 * Offline use and updates against real production builds: the service worker precaches the
 * app, a second build ("version 2") is deployed by swapping the served folder, and the
 * update waits for the user.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, launchPersistent, tempProfileDir, watchPage } from './browser';
import { startStaticServer, type StaticServer } from './static-server';
import { openStep, waitSaved } from './wizard-helpers';

const V1 = resolve('.test-results/dist-v1');
const V2 = resolve('.test-results/dist-v2');

function build(outDir: string, buildId: string) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test; a real production build needs production.
    env: { ...process.env, NODE_ENV: 'production', BUILD_ID: buildId },
  });
}

/** Waits until a service worker is active and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('offline', () => {
  it('after one online visit: opens, lists drafts and edits with the network off', async () => {
    const profile = tempProfileDir();
    const context = await launchPersistent(profile.dir, { viewport: { width: 1024, height: 800 } });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const problems = watchPage(page);
      await page.goto(baseUrl());
      await waitForServiceWorker(page);
      await page.getByText('Toimii myös ilman verkkoyhteyttä').waitFor();
      await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
      await page.getByLabel('Hakijan nimi').fill('Verkoton ry');
      await waitSaved(page);
      await page.getByRole('button', { name: /Omat luonnokset/ }).click();

      await context.setOffline(true);
      await page.reload();
      await page.getByRole('heading', { name: 'Omat luonnokset' }).waitFor();
      await page.getByRole('button', { name: 'Avaa: Nimetön luonnos' }).click();
      expect(await page.getByLabel('Hakijan nimi').inputValue()).toBe('Verkoton ry');
      await page.getByLabel('Hakijan nimi').fill('Verkoton ry (muokattu offline)');
      await openStep(page, 'Talous ja resurssit'); // a lazily loaded step, from the cache
      await waitSaved(page);
      // A deep link is served the app shell too.
      await page.goto(`${baseUrl()}luonnos/jotain`);
      await page.getByRole('heading', { level: 1, name: 'Talous' }).waitFor();
      await openStep(page, 'Hakija');
      expect(await page.getByLabel('Hakijan nimi').inputValue()).toBe('Verkoton ry (muokattu offline)');
      expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    } finally {
      await context.close();
      profile.remove();
    }
  });

  it('shows an offline indicator while offline', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(baseUrl());
      await page.getByRole('heading', { name: 'Omat luonnokset' }).waitFor();
      await context.setOffline(true);
      await page.getByText('Ei verkkoyhteyttä.').waitFor();
      await context.setOffline(false);
      await expect.poll(() => page.getByText('Ei verkkoyhteyttä.').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('install', () => {
  it('has a Finnish manifest with icons and passes Chromium install checks', async () => {
    // Installability is not checked in incognito-like contexts: use a real profile.
    const profile = tempProfileDir();
    const context = await launchPersistent(profile.dir);
    try {
      const page = await context.newPage();
      await page.goto(baseUrl());
      await waitForServiceWorker(page);
      const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
      const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), manifestUrl);
      expect(manifest).toMatchObject({ name: 'Ideapaperi', lang: 'fi', display: 'standalone', start_url: './', scope: './' });
      const sizes = manifest.icons.map((i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
      expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      profile.remove();
    }
  });
});

describe('updates', () => {
  let server: StaticServer;
  beforeAll(async () => {
    build(V1, 'e2e-v1');
    build(V2, 'e2e-v2');
    server = await startStaticServer(V1);
  }, 240_000);
  afterAll(async () => {
    await server?.close();
  });

  async function openV1Tab(context: BrowserContext, name: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await page.getByLabel('Hakijan nimi').fill(name);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    return page;
  }

  it('waits for the user, keeps every keystroke and reloads only the tab that accepted', async () => {
    server.root = V1;
    const profile = tempProfileDir();
    const context = await launchPersistent(profile.dir, { viewport: { width: 1024, height: 800 } });
    try {
      const a = await openV1Tab(context, 'Tab A ry');
      const b = await openV1Tab(context, 'Tab B ry');
      expect(await a.getByText(/\(e2e-v1\)/).count()).toBe(1);

      // Version 2 is deployed while both tabs have text typed a moment ago.
      server.root = V2;
      await a.getByLabel('Aiempi hankekokemus').pressSequentially('Kirjoitan juuri nyt', { delay: 5 });
      await a.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await a.getByText('Uusi versio on valmis – päivitä').waitFor({ timeout: 30_000 });
      await b.getByText('Uusi versio on valmis – päivitä').waitFor({ timeout: 30_000 });
      await a.waitForTimeout(1000);
      // Nothing reloaded by itself.
      expect(await a.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(await a.getByLabel('Aiempi hankekokemus').inputValue()).toBe('Kirjoitan juuri nyt');
      await b.getByLabel('Aiempi hankekokemus').pressSequentially('B:n teksti', { delay: 5 });

      await a.getByLabel('Aiempi hankekokemus').pressSequentially('!', { delay: 5 });
      await a.getByRole('button', { name: 'Päivitä nyt' }).click();
      await a.getByText(/\(e2e-v2\)/).waitFor({ timeout: 30_000 });
      // Back in the same draft and step after the reload, with everything typed.
      await a.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
      expect(await a.getByLabel('Hakijan nimi').inputValue()).toBe('Tab A ry');
      expect(await a.getByLabel('Aiempi hankekokemus').inputValue()).toBe('Kirjoitan juuri nyt!');

      // Tab B was not reloaded: it says so and keeps (and saves) its text.
      await b.getByText('uusi versio otettiin käyttöön toisessa välilehdessä').waitFor({ timeout: 15_000 });
      expect(await b.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(await b.getByLabel('Aiempi hankekokemus').inputValue()).toBe('B:n teksti');
      await waitSaved(b);
      // The old tab can still export (its PDF code is unchanged in v2 and cached), or says
      // plainly that a reload is needed; it never shows a blank screen.
      await openStep(b, 'Tarkista ja vie');
      const outcome = await Promise.race([
        b.waitForEvent('download').then(() => 'downloaded'),
        b
          .getByText('Lataa sivu uudelleen ja yritä sitten uudelleen')
          .waitFor()
          .then(() => 'reload asked'),
        b
          .getByRole('button', { name: 'Vie PDF' })
          .click()
          .then(() => new Promise<string>(() => undefined)),
      ]);
      expect(['downloaded', 'reload asked']).toContain(outcome);
      await openStep(b, 'Hakija');
      await b.getByRole('button', { name: 'Lataa sivu uudelleen' }).first().click();
      await b.getByText(/\(e2e-v2\)/).waitFor();
      expect(await b.getByLabel('Aiempi hankekokemus').inputValue()).toBe('B:n teksti');
    } finally {
      await context.close();
      profile.remove();
    }
  });
});
