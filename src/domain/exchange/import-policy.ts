/**
 * What an import stores, as a pure function: the file's drafts, the drafts already on the
 * device with the same ids, and the user's choice go in; the drafts to store (in one
 * transaction) come out. The association's text is never changed by a comments-only import,
 * and replacing always keeps the previous version as its own draft.
 */
import { mergeComments } from '../coordination/comments';
import { importedName, previousVersionName } from '../idea-paper/goals';
import type { Draft } from '../idea-paper/schema';
import { finnishDate } from '../time/helsinki';

/** replace: take the file's version; keepBoth: import as a new draft; comments: bring only the comments. */
export type ImportChoice = 'replace' | 'keepBoth' | 'comments';

export interface ImportPlan {
  readonly toStore: readonly Draft[];
  /** Previous versions kept as their own drafts (replace). */
  readonly keptPrevious: number;
  /** Comments added or updated (comments). */
  readonly comments: number;
}

interface Context {
  /** ISO time of the import. */
  readonly at: string;
  readonly newId: () => string;
}

/** The incoming draft under a new id and a name that says it was imported. */
export function importedCopy(draft: Draft, { at, newId }: Context): Draft {
  return { ...draft, id: newId(), project: { ...draft.project, name: importedName(draft.project.name, finnishDate(at)) } };
}

/** Decides what to store for an import whose drafts partly exist here already. */
export function planImport(incoming: readonly Draft[], existing: readonly Draft[], choice: ImportChoice, ctx: Context): ImportPlan {
  const here = new Map(existing.map((d) => [d.id, d]));
  if (choice === 'comments') {
    let comments = 0;
    const toStore = incoming.map((d) => {
      const local = here.get(d.id);
      if (!local) return d;
      const merged = mergeComments(local, d, ctx.at);
      comments += merged.added + merged.updated;
      return merged.draft;
    });
    return { toStore, keptPrevious: 0, comments };
  }
  if (choice === 'replace') {
    const day = finnishDate(ctx.at);
    const previous = existing.map((old) => ({
      ...old,
      id: ctx.newId(),
      updatedAt: ctx.at,
      project: { ...old.project, name: previousVersionName(old.project.name, day) },
    }));
    return { toStore: [...previous, ...incoming], keptPrevious: previous.length, comments: 0 };
  }
  return { toStore: incoming.map((d) => (here.has(d.id) ? importedCopy(d, ctx) : d)), keptPrevious: 0, comments: 0 };
}
