/** Page geometry, type sizes and colours of the ideapaperi PDF (millimetres and points). */
export const PT = 25.4 / 72; // mm per point
export const PAGE_WIDTH = 210;
export const PAGE_HEIGHT = 297;
export const MARGIN_X = 16;
export const TOP = 15;
export const WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
/** The footer rule, 15 mm above the bottom edge; nothing but the footer goes below it. */
export const FOOTER_RULE_Y_MM = PAGE_HEIGHT - 15;
// Content stops 4 mm above the footer rule so descenders never touch it.
export const CONTENT_BOTTOM = FOOTER_RULE_Y_MM - 4;
export const FONT = 'PdfSans';
export const LINE_HEIGHT = 1.2;
// DejaVu Sans vertical metrics (hhea ascender/descender per em), to centre text in its line.
export const ASCENT = 0.928;
export const DESCENT = 0.236;

export const BODY_PT = 9.5;
export const TABLE_PT = 8.5;
export const FOOTER_PT = 8.5;
export const TITLE_PT = 16;
export const PARA_GAP = 1.3;
export const HEADINGS = {
  1: { size: 12.5, before: 3.2, after: 1.4 },
  2: { size: 11, before: 2.5, after: 0.7 },
  3: { size: 9.5, before: 2, after: 0.4 },
} as const;
export const KEY_WIDTH = 45;
export const KEY_GAP = 4;
export const CELL_PAD_X = 1.8;
export const CELL_PAD_Y = 0.7;
// A table row of at most this many lines moves whole to the next page instead of splitting.
export const KEEP_ROW_LINES = 6;
// A paragraph (or list item) of at most this many lines is never split over two pages; a
// longer one leaves at least two lines on each page.
export const KEEP_LINES = 4;
/** Lines at the start of a text that must share a page: all of a short text, two of a longer one. */
export function keptLines(lines: number): number {
  return lines <= KEEP_LINES ? lines : 2;
}
// A table of at most this many rows (its header, rows and totals fitting on one page) moves
// whole to the next page instead of straddling the break; a longer one continues on the next
// page under a repeated header.
export const KEEP_TABLE_ROWS = 10;
// The smallest type a table figure is shrunk to when its column cannot be widened enough.
export const MIN_TABLE_PT = 6.5;

export type Rgb = readonly [number, number, number];
export const INK: Rgb = [33, 33, 33];
export const MUTED: Rgb = [110, 110, 110];
export const ACCENT: Rgb = [23, 62, 107];
export const RULE: Rgb = [200, 205, 212];
export const HEADER_FILL: Rgb = [234, 239, 245];
export const NOTICE_FILL: Rgb = [255, 244, 222];
export const NOTICE_BAR: Rgb = [214, 140, 30];
export const READY_FILL: Rgb = [228, 243, 232];
export const READY_BAR: Rgb = [46, 125, 70];

/** The type a text is set in. */
export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
}

/** Line height in mm of type of this size in points. */
export function lineHeight(sizePt: number): number {
  return sizePt * LINE_HEIGHT * PT;
}
