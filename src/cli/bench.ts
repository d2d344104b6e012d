// `npm run bench`: builds the site, a hand-written Chart.js page (the floor), the old reference
// page and 1,000- and 10,000-figure sites into a temp folder (never dist/), then reports gzip
// sizes, charts-ready as median pair ratios against the floor (fresh context per run, alternating),
// first-view bytes, JS heap, validation/build/search times at scale, the first and a later figure
// extraction in a fresh process, and Lighthouse (mobile and desktop: dashboard, embed and the
// floor, served gzip-compressed), as a table and as bench-output/bench.json. A script, not a test:
// timings vary with load.

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type PluginOption } from 'vite';
import type { Browser } from 'playwright-core';
import { measureAlternating, median, pairRatios, type Target } from '../bench/chartsReady.ts';
import { launchBrowser, QUIET_CHROMIUM_FLAGS } from '../../test/support/chromium.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
import { startStaticServer, type StaticServer } from '../../test/support/staticServer.ts';
import { startGzipServer } from '../bench/gzipServer.ts';
import { chartJsTreeShake } from '../build/chartJsTreeShake.ts';
import { loadDataset } from '../data/loadDataset.ts';
import { STARTUP_JS_BUDGETS, pageAssetSizes, totalGzip } from '../bench/pageAssets.ts';
import { timeValidation, writeScaleData } from '../bench/scaleData.ts';
import { imageBenchSizes, measureImageBuild } from '../bench/imageBuild.ts';
import { viteBuild } from '../bench/viteBuild.ts';
import { SEED_DOCUMENT, extractionRows, measureExtraction } from '../bench/extractionTime.ts';
import { accountTrace, recordTrace, type TraceAccount } from '../bench/traceAccount.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** `BENCH_PAGES=1 npm run bench`: only sizes and charts-ready of the pages against the floor
 *  (no scale data, scale builds, search or Lighthouse), for a quick before/after. */
const PAGES_ONLY = process.env.BENCH_PAGES === '1';
const EMBED_QUERY = 'embed.html?figure=japan-exports-to-russia-2001';
/** `BENCH_TRACE=5`: also trace that many loads of each page and account their main thread. */
const TRACE_RUNS = Number(process.env.BENCH_TRACE ?? 0);

type Row = { metric: string; value: string; note?: string };
const rows: Row[] = [];
const json: Record<string, unknown> = { runs: RUNS, takenAt: new Date().toISOString() };
const row = (metric: string, value: string, note?: string) => rows.push({ metric, value, note });

