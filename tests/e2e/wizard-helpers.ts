import type { Page } from 'playwright-core';

/** Opens a wizard step from the step list (expanding it on narrow screens). */
export async function openStep(page: Page, title: string): Promise<void> {
  const details = page.locator('.step-nav details');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('.step-nav summary').click();
  await page
    .locator('.step-nav')
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}( |$)`) })
    .click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** Waits until the header says the latest edit is on the device. */
export async function waitSaved(page: Page): Promise<void> {
  // Typing reaches the draft just after the frame that shows it (pending-edits.ts): let the last
  // keystroke get there, so an earlier "Tallennettu" is not taken for this one.
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0))));
  await page
    .getByRole('status')
    .filter({ hasText: /Tallennettu laitteelle/ })
    .first()
    .waitFor();
}

/** Escapes a literal for use inside a RegExp (step titles may contain "?"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Opens "Mitä seuraavaksi?", the view after the last step. */
export async function openNextSteps(page: Page): Promise<void> {
  await openStep(page, 'Tarkista ja vie');
  await page.getByRole('button', { name: 'Mitä seuraavaksi? →' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mitä seuraavaksi?' }).waitFor();
}
