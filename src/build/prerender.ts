// Vite plugin: writes each built page's first view at build time, so nothing waits on a round
// trip. The dashboard gets App server-rendered (Svelte `render`) with the dataset as props, and
// both pages get the dataset as a JSON data block that the browser hydrates from. Build only;
// above INLINE_DATASET_MAX_BYTES the dashboard carries only its first view and the embed only the
// corpus counts (the rest is read from data/lookup/, data/index.json and data/chunks/; README, Scale).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Component } from 'svelte';
import { createServer, type Plugin } from 'vite';
import { mergeStylesheetLinks, stylesheetLinks } from './firstViewCss.ts';
import { DATASET_VERSION, type Dataset } from '../model/figure.ts';
import { INLINE_DATASET_MAX_BYTES, inlineDatasetTag } from '../data/inlineDataset.ts';
import { siteUrl } from '../export/siteUrl.ts';
import { loadDatasetForBuild } from './dataPlugin.ts';
import { publishedFiguresJson, publishedSourcesJson } from './publish.ts';
import { corpusSummary, firstViewDataset } from './dataChunks.ts';
import type { CorpusSummary } from '../data/fetchChunks.ts';

/** The element the pages start in; its content is replaced by the prerendered view. */
const APP_ELEMENT = /<div id="app"><\/div>/;
/** Preloads of the dataset's files that an inlined dataset makes useless (the browser warns about
 *  them); any other preload stays. */
const DATA_PRELOAD = /\s*<link rel="preload" href="\.\/data\/(figures|sources)\.json"[^>]*>/g;

/**
 * Puts the prerendered `body` and the data block into a page: the body inside `<div id="app">`,
 * the block right after it, and drops the now unused preloads of data/*.json.
 * @example injectPrerendered('<link rel="preload" href="./data/figures.json" as="fetch"><div id="app"></div>', '<h1>A</h1>', '<script type="application/json" id="d">{}</script>')
 * // '<div id="app"><h1>A</h1></div><script type="application/json" id="d">{}</script>'
 */
export function injectPrerendered(html: string, body: string, dataTag: string): string {
  if (!APP_ELEMENT.test(html)) {
    throw new Error(
      'prerender: the page has no empty <div id="app"></div> to fill; keep that element in src/*.html.',
    );
  }
  return html
    .replace(DATA_PRELOAD, '')
    .replace(APP_ELEMENT, () => `<div id="app">${body}</div>${dataTag}`);
}

/**
 * Runs `fn` with the few browser globals the views read while rendering (`location` at the
 * public site address, `window` listeners that never fire), then removes them again.
 * @example withPageGlobals('https://example.org/index.html', () => location.hash) // ''
 */
export async function withPageGlobals<T>(href: string, fn: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const had = { window: 'window' in g, location: 'location' in g };
  const location = new URL(href);
  if (!had.location) g.location = location;
  if (!had.window) g.window = { location, addEventListener() {}, removeEventListener() {} };
  try {
    return await fn();
  } finally {
    if (!had.location) delete g.location;
    if (!had.window) delete g.window;
  }
}

/**
 * Server-renders the dashboard (src/views/App.svelte) with `dataset`, compiled by the project's
 * own Vite config so class names and markup match the client bundle that hydrates it.
 */
