// @vitest-environment happy-dom
/** The manifest link the app adds once its first screen works (the built HTML has none). */
import { describe, expect, it } from 'vitest';
import { addManifestLink } from '../../src/pwa/manifest-link';

describe('addManifestLink', () => {
  it('adds one manifest link under the base path, however often it is called', () => {
    document.head.innerHTML = '<link rel="icon" href="/ideapaperi/icon.svg">';
    addManifestLink(document, '/ideapaperi/manifest.webmanifest');
    addManifestLink(document, '/ideapaperi/manifest.webmanifest');
    const links = [...document.head.querySelectorAll('link')].map((l) => `${l.rel} ${l.getAttribute('href')}`);
    expect(links).toEqual(['icon /ideapaperi/icon.svg', 'manifest /ideapaperi/manifest.webmanifest']);
  });
});
