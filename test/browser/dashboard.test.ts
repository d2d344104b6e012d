// Browser tests of the built dashboard (dist/, from `npm run build`) in real Chromium: what only a
// browser can show — drawn bars, clicks, keyboard, hash routes, axe, layout at 360px, network.
// It tests the published DOM contract only (data-* hooks, roles, links); never imports src/.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  requireBuiltSite,
  runAxe,
  setHash,
  summariseViolations,
  waitForAppReady,
  waitForChartsReady,
  type OpenPageOptions,
  type RecordedPage,
  pagePool,
  type PagePool,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

/** The parts of dist/data/figures.json and sources.json these tests rely on. */
interface PublishedFigure {
  id: string;
  label: string;
  chart: string;
  quote: { sourceId: string; exact: string; prefix: string; suffix: string };
  stated: { text: string };
}
interface PublishedChart {
  id: string;
  title: string;
  figures: string[];
}
interface PublishedSource {
  id: string;
  url: string;
  path: string;
}

// Read at collection time so each figure gets its own test; a missing build fails the file here
// with the message from requireBuiltSite ("Run `npm run build` first"). CITED_DIST points
// the tests at another built site (used to try the tests on a stand-in site).
const dist = requireBuiltSite();
const readJson = <T>(relative: string): T =>
  JSON.parse(readFileSync(resolve(dist, relative), 'utf8')) as T;
const { figures, charts } = readJson<{ figures: PublishedFigure[]; charts: PublishedChart[] }>(
  'data/figures.json',
);
const { sources } = readJson<{ sources: PublishedSource[] }>('data/sources.json');
const firstFigure = figures[0];

/** The verbatim text of a source, from the path sources.json publishes (site- or data/-relative). */
function sourceText(source: PublishedSource): string {
  const candidates = [resolve(dist, source.path), resolve(dist, 'data', source.path)];
  const file = candidates.find((candidate) => existsSync(candidate));
  if (!file) throw new Error(`sources.json: ${source.id}.path "${source.path}" is not in dist/`);
  return readFileSync(file, 'utf8');
}

/** Collapses runs of whitespace, so text compares equal however the page lays it out. */
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function sourceOf(figure: PublishedFigure): PublishedSource {
  const source = sources.find((s) => s.id === figure.quote.sourceId);
  if (!source)
    throw new Error(`figure ${figure.id}: source ${figure.quote.sourceId} not published`);
  return source;
}

let server: StaticServer;
let browser: Browser;
let pages: PagePool;
/** Every page opened in this file, so the last test can check the whole run for errors. */
const sessions: { label: string; session: RecordedPage }[] = [];
/** Pages opened by the current test, closed after it (their records stay in `sessions`). */
const openedByTest: RecordedPage[] = [];

beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  pages = pagePool(browser);
});

afterEach(async () => {
  await Promise.all(openedByTest.splice(0).map((session) => session.close()));
});

afterAll(async () => {
  await pages?.close();
  await browser?.close();
  await server?.close();
});

const pageUrl = (hash = ''): string => `${server.url}index.html${hash}`;

/** Opens the dashboard (optionally at a hash route) in a fresh recorded context. */
async function openRecorded(
  label: string,
  hash = '',
  options: OpenPageOptions = {},
): Promise<RecordedPage> {
  // Tall enough that every card of the seed (each with its quote at a glance, its menus and
  // "Claim and record") is near the viewport and draws: cards far below it draw when scrolled near.
  const session = await pages.open(pageUrl(hash), {
    viewport: { width: 1280, height: 1600 },
    ...options,
  });
  sessions.push({ label, session });
  return session;
}

/** Like openRecorded, for one test: the page is closed when the test ends. */
async function open(label: string, hash = '', options: OpenPageOptions = {}): Promise<Page> {
  const session = await openRecorded(label, hash, options);
  openedByTest.push(session);
  return session.page;
}

/**
 * A full load of the dashboard (no hash), returning once every chart has drawn and the app has
 * taken the prerendered charts over (before that, their buttons and canvases are replaced).
 */
