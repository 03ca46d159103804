/**
 * The desk as a CSV file that Finnish Excel opens as it is (double-click, no import wizard):
 *
 * - UTF-8 with a byte order mark (without it Excel reads the file as Windows-1252 and ä, ö
 *   turn into mojibake);
 * - semicolon between cells (the list separator of the Finnish locale), CRLF after every
 *   line, one header row with Finnish names;
 * - amounts as plain numbers with a decimal comma and no thousands separator (`73588,08`),
 *   so Excel reads them as numbers and sums them; counts as plain integers; dates as
 *   `d.m.yyyy`; an unreadable value as "?";
 * - text cells quoted when they hold ; " CR or LF, with quotes doubled;
 * - text cells starting with = + - @ tab or CR neutralised with a leading apostrophe, so a
 *   project named `=HYPERLINK(...)` is shown as text and never runs as a formula. Numbers
 *   are written by this module from integers and are never neutralised.
 *
 * Rows are written in the order given: sort and filter them first.
 */
import { UNKNOWN_DATE, helsinkiDate } from '../time/helsinki';
import { deskDate, deskMonth, readDeskDate } from './dates';
import { coverageWord, regionsText } from './format';
import type { DeskRow } from './row';

/** Byte order mark that tells Excel the file is UTF-8. */
export const DESK_CSV_BOM = '\ufeff';
export const DESK_CSV_SEPARATOR = ';';
export const DESK_CSV_LINE_END = '\r\n';
/** MIME type for the download. */
export const DESK_CSV_MIME = 'text/csv;charset=utf-8';

/** Starts that Excel (and other spreadsheets) would read as a formula or a DDE command. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** One text cell: neutralised against formulas, then quoted when needed. */
export function deskCsvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Cents as a number Finnish Excel sums: `7358808` → `73588,08`; "?" when not a safe integer. */
export function deskCsvMoney(cents: number): string {
  if (!Number.isSafeInteger(cents)) return UNKNOWN_DATE;
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** A count as a plain integer; "?" when missing or not an integer. */
export function deskCsvInteger(value: number | null): string {
  return value !== null && Number.isSafeInteger(value) ? String(value) : UNKNOWN_DATE;
}

interface CsvColumn {
  readonly header: string;
  /** The cell as written: number cells are final, text cells go through deskCsvText. */
  readonly cell: (row: DeskRow) => { readonly text: string } | { readonly number: string };
}

const text = (value: string) => ({ text: value });
const num = (value: string) => ({ number: value });

/** The columns of the file, in order. */
const COLUMNS: readonly CsvColumn[] = [
  { header: 'Hakija', cell: (r) => text(r.association) },
  { header: 'Y-tunnus', cell: (r) => text(r.businessId) },
  { header: 'Hanke', cell: (r) => text(r.projectName) },
  { header: 'Alueet', cell: (r) => text(regionsText(r)) },
  { header: 'Alkaa', cell: (r) => text(deskMonth(r.duration.start)) },
  { header: 'Päättyy', cell: (r) => text(deskMonth(r.duration.end)) },
  { header: 'Kesto (kk)', cell: (r) => num(deskCsvInteger(r.duration.months)) },
  { header: 'Kustannukset (€)', cell: (r) => num(deskCsvMoney(r.totalCents)) },
  { header: 'Haettava tuki (€)', cell: (r) => num(deskCsvMoney(r.aidCents)) },
  { header: 'Omarahoitusosuus (€)', cell: (r) => num(deskCsvMoney(r.selfFinancingRequiredCents)) },
  { header: 'Omarahoituksen lähteet (€)', cell: (r) => num(deskCsvMoney(r.sourcesTotalCents)) },
  { header: 'Rahoitussuunnitelma', cell: (r) => text(coverageWord(r)) },
  { header: 'Omarahoitusta puuttuu (€)', cell: (r) => num(deskCsvMoney(r.shortfallCents)) },
  {
    header: 'Lähteitä yli tarpeen (€)',
    cell: (r) => num(deskCsvMoney(r.hasBudget && r.coverage.kind === 'over' ? Math.abs(r.coverage.differenceCents) : 0)),
  },
  { header: 'Valmis', cell: (r) => text(r.ready ? 'Kyllä' : 'Ei') },
  { header: 'Valmius', cell: (r) => text(r.readinessText) },
  { header: 'Esteet', cell: (r) => num(deskCsvInteger(r.esteCount)) },
  { header: 'Korjattavaa', cell: (r) => num(deskCsvInteger(r.korjattavaaCount)) },
  { header: 'Avoimet kommentit', cell: (r) => num(deskCsvInteger(r.openCommentCount)) },
  { header: 'Muokattu', cell: (r) => text(deskDate(r.updatedAt)) },
  { header: 'Vastaanotettu', cell: (r) => text(deskDate(r.receivedAt)) },
];

/** The header names, in order. */
export const DESK_CSV_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

function line(cells: readonly string[]): string {
  return cells.join(DESK_CSV_SEPARATOR) + DESK_CSV_LINE_END;
}

/** The whole file as text: BOM, header row, one line per row; every line ends in CRLF. */
export function deskCsv(rows: readonly DeskRow[]): string {
  const body = rows.map((row) =>
    line(
      COLUMNS.map((column) => {
        const cell = column.cell(row);
        return 'number' in cell ? cell.number : deskCsvText(cell.text);
      }),
    ),
  );
  return DESK_CSV_BOM + line(DESK_CSV_HEADERS.map(deskCsvText)) + body.join('');
}

/** `ideapaperit-2026-11-28.csv` (Finnish calendar day); `ideapaperit.csv` when the time is unreadable. */
export function deskCsvFileName(exportedAt: string): string {
  return readDeskDate(exportedAt) ? `ideapaperit-${helsinkiDate(exportedAt)}.csv` : 'ideapaperit.csv';
}
