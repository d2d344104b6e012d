// The dashboard's first view at scale, for `BENCH_SCALE=1000,10000 npm run bench`: builds the
// 6-figure site and synthetic corpora (Vite only, no images) into a temp folder, then reports
// each one's charts-ready (median, and as pair ratios to the 6-figure dashboard), the bytes its
// first view loads, and the sizes of data/index.json and the largest chunk. Node only.

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../test/support/chromium.ts';
import { startStaticServer, type StaticServer } from '../../test/support/staticServer.ts';
import { measureAlternating, median, pairRatios } from './chartsReady.ts';
import { writeScaleData } from './scaleData.ts';
import { viteBuild as build } from './viteBuild.ts';

export interface ScaleRow {
  metric: string;
  value: string;
  note?: string;
}

/**
 * The corpus sizes asked for, ten figures a source as `npm run scale` writes them.
 * @example scaleBenchSizes('1000,10000') // [{ figures: 1000, sources: 100 }, { figures: 10000, sources: 1000 }]
 * @throws Error naming a word that is not a whole number of at least 10.
 */
export function scaleBenchSizes(spec: string): { figures: number; sources: number }[] {
  return spec
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean)
    .map((w) => {
      const figures = Number(w);
      if (!Number.isInteger(figures) || figures < 10)
        throw new Error(
          `BENCH_SCALE: "${w}" is not a figure count; give whole numbers of at least 10, e.g. BENCH_SCALE=1000,10000`,
        );
      return { figures, sources: figures / 10 };
    });
}

/** Bytes and gzip bytes of one file. */
function sizeOf(file: string): { bytes: number; gzip: number } {
  const buf = readFileSync(file);
  return { bytes: buf.length, gzip: gzipSync(buf).length };
}

/** The largest file in a folder of a built site, and how many files it holds. */
function largestIn(site: string, folder: string) {
  const dir = join(site, folder);
  const files = readdirSync(dir).map((f) => join(dir, f));
  const largest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a));
  return { count: files.length, largest: sizeOf(largest) };
}

/**
 * The published split of a built site: index.json, chunk count and the largest chunk, lookup
 * file count and the largest lookup file, source-list pages and the largest of them.
 * @example chunkSizes('/tmp/site') // { index: { bytes: 3490109, gzip: … }, chunks: 1000, largest: { bytes: 7366, gzip: … }, lookups: 128, largestLookup: { bytes: 5924, … } }
 */
export function chunkSizes(site: string) {
  const chunks = largestIn(site, 'data/chunks');
  const lookups = largestIn(site, 'data/lookup');
  const pages = largestIn(site, 'data/source-pages');
  return {
    index: sizeOf(join(site, 'data/index.json')),
    chunks: chunks.count,
    largest: chunks.largest,
    lookups: lookups.count,
    largestLookup: lookups.largest,
    sourcePages: pages.count,
    largestSourcePage: pages.largest,
  };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;

/**
 * Builds and measures the 6-figure dashboard and one dashboard per size in `spec`, `runs` rounds.
 * @example const { rows } = await scaleBench('1000,10000', 7)
 */
export async function scaleBench(
  spec: string,
  runs: number,
): Promise<{ rows: ScaleRow[]; json: Record<string, unknown> }> {
  const sizes = scaleBenchSizes(spec);
  const rows: ScaleRow[] = [];
  const json: Record<string, unknown> = {};
  const tmp = mkdtempSync(join(tmpdir(), 'cited-bench-scale-'));
  const servers: StaticServer[] = [];
  const browser = await launchBrowser();
  try {
    const sites = [{ name: '6 figures', site: join(tmp, 'site-6'), figures: 6 }];
    build(sites[0]!.site, {});
    for (const s of sizes) {
      const data = join(tmp, `data-${s.figures}`);
      const site = join(tmp, `site-${s.figures}`);
      writeScaleData(data, s.figures, s.sources);
      const ms = build(site, { CITED_DATA_DIR: data });
      const split = chunkSizes(site);
      const name = `${s.figures.toLocaleString('en')} figures`;
      json[name] = { buildMs: ms, ...split };
      rows.push(
        { metric: `${name}: build (vite, no images)`, value: `${(ms / 1000).toFixed(0)} s` },
        {
          metric: `${name}: data/index.json`,
          value: kb(split.index.bytes),
          note: `${kb(split.index.gzip)} gzip`,
        },
        {
          metric: `${name}: largest of ${split.chunks} chunks`,
          value: kb(split.largest.bytes),
          note: `${kb(split.largest.gzip)} gzip`,
        },
        {
          metric: `${name}: largest of ${split.lookups} lookup files`,
          value: kb(split.largestLookup.bytes),
          note: `${kb(split.largestLookup.gzip)} gzip; what a figure link or an embed reads before its chunk`,
        },
        {
          metric: `${name}: largest of ${split.sourcePages} source-list pages`,
          value: kb(split.largestSourcePage.bytes),
          note: `${kb(split.largestSourcePage.gzip)} gzip; what "Show more sources" reads before its chunks`,
        },
      );
      sites.push({ name, site, figures: s.figures });
    }
    const targets = [];
    for (const s of sites) {
      const server = await startStaticServer(s.site);
      servers.push(server);
      targets.push({ name: s.name, url: `${server.url}index.html` });
    }
    const results = await measureAlternating(browser, targets, runs);
    const base = results.get(sites[0]!.name)!;
    const baseBytes = median(base.runs.map((r) => r.bytes));
    for (const s of sites) {
      const r = results.get(s.name)!;
      const ms = r.runs.map((x) => x.ms);
      const bytes = median(r.runs.map((x) => x.bytes));
      const ratios = pairRatios(r.msByRound, base.msByRound);
      const html = sizeOf(join(s.site, 'index.html'));
      json[`${s.name} first view`] = {
        chartsReadyMs: ms,
        medianMs: median(ms),
        pairRatios: ratios,
        firstViewBytes: bytes,
        html,
        errors: r.errors,
      };
      const vs =
        s === sites[0]
          ? ''
          : `; ${median(ratios).toFixed(2)}× the 6-figure dashboard (target ≤ 1.2×)`;
      rows.push(
        {
          metric: `${s.name}: charts-ready`,
          value: ms.length ? `${median(ms).toFixed(0)} ms` : 'unavailable',
          note: ms.length ? `median of ${ms.length}${vs}` : r.errors[0],
        },
        {
          metric: `${s.name}: first-view bytes`,
          value: kb(bytes),
          note:
            `document + resources up to charts-ready, as served (uncompressed); index.html ${kb(html.gzip)} gzip` +
            (s === sites[0]
              ? ''
              : `; ${((bytes / baseBytes - 1) * 100).toFixed(1)} % vs 6 figures (target within 10 %)`),
        },
      );
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  return { rows, json };
}
