// A tiny static file server (node:http) for the browser tests, the screenshot and the bench: serves a built
// site from one directory on 127.0.0.1. It must not serve anything outside that directory,
// build anything, or talk to the network beyond the loopback interface.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageKindOf, securityHeaders } from '../../src/build/securityPolicy.ts';

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** 0 (the default) lets the OS choose a free port. */
  port?: number;
  /** Extra headers on every file, e.g. Access-Control-Allow-Origin: * so a sandboxed embed (an opaque origin) may load it. */
  headers?: Record<string, string>;
  /**
   * Text sent gzip-compressed (level 6, a host's default) to a client that accepts gzip, as a
   * production host serves it: the bench's Lighthouse runs count bytes on the wire.
   */
  gzip?: boolean;
}

/**
 * True for a Content-Type a host compresses (text, JSON, JS, SVG), false for images and PDFs.
 * @example compressible('text/javascript; charset=utf-8') // true
 * @example compressible('image/png') // false
 */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|ld\+json|javascript)|image\/svg\+xml)/.test(contentType);
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * The Content-Type header for a file name, by extension (`application/octet-stream` if unknown).
 *
 * @example
 * contentTypeFor('data/sources/x.txt') // 'text/plain; charset=utf-8'
 */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path refers to inside `root`, or `undefined` if it would escape `root`
 * (e.g. `/../etc/passwd`, `/%2e%2e/x`) or is not valid percent-encoding. `/` and paths ending
 * in `/` map to `index.html`.
 *
 * @example
 * resolveInside('/srv/dist', '/data/figures.json?x=1') // '/srv/dist/data/figures.json'
 * resolveInside('/srv/dist', '/../secret') // undefined
 */
export function resolveInside(root: string, urlPath: string): string | undefined {
  const rootDir = resolve(root);
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(urlPath, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = resolve(join(rootDir, pathname));
  return file.startsWith(rootDir + sep) ? file : undefined;
}

/**
 * Serves `rootDir` over HTTP on 127.0.0.1 until `close()` is called. GET and HEAD only;
 * missing files and paths outside `rootDir` get 404. A directory serves its `index.html`.
 *
 * @example
 * const server = await startStaticServer('dist');
 * await page.goto(server.url + 'index.html'); // http://127.0.0.1:<port>/index.html
 * await server.close();
 */
export async function startStaticServer(
  rootDir: string,
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = resolve(rootDir);
  /** Compressed bodies by file and modification time, for the server's life (`gzip` only). */
  const gzipped = new Map<string, Buffer>();
  // Large enough for the hostile-URL tests' 100 KB query values (Node's default is 16 KB).
  const server = createServer({ maxHeaderSize: 512 * 1024 }, (req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method not allowed\n');
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
      // Pages get the headers docs/SECURITY.md asks hosts to send, so tests exercise them.
      const headers = file.endsWith('.html') ? securityHeaders(pageKindOf(file)) : {};
      const type = contentTypeFor(file);
      const head = { ...options.headers, ...headers, 'Content-Type': type };
      if (options.gzip && compressible(type)) {
        const vary = { Vary: 'Accept-Encoding' };
        if (/\bgzip\b/.test(String(req.headers['accept-encoding']))) {
          const key = `${file}:${info.mtimeMs}`;
          const body = gzipped.get(key) ?? gzipSync(await readFile(file), { level: 6 });
          gzipped.set(key, body);
          res.writeHead(200, {
            ...head,
            ...vary,
            'Content-Encoding': 'gzip',
            'Content-Length': body.length,
          });
          res.end(req.method === 'HEAD' ? undefined : body);
          return;
        }
        Object.assign(head, vary);
      }
      res.writeHead(200, { ...head, 'Content-Length': info.size });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        // Keep-alive connections from the browser would otherwise hold close() open.
        server.closeAllConnections();
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
      }),
  };
}
