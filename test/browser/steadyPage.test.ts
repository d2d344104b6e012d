// Browser tests of the prerendered pages (issue 15): the dashboard's first view is in the HTML
// before any script runs, the page does not shift while it hydrates and draws (CLS from the
// browser's own layout-shift entries), and there is one charts-ready mark per view.
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  launchBrowser,
  pagePool,
  requireBuiltSite,
  waitForAppReady,
  waitForChartsReady,
  type OpenPageOptions,
  type PagePool,
  type RecordedPage,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

let site: StaticServer;
let browser: Browser;
let pages: PagePool;

beforeAll(async () => {
  site = await startStaticServer(requireBuiltSite());
  browser = await launchBrowser();
  pages = pagePool(browser);
});

afterAll(async () => {
  await pages?.close();
  await browser?.close();
  await site?.close();
});

/** Animated, as a reader without reduced motion sees the page (the pool's pages draw still). */
const ANIMATED: OpenPageOptions = { reducedMotion: 'no-preference' };

/**
 * A kept page on a small same-origin file (no script, no data request), ready for the init
 * scripts and routes a test sets before it loads the dashboard with `page.goto`.
 */
const openBlank = (): Promise<RecordedPage> => pages.open(site.url + 'share.css', ANIMATED);

/** Sums the page's layout shifts (without recent input), recorded from the first byte. */
async function recordShifts(page: RecordedPage): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput) w.cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Two animation frames: the browser has laid out and painted what the last task changed. */
const settled = (page: Page) =>
  page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  );

const marks = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('charts-ready').length);

/** Counts every charts-ready mark ever set (window.readyMarks), whether or not cleared since. */
const countReadyMarks = (page: RecordedPage) =>
  page.addInitScript(() => {
    const w = window as unknown as { readyMarks: number };
    w.readyMarks = 0;
    new PerformanceObserver((list) => {
      w.readyMarks += list.getEntriesByName('charts-ready').length;
    }).observe({ type: 'mark', buffered: true });
  });

/** Resolves once `n` charts-ready marks have been set (countReadyMarks). */
const marked = (page: Page, n: number) =>
  page.waitForFunction((k) => (window as unknown as { readyMarks: number }).readyMarks >= k, n);

