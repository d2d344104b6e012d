// Embeds under attack, in real Chromium: a host page on another 127.0.0.1 port frames the embed
// (sandbox="allow-scripts", and unsandboxed) with the published embed-resize.js, and a hostile
// frame of its own. Forged, malformed and absurd height messages must change nothing; genuine
// ones still resize. The dashboard refuses to be framed (frame-ancestors 'none'); the embed is not.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  openPage,
  requireBuiltSite,
  type RecordedPage,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const dist = requireBuiltSite();
const { figures } = JSON.parse(readFileSync(resolve(dist, 'data/figures.json'), 'utf8')) as {
  figures: { id: string }[];
};
const TYPE = 'cited-figures:height';

let site: StaticServer;
let host: Server;
let hostUrl: string;
let browser: Browser;
let session: RecordedPage;
let page: Page;

/** The report page: two embeds, the dashboard, and a frame of the host's own that turns hostile. */
function hostPage(): string {
  const embed = (id: string) => `${site.url}embed.html?figure=${id}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body>
<iframe id="sandboxed" title="Sandboxed chart" src="${embed(figures[0]!.id)}" sandbox="allow-scripts" data-cited-figures width="100%" height="150"></iframe>
<iframe id="plain" title="Chart" src="${embed(figures[1]!.id)}" data-cited-figures width="100%" height="150"></iframe>
<iframe id="evil" title="Hostile frame" src="${hostUrl}evil.html" width="100%" height="150"></iframe>
<iframe id="lookalike" title="Hostile frame named like an embed" src="${hostUrl}evil.html?embed.html" width="100%" height="150"></iframe>
<iframe id="dashboard" title="Dashboard" src="${site.url}index.html" width="100%" height="150"></iframe>
<script src="${site.url}embed-resize.js"></script></body></html>`;
}

const heightOf = (id: string) =>
  page.evaluate((frameId) => document.getElementById(frameId)!.getBoundingClientRect().height, id);

async function frameOf(id: string): Promise<Frame> {
  const frame = await (await page.$(`#${id}`))!.contentFrame();
  if (!frame) throw new Error(`#${id} has no frame`);
  return frame;
}

type Sentinels = { __sentinels: number[] };
let sentinel = 0;
/**
 * Sends a marker message from the same window right after the message under test, and waits until
 * the host page has received it. Messages from one window to another arrive in order and the
 * resize script applies a height inside its listener, so by then the earlier message has been
 * handled: an event to wait for, not a sleep.
 */
async function settle(from: Frame | Page): Promise<void> {
  const n = ++sentinel;
  await from.evaluate((k) => parent.postMessage({ sentinel: k }, '*'), n);
  await page.waitForFunction((k) => (window as unknown as Sentinels).__sentinels.includes(k), n);
}

beforeAll(async () => {
  // A sandboxed frame has an opaque origin, so its module scripts and data are cross-origin requests.
  site = await startStaticServer(dist, { headers: { 'Access-Control-Allow-Origin': '*' } });
  host = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://h').pathname;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(path === '/evil.html' ? '<!doctype html><title>Evil</title><p>evil' : hostPage());
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
  session = await openPage(browser, hostUrl, { blockOffOrigin: false });
  page = session.page;
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as Sentinels).__sentinels = seen;
    addEventListener('message', (e: MessageEvent<{ sentinel?: unknown }>) => {
      if (typeof e.data?.sentinel === 'number') seen.push(e.data.sentinel);
    });
  });
  // Both embeds report their heights and get resized: the baseline every forged message must keep.
  // The height changes twice (the chart, then the quote and source line below it, which come in
  // one piece later): a test that read its "before" between the two would see the embed's own
  // second report as the effect of its forged message. So each baseline is taken once the text
  // below the chart is in, its last report has been sent (ResizeObserver reports in the frame's
  // next rendering step: two frames) and the host has handled it (settle).
  for (const id of ['sandboxed', 'plain']) {
    const frame = await frameOf(id);
    await frame.locator('main p.source').first().waitFor({ timeout: 20_000 });
    await frame.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    await settle(frame);
    const content = await frame.evaluate(() =>
      Math.ceil(document.getElementById('app')!.getBoundingClientRect().height),
    );
    expect(await heightOf(id), `${id}: the host applied the embed's last height`).toBe(content);
  }
});

afterAll(async () => {
  await session?.close();
  await browser?.close();
  await site?.close();
  host?.closeAllConnections();
  await new Promise((r) => host?.close(r));
});

