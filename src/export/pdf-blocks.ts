/**
 * The block registry: for each kind of PdfBlock, in one entry, its layout (lines broken,
 * heights), how tall it is (to keep a group of blocks on one page), how much of its start
 * must share a page with a heading above it, and how it is drawn. Tables are in pdf-table.ts.
 */
import { NOT_FILLED, type PdfBlock } from '../domain';
import { breakLines, type Hyphenate } from './pdf-layout';
import type { Renderer } from './pdf-renderer';
import { drawTable, layoutTable, tableStart } from './pdf-table';
import { prepareText } from './pdf-text';
import {
  ACCENT,
  BODY_PT,
  CELL_PAD_Y,
  FOOTER_PT,
  HEADINGS,
  INK,
  KEY_GAP,
  KEY_WIDTH,
  MARGIN_X,
  MUTED,
  NOTICE_BAR,
  NOTICE_FILL,
  PARA_GAP,
  READY_BAR,
  READY_FILL,
  RULE,
  TABLE_PT,
  TITLE_PT,
  WIDTH,
  keptLines,
  lineHeight,
  type TextStyle,
} from './pdf-style';

/**
 * The blocks after the one at hand: `blocks` from index `from` on, then what follows the keep
 * they are in. Passed on instead of sliced arrays, so rendering stays linear in the blocks.
 */
export interface Following {
  readonly blocks: readonly PdfBlock[];
  readonly from: number;
  readonly then: Following | null;
}

type Kind = PdfBlock['kind'];
type BlockOf<K extends Kind> = Extract<PdfBlock, { readonly kind: K }>;

/** One kind's entry. Its layout `L` depends on the block alone (never on the page), so it is computed once per block. */
interface BlockSpec<B extends PdfBlock, L> {
  layout(block: B, r: Renderer): L;
  /** Height drawn at the top of a page: what a keep adds up to decide whether to start a new page. */
  height(layout: L, block: B, r: Renderer): number;
  /** Height of the start of the block that must share a page with a heading above it; `rest` follows the block. */
  lead(layout: L, block: B, r: Renderer, rest: Following): number;
  draw(layout: L, block: B, r: Renderer, next: Following): void;
}

/** An entry with its layout bound in, so entries of different layout types fit in one registry. */
interface BlockRenderer<B extends PdfBlock> {
  height(block: B, r: Renderer): number;
  lead(block: B, r: Renderer, rest: Following): number;
  draw(block: B, r: Renderer, next: Following): void;
}

function entry<B extends PdfBlock, L extends object>(spec: BlockSpec<B, L>): BlockRenderer<B> {
  // Per renderer: a layout is only valid for the measurer and hyphenation it was made with.
  const layouts = new WeakMap<Renderer, WeakMap<B, L>>();
  const layoutOf = (block: B, r: Renderer): L => {
    let byBlock = layouts.get(r);
    if (!byBlock) layouts.set(r, (byBlock = new WeakMap()));
    let layout = byBlock.get(block);
    if (!layout) byBlock.set(block, (layout = spec.layout(block, r)));
    return layout;
  };
  return {
    height: (block, r) => spec.height(layoutOf(block, r), block, r),
    lead: (block, r, rest) => spec.lead(layoutOf(block, r), block, r, rest),
    draw: (block, r, next) => spec.draw(layoutOf(block, r), block, r, next),
  };
}

const NO_HYPHENATION: Hyphenate = () => [];
const BODY: TextStyle = { size: BODY_PT };
const BODY_LH = lineHeight(BODY_PT);
const NOTICE_PAD = 3;
// The notice text starts after the colour bar and the padding, and keeps the padding on the right.
const NOTICE_INNER = WIDTH - 2 * NOTICE_PAD - 2;
const LIST_INDENT = 5;
const KEY_STYLE: TextStyle = { ...BODY, bold: true };
const VALUE_WIDTH = WIDTH - KEY_WIDTH - KEY_GAP;

