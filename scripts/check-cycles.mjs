#!/usr/bin/env node
/**
 * `node scripts/check-cycles.mjs [root]`: fails when the .ts/.tsx files under root (default `src`) import each
 * other in a circle of any kind. oxlint's import/no-cycle misses circles that close through a dynamic `import()`
 * or a type-level `typeof import()`; here every reference to another file is an edge: `import` (also
 * `import type`), `export … from`, `import x = require()`, dynamic `import('…')` with a fixed string, and
 * `import('…')` in types. Only relative specifiers count; packages and non-code files (.css, `?url`…) are skipped.
 * Prints each circle as a chain of files, each step marked with its kind and line; exits 1 on a circle or a
 * parse error, else prints "no import cycles in N files".
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseSync } from 'vite';

const root = path.resolve(process.argv[2] ?? 'src');
const started = performance.now();

/** Every .ts/.tsx file under dir (not node_modules or dot folders), sorted so the output is stable. */
function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

const isFile = (p) => existsSync(p) && statSync(p).isFile();
const CODE_FILE = /\.[cm]?[jt]sx?$/;

/**
 * The file a relative specifier names, as tried in this order: as is, + .ts, + .tsx, /index.ts, /index.tsx, and
 * .js → .ts / .tsx. Null for a package, a Vite query (?url…) or a non-code file (.css…); undefined when a
 * specifier that looks like code names no file (tsc reports that; here it only gets a warning).
 */
function resolveSpecifier(from, spec) {
  if (!/^\.\.?(\/|$)/.test(spec) || spec.includes('?')) return null;
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  const js = /\.([cm]?)js(x?)$/.exec(base);
  if (js) candidates.push(base.slice(0, -js[0].length) + `.${js[1]}ts${js[2]}`, base.slice(0, -js[0].length) + `.${js[1]}tsx`);
  const found = candidates.find((c) => CODE_FILE.test(c) && isFile(c));
  if (found) return found;
  const ext = path.extname(base);
  return ext && !CODE_FILE.test(ext) ? null : undefined;
}

/** A string literal's value (also a template literal without `${}`), else null. */
function literalValue(node) {
  if (!node || typeof node !== 'object') return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  if (node.type === 'TSLiteralType') return literalValue(node.literal); // older oxc: TSImportType.argument
  return null;
}

/**
 * The edge a node makes, as [kind, specifier node], or null. Only `import type` / `export type` is 'type':
 * `import { type A }` stays a runtime import of the module under verbatimModuleSyntax.
 */
function edgeOf(node) {
  switch (node.type) {
    case 'ImportDeclaration':
      return [node.importKind === 'type' ? 'type' : 'static', node.source];
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
      return node.source ? [node.exportKind === 'type' ? 'type' : 'static', node.source] : null;
    case 'TSImportEqualsDeclaration':
      return node.moduleReference?.type === 'TSExternalModuleReference'
        ? [node.importKind === 'type' ? 'type' : 'static', node.moduleReference.expression]
        : null;
    case 'ImportExpression':
      return ['dynamic', node.source];
    case 'TSImportType':
      return ['typeof import', node.source ?? node.argument];
    default:
      return null;
  }
}

/** Every import-like reference in the AST: walks every object and array child, so nested ones count too. */
function referencesIn(program) {
  const found = [];
  const stack = [program];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const child of node) if (child && typeof child === 'object') stack.push(child);
      continue;
    }
    if (typeof node.type === 'string') {
      const edge = edgeOf(node);
      const spec = edge && literalValue(edge[1]);
      if (spec !== null && spec !== undefined) found.push({ kind: edge[0], spec, start: node.start });
    }
    for (const key in node) {
      const child = node[key];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function lineAt(text, offset) {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const langOf = (file) => (file.endsWith('.d.ts') ? 'dts' : file.endsWith('.tsx') ? 'tsx' : 'ts');
const show = (file) => {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
};

if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`check-cycles: ${show(root)} is not a folder`);
  process.exit(1);
}

