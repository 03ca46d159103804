/**
 * The upgrade steps between schema versions, and so the current version: one more than the
 * last step's. Each step is frozen as written: it builds the shape of its own version with
 * literals (never the app's current defaults), so a later change of a default cannot change
 * what an old draft becomes. To change the shape: change the schema and add a step here.
 */

/** Oldest schema version the app can still read. */
export const OLDEST_SCHEMA_VERSION = 1;

/** The empty budget as version 2 had it (the staff and self-financing notes came in v4). */
const V2_EMPTY_BUDGET = () => {
  const none = () => ({ amount: '', unit: 'eur' });
  return { costModel: 'flat40', staff: [], financing: { own: none(), municipal: none(), otherPublic: none(), private: none() } };
};

export type RawDraft = Record<string, unknown>;
/** Upgrade steps: MIGRATIONS[n] turns a version-n draft into a version-(n+1) draft. */
export type Migrations = Readonly<Record<number, (draft: RawDraft) => RawDraft>>;

export const MIGRATIONS: Migrations = {
  // v1 (wizard only) → v2: adds the draft budget and the ESR+ fit answers, both empty.
  1: (draft) => ({ ...draft, budget: V2_EMPTY_BUDGET(), fit: { emphases: {}, objectives: {}, selfAssessment: {} } }),
  // v2 → v3: adds coordinator comments, the review fingerprint, next steps and letters.
  2: (draft) => ({ ...draft, comments: [], review: null, nextSteps: {}, letters: {} }),
  // v3 → v4 (about ten steps): staff and self-financing are asked once, with the money, so
  // their free texts move into the budget; continuity and the participant-data question are
  // new; comments on the old fit step now sit with the emphases (in the goals step).
  3: (draft) => migrateV3(draft),
};

/** Old section (step) ids whose content now has another home in the paper. */
const MOVED_SECTIONS: Readonly<Record<string, string>> = { sopivuus: 'painotukset' };
/** Sections whose content changed shape in v4: their coordinator fingerprints no longer compare. */
const RESHAPED_SECTIONS = new Set(['tulokset', 'resurssit', 'talous']);

function migrateV3(draft: RawDraft): RawDraft {
  const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const { staff = '', selfFinancing = '', ...resources } = obj(draft.resources);
  const comments = Array.isArray(draft.comments)
    ? draft.comments.map((c) => {
        const section = obj(c).section;
        return typeof section === 'string' && Object.hasOwn(MOVED_SECTIONS, section) ? { ...obj(c), section: MOVED_SECTIONS[section] } : c;
      })
    : draft.comments;
  const review = draft.review && typeof draft.review === 'object' ? obj(draft.review) : null;
  const hashes = review ? obj(review.sectionHashes) : {};
  return {
    ...draft,
    resources,
    results: { ...obj(draft.results), continuity: '', participantData: '' },
    budget: { ...obj(draft.budget), staffNote: staff, financingNote: selfFinancing },
    comments,
    review: review && {
      ...review,
      sectionHashes: Object.fromEntries(
        Object.entries(hashes)
          .filter(([k]) => !RESHAPED_SECTIONS.has(k))
          .map(([k, v]) => [Object.hasOwn(MOVED_SECTIONS, k) ? MOVED_SECTIONS[k] : k, v]),
      ),
    },
  };
}

/** The current schema version: every step applied to the oldest version. */
export const SCHEMA_VERSION: number = OLDEST_SCHEMA_VERSION + Object.keys(MIGRATIONS).length;
