// @vitest-environment happy-dom
/** A view loaded on first use never leaves the user at "loading" when its code fails to load. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { lazyView } from '../../src/ui/lazy-wizard';

describe('lazyView', () => {
  it('says in Finnish that the view could not be loaded, and loads it on "Yritä uudelleen"', async () => {
    let attempts = 0;
    const View = lazyView(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return () => <p>Koordinaattorin työpöytä</p>;
    });
    render(<View />);
    expect(screen.getByRole('status').textContent).toBe('Ladataan…');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tätä näkymää ei voitu ladata');
    expect(alert.textContent).toContain('Tekstisi on tallessa');
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    await waitFor(() => expect(screen.getByText('Koordinaattorin työpöytä')).toBeTruthy());
    expect(attempts).toBe(2);
  });
});
