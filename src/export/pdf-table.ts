/**
 * Tables of the PDF: wrapping a table to its columns (figures never wrap: a column widens, or a
 * figure is set smaller) and drawing it across pages (a short table kept whole, long ones
 * split between rows or inside a long row, the header repeated on each page).
 */
import type { PdfBlock } from '../domain';
import { columnWidths, fitColumns, type PageCursor } from './pdf-geometry';
import { breakLines, widestFigure, type Hyphenate, type MeasureText } from './pdf-layout';
import { prepareText } from './pdf-text';
import {
  ACCENT,
  CELL_PAD_X,
  CELL_PAD_Y,
  HEADER_FILL,
  INK,
  KEEP_ROW_LINES,
  KEEP_TABLE_ROWS,
  lineHeight,
  MARGIN_X,
  MIN_TABLE_PT,
  RULE,
  TABLE_PT,
  WIDTH,
  type Rgb,
  type TextStyle,
} from './pdf-style';

export type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

/** One table cell wrapped to its column, in its own type (a figure may be shrunk to fit). */
interface Cell {
  readonly lines: readonly string[];
  readonly style: TextStyle;
}

interface TableRow {
  readonly cells: readonly Cell[];
  /** Lines of the tallest cell (at least 1). */
  readonly lines: number;
}

/** A table wrapped to its final column widths, computed once per block. */
export interface TableLayout {
  readonly widths: readonly number[];
  readonly header: TableRow;
  readonly body: readonly { readonly row: TableRow; readonly kind: 'body' | 'footer' }[];
  /** Height of the whole table in mm. */
  readonly height: number;
}

/** What drawing a table needs of the renderer. */
export interface TableCanvas {
  readonly cursor: PageCursor;
  draw(text: string, x: number, top: number, style: TextStyle, align?: 'left' | 'right'): void;
  rule(x1: number, y: number, x2: number, color: Rgb, width: number): void;
  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void;
}

/**
 * The table wrapped to its columns. A column too narrow for its widest figure ("1 234,56 €",
 * "26,44 %") is widened at the others' expense; a figure that still does not fit is set in
 * smaller type instead of wrapping.
 */
export function layoutTable(block: TableBlock, measure: (style: TextStyle) => MeasureText, hyphenate: Hyphenate): TableLayout {
  const { columns } = block;
  const source: { cells: readonly string[]; bold: boolean; kind: 'header' | 'body' | 'footer' }[] = [
    { cells: columns.map((col) => col.header), bold: true, kind: 'header' },
    ...block.rows.map((cells) => ({ cells, bold: false, kind: 'body' as const })),
    ...(block.footer ? [{ cells: block.footer, bold: true, kind: 'footer' as const }] : []),
  ];
  const texts = source.map((r) => columns.map((_, i) => prepareText(r.cells[i] ?? '')));
  const figures = source.map((r, k) => texts[k]!.map((text) => widestFigure(text, measure({ size: TABLE_PT, bold: r.bold }))));
  const need = columns.map((_, i) => figures.reduce((n, row) => Math.max(n, row[i]!), 0));
  const widths = fitColumns(
    columnWidths(columns, WIDTH),
    need.map((w) => (w > 0 ? w + 2 * CELL_PAD_X : 0)),
  );
  const rows = source.map((r, k): TableRow => {
    const cells = columns.map((_, i) => cell(texts[k]![i]!, widths[i]! - 2 * CELL_PAD_X, r.bold, figures[k]![i]!, measure, hyphenate));
    return { cells, lines: Math.max(1, ...cells.map((cell) => cell.lines.length)) };
  });
  return {
    widths,
    header: rows[0]!,
    body: rows.slice(1).map((row, k) => ({ row, kind: source[k + 1]!.kind === 'footer' ? 'footer' : 'body' })),
    height: rows.reduce((h, row) => h + tableRowHeight(row.lines), 0),
  };
}

/** A prepared cell text wrapped to `width`, its type shrunk if its widest figure (at TABLE_PT) would not fit. */
function cell(
  text: string,
  width: number,
  bold: boolean,
  figure: number,
  measure: (style: TextStyle) => MeasureText,
  hyphenate: Hyphenate,
): Cell {
  let style: TextStyle = { size: TABLE_PT, bold };
  if (figure > width + 1e-6) style = { size: Math.max(MIN_TABLE_PT, Math.floor((TABLE_PT * width * 20) / figure) / 20), bold };
  return { lines: breakLines(text, width, measure(style), hyphenate), style };
}

