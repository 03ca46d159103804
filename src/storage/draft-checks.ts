/**
 * The draft schema checks storage needs: reading a stored record as a draft (migrateDraft) and
 * refusing to write a draft that would not load again. They carry zod and the whole draft
 * schema, so they are loaded on first use (draft-checks-loader.ts), not with the first screen:
 * the start view lists drafts from their summaries and needs no schema.
 */
import { checkDraft } from '../domain';
import { StorageError } from './errors';

export { migrateDraft } from '../domain';

/**
 * Refuses to write a draft that would not load again: the last good stored version stays as it
 * is, and the caller keeps the text in memory and tells the user.
 */
export function assertStorable(draft: unknown): void {
  const issues = checkDraft(draft);
  if (issues.length > 0) {
    const id = (draft as { id?: unknown } | null)?.id;
    throw new StorageError('invalid', `Draft ${String(id)} would not load again; not saved`, undefined, issues);
  }
}
