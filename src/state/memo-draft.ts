/**
 * Memoisation by the parts of the draft a computation reads. A draft is immutable and an edit
 * copies only the path it changes, so an untouched part keeps its identity: a computation that
 * read only `need` and `targetGroup` last time can be reused as long as those two objects are
 * the same. The parts read are recorded on every run (like a signal's dependencies), so a
 * branch that reads more parts next time is tracked too.
 */
import type { Draft } from '../domain';

type Key = keyof Draft;

/** Wraps `fn(draft)` so it reruns only when a top-level part it read last time has changed. */
export function memoByDraftParts<T>(fn: (draft: Draft) => T): (draft: Draft) => T {
  let read: readonly (readonly [Key, unknown])[] | null = null;
  let last: T;
  return (draft) => {
    if (read && read.every(([key, value]) => draft[key] === value)) return last;
    const seen = new Map<Key, unknown>();
    const tracked = new Proxy(draft, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof key === 'string' && key in target) seen.set(key as Key, value);
        return value;
      },
    });
    last = fn(tracked);
    read = [...seen];
    return last;
  };
}

/**
 * Keeps the previous array while every entry is the same object, so a computed signal over it
 * does not notify its readers when nothing they show has changed.
 */
export function sameEntries<T>(): (next: readonly T[]) => readonly T[] {
  let last: readonly T[] = [];
  return (next) => {
    if (next.length === last.length && next.every((x, i) => x === last[i])) return last;
    last = next;
    return next;
  };
}