describe('framing', () => {
  it('the embed draws inside sandbox="allow-scripts" and unsandboxed, on another origin', async () => {
    for (const id of ['sandboxed', 'plain']) {
      const frame = await frameOf(id);
      await frame.waitForFunction(() =>
        [...document.querySelectorAll('canvas')].some((c) => '$chartjs' in c),
      );
      const content = await frame.evaluate(
        () => document.getElementById('app')!.getBoundingClientRect().height,
      );
      expect(Math.abs((await heightOf(id)) - content), id).toBeLessThanOrEqual(2);
    }
    // The sandboxed embed really runs in an opaque origin: no storage, no reach into its host.
    const sandboxed = await frameOf('sandboxed');
    expect(await sandboxed.evaluate(() => origin)).toBe('null');
  });

  it('the dashboard refuses to be framed (frame-ancestors none / X-Frame-Options DENY)', async () => {
    const frame = await frameOf('dashboard');
    await frame.waitForLoadState('load');
    const rendered = await frame
      .evaluate(() => document.querySelector('#app')?.childElementCount ?? 0)
      .catch(() => 0);
    expect(rendered).toBe(0);
    expect(frame.url()).not.toMatch(/index\.html$/);
  });
});

describe('the resize script ignores forged messages', () => {
  /** Messages an embed frame's own window might send that are not a sane height. */
  const MALFORMED: [string, string][] = [
    ['height as a string', `({ type: '${TYPE}', height: '777' })`],
    ['height null', `({ type: '${TYPE}', height: null })`],
    ['height NaN', `({ type: '${TYPE}', height: NaN })`],
    ['height Infinity', `({ type: '${TYPE}', height: Infinity })`],
    ['height negative', `({ type: '${TYPE}', height: -500 })`],
    ['height 0', `({ type: '${TYPE}', height: 0 })`],
    ['height 99 (under the minimum)', `({ type: '${TYPE}', height: 99 })`],
    ['height 5001 (over the maximum)', `({ type: '${TYPE}', height: 5001 })`],
    ['height 1e9', `({ type: '${TYPE}', height: 1e9 })`],
    ['height in an array', `({ type: '${TYPE}', height: [777] })`],
    ['height as an object', `({ type: '${TYPE}', height: { valueOf: 777 } })`],
    ['height as a CSS string', `({ type: '${TYPE}', height: '777px; display:none' })`],
    ['no type', '({ height: 777 })'],
    ['another type', `({ type: '${TYPE}x', height: 777 })`],
    ['type in another case', `({ type: '${TYPE.toUpperCase()}', height: 777 })`],
    ['the message as a JSON string', `JSON.stringify({ type: '${TYPE}', height: 777 })`],
    ['null', 'null'],
    ['a number', '777'],
    ['an array', `['${TYPE}', 777]`],
    ['a Blob', `new Blob(['${TYPE}'])`],
  ];

  it.each(
    ['sandboxed', 'plain'].flatMap((id) => MALFORMED.map(([name, data]) => ({ id, name, data }))),
  )('$id frame sends $name', async ({ id, name, data }) => {
    const before = await heightOf(id);
    const frame = await frameOf(id);
    // A string is evaluated over CDP, so the frame's CSP (no eval) does not stop the test itself.
    await frame.evaluate(`parent.postMessage(${data}, '*')`);
    await settle(frame);
    expect(await heightOf(id), name).toBe(before);
  });

  it.each([
    { from: 'the host page itself', id: 'plain', send: 'top' },
    { from: 'a hostile frame of the host', id: 'plain', send: 'evil' },
    { from: 'a hostile frame whose src contains "embed.html"', id: 'plain', send: 'lookalike' },
  ])('a valid-looking height from $from resizes no embed', async ({ id, send }) => {
    const before = { sandboxed: await heightOf('sandboxed'), plain: await heightOf(id) };
    const message = { type: TYPE, height: 777, id: figures[1]!.id };
    const from = send === 'top' ? page : await frameOf(send);
    await from.evaluate((m) => parent.postMessage(m, '*'), message);
    await settle(from);
    expect(await heightOf('sandboxed')).toBe(before.sandboxed);
    expect(await heightOf(id)).toBe(before.plain);
  });

  it('a genuine height from the embed frame is applied (control)', async () => {
    for (const [id, height] of [
      ['sandboxed', 640],
      ['plain', 650],
    ] as const) {
      const frame = await frameOf(id);
      await frame.evaluate(
        (h) => parent.postMessage({ type: 'cited-figures:height', height: h }, '*'),
        height,
      );
      await settle(frame);
      expect(await heightOf(id), id).toBe(height);
    }
  });

  it('an embed frame navigated to another origin is no longer obeyed', async () => {
    const frame = await frameOf('plain');
    const before = await heightOf('plain');
    await frame.goto(`${hostUrl}evil.html`);
    await frame.evaluate((type) => parent.postMessage({ type, height: 901 }, '*'), TYPE);
    await settle(frame);
    expect(await heightOf('plain')).toBe(before);
    expect(
      session.consoleErrors.filter((e) => !/index\.html|frame-ancestors|X-Frame-Options/.test(e)),
    ).toEqual([]);
  });
});
