/**
 * `npm run bench`, section "Size and PDF export": sizes of the production build and the PDF
 * export times, each figure with its target. Times are measured, not asserted (these machines
 * are noisy); the size budget is enforced by `npm test` instead. Start-up and typing figures
 * are in perf.bench.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { createPdfFonts } from '../scripts/pdf-fonts';
import { serializeDraftFile, type Draft } from '../src/domain';
import { renderPdf } from '../src/export/render-pdf';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/browser';
import { startStaticServer, type StaticServer } from '../tests/e2e/static-server';
import { makeStressDraft, makeTypicalDraft } from '../tests/fixtures';
import { readPdf } from '../tests/pdf-reader';
import { DOC as RENDER_TEST_DOC } from '../tests/render-pdf-doc';
import { DIST, kb, median, ms, RUNS, section, throttled } from './kit';

const out = section('Size and PDF export');
let server: StaticServer;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * The last commit before the new PDF layout and hyphenation: its build is measured beside this
 * one in the same run (alternating), on a fixture both can read (schema v3).
 */
const BEFORE_COMMIT = 'fb1e811';
const BEFORE_DIST = join(DIST, '..', 'dist-before-pdf-layout');
let before: StaticServer | null = null;

/** Builds BEFORE_COMMIT from git (with this checkout's node_modules); null when that is not possible. */
function buildBefore(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'ideapaperi-before-'));
  try {
    execFileSync('sh', ['-c', `git archive ${BEFORE_COMMIT} | tar -x -C "${dir}"`], { stdio: 'pipe' });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    execFileSync(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error', '--outDir', BEFORE_DIST, '--emptyOutDir'],
      {
        cwd: dir,
        stdio: 'pipe',
        env: { ...process.env, NODE_ENV: 'production', BUILD_ID: 'bench-before' },
      },
    );
    return BEFORE_DIST;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  server = await startStaticServer(DIST);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await before?.close();
  out.write([
    'The lazy PDF code is everything the export loads: the renderer chunk (with the hyphenation patterns), jsPDF and the two',
    `subset fonts. The export target builds ${BEFORE_COMMIT} (the last commit before the new PDF layout and hyphenation) and`,
    'measures both builds in this run, alternating, on a schema v3 fixture both can read.',
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

/** One export in a fresh browser at 4× CPU: milliseconds from the click to the file, and its pages. */
async function exportOnce(url: string, file: string, waitMs: number): Promise<{ ms: number; pages: number }> {
  const browser: Browser = await (await import('playwright-core')).chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(url);
    await page.locator('#import-file').setInputFiles(file);
    await page.getByRole('button', { name: /^Avaa:/ }).click();
    // The check step was called "Yhteenveto" before the new steps.
    await page
      .locator('.step-nav')
      .getByRole('button', { name: /^(Tarkista ja vie|Yhteenveto)/ })
      .click();
    await page.getByRole('button', { name: 'Vie PDF' }).waitFor();
    if (waitMs > 0) await page.waitForTimeout(waitMs);
    await throttled(context, page);
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vie PDF' }).click()]);
    const took = Date.now() - started;
    return { ms: took, pages: (await readPdf(new Uint8Array(readFileSync(await download.path())))).pages.length };
  } finally {
    await browser.close();
  }
}

it('PDF export time (4× CPU)', async () => {
  const info = { appVersion: 'bench', exportedAt: new Date().toISOString() };
  const cases: [string, Draft, number][] = [
    ['typical small project (4 850 characters, 3 pages)', makeTypicalDraft('bench-typical'), RUNS],
    ['stress draft', makeStressDraft(), 3],
  ];
  for (const [label, draft, runs] of cases) {
    const file = join(tmpdir(), `bench-${draft.id}.ideapaperi.json`);
    writeFileSync(file, serializeDraftFile(draft, info));
    const runsOf = [];
    for (let i = 0; i < runs; i++) runsOf.push(await exportOnce(server.url, file, 0));
    const times = runsOf.map((r) => r.ms);
    out.record(
      `PDF export, ${label}, click to file (median / worst of ${runs})`,
      `${ms(median(times))} / ${ms(Math.max(...times))}, ${runsOf[0]!.pages} pages`,
    );
  }
}, 600_000);

it('PDF export beside the build before the new layout and hyphenation (4× CPU)', async () => {
  const dist = buildBefore();
  if (!dist) {
    out.record(`PDF export beside ${BEFORE_COMMIT}`, `not measured: ${BEFORE_COMMIT} could not be built here`, {
      text: 'measured',
      met: false,
    });
    return;
  }
  before = await startStaticServer(dist);
  const file = resolve('tests/fixtures/drafts/v3-full.json');
  // The click right after the view opens, and after 1.5 s on it (the view loads the PDF code meanwhile).
  for (const [when, waitMs] of [
    ['click at once', 0],
    ['click after 1.5 s on the view', 1500],
  ] as const) {
    const now: number[] = [];
    const then: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      then.push((await exportOnce(before.url, file, waitMs)).ms);
      now.push((await exportOnce(server.url, file, waitMs)).ms);
    }
    out.record(
      `PDF export, v3 fixture, ${when}: this build / ${BEFORE_COMMIT} (medians of ${RUNS}, alternating)`,
      `${ms(median(now))} / ${ms(median(then))}`,
      { text: 'no slower than before', met: median(now) <= median(then) },
    );
  }
  await before.close();
}, 900_000);

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
