// Hostile URLs against the built pages in real Chromium: every hash route and query parameter
// of index.html and embed.html with unknown ids, empty and 100 KB values, odd Unicode and script
// payloads. Each must show plain text (role=alert when the link is wrong), run no script from the
// URL (window.__pwned sentinel, dialogs, injected elements or handlers), log no error, never blank.
// Parsing every payload on every surface is unit-tested (test/model/route.property.test.ts,
// test/views/embedQuery.test.ts); here each surface gets the core payloads and a share of the rest.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  requireBuiltSite,
  type RecordedPage,
  pagePool,
  type PagePool,
} from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const dist = requireBuiltSite();
const { figures } = JSON.parse(readFileSync(resolve(dist, 'data/figures.json'), 'utf8')) as {
  figures: { id: string; quote: { sourceId: string } }[];
};
const validFigure = figures[0]!.id;
const validSource = figures[0]!.quote.sourceId;

/** The payloads, by name. Script payloads set window.__pwned or open a dialog if they ever run. */
const PAYLOADS: Readonly<Record<string, string>> = {
  'unknown id': 'no-such-figure',
  empty: '',
  '100 KB': 'x'.repeat(100_000),
  'img onerror': '"><img src=x onerror="window.__pwned=1">',
  'svg onload': "'><svg onload=window.__pwned=1>",
  'script tag': '<script>window.__pwned=1</script>',
  'encoded script': '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  'double-encoded script': '%253Cscript%253Ewindow.__pwned%253D1%253C%252Fscript%253E',
  'javascript URL': 'javascript:window.__pwned=1',
  'javascript alert': 'JaVaScRiPt:alert(1)',
  'RTL override': '\u202eevil\u202c',
  NUL: 'a\u0000b',
  'astral characters': '😀𝄞\u{10FFFD}',
  'malformed percent-encoding': '%E0%A4%A',
  prototype: '__proto__',
};
const NAMES = Object.keys(PAYLOADS);
/** Tried on every surface: one of each kind of answer (unknown, empty, huge, markup, bad encoding). */
const CORE = ['unknown id', 'empty', '100 KB', 'img onerror', 'malformed percent-encoding'];
const REST = NAMES.filter((name) => !CORE.includes(name));

/**
 * The payloads surface `index` of `count` is tried with: the core ones, and every `count`-th of
 * the rest, so each payload still reaches the browser through each group of surfaces.
 *
 * @example payloadsFor(0, 6) // CORE with 'svg onload' and 'RTL override', in NAMES order
 */
function payloadsFor(index: number, count: number): string[] {
  return NAMES.filter((name) => CORE.includes(name) || REST.indexOf(name) % count === index);
}

/** Attack surfaces: how a payload is put into a URL, and whether a wrong link must be announced. */
interface Surface {
  name: string;
  url: (value: string) => string;
  /** True when this value must produce a visible role=alert (a bad or unknown id). */
  alerts: (name: string) => boolean;
  /**
   * Query surfaces of a page whose code reads no query at all: one URL that carries every value
   * in every parameter at once, so one load tries them all (see `oneLoad`).
   */
  allAtOnce?: (values: readonly string[]) => string;
  /**
   * Hash surfaces: the route without an alert that each case starts from, in the view the
   * surface's cases land in (so the page changes only what the case changes, not the view).
   */
  reset?: string;
}

const always = () => true;
const unlessEmpty = (name: string) => name !== 'empty';
const never = () => false;

