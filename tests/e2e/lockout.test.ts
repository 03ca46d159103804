/**
 * "Nothing the app accepts can lock the user out", reproduced as a user meets each case: a file
 * with a bad date, a damaged stored draft, a list at its limit, a merge past the comment limit,
 * delete/undo and rename across two tabs, steady typing followed by a renderer crash, and an
 * unfinished comment in a closed tab.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMMENTS, MAX_ITEMS, serializeDraftFile, type Comment, type Draft } from '../../src/domain';
import { makeFullDraft } from '../fixtures';
import { baseUrl, launchBrowser, watchPage } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const INFO = { appVersion: '0.1.0', exportedAt: '2026-12-01T10:00:00.000Z' };

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fi-FI' });
  context.setDefaultTimeout(15_000);
  return context;
}

async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(baseUrl());
  // The static first paint shows the button disabled until the app has started.
  await page.locator('button:enabled', { hasText: 'Aloita uusi luonnos' }).waitFor();
  return { page, problems };
}

async function fileOf(name: string, text: string): Promise<string> {
  const path = join(tmpdir(), `${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`);
  await writeFile(path, text);
  return path;
}

async function importDraft(page: Page, draft: unknown): Promise<void> {
  await page.locator('#import-file').setInputFiles(await fileOf('luonnos.ideapaperi.json', serializeDraftFile(draft as Draft, INFO)));
}

const comment = (id: string): Comment => ({
  id,
  section: 'tarve',
  itemId: '',
  text: `Kommentti ${id}`,
  verdict: 'korjattava',
  author: 'Koordinaattori',
  createdAt: INFO.exportedAt,
  done: false,
});

describe('a file or record the app cannot read never locks the user out', () => {
  it('refuses a draft file with an unreadable date, and the app keeps starting', async () => {
    const context = await newContext();
    const { page, problems } = await openPage(context);
    await importDraft(page, { ...makeFullDraft('a'), updatedAt: 'not a date' });
    await page.getByText(/Luonnoksessa on virhe kohdassa Muokkausaika/).waitFor();
    await importDraft(page, { ...makeFullDraft('b'), updatedAt: '+999999-01-01T00:00:00.000Z' });
    await page.getByText(/Luonnoksessa on virhe kohdassa Muokkausaika/).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Omat luonnokset' }).waitFor();
    expect(await page.getByRole('button', { name: /^Avaa:/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a damaged stored draft as its own card, salvages its texts and makes a repaired copy', async () => {
    const context = await newContext();
    const { page, problems } = await openPage(context);
    await importDraft(page, makeFullDraft('ehja'));
    await page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).waitFor();
    // A record as an older, laxer version could have stored it: a bad date and 302 goals.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('ideapaperi');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const get = await new Promise<Record<string, unknown>>((resolve) => {
        const r = db.transaction('drafts').objectStore('drafts').get('ehja');
        r.onsuccess = () => resolve(r.result as Record<string, unknown>);
      });
      const broken = {
        ...get,
        id: 'rikki',
        updatedAt: 'not a date',
        project: { ...(get.project as object), name: 'Rikkinäinen hanke' },
        subGoals: Array.from({ length: 302 }, (_, i) => ({ id: `g${i}`, text: `Osatavoite numero ${i + 1}` })),
      };
      await new Promise<void>((resolve) => {
        const tx = db.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put(broken);
        tx.oncomplete = () => resolve();
      });
      db.close();
    });
    await page.reload();
    // Both drafts list; the damaged one says so and offers the salvage view.
    await page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).waitFor();
    // A backup cannot carry the damaged record (it would not import): it names it instead.
    const [backup] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Vie kaikki (varmuuskopio)' }).first().click(),
    ]);
    const saved = JSON.parse(await readFile(await backup.path(), 'utf8')) as { drafts: { id: string }[] };
    expect(saved.drafts.map((d) => d.id)).toEqual(['ehja']);
    expect(await page.getByRole('alert').filter({ hasText: 'Varmuuskopiosta jäi pois' }).innerText()).toBe(
      'Varmuuskopiosta jäi pois 1 luonnos, jota tämä sovelluksen versio ei osaa avata: ”Rikkinäinen hanke”. Se on yhä tallessa laitteella. Tallenna se erikseen luonnoksen kohdasta ”Avaa pelastusnäkymä”.',
    );
    await page.getByRole('button', { name: 'Avaa pelastusnäkymä: Rikkinäinen hanke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Luonnoksen pelastus: Rikkinäinen hanke' }).waitFor();
    await page.getByText('Osatavoite numero 302').first().waitFor();
    expect(await page.locator('.salvage-removed li').allInnerTexts()).toEqual([
      'Osatavoitteet, kohta 301: Osatavoite: Osatavoite numero 301',
      'Osatavoitteet, kohta 302: Osatavoite: Osatavoite numero 302',
    ]);
    await page.getByRole('button', { name: 'Tee korjattu kopio' }).click();
    await page.getByText('Korjattu kopio ”Rikkinäinen hanke (korjattu)” on nyt luonnoslistassa.').waitFor();
    await page.getByRole('button', { name: /Takaisin luonnoksiin/ }).click();
    await page.getByRole('button', { name: 'Avaa: Rikkinäinen hanke (korjattu)' }).click();
    await openStep(page, 'Tavoitteet');
    await expect.poll(() => page.locator('.list-editor .item').count()).toBe(MAX_ITEMS);
    // What the repair took out is visible beside the paper.
    await openStep(page, 'Hakija');
    await page.getByText(/Poistetut: korjauksessa/).waitFor();
    expect(await page.locator('main').innerText()).toContain('Osatavoite numero 302');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('limits are told where data is written', () => {
  it('turns the add button off at the list limit and says why', async () => {
    const context = await newContext();
    const { page, problems } = await openPage(context);
    const goals = Array.from({ length: MAX_ITEMS }, (_, i) => ({ id: `g${i}`, text: '' }));
    await importDraft(page, { ...makeFullDraft('a'), subGoals: goals });
    await page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    await openStep(page, 'Tavoitteet');
    const add = page.getByRole('button', { name: /Lisää osatavoite/ });
    expect(await add.isDisabled()).toBe(true);
    expect(await page.locator('.list-full').innerText()).toMatch(/enimmäismäärä, 300 kohtaa/);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tavoitteet' }).waitFor();
    await expect.poll(() => page.locator('.list-editor .item').count()).toBe(MAX_ITEMS);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a comments-only import that would pass the comment limit, and the draft still opens', async () => {
    const context = await newContext();
    const { page, problems } = await openPage(context);
    await importDraft(page, { ...makeFullDraft('a'), comments: [comment('oma')] });
    await page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).waitFor();
    const many = Array.from({ length: MAX_COMMENTS }, (_, i) => comment(`k${i}`));
    await importDraft(page, { ...makeFullDraft('a'), comments: many });
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /kommentit/i })
      .click();
    await page.getByText(/Tuontia ei tehty.*Kommentit: siinä on liian monta kohtaa \(enintään 1000\)\. Mitään ei muutettu/).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    await openStep(page, 'Tarve ja kohderyhmä');
    expect(await page.locator('[data-comment]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('tabs agree on the life of a draft', () => {
  it('tells the other tab of a deletion, and undo keeps its newer text', async () => {
    const context = await newContext();
    const a = await openPage(context);
    await importDraft(a.page, makeFullDraft('a'));
    // Stored before the second tab starts (a tab reads the list when it opens).
    await a.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).waitFor();
    const b = await openPage(context);
    await b.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    await openStep(b.page, 'Tavoitteet');
    await b.page.getByLabel('Päätavoite').fill('Toisen välilehden uusin teksti');
    await waitSaved(b.page);

    await a.page.getByRole('button', { name: 'Poista: Yhdessä kylillä' }).click();
    await a.page.getByRole('dialog').getByRole('button', { name: 'Poista luonnos' }).click();
    await b.page.getByText(/poistettiin toisessa välilehdessä/).waitFor();
    expect(await b.page.getByLabel('Päätavoite').inputValue()).toBe('Toisen välilehden uusin teksti');
    expect(await b.page.getByLabel('Päätavoite').isDisabled()).toBe(true);

    await a.page.getByRole('button', { name: 'Peru poisto' }).click();
    await a.page.getByText(/palautettiin toisessa välilehdessä/).waitFor();
    await b.page.getByText(/poistettiin toisessa välilehdessä/).waitFor({ state: 'detached' });
    await a.page.reload();
    await a.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).waitFor();
    await b.page.close();
    await a.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    await openStep(a.page, 'Tavoitteet');
    expect(await a.page.getByLabel('Päätavoite').inputValue()).toBe('Toisen välilehden uusin teksti');
    expect([...a.problems, ...b.problems]).toEqual([]);
    await context.close();
  });

  it('renames through the tab that edits the draft, so its next keystroke keeps the name', async () => {
    const context = await newContext();
    const a = await openPage(context);
    await importDraft(a.page, makeFullDraft('a'));
    // Stored before the second tab starts (a tab reads the list when it opens).
    await a.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).waitFor();
    const b = await openPage(context);
    await b.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    await openStep(b.page, 'Hanke lyhyesti');

    await a.page.getByRole('button', { name: 'Nimeä uudelleen: Yhdessä kylillä' }).click();
    await a.page.getByLabel('Hankkeen uusi nimi').fill('Uusi nimi toisesta välilehdestä');
    await a.page.getByRole('button', { name: 'Tallenna' }).click();
    await expect.poll(() => b.page.getByLabel('Hankkeen työnimi').inputValue()).toBe('Uusi nimi toisesta välilehdestä');
    await b.page.getByLabel('Tiivistelmä').fill('Kirjoitan lisää.');
    await waitSaved(b.page);
    await a.page.reload();
    await a.page.getByRole('button', { name: 'Avaa: Uusi nimi toisesta välilehdestä' }).waitFor();
    expect([...a.problems, ...b.problems]).toEqual([]);
    await context.close();
  });
});

describe('typed text survives a crash', () => {
  it('keeps all but the last 2 s of steady typing when the renderer crashes', async () => {
    const context = await newContext();
    const { page } = await openPage(context);
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    const field = page.getByLabel('Aiempi hankekokemus');
    await field.click();
    // One key every 200 ms for 6 s, never pausing long enough for the 400 ms debounce.
    const keys = 30;
    for (let i = 0; i < keys; i++) {
      await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
      await page.waitForTimeout(200);
    }
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    // The renderer dies at once: no unload, no pagehide, no flush (a tab crash or a killed app).
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const after = await context.newPage();
    after.setDefaultTimeout(15_000);
    await after.goto(baseUrl());
    await after
      .getByRole('button', { name: /^Avaa:/ })
      .first()
      .click();
    const kept = await after.getByLabel('Aiempi hankekokemus').inputValue();
    // At most the last 2 s (10 keys) may be lost; everything kept is exactly what was typed.
    expect(kept.length).toBeGreaterThanOrEqual(keys - 10);
    expect('abcdefghijklmnopqrstuvwxyzabcd'.startsWith(kept)).toBe(true);
    await context.close();
  });

  it('keeps an unfinished coordinator comment when the tab is closed', async () => {
    const context = await newContext();
    const first = await openPage(context);
    await importDraft(first.page, makeFullDraft('a'));
    await first.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    await first.page.getByRole('button', { name: 'Kommentointi' }).click();
    await openStep(first.page, 'Tarve ja kohderyhmä');
    await first.page.getByRole('button', { name: /Kommentoi\s*: Tarve/ }).click();
    await first.page.getByLabel('Kommentti', { exact: true }).fill('Puolivalmis kommentti, jota ei vielä tallennettu');
    await first.page.waitForTimeout(600);
    await first.page.close();
    const second = await openPage(context);
    await second.page.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }).click();
    await second.page.getByRole('button', { name: 'Kommentointi' }).click();
    await openStep(second.page, 'Tarve ja kohderyhmä');
    expect(await second.page.getByLabel('Kommentti', { exact: true }).inputValue()).toBe(
      'Puolivalmis kommentti, jota ei vielä tallennettu',
    );
    expect(second.problems).toEqual([]);
    await context.close();
  });
});
