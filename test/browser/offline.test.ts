// Offline and partial failure in real Chromium: no request leaves the site's origin on any view;
// a failed data fetch shows a retry message (and retrying works); a chart that cannot be drawn
// shows an error in its own card while the other cards draw; a view whose code cannot load says so.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  requireBuiltSite,
  setHash,
  waitForAppReady,
  waitForChartsReady,
  pagePool,
  type PagePool,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { INLINE_DATASET_ID } from '../../src/data/inlineDataset.ts';

/**
 * Serves index.html without its inline dataset, so the page fetches data/ as it does without a
 * data block (the dev server, a damaged block): the path whose failures these tests break on
 * purpose. A large corpus's chunk failures are test/browser/chunks.test.ts's.
 */
async function withoutInlineData(context: BrowserContext): Promise<void> {
  const block = new RegExp(
    `<script type="application/json" id="${INLINE_DATASET_ID}">[\\s\\S]*?</script>`,
  );
  await context.route('**/index.html', async (route: Route) => {
    const response = await route.fetch();
    const html = await response.text();
    if (!block.test(html)) throw new Error('index.html no longer carries the inline dataset');
    await route.fulfill({ response, body: html.replace(block, '') });
  });
}

const dist = requireBuiltSite();
interface PublishedFigure {
  id: string;
  chart: string;
  unit: string;
  quote: { sourceId: string };
}
const figuresFile = JSON.parse(readFileSync(resolve(dist, 'data/figures.json'), 'utf8')) as {
  figures: PublishedFigure[];
  charts: { id: string; figures: string[] }[];
};
const { figures, charts } = figuresFile;
const [first, second] = figures;
const sourceId = first!.quote.sourceId;

/**
 * Every view of both pages, as URLs relative to the site, each with what shows that view has
 * loaded: its own element once its code has run, or `charts-ready` for the embed. A view's
 * requests (its code chunk, data chunks, the embed's script) are issued before that, and each is
 * recorded when it is issued, so waiting for it (an event, not a quiet period) is enough.
 */
const VIEWS: [view: string, ready: string][] = [
  ['index.html', '[data-chart] canvas'],
  [`index.html#/figure/${first!.id}`, '[data-chart] canvas'],
  [`index.html#/source/${sourceId}?figure=${first!.id}`, '[data-testid="source-view"] .text mark'],
  [`index.html#/compare?figures=${first!.id},${second!.id}`, '[data-testid="compare-view"]'],
  [`embed.html?figure=${first!.id}`, 'charts-ready'],
  [`embed.html?figures=${first!.id},${second!.id}&theme=dark`, 'charts-ready'],
];

/** A plain same-origin file to open first, so routes can be set before the page under test loads. */
const START = 'data/sources.json';

let server: StaticServer;
let browser: Browser;
let pages: PagePool;

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