async function reloadDashboard(page: Page): Promise<void> {
  await page.goto(pageUrl());
  await waitForChartsReady(page);
  await waitForAppReady(page);
}

/**
 * Back to the bare dashboard in the same document (hash `#/`, as closing a quote does), returning
 * once the page has handled the new hash and no quote panel is visible: the next test's quote can
 * only come from its own action. The dashboard and figure routes are one view, so its charts stay
 * mounted and need no reload.
 */
async function closeQuotes(page: Page): Promise<void> {
  await setHash(page, '#/');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect.poll(() => readQuotePanels(page)).toEqual([]);
}

interface PanelSnapshot {
  quote: string;
  marks: string[];
  showInSource: string | null;
  openOriginal: string | null;
}

/** What each visible quote panel shows: its quote text, marked words and the two links' hrefs. */
function readQuotePanels(page: Page): Promise<PanelSnapshot[]> {
  return page.evaluate(() => {
    const squashIn = (text: string): string => text.replace(/\s+/g, ' ').trim();
    const linkHref = (panel: Element, name: string): string | null => {
      const link = [...panel.querySelectorAll('a')].find((a) =>
        squashIn(`${a.textContent ?? ''} ${a.getAttribute('aria-label') ?? ''}`)
          .toLowerCase()
          .includes(name),
      );
      return link ? link.href : null;
    };
    return [...document.querySelectorAll('[data-testid="quote-panel"]')]
      .filter((panel) => panel.checkVisibility())
      .map((panel) => {
        const blockquote = panel.querySelector('blockquote');
        return {
          quote: squashIn((blockquote as HTMLElement | null)?.innerText ?? ''),
          marks: [...(blockquote?.querySelectorAll('mark') ?? [])].map((m) =>
            squashIn(m.textContent ?? ''),
          ),
          showInSource: linkHref(panel, 'show in source'),
          openOriginal: linkHref(panel, 'open original'),
        };
      });
  });
}

/** The panel a figure must produce, as an asymmetric matcher for `toContainEqual`. */
function panelFor(figure: PublishedFigure): unknown {
  const source = sourceOf(figure);
  return expect.objectContaining({
    quote: expect.stringContaining(squash(figure.quote.exact)),
    marks: expect.arrayContaining([squash(figure.stated.text)]),
    showInSource: `${pageUrl()}#/source/${figure.quote.sourceId}?figure=${figure.id}`,
    openOriginal: expect.stringMatching(
      new RegExp(`^${source.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*#:~:text=`),
    ),
  });
}

interface BarProbe {
  button: { x: number; y: number; width: number; height: number };
  insideCanvas: boolean;
  /** RGBA of the canvas pixel under the button's centre, and of the canvas's top-left pixel. */
  pixel: number[];
  corner: number[];
  /** Share of drawn (alpha > 0) pixels in a 9×9 CSS-px box around the centre. */
  drawnShare: number;
}

/** Reads the chart canvas pixels under a figure's overlay button (device-pixel scaled). */
function probeBar(page: Page, figure: PublishedFigure): Promise<BarProbe | string> {
  return page.evaluate(
    ({ id, chart }) => {
      const article = document.querySelector(`article[data-chart="${chart}"]`);
      if (!article) return `no article[data-chart="${chart}"]`;
      const button = article.querySelector(`button[data-figure="${id}"]`);
      if (!button) return `no button[data-figure="${id}"] inside article[data-chart="${chart}"]`;
      const canvas = article.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx) return `no 2d canvas in article[data-chart="${chart}"]`;
      const b = button.getBoundingClientRect();
      const c = canvas.getBoundingClientRect();
      const scale = canvas.width / c.width;
      const px = Math.floor((b.left + b.width / 2 - c.left) * scale);
      const py = Math.floor((b.top + b.height / 2 - c.top) * (canvas.height / c.height));
      const half = Math.max(1, Math.round(4 * scale));
      const box = ctx.getImageData(px - half, py - half, 2 * half + 1, 2 * half + 1).data;
      let drawn = 0;
      for (let i = 3; i < box.length; i += 4) if (box[i]! > 0) drawn += 1;
      return {
        button: { x: b.x - c.x, y: b.y - c.y, width: b.width, height: b.height },
        insideCanvas: px > 0 && px < canvas.width && py > 0 && py < canvas.height,
        pixel: [...ctx.getImageData(px, py, 1, 1).data],
        corner: [...ctx.getImageData(0, 0, 1, 1).data],
        drawnShare: drawn / (box.length / 4),
      };
    },
    { id: figure.id, chart: figure.chart },
  );
}