async function renderDashboard(
  configFile: string | false | undefined,
  root: string,
  dataset: Dataset,
  href: string,
  corpus: CorpusSummary | undefined,
): Promise<string> {
  // A private cache folder and no dependency pre-bundling: a shared node_modules/.vite would let
  // two builds running at once invalidate each other's pre-bundles mid-render.
  const cacheDir = mkdtempSync(join(tmpdir(), 'cited-prerender-'));
  const noPrebundle = { noDiscovery: true, include: [] };
  const server = await createServer({
    configFile,
    root,
    cacheDir,
    // Production compile (as the client bundle): Svelte's dev checks are for the dev server.
    mode: 'production',
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: noPrebundle,
    ssr: { optimizeDeps: noPrebundle },
  });
  try {
    // Svelte's server runtime from the same module graph as App, so both share one instance.
    const { render } = (await server.ssrLoadModule(
      'svelte/server',
    )) as typeof import('svelte/server');
    const { default: App } = (await server.ssrLoadModule('/views/App.svelte')) as {
      default: Component<{ initial?: Dataset; corpus?: CorpusSummary }>;
    };
    return await withPageGlobals(
      href,
      async () => render(App, { props: { initial: dataset, corpus } }).body,
    );
  } finally {
    await server.close();
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

/**
 * Moves the `style="…"` attributes of server-rendered markup into CSS rules: the CSP forbids
 * inline style attributes (the parser would drop them, so chart boxes would paint at the wrong
 * height), while rules in a same-origin stylesheet apply from the first paint. Each element gets
 * `data-prerender-style="<n>"`; equal styles share a rule. Hydration keeps the attribute, and
 * later updates go through the CSSOM, which wins over the rule.
 * @example moveInlineStyles('<div style="height: 300px"></div>')
 * // { html: '<div data-prerender-style="0"></div>', css: '[data-prerender-style="0"]{height: 300px}\n' }
 */
export function moveInlineStyles(html: string): { html: string; css: string } {
  const ids = new Map<string, number>();
  const out = html.replace(/\sstyle="([^"]*)"/g, (_, style: string) => {
    const decl = style
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    if (!ids.has(decl)) ids.set(decl, ids.size);
    return ` data-prerender-style="${ids.get(decl)}"`;
  });
  const css = [...ids]
    .map(([decl, id]) => `[data-prerender-style="${id}"]{${decl.replace(/[<{}]/g, '')}}\n`)
    .join('');
  return { html: out, css };
}

/** Where a stylesheet link goes: the end of <head>, after the page's own styles. */
function addStylesheet(html: string, href: string): string {
  return html.replace('</head>', () => `  <link rel="stylesheet" href="${href}">\n  </head>`);
}

/**
 * False when the dataset's figures alone are longer than the page's data block may be (their
 * JSON's length in UTF-16 units never exceeds its UTF-8 bytes); it stops counting there.
 */
function mayInline(dataset: Dataset): boolean {
  let length = 0;
  for (const f of dataset.figures) {
    length += JSON.stringify(f).length;
    if (length > INLINE_DATASET_MAX_BYTES) return false;
  }
  return true;
}

/**
 * A large corpus's first view (build/dataChunks.ts firstViewDataset) as the page's data block,
 * with the corpus counts that tell the page the rest is in chunks.
 */
function firstViewFiles(whole: Dataset): {
  figures: Pick<Dataset, 'figures' | 'charts'>;
  sources: Dataset['sources'];
  corpus: CorpusSummary;
  tag: string | undefined;
  /** The embed's block: no figures, only the counts and lookup that find the one chunk it draws. */
  embedTag: string | undefined;
} {
  const f = { version: DATASET_VERSION };
  const s = f;
  const view = firstViewDataset(whole);
  const corpus = corpusSummary(whole);
  const tag = inlineDatasetTag(
    JSON.stringify({ version: f.version, figures: view.figures, charts: view.charts }),
    JSON.stringify({ version: s.version, sources: view.sources }),
    Infinity,
    corpus,
  );
  const embedTag = inlineDatasetTag(
    JSON.stringify({ version: f.version, figures: [], charts: [] }),
    JSON.stringify({ version: s.version, sources: [] }),
    Infinity,
    corpus,
  );
  return { figures: view, sources: view.sources, corpus, tag, embedTag };
}

/** The module src/main.ts loads on demand to hydrate the dashboard (after drawing its charts). */
const HYDRATION_MODULE = '/views/startApp.ts';

