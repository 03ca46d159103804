/**
 * Coordinator comments: where they attach and how a commented draft coming back from the
 * coordinator is merged. Comments attach to a part of the paper (parts.ts) and, for lists, to an item
 * id, so reordering or editing items never moves a comment to the wrong item. A merge brings
 * comments only: not one character of the association's own text changes.
 */
import type { Comment, Draft } from '../idea-paper/schema';
import { partTitle, type PartId } from '../idea-paper/parts';
import { sectionFingerprints } from './fingerprint';

/** Lists whose items can carry comments, by part. */
export const COMMENTABLE_LISTS: Readonly<Partial<Record<PartId, (d: Draft) => readonly { id: string }[]>>> = {
  tavoitteet: (d) => d.subGoals,
  toimenpiteet: (d) => d.actions,
  tulokset: (d) => d.indicators,
  kumppanit: (d) => d.partners,
  riskit: (d) => d.risks,
  talous: (d) => d.budget.staff,
};

/** Comments beside a section (itemId '') or one item, oldest first. */
export function commentsFor(draft: Draft, section: string, itemId = ''): Comment[] {
  return draft.comments.filter((c) => c.section === section && c.itemId === itemId);
}

/** True when the comment's item no longer exists in the draft (the comment then shows at its section). */
export function isOrphaned(draft: Draft, comment: Comment): boolean {
  if (!comment.itemId) return false;
  const items = COMMENTABLE_LISTS[comment.section as PartId]?.(draft);
  return !items?.some((i) => i.id === comment.itemId);
}

/**
 * Comments that still ask something of the association: not marked done, and not a "hyvä"
 * (good) verdict, because praise needs no action. The export panel, the PDF appendix, the
 * desk and the step list all count these.
 */
export function openComments(draft: Draft): Comment[] {
  return draft.comments.filter((c) => !c.done && c.verdict !== 'hyva');
}

/** Whether an imported draft brings comments this draft does not have yet, or changed ones. */
export function hasNewComments(local: Draft, incoming: Draft): boolean {
  const known = new Map(local.comments.map((c) => [c.id, c]));
  return incoming.comments.some((c) => {
    const here = known.get(c.id);
    return !here || here.text !== c.text || here.verdict !== c.verdict || (c.done && !here.done);
  });
}

export interface CommentMerge {
  readonly draft: Draft;
  readonly added: number;
  readonly updated: number;
}

/**
 * Brings the coordinator's comments into the local draft. New comments are added; a comment
 * both have takes the coordinator's text and verdict but stays done if either side marked it
 * done. The local draft's own content is untouched; `review` records the coordinator's version
 * so the app can show what changed since.
 */
export function mergeComments(local: Draft, incoming: Draft, receivedAt: string): CommentMerge {
  const byId = new Map(incoming.comments.map((c) => [c.id, c]));
  let updated = 0;
  const merged = local.comments.map((c) => {
    const theirs = byId.get(c.id);
    if (!theirs) return c;
    byId.delete(c.id);
    const next = { ...c, text: theirs.text, verdict: theirs.verdict, author: theirs.author, done: c.done || theirs.done };
    if (next.text !== c.text || next.verdict !== c.verdict || next.done !== c.done) updated++;
    return next;
  });
  const added = [...byId.values()];
  return {
    draft: { ...local, comments: [...merged, ...added], review: { receivedAt, sectionHashes: sectionFingerprints(incoming) } },
    added: added.length,
    updated,
  };
}

/** Title of the section a comment belongs to. */
export function sectionTitle(section: string): string {
  return partTitle(section);
}
