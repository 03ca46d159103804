// @vitest-environment happy-dom
/**
 * A long list opens with its first items and draws the rest a slice per frame; adding an item
 * draws the whole list at once so the new item can take the focus.
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ListEditor, nextDrawn } from '../../../src/ui/components/ListEditor';

afterEach(cleanup);

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `x${i}`, text: `Kohta ${i}` }));
const drawn = () => document.querySelectorAll('.items > .item').length;

function List({ list, onAdd = () => 'x0' }: { list: readonly { id: string; text: string }[]; onAdd?: () => string }) {
  return (
    <ListEditor
      label="Kohdat"
      itemName="Kohta"
      addName="kohta"
      items={list}
      onAdd={onAdd}
      onMove={() => {}}
      onRemove={() => {}}
      confirmRemove={() => null}
      describe={(x) => x.text}
    >
      {(x) => <p>{x.text}</p>}
    </ListEditor>
  );
}

describe('ListEditor drawing a long list', () => {
  it('draws 6 items in the first frame, then slices that grow from 10 until all are there', async () => {
    const seen: number[] = [];
    const observer = new MutationObserver(() => seen.push(drawn()));
    observer.observe(document.body, { childList: true, subtree: true });
    render(<List list={items(45)} />);
    await waitFor(() => expect(drawn()).toBe(45), { timeout: 3000 });
    observer.disconnect();
    const counts = [...new Set(seen)];
    expect(counts[0]).toBe(6);
    expect(counts.at(-1)).toBe(45);
    // Every frame after the first adds a slice of at least 10 (the last may be the rest).
    counts.slice(1, -1).forEach((n, i) => expect(n - counts[i]!).toBeGreaterThanOrEqual(10));
    expect(document.querySelector('.items > .item:last-child')?.textContent).toContain('Kohta 44');
  });

  it('grows the slices but never past 30 a frame, so even 300 items are all there within 15 frames', () => {
    const counts = [6];
    while (counts.at(-1)! < 300) counts.push(nextDrawn(counts.at(-1)!));
    const slices = counts.slice(1).map((n, i) => n - counts[i]!);
    slices.forEach((slice, i) => {
      expect(slice).toBeGreaterThanOrEqual(10);
      expect(slice).toBeLessThanOrEqual(30);
      if (i > 0) expect(slice).toBeGreaterThanOrEqual(slices[i - 1]!);
    });
    expect(slices.at(-1)).toBe(30);
    expect(counts.length).toBeLessThanOrEqual(15);
  });

  it('draws a short list whole at once', () => {
    render(<List list={items(5)} />);
    expect(drawn()).toBe(5);
  });

  it('draws the whole list at once when an item is added before the rest came', () => {
    const { rerender } = render(<List list={items(45)} />);
    expect(drawn()).toBe(6);
    const longer = [...items(45), { id: 'new', text: 'Uusi' }];
    fireEvent.click(document.querySelector<HTMLButtonElement>('.list-editor > .button')!);
    rerender(<List list={longer} />);
    expect(drawn()).toBe(46);
  });
});