/** Page names used in the table and in bench.json. */
const FLOOR = 'hand-written Chart.js';
const DASH = 'dashboard';
const REFERENCE = 'reference (our builders, fetched data)';

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'cited-bench-'));
  const site = join(tmp, 'site');
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    // 1. Builds: the site; beside it the hand-written page (plain Vite, no project plugins) and
    //    the old reference (Chart.js + our config builders, fetching ../data/figures.json).
    json.buildMs = viteBuild(site);
    const benchPage = (name: string, plugins: PluginOption[]) =>
      build({
        configFile: false,
        logLevel: 'warn',
        root: resolve(projectRoot, 'src/bench'),
        base: './',
        plugins,
        build: {
          outDir: join(site, name),
          emptyOutDir: true,
          target: 'es2022',
          rolldownOptions: { input: resolve(projectRoot, `src/bench/${name}.html`) },
        },
      });
    await benchPage('handwritten', []);
    await benchPage('bare', [chartJsTreeShake()]);

    // 2. Sizes.
    const pages = [
      { name: FLOOR, html: 'handwritten/handwritten.html', url: 'handwritten/handwritten.html' },
      { name: DASH, html: 'index.html', url: 'index.html' },
      { name: 'embed', html: 'embed.html', url: EMBED_QUERY },
      { name: REFERENCE, html: 'bare/bare.html', url: 'bare/bare.html' },
    ].filter((p) => {
      if (existsSync(join(site, p.html))) return true;
      row(`${p.name} page`, 'unavailable', `${p.html} is not in the build`);
      return false;
    });
    const sizes: Record<string, unknown> = {};
    const floorJs = totalGzip(pageAssetSizes(site, pages[0]!.html), 'js');
    for (const p of pages) {
      const assets = pageAssetSizes(site, p.html);
      const js = totalGzip(assets, 'js');
      sizes[p.name] = { js, css: totalGzip(assets, 'css'), files: assets };
      const budget = STARTUP_JS_BUDGETS.find((b) => b.page === p.html);
      row(
        `${p.name}: startup JS gzip`,
        `${(js / 1000).toFixed(2)} kB`,
        `${assets.filter((a) => a.kind === 'js').length} files` +
          (p.name === FLOOR ? '' : `; ${(js / floorJs).toFixed(2)}× the hand-written page`) +
          (budget ? `; budget ${(budget.jsGzip / 1000).toFixed(0)} kB` : ''),
      );
      row(`${p.name}: startup CSS gzip`, `${(totalGzip(assets, 'css') / 1000).toFixed(2)} kB`);
    }
    json.sizes = sizes;

    // 3. Scale data, validation, builds at 1,000 and 10,000 figures (Vite only, no images).
    const scale = (
      PAGES_ONLY
        ? []
        : [
            { figures: 1_000, sources: 100 },
            { figures: 10_000, sources: 1_000 },
          ]
    ).map((s) => ({
      ...s,
      label: s.figures.toLocaleString('en'),
      data: join(tmp, `data-${s.figures}`),
      site: join(tmp, `site-${s.figures}`),
    }));
    json.validation = {};
    json.scaleBuildMs = {};
    for (const s of scale) {
      writeScaleData(s.data, s.figures, s.sources);
      const v = timeValidation(s.data, 3);
      (json.validation as Record<string, unknown>)[s.figures] = v;
      row(
        `validate ${s.label} figures (loadDataset)`,
        `${v.medianMs.toFixed(0)} ms`,
        `median of 3, ${v.errors} errors` + (s.figures === 10_000 ? '; floor < 2000 ms' : ''),
      );
      const ms = viteBuild(s.site, { CITED_DATA_DIR: s.data });
      (json.scaleBuildMs as Record<string, number>)[s.figures] = ms;
      row(
        `build with ${s.label} figures (vite only)`,
        `${ms.toFixed(0)} ms`,
        `6-figure build ${(json.buildMs as number).toFixed(0)} ms`,
      );
    }
    const data10k = scale[1]?.data;

    // 4. Search at 10k (the compare picker's index), if that module exists.
    const searchPath = resolve(projectRoot, 'src/model/figureSearch.ts');
    if (!data10k) row('search at 10,000 figures', 'skipped', 'BENCH_PAGES=1');
    else if (existsSync(searchPath)) {
      const search = (await import(searchPath)) as typeof import('../model/figureSearch.ts');
      const { dataset } = loadDataset(data10k, data10k);
      let t = performance.now();
      const index = search.buildSearchIndex(dataset.figures, dataset.sources);
      const indexMs = performance.now() - t;
      const times: number[] = [];
      const typed = 'exports of machinery 512';
      for (let r = 0; r < 3; r++) {
        for (let k = 1; k <= typed.length; k++) {
          t = performance.now();
          search.searchFigures(index, { text: typed.slice(0, k) });
          times.push(performance.now() - t);
        }
      }
      json.search10k = {
        indexMs,
        medianKeystrokeMs: median(times),
        maxKeystrokeMs: Math.max(...times),
      };
      row(
        'search at 10,000 figures, per keystroke',
        `${median(times).toFixed(2)} ms median, ${Math.max(...times).toFixed(2)} ms max`,
        `index built in ${indexMs.toFixed(0)} ms; floor < 50 ms`,
      );
    } else
      row('search at 10,000 figures', 'unavailable', 'src/model/figureSearch.ts does not exist');

    // 4b. The figure extractor on the seed document, each run in a fresh process: its first call
    //     (what the authoring form's first selection waits for) and a later one.
    if (PAGES_ONLY) row('extract figures', 'skipped', 'BENCH_PAGES=1');
    else {
      const extraction = measureExtraction(SEED_DOCUMENT, 3);
      json.extraction = extraction;
      for (const r of extractionRows(extraction)) row(r.metric, r.value, r.note);
    }

    // 5. charts-ready, heap and first-view bytes: pages alternated round by round, each page
    //    against the hand-written floor as the median of per-round pair ratios.
    const server = await startStaticServer(site);
    servers.push(server);
    const targets: Target[] = pages.map((p) => ({ name: p.name, url: server.url + p.url }));
    for (const s of scale) {
      const sv = await startStaticServer(s.site);
      servers.push(sv);
      targets.push({ name: `${DASH} at ${s.label} figures`, url: sv.url + 'index.html' });
    }
    browser = await launchBrowser();
    const results = await measureAlternating(browser, targets, RUNS);
    const timing: Record<string, unknown> = {};
    const floor = results.get(FLOOR)?.msByRound ?? [];
    const dash = results.get(DASH)!;
    const dashBytes = median(dash.runs.map((r) => r.bytes));
    for (const [name, acc] of results) {
      const ms = acc.runs.map((r) => r.ms);
      const atScale = name.startsWith(`${DASH} at `);
      const ratios = pairRatios(acc.msByRound, atScale ? dash.msByRound : floor);
      const bytes = median(acc.runs.map((r) => r.bytes));
      timing[name] = {
        medianMs: median(ms),
        runsMs: acc.msByRound,
        pairRatios: ratios,
        medianPairRatio: median(ratios),
        medianHeapBytes: median(acc.runs.map((r) => r.heap)),
        medianFirstViewBytes: bytes,
        errors: acc.errors,
      };
      if (!ms.length) {
        row(`${name}: charts-ready`, 'unavailable', acc.errors[0]);
        continue;
      }
      const range = ratios.length
        ? ` (pairs ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`
        : '';
      const ratio = atScale
        ? `${median(ratios).toFixed(2)}× the 6-figure dashboard${range}; target ≤ 1.2×`
        : name === FLOOR
          ? 'the floor'
          : `${median(ratios).toFixed(2)}× the hand-written page${range}` +
            (name === DASH
              ? '; target ≤ 1.3× (goal 1.15×)'
              : name === 'embed'
                ? '; target ≤ 1.1×'
                : '');
      row(
        `${name}: charts-ready`,
        `${median(ms).toFixed(0)} ms`,
        `median of ${ms.length}; ${ratio}`,
      );
      row(
        `${name}: bytes loaded by the first view`,
        `${(bytes / 1000).toFixed(1)} kB`,
        atScale
          ? `${((bytes / dashBytes - 1) * 100).toFixed(1)} % vs the 6-figure dashboard; target within 10 %`
          : 'uncompressed, document + resources up to charts-ready',
      );
      row(
        `${name}: JS heap after load`,
        `${(median(acc.runs.map((r) => r.heap)) / 1e6).toFixed(2)} MB`,
      );
    }
    json.chartsReady = timing;
    if (TRACE_RUNS > 0)
      json.trace = await traceTable(
        browser,
        targets.filter((t) => t.name !== REFERENCE && !t.name.startsWith(`${DASH} at `)),
      );
    await browser.close();
    browser = undefined;

    // 6. Lighthouse, its mobile default and the desktop preset, against the served dashboard,
    //    the embed and the hand-written page (the floor: what the same three charts score with
    //    no project code, so a score below 100 can be read against what is physically possible).
    //    Served gzip-compressed, as a host serves text: Lighthouse's simulated slow 4G counts the
    //    bytes on the wire, so an uncompressed server would charge the pages ~2.8× their JS.
    if (!PAGES_ONLY) {
      const gzipped = await startGzipServer(site);
      servers.push(gzipped);
      const lighthouse: Record<string, unknown> = {};
      for (const p of pages.filter((p) => p.name !== REFERENCE))
        lighthouse[p.name] = {
          mobile: await runLighthouse(p.name, gzipped.url + p.url, 'mobile'),
          desktop: await runLighthouse(p.name, gzipped.url + p.url, 'desktop'),
        };
      json.lighthouse = lighthouse;
    }
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  // The whole build at scale (slow: opt in with BENCH_IMAGES=1000,10000; CITED_IMAGES passes on).
  for (const size of imageBenchSizes(process.env.BENCH_IMAGES)) {
    const runs = measureImageBuild(size);
    json[`images${size}`] = runs;
    for (const r of runs)
      row(
        `Build, ${size} figures (images ${process.env.CITED_IMAGES || 'png,svg,pdf'}), ${r.phase}`,
        `${r.seconds.toFixed(1)} s`,
        `vite ${r.viteSeconds.toFixed(1)} s; CPU ${r.cpuSeconds.toFixed(1)} s; peak ${r.peakMb} MB; load ${loadavg()[0]!.toFixed(1)}`,
      );
  }

  const out = resolve(projectRoot, 'bench-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), `${JSON.stringify({ ...json, table: rows }, null, 2)}\n`);
  const w = Math.max(...rows.map((r) => r.metric.length));
  const v = Math.max(...rows.map((r) => r.value.length));
  console.log(
    `\nCited Figures bench (${RUNS} runs each; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; timings depend on machine load)\n`,
  );
  for (const r of rows)
    console.log(`${r.metric.padEnd(w)}  ${r.value.padStart(v)}  ${r.note ?? ''}`);
  console.log(`\nJSON: ${join(out, 'bench.json')}`);
}

