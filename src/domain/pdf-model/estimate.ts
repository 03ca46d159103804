/**
 * A quick estimate of the PDF's length for the export view, without rendering: characters
 * per line and lines per page of the real layout (A4, 10.5 pt body), rounded up.
 */
import type { PdfBlock, PdfDoc } from './model';

/** A funder's idea template asks for at most two pages (domain §10): shown while the user writes. */
export const RECOMMENDED_PDF_PAGES = 2;

const CHARS_PER_LINE = 105;
const LINES_PER_PAGE = 60;

function lines(text: string, width = CHARS_PER_LINE): number {
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / width)), 0);
}

/** Estimated number of pages (page 1 is the paper's first page: there is no cover). */
export function estimatePdfPages(doc: PdfDoc): number {
  return Math.max(1, Math.ceil(estimateLines(doc.blocks) / LINES_PER_PAGE));
}

/** Body lines the blocks take, headings and gaps counted as lines. */
function estimateLines(blocks: readonly PdfBlock[]): number {
  let total = 0;
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        total += 4 + lines(b.text, 55);
        break;
      case 'notice':
        total += 1.5 + lines(b.title) + b.lines.reduce((n, l) => n + lines(l, CHARS_PER_LINE + 8), 0);
        break;
      case 'keep':
        total += estimateLines(b.blocks);
        break;
      case 'heading':
        total += b.level === 1 ? 3 : 2;
        break;
      case 'paragraph':
        total += lines(b.text) + 0.5;
        break;
      case 'list':
        total += b.items.reduce((n, item) => n + lines(item, CHARS_PER_LINE - 4), 0) + 0.5;
        break;
      case 'keyValue':
        total += b.rows.reduce((n, r) => n + lines(r.value ?? '-', 60), 0) + 0.5;
        break;
      case 'table': {
        const widthOf = (i: number) => Math.max(6, Math.floor((b.columns[i]?.width ?? 1 / b.columns.length) * 115));
        const rowLines = (row: readonly string[]) => Math.max(1, ...row.map((cell, i) => lines(cell, widthOf(i))));
        total += 1.5 + b.rows.reduce((n, row) => n + rowLines(row), 0) + (b.footer ? 1 : 0);
        break;
      }
    }
  }
  return total;
}
