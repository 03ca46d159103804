/**
 * Loads the draft checks (draft-checks.ts) once. Storage operations that read or write whole
 * drafts await `loadDraftChecks()`; code that must not wait a turn (the database upgrade,
 * a save while the page is being hidden) uses `loadedDraftChecks()` when they are there.
 */
export type DraftChecks = typeof import('./draft-checks');

let loading: Promise<DraftChecks> | undefined;
let loaded: DraftChecks | undefined;

export function loadDraftChecks(): Promise<DraftChecks> {
  loading ??= import('./draft-checks').then(
    (m) => (loaded = m),
    (error: unknown) => {
      // A failed fetch (offline before the app was cached) may work next time.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The checks when already loaded, else undefined. */
export const loadedDraftChecks = (): DraftChecks | undefined => loaded;

/** The checks, without waiting a turn when they are already loaded. */
export const draftChecks = (): DraftChecks | Promise<DraftChecks> => loaded ?? loadDraftChecks();
