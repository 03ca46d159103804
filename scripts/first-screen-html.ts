/**
 * Build-time changes to index.html that let the first screen work sooner on a slow phone.
 * Together, on a cold start at 4× CPU (15 runs of each build, alternating): 608 → 519 ms median
 * until the start view works; each alone gained about half of that.
 *
 * - The app's stylesheet goes inline in a <style> allowed by its hash in the page's
 *   Content-Security-Policy: the first paint no longer waits for a second request, and the
 *   browser parses it while the scripts are still coming.
 * - The web app manifest's link is left out (Chromium fetches the manifest and decodes its
 *   icons on the page's main thread as soon as it sees it); the app adds it once the first
 *   screen works (src/pwa/manifest-link.ts).
 *
 * Node-only: imported by vite.config.ts and tests, never by browser code.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The CSP hash source of an inline element's exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Puts `style` inline in place of its <link>, and its hash into the CSP's style-src. */
export function inlineStylesheet(html: string, href: string, css: string): string {
  const link = new RegExp(`<link rel="stylesheet"[^>]*href="${escapeRegExp(href)}"[^>]*>`);
  if (!link.test(html)) throw new Error(`index.html has no <link> for ${href}`);
  if (!/style-src 'self'/.test(html)) throw new Error("index.html's Content-Security-Policy has no style-src 'self'");
  // A "</style" in the CSS would end the element early; the app's own CSS never has one.
  if (/<\/style/i.test(css)) throw new Error(`${href} contains "</style"`);
  return html.replace(link, () => `<style>${css}</style>`).replace(/style-src 'self'/, () => `style-src 'self' ${cspHash(css)}`);
}

/** Removes the <link rel="manifest"> that vite-plugin-pwa adds (the app adds it later). */
export function withoutManifestLink(html: string): string {
  return html.replace(/<link rel="manifest"[^>]*>/, '');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function firstScreenHtmlPlugin(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'ideapaperi-first-screen-html',
    apply: 'build',
    // Post, like vite-plugin-pwa, and after it in the list: its hook adds the manifest link.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        let out = withoutManifestLink(html);
        for (const [fileName, file] of Object.entries(bundle)) {
          if (file.type !== 'asset' || !fileName.endsWith('.css')) continue;
          const href = hrefIn(out, fileName);
          if (!href) continue; // a lazy chunk's CSS, loaded with its chunk
          const css = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          out = inlineStylesheet(out, href, css);
          // Not written to disk, so not precached either: the HTML carries it. Lazy chunks list
          // the entry's CSS among the files to load before them; it is on the page already.
          delete bundle[fileName];
          for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.viteMetadata?.importedCss.delete(fileName);
          inlined.add(fileName);
        }
        return out;
      },
    },
    // A chunk that still names the removed file would fail to load it (404) at run time.
    writeBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const named = [...inlined].find((fileName) => chunk.code.includes(fileName));
        if (named) this.error(`${chunk.fileName} still loads ${named}, which is inline in index.html and not written`);
      }
    },
  };
}

/** The exact href the HTML uses for `fileName` (it carries the build's base path). */
function hrefIn(html: string, fileName: string): string | undefined {
  return new RegExp(`href="([^"]*${escapeRegExp(fileName)})"`).exec(html)?.[1];
}
