// Drives Debian's Chromium through playwright-core for the browser tests and the screenshot CLI:
// launch, open a page that records console errors and requests, wait for the charts, run axe.
// It must not download browsers or let a page reach the network beyond the served origin.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Result as AxeViolation } from 'axe-core';
import { launchBrowser, SHARED_BROWSER_ENV } from './chromium.ts';
import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Disposable,
  Page,
  Route,
} from 'playwright-core';

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
  /** The messages of the dialogs (alert, confirm, prompt) the page opened; each is dismissed. */
  dialogs: string[];
  /** Every request URL the context made, in order. */
  requests: string[];
  /** The requested URLs whose origin is not `origin` (data: and blob: URLs are ignored). */
  offOrigin(): string[];
  /**
   * Runs `script` in every document this page loads from now on, until `close()` (a pooled page
   * drops it then, so the next holder's documents run none).
   */
  addInitScript(script: () => void): Promise<void>;
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
  const records = newRecords(origin);
  context.on('request', (request) => records.requests.push(request.url()));
  if (blockOffOrigin) await blockOtherOrigins(context, () => records.origin);
  const page = await context.newPage();
  recordPage(page, () => records);
  await page.goto(url);
  return {
    page,
    context,
    ...records,
    addInitScript: async (script) => void (await page.addInitScript(script)),
    close: () => context.close(),
  };
}

type Records = Omit<RecordedPage, 'page' | 'context' | 'addInitScript' | 'close'>;

/** Empty records for a page opened at `origin`. */
function newRecords(origin: string): Records {
  const requests: string[] = [];
  const isOffOrigin = (requestUrl: string): boolean =>
    !/^(data|blob|about):/.test(requestUrl) && new URL(requestUrl).origin !== origin;
  return {
    origin,
    consoleErrors: [],
    dialogs: [],
    requests,
    offOrigin: () => requests.filter(isOffOrigin),
  };
}

/** Aborts (and so never sends) every request whose origin is not the current records' origin. */
async function blockOtherOrigins(context: BrowserContext, origin: () => string): Promise<void> {
  await context.route(
    (requestUrl) => !/^(data|blob|about):/.test(requestUrl.href) && requestUrl.origin !== origin(),
    (route) => route.abort('blockedbyclient'),
  );
}

/** Records the page's console errors, uncaught exceptions and dialogs into `records()`. */
function recordPage(page: Page, records: () => Records): void {
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url: at, lineNumber } = message.location();
      records().consoleErrors.push(
        `console.error: ${message.text()}${at ? ` (${at}:${lineNumber})` : ''}`,
      );
    }
  });
  page.on('pageerror', (error) =>
    records().consoleErrors.push(`uncaught: ${error.stack ?? error.message}`),
  );
  // Dismissed as Playwright does with no listener, but recorded: a script payload that ran
  // would open one.
  page.on('dialog', (dialog) => {
    records().dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => {});
  });
}

/** What a page can change without a new context: the rest of the options are a context's. */
type PageSettings = Pick<
  BrowserContextOptions,
  'viewport' | 'colorScheme' | 'reducedMotion' | 'forcedColors'
>;

/** One reusable page: its context, page and the records of whoever holds it now. */
interface PooledPage {
  context: BrowserContext;
  page: Page;
  records: Records;
  busy: boolean;
  key: string;
  /** The current holder's init scripts, removed when it gives the page back. */
  initScripts: Disposable[];
}

export interface PagePool {
  /**
   * Like `openPage`, on a page of this pool: a free page whose context was made with the same
   * context options is loaded fresh at `url` (through about:blank, so never a same-document hash
   * change) after its viewport and media features are set to `options`' (or the defaults of a
   * new context, except reduced motion: see `pagePool`); a new context and page otherwise.
   * `close()` gives the page back: it removes the routes and init scripts the test added and
   * leaves the page on about:blank.
   */
  open(url: string, options?: OpenPageOptions): Promise<RecordedPage>;
  /** Closes every context of the pool. */
  close(): Promise<void>;
  /** How many contexts the pool made and how many pages it loaded, for the file's summary. */
  stats(): { contexts: number; loads: number };
}

/**
 * A pool of pages for one test file: a new context and page cost Chromium about 1.35 CPU-s, a
 * fresh load in a kept page a fraction of that. Each `open` still gets a new document, new
 * records (console errors, dialogs, requests) and the viewport, colour scheme, reduced motion
 * and forced colours it asks for; what a context fixes (device scale, downloads, permissions,
 * JavaScript off, offline…) picks a context made with the same options; init scripts go through
 * the `RecordedPage`, which removes them on close. Nothing in the site
 * writes storage or cookies, so a kept context carries nothing a test could see (harness.test
 * checks the pool's resets).
 *
 * Pages ask for reduced motion unless a test says `reducedMotion: 'no-preference'`: an animated
 * draw costs each load about 1 s of wall and 0.2 CPU-s of frames (450 ms of easing in every chart)
 * and most tests check what is drawn, not how it eases in. The animated path keeps its tests:
 * dashboard.test's drawn bars, embed.test's themes and every steadyPage.test load (openPage keeps
 * the browser's default).
 *
 * @example
 * const pages = pagePool(browser);
 * const { page, consoleErrors, close } = await pages.open(server.url + 'index.html', {
 *   viewport: { width: 360, height: 800 },
 * });
 * await close(); // the page goes back to the pool
 * await pages.close(); // afterAll
 */
