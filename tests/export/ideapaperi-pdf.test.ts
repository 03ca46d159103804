/**
 * Acceptance tests of the ideapaperi PDF: fixture drafts go through the real pipeline
 * (calculateBudget → evaluateFit → buildPdfModel → renderPdf with the subset fonts) and the
 * bytes are read back with a real PDF parser (pdfjs-dist, tests/pdf-reader.ts). Each fixture
 * is rendered once, in beforeAll.
 *
 * pdfjs reports U+00A0 (and U+202F, which prepareText maps to U+00A0) as a plain space, so the
 * comparisons squash whitespace; render-pdf.test.ts checks the ToUnicode CMap itself.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPdfModel,
  calculateBudget,
  DRAFT_FILE_FORMAT,
  estimatePdfPages,
  evaluateFit,
  formatCents,
  NOT_FILLED,
  SCHEMA_VERSION,
  type BudgetSummary,
  type Draft,
  type PdfBlock,
  type PdfDoc,
} from '../../src/domain';
import { createPdfFonts } from '../../scripts/pdf-fonts';
import { extractEmbeddedJson } from '../../src/export/pdf-embedded';
import { columnWidths } from '../../src/export/pdf-geometry';
import { MISSING_GLYPH, prepareText } from '../../src/export/pdf-text';
import { FOOTER_RULE_Y_MM, renderPdf } from '../../src/export/render-pdf';
import { KEY_GAP, KEY_WIDTH, MARGIN_X, WIDTH } from '../../src/export/pdf-style';
import { FIXED_NOW, makeBudgetDraft, makeDraft, makeFullDraft, makeStressDraft, makeTypicalDraft } from '../fixtures';
import { brokenWords, joinLines, noSpace, readPdf, squash, tokensOf, type PdfTextItem, type ReadPdf } from '../pdf-reader';
import { PDF_SECTION_TITLES } from '../pdf-sections';

// Page geometry, as in render-pdf.test.ts: pdfjs gives y in points from the bottom edge.
const MM = 72 / 25.4; // PDF points per mm
const FOOTER_RULE_PT = (297 - FOOTER_RULE_Y_MM) * MM; // footer rule, in points from the bottom edge
const CONTENT_FLOOR_PT = (297 - FOOTER_RULE_Y_MM + 4) * MM; // content line boxes end 4 mm above it
// The renderer's text column and where key–value values start.
const MARGIN_X_MM = MARGIN_X;
const WIDTH_MM = WIDTH;
const VALUE_X_PT = (MARGIN_X + KEY_WIDTH + KEY_GAP) * MM;

const APP_VERSION = '0.1.0-test';
const FI_EUR = new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' });

/** Page 1 before the first section heading: the paper in brief. */
const FRONT = 'Hanke lyhyesti';
const SECTION_TITLES = PDF_SECTION_TITLES;
type SectionTitle = (typeof SECTION_TITLES)[number] | typeof FRONT;

/** The section in which each user text of the draft is printed (page 1 is FRONT). */
function sectionOf(path: readonly string[]): SectionTitle | undefined {
  const [top, second] = path;
  switch (top) {
    case 'applicant':
      return second === 'experience' ? 'Toteuttajat ja kumppanit' : FRONT;
    case 'project':
    case 'mainGoal':
      return FRONT;
    case 'targetGroup':
      return second === 'reach' || second === 'secondaryGroups' ? 'Kohderyhmä' : FRONT;
    case 'need':
    case 'subGoals':
      return 'Tarve ja tausta';
    case 'actions':
    case 'communication':
      return 'Toimenpiteet';
    case 'results':
      return second === 'continuity' ? 'Jatkuvuus hankkeen jälkeen' : 'Tulokset ja mittarit';
    case 'indicators':
      return 'Tulokset ja mittarit';
    case 'partners':
    case 'resources':
      return 'Toteuttajat ja kumppanit';
    case 'risks':
      return 'Riskit';
    case 'principles':
      return 'Läpileikkaavat periaatteet';
    case 'budget':
      return 'Kustannukset ja omarahoitus';
    case 'fit':
      return 'Sopivuus ESR+ 4.3:een';
    default:
      return undefined;
  }
}

