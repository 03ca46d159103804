/**
 * A keyboard-only journey: create a draft, fill a field in every step, export the PDF, with
 * a visible focus indicator on every element that receives focus.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEPS } from '../../src/domain';
import { baseUrl, launchBrowser, watchPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Description of the focused element, and whether its focus is visible (outline or shadow). */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { desc: 'body', visible: false, tag: 'BODY', type: '', name: '' };
    const style = getComputedStyle(el);
    const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return { desc: `${el.tagName}#${el.id} ${name}`, visible, tag: el.tagName, type: (el as HTMLInputElement).type ?? '', name };
  });
}

/** Tabs until `match` is focused, checking focus visibility at every stop. */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, invisible: string[]) {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f.visible && f.tag !== 'BODY') invisible.push(f.desc);
    if (match(f)) return f;
  }
  throw new Error('focus target not reached by Tab');
}

/** Steps whose first field is inside a list item that has to be added first. */
const LIST_STEPS: readonly string[] = ['toimenpiteet', 'tulokset', 'kumppanit', 'talous'];

const isTextField = (f: { tag: string; type: string }) =>
  f.tag === 'TEXTAREA' || (f.tag === 'INPUT' && ['text', 'email', 'tel', 'month', ''].includes(f.type));

describe('keyboard only', () => {
  it('creates a draft, fills a field in every step and exports, with visible focus throughout', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems = watchPage(page);
    const invisible: string[] = [];
    await page.goto(baseUrl());
    await page.getByRole('heading', { name: 'Omat luonnokset' }).waitFor();

    await tabTo(page, (f) => f.name.includes('Aloita uusi luonnos'), invisible);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();

    for (const step of STEPS) {
      await expect.poll(async () => (await focused(page)).desc, { timeout: 5000 }).toContain('H1#step-heading');
      const heading = await page.locator('#step-heading').innerText();
      expect(heading).toBe(step.title);
      if (step.id === 'tarkistus') break;
      if (LIST_STEPS.includes(step.id)) {
        // List steps: add an item with the keyboard, then type into its first field.
        await tabTo(page, (f) => f.name.startsWith('+ Lisää'), invisible);
        await page.keyboard.press('Enter');
      }
      if (step.id === 'tavoitteet') {
        await tabTo(page, (f) => f.type === 'checkbox', invisible);
        await page.keyboard.press('Space');
      }
      const field = await tabTo(page, isTextField, invisible);
      if (field.type === 'month') await page.keyboard.type('092027');
      else await page.keyboard.type(`Näppäimistöllä ${step.id}`);
      await tabTo(page, (f) => f.name.startsWith('Seuraava'), invisible);
      await page.keyboard.press('Enter');
    }

    await tabTo(page, (f) => f.name === 'Vie PDF', invisible);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = await page.locator('main').innerText();
    for (const id of ['hakija', 'tarve', 'toimenpiteet', 'periaatteet']) expect(text).toContain(`Näppäimistöllä ${id}`);
    expect(invisible).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('zoom and motion', () => {
  it('keeps everything usable with text at 200 %', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl());
    // Text-only zoom (browser setting "font size"): the root font size doubles. The CSP
    // forbids inline <style>, so set it through the CSSOM.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    for (const title of ['Hakija', 'Talous ja resurssit', 'Tarkista ja vie']) {
      await page
        .locator('.step-nav')
        .getByRole('button', { name: new RegExp(`^${title}( |$)`) })
        .click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      expect(fits, title).toBe(true);
      // Buttons stay inside the viewport's width and are not clipped.
      const clipped = await page.evaluate(
        () =>
          [...document.querySelectorAll('main button')].filter((b) => {
            const r = b.getBoundingClientRect();
            return r.width > 0 && (r.right > document.documentElement.clientWidth + 1 || b.scrollWidth > b.clientWidth + 2);
          }).length,
      );
      expect(clipped, title).toBe(0);
    }
    await context.close();
  });

  it('respects prefers-reduced-motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(baseUrl());
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).waitFor();
    const durations = await page.evaluate(() =>
      [...document.querySelectorAll('*')].map((el) => {
        const s = getComputedStyle(el);
        return `${s.transitionDuration}|${s.animationName}`;
      }),
    );
    expect(durations.every((d) => /^0s(, 0s)*\|none$/.test(d))).toBe(true);
    await context.close();
  });
});
