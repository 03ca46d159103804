/**
 * `npm run bench`: size and speed figures of the production build, printed as `name: value`
 * lines and written to bench/results.md with the machine and date. Times are measured, not
 * asserted (these machines are noisy); the size budget is enforced by `npm test` instead.
 */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, it } from 'vitest';
import { createPdfFonts } from '../scripts/pdf-fonts';
import { serializeDraftFile } from '../src/domain';
import { renderPdf } from '../src/export/render-pdf';
import { CHROMIUM_ARGS, chromiumPath, launchPersistent, tempProfileDir } from '../tests/e2e/browser';
import { startStaticServer, type StaticServer } from '../tests/e2e/static-server';
import { makeFullDraft, makeStressDraft } from '../tests/fixtures';
import { readPdf } from '../tests/pdf-reader';
import { DOC as RENDER_TEST_DOC } from '../tests/render-pdf-doc';

const DIST = resolve('.test-results/dist-bench');
const RUNS = 5;
const figures: [string, string][] = [];
let server: StaticServer;

function record(name: string, value: string) {
  figures.push([name, value]);
  console.log(`${name}: ${value}`);
}
const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

beforeAll(async () => {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', BUILD_ID: 'bench' },
  });
  server = await startStaticServer(DIST);
}, 120_000);

afterAll(async () => {
  await server?.close();
  const chromium =
    execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' })
      .split('\n')
      .find((l) => /Chromium|Chrome/.test(l))
      ?.trim() ?? '?';
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench\` on ${cpus()[0]?.model ?? '?'} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB), Node ${process.version}, ${chromium}.`,
    'Sizes are gzip -9 of the built files. Browser times use headless Chromium with 4× CPU throttling; medians of ' +
      `${RUNS} runs unless stated. Times vary between runs on shared machines: compare orders of magnitude, not single milliseconds.`,
    '',
    '| figure | value |',
    '|---|---|',
    ...figures.map(([k, v]) => `| ${k} | ${v} |`),
    '',
  ];
  writeFileSync('bench/results.md', lines.join('\n'));
});

async function throttled(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

/** Milliseconds from navigation start until the start view can be used. */
async function timeToUsable(page: Page): Promise<number> {
  await page.getByRole('button', { name: /Aloita uusi luonnos/ }).waitFor();
  return page.evaluate(() => performance.now());
}

it('sizes', () => {
  const out = execFileSync(process.execPath, ['tests/size-budget.mjs', DIST], { encoding: 'utf8' });
  const total = /shell total gzip bytes: (\d+)/.exec(out)?.[1];
  record('shell (HTML+JS+CSS of the first screen, gzip)', kb(Number(total)));
  const assets = readdirSync(join(DIST, 'assets'));
  const find = (re: RegExp) => assets.filter((f) => re.test(f)).map((f) => join(DIST, 'assets', f));
  const jspdf = find(/^jspdf/).reduce((n, f) => n + gz(f), 0);
  const exporter = find(/^export-/).reduce((n, f) => n + gz(f), 0);
  record('PDF code loaded on export (jsPDF + renderer, gzip)', kb(jspdf + exporter));
  record(
    'PDF fonts loaded on export (2 subset TTFs, gzip)',
    kb(gz(join(DIST, 'fonts/pdf-sans.ttf')) + gz(join(DIST, 'fonts/pdf-sans-bold.ttf'))),
  );
  record('wizard chunk loaded after first screen (gzip)', kb(find(/^Wizard-/).reduce((n, f) => n + gz(f), 0)));
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  const precacheBytes = precached.reduce((n, u) => n + statSync(join(DIST, u)).size, 0);
  record('service worker precache', `${precached.length} files, ${kb(precacheBytes)} raw`);
});

it('start-up time (4× CPU)', async () => {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const profile = tempProfileDir();
    const context = await launchPersistent(profile.dir);
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await throttled(context, page);
      await page.goto(server.url);
      cold.push(await timeToUsable(page));
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.waitForFunction(() => !!navigator.serviceWorker.controller);
      await page.reload();
      warm.push(await timeToUsable(page));
    } finally {
      await context.close();
      profile.remove();
    }
  }
  record('first usable screen, cold (median / worst)', `${ms(median(cold))} / ${ms(Math.max(...cold))}`);
  record('first usable screen, warm from service worker (median / worst)', `${ms(median(warm))} / ${ms(Math.max(...warm))}`);
}, 300_000);

it('PDF export time (4× CPU)', async () => {
  const info = { appVersion: 'bench', exportedAt: new Date().toISOString() };
  for (const [label, draft] of [
    ['typical', makeFullDraft('bench-typical')],
    ['stress (78 pages)', makeStressDraft()],
  ] as const) {
    const file = join(tmpdir(), `bench-${draft.id}.ideapaperi.json`);
    writeFileSync(file, serializeDraftFile(draft, info));
    const times: number[] = [];
    const runs = label === 'typical' ? RUNS : 3;
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
          .getByRole('button', { name: /^Yhteenveto/ })
          .click();
        await page.getByRole('button', { name: 'Vie PDF' }).waitFor();
        await throttled(context, page);
        const started = Date.now();
        await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vie PDF' }).click()]);
        times.push(Date.now() - started);
      } finally {
        await browser.close();
      }
    }
    record(`PDF export, ${label}, click to file (median / worst of ${runs})`, `${ms(median(times))} / ${ms(Math.max(...times))}`);
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
  record(
    `PDF render in Node, renderPdf only, render-pdf test document, ${pages} pages (median / worst of ${RUNS})`,
    `${ms(median(times))} / ${ms(Math.max(...times))} (target ≤ 5000 ms)`,
  );
}, 120_000);

it('input latency while typing in a long field with autosave (4× CPU)', async () => {
  const browser = await (await import('playwright-core')).chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: /Aloita uusi luonnos/ }).click();
    const field = page.getByLabel('Aiempi hankekokemus');
    await field.fill('Pitkä teksti. '.repeat(1500)); // about 21 000 characters
    await throttled(context, page);
    await field.focus();
    await page.keyboard.press('End');
    // Latency = from the keydown event to the next frame after the input was handled.
    await page.evaluate(() => {
      const w = window as unknown as { __lat: number[] };
      w.__lat = [];
      document.addEventListener('keydown', (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.__lat.push(performance.now() - t0), 0));
      });
    });
    await field.pressSequentially('a'.repeat(200), { delay: 60 });
    await page.waitForTimeout(500);
    const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
    record(
      `input latency, 21 000-character field, ${lat.length} keystrokes (median / worst)`,
      `${ms(median(lat))} / ${ms(Math.max(...lat))}`,
    );
  } finally {
    await browser.close();
  }
}, 300_000);

it('Lighthouse (mobile)', async () => {
  const out = join(tmpdir(), `lh-${Date.now()}.json`);
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
      `--output-path=${out}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath() }, timeout: 180_000 },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  for (const key of ['performance', 'accessibility', 'best-practices']) {
    record(`Lighthouse ${key} (mobile)`, String(Math.round(report.categories[key].score * 100)));
  }
  const audit = (id: string) => report.audits[id].displayValue as string;
  record(
    'Lighthouse FCP / LCP / TBT / CLS (mobile)',
    ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map(audit).join(' / '),
  );
}, 240_000);