// String leaves that are not user text: ids, enums and option ids (printed as labels), dates
// and months (printed reformatted), and the per-year month split (printed only as its effect
// on the year table).
const NOT_USER_TEXT = new Set([
  'participantData',
  'schemaVersion',
  'id',
  'createdAt',
  'updatedAt',
  'startMonth',
  'endMonth',
  'legalForm',
  'regions',
  'groups',
  'goalIds',
  'goalId',
  'loiStatus',
  'likelihood',
  'impact',
  'costModel',
  'selfAssessment',
  'monthsByYear',
  // Coordination data: comments print only in the optional appendix (tested separately),
  // letters of intent are exported as their own text files, next-step dates are reformatted.
  'comments',
  'review',
  'nextSteps',
  'letters',
]);

interface UserText {
  readonly path: string;
  readonly section: SectionTitle;
  readonly text: string;
}

/** Every non-empty user-typed string of the draft, with the section that must print it. */
function userTexts(draft: Draft): { printed: UserText[]; hidden: UserText[] } {
  const printed: UserText[] = [];
  const hidden: UserText[] = [];
  const visit = (value: unknown, path: readonly string[], out: UserText[]): void => {
    const key = path[path.length - 1];
    if (key !== undefined && NOT_USER_TEXT.has(key)) return;
    if (path[0] === 'budget' && path[1] === 'financing' && key === 'unit') return; // 'eur' | 'pct'
    if (typeof value === 'string') {
      const section = sectionOf(path);
      expect(section, `no section for ${path.join('.')}`).toBeDefined();
      if (value.trim() !== '') out.push({ path: path.join('.'), section: section!, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, String(i)], out));
    } else if (value !== null && typeof value === 'object') {
      // An unticked emphasis or objective keeps its text in the draft but is left out of the
      // PDF on purpose (fit-section.ts): collected separately, to check that it stays out.
      const target = 'selected' in value && value.selected === false ? hidden : out;
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k], target);
    }
  };
  visit(draft, [], printed);
  return { printed, hidden };
}

// ---------------------------------------------------------------------------------------
// Fixtures, rendered once

/** The characters the issue lists, each on its own, and a negative amount as fi-FI writes it. */
const CHARACTERS = ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö', '€', '–', '—', '“', '”', '‘', '’', '…', '•', 'á', 'č', 'đ', 'ŋ', 'š', 'ŧ', 'ž'];
const MINUS_AMOUNT = formatCents(-123_450); // '−1 234,50 €' with U+2212 and two U+00A0
const CHARACTER_TEXT = `Merkit: ${CHARACTERS.join(' ')} – sitaatti “näin” ja ‘näin’; kymmenen\u00a0tuhatta, kapea\u202fväli, alijäämä ${MINUS_AMOUNT}.`;

/** The budget draft with the listed special characters and a negative fi-FI amount in its text. */
function charactersDraft(): Draft {
  const d = makeBudgetDraft('draft-characters');
  return { ...d, need: { ...d.need, problem: CHARACTER_TEXT } };
}

const FIXTURES = {
  empty: () => makeDraft(),
  typical: () => makeTypicalDraft(),
  full: () => makeFullDraft(),
  budget: () => makeBudgetDraft(),
  stress: () => makeStressDraft(), // its own texts already give far more than 30 pages (asserted below)
  characters: charactersDraft,
} as const;
type FixtureName = keyof typeof FIXTURES;

interface Rendered {
  readonly draft: Draft;
  readonly budget: BudgetSummary;
  readonly doc: PdfDoc;
  readonly bytes: Uint8Array;
  readonly pdf: ReadPdf;
  readonly renderMs: number;
}

const rendered = {} as Record<FixtureName, Rendered>;
const get = (name: FixtureName) => rendered[name];