/**
 * BENCH_TRACE: each page traced `TRACE_RUNS` times (alternating, fresh context each), its main
 * thread from navigation start to charts-ready accounted by kind of work in thread time (the
 * median of the runs), then when its script started and what came before it in wall-clock time
 * (the first frame and its font lookups); one trace per page is kept as bench-output/trace-<page>.json (DevTools,
 * Performance panel: Load profile).
 */
async function traceTable(browser: Browser, targets: readonly Target[]): Promise<unknown> {
  const accounts = new Map<string, TraceAccount[]>(targets.map((t) => [t.name, []]));
  const out = resolve(projectRoot, 'bench-output');
  mkdirSync(out, { recursive: true });
  for (let r = 0; r < TRACE_RUNS; r++) {
    for (const t of r % 2 ? [...targets].reverse() : targets) {
      const events = await recordTrace(browser, t.url);
      accounts.get(t.name)!.push(accountTrace(events, new URL(t.url).origin));
      if (r === 0) {
        const file = join(out, `trace-${t.name.replace(/[^a-z]+/gi, '-')}.json`);
        writeFileSync(file, JSON.stringify({ traceEvents: events }));
      }
    }
  }
  const kinds = [...new Set([...accounts.values()].flat().flatMap((a) => Object.keys(a.byKind)))];
  const summary: Record<string, unknown> = {};
  for (const [name, list] of accounts) {
    const byKind = Object.fromEntries(
      kinds.map((k) => [k, median(list.map((a) => a.byKind[k] ?? 0))]),
    );
    const cpu = median(list.map((a) => Object.values(a.byKind).reduce((n, v) => n + v, 0)));
    summary[name] = { byKind, mainThreadMs: cpu, runs: list };
    row(
      `${name}: main thread to charts-ready`,
      `${cpu.toFixed(0)} ms`,
      `median of ${list.length} traces, thread time; ` +
        kinds
          .filter((k) => byKind[k]! >= 0.5)
          .map((k) => `${k} ${byKind[k]!.toFixed(0)}`)
          .join(', ') +
        `; ${median(list.map((a) => a.requests.length))} requests`,
    );
    // Wall clock: what the thread times above leave out (waits on the network and on the
    // browser, e.g. its font service during the first layout).
    const at = (pick: (t: TraceAccount['timeline']) => number) =>
      median(list.map((a) => pick(a.timeline))).toFixed(0);
    row(
      `${name}: script starts`,
      `${at((t) => t.scriptStartMs)} ms`,
      `median of ${list.length} traces, wall clock from navigation start; first frame at ` +
        `${at((t) => t.frameStartMs)} ms for ${at((t) => t.frameMs)} ms, ` +
        `${at((t) => t.frameFontMs)} ms of it looking fonts up; ` +
        `font lookups to charts-ready ${at((t) => t.fontMs)} ms (${at((t) => t.fontLookups)})`,
    );
  }
  return summary;
}

