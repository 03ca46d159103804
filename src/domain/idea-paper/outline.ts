/**
 * The idea paper as readable sections, in the wizard's order, each titled as its part: what the
 * summary step shows, and the base of the PDF content model. A part's entries are its questions'
 * answers unless it says otherwise (parts/<id>.ts); empty values stay visible (as `null`) so a
 * reader sees what is still missing.
 */
import type { OutlineEntry, OutlineItems } from './part-kit';
import { PARTS, type PartId } from './parts';
import type { Draft } from './schema';

export type { OutlineEntry, OutlineItem } from './part-kit';

export interface OutlineSection {
  readonly stepId: PartId;
  readonly title: string;
  readonly entries: readonly OutlineEntry[];
  /** Items of a list (goals, actions, …) with their own entries. */
  readonly items?: OutlineItems;
}

/** The draft as sections of labelled values, in the order of the parts (the wizard's order). */
export function buildOutline(d: Draft): OutlineSection[] {
  return PARTS.flatMap((part): OutlineSection[] => {
    const entries = part.outline(d);
    const items = part.items?.(d);
    // A part without answers of its own (the check step, the fit ticks) has no section here.
    if (entries.length === 0 && !items) return [];
    return [{ stepId: part.id, title: part.title, entries, ...(items ? { items } : {}) }];
  });
}
