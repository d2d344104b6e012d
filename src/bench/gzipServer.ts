// Serves a built site on 127.0.0.1 gzip-compressed, as a production host serves text, for the
// bench's Lighthouse runs (its simulated slow 4G counts bytes on the wire). Same paths and page
// headers as the tests' static server; it never builds and never talks beyond the loopback.

import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageKindOf, securityHeaders } from '../build/securityPolicy.ts';
import {
  contentTypeFor,
  resolveInside,
  type StaticServer,
} from '../../test/support/staticServer.ts';

/**
 * True for a Content-Type a host compresses (text, JSON, JS, SVG), false for images and PDFs.
 * @example compressible('text/javascript; charset=utf-8') // true
 * @example compressible('image/png') // false
 */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|ld\+json|javascript)|image\/svg\+xml)/.test(contentType);
}

/**
 * Serves `rootDir` (GET and HEAD) with text gzip-compressed (level 6, a host's default) when the
 * request accepts gzip. Compressed bodies are cached per file for the server's life.
 * @example const server = await startGzipServer('dist'); // server.url: 'http://127.0.0.1:<port>/'
 */
export async function startGzipServer(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' });
        res.end();
        return;
      }
      let file = resolveInside(root, req.url ?? '/');
      let info = file ? await stat(file).catch(() => undefined) : undefined;
      if (file && info?.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file).catch(() => undefined);
      }
      if (!file || !info?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Not found: ${req.url ?? ''}\n`);
        return;
      }
      const type = contentTypeFor(file);
      const gzip = compressible(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      let body: Buffer = await readFile(file);
      if (gzip) {
        const key = `${file}:${info.mtimeMs}`;
        body = cache.get(key) ?? gzipSync(body, { level: 6 });
        cache.set(key, body);
      }
      res.writeHead(200, {
        ...(file.endsWith('.html') ? securityHeaders(pageKindOf(file)) : {}),
        'Content-Type': type,
        'Content-Length': body.length,
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        Vary: 'Accept-Encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}
