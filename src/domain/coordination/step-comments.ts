/**
 * Where a draft's coordinator comments are, step by step: the step list shows the counts on
 * both sides (the association sees where the coordinator wrote, the coordinator where they
 * already have), and the summary lists every comment with a link to it.
 */
import { PARTS, type PartId } from '../idea-paper/parts';
import type { Comment, Draft } from '../idea-paper/schema';
import { stepOfPart, type StepId } from '../idea-paper/steps';
import { openComments } from './comments';

/** A step of the paper, or the "Mitä seuraavaksi?" view after it (its part has no step). */
export type CommentView = StepId | 'seuraavaksi';

export interface StepCommentCount {
  /** Every comment of the step, done ones included. */
  readonly all: number;
  /** Those still asking something of the association (openComments). */
  readonly open: number;
}

const isPart = (section: string): section is PartId => PARTS.some((p) => p.id === section);

/** The view that shows a comment's thread; undefined for a section this version does not know (an old file's). */
export function commentView(comment: Pick<Comment, 'section'>): CommentView | undefined {
  if (!isPart(comment.section)) return undefined;
  return comment.section === 'seuraavaksi' ? 'seuraavaksi' : stepOfPart(comment.section);
}

/** Comment counts per view; views without comments are left out. */
export function stepCommentCounts(draft: Draft): ReadonlyMap<CommentView, StepCommentCount> {
  const open = new Set(openComments(draft).map((c) => c.id));
  const counts = new Map<CommentView, StepCommentCount>();
  for (const c of draft.comments) {
    const view = commentView(c);
    if (!view) continue;
    const before = counts.get(view) ?? { all: 0, open: 0 };
    counts.set(view, { all: before.all + 1, open: before.open + (open.has(c.id) ? 1 : 0) });
  }
  return counts;
}
