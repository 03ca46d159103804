import type { FieldIssue } from '../../domain';

/**
 * Wraps a computation of a field's messages so that it returns the previous array while the
 * messages are the same: the field then does not re-render when another field changes.
 */
export function sameIssues(compute: () => readonly FieldIssue[]): () => readonly FieldIssue[] {
  let last: readonly FieldIssue[] = [];
  return () => {
    const next = compute();
    const same =
      next.length === last.length && next.every((issue, i) => issue.message === last[i]!.message && issue.field === last[i]!.field);
    if (!same) last = next;
    return last;
  };
}
