/**
 * The start view with many drafts, on a phone: the newest are drawn, the rest come on request
 * (keyboard first, the focus on the first card added), and the search finds any of them.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeBackupFile } from '../../src/domain';
import { makeTypicalDraft } from '../fixtures';
import { usePageEachTest } from './browser';

const s = usePageEachTest({ viewport: { width: 360, height: 740 }, timeout: 30_000 });

/** 25 drafts edited a minute apart: "Hanke 24" is the newest. */
async function importMany() {
  const base = makeTypicalDraft('many');
  const drafts = Array.from({ length: 25 }, (_, i) => ({
    ...base,
    id: `many-${i}`,
    updatedAt: new Date(Date.UTC(2026, 10, 1, 8, i)).toISOString(),
    project: { ...base.project, name: `Hanke ${i}` },
  }));
  const file = join(tmpdir(), `many-drafts-${Date.now()}.ideapaperi-varmuuskopio.json`);
  await writeFile(file, serializeBackupFile(drafts, { appVersion: 'test', exportedAt: new Date().toISOString() }));
  await s.page.locator('#import-file').setInputFiles(file);
  await s.page.getByText('Näkyvissä 20 viimeksi muokattua luonnosta 25:stä.', { exact: false }).waitFor();
}

const names = () => s.page.locator('.draft-name').allInnerTexts();

describe('many drafts on the start view', () => {
  it('draws the 20 newest, adds the rest from the keyboard and finds any by name', async () => {
    await importMany();
    expect(await names()).toEqual(Array.from({ length: 20 }, (_, i) => `Hanke ${24 - i}`));
    const axe = await new AxeBuilder({ page: s.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const more = s.page.getByRole('button', { name: 'Näytä seuraavat 5' });
    const box = await more.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await more.focus();
    await s.page.keyboard.press('Enter');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('Hanke 4');
    expect(await names()).toHaveLength(25);
    expect(await s.page.getByRole('button', { name: /^Näytä seuraavat/ }).count()).toBe(0);
    // No sideways scrolling on the phone with the longer list.
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await s.page.getByLabel('Etsi luonnosta nimellä').fill('hanke 1');
    await expect
      .poll(names)
      .toEqual([
        'Hanke 19',
        'Hanke 18',
        'Hanke 17',
        'Hanke 16',
        'Hanke 15',
        'Hanke 14',
        'Hanke 13',
        'Hanke 12',
        'Hanke 11',
        'Hanke 10',
        'Hanke 1',
      ]);
    await s.page.getByRole('button', { name: 'Avaa: Hanke 1', exact: true }).click();
    await s.page.getByRole('heading', { level: 1, name: 'Hakija' }).waitFor();
  });
});
