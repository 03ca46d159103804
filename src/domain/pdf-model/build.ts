/**
 * The ideapaperi PDF as a content model (model.ts), built from the draft, the budget figures
 * and the fit report. Pure: the export time and app version come from the caller.
 *
 * Page 1 tells the whole story (front-page.ts), a short box names what is still missing
 * (missing-box.ts), then the paper follows in the order of the funder's idea template
 * (paper-sections.ts, budget-section.ts, fit-section.ts). User text goes in verbatim: never
 * trimmed, truncated or parsed as markup; the renderer draws it as plain text.
 */
import { ESR_2021_2027 } from '../budget/rules/esr-2021-2027';
import type { BudgetSummary } from '../budget/types';
import type { FitReport } from '../fit-check/types';
import { serializeDraftFile } from '../exchange/file-envelope';
import { labelOf, REGIONS } from '../idea-paper/options';
import type { Draft } from '../idea-paper/schema';
import { helsinkiDate, helsinkiTime } from '../time/helsinki';
import { budgetBlocks } from './budget-section';
import { commentAppendixBlocks, nextStepBlocks } from './coordination-section';
import { fitBlocks } from './fit-section';
import { frontPageBlocks, UNNAMED_PROJECT, versionText } from './front-page';
import { missingBlocks } from './missing-box';
import { otherAnswerBlocks } from './other-answers';
import type { PdfDoc, PdfMeta } from './model';
import { paperSectionsAfterMoney, paperSectionsBeforeMoney } from './paper-sections';
import { pdfFileName } from './slug';

export { UNNAMED_PROJECT } from './front-page';

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

/** Title of the document. */
export const PDF_TITLE = 'Ideapaperi';
/** PDF subject property. */
export const PDF_SUBJECT = 'ESR+ 4.3 ideapaperi (kansalaistoimijalähtöinen kehittäminen)';
/** The footer's page number, filled in by the renderer. */
export const PAGE_LABEL = 'Sivu {page} / {total}';

/** The whole document: properties, page 1, the paper in the template's order and the embedded draft. */
export function buildPdfModel(input: PdfModelInput): PdfDoc {
  const { draft, budget, fit, exportedAt, appVersion } = input;
  const projectName = draft.project.name.trim() ? draft.project.name : UNNAMED_PROJECT;
  const exported = helsinkiTime(exportedAt);
  const regions = draft.project.regions.map((r) => labelOf(REGIONS, r));

  const meta: PdfMeta = {
    title: `${PDF_TITLE} – ${projectName}`,
    author: draft.applicant.name,
    subject: PDF_SUBJECT,
    keywords: ['ESR+', '4.3', 'ideapaperi', 'kansalaistoimijalähtöinen kehittäminen', ...regions].join(', '),
    createdAt: exportedAt,
    fileName: pdfFileName(draft.project.name, helsinkiDate(exportedAt)),
  };
  const stamp = {
    date: exported ? `${exported.day}.${exported.month}.${exported.year}` : exportedAt,
    // The draft's last edit time identifies the version: two PDFs of the same draft with the
    // same stamp have the same content, whenever they were exported.
    version: versionText(draft.updatedAt),
  };
  return {
    meta,
    footer: projectName,
    pageLabel: PAGE_LABEL,
    blocks: [
      ...frontPageBlocks(draft, budget, fit, ESR_2021_2027, stamp),
      ...missingBlocks(draft, budget),
      ...paperSectionsBeforeMoney(draft),
      ...budgetBlocks(draft, budget),
      ...paperSectionsAfterMoney(draft),
      ...otherAnswerBlocks(draft),
      ...fitBlocks(draft, fit),
      ...nextStepBlocks(draft),
      ...(input.includeComments ? commentAppendixBlocks(draft) : []),
    ],
    embeddedJson: serializeDraftFile(draft, { appVersion, exportedAt }),
  };
}
