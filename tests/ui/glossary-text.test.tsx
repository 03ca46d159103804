// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryTerm } from '../../src/domain';
import { GlossaryText } from '../../src/ui/components/GlossaryText';
import { GlossaryView, glossaryEntryId } from '../../src/ui/GlossaryView';

afterEach(cleanup);

const TEXT = 'Hakija maksaa omarahoituksen itse. Ennakkoa voi hakea, ja omarahoitusta tarvitaan aina.';

const noteOf = (button: HTMLElement) => document.getElementById(button.getAttribute('aria-controls') ?? '')!;

describe('GlossaryText', () => {
  it('renders the text unchanged with each found term as a button', () => {
    const { container } = render(
      <p>
        <GlossaryText text={TEXT} />
      </p>,
    );
    const buttons = screen.getAllByRole('button');
    // "omarahoitusta" is the second occurrence of the same term: not a button.
    expect(buttons.map((b) => b.textContent)).toEqual(['omarahoituksen', 'Ennakkoa']);
    for (const b of buttons) {
      expect(b.getAttribute('type')).toBe('button');
      expect(b.getAttribute('aria-expanded')).toBe('false');
      expect(noteOf(b)).not.toBeNull();
      expect(noteOf(b).hidden).toBe(true);
    }
    // With the explanations closed, the visible text reads exactly like the original.
    const visible = [...container.querySelector('p')!.childNodes]
      .filter((n) => !(n instanceof HTMLElement && n.hidden))
      .map((n) => n.textContent)
      .join('');
    expect(visible).toBe(TEXT);
  });

  it('renders plain text when there are no terms', () => {
    const { container } = render(<GlossaryText text="Lyhyt nimi." />);
    expect(container.textContent).toBe('Lyhyt nimi.');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('opens the explanation in place on click and closes it on a second click', () => {
    render(
      <p>
        <GlossaryText text={TEXT} />
      </p>,
    );
    const button = screen.getByRole('button', { name: 'omarahoituksen' });
    const note = noteOf(button);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(note.hidden).toBe(false);
    expect(note.getAttribute('role')).toBe('note');
    // Right after the button, with the term name in bold.
    expect(button.nextElementSibling).toBe(note);
    expect(note.querySelector('strong')?.textContent).toBe(glossaryTerm('omarahoitus')!.term);
    expect(note.textContent).toContain(glossaryTerm('omarahoitus')!.explanation);
    // The other term stays closed.
    expect(screen.getByRole('button', { name: 'Ennakkoa' }).getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(note.hidden).toBe(true);
  });

  it('closes with Escape and keeps focus on the button', () => {
    render(<GlossaryText text={TEXT} />);
    const button = screen.getByRole('button', { name: 'Ennakkoa' });
    button.focus();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(button);

    fireEvent.keyDown(button, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(noteOf(button).hidden).toBe(true);
    expect(document.activeElement).toBe(button);
  });

  it('gives every explanation its own id', () => {
    render(
      <div>
        <p>
          <GlossaryText text={TEXT} />
        </p>
        <p>
          <GlossaryText text={TEXT} />
        </p>
      </div>,
    );
    const ids = screen.getAllByRole('button').map((b) => b.getAttribute('aria-controls'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('can leave a term unmarked', () => {
    render(<GlossaryText text={TEXT} exclude={['ennakko']} />);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['omarahoituksen']);
  });
});

describe('GlossaryView', () => {
  it('lists every term once, alphabetically, as description lists under letter headings', () => {
    const { container } = render(<GlossaryView />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sanasto' })).toBeTruthy();
    const terms = [...container.querySelectorAll('dl dt')].map((dt) => dt.textContent);
    expect(terms).toHaveLength(GLOSSARY.length);
    const collator = new Intl.Collator('fi', { sensitivity: 'base', numeric: true });
    expect(terms).toEqual([...terms].sort((a, b) => collator.compare(a!, b!)));
    expect(container.querySelectorAll('h3.term-letter').length).toBeGreaterThan(5);
    const entry = container.querySelector(`#${glossaryEntryId('myrs')}`)!;
    expect(entry.querySelector('dd')?.textContent).toBe(glossaryTerm('myrs')!.explanation);
  });
});