/** Hash routes of index.html; each value goes in raw and percent-encoded. */
const HASH_SURFACES: Surface[] = [
  { name: '#/figure/<v>', url: (v) => `#/figure/${v}`, alerts: always },
  { name: '#/source/<v>', url: (v) => `#/source/${v}`, alerts: always },
  {
    name: '#/source/<id>?figure=<v>',
    url: (v) => `#/source/${validSource}?figure=${v}`,
    alerts: always,
    reset: `#/source/${validSource}`,
  },
  {
    name: '#/compare?figures=<v>',
    url: (v) => `#/compare?figures=${v}`,
    alerts: unlessEmpty,
    reset: '#/compare',
  },
  {
    name: '#/compare?figures=<id>,<v>',
    url: (v) => `#/compare?figures=${validFigure},${v}`,
    alerts: unlessEmpty,
    reset: `#/compare?figures=${validFigure}`,
  },
  { name: '#/<v>', url: (v) => `#/${v}`, alerts: unlessEmpty },
];

/** Query parameters of the pages; each value goes in percent-encoded (and raw for the ids). */
const QUERY_SURFACES: Surface[] = [
  { name: 'embed.html?figure=<v>', url: (v) => `embed.html?figure=${v}`, alerts: always },
  { name: 'embed.html?figures=<v>', url: (v) => `embed.html?figures=${v}`, alerts: always },
  {
    name: 'embed.html?figures=<id>,<v>',
    url: (v) => `embed.html?figures=${validFigure},${v}`,
    alerts: unlessEmpty,
  },
  {
    name: 'embed.html?figure=<id>&theme=<v>&quote=<v>&origin=<v>#<v>',
    url: (v) => `embed.html?figure=${validFigure}&theme=${v}&quote=${v}&origin=${v}#${v}`,
    alerts: never,
  },
  {
    // The dashboard reads no query parameter (only src/embed.ts reads location.search; the
    // dashboard's links drop it, src/export/siteUrl.ts), so what a value could do there it does as
    // well beside the others: one load whose URL repeats each parameter with every payload.
    name: 'index.html?figure=<v>&figures=<v>&theme=<v>&quote=<v>',
    url: (v) => `index.html?figure=${v}&figures=${v}&theme=${v}&quote=${v}`,
    allAtOnce: (values) =>
      `index.html?${['figure', 'figures', 'theme', 'quote']
        .flatMap((key) => values.map((v) => `${key}=${v}`))
        .join('&')}`,
    alerts: never,
  },
];

/** encodeURIComponent, except that lone surrogates (which it refuses) are left to the browser. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Each distinct value a surface is tried with, once: the payloads raw and (when `encoded`)
 * percent-encoded, with repeats dropped ('unknown id' encodes to itself, and 'script tag'
 * encoded is the 'encoded script' payload), so no URL is loaded twice.
 */
function variants(
  modes: readonly ('raw' | 'encoded')[],
  names: readonly string[],
): [name: string, mode: string, value: string][] {
  const seen = new Set<string>();
  const out: [string, string, string][] = [];
  for (const name of names) {
    for (const mode of modes) {
      const value = mode === 'raw' ? PAYLOADS[name]! : encode(PAYLOADS[name]!);
      if (seen.has(value)) continue;
      seen.add(value);
      out.push([name, mode, value]);
    }
  }
  return out;
}

interface PageState {
  pwned: unknown;
  scripts: number;
  injected: string[];
  handlers: string[];
  scriptLinks: string[];
  alerts: string[];
  textLength: number;
}

/** Where a case starts and goes: hash changes in the loaded document (none after a full load). */
interface Visit {
  /** A route without an alert to go to first, waiting until no alert shows. */
  reset?: string;
  /** The case's hash. */
  hash?: string;
}

/**
 * In one call into the page (each round trip to Chromium costs CPU on both sides, and a case
 * made nine of them): goes to `visit`'s hashes, waits until the page shows its answer, then
 * reads what it shows and holds. The answer is the view the URL leads to (the dashboard, the
 * compare or the source view, with the route's alerts; the embed's chart and text, or its alert)
 * after the app has read the new hash and taken over (the dashboard draws its prerendered charts
 * before its app loads; the embed has no app), every image has loaded or failed (so an injected
 * <img onerror> would have fired), and two frames: events to wait for, not a sleep.
 * A condition not met within 15 s rejects with its name.
 */
