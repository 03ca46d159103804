/**
 * Starts opening the database before the rest of the app's code is evaluated: main.tsx imports
 * this module first, so on a slow phone the open (done by the browser off the main thread, and
 * slowest on a first visit, when the database is created) overlaps the evaluation of the app.
 * Its callbacks are forwarded to whatever main.tsx sets in `storageEvents` once the state exists.
 */
import { createIdbDraftsRepository } from './storage';

export const storageEvents: {
  /** A newer app version in another tab wants the database. */
  onVersionChange?: () => void | Promise<unknown>;
  /** This tab's upgrade waits for an older tab to close. */
  onBlocked?: () => void;
} = {};

export const earlyRepository = createIdbDraftsRepository({
  onVersionChange: () => storageEvents.onVersionChange?.(),
  onBlocked: () => storageEvents.onBlocked?.(),
});
// Handled where it is awaited (main.tsx falls back to memory); not an unhandled rejection meanwhile.
earlyRepository.catch(() => undefined);
