// Browser tests of the built embed page (dist/embed.html) and the card actions: resizing inside a
// sandboxed iframe on another origin under a strict host CSP, downloads, copied citations, axe,
// and the unknown-id message. Tests the published contract only; never imports src/.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  holdClipboard,
  launchBrowser,
  requireBuiltSite,
  runAxe,
  summariseViolations,
  waitForChartsReady,
  type RecordedPage,
  pagePool,
  type PagePool,
  waitForAppReady,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const dist = requireBuiltSite();
const { figures } = JSON.parse(readFileSync(resolve(dist, 'data/figures.json'), 'utf8')) as {
  figures: { id: string; label: string; quote: { exact: string } }[];
};
const figure = figures[0]!;

let site: StaticServer;
let host: Server;
let hostUrl: string;
let browser: Browser;
let pages: PagePool;

/** A report page on a second port that embeds the chart the way the snippet says, under a strict CSP. */
function hostPage(src: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body>
<h1>Report</h1><iframe id="frame" src="${src}" title="Chart" width="100%" height="150" loading="lazy"
 sandbox="allow-scripts allow-popups" data-cited-figures></iframe>
<script src="${site.url}embed-resize.js" async></script></body></html>`;
}

beforeAll(async () => {
  // A sandboxed frame has an opaque origin, so its module scripts and data are cross-origin requests.
  site = await startStaticServer(dist, { headers: { 'Access-Control-Allow-Origin': '*' } });
  const siteOrigin = site.url.slice(0, -1);
  host = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://h').searchParams.get('src') ?? '';
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': `default-src 'none'; script-src ${siteOrigin}; frame-src ${siteOrigin}`,
    });
    res.end(hostPage(src));
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
  pages = pagePool(browser);
});

afterAll(async () => {
  await pages?.close();
  await browser?.close();
  await site?.close();
  host?.closeAllConnections();
  await new Promise((r) => host?.close(r));
});

/**
 * Resolves once the text below the chart is in (its source line): the embed requests it only
 * after the chart has drawn, so charts-ready comes first.
 */
const detailsLoaded = (page: Page) => page.locator('main p.source').first().waitFor();

describe('embed page', () => {
  it('resizes its host inside a sandboxed iframe on another origin', async () => {
    const src = `${site.url}embed.html?figure=${figure.id}`;
    const s = await pages.open(`${hostUrl}?src=${encodeURIComponent(src)}`, {
      blockOffOrigin: false,
    });
    const frameHeight = () =>
      s.page.evaluate(() => document.getElementById('frame')!.getBoundingClientRect().height);
    await s.page.waitForFunction(
      () => document.getElementById('frame')!.getBoundingClientRect().height > 300,
      null,
      { timeout: 20_000 },
    );
    const inner = s.page.frameLocator('#frame');
    await expect(inner.locator('h1').textContent()).resolves.toContain(figure.label);
    // The height changes again when the text below the chart comes in (after the chart): the
    // frame must end at the content's final height, which it gets from the embed's last report.
    await inner.locator('main p.source').first().waitFor();
    const contentHeight = await inner
      .locator('#app')
      .evaluate((el) => el.getBoundingClientRect().height);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - contentHeight))
      .toBeLessThanOrEqual(2);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });

  it.each(['light', 'dark'])(
    'draws the chart, title, quote and source with theme=%s and passes axe',
    async (theme) => {
      // Animated, as a reader without reduced motion sees it (the pool's pages draw still).
      const s = await pages.open(`${site.url}embed.html?figure=${figure.id}&theme=${theme}`, {
        reducedMotion: 'no-preference',
      });
      await waitForChartsReady(s.page);
      await detailsLoaded(s.page);
      expect(await s.page.getAttribute('html', 'data-theme')).toBe(theme);
      const text = (await s.page.textContent('main'))!.replace(/\s+/g, ' ');
      expect(text).toContain(figure.quote.exact.replace(/\s+/g, ' '));
      expect(text).toMatch(/Source: .+, \d{1,2} \w+ \d{4}\./);
      for (const link of await s.page.locator('main a').all()) {
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toMatch(/noopener/);
      }
      expect(summariseViolations(await runAxe(s.page))).toEqual([]);
      expect(s.consoleErrors).toEqual([]);
      expect(s.offOrigin()).toEqual([]);
      await s.close();
    },
  );

  it('leaves the quote out with quote=0', async () => {
    const s = await pages.open(`${site.url}embed.html?figure=${figure.id}&quote=0`);
    await waitForChartsReady(s.page);
    await detailsLoaded(s.page);
    expect(await s.page.locator('[data-quote]').count()).toBe(0);
    await s.close();
  });

  it.each([
    ['an unknown id', 'embed.html?figure=no-such-figure', /There is no figure "no-such-figure"/],
    ['no id', 'embed.html', /No figure given/],
  ])('shows a plain message for %s, saying where valid ids are', async (_name, path, message) => {
    const s = await pages.open(site.url + path);
    const alert = s.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(message);
    expect(await alert.locator('a[href$="data/figures.json"]').count()).toBe(1);
    expect(s.consoleErrors).toEqual([]);
    await s.close();
  });
});

describe('card actions on the dashboard', () => {
  describe('downloads (one page: the menu is opened and closed for each format)', () => {
    let s: RecordedPage;
    beforeAll(async () => {
      s = await pages.open(`${site.url}index.html`, { acceptDownloads: true });
      await waitForChartsReady(s.page);
      await waitForAppReady(s.page); // the app's own buttons answer (see waitForAppReady)
    });
    afterAll(() => s?.close());

    it.each([
      ['png', 'image/png'],
      ['svg', 'image/svg+xml'],
      ['pdf', 'application/pdf'],
      ['csv', 'text/csv'],
      ['json', 'application/json'],
    ])('downloads %s with a sensible name and type', async (kind, type) => {
      const card = s.page.locator('[data-card-actions]').first();
      await card.getByRole('button', { name: 'Download' }).click();
      // One figure's files (the secondary choice); the chart's own files are checked in test/dist.
      const link = card.locator(`a[data-download-figure="${kind}"]`).first();
      await link.waitFor({ state: 'visible' });
      const response = await s.page.request.get(
        new URL((await link.getAttribute('href'))!, s.page.url()).href,
      );
      expect(response.headers()['content-type']).toContain(type);
      const [download] = await Promise.all([s.page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^[a-z0-9-]+\\.${kind}$`));
      // Closed again (Escape), so the next format opens it afresh.
      await s.page.keyboard.press('Escape');
      await link.waitFor({ state: 'hidden' });
    });
  });

  it('copies the citation as text and as BibTeX, and says so', async () => {
    const s = await pages.open(`${site.url}index.html`, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await waitForChartsReady(s.page);
    await waitForAppReady(s.page); // the app's own buttons answer (see waitForAppReady)
    const card = s.page.locator('[data-card-actions]').first();
    await card.getByRole('button', { name: 'Share' }).click();
    // The clipboard is the whole browser's: held from the copy to the last read (holdClipboard).
    onTestFinished(await holdClipboard());
    await card.getByRole('button', { name: 'Copy citation' }).click();
    // Copying is asynchronous (the clipboard API returns a promise): poll for the confirmation.
    await expect
      .poll(() => card.getByRole('status').first().textContent())
      .toMatch(/Citation copied/);
    const text = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(
      /^.+\. ".+"\. \d{1,2} \w+ \d{4}\. https?:\/\/\S+\. Quote: ".+" \(.+\)\. Figures: .+\. Chart: ".+", http\S+\/chart\/[a-z0-9-]+\.html\. Read against the records?: .+ https:\/\/www\.erina\.or\.jp\/\S+$/,
    );
    // The chart's sentence states both figures: it is quoted once.
    expect(text.split('Quote:')).toHaveLength(2);
    await card.getByRole('button', { name: 'Share' }).click();
    await card.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect
      .poll(() => s.page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^@misc\{[^,]+,\n {2}author = /);
    const bib = await s.page.evaluate(() => navigator.clipboard.readText());
    expect(bib).toContain('note = {Quote: ');
    // The copied BibTeX names the record as the published charts/<id>.bib does (issue 17): read
    // both with @retorquere/bibtex-parser; they differ only in the share page's address, which a
    // build without CITED_SITE_URL leaves out of the file.
    const chartId = await s.page.locator('article[data-chart]').first().getAttribute('data-chart');
    const file = readFileSync(resolve(dist, `charts/${chartId}.bib`), 'utf8');
    const [copied, published] = [bib, file].map((b) => {
      const lib = parseBibtex(b);
      expect(lib.errors).toEqual([]);
      return lib.entries[0]!.fields as Record<string, string>;
    }) as [Record<string, string>, Record<string, string>];
    expect(copied.note).toMatch(/Read against the records?: .*erina\.or\.jp/);
    const withoutPage = (note = '') =>
      note.replace(/, <a href="http[^"]+\.html">[^<]+<\/a>\./, '.');
    expect(withoutPage(copied.note)).toBe(withoutPage(published.note));
    expect({ ...copied, note: '' }).toEqual({ ...published, note: '' });
    await s.close();
  });

  it('shows the citation to copy by hand when the clipboard is refused', async () => {
    // Opened on a small same-origin file, so the dashboard's one load already runs without a
    // clipboard (the pool removes the init script when the page is given back).
    const s = await pages.open(`${site.url}share.css`);
    await s.addInitScript(() =>
      Object.defineProperty(navigator, 'clipboard', { value: undefined }),
    );
    await s.page.goto(`${site.url}index.html`);
    await waitForChartsReady(s.page);
    await waitForAppReady(s.page); // the app's own buttons answer (see waitForAppReady)
    const card = s.page.locator('[data-card-actions]').first();
    await card.getByRole('button', { name: 'Share' }).click();
    await card.getByRole('button', { name: 'Copy citation' }).click();
    await expect
      .poll(() => card.getByRole('status').first().textContent())
      .toMatch(/not available/);
    await expect(
      card.getByRole('textbox', { name: 'Text to copy' }).inputValue(),
    ).resolves.toContain('Quote: "');
    await s.close();
  });

  describe('menus and the embed dialog (one page: each test closes what it opened)', () => {
    let s: RecordedPage;
    beforeAll(async () => {
      s = await pages.open(`${site.url}index.html`);
      await waitForChartsReady(s.page);
      await waitForAppReady(s.page); // the app's own buttons answer (see waitForAppReady)
    });
    afterAll(() => s?.close());

    it('opens and closes the menus from the keyboard, and they pass axe', async () => {
      const card = s.page.locator('[data-card-actions]').first();
      const button = card.getByRole('button', { name: 'Download' });
      await button.focus();
      await s.page.keyboard.press('Enter');
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
      await s.page.keyboard.press('ArrowDown');
      await expect
        .poll(() => s.page.evaluate(() => document.activeElement?.textContent))
        .toBe('PNG image');
      expect(summariseViolations(await runAxe(s.page))).toEqual([]);
      await s.page.keyboard.press('Escape');
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
      expect(
        await s.page.evaluate(() => document.activeElement?.getAttribute('aria-controls')),
      ).toMatch(/^download-/);
    });

    it('offers the chart as displayed in the embed dialog, with a live preview and options', async () => {
      const card = s.page.locator('[data-card-actions]').first();
      const chartId = await s.page.locator('[data-chart]').first().getAttribute('data-chart');
      await card.getByRole('button', { name: 'Share' }).click();
      await card.getByRole('button', { name: 'Embed…' }).click();
      const dialog = s.page.locator('[data-embed-dialog]');
      const code = () => dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
      await expect
        .poll(code)
        .toMatch(
          new RegExp(`^<iframe src="http[^"]+embed\\.html\\?chart=${chartId}" title="Chart: `),
        );
      expect(await code()).toContain('embed-resize.js');
      expect(await code()).toMatch(/<img src="[^"]+\/charts\/[a-z0-9-]+\.png" alt="[^"]+"/);
      // The preview is the real embed page.
      const preview = s.page.frameLocator('[data-embed-preview]');
      await expect.poll(() => preview.locator('h1').textContent()).toBeTruthy();
      await dialog.getByLabel('Theme').selectOption('dark');
      await dialog.getByLabel('Show the quoted sentence').uncheck();
      await expect.poll(code).toMatch(/&amp;theme=dark&amp;quote=0"/);
      expect(await dialog.locator('[data-embed-preview]').getAttribute('src')).toMatch(
        /theme=dark&quote=0$/,
      );
      expect(summariseViolations(await runAxe(s.page))).toEqual([]);
      await s.page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(s.consoleErrors).toEqual([]);
    });
  });
});
