/**
 * A stored draft that fails validation is never a dead end. `salvageTexts` lists every text a
 * record holds, whatever its shape, so the user can see and copy it; `repairDraft` makes a
 * valid draft out of it where that can be done, and lists everything it had to take out
 * (items over a limit, over-long text, unknown fields, unreadable values) so nothing goes
 * silently. The caller stores the repaired draft beside the original, never over it.
 */
import { createEmptyDraft } from './new-draft';
import { checkDraft, migrateDraft, upgradeDraft, type DraftIssue } from './migrate';
import type { Draft } from './schema';

/** One text found in a record, at its place. */
export interface FoundText {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

/** Keys whose strings are ids or choices, not the user's writing. */
const NOT_TEXT = new Set(['id', 'schemaVersion', 'goalId', 'goalIds', 'section', 'itemId', 'verdict', 'unit', 'loiStatus', 'costModel']);

/** Every non-empty string in a value, depth first, with its path. Never throws. */
export function salvageTexts(raw: unknown, limit = 5000): FoundText[] {
  const found: FoundText[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: (string | number)[]) => {
    if (found.length >= limit) return;
    if (typeof node === 'string') {
      const key = path.at(-1);
      if (node.trim() && !(typeof key === 'string' && NOT_TEXT.has(key))) found.push({ path, text: node });
      return;
    }
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
    else for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
  };
  walk(raw, []);
  return found;
}

export interface Repair {
  readonly draft: Draft;
  /** What was taken out to make the draft valid, as found texts (shown to the user). */
  readonly removed: readonly FoundText[];
  /** Places whose value was replaced by a default (unreadable dates, unknown choices). */
  readonly reset: readonly (readonly (string | number)[])[];
}

type Node = Record<string, unknown> | unknown[];
/** A deep copy of JSON-like data (drafts are JSON: that is how they travel in files). */
const cloneData = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const isNode = (v: unknown): v is Node => v !== null && typeof v === 'object';

function at(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root;
  for (const key of path) {
    if (!isNode(node)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** The value the empty draft has at a path (list items have none: they are dropped instead). */
function defaultAt(empty: Draft, path: readonly (string | number)[]): { found: boolean; value?: unknown } {
  if (path.some((p) => typeof p === 'number')) return { found: false };
  const value = at(empty, path);
  return value === undefined ? { found: false } : { found: true, value: cloneData(value) };
}

const MAX_ROUNDS = 20;

/**
 * A valid draft made of the record, or null when it cannot be made (not a draft at all, or
 * written by a newer app version: those are exported untouched instead).
 */
export function repairDraft(raw: unknown, { now }: { now: string }): Repair | null {
  const direct = migrateDraft(raw);
  if (direct.ok) return { draft: direct.draft, removed: [], reset: [] };
  if (direct.problem.kind !== 'invalid') return null;
  // Upgrade first (the migrations only add parts), then fix what the schema rejects.
  const upgraded = upgradeDraft(cloneData(raw));
  if (!upgraded.ok) return null;
  const work = upgraded.value;
  const id = typeof work.id === 'string' && work.id ? work.id : 'korjattu';
  const empty = createEmptyDraft({ id, now });
  const removed: FoundText[] = [];
  const reset: (readonly (string | number)[])[] = [];

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const issues = checkDraft(work);
    if (issues.length === 0) return { draft: work as unknown as Draft, removed, reset };
    // Deepest first, so fixing one place does not move the paths of the others.
    const sorted = [...issues].sort((a, b) => b.path.length - a.path.length);
    for (const issue of sorted) fixIssue(work, issue, empty, now, removed, reset);
  }
  return null;
}

function fixIssue(
  work: Record<string, unknown>,
  issue: DraftIssue,
  empty: Draft,
  now: string,
  removed: FoundText[],
  reset: (readonly (string | number)[])[],
): void {
  const path = issue.path;
  const parent = at(work, path.slice(0, -1));
  const key = path.at(-1);
  const value = path.length === 0 ? work : at(work, path);

  // Unknown fields: take them out (their texts are listed).
  if (issue.code === 'unrecognized_keys' && isNode(value) && !Array.isArray(value)) {
    for (const k of issue.keys ?? []) {
      removed.push(...salvageTexts((value as Record<string, unknown>)[k], 5000).map((f) => ({ ...f, path: [...path, k, ...f.path] })));
      delete (value as Record<string, unknown>)[k];
    }
    return;
  }
  // Too many items or too long a text: keep what fits, list the rest.
  if (issue.code === 'too_big') {
    if (Array.isArray(value)) {
      const max = maxOf(issue, value.length);
      value
        .slice(max)
        .forEach((item, i) => removed.push(...salvageTexts(item).map((f) => ({ ...f, path: [...path, max + i, ...f.path] }))));
      value.length = max;
      return;
    }
    if (typeof value === 'string' && isNode(parent) && key !== undefined) {
      const max = maxOf(issue, value.length);
      removed.push({ path, text: value.slice(max) });
      (parent as Record<string | number, unknown>)[key] = value.slice(0, max);
      return;
    }
  }
  // A missing or unreadable value: the empty draft's value when it has one (dates: now).
  if (isNode(parent) && key !== undefined) {
    const isDateKey = key === 'createdAt' || key === 'updatedAt' || key === 'receivedAt';
    const fallback = isDateKey ? { found: true, value: now } : key === 'date' ? { found: true, value: '' } : defaultAt(empty, path);
    if (fallback.found) {
      if (typeof value === 'string' && value.trim() && !isDateKey && key !== 'date') removed.push({ path, text: value });
      (parent as Record<string | number, unknown>)[key] = fallback.value;
      reset.push(path);
      return;
    }
    // Inside a list item: drop the whole item (its texts are listed).
    const itemIndex = path.findIndex((p) => typeof p === 'number');
    if (itemIndex >= 0) {
      const list = at(work, path.slice(0, itemIndex));
      const index = path[itemIndex] as number;
      if (Array.isArray(list) && index < list.length) {
        removed.push(...salvageTexts(list[index]).map((f) => ({ ...f, path: [...path.slice(0, itemIndex + 1), ...f.path] })));
        list.splice(index, 1);
      }
      return;
    }
    // A record entry that is not valid (e.g. a tick with a wrong shape): drop the entry.
    if (!Array.isArray(parent)) {
      removed.push(...salvageTexts(value).map((f) => ({ ...f, path: [...path, ...f.path] })));
      delete (parent as Record<string, unknown>)[String(key)];
    }
  }
}

/** The limit a too_big issue names (zod puts it in the message's code data); length-1 as a fallback. */
function maxOf(issue: DraftIssue, length: number): number {
  return typeof issue.maximum === 'number' ? issue.maximum : Math.max(0, length - 1);
}
