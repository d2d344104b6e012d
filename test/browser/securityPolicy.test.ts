// The strict Content Security Policy in real Chromium: no view of either page triggers a
// securitypolicyviolation event (a control proves that the listener does see violations). The
// policy in the built files and the served headers are checked without a browser in
// test/dist/securityPolicy.test.ts; the policy's directives in test/build/securityPolicy.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  requireBuiltSite,
  type RecordedPage,
  pagePool,
  type PagePool,
  waitForAppReady,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const dist = requireBuiltSite();
const { figures } = JSON.parse(readFileSync(resolve(dist, 'data/figures.json'), 'utf8')) as {
  figures: { id: string; kind: string; quote: { sourceId: string } }[];
};
const byKind = (kind: string) => figures.find((f) => f.kind === kind)!.id;
const [a, b] = [figures[0]!.id, figures[1]!.id];

/** Every view, with what shows that it finished rendering. */
const VIEWS: { url: string; ready: string }[] = [
  { url: 'index.html', ready: '[data-chart] canvas' },
  { url: `index.html#/figure/${a}`, ready: '[data-testid=quote-panel] mark' },
  {
    url: `index.html#/source/${figures[0]!.quote.sourceId}?figure=${a}`,
    ready: '[data-testid=source-view] mark',
  },
  {
    url: `index.html#/compare?figures=${a},${byKind('share')},${byKind('amount')}`,
    ready: 'canvas',
  },
  { url: `embed.html?figure=${a}`, ready: 'canvas' },
  { url: `embed.html?figure=${byKind('share')}&theme=dark&quote=0`, ready: 'canvas' },
  { url: `embed.html?figures=${a},${b}`, ready: 'canvas' },
  { url: 'embed.html?figure=no-such-figure', ready: '[role=alert]' },
];

let server: StaticServer;
let browser: Browser;
let pages: PagePool;

const recording = new WeakSet<BrowserContext>();

/** Opens a page that records every CSP violation in window.__violations from the first byte. */
async function openRecording(url: string): Promise<RecordedPage> {
  const session = await pages.open(server.url + 'data/sources.json');
  // Once per context: the pool's pages keep their context, and so its init scripts.
  if (!recording.has(session.context)) {
    recording.add(session.context);
    await session.context.addInitScript(() => {
      const found: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = found;
      document.addEventListener('securitypolicyviolation', (e) =>
        found.push(
          `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
        ),
      );
    });
  }
  await session.page.goto(server.url + url);
  return session;
}

const violations = (session: RecordedPage) =>
  session.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/**
 * Violations the page reported before a marked one: waits two frames (resize observers and
 * redraws delivered), then injects a style attribute the policy blocks and waits for its report.
 * Reports are queued in order, so every earlier violation is in the list by then: an event to
 * wait for, not a sleep.
 */
async function violationsAfterSentinel(session: RecordedPage): Promise<string[]> {
  await session.page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  const before = (await violations(session)).length;
  await session.page.evaluate(() => {
    const div = document.createElement('div');
    div.innerHTML = '<b style="color: red">sentinel</b>';
    document.body.append(div);
  });
  await session.page.waitForFunction(
    (n) => (window as unknown as { __violations: string[] }).__violations.length > n,
    before,
  );
  // Chromium may report the sentinel's attribute more than once: drop only its own reports.
  const found = await violations(session);
  return [
    ...found.slice(0, before),
    ...found.slice(before).filter((v) => !/^style-src-attr/.test(v)),
  ];
}

beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  pages = pagePool(browser);
});

afterAll(async () => {
  await pages?.close();
  await browser?.close();
  await server?.close();
});

describe('no securitypolicyviolation on any view', () => {
  it.each(VIEWS)('$url', async ({ url, ready }) => {
    const session = await openRecording(url);
    try {
      await session.page.locator(ready).first().waitFor({ timeout: 15_000 });
      // The dashboard's charts draw before its app loads: the app's own rendering is checked too.
      if (url.startsWith('index.html')) await waitForAppReady(session.page);
      // Exercise what sets styles at run time: hovering bars (cursor), resizing (Chart.js, overlay
      // buttons), switching colour scheme.
      const canvas = session.page.locator('canvas').first();
      if (await canvas.count()) await canvas.hover();
      await session.page.setViewportSize({ width: 420, height: 800 });
      await session.page.emulateMedia({ colorScheme: 'dark' });
      expect(await violationsAfterSentinel(session)).toEqual([]);
      // The sentinel's blocked style is also logged; a real one is in the violation list above.
      expect(
        session.consoleErrors.filter((e) => !/Applying inline style violates/.test(e)),
      ).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('the listener does report a violation (control: an injected style attribute and inline script)', async () => {
    const session = await openRecording('index.html');
    try {
      await session.page.locator('[data-chart] canvas').first().waitFor();
      await session.page.evaluate(() => {
        const div = document.createElement('div');
        div.innerHTML = '<b style="color: red">x</b>';
        document.body.append(div);
        const script = document.createElement('script');
        script.textContent = 'window.__inline = 1';
        document.body.append(script);
      });
      await session.page.waitForFunction(
        () => (window as unknown as { __violations: string[] }).__violations.length >= 2,
      );
      const found = await violations(session);
      expect(found.join('\n')).toMatch(/style-src-attr/);
      expect(found.join('\n')).toMatch(/script-src-elem/);
      expect(
        await session.page.evaluate(() => (window as unknown as { __inline?: number }).__inline),
      ).toBeUndefined();
    } finally {
      await session.close();
    }
  });
});