beforeAll(async () => {
  const fonts = await createPdfFonts();
  const build = (draft: Draft) => {
    const budget = calculateBudget(draft);
    return {
      budget,
      doc: buildPdfModel({ draft, budget, fit: evaluateFit(draft, budget), exportedAt: FIXED_NOW, appVersion: APP_VERSION }),
    };
  };
  await renderPdf(build(makeDraft()).doc, fonts); // warm-up (dynamic import, JIT), so the timings are the renders
  const report: string[] = [];
  for (const name of Object.keys(FIXTURES) as FixtureName[]) {
    const draft = FIXTURES[name]();
    const { budget, doc } = build(draft);
    const t0 = performance.now();
    const bytes = await renderPdf(doc, fonts);
    const renderMs = performance.now() - t0;
    const pdf = await readPdf(bytes);
    rendered[name] = { draft, budget, doc, bytes, pdf, renderMs };
    report.push(
      `${name}: ${pdf.pages.length} pages (estimate ${estimatePdfPages(doc)}), ${Math.round(renderMs)} ms, ${bytes.length} bytes`,
    );
  }
  console.log(`ideapaperi PDFs\n  ${report.join('\n  ')}`);
}, 60_000);

// ---------------------------------------------------------------------------------------
// Reading the extracted text

interface Item extends PdfTextItem {
  /** 0-based page index. */
  readonly page: number;
}

const isFooter = (item: PdfTextItem) => item.y < FOOTER_RULE_PT;
const visible = (item: PdfTextItem) => item.str.trim() !== '';
/** pdfjs text as the source would read: U+00A0 and U+202F as plain spaces. */
const spaced = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

/** Every visible text item, without the footers, in page and reading order (there is no cover). */
function bodyItems(pdf: ReadPdf): Item[] {
  return pdf.pages.flatMap((p, i) => p.items.filter((it) => visible(it) && !isFooter(it)).map((it) => ({ ...it, page: i })));
}

/** Index in `items` of each level-1 heading, found one after the other (so in order, or -1). */
function headingIndices(items: readonly Item[], titles: readonly string[] = SECTION_TITLES): number[] {
  const out: number[] = [];
  let from = 0;
  for (const title of titles) {
    const at = items.findIndex((it, i) => i >= from && it.str === title);
    out.push(at);
    if (at >= 0) from = at + 1;
  }
  return out;
}

/** The body items of page 1's brief (FRONT) and of each section the document has, heading excluded. */
function sections(pdf: ReadPdf, doc: PdfDoc): Map<SectionTitle, Item[]> {
  const titles = level1Titles(doc);
  const items = bodyItems(pdf);
  const at = headingIndices(items, titles);
  expect(
    at.every((i) => i >= 0),
    'all section headings in order',
  ).toBe(true);
  return new Map<SectionTitle, Item[]>([
    [FRONT, items.slice(0, at[0] ?? items.length)],
    ...titles.map((title, k): [SectionTitle, Item[]] => [
      title as SectionTitle,
      items.slice(at[k]! + 1, k + 1 < at.length ? at[k + 1] : items.length),
    ]),
  ]);
}

/** The blocks with every 'keep' group opened. */
const flatBlocks = (blocks: readonly PdfBlock[]): PdfBlock[] => blocks.flatMap((b) => (b.kind === 'keep' ? flatBlocks(b.blocks) : [b]));
const level1Titles = (doc: PdfDoc) => flatBlocks(doc.blocks).flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));

/** The blocks of a level-1 section of the content model. */
function docSection(doc: PdfDoc, title: SectionTitle): PdfBlock[] {
  const blocks = flatBlocks(doc.blocks);
  const start = title === FRONT ? -1 : blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text === title);
  const rest = blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level === 1);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The items' texts in order, words hyphenated at a line end joined back. */
const joined = (items: readonly PdfTextItem[]) => joinLines(items.map((i) => i.str));

/**
 * The section's text as "streams" in which a wrapped text is contiguous: all items in reading
 * order (paragraphs, lists), the key–value value column (whose lines interleave with wrapped
 * key lines in reading order), and each table column (whose lines interleave with the other
 * columns', and which repeats the column header after a page break). Whitespace removed;
 * each table's header texts are returned to be removed from both sides of a comparison.
 */
function streams(items: readonly Item[], blocks: readonly PdfBlock[]): { text: string[]; headers: string[] } {
  const text = [noSpace(joined(items)), noSpace(joined(items.filter((i) => i.x >= VALUE_X_PT - 0.5)))];
  const headers: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    let left = MARGIN_X_MM;
    columnWidths(b.columns, WIDTH_MM).forEach((w, i) => {
      const [from, to] = [left * MM - 0.5, (left + w) * MM - 0.5];
      text.push(noSpace(joined(items.filter((it) => it.x >= from && it.x < to))));
      headers.push(noSpace(b.columns[i]!.header));
      left += w;
    });
  }
  return { text, headers };
}