export function pagePool(browser: Browser): PagePool {
  const pooled: PooledPage[] = [];
  let loads = 0;
  const split = (options: OpenPageOptions) => {
    const { viewport, colorScheme, reducedMotion, forcedColors, ...rest } = options;
    return { settings: { viewport, colorScheme, reducedMotion, forcedColors }, rest };
  };
  async function create(key: string, rest: OpenPageOptions, origin: string): Promise<PooledPage> {
    const { blockOffOrigin = true, ...contextOptions } = rest;
    const context = await browser.newContext(contextOptions);
    const entry: PooledPage = {
      context,
      page: undefined as unknown as Page,
      records: newRecords(origin),
      busy: true,
      key,
      initScripts: [],
    };
    context.on('request', (request) => entry.records.requests.push(request.url()));
    if (blockOffOrigin) await blockOtherOrigins(context, () => entry.records.origin);
    entry.page = await context.newPage();
    recordPage(entry.page, () => entry.records);
    pooled.push(entry);
    return entry;
  }
  async function settle(page: Page, settings: PageSettings): Promise<void> {
    await page.setViewportSize(settings.viewport ?? { width: 1280, height: 720 });
    await page.emulateMedia({
      colorScheme: settings.colorScheme ?? 'light',
      reducedMotion: settings.reducedMotion ?? 'reduce',
      forcedColors: settings.forcedColors ?? 'none',
    });
    await page.mouse.move(0, 0);
  }
  async function release(entry: PooledPage, lease: Records, blockOffOrigin: boolean) {
    // A second close(), or a close after the page went to another holder, does nothing.
    if (!entry.busy || entry.records !== lease || !pooled.includes(entry)) return;
    await Promise.all(entry.initScripts.splice(0).map((script) => script.dispose()));
    await entry.page.unrouteAll({ behavior: 'ignoreErrors' });
    await entry.context.unrouteAll({ behavior: 'ignoreErrors' });
    await entry.context.clearPermissions();
    if (blockOffOrigin) await blockOtherOrigins(entry.context, () => entry.records.origin);
    await entry.page.goto('about:blank');
    // Records of the last holder stay with it; nothing from here on is anyone's.
    entry.records = newRecords('about:');
    entry.busy = false;
  }
  return {
    async open(url, options = {}) {
      const { settings, rest } = split(options);
      if (settings.viewport === null) throw new Error('pagePool: viewport: null needs openPage');
      const key = JSON.stringify(rest);
      const origin = new URL(url).origin;
      let entry = pooled.find((p) => !p.busy && p.key === key);
      if (entry) {
        entry.busy = true;
        entry.records = newRecords(origin);
      } else {
        entry = await create(key, rest, origin);
      }
      await settle(entry.page, settings);
      loads += 1;
      await entry.page.goto(url);
      const held = entry;
      const records = entry.records;
      return {
        page: held.page,
        context: held.context,
        ...records,
        addInitScript: async (script) => {
          held.initScripts.push(await held.page.addInitScript(script));
        },
        close: () => release(held, records, rest.blockOffOrigin ?? true),
      };
    },
    async close() {
      await Promise.all(pooled.splice(0).map((p) => p.context.close()));
    },
    stats: () => ({ contexts: pooled.length, loads }),
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

/**
 * Sets the page's hash, as a link does, and resolves once the page has handled it: after its
 * `hashchange` event, whose earlier listener (the app's router) has read the new route and whose
 * render (Svelte's, in the microtask after that listener) is done. Until then the last route's
 * view still stands, and a wait for "a chart", "a mark" or "no panel" could pass on it. A hash
 * that leaves the URL as it is fires no event and resolves at once.
 *
 * @example
 * await setHash(page, '#/'); // the dashboard's own view is in place; a quote panel has closed
 */
export async function setHash(page: Page, hash: string): Promise<void> {
  await page.evaluate(async (to) => {
    const before = location.href;
    const handled = new Promise<void>((done) =>
      addEventListener('hashchange', () => done(), { once: true }),
    );
    location.hash = to;
    if (location.href !== before) await handled;
  }, hash);
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

/**
 * Holds the system clipboard until the returned function is called. Chromium has one clipboard
 * for the whole browser, and the browser project runs two files at once on one shared Chromium:
 * a test that copies and reads back would otherwise read the other file's copy (seen: compare's
 * link read back as sources.test's annotation). Every test that writes the clipboard holds it
 * from its first copy to its last read. The lock is a directory (atomic mkdir) per browser; one
 * older than `staleAfter` ms is left from a killed run and is taken over.
 *
 * @example
 * const release = await holdClipboard();
 * try { await copyButton.click(); expect(await readClipboard()).toBe(url); } finally { release(); }
 */
export async function holdClipboard(staleAfter = 120_000): Promise<() => void> {
  const browserId = process.env[SHARED_BROWSER_ENV] ?? `pid-${process.pid}`;
  const hash = createHash('sha256').update(browserId).digest('hex').slice(0, 12);
  const lock = resolve(tmpdir(), `cited-clipboard-${hash}`);
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let age = 0;
    try {
      age = Date.now() - statSync(lock).mtimeMs;
    } catch {
      continue; // released between the two calls
    }
    if (age > staleAfter) rmSync(lock, { recursive: true, force: true });
    // The other holder releases within one test: wait for that, a short poll at a time.
    else await new Promise((wake) => setTimeout(wake, 50));
  }
}
