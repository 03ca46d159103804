/**
 * Builds the production app once and serves it on a free port for all browser tests.
 * E2E_SKIP_BUILD=1 reuses an existing dist/ (the `npm test` script builds first).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.E2E_SKIP_BUILD) {
    execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const server = await startStaticServer(resolve('dist'));
  project.provide('baseUrl', server.url);
  return () => server.close();
}
