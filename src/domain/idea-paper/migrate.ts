/**
 * Every draft that enters the app (IndexedDB read, imported file) passes through here:
 * check it is an object with a known `schemaVersion`, upgrade it step by step to the
 * current version, then validate the result strictly. Nothing is repaired silently.
 */
import { MIGRATIONS, OLDEST_SCHEMA_VERSION, type Migrations, type RawDraft } from './migrations';
import { draftSchema, SCHEMA_VERSION, type Draft } from './schema';

export { MIGRATIONS, OLDEST_SCHEMA_VERSION, type Migrations } from './migrations';

export type DraftProblem =
  | { kind: 'not-object' }
  | { kind: 'missing-version' }
  | { kind: 'future-version'; version: number }
  | { kind: 'invalid'; issues: DraftIssue[] };

/** One reason a value is not a valid draft; `keys` lists unknown field names, `maximum` a limit. */
export interface DraftIssue {
  readonly path: (string | number)[];
  readonly code: string;
  readonly keys?: string[];
  readonly maximum?: number;
  /** For too_big: whether a list ('array') or a text ('string') is over its limit. */
  readonly origin?: string;
}

export type MigrateResult = { ok: true; draft: Draft; migratedFrom: number } | { ok: false; problem: DraftProblem };

function isPlainObject(value: unknown): value is RawDraft {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type ZodIssues = ReturnType<typeof draftSchema.safeParse>['error'] extends infer E ? (E extends { issues: infer I } ? I : never) : never;

function toDraftIssues(issues: ZodIssues): DraftIssue[] {
  return issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: i.code,
    ...(i.code === 'unrecognized_keys' ? { keys: i.keys } : {}),
    ...(i.code === 'too_big' && typeof i.maximum === 'number' ? { maximum: i.maximum, origin: String(i.origin) } : {}),
  }));
}

/**
 * Why a current-version draft would not load again; empty when it would. Storage runs this
 * before every write, so that nothing the app writes can lock the user out of a draft.
 */
export function checkDraft(draft: unknown): DraftIssue[] {
  const parsed = draftSchema.safeParse(draft);
  return parsed.success ? [] : toDraftIssues(parsed.error.issues);
}

/**
 * Upgrades an unknown value step by step to the current shape, without the final validation
 * (repair works on what comes out). Fails only when it is not a draft of a known version.
 */
export function upgradeDraft(
  input: unknown,
  migrations: Migrations = MIGRATIONS,
): { ok: true; value: RawDraft; from: number } | { ok: false; problem: DraftProblem } {
  if (!isPlainObject(input)) return { ok: false, problem: { kind: 'not-object' } };
  const version = input.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_SCHEMA_VERSION) {
    return { ok: false, problem: { kind: 'missing-version' } };
  }
  if (version > SCHEMA_VERSION) return { ok: false, problem: { kind: 'future-version', version } };
  let current: RawDraft = input;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, problem: { kind: 'missing-version' } };
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, value: current, from: version };
}

/** Upgrade and validate an unknown value into a current-version draft. */
export function migrateDraft(input: unknown, migrations: Migrations = MIGRATIONS): MigrateResult {
  const upgraded = upgradeDraft(input, migrations);
  if (!upgraded.ok) return upgraded;
  const current = upgraded.value;
  const version = upgraded.from;
  const parsed = draftSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problem: { kind: 'invalid', issues: toDraftIssues(parsed.error.issues) } };
  return { ok: true, draft: parsed.data, migratedFrom: version };
}