// Lighthouse (and chrome-launcher, which it brings) is not a devDependency: it would add ~130
// packages to every install for a number only the bench prints. Loaded by name when present.
const LIGHTHOUSE_HINT = 'not installed: npm i --no-save lighthouse@12.8, then npm run bench';

/** Lighthouse's few entry points the bench uses, typed here so it can be absent (optional). */
type LighthouseRun = (
  url: string,
  flags: Record<string, unknown>,
  config?: unknown,
) => Promise<
  | {
      lhr: {
        categories: Record<string, { score: number | null }>;
        audits: Record<string, { displayValue?: string }>;
        runtimeError?: unknown;
      };
    }
  | undefined
>;

/**
 * One Lighthouse run of the page `name` at `url` (mobile: its default, slow 4G and a slowed
 * CPU; desktop: its preset). Lighthouse is loaded by name at run time, so the bench still runs
 * where it is not installed.
 * @example await runLighthouse('embed', 'http://127.0.0.1:4173/embed.html?figure=x', 'mobile')
 * // { scores: { performance: 99, … }, metrics: { 'total-blocking-time': '40 ms', … } }
 */
async function runLighthouse(
  name: string,
  url: string,
  formFactor: 'mobile' | 'desktop',
): Promise<Record<string, unknown>> {
  try {
    process.env.CHROME_PATH ??= '/usr/bin/chromium';
    const load = (name: string) => import(name) as Promise<{ default: unknown }>;
    const lighthouse = (await load('lighthouse')).default as LighthouseRun;
    const config =
      formFactor === 'desktop'
        ? (await load('lighthouse/core/config/desktop-config.js')).default
        : undefined;
    const chromeLauncher = (await load('chrome-launcher')) as unknown as {
      launch(o: { chromePath?: string; chromeFlags: string[] }): Promise<{
        port: number;
        kill(): void;
      }>;
    };
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH,
      chromeFlags: ['--headless=new', ...QUIET_CHROMIUM_FLAGS],
    });
    try {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        config,
      );
      const cats = result?.lhr.categories ?? {};
      const scores = Object.fromEntries(
        Object.entries(cats).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]),
      );
      // The metrics behind the performance score, so a low score says where the time went.
      const audits = result?.lhr.audits ?? {};
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, audits[id]?.displayValue ?? 'n/a']),
      );
      row(
        `${name}: Lighthouse ${formFactor} metrics`,
        Object.values(metrics).join(' / '),
        'FCP / LCP / TBT / CLS / SI',
      );
      row(
        `${name}: Lighthouse (${formFactor})`,
        Object.entries(scores)
          .map(([k, s]) => `${k} ${s}`)
          .join(', '),
        // The embed page carries robots "noindex" on purpose (a chart framed in a report is not a
        // page of its own for search), so Lighthouse's "is crawlable" fails and SEO reads 60.
        name === 'embed'
          ? 'targets 100/100/100; SEO not a target: the embed is "noindex" by design'
          : 'targets 100/100/100, SEO ≥ 95',
      );
      return { scores, metrics, runtimeError: result?.lhr.runtimeError };
    } finally {
      chrome.kill();
    }
  } catch (e) {
    const missing = (e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
    const reason = missing ? LIGHTHOUSE_HINT : (e as Error).message.split('\n')[0]!;
    row(`${name}: Lighthouse (${formFactor})`, 'unavailable', reason);
    return { unavailable: reason };
  }
}