/** The source view's text as runs, each with the figures its enclosing mark[data-figure]s name. */
function readMarkedRuns(page: Page): Promise<{ text: string; figures: string[] }[]> {
  return page.evaluate(() => {
    const view = document.querySelector('[data-testid="source-view"]');
    if (!view) return [];
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    const runs: { text: string; figures: string[] }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const ids: string[] = [];
      for (let el = node.parentElement; el && el !== view; el = el.parentElement) {
        const id = el.matches('mark[data-figure]') ? el.getAttribute('data-figure') : null;
        if (id) ids.push(id);
      }
      runs.push({ text: node.textContent ?? '', figures: ids });
    }
    return runs;
  });
}

describe('dashboard charts', () => {
  // These tests only read the drawn page, so they share one load: animated, as a reader without
  // reduced motion sees it (the pool's pages draw still unless asked).
  let session: RecordedPage;
  let page: Page;
  beforeAll(async () => {
    session = await openRecorded('charts', '', { reducedMotion: 'no-preference' });
    page = session.page;
    await waitForChartsReady(page);
    await waitForAppReady(page);
  });
  afterAll(() => session?.close());

  it('renders each chart group as a labelled canvas with a data table', async () => {
    for (const chart of charts) {
      const article = page.locator(`article[data-chart="${chart.id}"]`);
      await expect.soft(article.count(), `article[data-chart="${chart.id}"]`).resolves.toBe(1);
      const canvas = article.locator('canvas[role="img"]');
      await expect.soft(canvas.count(), `${chart.id}: canvas[role=img]`).resolves.toBe(1);
      await expect
        .soft(canvas.first().getAttribute('aria-label'), `${chart.id}: canvas aria-label`)
        .resolves.toMatch(/\S/);
      await expect
        .soft(article.locator('table').first().textContent(), `${chart.id}: data table`)
        .resolves.toMatch(/\S/);
    }
  });

  it.each(figures.map((f) => [f.id, f] as const))(
    'draws a bar under the button of %s',
    async (_id, figure) => {
      const probe = await probeBar(page, figure);
      if (typeof probe === 'string') expect.unreachable(probe);
      expect(probe.button.width * probe.button.height, 'button has an area').toBeGreaterThan(0);
      expect(probe.insideCanvas, 'button centre lies over the canvas').toBe(true);
      expect(probe.pixel[3], 'pixel under the button is drawn').toBeGreaterThan(0);
      // A 1px grid line can cross the centre: most of the area around it must be drawn too.
      expect(probe.drawnShare, 'drawn share of the 9×9 px around it').toBeGreaterThanOrEqual(0.5);
      // A painted chart background would make any pixel opaque: the bar must differ from it.
      if (probe.corner[3]! > 0) expect(probe.pixel).not.toEqual(probe.corner);
    },
  );
});

