// A multi-source corpus read in chunks, in real Chromium: builds 200 synthetic figures in 20
// sources (too large to inline, so the page carries only its first view) into a temp folder and
// checks which data files each view fetches: none for the first view, exactly the chunks a deep
// link, compare, a picker search hit, an embed or "Show more sources" (a page of the source list,
// never the whole index) draws, and a clear,
// retryable error for a broken chunk on the dashboard and in the embed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  waitForAppReady,
  waitForChartsReady,
  type RecordedPage,
  closeSessions,
  pagePool,
  type PagePool,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';
import { buildSiteFrom } from '../support/siteBuild.ts';
import { writeScaleData } from '../../src/bench/scaleData.ts';
import { FIRST_VIEW_SOURCES, SOURCES_PER_PAGE } from '../../src/model/dashboardLayout.ts';
import { lookupBuckets, lookupPath } from '../../src/model/dataIndex.ts';

interface IndexFile {
  sources: { id: string; title: string }[];
  charts: { id: string; sourceId: string }[];
  figures: { id: string; sourceId: string; chart: string; label: string }[];
}

let dir: string;
let outDir: string;
let index: IndexFile;
let server: StaticServer;
let browser: Browser;
let pages: PagePool;
const sessions: RecordedPage[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cited-chunks-'));
  writeScaleData(join(dir, 'data'), 200, 20);
  outDir = join(dir, 'dist');
  buildSiteFrom(join(dir, 'data'), outDir);
  index = JSON.parse(readFileSync(join(outDir, 'data/index.json'), 'utf8')) as IndexFile;
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
  if (dir) rmSync(dir, { recursive: true, force: true });
  expect(offOrigin).toEqual([]);
  // The broken-chunk case logs nothing: its error is on the page.
  expect(errors).toEqual([]);
});

async function open(hash: string): Promise<RecordedPage> {
  const s = await pages.open(`${server.url}index.html${hash}`);
  sessions.push(s);
  await waitForAppReady(s.page);
  return s;
}

async function openEmbed(query: string): Promise<RecordedPage> {
  const s = await pages.open(`${server.url}embed.html${query}`);
  sessions.push(s);
  return s;
}

/** The lookup file that holds a figure's or chart's id (as many files as the build wrote). */
const lookupOf = (id: string) =>
  lookupPath(id, lookupBuckets(index.figures.length + index.charts.length));

/** The data files a session fetched, relative to the site, in order. */
const dataRequests = (s: RecordedPage) =>
  s.requests
    .map((u) => new URL(u).pathname.slice(1))
    .filter((p) => p.startsWith('data/') && p.endsWith('.json'));

const sourceOf = (n: number) => index.sources[n]!.id;
const figureIn = (n: number) => index.figures.find((f) => f.sourceId === sourceOf(n))!;

