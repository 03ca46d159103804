/**
 * Draws the PdfDoc's blocks onto a jsPDF document: text flowed and hyphenated, headings kept
 * with what follows, short blocks kept whole on a page, tables (pdf-table.ts), and the footer
 * on every page. render-pdf.ts sets up the document and hands over.
 */
import type { jsPDF } from 'jspdf';
import { NOT_FILLED, type PdfBlock } from '../domain';
import { PageCursor, truncateToWidth } from './pdf-geometry';
import { breakLines, charWidthMeasurer, type Hyphenate, type MeasureText } from './pdf-layout';
import { drawTable, keepsTableWhole, layoutTable, tableLead, type TableBlock, type TableLayout } from './pdf-table';
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
  CELL_PAD_Y,
  KEEP_LINES,
  INK,
  MUTED,
  ACCENT,
  RULE,
  NOTICE_FILL,
  NOTICE_BAR,
  READY_FILL,
  READY_BAR,
  TITLE_PT,
  FOOTER_RULE_Y_MM,
  lineHeight,
  type Rgb,
  type TextStyle,
} from './pdf-style';

type Style = TextStyle;

const NO_HYPHENATION: Hyphenate = () => [];

export class Renderer {
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

  /** The table wrapped to its columns (pdf-table.ts), once per block: keeping blocks together measures it before drawing. */
  tableLayout(block: TableBlock): TableLayout {
    let layout = this.tables.get(block);
    if (!layout) {
      layout = layoutTable(block, (style) => this.measure(style), this.hyphenate);
      this.tables.set(block, layout);
    }
    return layout;
  }

  keepsWhole(block: TableBlock, layout: TableLayout): boolean {
    return keepsTableWhole(block, layout, this.cursor.pageHeight);
  }

  table(block: TableBlock): void {
    drawTable(this, block, this.tableLayout(block));
  }

  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.pdf.setFillColor(...color);
    this.pdf.rect(x, y, w, h, 'F');
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
