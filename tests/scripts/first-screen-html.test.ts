/**
 * The build's index.html changes for a faster first screen: the stylesheet inline with its
 * CSP hash (a wrong hash would leave the page unstyled: the browser suite's console check
 * catches that at run time), and no manifest link in the HTML (the app adds it).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, inlineStylesheet, withoutManifestLink } from '../../scripts/first-screen-html';

const HTML = [
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; style-src 'self'; img-src 'self'" />`,
  '<link rel="stylesheet" crossorigin href="/base/assets/index-abc.css">',
  '<link rel="manifest" href="/base/manifest.webmanifest"></head>',
].join('\n');

describe('inlineStylesheet', () => {
  const css = ':root{color:#1a1a1a}.a>b{content:"$&"}';
  const out = inlineStylesheet(HTML, '/base/assets/index-abc.css', css);

  it('puts the exact CSS in a <style> where its <link> was', () => {
    expect(out).toContain(`<style>${css}</style>`);
    expect(out).not.toContain('index-abc.css');
  });

  it("allows exactly that text in the CSP's style-src, and nothing else changes there", () => {
    const hash = createHash('sha256').update(css).digest('base64');
    expect(out).toContain(`style-src 'self' 'sha256-${hash}'; img-src 'self'`);
    expect(cspHash(css)).toBe(`'sha256-${hash}'`);
    expect(cspHash(`${css} `)).not.toBe(cspHash(css));
  });

  it('refuses a page without the link or without style-src, and CSS that would end the element', () => {
    expect(() => inlineStylesheet(HTML, '/base/assets/other.css', css)).toThrow(/no <link>/);
    expect(() => inlineStylesheet(HTML.replace("style-src 'self'; ", ''), '/base/assets/index-abc.css', css)).toThrow(/style-src/);
    expect(() => inlineStylesheet(HTML, '/base/assets/index-abc.css', 'a{}</style><script>')).toThrow(/<\/style/);
  });
});

describe('withoutManifestLink', () => {
  it('removes the manifest link and keeps the rest', () => {
    const out = withoutManifestLink(HTML);
    expect(out).not.toContain('manifest');
    expect(out).toContain('</head>');
    expect(out).toContain('index-abc.css');
  });
});
