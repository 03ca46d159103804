/**
 * Build-time PDF font: DejaVu Sans (regular + bold) cut down to the characters in
 * PDF_FONT_RANGES, so the app ships ~2 × 24 KB instead of 2 × 730 KB and no font binary is
 * committed. Node-only (fs, module): imported by vite.config.ts and tests, never by browser code.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
// '.js' on purpose: Vite 8 warns about extensionless imports in the config's import graph
// (they will break its native config loader); TypeScript and Vite resolve it to pdf-text.ts.
import { PDF_FONT_FILES, pdfFontCharacters } from '../src/export/pdf-text.js';

type SubsetFont = (
  font: Uint8Array,
  text: string,
  options: { targetFormat: 'truetype'; keepFeatures?: string[]; noHinting?: boolean },
) => Promise<Uint8Array>;

// subset-font is CommonJS without type declarations; require() keeps it out of the type graph.
const require = createRequire(import.meta.url);

/** Reads DejaVu Sans regular and bold from node_modules and subsets them to the PDF ranges. */
export async function createPdfFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const subsetFont = require('subset-font') as SubsetFont;
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const text = pdfFontCharacters();
  // jsPDF does no shaping, so OpenType layout features (GSUB/GPOS) are dead weight; and its own
  // re-subsetting keeps only cmap/glyf/loca/hmtx/hhea/maxp/post/name/head/OS2, dropping
  // fpgm/prep/cvt, so hinting instructions could never run. Both off: 45 KB → 24 KB per font.
  const [regular, bold] = await Promise.all(
    ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map(async (file) => {
      const source = await readFile(join(dir, file));
      const out = await subsetFont(source, text, { targetFormat: 'truetype', keepFeatures: [], noHinting: true });
      // Copy out of the Node Buffer pool: callers get a plain, exactly sized Uint8Array.
      return new Uint8Array(out);
    }),
  );
  return { regular: regular!, bold: bold! };
}

/**
 * Vite plugin: emits the two subset fonts as unhashed assets (fonts/pdf-sans.ttf,
 * fonts/pdf-sans-bold.ttf) in the build and serves the same paths from memory in dev.
 */
export function pdfFontsPlugin(): Plugin {
  let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;
  const load = () => (fonts ??= createPdfFonts());
  return {
    name: 'ideapaperi-pdf-fonts',
    configureServer(server) {
      const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
      server.middlewares.use((req, res, next) => {
        // Runs before Vite's own middlewares, so the URL still carries the base prefix.
        const path = (req.url ?? '').split('?')[0] ?? '';
        const rel = path.startsWith(base) ? path.slice(base.length) : '';
        const kind = rel === PDF_FONT_FILES.regular ? 'regular' : rel === PDF_FONT_FILES.bold ? 'bold' : null;
        if (!kind) return next();
        load().then(
          (f) => {
            res.setHeader('Content-Type', 'font/ttf');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(f[kind]);
          },
          (err: unknown) => next(err),
        );
      });
    },
    async generateBundle() {
      // Only the browser build needs the fonts (not an SSR or other environment build).
      if (this.environment.config.consumer !== 'client') return;
      const f = await load();
      this.emitFile({ type: 'asset', fileName: PDF_FONT_FILES.regular, source: f.regular });
      this.emitFile({ type: 'asset', fileName: PDF_FONT_FILES.bold, source: f.bold });
    },
  };
}
