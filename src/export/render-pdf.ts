/**
 * Renders the PdfDoc content model to PDF bytes with jsPDF text primitives only (never
 * html() or SVG: those pull in html2canvas/canvg and give image text). jsPDF is imported
 * dynamically here and nowhere else, so its ~125 kB gzip chunk loads only on export; the
 * Finnish hyphenation patterns (pdf-hyphenate.ts, ~3 kB gzip) load next to it.
 */
import type { jsPDF } from 'jspdf';
import { NOT_FILLED, type PdfBlock, type PdfDoc } from '../domain';
import { EMBEDDED_JSON_NAMESPACE, EMBEDDED_JSON_PREFIX, blankOpenAction } from './pdf-embedded';
import { bytesToBase64, utf8Bytes } from './pdf-bytes';
import { columnWidths, fitColumns, PageCursor, truncateToWidth } from './pdf-geometry';
import { breakLines, charWidthMeasurer, widestFigure, type Hyphenate, type MeasureText } from './pdf-layout';
import { prepareText } from './pdf-text';
import {
  PT,
  MARGIN_X,
  TOP,
  WIDTH,
  CONTENT_BOTTOM,
  FONT,
  LINE_HEIGHT,
  ASCENT,
  DESCENT,
  BODY_PT,
  TABLE_PT,
  FOOTER_PT,
  PARA_GAP,
  HEADINGS,
  KEY_WIDTH,
  KEY_GAP,
  CELL_PAD_X,
  CELL_PAD_Y,
  KEEP_ROW_LINES,
  KEEP_LINES,
  KEEP_TABLE_ROWS,
  MIN_TABLE_PT,
  INK,
  MUTED,
  ACCENT,
  RULE,
  HEADER_FILL,
  NOTICE_FILL,
  NOTICE_BAR,
  READY_FILL,
  READY_BAR,
  TITLE_PT,
  FOOTER_RULE_Y_MM,
  type Rgb,
} from './pdf-style';

export { FOOTER_RULE_Y_MM } from './pdf-style';

interface Style {
  readonly size: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
}

interface Fonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

type TableBlock = Extract<PdfBlock, { kind: 'table' }>;

/** One table cell wrapped to its column, in its own type (a figure may be shrunk to fit). */
interface Cell {
  readonly lines: readonly string[];
  readonly style: Style;
}

interface TableRow {
  readonly cells: readonly Cell[];
  /** Lines of the tallest cell (at least 1). */
  readonly lines: number;
}

/** A table wrapped to its final column widths, computed once per block. */
interface TableLayout {
  readonly widths: readonly number[];
  readonly header: TableRow;
  readonly body: readonly { readonly row: TableRow; readonly kind: 'body' | 'footer' }[];
  /** Height of the whole table in mm. */
  readonly height: number;
}

/** jsPDF and the hyphenation patterns (the patterns are made ready by hyphenating one word). */
export const loadPdfLibraries = () =>
  Promise.all([
    import('jspdf'),
    import('./pdf-hyphenate').then((m) => {
      m.hyphenateFi('valmistautuminen');
      return m;
    }),
  ]);

/** Renders the document (page 1 is the first block's page: there is no cover) and returns the PDF bytes. */
export async function renderPdf(doc: PdfDoc, fonts: Fonts): Promise<Uint8Array> {
  const [{ jsPDF }, { hyphenateFi }] = await loadPdfLibraries();
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS('PdfSans-Regular.ttf', bytesToBase64(fonts.regular));
  pdf.addFont('PdfSans-Regular.ttf', FONT, 'normal');
  pdf.addFileToVFS('PdfSans-Bold.ttf', bytesToBase64(fonts.bold));
  pdf.addFont('PdfSans-Bold.ttf', FONT, 'bold');
  pdf.setFont(FONT, 'normal');

  const { meta } = doc;
  pdf.setProperties({
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    keywords: meta.keywords,
    creator: 'Ideapaperi',
  });
  const created = new Date(meta.createdAt);
  if (!Number.isNaN(created.getTime())) pdf.setCreationDate(created);
  pdf.setLanguage('fi');
  pdf.addMetadata(EMBEDDED_JSON_PREFIX + bytesToBase64(utf8Bytes(doc.embeddedJson)), EMBEDDED_JSON_NAMESPACE);

  const r = new Renderer(pdf, hyphenateFi);
  doc.blocks.forEach((block, i) => r.block(block, doc.blocks.slice(i + 1)));
  r.footers(doc.footer, doc.pageLabel);

  const bytes = new Uint8Array(pdf.output('arraybuffer'));
  blankOpenAction(bytes);
  return bytes;
}

