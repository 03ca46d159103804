/**
 * The draft's lists in one registry: what a new item looks like and which of its fields names
 * it. The wizard's list editors, messages and checks read this instead of repeating it.
 */
import type { DraftLists, ListKey } from './edit';

export interface ListSpec<K extends ListKey> {
  /** A new, empty item (the id is added by the editor). */
  readonly empty: () => Omit<DraftLists[K], 'id'>;
  /** The field whose text names an item in headings and messages. */
  readonly nameProp: keyof DraftLists[K] & string;
}

export const LISTS: { readonly [K in ListKey]: ListSpec<K> } = {
  subGoals: { empty: () => ({ text: '' }), nameProp: 'text' },
  actions: { empty: () => ({ title: '', description: '', goalIds: [], timing: '', responsible: '' }), nameProp: 'title' },
  indicators: { empty: () => ({ goalId: '', name: '', unit: '', baseline: '', target: '', source: '' }), nameProp: 'name' },
  partners: { empty: () => ({ name: '', role: '', loiStatus: 'ei' }), nameProp: 'name' },
  risks: { empty: () => ({ risk: '', likelihood: '', impact: '', mitigation: '' }), nameProp: 'risk' },
};

/** The text that names an item, or '' when it has none yet. */
export function itemNameText<K extends ListKey>(list: K, item: DraftLists[K]): string {
  const value = item[LISTS[list].nameProp];
  return typeof value === 'string' ? value.trim() : '';
}