/** The cells on the same line as the first first-column item starting with `first` (a table row's top line). */
function rowCells(items: readonly Item[], first: string): string[] | undefined {
  const start = items.find((it) => it.x < (MARGIN_X_MM + 10) * MM && squash(it.str).startsWith(first));
  if (!start) return undefined;
  return items.filter((it) => it.page === start.page && Math.abs(it.y - start.y) < 0.5).map((it) => squash(it.str));
}

const money = (cents: number) => spaced(formatCents(cents));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Items that are half an amount: "721 617," on one line and "57 €" on the next. */
const splitAmounts = (items: readonly Item[]) => items.filter((it) => /\d,$|^\d\d? ?€$/.test(squash(it.str))).map((it) => it.str);

// ---------------------------------------------------------------------------------------
// 1. Fixture drafts read back

describe.each(['full', 'budget', 'typical'] as const)('the %s draft', (name) => {
  it('has page 1 first and then the sections in the funder template order', () => {
    const { doc, pdf, budget } = get(name);
    // The full draft has no costs yet: its money section is left out, not printed empty.
    const expected = budget.hasBudget ? SECTION_TITLES : SECTION_TITLES.filter((t) => t !== 'Kustannukset ja omarahoitus');
    expect(level1Titles(doc)).toEqual(expected);
    expect(headingIndices(bodyItems(pdf), expected)).not.toContain(-1);
    // Page 1 opens with the project name, no cover page before it.
    const first = [...pdf.pages[0]!.items].filter(visible).sort((a, b) => b.y - a.y)[0]!;
    expect(squash(get(name).draft.project.name).startsWith(squash(first.str))).toBe(true);
  });

  it('prints every non-empty user text in its own section', () => {
    const { draft, doc, pdf } = get(name);
    const bySection = sections(pdf, doc);
    const { printed, hidden } = userTexts(draft);
    expect(printed.length).toBeGreaterThan(30);
    for (const { path, section, text } of printed) {
      expect(squash(joined(bySection.get(section)!)), path).toContain(squash(text));
    }
    // Unticked fit answers keep their text in the draft only.
    for (const { path, text } of hidden) expect(pdf.text, path).not.toContain(squash(text));
  });

  it('prints every budget figure as calculated, formatted fi-FI: the key figures on page 1, the tables in the money section', () => {
    const { doc, budget, pdf } = get(name);
    if (!budget.hasBudget) {
      expect(name).toBe('full');
      expect(pdf.text).not.toContain('Avainluvut');
      return;
    }
    const bySection = sections(pdf, doc);
    const front = bySection.get(FRONT)!;
    const figures: [string, number][] = [
      ['Kustannukset yhteensä', budget.totalCents],
      ['Tuki ', budget.aidCents],
      ['Omarahoitus ', budget.selfFinancingRequiredCents],
      ['Omarahoitusta suunnitelmassa', budget.sourcesTotalCents],
      ['Ennakko enintään', budget.maxAdvanceCents],
    ];
    for (const [label, cents] of figures) {
      expect(formatCents(cents)).toBe(FI_EUR.format(cents / 100)); // the domain's format is Intl's fi-FI
      expect(rowCells(front, label)?.at(-1), label).toBe(money(cents));
    }
    const items = bySection.get('Kustannukset ja omarahoitus')!;
    expect(budget.years.length).toBeGreaterThan(0);
    for (const y of budget.years) {
      expect(rowCells(items, String(y.year)), String(y.year)).toEqual([
        String(y.year),
        money(y.staffCents),
        money(y.flatRateCents),
        money(y.totalCents),
      ]);
    }
    for (const line of budget.staff) {
      const cells = rowCells(items, line.role)!;
      expect(cells, line.role).toBeDefined();
      for (const cents of [line.monthlySalaryCents!, line.paidSalaryCents, line.sideCostsCents, line.totalCents])
        expect(cells).toContain(money(cents));
    }
    if (budget.staff.length > 0) {
      const footer = [
        'Yhteensä',
        money(sum(budget.staff.map((l) => l.paidSalaryCents))),
        money(sum(budget.staff.map((l) => l.sideCostsCents))),
        money(budget.staffCostsCents),
      ];
      expect(rowCells(items, 'Yhteensä')).toEqual(footer);
    }
    expect(splitAmounts([...front, ...items])).toEqual([]);
    if (name === 'budget') {
      expect(budget.staffCostsCents).toBeGreaterThan(0);
      expect(budget.staff).toHaveLength(2);
    }
  });
});