describe('opening a quote', () => {
  // One page and one load for the whole block: each test starts from the bare dashboard
  // (closeQuotes), which a hash change gives without reloading the document.
  let session: RecordedPage;
  let page: Page;
  beforeAll(async () => {
    session = await openRecorded('clicks');
    page = session.page;
    await reloadDashboard(page);
  });
  afterAll(() => session?.close());

  it.each(figures.map((f) => [f.id, f] as const))(
    'clicking the bar of %s at its coordinates shows its quote',
    async (_id, figure) => {
      await closeQuotes(page);
      const button = page.locator(`button[data-figure="${figure.id}"]`);
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      if (!box) expect.unreachable(`button[data-figure="${figure.id}"] is not rendered`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => readQuotePanels(page)).toContainEqual(panelFor(figure));
    },
  );

  it.each(figures.map((f) => [f.id, f] as const))(
    'activating the button of %s (as assistive technology does) shows its quote',
    async (_id, figure) => {
      await closeQuotes(page);
      // The buttons may let the mouse through to the canvas (pointer-events: none), so a
      // pointer click cannot reach them; screen readers dispatch a click on the element itself.
      await page.locator(`button[data-figure="${figure.id}"]`).dispatchEvent('click');
      await expect.poll(() => readQuotePanels(page)).toContainEqual(panelFor(figure));
    },
  );

  it.each(figures.map((f) => [f.id, f] as const))(
    'a click that reaches the canvas itself (Chart.js onClick) on %s shows its quote',
    async (_id, figure) => {
      await closeQuotes(page);
      // Dispatched on the canvas, so the overlay button cannot intercept it.
      await page.evaluate(
        ({ id, chart }) => {
          const article = document.querySelector(`article[data-chart="${chart}"]`);
          const button = article?.querySelector(`button[data-figure="${id}"]`);
          const canvas = article?.querySelector('canvas');
          if (!button || !canvas) throw new Error(`no button or canvas for ${id}`);
          const b = button.getBoundingClientRect();
          const init = {
            bubbles: true,
            cancelable: true,
            clientX: b.left + b.width / 2,
            clientY: b.top + b.height / 2,
          };
          canvas.dispatchEvent(new MouseEvent('mousemove', init));
          canvas.dispatchEvent(new MouseEvent('click', init));
        },
        { id: figure.id, chart: figure.chart },
      );
      await expect.poll(() => readQuotePanels(page)).toContainEqual(panelFor(figure));
    },
  );

  it('Tab reaches the button of every figure in one walk, and Enter on each shows its quote', async () => {
    // One walk from the top of the page, not one per figure: at each figure's button Enter must
    // show that figure's quote; the quote is then closed and the walk goes on from that button.
    await closeQuotes(page);
    const reached: string[] = [];
    for (let presses = 0; presses < 400 && reached.length < figures.length; presses += 1) {
      await page.keyboard.press('Tab');
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-figure'));
      const figure = figures.find((f) => f.id === id);
      if (!figure || reached.includes(figure.id)) continue;
      reached.push(figure.id);
      const focused = await page.evaluateHandle(() => document.activeElement as HTMLElement);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => readQuotePanels(page), {
          message: `Enter on button[data-figure="${figure.id}"]`,
        })
        .toContainEqual(panelFor(figure));
      await setHash(page, '#/');
      await expect.poll(() => readQuotePanels(page)).toEqual([]);
      await focused.evaluate((el) => el.focus());
      await focused.dispose();
    }
    expect(
      figures.map((f) => f.id).filter((id) => !reached.includes(id)),
      'figures whose button Tab never reached (400 presses)',
    ).toEqual([]);
  });
});

describe('source view', () => {
  it.each(sources.map((s) => [s.id, s] as const))(
    'shows the whole text of %s and marks every quote in it',
    async (_id, source) => {
      const cited = figures.filter((f) => f.quote.sourceId === source.id);
      const page = await open(
        `source ${source.id}`,
        `#/source/${source.id}?figure=${cited[0]?.id}`,
      );
      const view = page.locator('[data-testid="source-view"]');
      await view.waitFor({ state: 'visible' });
      await expect
        .poll(async () => squash(await view.innerText()))
        .toContain(squash(sourceText(source)));
      const runs = await readMarkedRuns(page);
      const text = runs.map((r) => r.text).join('');
      const covered = runs.flatMap((r) => [...r.text].map(() => r.figures.length > 0));
      for (const figure of cited) {
        const where = `mark[data-figure="${figure.id}"]`;
        const own = runs.filter((r) => r.figures.includes(figure.id)).map((r) => r.text);
        expect.soft(own.length, `${where}: at least one`).toBeGreaterThan(0);
        // Figures that share a sentence share its marks: each mark names one figure, and the
        // stated words name their own figure.
        expect
          .soft(squash(own.join(' ')), `${where}: has the stated words`)
          .toContain(squash(figure.stated.text));
        for (const part of own) {
          expect.soft(figure.quote.exact, `${where}: text lies in the quote`).toContain(part);
        }
        const at = text.indexOf(figure.quote.exact);
        expect
          .soft(at, `${figure.id}: quote appears verbatim in the source view`)
          .toBeGreaterThan(-1);
        const unmarked = [...figure.quote.exact].filter((_c, i) => !covered[at + i]).join('');
        expect.soft(unmarked, `${figure.id}: quote text outside any mark[data-figure]`).toBe('');
      }
    },
  );
});

