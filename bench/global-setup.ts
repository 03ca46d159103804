/** Builds the production bundle the bench files measure, once per `npm run bench`. */
import { execFileSync } from 'node:child_process';
import { DIST } from './kit';

export default function setup(): void {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', DIST, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', BUILD_ID: 'bench' },
  });
}
