/**
 * Strict, never-throwing reading of the dates and months on the coordinator's desk.
 *
 * `Date.parse` is too lenient for data that came in a file: V8 reads "2026-02-30T00:00Z" as
 * 2 March and "1" as the year 2001. Here a value is a date only when it is an ISO calendar
 * date (`2026-11-28`) or an ISO time (`2026-11-28T10:00:00.000Z`) whose calendar day exists;
 * anything else is unknown and shows as "?".
 */
import { UNKNOWN_DATE, finnishDate } from '../time/helsinki';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A readable date: its sort key (ms since the epoch) and how it is shown (`28.11.2026`). */
export interface DeskDate {
  /** Instant for an ISO time with a zone; UTC midnight of the day for a plain date or a time without zone. */
  readonly ms: number;
  /** `d.m.yyyy`, the Finnish calendar day (Europe/Helsinki for times with a zone). */
  readonly text: string;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Reads an ISO date or time; null when it is not one (never throws, whatever the value). */
export function readDeskDate(value: unknown): DeskDate | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  try {
    const plain = PLAIN_DATE.exec(text);
    if (plain) {
      const [year, month, day] = [Number(plain[1]), Number(plain[2]), Number(plain[3])];
      if (!isCalendarDay(year, month, day)) return null;
      return { ms: Date.UTC(year, month - 1, day), text: `${day}.${month}.${year}` };
    }
    const time = ISO_TIME.exec(text);
    if (!time) return null;
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(time[i])) as [number, number, number, number, number];
    const second = Number(time[6] ?? '0');
    if (!isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
    if (time[7] === undefined) {
      // No zone: the device's zone is unknown, so the written calendar day is the date.
      return { ms: Date.UTC(year, month - 1, day, hour, minute, second), text: `${day}.${month}.${year}` };
    }
    const ms = Date.parse(text);
    if (!Number.isFinite(ms)) return null;
    const shown = finnishDate(text);
    return shown === UNKNOWN_DATE ? null : { ms, text: shown };
  } catch {
    return null;
  }
}

/** A date as Finns write it (`28.11.2026`), or "?" when it cannot be read. Never throws. */
export function deskDate(value: unknown): string {
  return readDeskDate(value)?.text ?? UNKNOWN_DATE;
}

/** A project month `YYYY-MM`: the month index for sorting (year × 12 + month − 1); null when malformed. */
export function deskMonthIndex(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = YEAR_MONTH.exec(value.trim());
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** A project month as `9/2027`, or "?" when missing or malformed. Never throws. */
export function deskMonth(value: unknown): string {
  const index = deskMonthIndex(value);
  return index === null ? UNKNOWN_DATE : `${(index % 12) + 1}/${Math.floor(index / 12)}`;
}