/** One figure of each chart: a deep link must open the quote inside the right chart's card. */
const onePerChart = charts
  .map((chart) => figures.find((f) => f.chart === chart.id))
  .filter((f): f is PublishedFigure => f !== undefined);

describe('hash routes', () => {
  // One row per chart, not per figure: every figure's quote panel is checked above ("opening a
  // quote"), and parsing every route is test/model/route.property.test.ts's job. The first
  // figure's fresh load is the axe test's with a quote panel open (it checks the same panel), and
  // a fresh load of #/source/<id>?figure=<id> is each "source view" test's.
  it.each(onePerChart.filter((f) => f !== firstFigure).map((f) => [f.id, f] as const))(
    'a fresh load of #/figure/%s opens its quote',
    async (_id, figure) => {
      const page = await open(`deep figure ${figure.id}`, `#/figure/${figure.id}`);
      await expect.poll(() => readQuotePanels(page)).toContainEqual(panelFor(figure));
      await waitForChartsReady(page);
    },
  );

  it('back and forward move between the quote and the source view', async () => {
    const figure = firstFigure!;
    const page = await open('history', `#/figure/${figure.id}`);
    const view = page.locator('[data-testid="source-view"]');
    await expect.poll(() => readQuotePanels(page)).toContainEqual(panelFor(figure));
    await page
      .locator('[data-testid="quote-panel"]:visible a', { hasText: /show in source/i })
      .first()
      .click();
    await view.waitFor({ state: 'visible' });
    expect(new URL(page.url()).hash).toBe(`#/source/${figure.quote.sourceId}?figure=${figure.id}`);

    await page.goBack();
    expect(new URL(page.url()).hash).toBe(`#/figure/${figure.id}`);
    await view.waitFor({ state: 'hidden' });
    await expect.poll(() => readQuotePanels(page)).toContainEqual(panelFor(figure));
    await expect.poll(() => page.locator('article[data-chart] canvas').count()).toBe(charts.length);

    await page.goForward();
    await view.waitFor({ state: 'visible' });
  });

  it('an unknown figure id shows an alert naming it while the charts still render', async () => {
    const page = await open('unknown id', '#/figure/nope');
    const alert = page.locator('[role="alert"]', { hasText: 'nope' });
    await alert.first().waitFor({ state: 'visible' });
    await waitForChartsReady(page);
    expect(await page.locator('article[data-chart] canvas').count()).toBe(charts.length);
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no violations on the dashboard', async () => {
    const page = await open('axe dashboard');
    await waitForChartsReady(page);
    await waitForAppReady(page);
    expect(summariseViolations(await runAxe(page))).toEqual([]);
  });

  it('finds no violations with a quote panel open', async () => {
    const figure = firstFigure!;
    const page = await open('axe quote', `#/figure/${figure.id}`);
    await waitForChartsReady(page);
    await expect.poll(() => readQuotePanels(page)).toContainEqual(panelFor(figure));
    expect(summariseViolations(await runAxe(page))).toEqual([]);
  });

  it('finds no violations on the source view', async () => {
    const figure = firstFigure!;
    const page = await open('axe source', `#/source/${figure.quote.sourceId}?figure=${figure.id}`);
    await page.locator('[data-testid="source-view"]').waitFor({ state: 'visible' });
    expect(summariseViolations(await runAxe(page))).toEqual([]);
  });
});