describe('the prerendered dashboard', () => {
  it('shows its title, cards and chart boxes at their final size with JavaScript off', async () => {
    const { page, close } = await pages.open(site.url + 'index.html', {
      javaScriptEnabled: false,
    });
    try {
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/Kawaguchi/);
      const boxes = await page
        .locator('article[data-chart] .chart')
        .evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
      expect(boxes.length).toBeGreaterThan(0);
      expect(boxes.every((h) => h >= 200)).toBe(true);
      const block = await page.locator('script[type="application/json"]#cited-dataset').count();
      expect(block).toBe(1);
    } finally {
      await close();
    }
  });

  it.each([
    [1280, 'side by side'],
    [360, 'stacked'],
  ] as const)(
    'at %i px a card alone in its section takes the row, chart and words %s',
    async (width, layout) => {
      const { page, close } = await pages.open(site.url + 'index.html', {
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      try {
        // The growth chart is the only card of its section; the Sakhalin section has two.
        const box = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((el) => el.getBoundingClientRect().toJSON());
        const lone = await box('[data-chart="growth-2001"]');
        const pair = await box('[data-chart="sakhalin-capital-shares"]');
        const grid = await box('section.topic .grid');
        const chart = await box('[data-chart="growth-2001"] .chart');
        const words = await box('[data-chart="growth-2001"] [data-quote-glance]');
        expect(Math.round(lone.width)).toBe(Math.round(grid.width));
        if (layout === 'side by side') {
          expect(pair.width).toBeLessThan(grid.width / 2);
          expect(words.left).toBeGreaterThanOrEqual(chart.right);
          expect(words.top).toBeLessThan(chart.bottom);
        } else {
          expect(words.top).toBeGreaterThanOrEqual(chart.bottom);
        }
      } finally {
        await close();
      }
    },
  );

  it('hydrates and draws without a layout shift, a console error or a data request', async () => {
    const recorded = await openBlank();
    try {
      const { page } = recorded;
      await recordShifts(recorded);
      const boxesBefore = await page
        .goto(site.url + 'index.html')
        .then(() =>
          page
            .locator('article[data-chart] .chart')
            .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height)),
        );
      await waitForChartsReady(page);
      // The charts draw before the app loads and hydrates around them: its shifts count too.
      await waitForAppReady(page);
      await settled(page);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      expect(cls).toBeLessThan(0.01);
      const boxesAfter = await page
        .locator('article[data-chart] .chart')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(boxesAfter).toEqual(boxesBefore);
      expect(recorded.consoleErrors).toEqual([]);
      // The first view reads no data; only data/records.json may follow once the page is idle,
      // read for printing (components/printRecords.svelte.ts).
      expect(
        recorded.requests.filter(
          (u) => /\/data\/.*\.json$/.test(u) && !u.endsWith('/data/records.json'),
        ),
      ).toEqual([]);
      expect(await marks(page)).toBe(1);
    } finally {
      await recorded.close();
    }
  });

  it('draws the first charts before Svelte has loaded, and the app takes them over', async () => {
    const recorded = await openBlank();
    const { page } = recorded;
    try {
      const warnings: string[] = [];
      const onConsole = (m: ConsoleMessage) =>
        void (m.type() === 'warning' && warnings.push(m.text()));
      page.on('console', onConsole);
      onTestFinished(() => void page.off('console', onConsole));
      // Hold the app's chunk back until the charts have drawn without it.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let requested!: () => void;
      const appRequested = new Promise<void>((r) => (requested = r));
      await page.route(/\/assets\/startApp-[^/]+\.js$/, async (route) => {
        requested();
        await held;
        await route.continue();
      });
      // Chart.js takes a canvas' context once per chart it creates there: counted per canvas
      // (not this test's own reads), so a chart destroyed and drawn again shows up as a second.
      await recorded.addInitScript(() => {
        const get = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (
          this: HTMLCanvasElement & { charts?: number },
          ...args: Parameters<typeof get>
        ) {
          if (!(window as unknown as { reading?: boolean }).reading)
            this.charts = (this.charts ?? 0) + 1;
          return get.apply(this, args);
        } as typeof get;
      });
      await page.goto(site.url + 'index.html');
      await waitForChartsReady(page);
      // Requested once the charts have drawn; the request reaches this route on its own channel.
      await appRequested;
      const drawn = () =>
        page.locator('article[data-chart] .chart').evaluateAll((boxes) =>
          boxes.map((box) => {
            const canvas = box.querySelector('canvas')!;
            (window as unknown as { reading?: boolean }).reading = true;
            const { data } = canvas
              .getContext('2d')!
              .getImageData(0, 0, canvas.width, canvas.height);
            (window as unknown as { reading?: boolean }).reading = false;
            let inked = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
            return { inked: inked > 1000, buttons: box.querySelectorAll('.bar-button').length };
          }),
        );
      const before = await drawn();
      expect(before.filter((c) => c.inked).length).toBeGreaterThan(0);
      // The keyboard buttons come with the app: Svelte must find the boxes as it rendered them.
      expect(before.map((c) => c.buttons)).toEqual(before.map(() => 0));
      expect(await page.evaluate(() => performance.getEntriesByName('app-ready').length)).toBe(0);
      release();
      await page.waitForFunction(() => performance.getEntriesByName('app-ready').length === 1);
      await page.locator('.chart .bar-button').first().waitFor();
      await settled(page);
      // Taken over, not redrawn blank: every chart drawn before still is, now with its buttons.
      // One chart a canvas: the app kept each drawn chart instead of drawing it again.
      const charts = await page
        .locator('article[data-chart] .chart canvas')
        .evaluateAll((els) =>
          els.map((el) => (el as HTMLCanvasElement & { charts?: number }).charts),
        );
      expect(charts.filter((n, i) => before[i]!.inked && n !== 1)).toEqual([]);
      const after = await drawn();
      expect(after.map((c, i) => c.inked || !before[i]!.inked)).toEqual(after.map(() => true));
      expect(after.every((c) => c.inked === c.buttons > 0)).toBe(true);
      await page.locator('.chart .bar-button').first().dispatchEvent('click');
      await page.locator('[data-testid="quote-panel"]').waitFor();
      expect(await marks(page)).toBe(1);
      expect(recorded.consoleErrors).toEqual([]);
      expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
    } finally {
      await recorded.close();
    }
  });

  it('gives a view opened before the app has loaded its own charts-ready mark', async () => {
    const recorded = await openBlank();
    const { page, close } = recorded;
    try {
      await countReadyMarks(recorded);
      // The app's chunk waits until the reader has left the predrawn dashboard for compare.
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      await page.route(/\/assets\/startApp-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(site.url + 'index.html');
      await marked(page, 1);
      const ids = await page.evaluate(() => {
        const text = document.getElementById('cited-dataset')!.textContent!;
        const block = JSON.parse(text) as { figures: { figures: { id: string }[] } };
        return block.figures.figures.slice(0, 2).map((f) => f.id);
      });
      await page.evaluate((h) => (location.hash = h), `#/compare?figures=${ids.join(',')}`);
      release();
      await marked(page, 2);
      expect(await marks(page)).toBe(1);
    } finally {
      await close();
    }
  });

  it('marks charts-ready once per view: the mark is cleared on navigation and set again', async () => {
    const recorded = await openBlank();
    const { page, close } = recorded;
    try {
      await countReadyMarks(recorded);
      await page.goto(site.url + 'index.html');
      await marked(page, 1);
      expect(await marks(page)).toBe(1);
      const ids = await page.evaluate(() => {
        const text = document.getElementById('cited-dataset')!.textContent!;
        const block = JSON.parse(text) as { figures: { figures: { id: string }[] } };
        return block.figures.figures.slice(0, 2).map((f) => f.id);
      });
      await page.evaluate((h) => (location.hash = h), `#/compare?figures=${ids.join(',')}`);
      await marked(page, 2);
      expect(await marks(page)).toBe(1);
      await page.evaluate(() => (location.hash = '#/'));
      await marked(page, 3);
      expect(await marks(page)).toBe(1);
    } finally {
      await close();
    }
  });
});