function visitAndRead(page: Page, visit: Visit = {}): Promise<PageState> {
  return page.evaluate(async ({ reset, hash }) => {
    const until = (what: string, condition: () => boolean) =>
      new Promise<void>((resolveWait, rejectWait) => {
        const started = performance.now();
        const check = () => {
          if (condition()) resolveWait();
          else if (performance.now() - started > 15_000) rejectWait(new Error(`never: ${what}`));
          else requestAnimationFrame(check);
        };
        check();
      });
    // A new hash is read by the app on `hashchange`, a task of its own: until it has run, the
    // last route's view (a chart, the compare view) still stands and would pass every wait below.
    const go = async (to: string) => {
      const before = location.href;
      const changed = new Promise<void>((r) =>
        addEventListener('hashchange', () => r(), { once: true }),
      );
      location.hash = to;
      if (location.href !== before) await changed;
    };
    if (reset !== undefined) {
      await go(reset);
      await until('no alert', () => document.querySelector('[role=alert]') === null);
    }
    if (hash !== undefined) await go(hash);
    const embed = location.pathname.endsWith('/embed.html');
    await until(
      'app-ready (index.html)',
      () => embed || performance.getEntriesByName('app-ready').length > 0,
    );
    // The view the URL leads to, complete. A page loaded at a compare or source route holds the
    // prerendered dashboard (canvases and all) until the app replaces it at app-ready, and those
    // views, with their alerts, come in chunks of their own after that; the embed puts the text
    // below its chart in once the chart has drawn (an alert alone when there is nothing to draw).
    await until(embed ? 'the embed: an alert, or a chart and its source line' : 'the view', () => {
      const has = (selector: string) => document.querySelector(selector) !== null;
      if (embed) return (has('[role=alert]') && !has('canvas')) || has('main p.source');
      return (
        has('[data-testid=compare-view]') ||
        has('[data-testid=source-view]') ||
        has('[data-chart] canvas')
      );
    });
    await until('every image complete', () => [...document.images].every((img) => img.complete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.() ?? true;
    const all = [...document.querySelectorAll('*')];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.scripts.length,
      injected: [
        ...document.querySelectorAll(
          '#app img, #app script, #app iframe, #app object, #app embed, #app svg',
        ),
      ].map((el) => el.outerHTML.slice(0, 80)),
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}@${a.name}`),
      ),
      scriptLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .map(
          (el) =>
            el.getAttribute('href') ??
            el.getAttribute('src') ??
            el.getAttribute('action') ??
            el.getAttribute('formaction') ??
            '',
        )
        .filter((v) => /^\s*(javascript|data|vbscript):/i.test(v)),
      alerts: [...document.querySelectorAll('[role=alert]')]
        .filter(visible)
        .map((el) => el.textContent?.trim() ?? ''),
      textLength: document.body.innerText.trim().length,
    };
  }, visit);
}

let server: StaticServer;
let browser: Browser;
let pages: PagePool;
let baselineScripts: Record<string, number>;
/**
 * Every case page asks for reduced motion: what a URL may do does not depend on animation, and
 * charts drawn still skip 450 ms of frames a case (the animated path is dashboard.test's).
 */
const STILL = { reducedMotion: 'reduce' } as const;
/** Every case tried, by surface, for the summary at the end. */
const tried = new Map<string, number>();

/** Checks one page state against the promises this file tests. */
function expectSafe(
  state: PageState,
  alerts: boolean,
  session: RecordedPage,
  dialogs: string[],
  where: string,
): void {
  const context = `${where} (${JSON.stringify(state).slice(0, 300)})`;
  expect(state.pwned, context).toBeUndefined();
  expect(dialogs, context).toEqual([]);
  expect(state.injected, context).toEqual([]);
  expect(state.handlers, context).toEqual([]);
  expect(state.scriptLinks, context).toEqual([]);
  expect(state.textLength, `${context}: blank page`).toBeGreaterThan(20);
  if (alerts) {
    expect(state.alerts.length, `${context}: no visible role=alert`).toBeGreaterThan(0);
    for (const text of state.alerts) expect(text.length, context).toBeLessThan(2_000);
  }
  expect(session.consoleErrors, context).toEqual([]);
  expect(session.offOrigin(), context).toEqual([]);
  // An injected <img src=x> would have requested ./x from the server.
  expect(
    session.requests.filter((u) => /\/x(\?|$)/.test(u)),
    context,
  ).toEqual([]);
}

/** Checks a settled page's state: no added script, and `expectSafe`. Counts the case. */
function checkCase(
  state: PageState,
  session: RecordedPage,
  dialogs: string[],
  surface: Surface,
  name: string,
  mode: string,
  page: 'index.html' | 'embed.html',
): void {
  expect(state.scripts).toBe(baselineScripts[page]);
  expectSafe(state, surface.alerts(name), session, dialogs, `${surface.name} ${name} (${mode})`);
  tried.set(surface.name, (tried.get(surface.name) ?? 0) + 1);
}

beforeAll(async () => {
  server = await startStaticServer(dist);
  browser = await launchBrowser();
  pages = pagePool(browser);
  baselineScripts = {};
  for (const page of ['index.html', 'embed.html']) {
    const session = await pages.open(server.url + page);
    baselineScripts[page] = await session.page.evaluate(() => document.scripts.length);
    await session.close();
  }
});

afterAll(async () => {
  await pages?.close();
  await browser?.close();
  await server?.close();
  const lines = [...tried].map(([surface, n]) => `  ${surface}: ${n}`);
  console.info(`Hostile URL cases tried:\n${lines.join('\n')}`);
});

describe('hash routes of index.html (navigated in one page)', () => {
  // One load for every surface: each case starts from its surface's route without an alert (the
  // bare dashboard `#/`, or the source or compare view its cases land in, so the dashboard is not
  // drawn again between them), and whatever a case leaves behind (an error, a dialog, a script)
  // fails the cases after it too.
  let session: RecordedPage;
  let dialogs: string[];
  beforeAll(async () => {
    session = await pages.open(`${server.url}index.html#/`, STILL);
    dialogs = session.dialogs;
    await session.page.waitForSelector('[data-chart] canvas', { timeout: 15_000 });
  });
  afterAll(() => session?.close());

  it.each(HASH_SURFACES.map((s, i) => ({ ...s, label: s.name, index: i })))(
    '$label',
    async (surface) => {
      const names = payloadsFor(surface.index, HASH_SURFACES.length);
      for (const [name, mode, value] of variants(['raw', 'encoded'], names)) {
        const state = await visitAndRead(session.page, {
          reset: surface.reset ?? '#/',
          hash: surface.url(value),
        });
        checkCase(state, session, dialogs, surface, name, mode, 'index.html');
      }
    },
    180_000,
  );
});

describe('hash routes of index.html (loaded fresh)', () => {
  // A first load takes another path than a hash change (the prerendered page, then the app): one
  // load per surface, the four payloads taking turns, each a new document in the pooled page.
  const names = ['img onerror', 'script tag', '100 KB', 'RTL override'];
  it.each(
    HASH_SURFACES.map((s, i) => {
      const name = names[i % names.length]!;
      return { surface: s, name, label: `${s.name} ${name}` };
    }),
  )('$label', async ({ surface, name }) => {
    const session = await pages.open(
      `${server.url}index.html${surface.url(PAYLOADS[name]!)}`,
      STILL,
    );
    const dialogs = session.dialogs;
    try {
      const state = await visitAndRead(session.page);
      expectSafe(
        state,
        surface.alerts(name),
        session,
        dialogs,
        `${surface.name} ${name} (fresh load)`,
      );
      tried.set(
        `${surface.name} (fresh load)`,
        (tried.get(`${surface.name} (fresh load)`) ?? 0) + 1,
      );
    } finally {
      await session.close();
    }
  });
});

describe('query parameters of embed.html (one load each) and index.html (one load)', () => {
  it.each(QUERY_SURFACES.map((s, i) => ({ ...s, label: s.name, index: i })))(
    '$label',
    async (surface) => {
      // Chromium percent-encodes a raw query value's markup itself, so raw and encoded differ in
      // the page mostly for the core payloads (empty, malformed encoding): the rest go encoded
      // only here; every payload raw and encoded through every parameter is embedQuery.test's.
      const modes = (name: string) =>
        surface.alerts === never || !CORE.includes(name)
          ? (['encoded'] as const)
          : (['raw', 'encoded'] as const);
      // Opened on a small same-origin file: every case below is a full load of its own URL.
      const session = await pages.open(`${server.url}data/sources.json`, STILL);
      const dialogs = session.dialogs;
      const page = surface.name.startsWith('embed') ? 'embed.html' : 'index.html';
      try {
        const names = payloadsFor(surface.index, QUERY_SURFACES.length);
        const cases = names
          .flatMap((name) => variants(modes(name), [name]))
          .filter(([, , value], i, all) => all.findIndex(([, , v]) => v === value) === i);
        if (surface.allAtOnce) {
          // Every payload, not only this surface's share: it costs no extra load.
          const all = variants(['encoded'], NAMES);
          const url = server.url + surface.allAtOnce(all.map(([, , v]) => v));
          await session.page.goto(url);
          // The whole query reached the page (a cut URL would leave payloads untried); Chromium
          // escapes some characters further (' as %27), so it may only grow.
          const reached = await session.page.evaluate(() => ({
            length: location.href.length,
            quotes: new URLSearchParams(location.search).getAll('quote').length,
          }));
          expect(reached.length).toBeGreaterThanOrEqual(url.length);
          expect(reached.quotes).toBe(all.length);
          const state = await visitAndRead(session.page);
          for (const [name, mode] of all)
            checkCase(state, session, dialogs, surface, name, `${mode}, all in one URL`, page);
          return;
        }
        for (const [name, mode, value] of cases) {
          await session.page.goto(server.url + surface.url(value));
          checkCase(await visitAndRead(session.page), session, dialogs, surface, name, mode, page);
        }
      } finally {
        await session.close();
      }
    },
    240_000,
  );
});

describe('the plan', () => {
  it.each([
    ['hash routes', HASH_SURFACES.length],
    ['query parameters', QUERY_SURFACES.length],
  ])('sends every payload through the %s, and the core ones through each', (_, count) => {
    const per = Array.from({ length: count }, (_, i) => payloadsFor(i, count));
    expect(new Set(per.flat())).toEqual(new Set(NAMES));
    for (const names of per) expect(names).toEqual(expect.arrayContaining(CORE));
  });
});

describe('the detectors themselves', () => {
  it('see an injected element, a handler attribute and the sentinel (control)', async () => {
    const session = await pages.open(`${server.url}index.html#/`, STILL);
    try {
      await session.page.waitForSelector('[data-chart] canvas');
      // Injected over CDP, as a markup bug would: the page's CSP allows the image (same origin)
      // and its handler attribute is what the checks must catch.
      await session.page.evaluate(() => {
        const p = document.createElement('p');
        p.setAttribute('onclick', 'window.__pwned = 1');
        p.append(document.createElement('img'));
        document.getElementById('app')!.append(p);
        (window as unknown as { __pwned: number }).__pwned = 1;
      });
      const state = await visitAndRead(session.page);
      expect(state.pwned).toBe(1);
      expect(state.injected).toHaveLength(1);
      expect(state.handlers).toEqual(['P@onclick']);
    } finally {
      await session.close();
    }
  });
});
