// @vitest-environment happy-dom
/** The fit badge's chips are drawn again whenever the fit check updates, mostly with the same counts. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { LevelChip } from '../../src/ui/components/FitCounts';

describe('LevelChip', () => {
  it('leaves the DOM alone when it renders the same count again, also a count of 0', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<LevelChip level="este" count={0} compact />, root);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(root, { subtree: true, characterData: true, childList: true });
    render(<LevelChip level="este" count={0} compact />, root);
    await Promise.resolve();
    changes.push(...observer.takeRecords());
    expect(changes).toEqual([]);
    render(<LevelChip level="este" count={2} compact />, root);
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    expect(root.textContent).toBe('Este 2');
    observer.disconnect();
  });
});
