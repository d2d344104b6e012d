// Tests the browser-test static server (test/support/staticServer.ts) and requireBuiltSite on a
// throwaway site in a temp dir, without a browser: paths kept inside the root, content types,
// UTF-8, 404s. The browser half of the harness (openPage, axe) is in test/browser/harness.test.ts.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltSite } from './browser.ts';
import { resolveInside, startStaticServer, type StaticServer } from './staticServer.ts';

/** A raw HTTP GET that keeps `path` exactly as written (fetch() would normalise `..`). */
function rawGet(
  port: number,
  path: string,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolveGet, rejectGet) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolveGet({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
      );
    })
      .on('error', rejectGet)
      .end();
  });
}

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'cited-server-'));
  dir = join(base, 'site');
  await mkdir(join(dir, 'data', 'sources'), { recursive: true });
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Server</title>');
  await writeFile(join(dir, 'app.js'), 'export {};');
  await writeFile(join(dir, 'style.css'), 'body { font-family: sans-serif; }');
  await writeFile(join(dir, 'data', 'figures.json'), '{"version":1,"figures":[{}],"charts":[]}');
  await writeFile(join(dir, 'data', 'sources', 'a.txt'), 'bilateral elations — 40%');
  await writeFile(join(base, 'secret.txt'), 'outside the root');
  server = await startStaticServer(dir);
});

afterAll(async () => {
  await server?.close();
  if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('resolveInside', () => {
  it.each([
    { path: '/', expected: '/srv/site/index.html' },
    { path: '/data/figures.json?v=1#x', expected: '/srv/site/data/figures.json' },
    { path: '/data/', expected: '/srv/site/data/index.html' },
    { path: '/a%20b.txt', expected: '/srv/site/a b.txt' },
    // URL parsing clamps leading dot segments at the root, as browsers do; decoded ones are refused.
    { path: '/../secret.txt', expected: '/srv/site/secret.txt' },
    { path: '/%2e%2e/secret.txt', expected: '/srv/site/secret.txt' },
    { path: '/data/%2e%2e%2f%2e%2e%2fsecret.txt', expected: undefined },
    { path: '/..%5csecret.txt', expected: '/srv/site/..\\secret.txt' },
    { path: '/%E0%A4%A', expected: undefined },
    { path: '/a%00.txt', expected: undefined },
  ])('$path → $expected', ({ path, expected }) => {
    expect(resolveInside('/srv/site', path)).toBe(expected);
  });
});

describe('startStaticServer', () => {
  it('binds to 127.0.0.1 on a random port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it.each([
    { path: '/', type: 'text/html; charset=utf-8' },
    { path: '/app.js', type: 'text/javascript; charset=utf-8' },
    { path: '/style.css', type: 'text/css; charset=utf-8' },
    { path: '/data/figures.json', type: 'application/json; charset=utf-8' },
    { path: '/data/sources/a.txt', type: 'text/plain; charset=utf-8' },
  ])('serves $path as $type', async ({ path, type }) => {
    const res = await rawGet(server.port, path);
    expect(res.status).toBe(200);
    expect(res.type).toBe(type);
  });

  it('serves text as UTF-8', async () => {
    expect((await rawGet(server.port, '/data/sources/a.txt')).body).toBe(
      'bilateral elations — 40%',
    );
  });

  it.each([
    '/missing.png',
    '/data',
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/data/../../secret.txt',
  ])('answers 404 for %s', async (path) => {
    const res = await rawGet(server.port, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside the root');
  });
});

describe('requireBuiltSite', () => {
  it('says to run the build when index.html is missing', () => {
    expect(() => requireBuiltSite(join(dir, 'data'))).toThrow(/Run `npm run build` first/);
    expect(requireBuiltSite(dir)).toBe(dir);
  });
});