describe('offline: every request stays on the site', () => {
  it.each(VIEWS)('%s requests nothing from another origin', async (view, ready) => {
    // Not blocked here, so a stray off-origin request would be attempted and recorded.
    const session = await pages.open(server.url + view, {
      blockOffOrigin: false,
      offline: false,
    });
    try {
      // open() returns after the load event: the page's own scripts, styles and fonts are in.
      if (ready === 'charts-ready') await waitForChartsReady(session.page);
      else {
        await waitForAppReady(session.page);
        await session.page.locator(ready).first().waitFor();
      }
      expect(session.requests.length).toBeGreaterThan(2);
      expect(session.offOrigin()).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('partial failure', () => {
  it('a failed data fetch shows a retry message, and retrying loads the dashboard', async () => {
    const session = await pages.open(server.url + START);
    await withoutInlineData(session.context);
    let failures = 1;
    await session.context.route('**/data/figures.json', (route: Route) =>
      failures-- > 0
        ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'boom' })
        : route.continue(),
    );
    try {
      await session.page.goto(server.url + 'index.html');
      const alert = session.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/could not be loaded.*HTTP 500/s);
      expect(await session.page.locator('canvas').count()).toBe(0);
      await session.page.getByRole('button', { name: 'Try again' }).click();
      await waitForChartsReady(session.page);
      expect(await session.page.locator('[data-chart] canvas').count()).toBe(charts.length);
      expect(await session.page.getByRole('alert').count()).toBe(0);
    } finally {
      await session.close();
    }
  });

  it('a data file that is not JSON, or unreachable, also shows a retry message', async () => {
    for (const fault of ['not json', 'abort'] as const) {
      const session = await pages.open(server.url + START);
      await withoutInlineData(session.context);
      await session.context.route('**/data/sources.json', (route: Route) =>
        fault === 'abort'
          ? route.abort('internetdisconnected')
          : route.fulfill({
              status: 200,
              contentType: 'application/json',
              body: '{"version": 1, "sour',
            }),
      );
      try {
        await session.page.goto(server.url + 'index.html');
        const alert = session.page.getByRole('alert');
        await alert.waitFor();
        expect(await alert.textContent(), fault).toMatch(/could not be loaded/);
        expect(await session.page.getByRole('button', { name: 'Try again' }).isVisible()).toBe(
          true,
        );
      } finally {
        await session.close();
      }
    }
  });

  it('a chart that cannot be drawn shows an error in its card; the other cards draw', async () => {
    // One figure of the first chart group gets a unit its neighbours do not share: it passes the
    // page's shape check (checkPublished) but the chart builder refuses to mix units.
    const broken = charts[0]!;
    const victim = broken.figures[0]!;
    const body = JSON.stringify({
      ...figuresFile,
      figures: figures.map((f) =>
        f.id === victim ? { ...f, unit: f.unit === 'JPY' ? 'EUR' : 'JPY' } : f,
      ),
    });
    const session = await pages.open(server.url + START);
    await withoutInlineData(session.context);
    await session.context.route('**/data/figures.json', (route: Route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    try {
      await session.page.goto(server.url + 'index.html');
      await waitForChartsReady(session.page);
      const error = session.page.locator(`[data-chart-error="${broken.id}"]`);
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await error.textContent()).toMatch(/could not be drawn/);
      for (const chart of charts.slice(1)) {
        const canvas = session.page.locator(`[data-chart="${chart.id}"] canvas`);
        await canvas.scrollIntoViewIfNeeded();
        await session.page
          .locator(`[data-chart="${chart.id}"] button[data-figure]`)
          .first()
          .waitFor({ state: 'attached' });
      }
      // The other cards still work: selecting a bar opens its quote.
      const other = charts[1]!;
      await session.page.locator(`[data-chart="${other.id}"] button[data-figure]`).first().focus();
      await session.page.keyboard.press('Enter');
      await session.page.locator(`[data-chart="${other.id}"] mark`).first().waitFor();
      // Retrying the broken card fails the same way (same data) without breaking the page: the
      // card is drawn again and fails again, so the error shown is a new one.
      const first = await error.elementHandle();
      await error.getByRole('button', { name: 'Try again' }).click();
      await session.page.waitForFunction((shown) => !shown?.isConnected, first);
      await first?.dispose();
      await session.page.locator(`[data-chart-error="${broken.id}"]`).waitFor();
      expect(session.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it.each([
    [`#/source/${sourceId}`, /This view could not be loaded/],
    [`#/compare?figures=${first!.id}`, /This view could not be loaded/],
    [`#/figure/${first!.id}`, /The quote could not be loaded/],
  ])(
    'a view whose code cannot load (%s) says so instead of staying blank',
    async (view, message) => {
      const session = await pages.open(`${server.url}index.html#/`);
      try {
        // The dashboard and its app have loaded (the prerendered charts draw before the app's
        // code arrives, which the dropped connection below would otherwise stop instead).
        await waitForChartsReady(session.page);
        await waitForAppReady(session.page);
        // The connection drops after the dashboard loaded: the view's own chunk cannot arrive.
        await session.context.route('**/assets/**', (route: Route) =>
          route.abort('internetdisconnected'),
        );
        await setHash(session.page, view);
        const alert = session.page.getByRole('alert');
        await alert.waitFor({ timeout: 10_000 });
        expect(await alert.textContent()).toMatch(message);
      } finally {
        await session.close();
      }
    },
  );
});
