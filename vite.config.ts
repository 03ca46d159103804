import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { firstScreenHtmlPlugin } from './scripts/first-screen-html.js';
import { pdfFontsPlugin } from './scripts/pdf-fonts.js';
import { t } from './src/ui/messages.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * The start view's static text, painted from the HTML before any script runs (a fast first
 * paint on slow phones); the app then renders the same text in its place. Taken from the
 * message catalogue so the two never differ.
 */
// Same elements and classes as the first render of App + StartView, so nothing moves when the
// app takes over (no layout shift). Its buttons are disabled: they would not work yet.
const appShellHtml = [
  `<header class="app-header"><div class="brand"><span class="app-name">${escapeHtml(t.appName)}</span></div>`,
  `<div class="header-tools"><button type="button" class="button small" aria-pressed="false" disabled>${escapeHtml(t.glossary.open)}</button></div></header>`,
  `<main><section class="start"><h1>${escapeHtml(t.start.heading)}</h1><p class="intro">${escapeHtml(t.start.intro)}</p>`,
  `<button type="button" class="button primary" disabled>+ ${escapeHtml(t.start.newDraft)}</button>`,
  `<p class="muted">${escapeHtml(t.start.loading)}</p></section></main>`,
].join('');

// `base` lets the build live under a sub-path (e.g. BASE_PATH=/ideapaperi/ npm run build).
const base = process.env.BASE_PATH ?? '/';
// BUILD_ID tells versions apart (the update prompt); SW_KILL=1 builds a service worker that
// removes itself (docs/service-worker.md).
const buildId = process.env.BUILD_ID ?? new Date().toISOString();

export default defineConfig({
  base,
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __BUILD_ID__: JSON.stringify(buildId),
  },
  plugins: [
    { name: 'ideapaperi-app-shell', transformIndexHtml: (html) => html.replace('<!--app-shell-->', appShellHtml) },
    preact(),
    // The PDF fonts are subset from DejaVu Sans at build time and precached like any asset.
    pdfFontsPlugin(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      selfDestroying: process.env.SW_KILL === '1',
      includeAssets: ['icon.svg', 'robots.txt', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Ideapaperi',
        short_name: 'Ideapaperi',
        description: 'Hankeidean luonnos ESR+-rahoitusta varten vaihe vaiheelta. Luonnokset pysyvät omalla laitteella.',
        lang: 'fi',
        dir: 'ltr',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4f7a',
        background_color: '#f6f7f9',
        categories: ['productivity', 'education'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app can need offline, including the lazily loaded PDF code and fonts.
        globPatterns: ['**/*.{js,css,html,svg,png,ttf,webmanifest,txt}'],
        // jsPDF's optional html()/SVG helpers: never used (no html(), no SVG), so not precached.
        globIgnores: ['**/html2canvas*.js', '**/purify.es*.js', '**/index.es*.js'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
    // After VitePWA: inlines the stylesheet and takes out the manifest link it adds.
    firstScreenHtmlPlugin(),
  ],
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          setupFiles: ['./tests/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        // `npm run bench` only: prints figures, asserts nothing, not part of `npm test`.
        test: {
          name: 'bench',
          include: ['bench/**/*.bench.ts'],
          environment: 'node',
          globalSetup: ['./bench/global-setup.ts'],
          testTimeout: 600_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
