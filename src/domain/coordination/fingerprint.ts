/**
 * Fingerprints of the draft's sections, so the association sees which sections changed
 * after the coordinator's commented version (stored in `draft.review`).
 */
import type { Draft, Review } from '../idea-paper/schema';
import { PARTS, type PartId } from '../idea-paper/parts';

/** FNV-1a 32-bit: small, stable and good enough to notice a change (not for security). */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Fingerprint per part that has content (the check-and-export part has none). */
export function sectionFingerprints(draft: Draft): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of PARTS) {
    if (part.holds.length === 0) continue;
    const content = (part.holds as readonly string[]).map((key) =>
      JSON.stringify((draft as unknown as Record<string, unknown>)[key] ?? null),
    );
    out[part.id] = fnv1a(content.join('\u0000'));
  }
  return out;
}

/** Parts whose content differs from the coordinator's commented version. */
export function changedSinceReview(draft: Draft, review: Review | null = draft.review): PartId[] {
  if (!review) return [];
  const now = sectionFingerprints(draft);
  return PARTS.filter((p) => p.id in now && review.sectionHashes[p.id] !== undefined && review.sectionHashes[p.id] !== now[p.id]).map(
    (p) => p.id,
  );
}
