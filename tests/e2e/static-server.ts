/**
 * A tiny static server for browser tests: serves a folder (read from disk on every request,
 * so a test can "deploy" a new version by swapping the files), with the SPA fallback a real
 * host would have, under an optional sub-path.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  /** Folder currently served; change it to deploy another build. */
  root: string;
  close(): Promise<void>;
}

export async function startStaticServer(root: string, basePath = '/'): Promise<StaticServer> {
  const state = { root };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(basePath)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(decodeURIComponent(url.pathname.slice(basePath.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(state.root, rel || 'index.html');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      // Unknown path: a navigation gets the app shell (SPA), anything else 404.
      if (extname(rel) === '' || extname(rel) === '.html') file = join(state.root, 'index.html');
      else {
        res.writeHead(404).end();
        return;
      }
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    get root() {
      return state.root;
    },
    set root(dir: string) {
      state.root = dir;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