const NO_HYPHENATION: Hyphenate = () => [];

class Renderer {
  readonly cursor: PageCursor;
  private readonly em: Record<'normal' | 'bold', MeasureText>;
  private readonly tables = new WeakMap<TableBlock, TableLayout>();
  private readonly wrapped = new Map<string, string[]>();

  constructor(
    private readonly pdf: jsPDF,
    private readonly hyphenate: Hyphenate,
  ) {
    this.cursor = new PageCursor(TOP, CONTENT_BOTTOM, () => pdf.addPage());
    const perChar = (weight: 'normal' | 'bold') =>
      charWidthMeasurer((ch) => {
        pdf.setFont(FONT, weight);
        return pdf.getStringUnitWidth(ch);
      });
    this.em = { normal: perChar('normal'), bold: perChar('bold') };
  }

  measure(style: Style): MeasureText {
    const em = this.em[style.bold ? 'bold' : 'normal'];
    const scale = style.size * PT;
    return (text) => em(text) * scale;
  }

  /**
   * The text broken into lines. Cached: keeping blocks together and headings with what follows
   * measures a text before it is drawn, and hyphenating the same paragraph twice was what made
   * the export slower than before the new layout.
   */
  wrap(text: string, width: number, style: Style): string[] {
    const key = `${style.size}|${style.bold ? 1 : 0}|${width}|${text}`;
    const cached = this.wrapped.get(key);
    if (cached) return cached;
    const lines = breakLines(prepareText(text), width, this.measure(style), this.hyphenate);
    this.wrapped.set(key, lines);
    return lines;
  }

  /** Draws one prepared line whose line box starts at `top`; `x` is the right edge for 'right'. */
  draw(text: string, x: number, top: number, style: Style, align: 'left' | 'right' = 'left'): void {
    if (text === '') return;
    const { pdf } = this;
    const sizeMm = style.size * PT;
    pdf.setFont(FONT, style.bold ? 'bold' : 'normal');
    pdf.setFontSize(style.size);
    pdf.setTextColor(...(style.color ?? INK));
    const baseline = top + (sizeMm * LINE_HEIGHT - sizeMm * (ASCENT + DESCENT)) / 2 + sizeMm * ASCENT;
    pdf.text(text, align === 'right' ? x - this.measure(style)(text) : x, baseline);
  }

  rule(x1: number, y: number, x2: number, color: Rgb, width: number): void {
    this.pdf.setDrawColor(...color);
    this.pdf.setLineWidth(width);
    this.pdf.line(x1, y, x2, y);
  }

  /**
   * Lines flow down the page. Up to KEEP_LINES lines stay together on one page; a longer text
   * leaves at least two lines at the bottom of a page and carries at least two to the next
   * (no orphan, no widow).
   */
  flow(lines: readonly string[], x: number, style: Style, firstLinePrefix?: () => void): void {
    const c = this.cursor;
    const lh = lineHeight(style.size);
    const n = lines.length;
    c.ensure((n <= KEEP_LINES ? n : 2) * lh);
    let j = 0;
    while (j < n) {
      const left = n - j;
      const fit = Math.floor((c.remaining + 1e-6) / lh);
      // On this page: everything left, or all but two lines (at least two), or at the top of a
      // page as much as fits (at least one, so a page too short for anything still progresses).
      let take = left <= fit ? left : Math.min(fit, left - 2);
      if (take < left && take < 2) {
        if (!c.atTop) {
          c.newPage();
          continue;
        }
        take = Math.max(1, Math.min(fit, left));
      }
      for (const end = j + take; j < end; j++) {
        if (j === 0) firstLinePrefix?.();
        this.draw(lines[j]!, x, c.y, style);
        c.advance(lh);
      }
      if (j < n) c.newPage();
    }
  }

