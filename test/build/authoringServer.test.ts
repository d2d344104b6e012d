// The dev server's write path, end to end: a real Vite dev server on 127.0.0.1 with the
// authoring plugin over a temporary copy of data/ (never the repository's), called over HTTP
// the way a page (or a hostile page, or another program) would call it.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import prettier from 'prettier';
import { authoringServerPlugin } from '../../src/build/authoringServer.ts';
import {
  AUTHORING_PREFIX,
  TOKEN_HEADER,
  TOKEN_META,
} from '../../src/authoring/authoringRequest.ts';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { rangeDataDir, RANGE_SOURCE_ID } from '../fixtures/rangeData.ts';

const repoRoot = resolve(import.meta.dirname, '../..');
const sha256 = (t: string) => createHash('sha256').update(t, 'utf8').digest('hex');

let server: ViteDevServer;
let dataDir: string;
let root: string;
let port: number;
let token: string;

interface Reply {
  status: number;
  body: { error?: string; text?: string | null; sha256?: string | null; path?: string };
  raw: string;
}

function call(
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: unknown; own?: boolean } = {},
): Promise<Reply> {
  const own = opts.own ?? true;
  const headers: Record<string, string> = {
    host: `127.0.0.1:${port}`,
    ...(own ? { origin: `http://127.0.0.1:${port}`, [TOKEN_HEADER]: token } : {}),
    ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...opts.headers,
  };
  for (const [k, v] of Object.entries(headers)) if (v === '') delete headers[k];
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (raw += c));
      res.on('end', () => {
        let body = {};
        try {
          body = JSON.parse(raw);
        } catch {
          /* an HTML page, e.g. index.html */
        }
        done({ status: res.statusCode ?? 0, body, raw });
      });
    });
    req.on('error', fail);
    if (opts.body !== undefined) req.write(JSON.stringify(opts.body));
    req.end();
  });
}

/** A new figure quoting the Lakeside document: the bonds sentence, stated "$3 billion". */
function newFigure(id = 'lakeside-bonds-again') {
  const text = readFileSync(join(dataDir, 'sources', `${RANGE_SOURCE_ID}.txt`), 'utf8');
  const exact = 'after the Bank bought $3 billion of bonds in 2031.';
  const start = Array.from(text.slice(0, text.indexOf(exact))).length;
  const end = start + Array.from(exact).length;
  const stated = start + Array.from(exact.slice(0, exact.indexOf('$3 billion'))).length;
  const points = Array.from(text);
  return {
    id,
    label: 'Bonds bought by the Bank (again)',
    topic: 'investment',
    kind: 'amount',
    value: 3e9,
    unit: 'USD',
    status: 'actual',
    period: '2031',
    speaker: 'Governor Petra Halvorsen',
    stated: { text: '$3 billion', start: stated, end: stated + 10 },
    quote: {
      sourceId: RANGE_SOURCE_ID,
      exact,
      prefix: points.slice(start - 32, start).join(''),
      suffix: points.slice(end, end + 32).join(''),
      start,
      end,
    },
    notes: [],
    chart: 'lakeside-money-2033',
  };
}

const figuresPath = () => join(dataDir, 'figures', `${RANGE_SOURCE_ID}.json`);
const figuresUrl = `${AUTHORING_PREFIX}figures/${RANGE_SOURCE_ID}`;

beforeAll(async () => {
  dataDir = rangeDataDir();
  root = mkdtempSync(join(tmpdir(), 'cited-authoring-root-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  server = await createServer({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [authoringServerPlugin({ dataDir, root: repoRoot })],
    server: { host: '127.0.0.1', port: 0, strictPort: false, ws: false },
  });
  await server.listen();
  const address = server.httpServer!.address();
  port = typeof address === 'object' && address ? address.port : 0;
  const page = await call('GET', '/', { own: false });
  token =
    new RegExp(`<meta name="${TOKEN_META}" content="([0-9a-f]{64})"`).exec(page.raw)?.[1] ?? '';
}, 60_000);

