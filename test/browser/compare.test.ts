// Browser tests of the compare view (#/compare?figures=…) in real Chromium against the built site:
// which charts a link draws, reload, back/forward, bad ids, the picker, quotes, sharing, axe (its
// width at 320-1280 px is labels.test.ts's).
// Tests the published DOM contract only (data-* hooks, roles, URLs); never imports src/.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  holdClipboard,
  launchBrowser,
  requireBuiltSite,
  runAxe,
  summariseViolations,
  waitForAppReady,
  waitForChartsReady,
  type OpenPageOptions,
  type RecordedPage,
  pagePool,
  type PagePool,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { downloadName } from '../../src/export/comparison.ts';

interface PublishedFigure {
  id: string;
  kind: 'change' | 'share' | 'amount';
  unit: string;
  quote: { sourceId: string; exact: string };
  stated: { text: string };
  chart: string;
}

const dist = requireBuiltSite();
const { figures } = JSON.parse(readFileSync(resolve(dist, 'data/figures.json'), 'utf8')) as {
  figures: PublishedFigure[];
};
const axisOf = (f: PublishedFigure) => (f.kind === 'amount' ? `amount-${f.unit}` : f.kind);
const ofKind = (kind: PublishedFigure['kind']) =>
  figures.filter((f) => f.kind === kind).map((f) => f.id);
const changes = ofKind('change');
const shares = ofKind('share');

let server: StaticServer;
let browser: Browser;
let pages: PagePool;
/** Every page opened in this file, so the last test can check the whole run for errors. */
const sessions: { label: string; session: RecordedPage }[] = [];
/** Pages opened by the current test: given back to the pool after it (their records stay above). */
const openedByTest: RecordedPage[] = [];

beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  pages = pagePool(browser);
});

// A kept page is reused by the next test's open (a new context costs Chromium about 2 CPU-s).
afterEach(async () => {
  await Promise.all(openedByTest.splice(0).map((session) => session.close()));
});

afterAll(async () => {
  await pages?.close();
  await browser?.close();
  await server?.close();
});

const url = (hash: string) => `${server.url}index.html${hash}`;
const compareHash = (ids: readonly string[]) => `#/compare?figures=${ids.join(',')}`;

async function open(label: string, hash: string, options: OpenPageOptions = {}): Promise<Page> {
  const session = await pages.open(url(hash), options);
  sessions.push({ label, session });
  openedByTest.push(session);
  await session.page.locator('[data-testid="compare-view"]').waitFor();
  return session.page;
}

/** Each drawn chart's axis key and the figures that have a bar button in it, in order. */
function readCharts(page: Page): Promise<[string, string[]][]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-compare-chart]')].map((el) => [
      el.dataset.compareChart ?? '',
      [...el.querySelectorAll<HTMLElement>('button[data-figure]')].map(
        (b) => b.dataset.figure ?? '',
      ),
    ]),
  );
}

/** The charts a selection must give: figures of one axis together, axes in first-seen order. */
function expectedCharts(ids: readonly string[]): [string, string[]][] {
  const out = new Map<string, string[]>();
  for (const id of ids) {
    const f = figures.find((x) => x.id === id)!;
    out.set(axisOf(f), [...(out.get(axisOf(f)) ?? []), id]);
  }
  return [...out];
}

describe('a compare link', () => {
  it('draws two changes on one index chart, and the same after a reload', async () => {
    const page = await open('two changes', compareHash(changes));
    await waitForChartsReady(page);
    await expect.poll(() => readCharts(page)).toEqual([['change', changes]]);
    await page.reload();
    await waitForChartsReady(page);
    await expect.poll(() => readCharts(page)).toEqual([['change', changes]]);
    expect(await page.locator('[data-testid="compare-separation"]').count()).toBe(0);
  });

  it('puts figures of different kinds into separate charts and says why', async () => {
    const ids = [
      shares[0]!,
      ...changes,
      ...figures.map((f) => f.id).filter((id) => !changes.includes(id) && id !== shares[0]),
    ];
    const page = await open('all kinds', compareHash(ids));
    await waitForChartsReady(page);
    await expect.poll(() => readCharts(page)).toEqual(expectedCharts(ids));
    expect((await readCharts(page)).map(([axis]) => axis)).toEqual([
      'share',
      'change',
      'amount-USD',
    ]);
    await expect
      .poll(() => page.locator('[data-testid="compare-separation"]').innerText())
      .toMatch(/3 separate charts: shares, changes and amounts measure different things/);
  });

  it('names unknown ids in a visible message, drops them, and collapses duplicates', async () => {
    const [a, b] = changes;
    const page = await open('bad ids', compareHash([a!, 'no-such-figure', a!, b!, a!]));
    const alert = page.locator('[data-testid="compare-unknown"]');
    await alert.waitFor({ state: 'visible' });
    expect(await alert.innerText()).toContain('"no-such-figure"');
    expect(await alert.getAttribute('role')).toBe('alert');
    await expect.poll(() => readCharts(page)).toEqual([['change', [a!, b!]]]);
    expect(await page.locator('ol[aria-label^="Figures in this comparison"] li').count()).toBe(2);
  });

  it('shows the picker, not an empty chart, when nothing is selected', async () => {
    for (const hash of ['#/compare', '#/compare?figures=', '#/compare?figures=nope']) {
      const page = await open(`empty ${hash}`, hash);
      await page.locator('[data-testid="figure-picker"]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="compare-view"] canvas').count(), hash).toBe(0);
      expect(
        await page.locator('[data-testid="figure-picker"] input[type="checkbox"]').count(),
      ).toBe(figures.length);
      // Given back, so the next hash loads fresh in the same kept page.
      await openedByTest.pop()?.close();
    }
  });
});

