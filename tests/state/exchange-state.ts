/** The real app state on an in-memory repository, with an exporter that keeps what it delivers. */
import { renderPdf } from '../../src/export/render-pdf';
import { createAppState } from '../../src/state';
import { createMemoryDraftsRepository } from '../../src/storage';

export type Fonts = { regular: Uint8Array; bold: Uint8Array };

/** `initial`: raw records, as stored. Without `fonts` a PDF export fails. */
export function setupExchange(initial: readonly unknown[], now: Date, fonts?: Fonts) {
  let n = 0;
  const repo = createMemoryDraftsRepository(initial);
  const delivered: { blob: Blob; fileName: string }[] = [];
  const state = createAppState({
    repo,
    now: () => now,
    newId: () => `new-${++n}`,
    loadPdfReader: () => import('../../src/export/pdf-embedded'),
    loadExporter: async () => ({
      async createPdfBlob(doc) {
        if (!fonts) throw new Error('no fonts in this setup');
        return new Blob([(await renderPdf(doc, fonts)) as BlobPart], { type: 'application/pdf' });
      },
      async deliverFile(blob, fileName) {
        delivered.push({ blob, fileName });
        return 'downloaded';
      },
    }),
  });
  return { repo, state, delivered };
}
