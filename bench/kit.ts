/**
 * Shared by the bench files: the production build they measure, throttling, statistics, and
 * bench/results.md, where each bench file owns one section (rewritten on each run, the other
 * sections kept), so `npm run bench` leaves one file with every figure beside its target.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/browser';

export const DIST = resolve('.test-results/dist-bench');
export const RUNS = 5;
export const RESULTS = 'bench/results.md';

export const ms = (n: number) => `${Math.round(n)} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The p-th percentile (nearest rank) of the values. */
export const percentile = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

export async function throttled(context: BrowserContext, page: Page, rate = 4): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** One figure: what it is, the value measured, and the target it is held to ('' when none). */
export interface Figure {
  readonly name: string;
  readonly value: string;
  readonly target?: string;
  /** Whether the value meets the target (undefined when there is none). */
  readonly met?: boolean;
}

/** Collects a section's figures, printing each as it comes, and writes the section at the end. */
export function section(title: string) {
  const figures: Figure[] = [];
  return {
    record(name: string, value: string, target?: { text: string; met: boolean }) {
      figures.push({ name, value, ...(target ? { target: target.text, met: target.met } : {}) });
      console.log(`${name}: ${value}${target ? ` (target ${target.text}: ${target.met ? 'met' : 'NOT met'})` : ''}`);
    },
    write(notes: readonly string[] = []) {
      writeSection(title, [
        '| figure | value | target |',
        '|---|---|---|',
        ...figures.map((f) => `| ${f.name} | ${f.value} | ${f.target ? `${f.target} ${f.met ? '✅' : '❌'}` : ''} |`),
        ...(notes.length ? ['', ...notes] : []),
      ]);
    },
  };
}

function machine(): string {
  const chromium =
    execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' })
      .split('\n')
      .find((l) => /Chromium|Chrome/.test(l))
      ?.trim() ?? '?';
  return `${cpus()[0]?.model ?? '?'} (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB), Node ${process.version}, ${chromium}`;
}

/** Replaces (or appends) one `## title` section of bench/results.md and refreshes the header. */
export function writeSection(title: string, body: readonly string[]): void {
  const old = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
  const sections = new Map<string, string>();
  for (const part of old.split(/^(?=## )/m).slice(1)) {
    const name = part.slice(3, part.indexOf('\n')).trim();
    sections.set(name, part.trimEnd());
  }
  // Each section names its machine: sections are rewritten one at a time, and machines differ
  // (the same build measures about twice as slow on one as on another).
  const cpu = `${cpus()[0]?.model ?? '?'} (${cpus().length} cores)`;
  sections.set(title, [`## ${title}`, '', `Measured ${new Date().toISOString()} on ${cpu}.`, '', ...body].join('\n'));
  const header = [
    '# Benchmark results',
    '',
    `Latest run on ${machine()}, by \`npm run bench\`. Sizes are gzip -9 of the built files. Browser times use headless`,
    `Chromium with 4× CPU throttling; medians of ${RUNS} runs unless stated. Shared machines are noisy: compare orders of`,
    'magnitude, not single milliseconds. Each section below is rewritten by its own bench file.',
    '',
  ].join('\n');
  writeFileSync(RESULTS, `${header}\n${[...sections.values()].join('\n\n')}\n`);
}
