/**
 * scripts/check-cycles.mjs: no import circle of any kind, also the ones oxlint's import/no-cycle does not see
 * (closed through `typeof import()` in a type or through a dynamic `import()`). Runs the script as `npm run
 * lint` does, on small trees written to a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/check-cycles.mjs', import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), 'check-cycles-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let trees = 0;
/** Writes the files (path → text) into a fresh folder and runs the script on it. */
function check(files: Record<string, string>) {
  const dir = path.join(temp, `tree-${++trees}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  const r = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('check-cycles', () => {
  it('fails on a circle closed only through `typeof import()` in a type alias, and names both files', () => {
    const r = check({
      'state/a.ts': "import { b } from './b';\nexport const a = b + 1;\n",
      'state/b.ts': "export type Api = { load: () => Promise<typeof import('./a')> };\nexport const b = 2;\n",
    });
    expect(r.status, r.out).toBe(1);
    expect(r.out).toMatch(/state\/a\.ts → .*state\/b\.ts \(static, line 1\) → .*state\/a\.ts \(typeof import, line 1\)/);
  });

  it('fails on a circle closed only through a dynamic import()', () => {
    const r = check({
      'a.ts': "import { b } from './b';\nexport const a = () => b;\n",
      'b.ts': "export const b = 1;\nexport async function later() {\n  return (await import('./a')).a;\n}\n",
    });
    expect(r.status, r.out).toBe(1);
    expect(r.out).toMatch(/a\.ts \(dynamic, line 3\)/);
    expect(r.out).toContain('b.ts');
  });

  it('fails on a circle through `export * from`, resolving a folder index and a .js specifier', () => {
    const r = check({
      'lib/index.ts': "export * from './b';\nexport const a = 1;\n",
      'lib/b.ts': "import { a } from './index.js';\nexport const b = a;\n",
      'main.ts': "import { b } from './lib';\nexport const m = b;\n",
    });
    expect(r.status, r.out).toBe(1);
    // Printed from the first file by name: b.ts, whose import closes the circle through index.ts' `export *`.
    expect(r.out).toMatch(/lib\/b\.ts → .*lib\/index\.ts \(static, line 1\) → .*lib\/b\.ts \(static, line 1\)/);
    expect(r.out).not.toContain('main.ts →');
  });

  it('passes an acyclic tree with type imports, dynamic imports, packages and non-code imports', () => {
    const r = check({
      'a.ts': [
        "import type { B } from './b';",
        "import { signal } from '@preact/signals';",
        "import './style.css';",
        "import iconUrl from './icon.svg?url';",
        "export type Lazy = typeof import('./c');",
        "export const load = () => import('./c');",
        'export const pick = (name: string) => import(`./pages/${name}`);',
        'export const a = (x: B) => [signal(x), iconUrl];',
      ].join('\n'),
      'b.ts': "import { c } from './c';\nexport type B = typeof c;\n",
      'c.ts': "export type { Page } from './pages';\nexport const c = 1;\n",
      'pages/index.ts': 'export type Page = string;\n',
      'style.css': 'a { color: red }\n',
    });
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/no import cycles in 4 files/);
  });

  it('parses JSX in a .tsx file, and reports a parse error naming its file', () => {
    const ok = check({
      'View.tsx': [
        "import { helper } from './helper';",
        'export const View = () => <div class="x">{helper(1) > 0 && <span />}</div>;',
      ].join('\n'),
      'helper.ts': 'export const helper = <T,>(x: T) => x;\n',
    });
    expect(ok.status, ok.out).toBe(0);
    expect(ok.out).toMatch(/no import cycles in 2 files/);

    const broken = check({ 'fine.ts': 'export const x = 1;\n', 'broken.ts': 'export const x = <div />;\n' });
    expect(broken.status, broken.out).toBe(1);
    expect(broken.out).toMatch(/parse error in .*broken\.ts:1/);
    expect(broken.out).not.toContain('fine.ts');
  });
});
