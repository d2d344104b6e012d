// The source view as a reader uses it, in real Chromium against the built dist/: a drag that
// starts on a cited span selects text, the annotation bar never covers the selection and forgets
// what it said about the last one, ?figure= brings that figure's chart into the charts column,
// the title is shown once, and Escape closes the quote panel, menus and the embed dialog and
// gives focus back to what opened them. Waits for events and states, never for time.

import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  holdClipboard,
  launchBrowser,
  requireBuiltSite,
  waitForAppReady,
  waitForChartsReady,
  type RecordedPage,
  pagePool,
  type PagePool,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const SOURCE = 'mofa-2002-10-14-kawaguchi-putin';
const TITLE = "Foreign Minister Kawaguchi's Courtesy Visit to Russian President Putin (Summary)";

let server: StaticServer;
let browser: Browser;
let pages: PagePool;

beforeAll(async () => {
  server = await startStaticServer(requireBuiltSite());
  browser = await launchBrowser();
  pages = pagePool(browser);
});

/** Pages kept for all the tests of one describe block (`keptPage`). */
const kept = new Set<RecordedPage>();

afterEach(() => {
  expect(
    [...kept].flatMap((s) => s.consoleErrors),
    'console errors',
  ).toEqual([]);
});

afterAll(async () => {
  await pages?.close();
  await browser?.close();
  await server?.close();
});

/** Resolves once the source view's text and its marks are in. */
const sourceShown = (page: Page) =>
  page.locator('[data-testid="source-view"] .text mark').first().waitFor();

/**
 * One page for all the tests of the describe block that calls this (a load costs Chromium about
 * a CPU-second): loaded at `hash` by the block's first test, once `ready`, and given back to the
 * pool after its last. Each test leaves it as a reader would find it again (the panel, menu or
 * dialog it opened closed; a new selection replaces the last), and waits for what its own
 * actions change.
 */
function keptPage(
  hash: string,
  height: number,
  ready: (page: Page) => Promise<void>,
): () => Promise<Page> {
  let session: Promise<RecordedPage> | undefined;
  afterAll(async () => {
    const held = await session?.catch(() => undefined);
    if (!held) return;
    kept.delete(held);
    await held.close();
  });
  return async () => {
    session ??= pages
      .open(`${server.url}index.html${hash}`, { viewport: { width: 1280, height } })
      .then(async (s) => {
        kept.add(s);
        await ready(s.page);
        return s;
      });
    return (await session).page;
  };
}

