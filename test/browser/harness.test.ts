// Tests the browser half of the test harness (page recorder, charts-ready wait, axe) in Chromium on
// a throwaway site in a temp dir, so a harness bug is never mistaken for a dashboard bug. The
// static server's own tests need no browser: test/support/staticServer.test.ts.
// It must not depend on dist/ or on anything under src/.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  pagePool,
  runAxe,
  summariseViolations,
  waitForChartsReady,
} from '../support/browser.ts';
import { SHARED_BROWSER_ENV } from '../support/chromium.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Harness</title>
<meta http-equiv="Content-Security-Policy" content="script-src 'self'">
<link rel="stylesheet" href="style.css"></head>
<body><main><h1>Harness page</h1><p id="out"></p></main>
<script type="module" src="app.js"></script></body></html>`;

const APP = `
const res = await fetch('data/figures.json');
document.getElementById('out').textContent = (await res.json()).figures.length + ' figures';
setTimeout(() => performance.mark('charts-ready'), 50);
if (location.hash === '#fail') {
  console.error('deliberate failure');
  setTimeout(() => { throw new Error('deliberate throw'); }, 0);
  // The server's CSP stops fetch() before any request; a navigation is not subject to it.
  setTimeout(() => location.assign('https://example.invalid/leak.html'), 100);
}`;

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'cited-harness-'));
  dir = join(base, 'site');
  await mkdir(join(dir, 'data', 'sources'), { recursive: true });
  await writeFile(join(dir, 'index.html'), PAGE);
  await writeFile(join(dir, 'app.js'), APP);
  await writeFile(join(dir, 'style.css'), 'body { font-family: sans-serif; }');
  await writeFile(join(dir, 'data', 'figures.json'), '{"version":1,"figures":[{}],"charts":[]}');
  await writeFile(join(dir, 'data', 'sources', 'a.txt'), 'bilateral elations — 40%');
  await writeFile(join(base, 'secret.txt'), 'outside the root');
  server = await startStaticServer(dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('launchBrowser', () => {
  it('connects to the one Chromium the project launched (test/support/sharedBrowser.ts)', () => {
    expect(process.env[SHARED_BROWSER_ENV]).toMatch(/^wss?:\/\//);
    expect(browser.isConnected()).toBe(true);
  });
});

describe('openPage', () => {
  it('loads a page, waits for charts-ready and records only same-origin requests', async () => {
    const session = await openPage(browser, server.url);
    try {
      await waitForChartsReady(session.page);
      await expect.poll(() => session.page.textContent('#out')).toBe('1 figures');
      expect(session.consoleErrors).toEqual([]);
      expect(session.requests).toContain(`${server.url}data/figures.json`);
      expect(session.offOrigin()).toEqual([]);
      expect(summariseViolations(await runAxe(session.page))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('records console errors, uncaught exceptions and blocked off-origin requests', async () => {
    const session = await openPage(browser, `${server.url}index.html#fail`);
    try {
      await expect.poll(() => session.offOrigin()).toEqual(['https://example.invalid/leak.html']);
      await expect
        .poll(() => session.consoleErrors.join('\n'))
        .toMatch(
          /deliberate failure[\s\S]*deliberate throw|deliberate throw[\s\S]*deliberate failure/,
        );
    } finally {
      await session.close();
    }
  });

  it('reports axe violations', async () => {
    const session = await openPage(browser, server.url);
    try {
      await session.page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('main')?.append(img);
      });
      const ids = (await runAxe(session.page)).map((v) => v.id);
      expect(ids).toContain('image-alt');
    } finally {
      await session.close();
    }
  });
});

describe('pagePool', () => {
  it('reuses one context, yet gives each open a fresh document, its own records and settings', async () => {
    const pages = pagePool(browser);
    try {
      const first = await pages.open(server.url, {
        viewport: { width: 360, height: 800 },
        colorScheme: 'dark',
        reducedMotion: 'no-preference',
      });
      await waitForChartsReady(first.page);
      await first.page.evaluate(() => {
        (window as unknown as { leftOver: number }).leftOver = 1;
        window.alert('from the first holder');
      });
      await first.context.route('**/data/figures.json', (route) => route.abort());
      await first.addInitScript(() => {
        (window as unknown as { fromInit: number }).fromInit = 1;
      });
      // The aborted request is reported on its own, after the reload's load event may have been:
      // waited for, so the request count below cannot read the list before it is recorded.
      const aborted = first.page.waitForEvent('requestfailed', (r) =>
        r.url().endsWith('/data/figures.json'),
      );
      await first.page.reload();
      await aborted;
      expect(await first.page.evaluate(() => 'fromInit' in window)).toBe(true);
      expect(first.dialogs).toEqual(['from the first holder']);
      const firstPage = first.page;
      await first.close();

      // The same URL (a hash change if the page were kept on it) must still load afresh.
      const second = await pages.open(server.url);
      expect(second.page).toBe(firstPage);
      expect(pages.stats()).toEqual({ contexts: 1, loads: 2 });
      await waitForChartsReady(second.page);
      // The first holder's route is gone: the data loads.
      await expect.poll(() => second.page.textContent('#out')).toBe('1 figures');
      expect(
        await second.page.evaluate(() => ({
          leftOver: (window as unknown as { leftOver?: number }).leftOver,
          fromInit: 'fromInit' in window,
          width: innerWidth,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
          reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
        })),
      ).toEqual({ leftOver: undefined, fromInit: false, width: 1280, dark: false, reduce: true });
      expect(second.dialogs).toEqual([]);
      expect(second.requests).toContain(`${server.url}data/figures.json`);
      // The first holder's load and reload: none of the second holder's.
      expect(first.requests.filter((u) => u.endsWith('figures.json'))).toHaveLength(2);
      // A close after the page went to another holder does nothing to it.
      await first.close();
      expect(second.page.url()).toBe(server.url);

      // Another context option takes a context of its own.
      const third = await pages.open(server.url, { javaScriptEnabled: false });
      expect(third.context).not.toBe(second.context);
      expect(pages.stats().contexts).toBe(2);
      await third.close();
      await second.close();
    } finally {
      await pages.close();
    }
  });
});
