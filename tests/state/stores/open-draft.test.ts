/**
 * Text a tab could not save after another tab took the draft: the newest of it stays offered.
 * A write refused after the handover carries the text of its time; keystrokes that came while
 * its lock check ran are newer, and must not be replaced by it.
 */
import { describe, expect, it } from 'vitest';
import { setAtPath } from '../../../src/domain';
import { createOpenDraft } from '../../../src/state/stores/open-draft';
import { createMemoryDraftsRepository } from '../../../src/storage';
import { makeDraft } from '../../fixtures';

describe('text kept after losing the draft', () => {
  it('a refused older write does not replace keystrokes kept after it', () => {
    let clock = Date.parse('2026-12-01T10:00:00.000Z');
    const { store, control } = createOpenDraft(() => new Date(clock++), createMemoryDraftsRepository());
    control.show(makeDraft({ id: 'a' }), control.source, false);
    // Written while this tab still wrote; its lock check is still running.
    const writing = control.commit([(d) => setAtPath(d, 'project.name', 'Kerho')]);
    expect(writing).not.toBeNull();
    // The other tab takes the draft; one more keystroke comes.
    control.setAccess('reader');
    expect(control.commit([(d) => setAtPath(d, 'project.name', 'Kerho!')])).toBeNull();
    // The check answers: not this tab's to write any more.
    control.keepUnsaved(writing!);
    expect(store.unsavedHere.value?.project.name).toBe('Kerho!');
  });

  it('a refused write is kept when nothing newer is', () => {
    let clock = Date.parse('2026-12-01T10:00:00.000Z');
    const { store, control } = createOpenDraft(() => new Date(clock++), createMemoryDraftsRepository());
    control.show(makeDraft({ id: 'a' }), control.source, false);
    const writing = control.commit([(d) => setAtPath(d, 'project.name', 'Kerho')]);
    control.keepUnsaved(writing!);
    expect(store.unsavedHere.value?.project.name).toBe('Kerho');
  });
});