type Rect = { left: number; top: number; right: number; bottom: number };
const rectOf = (l: Locator): Promise<Rect> =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
const selectionRect = (page: Page): Promise<Rect | null> =>
  page.evaluate(() => {
    const s = getSelection();
    if (!s || s.isCollapsed) return null;
    const r = s.getRangeAt(0).getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Drags the mouse from the middle of `from` to the end of `to`, as a reader selects. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await rectOf(from);
  const b = await rectOf(to);
  await page.mouse.move((a.left + a.right) / 2, (a.top + a.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move((a.right + b.right) / 2, (a.bottom + b.bottom) / 2, { steps: 5 });
  await page.mouse.move(b.right - 2, (b.top + b.bottom) / 2, { steps: 5 });
  await page.mouse.up();
}

const bar = (page: Page) => page.locator('[data-annotation-bar]');

/**
 * Clears the selection a test before left on a kept page and waits for its bar to go: the next
 * selection's bar is then a new one, which Playwright waits to see in place before it clicks it
 * (a bar already showing moves when the selection changes, and a click could land where it was).
 */
async function clearSelection(page: Page): Promise<void> {
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await bar(page).waitFor({ state: 'hidden' });
}
const stated = (page: Page, id: string) =>
  page.locator(`[data-testid="source-view"] a.stated[data-figure="${id}"] mark`).first();

describe('selecting in the source text (one page)', () => {
  const sourcePage = keptPage(`#/source/${SOURCE}`, 900, sourceShown);

  it('a drag that starts inside a cited span selects text and stays on the page', async () => {
    const page = await sourcePage();
    const hash = new URL(page.url()).hash;
    await stated(page, 'japan-exports-to-russia-2001').scrollIntoViewIfNeeded();
    await drag(
      page,
      stated(page, 'japan-exports-to-russia-2001'),
      stated(page, 'japan-fdi-to-russia-2001'),
    );
    const text = await page.evaluate(() => getSelection()!.toString());
    expect(text).toContain('over the previous year, and direct investment to Russia');
    await bar(page).waitFor();
    // Read in the page: a link followed on mouseup changes location.hash at once, while
    // Playwright's page.url() learns of it from an event that may come later.
    expect(await page.evaluate(() => location.hash)).toBe(hash);
  });

  it('a new selection clears "Copied." from the last one', async () => {
    const page = await sourcePage();
    await clearSelection(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const select = (id: string) =>
      stated(page, id).evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
    await select('japan-exports-to-russia-2001');
    // The clipboard is the whole browser's: held from the copy to the last read (holdClipboard).
    onTestFinished(await holdClipboard());
    await page.getByRole('button', { name: 'Copy as figure annotation' }).click();
    const status = bar(page).locator('[role="status"]');
    await expect.poll(() => status.innerText()).toMatch(/^Copied/);
    const before = await bar(page).locator('.summary').innerText();
    await select('japan-investment-so-far');
    await expect.poll(() => bar(page).locator('.summary').innerText()).not.toBe(before);
    expect(await status.innerText()).toBe('');
  });
});

describe('the bar beside a selection (one page, 700 px tall)', () => {
  const sourcePage = keptPage(`#/source/${SOURCE}`, 700, sourceShown);

  it.each([
    { where: 'near the bottom of the window', block: 'end', expected: 'top' },
    { where: 'near the top of the window', block: 'start', expected: 'bottom' },
  ] as const)('the bar does not cover a selection $where', async ({ block, expected }) => {
    const page = await sourcePage();
    await clearSelection(page);
    const target = stated(page, 'japan-investment-expected-total');
    await target.evaluate((el, b) => el.scrollIntoView({ block: b }), block);
    await target.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await bar(page).waitFor();
    await expect.poll(() => bar(page).getAttribute('data-placement')).toBe(expected);
    const sel = (await selectionRect(page))!;
    expect(overlaps(sel, await rectOf(bar(page)))).toBe(false);
  });
});

describe('the source page (one page)', () => {
  const sourcePage = keptPage(
    `#/source/${SOURCE}?figure=sakhalin-2-japanese-capital-share`,
    900,
    sourceShown,
  );

  it('?figure= shows that figure’s chart in the charts column', async () => {
    const page = await sourcePage();
    const column = page.locator('[data-source-charts]');
    const card = column.locator('[data-chart="sakhalin-capital-shares"]');
    await expect
      .poll(async () => {
        const c = await rectOf(column);
        const r = await rectOf(card);
        return r.top >= c.top - 1 && r.top < c.bottom;
      })
      .toBe(true);
    expect(await column.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  });

  it('names the document once above its text (the text itself is verbatim)', async () => {
    const page = await sourcePage();
    const headings = await page
      .locator('h1, h2, h3')
      .evaluateAll((els, t) => els.filter((e) => e.textContent?.trim() === t).length, TITLE);
    expect(headings).toBe(1);
    expect(await page.locator('[data-testid="source-view"] h2').innerText()).toBe('Full text');
  });
});

describe('Escape (one dashboard page)', () => {
  // The cards' menus and bar buttons answer once the app has taken the prerendered cards over.
  const dashboard = keptPage('', 1600, async (page) => {
    await waitForChartsReady(page);
    await waitForAppReady(page);
  });
  const card = (page: Page) => page.locator('article.card[data-chart="growth-2001"]');
  const activeLabel = (page: Page) =>
    page.evaluate(
      () =>
        document.activeElement?.getAttribute('aria-label') ??
        document.activeElement?.textContent?.trim() ??
        '',
    );

  it('closes the quote panel and gives focus back to the bar that opened it', async () => {
    const page = await dashboard();
    const barButton = card(page).getByRole('button', { name: /Japan's exports to Russia/ });
    await barButton.focus();
    await page.keyboard.press('Enter');
    const panel = card(page).locator('[data-testid="quote-panel"]');
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await barButton.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('closes a menu and gives focus back to its button', async () => {
    const page = await dashboard();
    const button = card(page).getByRole('button', { name: 'Download' });
    await button.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
    expect(await activeLabel(page)).toMatch(/^Download/);
  });

  it('closes the embed dialog and gives focus back to the Share button', async () => {
    const page = await dashboard();
    await card(page).getByRole('button', { name: 'Share' }).click();
    await card(page).getByRole('button', { name: 'Embed…' }).click();
    const openDialogs = () => page.locator('dialog[data-embed-dialog][open]').count();
    await expect.poll(openDialogs).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(openDialogs).toBe(0);
    await expect.poll(() => activeLabel(page)).toMatch(/^Share/);
  });
});
