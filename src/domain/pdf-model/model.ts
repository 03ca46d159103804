/**
 * The ideapaperi PDF as a content model: what the document says and in which order, with
 * no knowledge of fonts, pages or jsPDF. src/export/ renders it; tests read it directly.
 */

export type PdfBlock =
  /** The paper's title (the project name) with a muted line under it; opens page 1. */
  | { readonly kind: 'title'; readonly text: string; readonly subtitle: string }
  /** A shaded box: the readiness line and what is still missing. `tone` picks the colour bar. */
  | { readonly kind: 'notice'; readonly tone: 'ready' | 'attention'; readonly title: string; readonly lines: readonly string[] }
  /** Blocks printed together on one page when they fit on one (an action, a heading with its table). */
  | { readonly kind: 'keep'; readonly blocks: readonly PdfBlock[] }
  /** Section (1), sub-section (2) or item (3) heading; never left alone at a page bottom. */
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** A paragraph; `empty` marks the "Ei vielä täytetty" placeholder (rendered muted). */
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'normal' | 'muted' | 'empty' }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** Label–value pairs; a value of null prints as "Ei vielä täytetty". */
  | { readonly kind: 'keyValue'; readonly rows: readonly { readonly key: string; readonly value: string | null }[] }
  /** A table; long tables continue on the next page with the header repeated. */
  | {
      readonly kind: 'table';
      readonly columns: readonly { readonly header: string; readonly width: number; readonly align?: 'left' | 'right' }[];
      readonly rows: readonly (readonly string[])[];
      /** An emphasised last row (totals). */
      readonly footer?: readonly string[];
    };

export interface PdfMeta {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: string;
  /** ISO time of the export. */
  readonly createdAt: string;
  /** `ideapaperi-<slug>-<YYYY-MM-DD>.pdf` (ASCII). */
  readonly fileName: string;
}

export interface PdfDoc {
  readonly meta: PdfMeta;
  /** Running footer text (the project name); page numbers are added by the renderer. */
  readonly footer: string;
  /** The page number label with `{page}` and `{total}` to fill in, e.g. "Sivu {page} / {total}". */
  readonly pageLabel: string;
  readonly blocks: readonly PdfBlock[];
  /**
   * The draft in machine-readable form (the draft file format as a JSON string), embedded
   * in the PDF so that a later app version can import the PDF back.
   */
  readonly embeddedJson: string;
}

/** Placeholder for an empty value where one must be shown (a table cell, the comments appendix). */
export const NOT_FILLED = 'Ei vielä täytetty';