describe('small screens', () => {
  // The dashboard itself at 320-1280 px is labels.test.ts's (its loads check the scroll width).
  it('has no horizontal scrollbar at 360px wide with a quote open or on the source view', async () => {
    const figure = firstFigure!;
    const viewport = { viewport: { width: 360, height: 800 } };
    const scrollWidth = (page: Page): Promise<number> =>
      page.evaluate(() => document.documentElement.scrollWidth);

    const quote = await open('360 quote', `#/figure/${figure.id}`, viewport);
    await waitForChartsReady(quote);
    await expect.poll(() => readQuotePanels(quote)).toContainEqual(panelFor(figure));
    expect.soft(await scrollWidth(quote), 'quote panel open').toBeLessThanOrEqual(360);

    const source = await open(
      '360 source',
      `#/source/${figure.quote.sourceId}?figure=${figure.id}`,
      viewport,
    );
    await source.locator('[data-testid="source-view"]').waitFor({ state: 'visible' });
    expect.soft(await scrollWidth(source), 'source view').toBeLessThanOrEqual(360);
  });
});

// Runs last (tests in a file run in order): checks every page the tests above opened.
/** The parts of dist/data/records.json these tests rely on. */
interface PublishedClaim {
  claimId: string;
  comparisons: { recordId: string; arithmetic: string }[];
  searched?: string;
}
const published = readJson<{
  records: { id: string; provenance: { url: string } }[];
  claims: PublishedClaim[];
}>('data/records.json');

/** Opens every "Claim and record" disclosure on the page and waits for their records. */
async function openClaimRecords(page: Page): Promise<void> {
  const closed = page.locator('details.claim-record:not([open]) > summary');
  while ((await closed.count()) > 0) await closed.first().click();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details.claim-record')].every(
      (d) => d.querySelector('section.claim') && !d.querySelector('.loading'),
    ),
  );
}

describe('claim and record (issue 17)', () => {
  it.each([
    ['the dashboard', ''],
    ['Compare, with all the figures', `#/compare?figures=${figures.map((f) => f.id).join(',')}`],
  ])(
    '%s shows every claim once: its record with the build’s arithmetic, or "No record found"',
    async (_name, hash) => {
      const page = await open(`claim and record: ${hash || 'dashboard'}`, hash);
      await waitForChartsReady(page);
      // The disclosures are the app's: a summary clicked before it has taken over the prerendered
      // cards toggles with no listener to load the records.
      await waitForAppReady(page);
      await openClaimRecords(page);
      // Putin's statement among them: answered by all six figures, shown on one card only.
      expect(published.claims.length).toBe(figures.length + 1);
      for (const claim of published.claims) {
        const section = page.locator(`section.claim[data-claim="${claim.claimId}"]`);
        await expect(section.count(), claim.claimId).resolves.toBe(1);
        const text = squash((await section.textContent()) ?? '');
        if (claim.comparisons.length === 0) {
          expect(text).toContain(`No record found. Searched: ${squash(claim.searched ?? '')}`);
          continue;
        }
        for (const c of claim.comparisons) {
          expect(text).toContain(squash(c.arithmetic));
          const url = published.records.find((r) => r.id === c.recordId)?.provenance.url;
          await expect(section.locator(`a[href="${url}"]`).count()).resolves.toBe(1);
        }
      }
    },
  );
});

describe('whole run', () => {
  it('logged no console errors and made no request off 127.0.0.1', async () => {
    expect(sessions.length).toBeGreaterThan(0);
    const errors = sessions.flatMap(({ label, session }) =>
      session.consoleErrors.map((e) => `${label}: ${e}`),
    );
    const offOrigin = sessions.flatMap(({ label, session }) =>
      session.offOrigin().map((u) => `${label}: ${u}`),
    );
    expect(errors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });
});
