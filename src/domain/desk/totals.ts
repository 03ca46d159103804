/**
 * Totals of the desk for reporting: associations, papers, costs and aid, overall and by region.
 *
 * Who is the same association (applicant):
 * 1. A valid Y-tunnus identifies the applicant; papers with the same Y-tunnus are one
 *    association even when the name is written differently.
 * 2. Without a valid Y-tunnus (missing or failing the check digit) the normalised name does:
 *    case, runs of whitespace and full stops are ignored ("Kylätoiminta Testilä r.y." is
 *    "kylätoiminta testilä ry"); letters and accents are not folded, because "Kylä" and
 *    "Kyla" are different names in Finnish.
 * 3. A paper known only by its name joins the association with a Y-tunnus of the same
 *    normalised name, when exactly one Y-tunnus goes with that name on the desk. With two or
 *    more the name is ambiguous and it counts on its own.
 * 4. A paper with neither a name nor a valid Y-tunnus counts as its own applicant (by draft id).
 *
 * Money of a paper in several regions is counted in full on the row of each of its regions,
 * but only once in the overall total; so the region rows may add up to more than the total.
 * MULTI_REGION_NOTE says this for the screen and the report. Papers naming no region have a
 * row of their own (withoutRegion), so no paper drops out of the figures.
 */
import type { Cents } from '../budget/types';
import { REGIONS } from '../idea-paper/options';
import type { DeskRow } from './row';

export interface DeskTotalsLine {
  /** Distinct associations by the rules above. */
  readonly associations: number;
  readonly papers: number;
  readonly totalCents: Cents;
  readonly aidCents: Cents;
}

export interface DeskRegionTotals extends DeskTotalsLine {
  readonly regionId: string;
  readonly label: string;
}

export interface DeskTotals {
  /** Every paper once. */
  readonly overall: DeskTotalsLine;
  /** Each of the line's regions (REGIONS order, zero rows included), then any unknown region ids in the order met. */
  readonly byRegion: readonly DeskRegionTotals[];
  /** Papers naming no region. */
  readonly withoutRegion: DeskTotalsLine;
  /** Papers covering more than one region (counted on several region rows). */
  readonly multiRegionPapers: number;
  /** Finnish notes for the screen: how associations are counted, and the multi-region rule when it applies. */
  readonly notes: readonly string[];
}

export const ASSOCIATION_NOTE =
  'Hakijat on laskettu Y-tunnuksen mukaan. Jos Y-tunnus puuttuu tai on virheellinen, hakija on tunnistettu nimestä.';

export const MULTI_REGION_NOTE =
  'Usean maakunnan hanke on laskettu koko summallaan jokaisen maakuntansa riville, mutta kokonaissummaan vain kerran. ' +
  'Siksi maakuntarivien summa voi olla suurempi kuin kokonaissumma.';

type Identified = Pick<DeskRow, 'draftId' | 'applicantName' | 'businessId' | 'businessIdValid'>;

/** The association's name for identifying it: case, whitespace and full stops ignored. */
export function normaliseAssociationName(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('fi').replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

/** One identity key per row (same order) by the rules above: equal keys = the same association. */
export function associationKeys(rows: readonly Identified[]): string[] {
  const idsByName = new Map<string, Set<string>>();
  for (const row of rows) {
    const name = normaliseAssociationName(row.applicantName);
    if (!row.businessIdValid || name === '') continue;
    const ids = idsByName.get(name) ?? new Set<string>();
    ids.add(row.businessId);
    idsByName.set(name, ids);
  }
  return rows.map((row) => {
    if (row.businessIdValid) return `y:${row.businessId}`;
    const name = normaliseAssociationName(row.applicantName);
    if (name === '') return `d:${row.draftId}`;
    const ids = idsByName.get(name);
    return ids?.size === 1 ? `y:${[...ids][0]}` : `n:${name}`;
  });
}

function line(rows: readonly { row: DeskRow; key: string }[]): DeskTotalsLine {
  return {
    associations: new Set(rows.map((r) => r.key)).size,
    papers: rows.length,
    totalCents: rows.reduce((sum, r) => sum + r.row.totalCents, 0),
    aidCents: rows.reduce((sum, r) => sum + r.row.aidCents, 0),
  };
}

/** Totals of the given rows (filter them first to report a selection). */
export function deskTotals(rows: readonly DeskRow[]): DeskTotals {
  const keys = associationKeys(rows);
  const keyed = rows.map((row, i) => ({ row, key: keys[i] ?? `d:${row.draftId}` }));
  const regions = new Map<string, string>(REGIONS.map((r) => [r.id, r.label]));
  for (const { row } of keyed) for (const r of row.regions) if (!regions.has(r.id)) regions.set(r.id, r.label);
  const byRegion = [...regions].map(([regionId, label]) => ({
    regionId,
    label,
    ...line(keyed.filter(({ row }) => row.regions.some((r) => r.id === regionId))),
  }));
  const multiRegionPapers = rows.filter((r) => r.regions.length > 1).length;
  return {
    overall: line(keyed),
    byRegion,
    withoutRegion: line(keyed.filter(({ row }) => row.regions.length === 0)),
    multiRegionPapers,
    notes: multiRegionPapers > 0 ? [ASSOCIATION_NOTE, MULTI_REGION_NOTE] : [ASSOCIATION_NOTE],
  };
}
