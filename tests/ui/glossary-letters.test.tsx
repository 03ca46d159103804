// @vitest-environment happy-dom
/** The glossary's letter links move within the page and never change the app's route (the hash). */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GlossaryView } from '../../src/ui/GlossaryView';

describe('glossary letter links', () => {
  it('focus the letter heading and leave the address as it is, so the open draft stays open', () => {
    location.hash = '#/luonnos/d1/tarve';
    render(<GlossaryView />);
    const link = screen.getAllByRole('link')[1]!;
    const letter = link.textContent!;
    fireEvent.click(link);
    expect(location.hash).toBe('#/luonnos/d1/tarve');
    expect(document.activeElement?.id).toBe(`sanasto-${letter}`);
  });
});