const files = sourceFiles(root);
const inGraph = new Set(files);
/** file → (target file → the references to it: the first line of each kind). */
const graph = new Map();
const problems = [];

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const { program, errors } = parseSync(file, text, { lang: langOf(file), sourceType: 'module' });
  const fatal = errors.filter((e) => e.severity !== 'Warning');
  if (fatal.length) {
    for (const e of fatal) {
      const at = e.labels?.[0] ? `:${lineAt(text, e.labels[0].start)}` : '';
      problems.push(`parse error in ${show(file)}${at}: ${e.message}`);
    }
    continue;
  }
  const targets = new Map();
  for (const ref of referencesIn(program)) {
    const target = resolveSpecifier(file, ref.spec);
    if (target === undefined) console.warn(`check-cycles: warning: ${show(file)}:${lineAt(text, ref.start)}: no file for '${ref.spec}'`);
    if (!target) continue;
    if (!inGraph.has(target)) continue; // outside root: cannot close a circle inside it
    const refs = targets.get(target) ?? [];
    targets.set(target, refs);
    if (!refs.some((r) => r.kind === ref.kind)) refs.push({ kind: ref.kind, line: lineAt(text, ref.start) });
  }
  graph.set(file, targets);
}

/** Tarjan's strongly connected components, iterative (no recursion limit). */
function stronglyConnected(nodes, next) {
  const index = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const components = [];
  const work = []; // the recursion, as frames: a node and how many of its children were visited
  const enter = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node));
    stack.push(node);
    onStack.add(node);
    work.push({ node, children: [...next(node)], i: 0 });
  };
  for (const start of nodes) {
    if (index.has(start)) continue;
    enter(start);
    while (work.length) {
      const frame = work[work.length - 1];
      if (frame.i < frame.children.length) {
        const child = frame.children[frame.i++];
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node), index.get(child)));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node), low.get(frame.node)));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component = [];
        let member;
        do {
          member = stack.pop();
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return components;
}

/** Shortest path from → to using only nodes of the component (BFS), as a list of nodes, or null. */
function shortestPath(from, to, members) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    if (node === to) {
      const route = [];
      for (let n = to; n !== null; n = previous.get(n)) route.unshift(n);
      return route;
    }
    for (const next of graph.get(node)?.keys() ?? []) {
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * Circles that together use every edge inside the component: for each edge a → b, a → b and then the shortest
 * way back from b to a. Rotations of one circle are printed once.
 */
function circlesOf(component) {
  const members = new Set(component);
  const circles = [];
  const seen = new Set();
  for (const from of [...component].sort()) {
    for (const to of graph.get(from).keys()) {
      if (!members.has(to)) continue;
      const back = from === to ? [to] : shortestPath(to, from, members);
      if (!back) continue;
      const circle = [from, ...back.slice(0, -1)];
      const first = circle.indexOf([...circle].sort()[0]);
      const key = [...circle.slice(first), ...circle.slice(0, first)].join('\0');
      if (seen.has(key)) continue;
      seen.add(key);
      circles.push([...circle, from]);
    }
  }
  return circles;
}

const chainText = (chain) =>
  chain
    .map((file, i) => {
      if (i === 0) return show(file);
      const refs = graph.get(chain[i - 1]).get(file);
      return `${show(file)} (${refs.map((r) => `${r.kind}, line ${r.line}`).join('; ')})`;
    })
    .join(' → ');

const parsed = files.filter((f) => graph.has(f));
const isCircle = (c) => c.length > 1 || graph.get(c[0]).has(c[0]);
const components = stronglyConnected(parsed, (f) => graph.get(f).keys()).filter(isCircle);
const ms = Math.round(performance.now() - started);

for (const problem of problems) console.error(`check-cycles: ${problem}`);
if (components.length) {
  const count = components.reduce((n, c) => n + c.length, 0);
  console.error(
    `check-cycles: ${components.length} import cycle group(s), ${count} files, in ${show(root)}. ` +
      'Each "(…)" is the import that leads to that file: its kind and its line in the file before it.',
  );
  components.sort((a, b) => ([...a].sort()[0] < [...b].sort()[0] ? -1 : 1));
  for (const component of components) {
    console.error(`\n  group of ${component.length}: ${[...component].sort().map(show).join(', ')}`);
    for (const circle of circlesOf(component)) console.error(`    ${chainText(circle)}`);
  }
}
if (problems.length || components.length) process.exitCode = 1;
else console.log(`check-cycles: no import cycles in ${files.length} files (${show(root)}, ${ms} ms)`);