afterAll(async () => {
  await server?.close();
  for (const dir of [dataDir, root]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('authoring server: who may call it', () => {
  it('injects a 64-hex-digit token into the dev page', () => {
    expect(token).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<{ name: string; headers: Record<string, string>; message: RegExp }>([
    {
      name: 'another site open in the same browser (foreign Origin)',
      headers: { origin: 'https://evil.example' },
      message: /Origin https:\/\/evil\.example is not this dev server/,
    },
    {
      name: 'a DNS-rebound name (foreign Host)',
      headers: { host: `evil.example:0`, origin: 'http://evil.example:0' },
      // Vite's own allowedHosts check may answer first; either way the request is refused.
      message: /Host evil\.example:0 is not this dev server|Blocked request/,
    },
    {
      name: 'no token',
      headers: { [TOKEN_HEADER]: '' },
      message: /authoring token is missing or out of date/,
    },
    {
      name: 'a token from an earlier start',
      headers: { [TOKEN_HEADER]: 'a'.repeat(64) },
      message: /authoring token is missing or out of date/,
    },
    {
      name: 'a POST without Origin (a program, not the page)',
      headers: { origin: '' },
      message: /without an Origin header is refused/,
    },
    {
      name: 'a cross-site fetch (Sec-Fetch-Site)',
      headers: { 'sec-fetch-site': 'cross-site' },
      message: /cross-site request is refused/,
    },
  ])('refuses $name with 403 and writes nothing', async ({ headers, message }) => {
    const before = readFileSync(figuresPath(), 'utf8');
    const read = await call('GET', figuresUrl);
    const r = await call('POST', figuresUrl, {
      headers,
      body: {
        baseSha256: read.body.sha256,
        figure: newFigure(),
        chart: { id: 'lakeside-money-2033' },
      },
    });
    expect(r.status).toBe(403);
    expect(r.body.error ?? r.raw).toMatch(message);
    expect(readFileSync(figuresPath(), 'utf8')).toBe(before);
  });

  it.each([
    [`${AUTHORING_PREFIX}figures/..%2f..%2fpackage`, 400, /is not a source id; ids are kebab-case/],
    [`${AUTHORING_PREFIX}figures/../../package`, 404, /not an authoring endpoint/],
    [`${AUTHORING_PREFIX}figures/Lakeside`, 400, /is not a source id/],
    [`${AUTHORING_PREFIX}elsewhere`, 404, /not an authoring endpoint/],
  ])('refuses the path %s (%i) before touching the file system', async (path, status, message) => {
    const r = await call('POST', path, { body: {} });
    expect(r.status).toBe(status);
    expect(r.body.error).toMatch(message);
  });
});

describe('authoring server: saving a figure', () => {
  it('refuses a stale file: the sha256 sent is not that of the file on disk', async () => {
    const r = await call('POST', figuresUrl, {
      body: {
        baseSha256: sha256('an older version'),
        figure: newFigure(),
        chart: { id: 'lakeside-money-2033' },
      },
    });
    expect(r.status).toBe(409);
    expect(r.body.error).toMatch(/changed since the form read it.*reload the page/);
  });

  it('refuses a figure that does not validate (value disagrees with the stated words)', async () => {
    const read = await call('GET', figuresUrl);
    const before = readFileSync(figuresPath(), 'utf8');
    const r = await call('POST', figuresUrl, {
      body: {
        baseSha256: read.body.sha256,
        figure: { ...newFigure(), value: 4e9 },
        chart: { id: 'lakeside-money-2033' },
      },
    });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(
      /not saved: \S*figures\/lakeside-reserve-bank-2032\.json:\d+:\d+ — lakeside-bonds-again — value — is 4000000000 USD but the stated words "\$3 billion" say 3000000000 USD/,
    );
    expect(readFileSync(figuresPath(), 'utf8')).toBe(before);
  });

  it('saves a valid figure: the file validates, is formatted like the project, and lists it in its chart', async () => {
    const read = await call('GET', figuresUrl);
    expect(read.body.sha256).toBe(sha256(readFileSync(figuresPath(), 'utf8')));
    const r = await call('POST', figuresUrl, {
      body: {
        baseSha256: read.body.sha256,
        figure: newFigure(),
        chart: { id: 'lakeside-money-2033' },
      },
    });
    expect(r.status, r.raw).toBe(200);
    const saved = readFileSync(figuresPath(), 'utf8');
    expect(r.body.sha256).toBe(sha256(saved));
    // Formatted exactly as `prettier --write` formats the project's data files.
    const config = (await prettier.resolveConfig(resolve(repoRoot, 'data/figures/x.json'))) ?? {};
    expect(saved).toBe(await prettier.format(saved, { ...config, parser: 'json' }));
    const { dataset, errors } = loadDataset(dataDir, dataDir);
    expect(errors).toEqual([]);
    expect(dataset.figures.map((f) => f.id)).toContain('lakeside-bonds-again');
    expect(dataset.charts.find((c) => c.id === 'lakeside-money-2033')!.figures).toContain(
      'lakeside-bonds-again',
    );
    // Saving again with the old sha256 is now stale.
    const again = await call('POST', figuresUrl, {
      body: {
        baseSha256: read.body.sha256,
        figure: newFigure('x-1'),
        chart: { id: 'lakeside-money-2033' },
      },
    });
    expect(again.status).toBe(409);
    // No temporary files are left beside the data.
    expect(readdirSync(join(dataDir, 'figures')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('never wrote into the repository data/', () => {
    expect(existsSync(resolve(repoRoot, `data/figures/${RANGE_SOURCE_ID}.json`))).toBe(false);
  });
});

describe('authoring server: adding a document', () => {
  const doc = {
    id: 'harbour-notice-2033',
    title: 'Harbour notice',
    publisher: 'Northshore Harbour Board (invented for the tests)',
    date: '2033-01-05',
    url: 'https://example.org/notice.html',
    language: 'en',
    text: 'Fees rose 5% in 2032.\r\nDocks: “A” & “B” — 🚢\n',
  };

  it('writes the text verbatim and its metadata with the sha256 of its bytes', async () => {
    const r = await call('POST', `${AUTHORING_PREFIX}sources`, { body: doc });
    expect(r.status, r.raw).toBe(200);
    const bytes = readFileSync(join(dataDir, 'sources', `${doc.id}.txt`));
    expect(bytes.equals(Buffer.from(doc.text, 'utf8'))).toBe(true);
    const meta = JSON.parse(readFileSync(join(dataDir, 'sources', `${doc.id}.json`), 'utf8'));
    expect(meta).toMatchObject({
      id: doc.id,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(loadDataset(dataDir, dataDir).errors).toEqual([]);
  });

  it.each<{ name: string; body: object; status: number; message: RegExp }>([
    {
      name: 'an existing id',
      body: doc,
      status: 409,
      message: /already exists; choose another id/,
    },
    {
      name: 'an id with a path in it',
      body: { ...doc, id: '../evil' },
      status: 422,
      message: /id: must be kebab-case/,
    },
    {
      name: 'an empty text',
      body: { ...doc, id: 'empty-doc', text: '  ' },
      status: 422,
      message: /"text" is empty/,
    },
    {
      name: 'NUL bytes',
      body: { ...doc, id: 'binary-doc', text: 'a\u0000b' },
      status: 422,
      message: /NUL bytes/,
    },
    {
      name: 'a javascript: URL',
      body: { ...doc, id: 'js-doc', url: 'javascript:alert(1)' },
      status: 422,
      message: /url: must be an http\(s\) URL/,
    },
  ])('refuses $name', async ({ body, status, message }) => {
    const r = await call('POST', `${AUTHORING_PREFIX}sources`, { body });
    expect(r.status).toBe(status);
    expect(r.body.error).toMatch(message);
    expect(existsSync(resolve(dataDir, '..', 'evil.txt'))).toBe(false);
  });
});
