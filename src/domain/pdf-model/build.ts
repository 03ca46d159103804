/**
 * The ideapaperi PDF as a content model (model.ts), built from the draft, the budget figures
 * and the fit report. Pure: the export time and app version come from the caller.
 *
 * The text sections reuse buildOutline() so that the summary step and the PDF say the same
 * thing in the same order. User text goes in verbatim: never trimmed, truncated or parsed
 * as markup; the renderer draws it as plain text.
 */
import type { BudgetSummary } from '../budget/types';
import type { FitReport } from '../fit-check/types';
import { FIELDS, type FieldText } from '../idea-paper/fields';
import { buildOutline, type OutlineEntry, type OutlineSection } from '../idea-paper/outline';
import { labelOf, LOI_STATUSES, REGIONS, RISK_LEVELS } from '../idea-paper/options';
import { MAIN_GOAL_ID, type Draft } from '../idea-paper/schema';
import { budgetBlocks } from './budget-section';
import { serializeDraftFile } from '../exchange/file-envelope';
import { fitBlocks } from './fit-section';
import { NOT_FILLED, type PdfBlock, type PdfCover, type PdfDoc, type PdfMeta } from './model';
import { pdfFileName } from './slug';
import { helsinkiDate, helsinkiTime } from '../time/helsinki';
import { commentAppendixBlocks, nextStepBlocks } from './coordination-section';

/** What the PDF is built from. */
export interface PdfModelInput {
  readonly draft: Draft;
  readonly budget: BudgetSummary;
  readonly fit: FitReport;
  /** ISO time of the export (the caller's clock). */
  readonly exportedAt: string;
  readonly appVersion: string;
  /** Adds the appendix of open coordinator comments (a choice at export). */
  readonly includeComments?: boolean;
}

/** Title of the document and of its cover page. */
export const PDF_TITLE = 'Ideapaperi';
/** The notice on the cover: the paper is a draft for discussion, not an application. */
export const DRAFT_NOTICE = 'Luonnos – ei virallinen hakemus';
/** PDF subject property. */
export const PDF_SUBJECT = 'ESR+ 4.3 ideapaperi (kansalaistoimijalähtöinen kehittäminen)';
/** Name used for a project that has no name yet. */
export const UNNAMED_PROJECT = 'Nimetön luonnos';

const DASH = '–';

const heading = (level: 1 | 2 | 3, text: string): PdfBlock => ({ kind: 'heading', level, text });
const paragraph = (value: string | null): PdfBlock =>
  value === null ? { kind: 'paragraph', text: NOT_FILLED, tone: 'empty' } : { kind: 'paragraph', text: value };
const cell = (s: string) => (s.trim() ? s : DASH);

/** The whole document: properties, cover, sections in the wizard's order and the embedded draft. */
/** The footer's page number, filled in by the renderer. */
export const PAGE_LABEL = 'Sivu {page} / {total}';

export function buildPdfModel(input: PdfModelInput): PdfDoc {
  const { draft, budget, fit, exportedAt, appVersion } = input;
  const projectName = draft.project.name.trim() ? draft.project.name : UNNAMED_PROJECT;
  const exported = helsinkiTime(exportedAt);
  const isoDate = helsinkiDate(exportedAt);
  const regions = draft.project.regions.map((r) => labelOf(REGIONS, r));

  const meta: PdfMeta = {
    title: `${PDF_TITLE} – ${projectName}`,
    author: draft.applicant.name,
    subject: PDF_SUBJECT,
    keywords: ['ESR+', '4.3', 'ideapaperi', 'kansalaistoimijalähtöinen kehittäminen', ...regions].join(', '),
    createdAt: exportedAt,
    fileName: pdfFileName(draft.project.name, isoDate),
  };
  const cover: PdfCover = {
    title: PDF_TITLE,
    projectName,
    lines: [
      { key: 'Hakija', value: draft.applicant.name.trim() ? draft.applicant.name : NOT_FILLED },
      { key: 'Maakunnat', value: regions.length ? regions.join(', ') : NOT_FILLED },
      { key: 'Suunniteltu aika', value: periodText(draft.project.startMonth, draft.project.endMonth) },
      { key: 'Päivämäärä', value: exported ? `${exported.day}.${exported.month}.${exported.year}` : exportedAt },
      // The draft's last edit time identifies the version: two PDFs of the same draft with the
      // same stamp have the same content, whenever they were exported.
      { key: 'Luonnoksen versio', value: versionText(draft.updatedAt) },
    ],
    notice: DRAFT_NOTICE,
  };
  return {
    meta,
    cover,
    footer: projectName,
    pageLabel: PAGE_LABEL,
    blocks: [
      ...textSectionBlocks(draft),
      ...budgetBlocks(draft, budget),
      ...fitBlocks(draft, fit),
      ...nextStepBlocks(draft),
      ...(input.includeComments ? commentAppendixBlocks(draft) : []),
    ],
    embeddedJson: serializeDraftFile(draft, { appVersion, exportedAt }),
  };
}

/** The wizard's sections (outline.ts) as blocks; lists with a fixed shape become tables. */
function textSectionBlocks(draft: Draft): PdfBlock[] {
  return buildOutline(draft).flatMap((section): PdfBlock[] => {
    const title = heading(1, section.title);
    switch (section.stepId) {
      case 'tavoitteet':
        return [title, ...entryBlocks(section.entries, 2), heading(2, FIELDS.subGoals.label), ...itemBlocks(section, 3)];
      case 'toimenpiteet':
        return [title, ...itemBlocks(section, 2)];
      case 'tulokset':
        return [title, ...entryBlocks(section.entries, 2), heading(2, FIELDS.indicators.label), indicatorTable(draft)];
      case 'kumppanit':
        return [title, partnerTable(draft)];
      case 'riskit':
        return [title, riskTable(draft)];
      default:
        return [title, ...entryBlocks(section.entries, 3, section.title)];
    }
  });
}

