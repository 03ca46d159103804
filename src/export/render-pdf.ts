/**
 * Renders the PdfDoc content model to PDF bytes with jsPDF text primitives only (never
 * html() or SVG: those pull in html2canvas/canvg and give image text). jsPDF is imported
 * dynamically here and nowhere else, so its ~125 kB gzip chunk loads only on export; the
 * Finnish hyphenation patterns (pdf-hyphenate.ts, ~3 kB gzip) load next to it. This file sets
 * up the document (fonts, properties, the embedded draft) and its bytes; pdf-blocks.ts draws
 * the blocks on pdf-renderer.ts's pages, and pdf-table.ts the tables.
 */
import type { PdfDoc } from '../domain';
import { bytesToBase64, utf8Bytes } from './pdf-bytes';
import { EMBEDDED_JSON_NAMESPACE, EMBEDDED_JSON_PREFIX, blankOpenAction } from './pdf-embedded';
import { drawBlocks } from './pdf-blocks';
import { Renderer } from './pdf-renderer';
import { FONT } from './pdf-style';

export { FOOTER_RULE_Y_MM } from './pdf-style';

interface Fonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

/** jsPDF and the hyphenation patterns (the patterns are made ready by hyphenating one word). */
export const loadPdfLibraries = () =>
  Promise.all([
    import('jspdf'),
    import('./pdf-hyphenate').then((m) => {
      m.hyphenateFi('valmistautuminen');
      return m;
    }),
  ]);

/** Renders the document (page 1 is the first block's page: there is no cover) and returns the PDF bytes. */
export async function renderPdf(doc: PdfDoc, fonts: Fonts): Promise<Uint8Array> {
  const [{ jsPDF }, { hyphenateFi }] = await loadPdfLibraries();
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  pdf.addFileToVFS('PdfSans-Regular.ttf', bytesToBase64(fonts.regular));
  pdf.addFont('PdfSans-Regular.ttf', FONT, 'normal');
  pdf.addFileToVFS('PdfSans-Bold.ttf', bytesToBase64(fonts.bold));
  pdf.addFont('PdfSans-Bold.ttf', FONT, 'bold');
  pdf.setFont(FONT, 'normal');

  const { meta } = doc;
  pdf.setProperties({
    title: meta.title,
    author: meta.author,
    subject: meta.subject,
    keywords: meta.keywords,
    creator: 'Ideapaperi',
  });
  const created = new Date(meta.createdAt);
  if (!Number.isNaN(created.getTime())) pdf.setCreationDate(created);
  pdf.setLanguage('fi');
  pdf.addMetadata(EMBEDDED_JSON_PREFIX + bytesToBase64(utf8Bytes(doc.embeddedJson)), EMBEDDED_JSON_NAMESPACE);

  const r = new Renderer(pdf, hyphenateFi);
  drawBlocks(doc.blocks, r);
  r.footers(doc.footer, doc.pageLabel);

  const bytes = new Uint8Array(pdf.output('arraybuffer'));
  blankOpenAction(bytes);
  return bytes;
}
