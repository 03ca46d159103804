/**
 * Sorting the desk by any column. Stable (rows that compare equal keep their order in both
 * directions), text in Finnish alphabetical order (Intl.Collator('fi'): … z å ä ö, with
 * numbers inside names compared as numbers, "Hanke 2" before "Hanke 10"), numbers and dates
 * numerically, and missing values (no name, unreadable date, unknown month, no budget) last
 * whichever the direction.
 */
import { deskMonthIndex, readDeskDate } from './dates';
import type { DeskRow } from './row';

export type DeskColumn =
  | 'association'
  | 'project'
  | 'regions'
  | 'start'
  | 'end'
  | 'months'
  | 'total'
  | 'aid'
  | 'selfFinancing'
  | 'sources'
  | 'coverage'
  | 'readiness'
  | 'este'
  | 'korjattavaa'
  | 'openComments'
  | 'updatedAt'
  | 'receivedAt';

export type DeskSortDirection = 'asc' | 'desc';

export interface DeskSort {
  readonly column: DeskColumn;
  readonly direction: DeskSortDirection;
}

export type DeskColumnKind = 'text' | 'number' | 'date';

export interface DeskColumnInfo {
  readonly id: DeskColumn;
  /** Finnish column heading. */
  readonly title: string;
  readonly kind: DeskColumnKind;
  /** The value sorted by; null = missing (sorted last). */
  readonly key: (row: DeskRow) => string | number | null;
}

const text = (value: string): string | null => (value === '' ? null : value);
const number = (value: number | null): number | null => (value !== null && Number.isFinite(value) ? value : null);

/**
 * The sortable columns in the order the desk shows them. Ascending means: A → Ö, smaller
 * first, older first; for readiness, ready papers first; for coverage, the largest shortfall
 * first (the key is sources − required self-financing, negative when short).
 */
export const DESK_COLUMNS: readonly DeskColumnInfo[] = [
  { id: 'association', title: 'Hakija', kind: 'text', key: (r) => text(r.applicantName) },
  { id: 'project', title: 'Hanke', kind: 'text', key: (r) => text(r.projectNameRaw) },
  { id: 'regions', title: 'Alueet', kind: 'text', key: (r) => text(r.regions.map((g) => g.label).join(', ')) },
  { id: 'start', title: 'Alkaa', kind: 'date', key: (r) => deskMonthIndex(r.duration.start) },
  { id: 'end', title: 'Päättyy', kind: 'date', key: (r) => deskMonthIndex(r.duration.end) },
  { id: 'months', title: 'Kesto (kk)', kind: 'number', key: (r) => number(r.duration.months) },
  { id: 'total', title: 'Kustannukset', kind: 'number', key: (r) => number(r.totalCents) },
  { id: 'aid', title: 'Haettava tuki', kind: 'number', key: (r) => number(r.aidCents) },
  { id: 'selfFinancing', title: 'Omarahoitusosuus', kind: 'number', key: (r) => number(r.selfFinancingRequiredCents) },
  { id: 'sources', title: 'Omarahoituksen lähteet', kind: 'number', key: (r) => number(r.sourcesTotalCents) },
  { id: 'coverage', title: 'Rahoitussuunnitelma', kind: 'number', key: coverageKey },
  { id: 'readiness', title: 'Valmius', kind: 'number', key: (r) => (r.ready ? 0 : 1) },
  { id: 'este', title: 'Esteet', kind: 'number', key: (r) => number(r.esteCount) },
  { id: 'korjattavaa', title: 'Korjattavaa', kind: 'number', key: (r) => number(r.korjattavaaCount) },
  { id: 'openComments', title: 'Avoimet kommentit', kind: 'number', key: (r) => number(r.openCommentCount) },
  { id: 'updatedAt', title: 'Muokattu', kind: 'date', key: (r) => readDeskDate(r.updatedAt)?.ms ?? null },
  { id: 'receivedAt', title: 'Vastaanotettu', kind: 'date', key: (r) => readDeskDate(r.receivedAt)?.ms ?? null },
];

/** Sources − required self-financing in cents: negative when short; null without a budget. */
function coverageKey(row: DeskRow): number | null {
  if (!row.hasBudget) return null;
  const difference = Math.abs(row.coverage.differenceCents);
  return number(row.coverage.kind === 'short' ? -difference : row.coverage.kind === 'over' ? difference : 0);
}

const COLLATOR = new Intl.Collator('fi', { numeric: true });

/**
 * The rows sorted by one column, as a new array; see the rules at the top. An unknown column
 * (say, a stale id restored from a saved view) leaves the order as it is.
 */
export function sortDeskRows<R extends DeskRow>(rows: readonly R[], sort: DeskSort): R[] {
  const info = DESK_COLUMNS.find((c) => c.id === sort.column);
  if (!info) return [...rows];
  const { key } = info;
  const sign = sort.direction === 'desc' ? -1 : 1;
  const keyed = rows.map((row, index) => ({ row, index, value: key(row) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    const order =
      typeof a.value === 'string' && typeof b.value === 'string' ? COLLATOR.compare(a.value, b.value) : Number(a.value) - Number(b.value);
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((k) => k.row);
}