describe('choosing figures', () => {
  it('adds figures from the picker by keyboard, each change a history entry; back and forward work', async () => {
    const [a, b] = changes;
    // A wide window: the picker stays beside the charts after the first pick (no disclosure).
    const page = await open('picker', '#/compare', { viewport: { width: 1280, height: 900 } });
    await page
      .getByRole('searchbox', { name: /search figures/i })
      .fill(a!.split('-').slice(0, 3).join(' '));
    await page.getByRole('searchbox', { name: /search figures/i }).press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).hash).toBe(compareHash([a!]));
    await expect.poll(() => readCharts(page)).toEqual([['change', [a!]]]);

    expect(await page.locator('details.add').count()).toBe(0);
    await page.locator(`[data-testid="figure-picker"] input[data-figure="${b}"]`).check();
    await expect.poll(() => new URL(page.url()).hash).toBe(compareHash([a!, b!]));
    await expect.poll(() => readCharts(page)).toEqual([['change', [a!, b!]]]);

    await page.goBack();
    await expect.poll(() => readCharts(page)).toEqual([['change', [a!]]]);
    await page.goBack();
    await expect.poll(() => page.locator('[data-testid="compare-view"] canvas').count()).toBe(0);
    await page.goForward();
    await page.goForward();
    await expect.poll(() => readCharts(page)).toEqual([['change', [a!, b!]]]);
  });

  it('keeps each picker heading inside its box and each checkbox full size in the narrow column', async () => {
    // Beside the charts the picker is a narrow column, so a group's heading (topic · source title)
    // wraps onto several lines: it must sit inside its box, never across the box's top border,
    // and a checkbox in a wrapping row must not be squeezed below its own size.
    const page = await open('picker-column', compareHash(changes.slice(0, 2)), {
      viewport: { width: 1280, height: 900 },
    });
    const picker = page.locator('[data-testid="figure-picker"]');
    await picker.locator('fieldset').first().waitFor();
    const boxes = await picker.evaluate((root) =>
      [...root.querySelectorAll('fieldset')].map((set) => {
        const box = set.getBoundingClientRect();
        const legend = set.querySelector('legend')!.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(set).borderTopWidth);
        return {
          wraps: legend.height > 2 * parseFloat(getComputedStyle(set).fontSize),
          headingBelowBorder: legend.top - (box.top + border),
          checkboxes: [...set.querySelectorAll('input[type="checkbox"]')].map(
            (c) => c.getBoundingClientRect().width,
          ),
        };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    // The layout this guards: a heading long enough to wrap in the column.
    expect(boxes.some((b) => b.wraps)).toBe(true);
    for (const b of boxes) {
      expect(b.headingBelowBorder).toBeGreaterThanOrEqual(0);
      for (const width of b.checkboxes) expect(width).toBeGreaterThanOrEqual(12);
    }
  });

  it('reorders and removes figures through the URL', async () => {
    const [a, b] = changes;
    const page = await open('reorder', compareHash([a!, b!]));
    await page
      .getByRole('button', { name: /move .* later/i })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).hash).toBe(compareHash([b!, a!]));
    // The URL changes in the click; the list follows on the page's hashchange. Until it has, the
    // first "Remove" button is still the one of a.
    await expect.poll(() => readCharts(page)).toEqual([['change', [b!, a!]]]);
    await page
      .getByRole('button', { name: /^remove /i })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).hash).toBe(compareHash([a!]));
  });

  it('is one click from every dashboard card', async () => {
    const session = await pages.open(url(''));
    sessions.push({ label: 'dashboard compare link', session });
    openedByTest.push(session);
    const { page } = session;
    await waitForChartsReady(page);
    await waitForAppReady(page); // the app's own links and buttons are in place (waitForAppReady)
    const links = page.locator('article[data-chart] a[data-compare-link]');
    const charts = new Set(figures.map((f) => f.chart));
    expect(await links.count()).toBe(charts.size);
    await links.first().click();
    await page.locator('[data-testid="compare-view"]').waitFor();
    const first = figures[0]!.chart;
    await expect
      .poll(() => readCharts(page).then((c) => c.flatMap(([, ids]) => ids)))
      .toEqual(figures.filter((f) => f.chart === first).map((f) => f.id));
  });
});

