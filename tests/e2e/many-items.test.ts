/**
 * A draft with many goals: the goal choices of each action and indicator are built only when
 * the user opens them, and they work as the plain controls do (keyboard, saving, axe).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDraftFile, type Draft } from '../../src/domain';
import { makeTypicalDraft } from '../fixtures';
import { usePageEachTest } from './browser';
import { openStep, waitSaved } from './wizard-helpers';

const s = usePageEachTest({ viewport: { width: 360, height: 740 }, timeout: 20_000 });

/** The typical draft with 30 sub-goals, 30 actions and 30 indicators. */
function manyGoals(): Draft {
  const d = makeTypicalDraft('many-goals');
  const n = 30;
  return {
    ...d,
    project: { ...d.project, name: 'Monta tavoitetta' },
    subGoals: Array.from({ length: n }, (_, i) => ({ id: `g${i}`, text: `Vähintään ${i + 10} osallistujaa kylällä ${i + 1}.` })),
    actions: Array.from({ length: n }, (_, i) => ({
      id: `a${i}`,
      title: `Toimenpide ${i + 1}`,
      description: 'Kokoontuminen viikoittain.',
      goalIds: [`g${i}`],
      timing: '',
      responsible: '',
    })),
    indicators: Array.from({ length: n }, (_, i) => ({
      id: `i${i}`,
      goalId: `g${i}`,
      name: `Mittari ${i + 1}`,
      unit: 'henkilöä',
      baseline: '0',
      target: '10',
      source: 'Listat',
    })),
  };
}

async function importAndOpen(draft: Draft) {
  const file = join(tmpdir(), `many-${Date.now()}.ideapaperi.json`);
  await writeFile(file, serializeDraftFile(draft, { appVersion: 'test', exportedAt: new Date().toISOString() }));
  await s.page.locator('#import-file').setInputFiles(file);
  await s.page.getByRole('button', { name: `Avaa: ${draft.project.name}` }).click();
  await s.page.getByRole('heading', { level: 1 }).waitFor();
}

describe('many goals', () => {
  it('an action shows its goals in short and builds the checkboxes when asked, keyboard first', async () => {
    const draft = manyGoals();
    await importAndOpen(draft);
    await openStep(s.page, 'Toimenpiteet');
    // 30 actions × 31 goals would be 930 checkboxes: none is built yet.
    expect(await s.page.locator('input[type="checkbox"][id*="goalIds"]').count()).toBe(0);
    const first = s.page.locator('.goal-summary').first();
    expect(await first.innerText()).toContain('Osatavoite 1');
    const button = first.getByRole('button', { name: 'Valitse tavoitteet (31 vaihtoehtoa)' });
    await button.focus();
    await s.page.keyboard.press('Enter');
    // The first checkbox of that action takes the focus; only that action's checkboxes exist.
    await expect.poll(() => s.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    expect(await s.page.locator('input[type="checkbox"][id*="goalIds"]').count()).toBe(31);
    await s.page.keyboard.press('Space'); // ticks the main goal
    await waitSaved(s.page);
    await s.page.reload();
    await s.page.getByRole('heading', { level: 1, name: 'Toimenpiteet' }).waitFor();
    expect(await s.page.locator('.goal-summary').first().innerText()).toContain('Päätavoite, Osatavoite 1');
    // Items off screen are not laid out (content-visibility: auto): axe would measure their empty
    // placeholders. Once the list has drawn every action (a slice per frame after the first), lay
    // them all out, as each is when the user scrolls to it.
    await s.page.locator(`#item-${draft.actions.at(-1)!.id}`).waitFor();
    await s.page.evaluate(() => {
      for (const item of document.querySelectorAll<HTMLElement>('.items > .item')) item.style.contentVisibility = 'visible';
    });
    const axe = await new AxeBuilder({ page: s.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('an indicator’s goal select holds the chosen goal and gets every goal once it is reached', async () => {
    await importAndOpen(manyGoals());
    await openStep(s.page, 'Tulokset, mittarit ja jatkuvuus');
    const select = s.page.locator('select[id*="goalId"]').nth(2);
    expect(await select.locator('option').count()).toBe(2); // "Valitse" and the chosen goal
    expect(await select.inputValue()).toBe('g2');
    await select.focus();
    await expect.poll(() => select.locator('option').count()).toBe(32);
    await select.selectOption('main');
    await waitSaved(s.page);
    await s.page.reload();
    await s.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await s.page.locator('select[id*="goalId"]').nth(2).inputValue()).toBe('main');
  });
});
