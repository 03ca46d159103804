// @vitest-environment happy-dom
/**
 * The main flows rendered as the user meets them: the real App with the real createAppState on
 * the in-memory repository (no mocks), driven through the DOM.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppContext, createAppState } from '../../src/state';
import { createMemoryDraftsRepository } from '../../src/storage';
import { App } from '../../src/ui/App';
import { makeFullDraft } from '../fixtures';

afterEach(cleanup);

// The wizard is a lazily loaded chunk; its first import under Vitest compiles all of it, which
// took over a second on a 2-core machine: load it once here, so a flow's waits measure the flow.
beforeAll(async () => {
  await import('../../src/ui/lazy-views');
}, 30_000);

async function renderApp(initial: unknown[] = []) {
  // Durable like IndexedDB, so the status line speaks of the device (not the memory-only warning).
  const repo = { ...createMemoryDraftsRepository(initial), durable: true };
  let n = 0;
  const state = createAppState({ repo, now: () => new Date('2026-12-01T10:32:00.000Z'), newId: () => `id-${++n}`, autosaveDelayMs: 20 });
  await state.list.refresh();
  render(
    <AppContext.Provider value={state}>
      <App />
    </AppContext.Provider>,
  );
  return { state, repo };
}

describe('the app, rendered with the real state', () => {
  it('opens a stored draft from the list at its first step', async () => {
    await renderApp([makeFullDraft('a')]);
    fireEvent.click(screen.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Hakija' });
    expect(heading).toBeTruthy();
    expect((screen.getByLabelText('Hakijan nimi') as HTMLInputElement).value).toBe('Kylätoiminta Testilä ry');
  });

  it('types into a field, says it is saving, then that it is on the device', async () => {
    const { repo } = await renderApp();
    fireEvent.click(screen.getByRole('button', { name: /Aloita uusi luonnos/ }));
    const name = (await screen.findByLabelText('Hakijan nimi')) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'Testilän kyläyhdistys ry' } });
    // The keystroke reaches the draft just after it is painted (pending-edits.ts); the field shows it at once.
    expect(name.value).toBe('Testilän kyläyhdistys ry');
    await waitFor(() => expect(document.querySelector('.save-status')?.textContent).toBe('Muutoksia tallennetaan…'));
    await waitFor(() => expect(document.querySelector('.save-status')?.textContent).toMatch(/^Tallennettu laitteelle klo \d{1,2}\.\d{2}$/));
    expect((await repo.get('id-1'))?.applicant.name).toBe('Testilän kyläyhdistys ry');
  });

  it('moves to the next step and back, with the new heading shown', async () => {
    await renderApp([makeFullDraft('a')]);
    fireEvent.click(screen.getByRole('button', { name: 'Avaa: Yhdessä kylillä' }));
    await screen.findByRole('heading', { level: 1, name: 'Hakija' });
    fireEvent.click(screen.getByRole('button', { name: /^Seuraava/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hanke lyhyesti' })).toBeTruthy();
    expect((screen.getByLabelText('Hankkeen työnimi') as HTMLInputElement).value).toBe('Yhdessä kylillä');
    fireEvent.click(screen.getByRole('button', { name: /^← Edellinen/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Hakija' })).toBeTruthy();
  });
});

describe('the start view with many drafts', () => {
  // 45 drafts, edited one minute apart: "Hanke 44" is the newest.
  const many = Array.from({ length: 45 }, (_, i) => {
    const d = makeFullDraft(`d${i}`);
    return { ...d, updatedAt: new Date(Date.UTC(2026, 10, 1, 8, i)).toISOString(), project: { ...d.project, name: `Hanke ${i}` } };
  });
  const cardNames = () => [...document.querySelectorAll('.draft-name')].map((h) => h.textContent);

  it('draws the 20 newest, says how many there are, and adds 20 more on request with the focus on the first added', async () => {
    await renderApp(many);
    expect(cardNames()).toEqual(Array.from({ length: 20 }, (_, i) => `Hanke ${44 - i}`));
    expect(screen.getByText('Näkyvissä 20 viimeksi muokattua luonnosta 45:stä. Etsi nimellä tai näytä lisää.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Näytä seuraavat 20' }));
    await waitFor(() => expect(cardNames()).toHaveLength(40));
    expect(document.activeElement?.textContent).toBe('Hanke 24');
    fireEvent.click(screen.getByRole('button', { name: 'Näytä seuraavat 5' }));
    await waitFor(() => expect(cardNames()).toHaveLength(45));
    expect(screen.queryByRole('button', { name: /^Näytä seuraavat/ })).toBeNull();
  });

  it('searches all of them, also those not drawn yet', async () => {
    await renderApp(many);
    fireEvent.input(screen.getByLabelText('Etsi luonnosta nimellä'), { target: { value: 'hanke 3' } });
    await waitFor(() =>
      expect(cardNames()).toEqual([
        'Hanke 39',
        'Hanke 38',
        'Hanke 37',
        'Hanke 36',
        'Hanke 35',
        'Hanke 34',
        'Hanke 33',
        'Hanke 32',
        'Hanke 31',
        'Hanke 30',
        'Hanke 3',
      ]),
    );
    expect(screen.getByText('Näytetään 11 luonnosta 45:stä.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Näytä seuraavat/ })).toBeNull();
  });
});