/**
 * Short fields as one key–value block, then each long field (one with a recommended length in
 * fields.ts) as a heading and a paragraph: long answers read badly squeezed into a value column.
 * A heading equal to the section's own title is left out (Viestintä under Viestintä).
 */
function entryBlocks(entries: readonly OutlineEntry[], level: 2 | 3, sectionTitle?: string): PdfBlock[] {
  const short = entries.filter((e) => !isLong(e.field));
  const long = entries.filter((e) => isLong(e.field));
  return [
    ...(short.length ? [{ kind: 'keyValue' as const, rows: short.map((e) => ({ key: e.label, value: e.value })) }] : []),
    ...long.flatMap((e) => [...(e.label === sectionTitle ? [] : [heading(level, e.label)]), paragraph(e.value)]),
  ];
}

/** Items of a list section (sub-goals, actions), each under its own heading; none → placeholder. */
function itemBlocks(section: OutlineSection, level: 2 | 3): PdfBlock[] {
  const list = section.items?.list ?? [];
  if (list.length === 0) return [paragraph(null)];
  return list.flatMap((item) => {
    // A lone long entry (a sub-goal) is the item itself: its heading is enough.
    const only = item.entries.length === 1 ? item.entries[0] : undefined;
    if (only && isLong(only.field)) return [heading(level, item.heading), paragraph(only.value)];
    return [heading(level, item.heading), ...entryBlocks(item.entries, 3)];
  });
}

/** Whether a field path (`need.problem`, `actions.<id>.description`) holds a long answer. */
function isLong(path: string): boolean {
  const parts = path.split('.');
  const key = path in FIELDS ? path : `${parts[0]}.${parts[parts.length - 1]}`;
  const text: FieldText | undefined = (FIELDS as Readonly<Record<string, FieldText>>)[key];
  return text?.recommended !== undefined;
}

/** Indicators as a table; the goal column names the goal the way the Tavoitteet section numbers it. */
function indicatorTable(draft: Draft): PdfBlock {
  if (draft.indicators.length === 0) return paragraph(null);
  const goalRef = (id: string) => {
    if (id === MAIN_GOAL_ID) return 'Päätavoite';
    const index = draft.subGoals.findIndex((g) => g.id === id);
    return index >= 0 ? `Osatavoite ${index + 1}` : DASH;
  };
  return {
    kind: 'table',
    columns: [
      { header: FIELDS['indicators.goalId'].label, width: 0.14 },
      { header: FIELDS['indicators.name'].label, width: 0.24 },
      { header: FIELDS['indicators.unit'].label, width: 0.12 },
      { header: FIELDS['indicators.baseline'].label, width: 0.13 },
      { header: FIELDS['indicators.target'].label, width: 0.13 },
      { header: FIELDS['indicators.source'].label, width: 0.24 },
    ],
    rows: draft.indicators.map((x) => [goalRef(x.goalId), cell(x.name), cell(x.unit), cell(x.baseline), cell(x.target), cell(x.source)]),
  };
}

/** Partners and the state of their letters of intent. */
function partnerTable(draft: Draft): PdfBlock {
  if (draft.partners.length === 0) return paragraph(null);
  return {
    kind: 'table',
    columns: [
      { header: FIELDS['partners.name'].label, width: 0.35 },
      { header: 'Rooli', width: 0.45 },
      { header: FIELDS['partners.loiStatus'].label, width: 0.2 },
    ],
    rows: draft.partners.map((p) => [cell(p.name), cell(p.role), labelOf(LOI_STATUSES, p.loiStatus)]),
  };
}

/** Risks with likelihood, impact and how the association prepares. */
function riskTable(draft: Draft): PdfBlock {
  if (draft.risks.length === 0) return paragraph(null);
  const level = (id: string) => (id ? labelOf(RISK_LEVELS, id) : DASH);
  return {
    kind: 'table',
    columns: [
      { header: FIELDS['risks.risk'].label, width: 0.32 },
      { header: FIELDS['risks.likelihood'].label, width: 0.16 },
      { header: FIELDS['risks.impact'].label, width: 0.14 },
      { header: 'Varautuminen', width: 0.38 },
    ],
    rows: draft.risks.map((r) => [cell(r.risk), level(r.likelihood), level(r.impact), cell(r.mitigation)]),
  };
}

/** "9/2027 – 8/2029"; a missing end shows as the placeholder, an odd entry as typed. */
function periodText(start: string, end: string): string {
  if (!start.trim() && !end.trim()) return NOT_FILLED;
  const month = (m: string) => {
    const match = /^(\d{4})-(\d{2})$/.exec(m);
    if (match) return `${Number(match[2])}/${match[1]}`;
    return m.trim() ? m : NOT_FILLED;
  };
  return `${month(start)} – ${month(end)}`;
}

/** "muokattu 28.11.2026 klo 14.32" in Finnish time; an unreadable stamp as it is. */
function versionText(updatedAt: string): string {
  const t = helsinkiTime(updatedAt);
  if (!t) return updatedAt.trim() ? updatedAt : NOT_FILLED;
  return `muokattu ${t.day}.${t.month}.${t.year} klo ${t.hour}.${pad(t.minute)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
