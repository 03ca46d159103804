/**
 * `npm run bench`, section "Size and PDF export": sizes of the production build and the PDF
 * export times, each figure with its target. Times are measured, not asserted (these machines
 * are noisy); the size budget is enforced by `npm test` instead. Start-up and typing figures
 * are in perf.bench.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { createPdfFonts } from '../scripts/pdf-fonts';
import { serializeDraftFile, type Draft } from '../src/domain';
import { renderPdf } from '../src/export/render-pdf';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser';
import { startStaticServer, type StaticServer } from '../tests/e2e/static-server';
import { makeFullDraft, makeStressDraft, makeTypicalDraft } from '../tests/fixtures';
import { readPdf } from '../tests/pdf-reader';
import { DOC as RENDER_TEST_DOC } from '../tests/render-pdf-doc';
import { DIST, kb, median, ms, RUNS, section, throttled } from './kit';

const out = section('Size and PDF export');
let server: StaticServer;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/** Export of the small full fixture before the new layout and hyphenation (bench/results.md of 2026-11-28). */
const EXPORT_BEFORE_MS = 508;

beforeAll(async () => {
  server = await startStaticServer(DIST);
}, 60_000);

afterAll(async () => {
  await server?.close();
  out.write([
    'The lazy PDF code is everything the export loads: the renderer chunk (with the hyphenation patterns), jsPDF and the two',
    'subset fonts. The export target compares the same small fixture with its time before the new PDF layout and hyphenation.',
  ]);
});

it('sizes', () => {
  const report = execFileSync(process.execPath, ['tests/size-budget.mjs', DIST], { encoding: 'utf8' });
  const total = Number(/shell total gzip bytes: (\d+)/.exec(report)?.[1]);
  out.record('shell (HTML+JS+CSS of the first screen, gzip)', kb(total), { text: '≤ 45 kB', met: total <= 45_000 });
  const assets = readdirSync(join(DIST, 'assets'));
  const find = (re: RegExp) => assets.filter((f) => re.test(f)).map((f) => join(DIST, 'assets', f));
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
  const jspdf = sum(find(/^jspdf/));
  // html2canvas, purify and canvg (index.es) are jsPDF's own lazy imports for html(): never loaded.
  const exporter = sum(find(/^(export|pdf-hyphenate|pdf-embedded)-/));
  const fonts = gz(join(DIST, 'fonts/pdf-sans.ttf')) + gz(join(DIST, 'fonts/pdf-sans-bold.ttf'));
  out.record('PDF renderer and hyphenation patterns (gzip)', kb(exporter));
  out.record('jsPDF (gzip)', kb(jspdf));
  out.record('PDF fonts (2 subset TTFs, gzip)', kb(fonts));
  out.record('lazy PDF code together (gzip)', kb(exporter + jspdf + fonts), { text: '≤ 170 kB', met: exporter + jspdf + fonts <= 170_000 });
  out.record('wizard and desk chunk loaded after the first screen (gzip)', kb(sum(find(/^(Wizard|lazy-views)-/))));
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  const precacheBytes = precached.reduce((n, u) => n + statSync(join(DIST, u)).size, 0);
  out.record('service worker precache', `${precached.length} files, ${kb(precacheBytes)} raw`);
});

it('PDF export time (4× CPU)', async () => {
  const info = { appVersion: 'bench', exportedAt: new Date().toISOString() };
  const cases: [string, Draft, number, number | null][] = [
    ['small full fixture', makeFullDraft('bench-full'), RUNS, EXPORT_BEFORE_MS],
    ['typical small project (4 850 characters, 3 pages)', makeTypicalDraft('bench-typical'), RUNS, null],
    ['stress draft', makeStressDraft(), 3, null],
  ];
  for (const [label, draft, runs, before] of cases) {
    const file = join(tmpdir(), `bench-${draft.id}.ideapaperi.json`);
    writeFileSync(file, serializeDraftFile(draft, info));
    const times: number[] = [];
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      const browser: Browser = await (
        await import('playwright-core')
      ).chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      try {
        const context = await browser.newContext({ acceptDownloads: true });
        const page = await context.newPage();
        page.setDefaultTimeout(120_000);
        await page.goto(server.url);
        await page.locator('#import-file').setInputFiles(file);
        await page.getByRole('button', { name: /^Avaa:/ }).click();
        await page
          .locator('.step-nav')
          .getByRole('button', { name: /^Tarkista ja vie/ })
          .click();
        await page.getByRole('button', { name: 'Vie PDF' }).waitFor();
        await throttled(context, page);
        const started = Date.now();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vie PDF' }).click()]);
        times.push(Date.now() - started);
        pages = (await readPdf(new Uint8Array(readFileSync(await download.path())))).pages.length;
      } finally {
        await browser.close();
      }
    }
    const value = `${ms(median(times))} / ${ms(Math.max(...times))}, ${pages} pages`;
    const name = `PDF export, ${label}, click to file (median / worst of ${runs})`;
    if (before === null) out.record(name, value);
    else out.record(name, value, { text: `no slower than before (${before} ms)`, met: median(times) <= before * 1.1 });
  }
}, 600_000);

// The render time that tests/export/render-pdf.test.ts once asserted (< 5 s): renderPdf alone on
// its hard test document, in Node without throttling, after one warm-up render (dynamic import, JIT).
it('PDF render time in Node (render-pdf test document)', async () => {
  const fonts = await createPdfFonts();
  const pages = (await readPdf(await renderPdf(RENDER_TEST_DOC, fonts))).pages.length;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await renderPdf(RENDER_TEST_DOC, fonts);
    times.push(performance.now() - t0);
  }
  out.record(
    `PDF render in Node, renderPdf only, render-pdf test document, ${pages} pages (median / worst of ${RUNS})`,
    `${ms(median(times))} / ${ms(Math.max(...times))}`,
    { text: '≤ 5000 ms', met: median(times) <= 5000 },
  );
}, 120_000);

it('Lighthouse (mobile)', async () => {
  const file = join(tmpdir(), `lh-${Date.now()}.json`);
  // Asynchronous on purpose: the static server runs in this process and must keep answering.
  await promisify(execFile)(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      server.url,
      '--quiet',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--only-categories=performance,accessibility,best-practices',
      '--output=json',
      `--output-path=${file}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of ['performance', 'accessibility', 'best-practices']) {
    out.record(`Lighthouse ${key} (mobile)`, String(Math.round(report.categories[key].score * 100)));
  }
  const audit = (id: string) => report.audits[id].displayValue as string;
  out.record(
    'Lighthouse FCP / LCP / TBT / CLS (mobile)',
    ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(audit).join(' / '),
  );
}, 240_000);
