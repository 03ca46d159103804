// Dates are shown in Finnish time whatever the device's zone, so the date on the cover and in
// the file name is the one the association sees on its calendar (and tests are deterministic).
const HELSINKI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** Calendar parts of an ISO time in Europe/Helsinki; null when the string is not a time. */
export function helsinkiTime(iso: string): { year: number; month: number; day: number; hour: number; minute: number } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const parts = HELSINKI.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** The calendar date (YYYY-MM-DD) of an ISO time in Finland; the ISO prefix if unparseable. */
export function helsinkiDate(iso: string): string {
  const t = helsinkiTime(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return t ? `${t.year}-${pad(t.month)}-${pad(t.day)}` : iso.slice(0, 10);
}