describe('quotes and derived comparisons', () => {
  it('each bar opens its own quote; the quotes stand side by side with the statement they answer', async () => {
    const ids = figures.map((f) => f.id);
    const page = await open('quotes', compareHash(ids));
    await waitForChartsReady(page);
    const panel = page.locator('[data-compare-chart] [data-testid="quote-panel"]');
    const panelText = () => panel.innerText().then((t) => t.replace(/\s+/g, ' '));
    for (const f of figures) {
      // The mouse reaches the canvas (Chart.js onClick); the overlay buttons are for the keyboard.
      const button = page.locator(`[data-compare-chart] button[data-figure="${f.id}"]`);
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(panelText).toContain(f.quote.exact);
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    }
    // The keyboard path: focus a bar's button and press Enter.
    await page.locator(`[data-compare-chart] button[data-figure="${figures[0]!.id}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(panelText).toContain(figures[0]!.quote.exact);
    const side = page.locator('[data-testid="quotes-side-by-side"]');
    // One entry per sentence; every figure's stated words marked in it.
    const sentences = new Set(figures.map((f) => `${f.quote.sourceId}:${f.quote.exact}`));
    expect(await side.locator('[data-quote]').count()).toBe(sentences.size);
    expect(await side.locator('[data-quote] mark').allInnerTexts()).toEqual(
      figures.map((f) => f.stated.text),
    );
    expect(await side.locator('[data-context]').innerText()).toMatch(/not increasing/);
  });

  it('derived comparisons show arithmetic, and say when the sources lack a number', async () => {
    const page = await open('derived', compareHash(changes));
    const list = page.locator('[data-testid="derived-list"]');
    await list.waitFor();
    expect(await list.locator('[data-status="derived"]').first().innerText()).toMatch(
      /Derived[\s\S]*times[\s\S]*Arithmetic: .* ÷ .* =/,
    );
    expect(await list.locator('[data-status="unavailable"]').first().innerText()).toMatch(
      /Not available[\s\S]*does not give/,
    );
  });
});

describe('sharing (one page: copying the link, then the PNG download)', () => {
  const ids = [...changes, ...shares];
  let session: RecordedPage;
  let page: Page;
  beforeAll(async () => {
    session = await pages.open(url(compareHash(ids)), {
      acceptDownloads: true,
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    sessions.push({ label: 'share', session });
    page = session.page;
    await page.locator('[data-testid="compare-view"]').waitFor();
    await waitForChartsReady(page);
  });
  afterAll(() => session?.close());

  it('copies the link with a visible confirmation, and offers the embed snippet', async () => {
    // The clipboard is the whole browser's: held from the copy to the last read (holdClipboard).
    onTestFinished(await holdClipboard());
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByTestId('share-status').innerText()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url(compareHash(ids)));
    const snippet = await page.locator('[data-testid="compare-share"] textarea').inputValue();
    expect(snippet).toContain(`embed.html?figures=${ids.join(',')}`);
  });

  it('downloads a PNG with an opaque background', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    // A short name: the first figure and how many more (downloadName in export/comparison.ts).
    expect(download.suggestedFilename()).toBe(downloadName(ids, 'png'));
    // The browser is shared over a connection, so the file is saved locally before reading it.
    const saved = join(tmpdir(), `cited-compare-${process.pid}.png`);
    await download.saveAs(saved);
    const png = readFileSync(saved);
    rmSync(saved);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16), 'width').toBeGreaterThan(1000);
    expect(png[25], 'colour type: RGB or RGBA').toBeOneOf([2, 6]);
    // Decoded here (Skia, as the image tests do), not sent back into the page as a number array.
    const image = await loadImage(png);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    let translucent = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] !== 255) translucent += 1;
    expect(translucent, 'pixels that are not opaque').toBe(0);
  });
});

// No horizontal scrollbar at 320-1280 px: labels.test.ts's loads of this view with every figure.
describe('accessibility', () => {
  it('finds no axe violations with every figure compared and a quote open', async () => {
    const page = await open('axe', compareHash(figures.map((f) => f.id)));
    await waitForChartsReady(page);
    await page.locator(`[data-compare-chart] button[data-figure="${figures[0]!.id}"]`).focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-compare-chart] [data-testid="quote-panel"]').waitFor();
    expect(summariseViolations(await runAxe(page))).toEqual([]);
  });

  it('finds no axe violations on the empty picker', async () => {
    const page = await open('axe empty', '#/compare');
    expect(summariseViolations(await runAxe(page))).toEqual([]);
  });
});

describe('whole run', () => {
  it('logged no console errors and made no request off 127.0.0.1', () => {
    expect(
      sessions.flatMap(({ label, session }) => session.consoleErrors.map((e) => `${label}: ${e}`)),
    ).toEqual([]);
    expect(
      sessions.flatMap(({ label, session }) => session.offOrigin().map((u) => `${label}: ${u}`)),
    ).toEqual([]);
  });
});
