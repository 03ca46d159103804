/**
 * Texts of a desk row for the screen. Every function here accepts odd values (a NaN, a
 * malformed month, an unreadable date) and shows them as "?" instead of throwing, so one bad
 * paper never breaks the coordinator's whole view.
 */
import { formatCents } from '../money/cents';
import { UNKNOWN_DATE } from '../time/helsinki';
import { deskDate, deskMonth } from './dates';
import type { DeskDuration, DeskRow } from './row';

/** Shown when a paper names no region. */
export const NO_REGION_TEXT = 'Alue puuttuu';

/** Euros as fi-FI text (`73 588,08 €`); "?" for a value that is not a safe integer of cents. */
export function deskMoney(cents: number): string {
  return Number.isSafeInteger(cents) ? formatCents(cents) : UNKNOWN_DATE;
}

/** A count, or "?" when it is not a non-negative integer. */
export function deskCount(value: number | null): string {
  return value !== null && Number.isSafeInteger(value) && value >= 0 ? String(value) : UNKNOWN_DATE;
}

/** `9/2027 – 8/2029 (24 kk)`; each unknown part is "?" (`? – 8/2029 (? kk)`). */
export function durationText(duration: DeskDuration): string {
  return `${deskMonth(duration.start)} – ${deskMonth(duration.end)} (${deskCount(duration.months)} kk)`;
}

/** The regions' Finnish names joined with commas, or NO_REGION_TEXT. */
export function regionsText(row: Pick<DeskRow, 'regions'>): string {
  return row.regions.length === 0 ? NO_REGION_TEXT : row.regions.map((r) => r.label).join(', ');
}

/** The coverage kind as a word for the CSV and filters: Katettu, Puuttuu, Ylittää, Ei kustannuksia. */
export function coverageWord(row: Pick<DeskRow, 'coverage' | 'hasBudget'>): string {
  if (!row.hasBudget) return 'Ei kustannuksia';
  switch (row.coverage.kind) {
    case 'short':
      return 'Puuttuu';
    case 'over':
      return 'Ylittää';
    case 'exact':
      return 'Katettu';
  }
}

/** How the financing plan covers the required self-financing: `Katettu`, `Puuttuu 1 234,56 €`, `Ylittää 500,00 €`. */
export function coverageText(row: Pick<DeskRow, 'coverage' | 'hasBudget'>): string {
  const word = coverageWord(row);
  if (!row.hasBudget || row.coverage.kind === 'exact') return word;
  return `${word} ${deskMoney(Math.abs(row.coverage.differenceCents))}`;
}

/** Last change and received dates as `28.11.2026`, "?" when unreadable. */
export function updatedText(row: Pick<DeskRow, 'updatedAt'>): string {
  return deskDate(row.updatedAt);
}

export function receivedText(row: Pick<DeskRow, 'receivedAt'>): string {
  return deskDate(row.receivedAt);
}