/** What generateBundle reads of an output chunk: its file, static imports and imported CSS. */
interface ChunkCss {
  type: 'chunk';
  fileName: string;
  facadeModuleId?: string | null;
  imports: readonly string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * The stylesheets of the chunk whose entry module ends with `moduleSuffix` and of the chunks it
 * imports statically: the prerendered markup needs its components' CSS from the first paint,
 * though their JS loads later (a late stylesheet would shift the layout).
 * @example lazyChunkCss(bundle, '/views/startApp.ts') // ['assets/startApp-U2_M_csg.css', 'assets/chart-Bkt2DWya.css']
 */
export function lazyChunkCss(
  bundle: Readonly<Record<string, { type: 'chunk' | 'asset'; fileName: string }>>,
  moduleSuffix: string,
): string[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkCss => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const css = new Set<string>();
  const seen = new Set<string>();
  const visit = (c: ChunkCss | undefined) => {
    if (!c || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const file of c.imports) visit(byFile.get(file));
    for (const file of c.viteMetadata?.importedCss ?? []) css.add(file);
  };
  visit(chunks.find((c) => c.facadeModuleId?.endsWith(moduleSuffix)));
  return [...css];
}

/** @example plugins: [prerenderPlugin({ dataDir: 'data', root: '.' })] */
export function prerenderPlugin(options: { dataDir: string; root?: string }): Plugin {
  const root = options.root ?? process.cwd();
  let configFile: string | false | undefined;
  let viteRoot = root;
  return {
    name: 'cited-figures-prerender',
    apply: 'build',
    // After Vite has written the pages into the bundle (vite:build-html), so they can be edited.
    enforce: 'post',
    configResolved(config) {
      configFile = config.configFile ?? false;
      viteRoot = config.root;
    },
    async generateBundle(_options, bundle) {
      const pages = ['index.html', 'embed.html'].flatMap((name) => {
        const asset = bundle[name];
        return asset?.type === 'asset' && typeof asset.source === 'string' ? [{ name, asset }] : [];
      });
      if (pages.length === 0) return;
      // The data plugin has already stopped the build on any validation error.
      const { dataset, errors } = loadDatasetForBuild(options.dataDir, root);
      if (errors.length > 0) return;
      // The published files' text only when it may fit the page: at 100,000 figures writing
      // figures.json here to read it back held some 200 MB more than the build needs.
      const small = mayInline(dataset);
      const figuresJson = small ? publishedFiguresJson(dataset) : '';
      const sourcesJson = small ? publishedSourcesJson(dataset) : '';
      const whole = small ? inlineDatasetTag(figuresJson, sourcesJson) : undefined;
      // A large corpus: the dashboard carries its first view only (the rest comes from the
      // chunks); the embed carries the counts only and reads the one chunk it draws.
      const first = whole ? undefined : firstViewFiles(dataset);
      const tag = whole ?? first?.tag;
      if (!tag) return;
      for (const { name, asset } of pages) {
        let html = asset.source as string;
        if (name === 'embed.html') {
          const embedTag = whole ?? first?.embedTag;
          asset.source = embedTag ? injectPrerendered(html, '', embedTag) : html;
          asset.source = oneStylesheet(this, bundle, asset.source as string);
          continue;
        }
        const figures =
          first?.figures ?? (JSON.parse(figuresJson) as Pick<Dataset, 'figures' | 'charts'>);
        const { sources } = first ?? (JSON.parse(sourcesJson) as Pick<Dataset, 'sources'>);
        // The render-time `location`. Without CITED_SITE_URL a reserved name (RFC 2606) that
        // never resolves, then written as relative URLs; test/dist/conformance checks for both.
        const site = siteUrl(process.env.CITED_SITE_URL);
        const placeholder = 'https://site-url-not-set.invalid/';
        const rendered = (
          await renderDashboard(
            configFile,
            viteRoot,
            { figures: figures.figures, charts: figures.charts, sources },
            `${site ?? placeholder}index.html`,
            first?.corpus,
          )
        ).replaceAll(placeholder, './');
        for (const file of lazyChunkCss(bundle, HYDRATION_MODULE)) {
          if (!html.includes(`/${file}"`)) html = addStylesheet(html, `./${file}`);
        }
        const { html: body, css } = moveInlineStyles(rendered);
        // Emitted in this hook, so not yet in `bundle`: oneStylesheet reads it from here.
        const emitted: Record<string, string> = {};
        if (css) {
          const ref = this.emitFile({ type: 'asset', name: 'prerender.css', source: css });
          emitted[this.getFileName(ref)] = css;
          html = addStylesheet(html, `./${this.getFileName(ref)}`);
        }
        asset.source = oneStylesheet(this, bundle, injectPrerendered(html, body, tag), emitted);
      }
    },
  };
}

/** The page with its stylesheets concatenated into one emitted file (build/firstViewCss.ts). */
function oneStylesheet(
  ctx: {
    emitFile(f: { type: 'asset'; name: string; source: string }): string;
    getFileName(ref: string): string;
  },
  bundle: Readonly<Record<string, { type: 'chunk' | 'asset'; source?: unknown }>>,
  html: string,
  emitted: Readonly<Record<string, string>> = {},
): string {
  const links = stylesheetLinks(html);
  if (links.length < 2) return html;
  const sources = links.map((l) => emitted[l.file] ?? bundle[l.file]?.source);
  if (sources.some((s) => typeof s !== 'string')) return html; // not ours to read: leave as is
  const ref = ctx.emitFile({ type: 'asset', name: 'first-view.css', source: sources.join('\n') });
  return mergeStylesheetLinks(html, `./${ctx.getFileName(ref)}`, links);
}
