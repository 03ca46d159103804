import type { DraftIssue } from '../domain';

/** Named storage failures, so the UI can tell the user what happened in plain words. */
export type StorageErrorKind =
  /** IndexedDB missing or refused (private mode, old browser, blocked by settings). */
  | 'unavailable'
  /** The device or the browser's share for this site is full. */
  | 'quota'
  /** Another tab holds an older version of the database open. */
  | 'blocked'
  /** The stored database is newer than this app (an older app version was opened). */
  | 'version'
  /** A stored draft could not be read as a draft. */
  | 'corrupt'
  /** The draft to save would not load again (it breaks the schema): refused, nothing written. */
  | 'invalid'
  /** Anything else: the write did not happen. */
  | 'failed';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly kind: StorageErrorKind,
    message: string,
    override readonly cause?: unknown,
    /** For 'invalid': where the draft breaks the schema. */
    readonly issues: readonly DraftIssue[] = [],
  ) {
    super(message);
  }
}

/** Quota errors have different spellings per engine (Chromium, Firefox, old WebKit). */
export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

/** Wraps any thrown value into a StorageError of the right kind. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  if (isQuotaError(error)) return new StorageError('quota', 'Storage quota exceeded', error);
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'VersionError') return new StorageError('version', 'Database is newer than the app', error);
  return new StorageError('failed', String((error as Error | null)?.message ?? error), error);
}
