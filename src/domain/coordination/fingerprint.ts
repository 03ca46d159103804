/**
 * Fingerprints of the draft's sections, so the association sees which sections changed
 * after the coordinator's commented version (stored in `draft.review`).
 */
import type { Draft, Review } from '../idea-paper/schema';
import { STEPS, type StepId } from '../idea-paper/steps';

/** FNV-1a 32-bit: small, stable and good enough to notice a change (not for security). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Fingerprint per step that has content (the summary step has none). */
export function sectionFingerprints(draft: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const step of STEPS) {
    if (step.sections.length === 0) continue;
    const content = (step.sections as readonly string[]).map((key) =>
      JSON.stringify((draft as unknown as Record<string, unknown>)[key] ?? null),
    );
    out[step.id] = fnv1a(content.join('\u0000'));
  }
  return out;
}

/** Steps whose content differs from the coordinator's commented version. */
export function changedSinceReview(draft: Draft, review: Review | null = draft.review): StepId[] {
  if (!review) return [];
  const now = sectionFingerprints(draft);
  return STEPS.filter((s) => s.id in now && review.sectionHashes[s.id] !== undefined && review.sectionHashes[s.id] !== now[s.id]).map(
    (s) => s.id,
  );
}