  /** The project name large, with its muted line under it and an accent rule above. */
  title(text: string, subtitle: string): void {
    const c = this.cursor;
    this.pdf.setFillColor(...ACCENT);
    this.pdf.rect(MARGIN_X, c.y, 24, 1.4, 'F');
    c.advance(4);
    const style: Style = { size: TITLE_PT, bold: true, color: ACCENT };
    // A name is not hyphenated ("Poh-jois-Savon" in a title reads badly): it breaks at spaces only.
    this.flow(breakLines(prepareText(text), WIDTH, this.measure(style), NO_HYPHENATION), MARGIN_X, style);
    c.advance(0.8);
    const sub: Style = { size: FOOTER_PT + 0.5, color: MUTED };
    this.flow(this.wrap(subtitle, WIDTH, sub), MARGIN_X, sub);
    c.advance(3);
  }

  /** A shaded box with a coloured bar: a bold title line and plain lines, kept on one page. */
  notice(tone: 'ready' | 'attention', title: string, lines: readonly string[]): void {
    const c = this.cursor;
    const pad = 3;
    const inner = WIDTH - 2 * pad - 2;
    const head: Style = { size: BODY_PT, bold: true };
    const body: Style = { size: TABLE_PT };
    const headLines = this.wrap(title, inner, head);
    const bodyLines = lines.flatMap((l) => this.wrap(l, inner, body));
    const h = headLines.length * lineHeight(head.size) + bodyLines.length * lineHeight(body.size) + 2 * pad;
    c.ensure(Math.min(h, c.pageHeight));
    const boxTop = c.y;
    // The fill goes first so the text sits on it; a box taller than a page is drawn per page by flow.
    this.pdf.setFillColor(...(tone === 'ready' ? READY_FILL : NOTICE_FILL));
    this.pdf.rect(MARGIN_X, boxTop, WIDTH, Math.min(h, c.remaining), 'F');
    this.pdf.setFillColor(...(tone === 'ready' ? READY_BAR : NOTICE_BAR));
    this.pdf.rect(MARGIN_X, boxTop, 1.4, Math.min(h, c.remaining), 'F');
    c.advance(pad);
    this.flow(headLines, MARGIN_X + pad + 2, head);
    this.flow(bodyLines, MARGIN_X + pad + 2, body);
    c.advance(pad + PARA_GAP);
  }

  /** Height a block takes when drawn at the top of a page (for keeping small blocks together). */
  height(block: PdfBlock): number {
    const body = lineHeight(BODY_PT);
    switch (block.kind) {
      case 'title':
        return (
          4 +
          breakLines(prepareText(block.text), WIDTH, this.measure({ size: TITLE_PT, bold: true }), NO_HYPHENATION).length *
            lineHeight(TITLE_PT) +
          8
        );
      case 'notice':
        return (
          [block.title, ...block.lines].reduce((h, l) => h + this.wrap(l, WIDTH - 8, { size: BODY_PT }).length * body, 0) + 6 + PARA_GAP
        );
      case 'keep':
        return block.blocks.reduce((h, b, i) => h + this.height(b) + (i > 0 && b.kind === 'heading' ? HEADINGS[b.level].before : 0), 0);
      case 'heading':
        return this.headingHeight(block.level, block.text);
      case 'paragraph':
        return this.wrap(block.text, WIDTH, { size: BODY_PT }).length * body + PARA_GAP;
      case 'list':
        return block.items.reduce((h, item) => h + this.wrap(item, WIDTH - 5, { size: BODY_PT }).length * body + 1, 0) + PARA_GAP - 1;
      case 'keyValue':
        return (
          block.rows.reduce((h, row) => {
            const keys = this.wrap(row.key, KEY_WIDTH, { size: BODY_PT, bold: true }).length;
            const values = this.wrap(row.value ?? NOT_FILLED, WIDTH - KEY_WIDTH - KEY_GAP, { size: BODY_PT }).length;
            return h + 2 * CELL_PAD_Y + Math.max(keys, values) * body;
          }, 0) + PARA_GAP
        );
      case 'table':
        return this.tableLayout(block).height + PARA_GAP + 1;
    }
  }

