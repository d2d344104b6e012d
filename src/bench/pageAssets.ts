// Which JS and CSS files a built page loads at startup, and their gzip sizes: the HTML's script,
// modulepreload and stylesheet tags plus the chunks those scripts import statically. Shared by
// `npm run bench` and the size-budget test. Reads files only; it never builds or serves.

import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The one size budget: gzip bytes of the JS each page loads at startup (1 KB = 1,000 bytes).
 * The size-budget test (test/dist/sizeBudget.test.ts) enforces it and `npm run bench` prints it.
 * Both pages draw their first charts from one startup chunk (build/chunkGroups.ts): Chart.js
 * (~34 KB with charts/chartColor.ts in place of @kurkle/color), the chart host, plugins and the
 * four builders, the data block's check and the embed's title, legend and comparison helpers
 * (~48 KB), plus the page's entry: the dashboard's with its predraw (one chart a task, kept by
 * the app's mount) and route (~2.8 KB, 50.14 KB in all), the embed's (~2.6 KB, 49.88 KB: its frame-height messages load on demand, in frames only): no request between the entry and the first frame.
 * Still images, derived arithmetic, the words on what a chart did to each value
 * (model/indexSeries.ts: captions and the quote panel read them, a chart spec does not), the
 * validator with its ratio check (model/ratioDenominator.ts: the pages draw data validated at
 * build time, so a chart tells a ratio by its value above 100 alone), the fetch loader and
 * everything below the chart load on demand. `ceiling` is issue 15's target; both pages meet it, the embed with little room: code
 * added to a startup module (charts/, model/format, compare, figureTitle) must be paid for.
 */
export const STARTUP_JS_BUDGETS: readonly {
  page: string;
  name: string;
  jsGzip: number;
  ceiling: number;
}[] = [
  { page: 'index.html', name: 'dashboard', jsGzip: 50_600, ceiling: 52_000 },
  { page: 'embed.html', name: 'embed page', jsGzip: 50_000, ceiling: 50_000 },
];

export interface AssetSize {
  /** Path relative to the dist folder, e.g. "assets/app-BMP02j_a.js". */
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzip: number;
}

/**
 * Relative JS/CSS URLs named by script src, modulepreload and stylesheet links, in order.
 * @example htmlAssets('<script type="module" src="./assets/a.js"></script>') // ['./assets/a.js']
 */
export function htmlAssets(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) =>
      new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const url = tag.toLowerCase().startsWith('<script') ? attr('src') : attr('href');
    const rel = attr('rel')?.toLowerCase();
    if (!url || /^[a-z]+:|^\/\//i.test(url)) continue; // other origins and data: URLs are not ours
    if (tag.toLowerCase().startsWith('<link') && rel !== 'modulepreload' && rel !== 'stylesheet')
      continue;
    // A disabled stylesheet is neither fetched nor applied (build/firstViewCss.ts's markers).
    if (/\sdisabled\b/i.test(tag)) continue;
    urls.push(url);
  }
  return urls;
}

/**
 * Relative modules a (minified) chunk imports statically: `import"./x.js"`, `from"./x.js"`.
 * Dynamic `import("../cli/x.js")` is left out: it loads on demand, not at startup.
 * @example staticImports('import{a as b}from"./app-1.js";import"./c.js";import("../cli/d.js")') // ['./app-1.js', './c.js']
 */
export function staticImports(js: string): string[] {
  const found: string[] = [];
  for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g))
    found.push(m[1]!);
  return found;
}

/** gzip size at level 9, so numbers do not depend on a server's settings. @example gzipBytes('') // 20 */
export function gzipBytes(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/**
 * Every JS/CSS file `page` (e.g. "index.html") loads at startup, with sizes, following static imports.
 * @example pageAssetSizes('dist', 'index.html').reduce((n, a) => n + a.gzip, 0)
 */
export function pageAssetSizes(distDir: string, page: string): AssetSize[] {
  const seen = new Set<string>();
  const out: AssetSize[] = [];
  const visit = (file: string) => {
    if (seen.has(file) || !/\.(js|css)$/.test(file)) return;
    seen.add(file);
    const bytes = readFileSync(join(distDir, file));
    const kind = file.endsWith('.css') ? 'css' : 'js';
    out.push({ file, kind, bytes: bytes.length, gzip: gzipBytes(bytes) });
    if (kind === 'js') {
      for (const url of staticImports(bytes.toString('utf8')))
        visit(normalize(join(dirname(file), url)));
    }
  };
  const html = readFileSync(join(distDir, page), 'utf8');
  for (const url of htmlAssets(html))
    visit(relative('.', normalize(join(dirname(page), url.split(/[?#]/)[0]!))));
  return out;
}

/** Sum of gzip bytes of one kind. @example totalGzip(assets, 'js') // 78640 */
export function totalGzip(assets: readonly AssetSize[], kind: 'js' | 'css'): number {
  return assets.filter((a) => a.kind === kind).reduce((n, a) => n + a.gzip, 0);
}
