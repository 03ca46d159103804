import { computed } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { Draft } from '../../domain';
import { memoByDraftParts, useApp } from '../../state';

/**
 * A value derived from the open draft that changes only when a part of the draft it reads does:
 * a component using it re-renders for its own data, not for every keystroke elsewhere.
 * `deps` are the component's own inputs that change what is read (a section id, an item id);
 * a new computed is made when they change, because Preact may reuse the component for another
 * section (a step's parts render at the same places) and a computed only follows signals.
 */
export function useDraftMemo<T>(fn: (draft: Draft) => T, fallback: T, deps: readonly unknown[]): T {
  const app = useApp();
  const derived = useMemo(() => {
    const memo = memoByDraftParts(fn);
    return computed(() => {
      const d = app.draft.current.value;
      return d ? memo(d) : fallback;
    });
  }, deps);
  return derived.value;
}
