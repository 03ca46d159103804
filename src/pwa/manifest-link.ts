/**
 * The web app manifest's <link>. It is not in the built index.html (scripts/first-screen-html.ts):
 * Chromium fetches the manifest and its icons as soon as it sees the link and decodes them on
 * the page's main thread, which on a slow phone lands in the middle of the app's start. The
 * app adds the link once its first screen works; installing needs it only then.
 */
export function addManifestLink(doc: Document = document, href = `${import.meta.env.BASE_URL}manifest.webmanifest`): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  doc.head.append(link);
}