/**
 * `BENCH_SCALE=1000,10000 npm run bench`: only the dashboard's first view at those corpus sizes
 * against the 6-figure one (src/bench/scaleBench.ts; BENCH_RUNS rounds, 7 unless set).
 */
async function scaleMain(spec: string): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const { scaleBench } = await import('../bench/scaleBench.ts');
  const { rows: scaleRows, json: scaleJson } = await scaleBench(spec, runs);
  const out = resolve(projectRoot, 'bench-output');
  mkdirSync(out, { recursive: true });
  const file = join(out, 'bench-scale.json');
  writeFileSync(
    file,
    `${JSON.stringify({ runs, takenAt: new Date().toISOString(), ...scaleJson, table: scaleRows }, null, 2)}\n`,
  );
  const w = Math.max(...scaleRows.map((r) => r.metric.length));
  const v = Math.max(...scaleRows.map((r) => r.value.length));
  console.log(
    `\nCited Figures first view at scale (${runs} rounds; timings depend on machine load)\n`,
  );
  for (const r of scaleRows)
    console.log(`${r.metric.padEnd(w)}  ${r.value.padStart(v)}  ${r.note ?? ''}`);
  console.log(`\nJSON: ${file}`);
}

(process.env.BENCH_SCALE ? scaleMain(process.env.BENCH_SCALE) : main()).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
