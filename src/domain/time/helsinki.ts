// Dates are shown in Finnish time whatever the device's zone, so the date on the cover and in
// the file name is the one the association sees on its calendar (and tests are deterministic).
// Made on first use: a formatter with a time zone loads the zone data, which on a slow phone
// costs the first screen tens of milliseconds even when it shows no date.
let helsinki: Intl.DateTimeFormat | undefined;
const helsinkiFormat = () =>
  (helsinki ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }));

/** Calendar parts of an ISO time in Europe/Helsinki; null when the string is not a time. */
export function helsinkiTime(iso: string): { year: number; month: number; day: number; hour: number; minute: number } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const parts = helsinkiFormat().formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** The calendar date (YYYY-MM-DD) of an ISO time in Finland; the ISO prefix if unparseable. */
export function helsinkiDate(iso: string): string {
  const t = helsinkiTime(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return t ? `${t.year}-${pad(t.month)}-${pad(t.day)}` : iso.slice(0, 10);
}

/** Shown for a date that cannot be read: one odd value never breaks a screen. */
export const UNKNOWN_DATE = '?';

/**
 * A date as Finns write it, `1.12.2026`, from an ISO time (Finnish calendar day) or a plain
 * `YYYY-MM-DD` date; "?" when it is not a date at all.
 */
export function finnishDate(iso: string | undefined): string {
  if (!iso) return UNKNOWN_DATE;
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (plain) return `${Number(plain[3])}.${Number(plain[2])}.${plain[1]}`;
  const t = helsinkiTime(iso);
  return t && Number.isFinite(t.year) ? `${t.day}.${t.month}.${t.year}` : UNKNOWN_DATE;
}

/** `1.12.2026 klo 14.05` in Finnish time; "?" when unreadable. */
export function finnishDateTime(iso: string | undefined): string {
  const t = iso ? helsinkiTime(iso) : null;
  if (!t || !Number.isFinite(t.year)) return UNKNOWN_DATE;
  return `${t.day}.${t.month}.${t.year} klo ${t.hour}.${String(t.minute).padStart(2, '0')}`;
}

/** The clock time `14.05` in Finnish time; "?" when unreadable. */
export function finnishClock(iso: string): string {
  const t = helsinkiTime(iso);
  return t && Number.isFinite(t.hour) ? `${t.hour}.${String(t.minute).padStart(2, '0')}` : UNKNOWN_DATE;
}
