/**
 * A draft's local state on this device: where the user was and what they were still writing
 * outside the paper (an unfinished coordinator comment). Kept beside the draft in storage, never
 * in the paper or its files; read defensively, so a damaged record is the same as none.
 */
import * as z from 'zod/mini';
import { MAX_TEXT } from './schema';

const unfinishedComment = z.object({
  text: z.string().check(z.maxLength(MAX_TEXT)),
  verdict: z.enum(['korjattava', 'hyva', '']),
  author: z.string().check(z.maxLength(200)),
});

const localStateSchema = z.object({
  /** The step the user was on last (resumed when the draft opens again). */
  step: z.optional(z.string().check(z.maxLength(64))),
  /** Steps the user has been on (their findings show; others are "kesken"). */
  visited: z.optional(z.array(z.string().check(z.maxLength(64))).check(z.maxLength(64))),
  /** Unfinished comments by thread key (`<section>:<itemId>`). */
  comments: z.optional(z.record(z.string().check(z.maxLength(200)), unfinishedComment)),
});

export type DraftLocalState = z.infer<typeof localStateSchema>;
export type UnfinishedComment = z.infer<typeof unfinishedComment>;

/** The stored text of a local state, or an empty one when it is missing or unreadable. */
export function parseLocalState(raw: string | undefined): DraftLocalState {
  if (!raw) return {};
  try {
    const parsed = localStateSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
