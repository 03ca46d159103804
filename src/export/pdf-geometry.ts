/**
 * Page geometry of the PDF: column widths of tables, a label cut to a width, and the cursor that
 * walks down the pages. Line breaking itself is in pdf-layout.ts.
 */
import { EPS, type MeasureText } from './pdf-layout';

/** Column widths in mm summing to `total`, from relative widths (a missing or invalid width counts as an average one). */
export function columnWidths(columns: readonly { readonly width: number }[], total: number): number[] {
  const given = columns.map((col) => (Number.isFinite(col.width) && col.width > 0 ? col.width : null));
  const valid = given.filter((w): w is number => w !== null);
  const average = valid.length > 0 ? valid.reduce((a, b) => a + b, 0) / valid.length : 1;
  const widths = given.map((w) => w ?? average);
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => (w / sum) * total);
}

/**
 * Column widths (mm) after widening every column narrower than it needs (`need`: room for its
 * widest figure), taking the room from the other columns in proportion to what they can spare
 * above their own need. The sum stays the same. When even that is not enough, every column
 * gets at least its need and all are scaled down to the total (the renderer then shrinks the
 * type of a figure that still does not fit, rather than wrapping it).
 */
export function fitColumns(widths: readonly number[], need: readonly number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const deficit = widths.reduce((n, w, i) => n + Math.max(0, (need[i] ?? 0) - w), 0);
  if (deficit <= EPS) return [...widths];
  const spare = widths.map((w, i) => Math.max(0, w - (need[i] ?? 0)));
  const spareSum = spare.reduce((a, b) => a + b, 0);
  if (spareSum >= deficit) {
    const k = deficit / spareSum;
    return widths.map((w, i) => Math.max(w, need[i] ?? 0) - spare[i]! * k);
  }
  const wanted = widths.map((w, i) => Math.max(w, need[i] ?? 0));
  const sum = wanted.reduce((a, b) => a + b, 0);
  return wanted.map((w) => (w / sum) * total);
}

/** Cuts text to fit maxWidth, ending with '…' when anything was cut. */
export function truncateToWidth(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth + EPS) return text;
  const ellipsis = '\u2026';
  const room = maxWidth - measure(ellipsis);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = measure(ch);
    if (used + w > room + EPS) break;
    out += ch;
    used += w;
  }
  return out.trimEnd() + ellipsis;
}

/**
 * The vertical position on the current page, in mm from the top edge. `ensure` starts a new
 * page when the requested height does not fit, except at the top of a page, where nothing
 * would be gained (the caller must then split what it draws).
 */
export class PageCursor {
  /** Current y in mm from the top of the page. */
  y: number;

  constructor(
    private readonly top: number,
    private readonly bottom: number,
    private readonly onNewPage: () => void,
  ) {
    this.y = top;
  }

  /** Space left above the bottom limit, in mm. */
  get remaining(): number {
    return this.bottom - this.y;
  }

  /** Usable height of a whole page, in mm. */
  get pageHeight(): number {
    return this.bottom - this.top;
  }

  /** True when nothing has been placed on this page yet. */
  get atTop(): boolean {
    return this.y <= this.top + EPS;
  }

  /** True when `height` mm fit below the cursor. */
  fits(height: number): boolean {
    return this.y + height <= this.bottom + EPS;
  }

  /** Moves to a new page if `height` does not fit here; true when a page was added. */
  ensure(height: number): boolean {
    if (this.fits(height) || this.atTop) return false;
    this.newPage();
    return true;
  }

  /** Starts a new page and puts the cursor at its top. */
  newPage(): void {
    this.onNewPage();
    this.y = this.top;
  }

  /** Moves the cursor down by `height` mm. */
  advance(height: number): void {
    this.y += height;
  }
}
