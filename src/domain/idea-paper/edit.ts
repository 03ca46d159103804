/**
 * Immutable edits of list items, by id, so that reordering never mixes up which item a change
 * belongs to. Single fields are edited by typed path (paths.ts).
 */
import { MAX_ITEMS, type Action, type Draft, type Goal, type Indicator, type Partner, type Risk } from './schema';

/** Lists of the draft that the wizard edits item by item. */
export interface DraftLists {
  subGoals: Goal;
  actions: Action;
  indicators: Indicator;
  partners: Partner;
  risks: Risk;
}
export type ListKey = keyof DraftLists;

/** Replaces fields of one list item. */
export function updateItem<K extends ListKey>(draft: Draft, list: K, id: string, patch: Partial<DraftLists[K]>): Draft {
  const items = draft[list] as DraftLists[K][];
  return { ...draft, [list]: items.map((item) => (item.id === id ? { ...item, ...patch } : item)) };
}

/** Whether a list has room for one more item (MAX_ITEMS). */
export function hasRoom(items: readonly unknown[]): boolean {
  return items.length < MAX_ITEMS;
}

/** Appends an item; a full list is left as it is (the UI disables adding and says why). */
export function addItem<K extends ListKey>(draft: Draft, list: K, item: DraftLists[K]): Draft {
  if (!hasRoom(draft[list])) return draft;
  return { ...draft, [list]: [...(draft[list] as DraftLists[K][]), item] };
}

/** The list with one element moved up (-1) or down (+1); an out-of-range move returns the list itself. */
export function moveById<T extends { id: string }>(items: readonly T[], id: string, delta: -1 | 1): readonly T[] {
  const from = items.findIndex((i) => i.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length) return items;
  const next = [...items];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
}

/** Moves an item up (-1) or down (+1); out-of-range moves change nothing. */
export function moveItem(draft: Draft, list: ListKey, id: string, delta: -1 | 1): Draft {
  const items = draft[list] as readonly { id: string }[];
  const moved = moveById(items, id, delta);
  return moved === items ? draft : { ...draft, [list]: moved };
}

/** Removes an item. Goals go through removeGoal so that links are cleaned up too. */
export function removeItem(draft: Draft, list: ListKey, id: string): Draft {
  if (list === 'subGoals') return removeGoal(draft, id);
  return { ...draft, [list]: (draft[list] as { id: string }[]).filter((i) => i.id !== id) };
}

/** What links to a goal: shown to the user before the goal is removed. */
export function goalLinks(draft: Draft, goalId: string): { actions: Action[]; indicators: Indicator[] } {
  return {
    actions: draft.actions.filter((a) => a.goalIds.includes(goalId)),
    indicators: draft.indicators.filter((i) => i.goalId === goalId),
  };
}

/** Removes a sub-goal and unlinks the actions and indicators that pointed at it. */
export function removeGoal(draft: Draft, goalId: string): Draft {
  return {
    ...draft,
    subGoals: draft.subGoals.filter((g) => g.id !== goalId),
    actions: draft.actions.map((a) => (a.goalIds.includes(goalId) ? { ...a, goalIds: a.goalIds.filter((g) => g !== goalId) } : a)),
    indicators: draft.indicators.map((i) => (i.goalId === goalId ? { ...i, goalId: '' } : i)),
  };
}
