/**
 * The drawing surface of the PDF: text measured, wrapped (cached), drawn and flowed down the
 * pages by the page cursor, rules and fills, and the footer on every page. What each kind of
 * block draws is in pdf-blocks.ts; render-pdf.ts sets up the document and hands over.
 */
import type { jsPDF } from 'jspdf';
import { PageCursor, truncateToWidth } from './pdf-geometry';
import { breakLines, charWidthMeasurer, type Hyphenate, type MeasureText } from './pdf-layout';
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
  FOOTER_PT,
  INK,
  MUTED,
  RULE,
  FOOTER_RULE_Y_MM,
  keptLines,
  lineHeight,
  type Rgb,
  type TextStyle,
} from './pdf-style';

export class Renderer {
  readonly cursor: PageCursor;
  private readonly em: Record<'normal' | 'bold', MeasureText>;
  private readonly wrapped = new Map<string, string[]>();

  constructor(
    private readonly pdf: jsPDF,
    readonly hyphenate: Hyphenate,
  ) {
    this.cursor = new PageCursor(TOP, CONTENT_BOTTOM, () => pdf.addPage());
    const perChar = (weight: 'normal' | 'bold') =>
      charWidthMeasurer((ch) => {
        pdf.setFont(FONT, weight);
        return pdf.getStringUnitWidth(ch);
      });
    this.em = { normal: perChar('normal'), bold: perChar('bold') };
  }

  measure(style: TextStyle): MeasureText {
    const em = this.em[style.bold ? 'bold' : 'normal'];
    const scale = style.size * PT;
    return (text) => em(text) * scale;
  }

  /**
   * The text broken into lines. Cached: keeping blocks together and headings with what follows
   * measures a text before it is drawn, and hyphenating the same paragraph twice was what made
   * the export slower than before the new layout.
   */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const key = `${style.size}|${style.bold ? 1 : 0}|${width}|${text}`;
    const cached = this.wrapped.get(key);
    if (cached) return cached;
    const lines = breakLines(prepareText(text), width, this.measure(style), this.hyphenate);
    this.wrapped.set(key, lines);
    return lines;
  }

  /** Draws one prepared line whose line box starts at `top`; `x` is the right edge for 'right'. */
  draw(text: string, x: number, top: number, style: TextStyle, align: 'left' | 'right' = 'left'): void {
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
  flow(lines: readonly string[], x: number, style: TextStyle, firstLinePrefix?: () => void): void {
    const c = this.cursor;
    const lh = lineHeight(style.size);
    const n = lines.length;
    c.ensure(keptLines(n) * lh);
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

  fillRect(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.pdf.setFillColor(...color);
    this.pdf.rect(x, y, w, h, 'F');
  }

  /** Footer on every page: the label (truncated with … if needed) and the page number. */
  footers(label: string, pageLabelTemplate: string): void {
    const style: TextStyle = { size: FOOTER_PT, color: MUTED };
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
