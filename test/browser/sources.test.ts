// Several sources in real Chromium: builds the site from a data folder holding the real document
// plus an invented one (test/fixtures/twoSourceData.ts) into a temp folder, then checks the source
// list, charts grouped by source, each source's page, one-click quotes and "Copy as figure
// annotation". It tests the published DOM contract (data-* hooks, roles, links) only.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  holdClipboard,
  launchBrowser,
  waitForChartsReady,
  type OpenPageOptions,
  type RecordedPage,
  closeSessions,
  pagePool,
  type PagePool,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { buildSiteFrom } from '../support/siteBuild.ts';
import { SECOND_SOURCE_ID, twoSourceDataDir } from '../fixtures/twoSourceData.ts';

interface Published {
  figures: { id: string; chart: string; quote: { sourceId: string; exact: string } }[];
  charts: { id: string; figures: string[] }[];
  sources: { id: string; title: string; path: string }[];
}

let dataDir: string;
let outDir: string;
let site: Published;
let server: StaticServer;
let browser: Browser;
let pages: PagePool;
const sessions: RecordedPage[] = [];

beforeAll(async () => {
  dataDir = twoSourceDataDir();
  outDir = mkdtempSync(join(tmpdir(), 'cited-two-sources-dist-'));
  // A failed validation fails the build, so this also proves the second source's files are valid.
  buildSiteFrom(dataDir, outDir);
  const read = (p: string) =>
    JSON.parse(readFileSync(join(outDir, 'data', p), 'utf8')) as Published;
  site = { ...read('figures.json'), sources: read('sources.json').sources };
  server = await startStaticServer(outDir);
  browser = await launchBrowser();
  pages = pagePool(browser);
}, 240_000);

// Each test's pages go back to the pool when it ends (their records stay in `sessions`).
afterEach(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});

afterAll(async () => {
  await pages?.close();
  const { errors, offOrigin } = await closeSessions(sessions, browser, server);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  expect(errors, 'console errors across the run').toEqual([]);
  expect(offOrigin, 'requests to other origins').toEqual([]);
});

async function open(hash = '', options: OpenPageOptions = {}): Promise<Page> {
  const session = await pages.open(`${server.url}index.html${hash}`, options);
  sessions.push(session);
  return session.page;
}

const sourceOfChart = (chartId: string): string => {
  const chart = site.charts.find((c) => c.id === chartId)!;
  return site.figures.find((f) => f.id === chart.figures[0])!.quote.sourceId;
};
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Scrolls a figure's chart into view: cards far off screen draw (and get bar buttons) when near. */
async function showChartOf(page: Page, id: string): Promise<void> {
  const chart = site.figures.find((f) => f.id === id)!.chart;
  await page.locator(`article[data-chart="${chart}"]`).first().scrollIntoViewIfNeeded();
}

/** Scrolls a figure's bar into view and reports whether a drawn pixel lies under its button. */
async function barDrawn(page: Page, id: string): Promise<boolean> {
  await showChartOf(page, id);
  return page.evaluate((figureId) => {
    const b = document.querySelector(`button[data-figure="${figureId}"]`);
    const canvas = b?.closest('article')?.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!b || !canvas || !ctx) return false;
    const r = b.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    const x = Math.floor((r.left + r.width / 2 - c.left) * (canvas.width / c.width));
    const y = Math.floor((r.top + r.height / 2 - c.top) * (canvas.height / c.height));
    return ctx.getImageData(x, y, 1, 1).data[3]! > 0;
  }, id);
}