  /** Blocks that belong together start on a new page when they would straddle a break and fit on one page. */
  keep(blocks: readonly PdfBlock[], next: readonly PdfBlock[]): void {
    const c = this.cursor;
    const h = this.height({ kind: 'keep', blocks });
    if (!c.atTop && h > c.remaining && h <= c.pageHeight) c.newPage();
    blocks.forEach((b, i) => this.block(b, [...blocks.slice(i + 1), ...next]));
  }

  block(block: PdfBlock, next: readonly PdfBlock[]): void {
    switch (block.kind) {
      case 'title':
        return this.title(block.text, block.subtitle);
      case 'notice':
        return this.notice(block.tone, block.title, block.lines);
      case 'keep':
        return this.keep(block.blocks, next);
      case 'heading':
        return this.heading(block.level, block.text, next);
      case 'paragraph': {
        const style: Style = { size: BODY_PT, color: (block.tone ?? 'normal') === 'normal' ? INK : MUTED };
        this.flow(this.wrap(block.text, WIDTH, style), MARGIN_X, style);
        return this.cursor.advance(PARA_GAP);
      }
      case 'list':
        return this.list(block.items);
      case 'keyValue':
        this.keyValue(block.rows, KEY_WIDTH, { size: BODY_PT });
        return this.cursor.advance(PARA_GAP);
      case 'table':
        this.table(block);
        return this.cursor.advance(PARA_GAP + 1);
    }
  }

  heading(level: 1 | 2 | 3, text: string, next: readonly PdfBlock[]): void {
    const spec = HEADINGS[level];
    const style: Style = { size: spec.size, bold: true, color: ACCENT };
    const lines = this.wrap(text, WIDTH, style);
    const c = this.cursor;
    const before = c.atTop ? 0 : spec.before;
    // Keep-with-next: the heading plus the first two lines of what follows, or a new page.
    if (!c.atTop && !c.fits(before + this.headingHeight(level, text) + this.leadHeight(next))) c.newPage();
    else c.advance(before);
    const lh = lineHeight(spec.size);
    for (const line of lines) {
      this.draw(line, MARGIN_X, c.y, style);
      c.advance(lh);
    }
    if (level === 1) this.rule(MARGIN_X, c.y + 0.6, MARGIN_X + WIDTH, ACCENT, 0.35);
    c.advance(spec.after);
  }

  headingHeight(level: 1 | 2 | 3, text: string): number {
    const spec = HEADINGS[level];
    return this.wrap(text, WIDTH, { size: spec.size, bold: true }).length * lineHeight(spec.size) + spec.after;
  }

  /** Height of what must share a page with a preceding heading (≤ 2 lines of the next block). */
  leadHeight(next: readonly PdfBlock[]): number {
    const [b, ...rest] = next;
    if (!b) return 0;
    const body = lineHeight(BODY_PT);
    // A short text moves whole (flow keeps it together), a longer one needs two lines.
    const two = (n: number, lh: number) => (n <= KEEP_LINES ? n : 2) * lh;
    switch (b.kind) {
      case 'title':
      case 'notice':
        return this.height(b);
      case 'keep':
        return this.leadHeight([...b.blocks, ...rest]);
      case 'heading':
        return HEADINGS[b.level].before + this.headingHeight(b.level, b.text) + this.leadHeight(rest);
      case 'paragraph':
        return two(this.wrap(b.text, WIDTH, { size: BODY_PT }).length, body);
      case 'list':
        return two(this.wrap(b.items[0] ?? '', WIDTH - 5, { size: BODY_PT }).length, body);
      case 'keyValue': {
        const row = b.rows[0];
        if (!row) return 0;
        const keys = this.wrap(row.key, KEY_WIDTH, { size: BODY_PT, bold: true }).length;
        const values = this.wrap(row.value ?? NOT_FILLED, WIDTH - KEY_WIDTH - KEY_GAP, { size: BODY_PT }).length;
        return CELL_PAD_Y + two(Math.max(keys, values), body);
      }
      case 'table': {
        const layout = this.tableLayout(b);
        if (this.keepsWhole(b, layout)) return layout.height;
        return tableLead(layout.header.lines, layout.body[0]?.row.lines ?? 0);
      }
    }
  }

