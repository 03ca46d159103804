/**
 * The volunteer's journey on a 360 × 740 phone: ten steps, Back and Forward between steps and to
 * the list, a step URL opened directly, resuming where she left off, the new step's heading on
 * screen, 44 px targets, tables at 320 px, the newest axe rules on every step, the fraction
 * question, and drafts of every earlier version (with coordinator comments) after migration.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/domain';
import { baseUrl, useBrowser, watchPage } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const PHONE = { width: 360, height: 740 };
/** The newest axe-core from the project's own devDependency, not the older copy inside @axe-core/playwright. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = useBrowser();

async function phone(viewport = PHONE): Promise<{ page: Page; problems: string[] }> {
  session.context = await session.browser.newContext({ viewport, locale: 'fi-FI', hasTouch: true, isMobile: true });
  session.context.setDefaultTimeout(15_000);
  const page = await session.context.newPage();
  const problems = watchPage(page);
  await page.goto(baseUrl());
  await page.locator('button:enabled', { hasText: 'Aloita uusi luonnos' }).waitFor();
  return { page, problems };
}

const heading = (page: Page) => page.locator('#step-heading').innerText();

async function newDraft(page: Page, name = 'Kyläkeittiö'): Promise<void> {
  await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
  await page.getByLabel('Hakijan nimi').fill('Kylätoiminta ry');
  await openStep(page, 'Hanke lyhyesti');
  await page.getByLabel('Hankkeen työnimi').fill(name);
  await waitSaved(page);
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Seuraava/ }).click();
}

describe('the journey on a phone', () => {
  it('has ten steps, and Back and Forward move between steps and to the list without leaving the app', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    await openStep(page, 'Hakija');
    // Open it from the list, as she does on the next evening.
    await page.getByRole('button', { name: /Omat luonnokset/ }).click();
    await page.getByRole('button', { name: 'Avaa: Kyläkeittiö' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
    const stepButtons = page.locator('.step-nav .steps button');
    expect(await stepButtons.count()).toBe(10);
    expect(STEPS).toHaveLength(10);

    await next(page);
    expect(await heading(page)).toBe('Hanke lyhyesti');
    await next(page);
    expect(await heading(page)).toBe('Tarve ja kohderyhmä');
    await page.goBack();
    await expect.poll(() => heading(page)).toBe('Hanke lyhyesti');
    await page.goBack();
    await expect.poll(() => heading(page)).toBe('Hakija');
    // Back from the first step visited goes to the drafts list, still inside the app.
    const url = page.url();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Omat luonnokset' }).waitFor();
    expect(page.url().startsWith(baseUrl())).toBe(true);
    await page.goForward();
    await expect.poll(() => heading(page)).toBe('Hakija');
    expect(page.url()).toBe(url);
    expect(problems).toEqual([]);
  });

  it('opens a step URL directly (offline too: the same page) and Back then goes to the list', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    await openStep(page, 'Talous ja resurssit');
    const stepUrl = page.url();
    expect(stepUrl).toMatch(/#\/luonnos\/[^/]+\/talous$/);
    const other = await session.context!.newPage();
    await other.goto(stepUrl);
    await other.getByRole('heading', { level: 1, name: 'Talous ja resurssit' }).waitFor();
    await other.goBack();
    await other.getByRole('heading', { level: 1, name: 'Omat luonnokset' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('resumes at the step where the user left off, after closing the draft and after a reload', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    await openStep(page, 'Tulokset, mittarit ja jatkuvuus');
    await page.getByRole('button', { name: /Omat luonnokset/ }).click();
    await page.getByRole('button', { name: 'Avaa: Kyläkeittiö' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tulokset, mittarit ja jatkuvuus' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tulokset, mittarit ja jatkuvuus' }).waitFor();
    // A jump from the fit badge offers one tap back to where the user was.
    await page.locator('.fit-badge').click();
    await page.getByRole('heading', { level: 1, name: 'Tarkista ja vie' }).waitFor();
    await page.getByRole('button', { name: 'Takaisin kohtaan Tulokset, mittarit ja jatkuvuus' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tulokset, mittarit ja jatkuvuus' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('keeps the header small, closes the step list and shows the new heading focused on screen after "Seuraava"', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    await openStep(page, 'Hakija');
    const top = await page.locator('#step-heading').boundingBox();
    // Header, save status, fit badge and progress: at most a quarter of the 740 px screen.
    expect(top!.y).toBeLessThanOrEqual(PHONE.height / 4);
    for (let i = 0; i < 4; i++) {
      await next(page);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
      const box = await page.locator('#step-heading').boundingBox();
      expect(box!.y, await heading(page)).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height, await heading(page)).toBeLessThanOrEqual(PHONE.height);
      expect(await page.locator('.step-nav details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    }
    expect(problems).toEqual([]);
  });

  it('makes every button, link and option row outside running text at least 44 × 44 px', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    const small: string[] = [];
    for (const step of STEPS) {
      await openStep(page, step.title);
      for (const add of await page.getByRole('button', { name: /^\+ Lisää/ }).all()) await add.click();
      const found = await page.evaluate(() => {
        const out: string[] = [];
        const targets = document.querySelectorAll<HTMLElement>(
          'main button, main summary, main .check, main select, main input:not([type=checkbox]):not([type=radio]), header button',
        );
        for (const el of targets) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden') continue;
          if (el.classList.contains('term-button')) continue; // a word in running text (WCAG 2.5.8 inline exception)
          if (r.height < 44 - 0.5 || r.width < 44 - 0.5)
            out.push(
              `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
            );
        }
        return out;
      });
      small.push(...found.map((f) => `${step.id}: ${f}`));
    }
    expect(small).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('shows the yearly cost table at 320 px without sideways scrolling or a split amount', async () => {
    const { page, problems } = await phone({ width: 320, height: 640 });
    await newDraft(page);
    await page.getByLabel('Suunniteltu alkamiskuukausi').fill('2027-09');
    await page.getByLabel('Suunniteltu päättymiskuukausi').fill('2029-08');
    await openStep(page, 'Talous ja resurssit');
    await page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await page.getByLabel('Tehtävä').fill('Ohjaaja');
    await page.getByLabel(/kuukausipalkka/).fill('2 700');
    await page.getByLabel('Kuukaudet hankkeessa').fill('24');
    await page.getByLabel('Työaikaosuus (%)').fill('60');
    await page.locator('.figures-table').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    const cells = await page.locator('.figures-table td').evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td.lastChild ?? td);
        return { text: td.textContent ?? '', lines: range.getClientRects().length };
      }),
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c.lines, c.text).toBe(1);
    expect(problems).toEqual([]);
  });

  it('asks "Tarkoititko 60 %?" for a share written as a fraction and fixes it with one tap', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    await openStep(page, 'Talous ja resurssit');
    await page.getByRole('button', { name: /Lisää henkilö/ }).click();
    await page.getByLabel('Työaikaosuus (%)').fill('0,6');
    await page.getByText('Työaikaosuus: 0,6 % on hyvin pieni osuus. Tarkoititko 60 %?').waitFor();
    await page.getByRole('button', { name: 'Kyllä, 60 %' }).click();
    expect(await page.getByLabel('Työaikaosuus (%)').inputValue()).toBe('60');
    await page.getByText(/Tarkoititko/).waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  });
});

describe('help that saves typing', () => {
  it('adds ready-made indicators with unit and source, and suggests emphases from the words already written', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    await openStep(page, 'Tarve ja kohderyhmä');
    await page.getByLabel('Mikä on ongelma tai tarve?').fill('Moni ikääntynyt kokee yksinäisyyttä, ja mielen hyvinvointi on koetuksella.');
    await openStep(page, 'Tavoitteet');
    await page.getByText(/näyttää sopivan hankkeeseen/).waitFor();
    await page
      .getByText(/ehdotus: tekstissänne/)
      .first()
      .waitFor();
    // Each choice says in plain words what it means, with an example.
    await page.getByText('Toiminta tukee mielen jaksamista ja arjen taitoja.').waitFor();
    await page.getByRole('button', { name: /^Valitse .*ehdotet/ }).click();
    expect(await page.getByLabel(/^Mielen hyvinvointi ja arjen taidot/).isChecked()).toBe(true);

    await openStep(page, 'Tulokset, mittarit ja jatkuvuus');
    await page.getByRole('button', { name: '+ Osallistujat yhteensä (EECO01)' }).click();
    await page.getByRole('button', { name: '+ Koettu osallisuus (THL)' }).click();
    expect(await page.getByLabel('Mittari', { exact: true }).nth(0).inputValue()).toMatch(/EECO01/);
    expect(await page.getByLabel('Yksikkö').nth(0).inputValue()).toBe('henkilöä');
    expect(await page.getByLabel('Tietolähde').nth(1).inputValue()).toMatch(/osallisuusindikaattori/);
    expect(problems).toEqual([]);
  });
});

describe('accessibility with the newest axe rules', () => {
  it('has no WCAG 2.1 AA / 2.2 violations (label in name and target size included) on any step at 360 px', async () => {
    const { page, problems } = await phone();
    await newDraft(page);
    const violations: string[] = [];
    for (const step of STEPS) {
      await openStep(page, step.title);
      for (const add of await page.getByRole('button', { name: /^\+ Lisää/ }).all()) await add.click();
      const result = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .options({ rules: { 'label-content-name-mismatch': { enabled: true }, 'target-size': { enabled: true } } })
        .analyze();
      violations.push(...result.violations.map((v) => `${step.id}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('drafts of every earlier version, with coordinator comments', () => {
  for (const version of [1, 2, 3]) {
    it(`opens a v${version} draft after migration with its texts and comments in place`, async () => {
      const { page, problems } = await phone();
      const raw = JSON.parse(readFileSync(`tests/fixtures/drafts/v${version}-full.json`, 'utf8')) as Record<string, any>;
      // v1 and v2 had no comments: give every version one beside an action, where v3 keeps them.
      const action = raw.actions[0];
      const comment = {
        id: `c-v${version}`,
        section: 'toimenpiteet',
        itemId: action.id,
        text: `Kommentti versiolle ${version}`,
        verdict: 'korjattava',
        author: 'K',
        createdAt: '2026-11-28T10:00:00.000Z',
        done: false,
      };
      if (version === 3) raw.comments = [...raw.comments, comment];
      const file = join(tmpdir(), `v${version}-${Date.now()}.ideapaperi.json`);
      await writeFile(
        file,
        JSON.stringify({ format: 'ideapaperi-draft', schemaVersion: version, appVersion: 'old', exportedAt: '', draft: raw }),
      );
      await page.locator('#import-file').setInputFiles(file);
      await page
        .getByRole('button', { name: /^Avaa:/ })
        .first()
        .click();
      await openStep(page, 'Toimenpiteet');
      expect(await page.getByLabel('Toimenpiteen nimi').first().inputValue()).toBe(action.title);
      if (version === 3) {
        const thread = page.locator('.list-editor .item').first().locator('.comments');
        expect(await thread.innerText()).toContain('Kommentti versiolle 3');
      }
      // The moved texts are in their new home: staff and self-financing notes with the money.
      await openStep(page, 'Talous ja resurssit');
      if (raw.resources?.selfFinancing) {
        expect(await page.getByLabel('Miten omarahoitus kootaan?').inputValue()).toBe(raw.resources.selfFinancing);
      }
      expect(problems).toEqual([]);
    });
  }
});