/** Clicks a figure's bar at its coordinates (as a mouse does). */
async function clickBar(page: Page, id: string): Promise<void> {
  await showChartOf(page, id);
  const button = page.locator(`button[data-figure="${id}"]`).first();
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) expect.unreachable(`button[data-figure="${id}"] has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const visibleQuotes = (page: Page): Promise<string[]> =>
  page.$$eval('[data-testid="quote-panel"] blockquote', (els) =>
    els.filter((e) => e.checkVisibility()).map((e) => (e as HTMLElement).innerText),
  );

describe('two sources', () => {
  it('publishes both sources and every chart of each', () => {
    expect(site.sources.map((s) => s.id)).toContain(SECOND_SOURCE_ID);
    expect(site.sources).toHaveLength(2);
    expect(new Set(site.charts.map((c) => sourceOfChart(c.id)))).toEqual(
      new Set(site.sources.map((s) => s.id)),
    );
  });

  it('names the collection and lists each source with a link to its page', async () => {
    const page = await open();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Figures cited in 2 sources');
    const links = await page.$$eval('nav[data-source-list] a', (as) =>
      as.map((a) => [a.textContent, a.getAttribute('href')]),
    );
    expect(links).toEqual(site.sources.map((s) => [s.title, `#/source/${s.id}`]));
  });

  it('charts every figure, in sections grouped under their source heading', async () => {
    const page = await open();
    await waitForChartsReady(page);
    // Document order: [heading, chart, chart, …] per source, each chart inside its source's sections.
    const order = await page.$$eval(
      '[data-source-link], section[data-source] article[data-chart]',
      (els) =>
        els.map((e) =>
          e.matches('[data-source-link]')
            ? `source:${e.getAttribute('data-source-link')}`
            : `${e.closest('section')!.getAttribute('data-source')}:${e.getAttribute('data-chart')}`,
        ),
    );
    const expected = site.sources.flatMap((s) => [
      `source:${s.id}`,
      ...site.charts.filter((c) => sourceOfChart(c.id) === s.id).map((c) => `${s.id}:${c.id}`),
    ]);
    // Within a source, charts stand in topic order: compare as sets per source, order of sources.
    expect(order.filter((o) => o.startsWith('source:'))).toEqual(
      expected.filter((o) => o.startsWith('source:')),
    );
    for (const s of site.sources) {
      const block = (list: string[]) => {
        const from = list.indexOf(`source:${s.id}`);
        const next = list.findIndex((o, i) => i > from && o.startsWith('source:'));
        return new Set(list.slice(from + 1, next < 0 ? undefined : next));
      };
      expect(block(order), `charts under ${s.id}`).toEqual(block(expected));
    }
    for (const f of site.figures) {
      await expect.poll(() => barDrawn(page, f.id), { message: `bar of ${f.id}` }).toBe(true);
    }
  });

  it('opens a quote of either source in one click on the dashboard', async () => {
    const page = await open();
    await waitForChartsReady(page);
    for (const s of site.sources) {
      const figure = site.figures.find((f) => f.quote.sourceId === s.id)!;
      await clickBar(page, figure.id);
      await expect
        .poll(async () => (await visibleQuotes(page)).map(squash))
        .toContainEqual(expect.stringContaining(squash(figure.quote.exact)));
    }
  });

  it.each([0, 1])(
    'source %i has a page with its text, its marks and only its charts',
    async (i) => {
      const source = site.sources[i]!;
      const page = await open(`#/source/${source.id}`);
      const text = page.locator('[data-testid="source-view"] .text');
      await text.waitFor();
      const verbatim = readFileSync(join(outDir, 'data', 'sources', `${source.id}.txt`), 'utf8');
      expect(squash(await text.innerText())).toBe(squash(verbatim));
      const mine = site.figures.filter((f) => f.quote.sourceId === source.id);
      for (const f of mine) {
        expect(
          await text.locator(`mark[data-figure="${f.id}"]`).count(),
          `mark of ${f.id}`,
        ).toBeGreaterThan(0);
      }
      const charts = await page.$$eval('[data-source-charts] article[data-chart]', (els) =>
        els.map((e) => e.getAttribute('data-chart')),
      );
      expect(new Set(charts)).toEqual(
        new Set(site.charts.filter((c) => sourceOfChart(c.id) === source.id).map((c) => c.id)),
      );
      for (const f of mine) {
        await expect.poll(() => barDrawn(page, f.id), { message: `bar of ${f.id}` }).toBe(true);
      }
    },
  );

  it('on a source page, one click on a bar marks its sentence and opens its quote', async () => {
    const page = await open(`#/source/${SECOND_SOURCE_ID}`, {
      viewport: { width: 1280, height: 900 },
    });
    const figure = site.figures.filter((f) => f.quote.sourceId === SECOND_SOURCE_ID).at(-1)!;
    await page.locator('[data-source-charts] canvas').first().waitFor();
    await clickBar(page, figure.id);
    await expect
      .poll(() => new URL(page.url()).hash)
      .toBe(`#/source/${SECOND_SOURCE_ID}?figure=${figure.id}`);
    await expect
      .poll(async () => (await visibleQuotes(page)).map(squash))
      .toContainEqual(expect.stringContaining(squash(figure.quote.exact)));
    await expect.poll(() => page.locator('.text a.focused').count()).toBeGreaterThan(0);
  });
});

describe('Copy as figure annotation', () => {
  /** Selects `needle` in the source text (first occurrence, across runs) and returns its code points. */
  function selectText(page: Page, needle: string) {
    return page.evaluate((n) => {
      const root = document.querySelector('[data-testid="source-view"] .text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) nodes.push(t as Text);
      const full = nodes.map((t) => t.data).join('');
      const at = full.indexOf(n);
      const locate = (i: number): [Text, number] => {
        let base = 0;
        for (const t of nodes) {
          if (i <= base + t.data.length) return [t, i - base];
          base += t.data.length;
        }
        throw new Error('outside the text');
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + n.length));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const start = Array.from(full.slice(0, at)).length;
      return { start, end: start + Array.from(n).length };
    }, needle);
  }

  it('copies a snippet with both selectors and the guessed value, and confirms it', async () => {
    const page = await open(`#/source/${SECOND_SOURCE_ID}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-testid="source-view"] .text').waitFor();
    // Starts in plain text and ends inside a mark, so the range crosses runs.
    const needle = 'handled 35% of all bulk cargo, while Pier 7';
    const offsets = await selectText(page, needle);
    const button = page.getByRole('button', { name: 'Copy as figure annotation' });
    await button.waitFor();
    await button.focus(); // keyboard reachable: a real button in the tab order
    // The clipboard is the whole browser's: held from the copy to the last read (holdClipboard).
    onTestFinished(await holdClipboard());
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-annotation-bar] [role="status"]').innerText())
      .toMatch(/^Copied/);
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as {
      quote: Record<string, unknown>;
      stated: { text: string };
      value: number;
      kind: string;
    };
    expect(copied.quote).toMatchObject({ sourceId: SECOND_SOURCE_ID, exact: needle, ...offsets });
    expect(copied).toMatchObject({
      kind: 'share',
      value: 35,
      stated: { text: '35% of all bulk cargo' },
    });
  });

  it('shows the snippet in a text box when the clipboard refuses', async () => {
    const page = await open(`#/source/${SECOND_SOURCE_ID}`);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.locator('[data-testid="source-view"] .text').waitFor();
    await selectText(page, 'The board collected $42 million in fees');
    await page.getByRole('button', { name: 'Copy as figure annotation' }).click();
    const box = page.getByRole('textbox', { name: 'Figure annotation JSON' });
    await box.waitFor();
    const snippet = JSON.parse(await box.inputValue()) as { value: number; unit: string };
    expect(snippet).toMatchObject({ value: 42e6, unit: 'USD' });
  });
});