/** A short table (up to KEEP_TABLE_ROWS rows, fitting on one page) is never split. */
function keepsTableWhole(block: TableBlock, layout: TableLayout, pageHeight: number): boolean {
  return block.rows.length <= KEEP_TABLE_ROWS && layout.height <= pageHeight;
}

export function drawTable(canvas: TableCanvas, block: TableBlock, layout: TableLayout): void {
  const c = canvas.cursor;
  const { columns } = block;
  const { widths, header, body } = layout;
  const lh = lineHeight(TABLE_PT);

  const drawSlice = (row: TableRow, from: number, to: number, kind: 'header' | 'body' | 'footer') => {
    const h = tableRowHeight(to - from);
    if (kind === 'header') {
      canvas.fillRect(MARGIN_X, c.y, WIDTH, h, HEADER_FILL);
    }
    if (kind === 'footer') canvas.rule(MARGIN_X, c.y, MARGIN_X + WIDTH, INK, 0.4);
    let x = MARGIN_X;
    columns.forEach((col, i) => {
      const right = col.align === 'right';
      const cell = row.cells[i]!;
      // Smaller type (a shrunk figure) is centred in the table's line box.
      const shift = (lh - lineHeight(cell.style.size)) / 2;
      for (let j = from; j < to; j++) {
        const line = cell.lines[j];
        if (line === undefined) break;
        const top = c.y + CELL_PAD_Y + (j - from) * lh + shift;
        canvas.draw(line, right ? x + widths[i]! - CELL_PAD_X : x + CELL_PAD_X, top, cell.style, right ? 'right' : 'left');
      }
      x += widths[i]!;
    });
    const ruleColor = kind === 'header' ? ACCENT : RULE;
    canvas.rule(MARGIN_X, c.y + h, MARGIN_X + WIDTH, ruleColor, kind === 'header' ? 0.3 : 0.15);
    c.advance(h);
  };

  c.ensure(tableStart(block, layout, c.pageHeight));
  drawSlice(header, 0, header.lines, 'header');
  let onlyHeaderOnPage = true;
  const continueOnNewPage = () => {
    c.newPage();
    drawSlice(header, 0, header.lines, 'header');
    onlyHeaderOnPage = true;
  };

  for (const { row, kind } of body) {
    let from = 0;
    while (from < row.lines) {
      const left = row.lines - from;
      let fit = Math.floor((c.remaining - 2 * CELL_PAD_Y) / lh + 1e-6);
      // Under a lone header, always draw something, so a huge header cannot loop forever.
      if (onlyHeaderOnPage) fit = Math.max(1, fit);
      if (left <= fit) {
        drawSlice(row, from, row.lines, kind);
        onlyHeaderOnPage = false;
        break;
      }
      // A short row moves whole to the next page; a long one (or one taller than a page)
      // splits here if at least two of its lines fit, and continues under a repeated header.
      const movesWhole = from === 0 && left <= KEEP_ROW_LINES && tableRowHeight(left) <= c.pageHeight - tableRowHeight(header.lines);
      if (!onlyHeaderOnPage && (fit < 2 || movesWhole)) {
        continueOnNewPage();
        continue;
      }
      drawSlice(row, from, from + fit, kind);
      from += fit;
      continueOnNewPage();
    }
  }
}

/** Height of a table row (or a slice of one) of this many lines. */
function tableRowHeight(lines: number): number {
  return lines * lineHeight(TABLE_PT) + 2 * CELL_PAD_Y;
}

/**
 * Room a table needs on the page it starts on: all of it when it is kept whole, else the header
 * and its first row. Drawing ensures it, and a heading above the table keeps it with itself.
 */
export function tableStart(block: TableBlock, layout: TableLayout, pageHeight: number): number {
  return keepsTableWhole(block, layout, pageHeight) ? layout.height : tableLead(layout.header.lines, layout.body[0]?.row.lines ?? 0);
}

/** The header plus the first row (2 lines of a long row). */
function tableLead(headerLines: number, firstRowLines: number): number {
  if (firstRowLines === 0) return tableRowHeight(headerLines);
  return tableRowHeight(headerLines) + tableRowHeight(firstRowLines <= KEEP_ROW_LINES ? firstRowLines : 2);
}