describe('a corpus too large to inline, read in chunks', () => {
  it('draws the first view from the page alone: no figures.json, no index, no chunk', async () => {
    const s = await open('');
    await waitForChartsReady(s.page);
    const shown = await s.page.$$eval('section.topic[data-source]', (els) => [
      ...new Set(els.map((e) => e.getAttribute('data-source'))),
    ]);
    expect(shown).toEqual(index.sources.slice(0, FIRST_VIEW_SOURCES).map((x) => x.id));
    expect(dataRequests(s)).toEqual([]);
    // The header counts the corpus, not the sources the first view carries.
    expect(await s.page.locator('h1').first().textContent()).toBe(
      `Figures cited in ${index.sources.length} sources`,
    );
  });

  it('"Show more sources" reads the first page of the source list (not the index) and exactly the next sources’ chunks', async () => {
    const s = await open('');
    await s.page.getByRole('button', { name: /more sources/ }).click();
    const next = index.sources.slice(FIRST_VIEW_SOURCES, FIRST_VIEW_SOURCES + SOURCES_PER_PAGE);
    await s.page
      .locator(`section.topic[data-source="${next.at(-1)!.id}"]`)
      .first()
      .waitFor();
    expect(dataRequests(s)).toEqual([
      'data/source-pages/0.json',
      ...next.map((x) => `data/chunks/${x.id}.json`),
    ]);
  });

  it('a figure link into another source reads its lookup file and exactly that source’s chunk', async () => {
    const f = figureIn(17);
    const s = await open(`#/figure/${f.id}`);
    await s.page.locator(`#chart-${f.chart}`).waitFor();
    await waitForChartsReady(s.page);
    expect(dataRequests(s)).toEqual([lookupOf(f.id), `data/chunks/${sourceOf(17)}.json`]);
    expect(await s.page.locator('.notice[role="alert"]').count()).toBe(0);
  });

  it('a source link reads only that source’s chunk (no index)', async () => {
    const s = await open(`#/source/${sourceOf(12)}`);
    await s.page.locator('mark[data-start]').first().waitFor();
    expect(await s.page.locator('h1').first().textContent()).toBe(index.sources[12]!.title);
    expect(
      dataRequests(s).filter((p) => p.startsWith('data/chunks/') || p === 'data/index.json'),
    ).toEqual([`data/chunks/${sourceOf(12)}.json`]);
  });

  it('compare of figures in two other sources reads exactly their two chunks (and the index for its picker)', async () => {
    const a = figureIn(8);
    const b = figureIn(19);
    const s = await open(`#/compare?figures=${a.id},${b.id}`);
    await s.page.getByTestId('compare-view').waitFor();
    await waitForChartsReady(s.page);
    await s.page.locator(`[data-testid="figure-picker"] input[data-figure="${b.id}"]`).waitFor();
    expect(await s.page.getByTestId('compare-unknown').count()).toBe(0);
    expect(dataRequests(s).sort()).toEqual(
      [
        ...new Set([lookupOf(a.id), lookupOf(b.id)]),
        'data/index.json',
        `data/chunks/${sourceOf(8)}.json`,
        `data/chunks/${sourceOf(19)}.json`,
      ].sort(),
    );
  });

  it('the picker finds a figure of any source from the index; choosing it reads exactly its chunk', async () => {
    const f = figureIn(16);
    const s = await open('#/compare');
    const picker = s.page.getByTestId('figure-picker');
    // The whole corpus is listed, not only the first view's figures.
    await picker
      .getByTestId('picker-count')
      .filter({ hasText: `${index.figures.length} figures match` })
      .waitFor();
    expect(dataRequests(s)).toEqual(['data/index.json']);
    await picker.getByRole('searchbox').fill(f.label);
    const box = picker.locator(`input[data-figure="${f.id}"]`);
    await box.check();
    await s.page
      .locator('[data-testid="compare-view"] ol.chosen li')
      .filter({ hasText: f.label })
      .waitFor();
    await waitForChartsReady(s.page);
    expect(dataRequests(s)).toEqual(['data/index.json', `data/chunks/${sourceOf(16)}.json`]);
    // The chosen figure is ticked in the picker, which now sits beside the comparison.
    expect(
      await s.page
        .locator(`[data-testid="figure-picker"] input[data-figure="${f.id}"]`)
        .isChecked(),
    ).toBe(true);
    // What was typed stays in the search box, though the picker has moved beside it.
    expect(await s.page.getByTestId('figure-picker').getByRole('searchbox').inputValue()).toBe(
      f.label,
    );
  });

  it.each([
    {
      name: 'a chart',
      query: () => `?chart=${index.charts.find((c) => c.sourceId === sourceOf(13))!.id}`,
      id: () => index.charts.find((c) => c.sourceId === sourceOf(13))!.id,
    },
    { name: 'a figure', query: () => `?figure=${figureIn(13).id}`, id: () => figureIn(13).id },
  ])(
    'the embed of $name reads one lookup file and one chunk, never figures.json',
    async ({ query, id }) => {
      const s = await openEmbed(query());
      await waitForChartsReady(s.page);
      expect(await s.page.locator('main[data-embed] canvas').count()).toBe(1);
      expect(dataRequests(s)).toEqual([lookupOf(id()), `data/chunks/${sourceOf(13)}.json`]);
    },
  );

  it('an embed whose chunk is broken says which file failed and how to fix it, and "Try again" reads it again', async () => {
    const path = join(outDir, `data/chunks/${sourceOf(14)}.json`);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, '{"version":1');
    try {
      const s = await openEmbed(`?figure=${figureIn(14).id}`);
      const alert = s.page.locator('.notice[role="alert"]');
      await alert.waitFor();
      expect(await alert.textContent()).toContain(
        `data/chunks/${sourceOf(14)}.json is not valid JSON`,
      );
      expect(await alert.textContent()).toContain('Rebuild the site');
      writeFileSync(path, good);
      await s.page.getByRole('button', { name: 'Try again' }).click();
      await waitForChartsReady(s.page);
      expect(await alert.count()).toBe(0);
      expect(dataRequests(s).filter((p) => p.startsWith('data/chunks/'))).toEqual([
        `data/chunks/${sourceOf(14)}.json`,
        `data/chunks/${sourceOf(14)}.json`,
      ]);
    } finally {
      writeFileSync(path, good);
    }
  });

  it('a broken chunk says which file failed and how to fix it, and "Try again" reads it again', async () => {
    const path = join(outDir, `data/chunks/${sourceOf(15)}.json`);
    const good = readFileSync(path, 'utf8');
    writeFileSync(path, good.replace('"figures":[{"id"', '"figures":[{"identifier"'));
    try {
      const s = await open(`#/source/${sourceOf(15)}`);
      const alert = s.page.locator('.error[role="alert"]');
      await alert.waitFor();
      const text = await alert.textContent();
      expect(text).toContain(`data/chunks/${sourceOf(15)}.json: figure 1`);
      expect(text).toContain('npm run check:data');
      writeFileSync(path, good);
      await s.page.getByRole('button', { name: 'Try again' }).click();
      await s.page.locator('mark[data-start]').first().waitFor();
      expect(await alert.count()).toBe(0);
    } finally {
      writeFileSync(path, good);
    }
  });
});
