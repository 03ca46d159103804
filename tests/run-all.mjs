#!/usr/bin/env node
/**
 * `npm test`: lint, import-cycle and format checks, typecheck, production build, unit and browser tests; ends with one
 * plain line "N passed, N failed" covering every check (CI reads that line, not vitest's summary).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];

function run(name, cmd, args, env = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

const node = process.execPath;
const bin = (name) => `node_modules/${name}`;
check(
  'lint (oxlint: layers, import cycles)',
  run('lint', node, [bin('oxlint/bin/oxlint'), '--deny-warnings', 'src', 'tests', 'bench', 'scripts', 'vite.config.ts']),
);
check('import cycles (scripts/check-cycles.mjs)', run('import cycles', node, ['scripts/check-cycles.mjs', 'src']));
check('format (prettier --check)', run('format', node, [bin('prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']));
check('typecheck app', run('typecheck app', node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json']));
check('typecheck domain (no DOM)', run('typecheck domain', node, ['node_modules/typescript/bin/tsc', '-p', 'src/domain/tsconfig.json']));
check(
  'typecheck Node code (tests, bench, scripts)',
  run('typecheck node', node, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.node.json']),
);
const built = run('build', node, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
check('production build', built);
if (built && existsSync('tests/size-budget.mjs')) check('size budget', run('size budget', node, ['tests/size-budget.mjs']));

mkdirSync('.test-results', { recursive: true });
const report = '.test-results/vitest.json';
rmSync(report, { force: true });
const projects = built ? ['--project', 'unit', '--project', 'e2e'] : ['--project', 'unit'];
run(
  'unit and browser tests',
  node,
  ['node_modules/vitest/vitest.mjs', 'run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  {
    E2E_SKIP_BUILD: '1',
  },
);
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests + (json.numRuntimeErrors ?? 0);
  for (const file of json.testResults) {
    if (file.status === 'failed' && file.assertionResults.every((a) => a.status !== 'failed')) {
      failed++; // a file that crashed before its tests ran
      failures.push(file.name);
    }
    for (const a of file.assertionResults) if (a.status === 'failed') failures.push(a.fullName);
  }
  if (json.numTotalTests === 0) {
    failed++;
    failures.push('no tests ran');
  }
} else {
  failed++;
  failures.push('vitest produced no report');
}

if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
