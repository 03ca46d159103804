/** What the salvage view needs (field names, the repair): loaded only when a broken draft is opened. */
import {
  describePath,
  draftDisplayName,
  MAX_COMMENTS,
  MAX_TEXT,
  repairDraft,
  repairedName,
  salvageTexts,
  setAtPath,
  type Comment,
  type Draft,
} from '../domain';

/** A stored record that cannot be opened, shown with every text it holds (salvage view). */
export interface SalvageCase {
  readonly id: string;
  readonly name: string;
  readonly texts: readonly { readonly where: string; readonly text: string }[];
  /** The repaired draft and what the repair takes out; null when it cannot be repaired. */
  readonly repair: { readonly draft: Draft; readonly removed: readonly { readonly where: string; readonly text: string }[] } | null;
  /** Set once the repaired copy is stored. */
  readonly repairedName?: string;
}

/** Heading of the note that lists what a repair took out ("poistetut"). */
export const REMOVED_NOTE_HEADING =
  'Poistetut: korjauksessa luonnoksesta otettiin pois nämä, jotta sen voi avata. Siirrä tarvittavat tiedot oikeisiin kohtiin.';

/** The list of what a repair took out, as a note beside the paper (a comment the user can mark done). */
export function removedNote(removed: readonly { where: string; text: string }[], id: string, at: string): Comment {
  const lines = removed.map((r) => `• ${r.where}: ${r.text}`).join('\n');
  const text = `${REMOVED_NOTE_HEADING}\n${lines}`;
  return {
    id,
    section: 'hakija',
    itemId: '',
    text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text,
    verdict: 'korjattava',
    author: 'Ideapaperi',
    createdAt: at,
    done: false,
  };
}

/** A record that cannot be opened, with every text it holds and the repair that is possible. */
export function salvageCase(id: string, raw: unknown, now: string): SalvageCase {
  const named = (f: { path: readonly (string | number)[]; text: string }) => ({ where: describePath(f.path), text: f.text });
  const rawName = (raw as { project?: { name?: unknown } } | undefined)?.project?.name;
  const repair = repairDraft(raw, { now });
  return {
    id,
    name: draftDisplayName(typeof rawName === 'string' ? rawName : ''),
    texts: salvageTexts(raw).map(named),
    repair: repair && { draft: repair.draft, removed: repair.removed.map(named) },
  };
}

/** The repaired draft as a new draft beside the broken one, with what was taken out as a note. */
export function repairedCopy(repair: NonNullable<SalvageCase['repair']>, at: string, newId: () => string): Draft {
  const { draft, removed } = repair;
  return {
    ...setAtPath(draft, 'project.name', repairedName(draft.project.name)),
    id: newId(),
    updatedAt: at,
    // What the repair took out stays visible beside the paper, never silently gone.
    comments: removed.length ? [...draft.comments, removedNote(removed, newId(), at)].slice(-MAX_COMMENTS) : draft.comments,
  };
}
