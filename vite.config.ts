import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// `base` lets the build live under a sub-path (e.g. BASE_PATH=/ideapaperi/ npm run build).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [preact()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**'],
    environment: 'node',
    setupFiles: ['./tests/setup.ts'],
  },
});
