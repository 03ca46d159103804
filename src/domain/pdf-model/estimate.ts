/**
 * A quick estimate of the PDF's length for the export view, without rendering: characters
 * per line and lines per page of the real layout (A4, 10.5 pt body), rounded up.
 */
import type { PdfDoc } from './model';

const CHARS_PER_LINE = 95;
const LINES_PER_PAGE = 52;

function lines(text: string, width = CHARS_PER_LINE): number {
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / width)), 0);
}

/** Estimated number of pages, cover page included. */
export function estimatePdfPages(doc: PdfDoc): number {
  let total = 0;
  for (const b of doc.blocks) {
    switch (b.kind) {
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
        const widthOf = (i: number) => Math.max(6, Math.floor((b.columns[i]?.width ?? 1 / b.columns.length) * 105));
        const rowLines = (row: readonly string[]) => Math.max(1, ...row.map((cell, i) => lines(cell, widthOf(i))));
        total += 1.5 + b.rows.reduce((n, row) => n + rowLines(row), 0) + (b.footer ? 1 : 0);
        break;
      }
    }
  }
  return 1 + Math.max(1, Math.ceil(total / LINES_PER_PAGE));
}
