/**
 * Browser side of the PDF export: fetch the subset fonts (served by the app itself and
 * precached for offline use), render the content model, hand back a Blob.
 */
import type { PdfDoc } from '../domain';
import { isCompletePdf } from './pdf-bytes';
import { PDF_FONT_FILES } from './pdf-text';
import { loadPdfLibraries, renderPdf } from './render-pdf';

let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

async function fetchFont(path: string): Promise<Uint8Array> {
  const response = await fetch(`${import.meta.env.BASE_URL}${path}`);
  if (!response.ok) throw new Error(`Font ${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function loadFonts() {
  fonts ??= Promise.all([fetchFont(PDF_FONT_FILES.regular), fetchFont(PDF_FONT_FILES.bold)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

/** The ideapaperi PDF as a Blob; throws (and nothing is delivered) when the bytes are not a whole PDF. */
export async function createPdfBlob(doc: PdfDoc): Promise<Blob> {
  const bytes = await renderPdf(doc, await loadFonts());
  if (!isCompletePdf(bytes)) throw new Error(`The PDF came out incomplete (${bytes.length} bytes)`);
  return new Blob([bytes as BlobPart], { type: 'application/pdf' });
}

/**
 * Loads what an export needs (jsPDF, the hyphenation patterns, the fonts) ahead of the click,
 * while the user reads the check view; a failure here is left for the export itself to report.
 */
export async function preparePdfExport(): Promise<void> {
  await Promise.all([loadPdfLibraries(), loadFonts()]).catch(() => undefined);
}