  list(items: readonly string[]): void {
    const style: Style = { size: BODY_PT };
    const indent = 5;
    for (const item of items) {
      const lines = this.wrap(item, WIDTH - indent, style);
      // The bullet is drawn with the first line, after any page break that line needed.
      this.flow(lines, MARGIN_X + indent, style, () => this.draw('\u2022', MARGIN_X + 1.2, this.cursor.y, style));
      this.cursor.advance(1);
    }
    this.cursor.advance(PARA_GAP - 1);
  }

  keyValue(rows: readonly { readonly key: string; readonly value: string | null }[], keyWidth: number, base: Style): void {
    const c = this.cursor;
    const keyStyle: Style = { ...base, bold: true };
    const valueWidth = WIDTH - keyWidth - KEY_GAP;
    const lh = lineHeight(base.size);
    rows.forEach((row, i) => {
      const empty = row.value === null || row.value.trim() === '';
      const valueStyle: Style = { ...base, color: empty ? MUTED : INK };
      const keys = this.wrap(row.key, keyWidth, keyStyle);
      const values = this.wrap(empty ? NOT_FILLED : row.value!, valueWidth, valueStyle);
      const n = Math.max(keys.length, values.length);
      // A row of up to KEEP_LINES lines stays on one page, a longer one starts with two lines.
      c.ensure(CELL_PAD_Y + (n <= KEEP_LINES ? n : 2) * lh);
      if (i > 0 && !c.atTop) this.rule(MARGIN_X, c.y, MARGIN_X + WIDTH, RULE, 0.15);
      c.advance(CELL_PAD_Y);
      for (let j = 0; j < n; j++) {
        c.ensure(lh);
        this.draw(keys[j] ?? '', MARGIN_X, c.y, keyStyle);
        this.draw(values[j] ?? '', MARGIN_X + keyWidth + KEY_GAP, c.y, valueStyle);
        c.advance(lh);
      }
      c.advance(CELL_PAD_Y);
    });
  }

  /**
   * The table wrapped to its columns. A column too narrow for its widest figure ("1 234,56 €",
   * "26,44 %") is widened at the others' expense; a figure that still does not fit is set in
   * smaller type instead of wrapping.
   */
  tableLayout(block: TableBlock): TableLayout {
    const cached = this.tables.get(block);
    if (cached) return cached;
    const { columns } = block;
    const source: { cells: readonly string[]; bold: boolean; kind: 'header' | 'body' | 'footer' }[] = [
      { cells: columns.map((col) => col.header), bold: true, kind: 'header' },
      ...block.rows.map((cells) => ({ cells, bold: false, kind: 'body' as const })),
      ...(block.footer ? [{ cells: block.footer, bold: true, kind: 'footer' as const }] : []),
    ];
    const texts = source.map((r) => columns.map((_, i) => prepareText(r.cells[i] ?? '')));
    const figures = source.map((r, k) => texts[k]!.map((text) => widestFigure(text, this.measure({ size: TABLE_PT, bold: r.bold }))));
    const need = columns.map((_, i) => figures.reduce((n, row) => Math.max(n, row[i]!), 0));
    const widths = fitColumns(
      columnWidths(columns, WIDTH),
      need.map((w) => (w > 0 ? w + 2 * CELL_PAD_X : 0)),
    );
    const rows = source.map((r, k): TableRow => {
      const cells = columns.map((_, i) => this.cell(texts[k]![i]!, widths[i]! - 2 * CELL_PAD_X, r.bold, figures[k]![i]!));
      return { cells, lines: Math.max(1, ...cells.map((cell) => cell.lines.length)) };
    });
    const layout: TableLayout = {
      widths,
      header: rows[0]!,
      body: rows.slice(1).map((row, k) => ({ row, kind: source[k + 1]!.kind === 'footer' ? 'footer' : 'body' })),
      height: rows.reduce((h, row) => h + tableRowHeight(row.lines), 0),
    };
    this.tables.set(block, layout);
    return layout;
  }

