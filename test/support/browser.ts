// Drives Debian's Chromium through playwright-core for the browser tests and the screenshot CLI:
// launch, open a page that records console errors and requests, wait for the charts, run axe.
// It must not download browsers or let a page reach the network beyond the served origin.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Result as AxeViolation } from 'axe-core';
import { launchBrowser } from './chromium.ts';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Route } from 'playwright-core';

export type { AxeViolation };
export { launchBrowser };

/** The repository root (this file lives in test/support/). */
export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * The built site's directory, after checking that `npm run build` has produced it.
 * Throws an error that says how to fix the problem if `dist/index.html` is missing.
 * CITED_DIST points the tests at another build (e.g. `npx vite build --outDir /tmp/x`).
 *
 * @example
 * const server = await startStaticServer(requireBuiltSite()); // '/work/main/dist'
 */
export function requireBuiltSite(
  distDir: string = process.env.CITED_DIST || resolve(projectRoot, 'dist'),
): string {
  if (!existsSync(resolve(distDir, 'index.html'))) {
    throw new Error(
      `${resolve(distDir, 'index.html')} is missing: the browser tests and the screenshot serve ` +
        'the built site. Run `npm run build` first.',
    );
  }
  return distDir;
}

export interface OpenPageOptions extends BrowserContextOptions {
  /**
   * Abort requests that would leave the page's origin (they are still recorded and reported by
   * `offOrigin()`). Default true, so a stray link or font can never hang a test on the network.
   */
  blockOffOrigin?: boolean;
}

export interface RecordedPage {
  page: Page;
  context: BrowserContext;
  /** The origin of the URL the page was opened at, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** `console.error` messages and uncaught exceptions, in order. */
  consoleErrors: string[];
  /** Every request URL the context made, in order. */
  requests: string[];
  /** The requested URLs whose origin is not `origin` (data: and blob: URLs are ignored). */
  offOrigin(): string[];
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context and page that record console errors and every request.
 * Context options (viewport, deviceScaleFactor, colorScheme, …) pass through to Playwright.
 *
 * @example
 * const { page, consoleErrors, offOrigin, close } = await openPage(browser, server.url + 'index.html', {
 *   viewport: { width: 360, height: 800 },
 * });
 * expect(consoleErrors).toEqual([]); expect(offOrigin()).toEqual([]);
 * await close();
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenPageOptions = {},
): Promise<RecordedPage> {
  const { blockOffOrigin = true, ...contextOptions } = options;
  const origin = new URL(url).origin;
  const context = await browser.newContext(contextOptions);
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  const isOffOrigin = (requestUrl: string): boolean =>
    !/^(data|blob):/.test(requestUrl) && new URL(requestUrl).origin !== origin;

  context.on('request', (request) => requests.push(request.url()));
  if (blockOffOrigin) {
    await context.route(
      (requestUrl) => isOffOrigin(requestUrl.href),
      (route) => route.abort('blockedbyclient'),
    );
  }
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url: at, lineNumber } = message.location();
      consoleErrors.push(`console.error: ${message.text()}${at ? ` (${at}:${lineNumber})` : ''}`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.stack ?? error.message}`));
  await page.goto(url);

  return {
    page,
    context,
    origin,
    consoleErrors,
    requests,
    offOrigin: () => requests.filter(isOffOrigin),
    close: () => context.close(),
  };
}

/**
 * Resolves once the page has marked `performance.mark('charts-ready')`, i.e. every chart on
 * screen has drawn its final frame. Rejects after `timeout` ms.
 *
 * @example
 * await page.goto(server.url + 'index.html');
 * await waitForChartsReady(page);
 */
export async function waitForChartsReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('charts-ready').length > 0, null, {
    timeout,
  });
}

/**
 * Resolves once the dashboard's app has loaded and taken over the page
 * (`performance.mark('app-ready')`, set by src/views/startApp.ts). `charts-ready` can come first:
 * the prerendered charts draw before Svelte loads, and the app then replaces their buttons and
 * canvases, so a test that reaches into them right after `charts-ready` races the app on a loaded
 * machine. Rejects after `timeout` ms.
 *
 * @example
 * await page.goto(server.url + 'index.html');
 * await waitForChartsReady(page);
 * await waitForAppReady(page); // the app's own buttons and canvases are now in place
 */
export async function waitForAppReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, {
    timeout,
  });
}

let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core (from node_modules, served to the page from its own origin so that a
 * `script-src 'self'` Content-Security-Policy allows it; no network) on the whole document and
 * returns its violations; `[]` means none were found.
 *
 * @example
 * expect(summariseViolations(await runAxe(page))).toEqual([]);
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(resolve(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const body = await axeSource;
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    const url = new URL('/__test-harness__/axe.min.js', page.url()).href;
    const serve = (route: Route): Promise<void> =>
      route.fulfill({ body, contentType: 'text/javascript; charset=utf-8' });
    await page.route(url, serve);
    try {
      await page.addScriptTag({ url });
    } finally {
      await page.unroute(url, serve);
    }
  }
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations;
  });
}

/**
 * Violations as short readable lines (rule, impact, help, offending selectors), so a failing
 * `toEqual([])` shows what to fix instead of a page of JSON.
 *
 * @example
 * summariseViolations(violations)
 * // ['color-contrast (serious): Elements must meet minimum color contrast ratio thresholds — button[data-figure="x"]']
 */
export function summariseViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Closes every recorded session, then the browser and the server, and returns what the sessions
 * recorded across the run: console errors and requests to other origins.
 * @example const { errors, offOrigin } = await closeSessions(sessions, browser, server);
 */
export async function closeSessions(
  sessions: readonly RecordedPage[],
  browser: { close(): Promise<void> } | undefined,
  server: { close(): Promise<void> } | undefined,
): Promise<{ errors: string[]; offOrigin: string[] }> {
  const errors = sessions.flatMap((s) => s.consoleErrors);
  const offOrigin = sessions.flatMap((s) => s.offOrigin());
  await Promise.all(sessions.map((s) => s.close()));
  await browser?.close();
  await server?.close();
  return { errors, offOrigin };
}
