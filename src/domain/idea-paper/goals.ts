import { MAIN_GOAL_ID } from './limits';
import type { Draft } from './schema';

export interface GoalChoice {
  readonly id: string;
  readonly label: string;
  /** The goal's name without its text ("Osatavoite 3"), for a summary of what is chosen. */
  readonly short: string;
}

/** The goals an action or indicator can link to: the main goal first, then sub-goals. */
export function goalChoices(draft: Draft): GoalChoice[] {
  const short = (s: string, fallback: string) => {
    const t = s.trim();
    if (!t) return fallback;
    return t.length > 80 ? `${t.slice(0, 79)}…` : t;
  };
  return [
    { id: MAIN_GOAL_ID, label: `Päätavoite: ${short(draft.mainGoal, '(ei vielä kirjoitettu)')}`, short: 'Päätavoite' },
    ...draft.subGoals.map((g, i) => ({
      id: g.id,
      label: `Osatavoite ${i + 1}: ${short(g.text, '(tyhjä)')}`,
      short: `Osatavoite ${i + 1}`,
    })),
  ];
}

/**
 * Bidirectional control characters (embeddings, overrides, isolates, marks) make a name or a
 * letter read differently from what it says ("…fdp.exe" shown as "…exe.pdf"): never shown.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without bidirectional control characters. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Name shown for a draft in lists and titles. */
export function draftDisplayName(name: string): string {
  return stripBidiControls(name).trim() || 'Nimetön luonnos';
}

/** Name of a copy of a draft. */
export function copyName(name: string): string {
  return `${draftDisplayName(name)} (kopio)`;
}

/** Name of an imported draft kept beside an existing one with the same id. */
export function importedName(name: string, day: string): string {
  return `${draftDisplayName(name)} (tuotu ${day})`;
}

/** Name of a repaired copy of a draft that could not be opened. */
export function repairedName(name: string): string {
  return `${draftDisplayName(name)} (korjattu)`;
}

/** Name under which the previous version is kept when an import replaces a draft. */
export function previousVersionName(name: string, day: string): string {
  return `${draftDisplayName(name)} (ennen tuontia ${day})`;
}
