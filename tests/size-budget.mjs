#!/usr/bin/env node
/**
 * Fails when the app shell (HTML + the JS and CSS the first screen loads, gzip -9) grows past
 * the budget. Sizes are deterministic, so this is a test; times are benchmarks (bench/).
 * Run after `vite build`. Prints `name: value` lines.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const SHELL_BUDGET_BYTES = 45_000;
const dist = process.argv[2] ?? 'dist';

/** Files the first screen needs: index.html, its entry script, module preloads and stylesheets. */
export function shellFiles(html) {
  const refs = new Set();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    const url = m[1];
    if (/rel="(?:icon|manifest|apple-touch-icon)"/.test(tag)) continue;
    if (/\.(?:js|css)$/.test(url)) refs.add(url);
  }
  return [...refs];
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const html = readFileSync(`${dist}/index.html`);
const base = process.env.BASE_PATH ?? '/';
let total = gz(html);
console.log(`shell index.html gzip bytes: ${gz(html)}`);
/** Chunks a module imports statically (they load before it runs); dynamic import() is excluded. */
export function staticImports(code) {
  return [...code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)].map((m) => m[1]);
}

const seen = new Set();
const queue = shellFiles(html.toString()).map((ref) => `${dist}/${ref.startsWith(base) ? ref.slice(base.length) : ref.replace(/^\//, '')}`);
while (queue.length) {
  const path = queue.shift();
  if (seen.has(path)) continue;
  seen.add(path);
  const content = readFileSync(path);
  const size = gz(content);
  total += size;
  console.log(`shell ${path.slice(dist.length)} gzip bytes: ${size}`);
  if (path.endsWith('.js')) {
    const dir = path.slice(0, path.lastIndexOf('/'));
    for (const rel of staticImports(content.toString())) queue.push(`${dir}/${rel.slice(2)}`);
  }
}
console.log(`shell total gzip bytes: ${total}`);
console.log(`shell budget gzip bytes: ${SHELL_BUDGET_BYTES}`);
if (total > SHELL_BUDGET_BYTES) {
  console.error(
    `The app shell is ${total} bytes gzip, over the budget of ${SHELL_BUDGET_BYTES}. Move code behind a dynamic import or remove it.`,
  );
  process.exit(1);
}
