import type { ImportErrorCode } from '../src/domain';

/** Every code an import may give; `satisfies` makes the compiler keep the list complete. */
export const KNOWN_IMPORT_CODES: ReadonlySet<string> = new Set(
  Object.keys({
    'too-large': 1,
    empty: 1,
    'pdf-without-draft': 1,
    zip: 1,
    binary: 1,
    'not-json': 1,
    'too-deep': 1,
    'forbidden-key': 1,
    'unknown-format': 1,
    'future-version': 1,
    'missing-version': 1,
    'invalid-draft': 1,
    'too-many': 1,
    'app-reload': 1,
    storage: 1,
    'open-elsewhere': 1,
    'over-limit': 1,
  } satisfies Record<ImportErrorCode, 1>),
);
