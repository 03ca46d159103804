import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/domain';
import { baseUrl, useBrowser, watchPage } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const session = useBrowser();

async function open(viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
  session.context = await session.browser.newContext({ viewport, locale: 'fi-FI' });
  session.context.setDefaultTimeout(10_000);
  const page = await session.context.newPage();
  const problems = watchPage(page);
  await page.goto(baseUrl());
  return { page, problems };
}

async function axeViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const noHorizontalScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('accessibility (axe, WCAG 2.1 AA)', () => {
  it('has no violations on the start view, every wizard step and the dialogs', async () => {
    const { page, problems } = await open({ width: 1280, height: 900 });
    const violations: string[] = [];
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).waitFor();
    violations.push(...(await axeViolations(page, 'start (empty)')));
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await page.getByLabel('Y-tunnus').fill('123'); // a field with a message is checked too
    for (const step of STEPS) {
      await openStep(page, step.title);
      for (const add of await page.getByRole('button', { name: /^\+ Lisää/ }).all()) await add.click();
      violations.push(...(await axeViolations(page, step.id)));
    }
    // Comment mode with the comment form open, and a glossary explanation open.
    await openStep(page, 'Toimenpiteet');
    await page.getByRole('button', { name: 'Kommentointi' }).click();
    await page.getByRole('button', { name: /Kommentoi\s*: Toimenpiteet/ }).click();
    violations.push(...(await axeViolations(page, 'comment form')));
    await page.getByRole('button', { name: 'Kommentointi' }).click();
    await openStep(page, 'Talous ja resurssit');
    await page.locator('button.term-button').first().click();
    violations.push(...(await axeViolations(page, 'glossary term open')));
    await openStep(page, 'Toimenpiteet');
    await page.getByLabel('Riski', { exact: true }).fill('x');
    await page.getByRole('button', { name: 'Poista: Riski 1' }).click();
    await page.getByRole('dialog').waitFor();
    violations.push(...(await axeViolations(page, 'remove dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Omat luonnokset/ }).click();
    await page.getByRole('button', { name: /^Poista:/ }).click();
    violations.push(...(await axeViolations(page, 'delete dialog')));
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Sanasto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sanasto' }).waitFor();
    violations.push(...(await axeViolations(page, 'glossary')));
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('phone', () => {
  it('works on a 360 px phone without horizontal scrolling, and keeps the text across a reload', async () => {
    const { page, problems } = await open({ width: 360, height: 740 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await page.getByLabel('Hakijan nimi').fill('Puhelin ry');
    for (const step of STEPS) {
      await openStep(page, step.title);
      for (const add of await page.getByRole('button', { name: /^\+ Lisää/ }).all()) await add.click();
      expect(await noHorizontalScroll(page), step.id).toBe(true);
    }
    await openStep(page, 'Toimenpiteet');
    await page.getByRole('textbox', { name: 'Viestintä' }).fill('Kylätiedote');
    await waitSaved(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Toimenpiteet' }).waitFor();
    await openStep(page, 'Hakija');
    expect(await page.getByLabel('Hakijan nimi').inputValue()).toBe('Puhelin ry');
    await openStep(page, 'Toimenpiteet');
    expect(await page.getByRole('textbox', { name: 'Viestintä' }).inputValue()).toBe('Kylätiedote');
    expect(problems).toEqual([]);
  });

  it('has no horizontal scrolling at 320 px either', async () => {
    const { page } = await open({ width: 320, height: 640 });
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    for (const step of STEPS) {
      await openStep(page, step.title);
      expect(await noHorizontalScroll(page), step.id).toBe(true);
    }
  });
});

describe('without IndexedDB', () => {
  it('loads, warns clearly that nothing is saved, and still lets the user type', async () => {
    session.context = await session.browser.newContext({ viewport: { width: 1024, height: 800 } });
    await session.context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    const page = await session.context.newPage();
    await page.goto(baseUrl());
    await page.getByRole('alert').filter({ hasText: 'Mitään ei tallennu laitteelle' }).waitFor();
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    await page.getByLabel('Hakijan nimi').fill('Muistissa ry');
    expect(await page.getByRole('status').filter({ hasText: 'Ei tallennu' }).count()).toBe(1);
    expect(await page.getByLabel('Hakijan nimi').inputValue()).toBe('Muistissa ry');
  });
});