  /** A prepared cell text wrapped to `width`, its type shrunk if its widest figure (at TABLE_PT) would not fit. */
  cell(text: string, width: number, bold: boolean, figure: number): Cell {
    let style: Style = { size: TABLE_PT, bold };
    if (figure > width + 1e-6) style = { size: Math.max(MIN_TABLE_PT, Math.floor((TABLE_PT * width * 20) / figure) / 20), bold };
    return { lines: breakLines(text, width, this.measure(style), this.hyphenate), style };
  }

  /** A short table (up to KEEP_TABLE_ROWS rows, fitting on one page) is never split. */
  keepsWhole(block: TableBlock, layout: TableLayout): boolean {
    return block.rows.length <= KEEP_TABLE_ROWS && layout.height <= this.cursor.pageHeight;
  }

  table(block: TableBlock): void {
    const c = this.cursor;
    const { columns } = block;
    const layout = this.tableLayout(block);
    const { widths, header, body } = layout;
    const lh = lineHeight(TABLE_PT);

    const drawSlice = (row: TableRow, from: number, to: number, kind: 'header' | 'body' | 'footer') => {
      const h = tableRowHeight(to - from);
      if (kind === 'header') {
        this.pdf.setFillColor(...HEADER_FILL);
        this.pdf.rect(MARGIN_X, c.y, WIDTH, h, 'F');
      }
      if (kind === 'footer') this.rule(MARGIN_X, c.y, MARGIN_X + WIDTH, INK, 0.4);
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
          this.draw(line, right ? x + widths[i]! - CELL_PAD_X : x + CELL_PAD_X, top, cell.style, right ? 'right' : 'left');
        }
        x += widths[i]!;
      });
      const ruleColor = kind === 'header' ? ACCENT : RULE;
      this.rule(MARGIN_X, c.y + h, MARGIN_X + WIDTH, ruleColor, kind === 'header' ? 0.3 : 0.15);
      c.advance(h);
    };

    const first = body[0]?.row;
    c.ensure(this.keepsWhole(block, layout) ? layout.height : tableLead(header.lines, first?.lines ?? 0));
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

  /** Footer on every page: the label (truncated with … if needed) and the page number. */
  footers(label: string, pageLabelTemplate: string): void {
    const style: Style = { size: FOOTER_PT, color: MUTED };
    const measure = this.measure(style);
    const total = this.pdf.getNumberOfPages();
    const text = prepareText(label).replace(/\n+/g, ' ');
    for (let page = 1; page <= total; page++) {
      this.pdf.setPage(page);
      this.rule(MARGIN_X, FOOTER_RULE_Y_MM, MARGIN_X + WIDTH, RULE, 0.2);
      const pageLabel = pageLabelTemplate.replace('{page}', String(page)).replace('{total}', String(total));
      const room = WIDTH - measure(pageLabel) - 8;
      this.draw(truncateToWidth(text, room, measure), MARGIN_X, FOOTER_RULE_Y_MM + 2.2, style);
      this.draw(pageLabel, MARGIN_X + WIDTH, FOOTER_RULE_Y_MM + 2.2, style, 'right');
    }
  }
}

/** Height of a table row (or a slice of one) of this many lines. */
function tableRowHeight(lines: number): number {
  return lines * lineHeight(TABLE_PT) + 2 * CELL_PAD_Y;
}

/** Room a table needs at its start: the header plus its first row (2 lines of a long row). */
function tableLead(headerLines: number, firstRowLines: number): number {
  if (firstRowLines === 0) return tableRowHeight(headerLines);
  return tableRowHeight(headerLines) + tableRowHeight(firstRowLines <= KEEP_ROW_LINES ? firstRowLines : 2);
}

function lineHeight(sizePt: number): number {
  return sizePt * LINE_HEIGHT * PT;
}