describe('the typical small project', () => {
  it('fits in at most 3 pages, and the page estimate is within one page of it', () => {
    const { doc, pdf } = get('typical');
    expect(pdf.pages.length).toBeLessThanOrEqual(3);
    expect(Math.abs(estimatePdfPages(doc) - pdf.pages.length)).toBeLessThanOrEqual(1);
  });

  it('splits no word of the user’s text or of a table header without a hyphen', () => {
    const { doc, pdf } = get('typical');
    const source = new Set(
      [...flatBlocks(doc.blocks).flatMap(blockTexts), doc.footer].flatMap((t) => tokensOf(prepareText(t).replace(/\n/g, ' '))),
    );
    const items = bodyItems(pdf);
    expect(items.length).toBeGreaterThan(200);
    expect(brokenWords(items, source)).toEqual([]);
  });

  it('keeps each action, small table and heading with its first lines on one page', () => {
    const { draft, pdf } = get('typical');
    const items = bodyItems(pdf);
    const pageOf = (text: string) => items.find((it) => squash(it.str).includes(squash(text)))?.page;
    for (const [i, a] of draft.actions.entries()) {
      const head = items.find((it) => it.str === `${i + 1}. ${a.title}`)!;
      expect(head, a.title).toBeDefined();
      // The action's facts line ("Tavoite: …") is its last line: on the heading's page.
      const facts = items.filter((it) => it.page >= head.page && squash(it.str).startsWith('Tavoite:'));
      expect(facts[0]?.page, a.title).toBe(head.page);
    }
    for (const [first, last] of [
      ['Kumppani', draft.partners.at(-1)!.name.slice(0, 12)],
      ['Riski', draft.risks.at(-1)!.risk],
      ['Vuosi', 'Yhteensä'],
    ] as const) {
      expect(pageOf(last), `${first} table`).toBe(pageOf(first));
    }
  });
});

function blockTexts(b: PdfBlock): string[] {
  switch (b.kind) {
    case 'title':
      return [b.text, b.subtitle];
    case 'notice':
      return [b.title, ...b.lines];
    case 'keep':
      return b.blocks.flatMap(blockTexts);
    case 'heading':
    case 'paragraph':
      return [b.text];
    case 'list':
      return [...b.items];
    case 'keyValue':
      return b.rows.flatMap((r) => [r.key, r.value ?? NOT_FILLED]);
    case 'table':
      return [...b.columns.map((c) => c.header), ...b.rows.flat(), ...(b.footer ?? [])];
  }
}

describe('special characters', () => {
  it('come back exactly: å ä ö Å Ä Ö € – — “ ” ‘ ’ … • á č đ ŋ š ŧ ž, no-break spaces and the U+2212 minus', () => {
    const { pdf } = get('characters');
    expect(MINUS_AMOUNT).toBe('\u22121\u00a0234,50\u00a0€'); // what fi-FI formatting produces
    const text = squash(joined(sections(pdf, get('characters').doc).get('Tarve ja tausta')!));
    expect(text).toContain(squash(CHARACTER_TEXT));
    for (const ch of CHARACTERS) expect(text, ch).toContain(ch);
    expect(text).toContain('alijäämä \u22121 234,50 €.'); // U+2212, not a hyphen
    expect(text).not.toContain('-1 234,50');
    expect(text).toContain('kymmenen tuhatta, kapea väli'); // U+00A0 and U+202F read as spaces
    expect(pdf.text).not.toMatch(/[\u202f\ufffd]/);
  });

  it('turn an emoji into □ in the visible text and keep the HTML-like text literal', () => {
    const { pdf } = get('stress');
    expect(pdf.text).not.toContain('🙂');
    expect(pdf.text).toContain(`€ ${MISSING_GLYPH} <Åland>`); // the project name (cover, headings, footer)
    expect(pdf.text).toContain('<b>ei html</b> &amp;');
    expect(pdf.text).toContain('“lainaus” ‘sitaatti’ … • 10 000 1 000 \u22125 á č đ ŋ š ŧ ž □');
  });
});

