import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressible, startGzipServer } from '../../src/bench/gzipServer.ts';
import type { StaticServer } from '../../test/support/staticServer.ts';

describe('compressible', () => {
  it.each([
    { type: 'text/html; charset=utf-8', expected: true },
    { type: 'text/javascript; charset=utf-8', expected: true },
    { type: 'text/css; charset=utf-8', expected: true },
    { type: 'application/json; charset=utf-8', expected: true },
    { type: 'image/svg+xml', expected: true },
    { type: 'image/png', expected: false },
    { type: 'application/pdf', expected: false },
    { type: 'application/octet-stream', expected: false },
  ])('$type → $expected', ({ type, expected }) => {
    expect(compressible(type)).toBe(expected);
  });
});

/** The response as sent (no decoding), for the Accept-Encoding given. */
function rawGet(
  url: string,
  acceptEncoding: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((ok, fail) => {
    get(url, { headers: { 'Accept-Encoding': acceptEncoding } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
      );
    }).on('error', fail);
  });
}

describe('startGzipServer', () => {
  const text = 'const x = 1;\n'.repeat(200);
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cited-gzip-'));
    writeFileSync(join(dir, 'a.js'), text);
    writeFileSync(join(dir, 'b.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><p>hi</p>');
    server = await startGzipServer(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends text gzip-compressed to a client that accepts gzip: fewer bytes, the same file inside', async () => {
    const res = await rawGet(server.url + 'a.js', 'gzip, deflate');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body.length).toBeLessThan(text.length / 10);
    expect(gunzipSync(res.body).toString()).toBe(text);
  });

  it('sends the file as is to a client that does not accept gzip', async () => {
    const res = await rawGet(server.url + 'a.js', 'identity');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(text);
  });

  it('leaves images uncompressed', async () => {
    const res = await rawGet(server.url + 'b.png', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });

  it("serves a folder its index.html with the pages' security headers", async () => {
    const res = await rawGet(server.url, 'identity');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body.toString()).toContain('<p>hi</p>');
  });

  it.each(['missing.js', '..%2f..%2fetc%2fpasswd'])('answers %s with 404', async (path) => {
    expect((await rawGet(server.url + path, 'gzip')).status).toBe(404);
  });
});