const BLOCKS: { readonly [K in Kind]: BlockRenderer<BlockOf<K>> } = {
  /** The project name large, with its muted line under it and an accent rule above. */
  title: entry({
    layout(block, r) {
      const style: TextStyle = { size: TITLE_PT, bold: true, color: ACCENT };
      // A name is not hyphenated ("Poh-jois-Savon" in a title reads badly): it breaks at spaces only.
      const lines = breakLines(prepareText(block.text), WIDTH, r.measure(style), NO_HYPHENATION);
      const sub: TextStyle = { size: FOOTER_PT + 0.5, color: MUTED };
      // A flat 8 mm for the subtitle and its gaps, not their drawn height: kept so that page breaks do not move.
      return { style, lines, sub, subLines: r.wrap(block.subtitle, WIDTH, sub), height: 4 + lines.length * lineHeight(TITLE_PT) + 8 };
    },
    height: (l) => l.height,
    lead: (l) => l.height,
    draw(l, _block, r) {
      const c = r.cursor;
      r.fillRect(MARGIN_X, c.y, 24, 1.4, ACCENT);
      c.advance(4);
      r.flow(l.lines, MARGIN_X, l.style);
      c.advance(0.8);
      r.flow(l.subLines, MARGIN_X, l.sub);
      c.advance(3);
    },
  }),

  /** A shaded box with a coloured bar: a bold title line and plain lines, kept on one page. */
  notice: entry({
    layout(block, r) {
      const head: TextStyle = { size: BODY_PT, bold: true };
      const body: TextStyle = { size: TABLE_PT };
      const headLines = r.wrap(block.title, NOTICE_INNER, head);
      const bodyLines = block.lines.flatMap((l) => r.wrap(l, NOTICE_INNER, body));
      const box = headLines.length * lineHeight(head.size) + bodyLines.length * lineHeight(body.size) + 2 * NOTICE_PAD;
      // Measured as if all in plain body type, not as drawn: kept so that page breaks do not move.
      const height =
        [block.title, ...block.lines].reduce((h, l) => h + r.wrap(l, NOTICE_INNER, BODY).length * BODY_LH, 0) + 2 * NOTICE_PAD + PARA_GAP;
      return { head, body, headLines, bodyLines, box, height };
    },
    height: (l) => l.height,
    lead: (l) => l.height,
    draw(l, block, r) {
      const c = r.cursor;
      c.ensure(Math.min(l.box, c.pageHeight));
      const boxTop = c.y;
      // The fill goes first so the text sits on it; a box taller than a page is drawn per page by flow.
      r.fillRect(MARGIN_X, boxTop, WIDTH, Math.min(l.box, c.remaining), block.tone === 'ready' ? READY_FILL : NOTICE_FILL);
      r.fillRect(MARGIN_X, boxTop, 1.4, Math.min(l.box, c.remaining), block.tone === 'ready' ? READY_BAR : NOTICE_BAR);
      c.advance(NOTICE_PAD);
      r.flow(l.headLines, MARGIN_X + NOTICE_PAD + 2, l.head);
      r.flow(l.bodyLines, MARGIN_X + NOTICE_PAD + 2, l.body);
      c.advance(NOTICE_PAD + PARA_GAP);
    },
  }),

  /** Blocks that belong together start on a new page when they would straddle a break and fit on one page. */
  keep: entry({
    layout: (block, r) => ({
      height: block.blocks.reduce((h, b, i) => h + heightOf(b, r) + (i > 0 && b.kind === 'heading' ? HEADINGS[b.level].before : 0), 0),
    }),
    height: (l) => l.height,
    lead: (_l, block, r, rest) => leadOf({ blocks: block.blocks, from: 0, then: rest }, r),
    draw(l, block, r, next) {
      const c = r.cursor;
      if (!c.atTop && l.height > c.remaining && l.height <= c.pageHeight) c.newPage();
      drawAll(block.blocks, r, next);
    },
  }),

  heading: entry({
    layout(block, r) {
      const spec = HEADINGS[block.level];
      const style: TextStyle = { size: spec.size, bold: true, color: ACCENT };
      const lines = r.wrap(block.text, WIDTH, style);
      return { spec, style, lines, height: lines.length * lineHeight(spec.size) + spec.after };
    },
    height: (l) => l.height,
    lead: (l, _block, r, rest) => l.spec.before + l.height + leadOf(rest, r),
    draw(l, block, r, next) {
      const c = r.cursor;
      const before = c.atTop ? 0 : l.spec.before;
      // Keep-with-next: the heading plus the first two lines of what follows, or a new page.
      if (!c.atTop && !c.fits(before + l.height + leadOf(next, r))) c.newPage();
      else c.advance(before);
      const lh = lineHeight(l.spec.size);
      for (const line of l.lines) {
        r.draw(line, MARGIN_X, c.y, l.style);
        c.advance(lh);
      }
      if (block.level === 1) r.rule(MARGIN_X, c.y + 0.6, MARGIN_X + WIDTH, ACCENT, 0.35);
      c.advance(l.spec.after);
    },
  }),

  paragraph: entry({
    layout(block, r) {
      const style: TextStyle = { size: BODY_PT, color: (block.tone ?? 'normal') === 'normal' ? INK : MUTED };
      return { style, lines: r.wrap(block.text, WIDTH, style) };
    },
    height: (l) => l.lines.length * BODY_LH + PARA_GAP,
    lead: (l) => keptLines(l.lines.length) * BODY_LH,
    draw(l, _block, r) {
      r.flow(l.lines, MARGIN_X, l.style);
      r.cursor.advance(PARA_GAP);
    },
  }),

  list: entry({
    layout: (block, r) => block.items.map((item) => r.wrap(item, WIDTH - LIST_INDENT, BODY)),
    height: (items) => items.reduce((h, lines) => h + lines.length * BODY_LH + 1, 0) + PARA_GAP - 1,
    // An empty list counts as one empty line, as an empty text wraps to.
    lead: (items) => keptLines(items[0]?.length ?? 1) * BODY_LH,
    draw(items, _block, r) {
      for (const lines of items) {
        // The bullet is drawn with the first line, after any page break that line needed.
        r.flow(lines, MARGIN_X + LIST_INDENT, BODY, () => r.draw('\u2022', MARGIN_X + 1.2, r.cursor.y, BODY));
        r.cursor.advance(1);
      }
      r.cursor.advance(PARA_GAP - 1);
    },
  }),

  /** Label–value rows, the label in a column of its own; a missing value prints as NOT_FILLED, muted. */
  keyValue: entry({
    layout: (block, r) =>
      block.rows.map((row) => {
        const empty = row.value === null || row.value.trim() === '';
        const valueStyle: TextStyle = { ...BODY, color: empty ? MUTED : INK };
        const keys = r.wrap(row.key, KEY_WIDTH, KEY_STYLE);
        const values = r.wrap(empty ? NOT_FILLED : row.value!, VALUE_WIDTH, valueStyle);
        // A blank value is measured as typed, not as the placeholder drawn: kept so that page breaks do not move.
        const measured = Math.max(keys.length, r.wrap(row.value ?? NOT_FILLED, VALUE_WIDTH, BODY).length);
        return { valueStyle, keys, values, measured };
      }),
    height: (rows) => rows.reduce((h, row) => h + 2 * CELL_PAD_Y + row.measured * BODY_LH, 0) + PARA_GAP,
    lead: (rows) => (rows[0] ? CELL_PAD_Y + keptLines(rows[0].measured) * BODY_LH : 0),
    draw(rows, _block, r) {
      const c = r.cursor;
      rows.forEach((row, i) => {
        const n = Math.max(row.keys.length, row.values.length);
        // A row of up to KEEP_LINES lines stays on one page, a longer one starts with two lines.
        c.ensure(CELL_PAD_Y + keptLines(n) * BODY_LH);
        if (i > 0 && !c.atTop) r.rule(MARGIN_X, c.y, MARGIN_X + WIDTH, RULE, 0.15);
        c.advance(CELL_PAD_Y);
        for (let j = 0; j < n; j++) {
          c.ensure(BODY_LH);
          r.draw(row.keys[j] ?? '', MARGIN_X, c.y, KEY_STYLE);
          r.draw(row.values[j] ?? '', MARGIN_X + KEY_WIDTH + KEY_GAP, c.y, row.valueStyle);
          c.advance(BODY_LH);
        }
        c.advance(CELL_PAD_Y);
      });
      c.advance(PARA_GAP);
    },
  }),

  table: entry({
    layout: (block, r) => layoutTable(block, (style) => r.measure(style), r.hyphenate),
    height: (l) => l.height + PARA_GAP + 1,
    lead: (l, block, r) => tableStart(block, l, r.cursor.pageHeight),
    draw(l, block, r) {
      drawTable(r, block, l);
      r.cursor.advance(PARA_GAP + 1);
    },
  }),
};

function rendererOf<B extends PdfBlock>(block: B): BlockRenderer<B> {
  // The entry under a block's kind is the one for its type; TypeScript cannot follow that through the union.
  return BLOCKS[block.kind] as unknown as BlockRenderer<B>;
}

function heightOf(block: PdfBlock, r: Renderer): number {
  return rendererOf(block).height(block, r);
}

/** Height of what must share a page with a heading just before `next` (0 when nothing follows). */
function leadOf(next: Following | null, r: Renderer): number {
  for (let f = next; f; f = f.then) {
    const block = f.blocks[f.from];
    if (block) return rendererOf(block).lead(block, r, { blocks: f.blocks, from: f.from + 1, then: f.then });
  }
  return 0;
}

function drawAll(blocks: readonly PdfBlock[], r: Renderer, then: Following | null): void {
  blocks.forEach((block, i) => rendererOf(block).draw(block, r, { blocks, from: i + 1, then }));
}

/** Draws the document's blocks in order from the cursor on. */
export function drawBlocks(blocks: readonly PdfBlock[], r: Renderer): void {
  drawAll(blocks, r, null);
}