describe('an empty draft', () => {
  it('is one page with no placeholder lines: what is missing is named once, in the box', () => {
    const { doc, pdf } = get('empty');
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.text).not.toContain(NOT_FILLED);
    expect(pdf.text).toContain('Vielä puuttuu');
    const box = doc.blocks.find((b) => b.kind === 'notice' && b.title === 'Vielä puuttuu');
    for (const line of box?.kind === 'notice' ? box.lines : []) expect(pdf.text).toContain(squash(line));
    expect(level1Titles(doc)).toEqual(['Sopivuus ESR+ 4.3:een']);
  });
});

describe.each(['empty', 'full', 'budget', 'typical', 'stress', 'characters'] as const)('the %s PDF file', (name) => {
  it('embeds the draft, recoverable and equal to the original', () => {
    const { draft, bytes } = get(name);
    const json = extractEmbeddedJson(bytes);
    expect(json).not.toBeNull();
    const file = JSON.parse(json!) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: DRAFT_FILE_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      appVersion: APP_VERSION,
      exportedAt: FIXED_NOW,
    });
    expect(file.draft).toStrictEqual(draft);
    if (name === 'stress') {
      expect(JSON.stringify(file.draft)).toContain('🙂'); // the emoji survives in the data, not only as □
      expect((file.draft as Draft).project.name).toBe('Yhdessä kylillä – čđŋšŧž € 🙂 <Åland>');
    }
  });

  it('sets the document title and author', () => {
    const { draft, doc, pdf } = get(name);
    expect(pdf.info.Title).toBe(doc.meta.title);
    expect(String(pdf.info.Title)).toMatch(/^Ideapaperi – /);
    if (draft.applicant.name) expect(pdf.info.Author).toBe(draft.applicant.name);
  });

  it('contains no JavaScript', () => {
    const raw = new TextDecoder('latin1').decode(get(name).bytes);
    expect(raw).not.toContain('/JavaScript');
    // Action dictionaries live outside streams (jsPDF writes no object streams), so the /JS
    // name is looked for there: compressed stream bytes may hold any byte sequence.
    expect(raw).not.toContain('/ObjStm');
    const outsideStreams = raw.replace(/stream\r?\n[\s\S]*?endstream/g, 'stream endstream');
    expect(outsideStreams.length).toBeLessThan(raw.length);
    expect(outsideStreams).not.toContain('/JS');
  });

  it('numbers every page and keeps all text above the footer zone', () => {
    const { doc, pdf } = get(name);
    const total = pdf.pages.length;
    const label = squash(prepareText(doc.footer));
    pdf.pages.forEach((page, i) => {
      const items = page.items.filter(visible);
      const footer = squash(joined(items.filter(isFooter)));
      expect(footer, `page ${i + 1}`).toBe(`${label} Sivu ${i + 1} / ${total}`);
      for (const item of items.filter((it) => !isFooter(it))) {
        expect(item.y, `page ${i + 1}: ${item.str.slice(0, 40)}`).toBeGreaterThan(CONTENT_FLOOR_PT);
        expect(item.y).toBeLessThan(297 * MM);
      }
      expect(items.length, `page ${i + 1} is blank`).toBeGreaterThan(2);
    });
  });
});

// ---------------------------------------------------------------------------------------
// 2. The stress draft

