/**
 * A desk row kept with the received paper in storage, so the overview of hundreds of papers
 * opens without running the budget and the fit check of each one again (about 1 ms a paper on
 * a slow phone). The row is derived data: it is used only when it was made by this very build
 * (the rules may change between builds) and has the shape of a DeskRow; anything else is
 * ignored and the row is computed again.
 */
import type { DeskRow } from './row';

/**
 * The type of every field of a row. A shape check, not a schema: the row was written by this
 * build, and every text and figure of the desk is shown defensively ("?" for an odd value), so
 * checking types is enough, and it costs microseconds for 500 rows where a schema parse costs
 * a noticeable part of the desk's opening on a slow phone.
 */
const FIELDS: Readonly<Record<keyof DeskRow, 'string' | 'number' | 'boolean' | 'object'>> = {
  draftId: 'string',
  association: 'string',
  applicantName: 'string',
  businessId: 'string',
  businessIdValid: 'boolean',
  projectName: 'string',
  projectNameRaw: 'string',
  regions: 'object',
  duration: 'object',
  totalCents: 'number',
  aidCents: 'number',
  selfFinancingRequiredCents: 'number',
  sourcesTotalCents: 'number',
  coverage: 'object',
  shortfallCents: 'number',
  hasBudget: 'boolean',
  ready: 'boolean',
  readinessText: 'string',
  esteCount: 'number',
  korjattavaaCount: 'number',
  openCommentCount: 'number',
  updatedAt: 'string',
  receivedAt: 'string',
};
const KEYS = Object.keys(FIELDS) as (keyof DeskRow)[];

function isDeskRow(value: unknown): value is DeskRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  if (!KEYS.every((k) => typeof row[k] === FIELDS[k] && row[k] !== null)) return false;
  const { regions, duration, coverage } = row as { regions: unknown; duration: Record<string, unknown>; coverage: Record<string, unknown> };
  return (
    Array.isArray(regions) &&
    regions.every((r) => typeof r?.id === 'string' && typeof r?.label === 'string') &&
    ['start', 'end'].every((k) => duration[k] === null || typeof duration[k] === 'string') &&
    (duration.months === null || typeof duration.months === 'number') &&
    ['short', 'exact', 'over'].includes(coverage.kind as string) &&
    typeof coverage.differenceCents === 'number'
  );
}

/** What is stored beside a received paper. */
export interface CachedDeskRow {
  /** The build that computed the row. */
  readonly version: string;
  readonly row: DeskRow;
}

export function cacheDeskRow(row: DeskRow, version: string): CachedDeskRow {
  return { version, row };
}

/** The stored row when it is this build's and well formed, else null (compute it again). Never throws. */
export function readCachedDeskRow(value: unknown, version: string, draftId: string): DeskRow | null {
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== version) return null;
  const row = (value as { row?: unknown }).row;
  return isDeskRow(row) && row.draftId === draftId ? row : null;
}