describe('the stress draft', () => {
  it('gives at least 30 pages', () => {
    const { draft, pdf } = get('stress');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(30);
    expect(draft.indicators).toHaveLength(40);
    expect(draft.budget.staff).toHaveLength(15);
  });

  it('has the section headings in order', () => {
    expect(headingIndices(bodyItems(get('stress').pdf), level1Titles(get('stress').doc))).not.toContain(-1);
  });

  it('loses no character of any user text (wrapping and □ for emoji allowed)', () => {
    const { draft, doc, pdf } = get('stress');
    const bySection = sections(pdf, doc);
    const { printed } = userTexts(draft);
    expect(printed.filter((t) => t.text.length >= 300).length).toBeGreaterThan(30);
    for (const title of [FRONT, ...SECTION_TITLES] as const) {
      const { text, headers } = streams(bySection.get(title)!, docSection(doc, title));
      // A repeated table header may sit between the two halves of a cell split over pages.
      const dropHeaders = (s: string) => headers.reduce((acc, h) => acc.replaceAll(h, ''), s);
      const haystacks = text.map(dropHeaders);
      for (const { path, text: value } of printed.filter((t) => t.section === title)) {
        const needle = dropHeaders(noSpace(prepareText(value)));
        expect(
          haystacks.some((h) => h.includes(needle)),
          `${path} (${value.length} characters)`,
        ).toBe(true);
      }
    }
  });

  it('prints each indicator and staff row once', () => {
    const { pdf } = get('stress');
    const items = bodyItems(pdf);
    const count = (re: RegExp) => items.filter((it) => re.test(it.str)).length;
    for (let i = 0; i < 40; i++) expect(count(new RegExp(`^Mittari ${i} `)), `indicator ${i}`).toBe(1);
    for (let i = 0; i < 15; i++) expect(count(new RegExp(`^Tehtävä ${i} `)), `staff row ${i}`).toBe(1);
  });

  it('repeats the indicator table header on every page the table spans', () => {
    const { pdf } = get('stress');
    const items = sections(pdf, get('stress').doc).get('Tulokset ja mittarit')!;
    const rowPages = items.filter((it) => /^Mittari \d+ /.test(it.str)).map((it) => it.page);
    const first = Math.min(...rowPages);
    // The last row's long source cell may continue on further pages: the table ends at the
    // last page of the section's text before the Kumppanit heading.
    const last = Math.max(...items.map((it) => it.page));
    expect(last - first).toBeGreaterThanOrEqual(2);
    for (let page = first; page <= last; page++) {
      const strs = items.filter((it) => it.page === page).map((it) => it.str);
      expect(strs, `page ${page + 1}`).toContain('Tietolähde');
      expect(strs, `page ${page + 1}`).toContain('Mittari');
    }
  });

  it('prints the budget figures of 15 staff rows as calculated, no amount split over two lines', () => {
    const { budget, doc, pdf } = get('stress');
    const bySection = sections(pdf, doc);
    const items = bySection.get('Kustannukset ja omarahoitus')!;
    expect(budget.staffCostsCents).toBeGreaterThan(100_000_00); // six-figure sums, in bold in the footer row
    expect(rowCells(bySection.get(FRONT)!, 'Kustannukset yhteensä')?.at(-1)).toBe(money(budget.totalCents));
    for (const [i, line] of budget.staff.entries()) {
      const cells = rowCells(items, `Tehtävä ${i} `)!;
      const expected = [
        line.monthlySalaryCents!,
        line.months!,
        line.sharePercent!,
        line.paidSalaryCents,
        line.sideCostsCents,
        line.totalCents,
      ];
      expect(cells.slice(1), line.role).toEqual(expected.map((v, k) => (k === 1 ? String(v) : k === 2 ? `${v} %` : money(v))));
    }
    const footer = [
      'Yhteensä',
      money(sum(budget.staff.map((l) => l.paidSalaryCents))),
      money(sum(budget.staff.map((l) => l.sideCostsCents))),
      money(budget.staffCostsCents),
    ];
    expect(rowCells(items, 'Yhteensä')).toEqual(footer);
    expect(splitAmounts(items)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------
// 3. The page estimate shown before export

describe('estimatePdfPages', () => {
  it.each(['empty', 'full', 'budget', 'typical'] as const)('is within one page of the real page count for the %s draft', (name) => {
    const { doc, pdf } = get(name);
    const real = pdf.pages.length;
    const estimate = estimatePdfPages(doc);
    expect(Math.abs(estimate - real), `estimate ${estimate}, real ${real}`).toBeLessThanOrEqual(1);
  });

  it('is within 20 percent for the stress draft', () => {
    const { doc, pdf } = get('stress');
    const real = pdf.pages.length;
    expect(Math.abs(estimatePdfPages(doc) - real), `estimate ${estimatePdfPages(doc)}, real ${real}`).toBeLessThanOrEqual(real * 0.2);
  });
});
