// `npm run bench`: builds the site, a bare Chart.js page and a 10,000-figure site into a temp
// folder (never dist/), then reports gzip sizes, charts-ready medians side by side (fresh context
// per run), JS heap, validation/build/search times at scale and Lighthouse, as a table and as
// bench-output/bench.json. A script, not a test: timings depend on the machine's load.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/support/chromium.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
import { startStaticServer, type StaticServer } from '../../test/support/staticServer.ts';
import { chartJsTreeShake } from '../build/chartJsTreeShake.ts';
import { loadDataset } from '../data/loadDataset.ts';
import { pageAssetSizes, totalGzip } from '../bench/pageAssets.ts';
import { timeValidation, writeScaleData } from '../bench/scaleData.ts';
import { imageBenchSizes, measureImageBuild } from '../bench/imageBuild.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const EMBED_QUERY = 'embed.html?figure=japan-exports-to-russia-2001';

type Row = { metric: string; value: string; note?: string };
const rows: Row[] = [];
const json: Record<string, unknown> = { runs: RUNS, takenAt: new Date().toISOString() };
const row = (metric: string, value: string, note?: string) => rows.push({ metric, value, note });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
}

function viteBuild(outDir: string, env: Record<string, string> = {}): number {
  const t = performance.now();
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: projectRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  return performance.now() - t;
}

/** One fresh context: navigation → charts-ready (ms) and JS heap after load (bytes). */
async function measure(
  browser: Browser,
  url: string,
): Promise<{ ms: number; heap: number } | { error: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('charts-ready').length > 0,
      null,
      { timeout: 30_000 },
    );
    const ms = await page.evaluate(
      () => performance.getEntriesByName('charts-ready')[0]!.startTime,
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { ms, heap };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0]! };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'cited-bench-'));
  const site = join(tmp, 'site');
  const site10k = join(tmp, 'site-10k');
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    // 1. Builds: the site, the bare Chart.js page beside it (it fetches ../data/figures.json).
    json.buildMs = viteBuild(site);
    await build({
      configFile: false,
      logLevel: 'warn',
      root: resolve(projectRoot, 'src/bench'),
      base: './',
      plugins: [chartJsTreeShake()],
      build: {
        outDir: join(site, 'bare'),
        emptyOutDir: true,
        target: 'es2022',
        rolldownOptions: { input: resolve(projectRoot, 'src/bench/bare.html') },
      },
    });

    // 2. Sizes.
    const pages = [
      { name: 'dashboard', html: 'index.html', url: 'index.html' },
      { name: 'embed', html: 'embed.html', url: EMBED_QUERY },
      { name: 'bare Chart.js', html: 'bare/bare.html', url: 'bare/bare.html' },
    ].filter((p) => {
      if (existsSync(join(site, p.html))) return true;
      row(`${p.name} page`, 'unavailable', `${p.html} is not in the build`);
      return false;
    });
    const sizes: Record<string, unknown> = {};
    for (const p of pages) {
      const assets = pageAssetSizes(site, p.html);
      sizes[p.name] = { js: totalGzip(assets, 'js'), css: totalGzip(assets, 'css'), files: assets };
      row(
        `${p.name}: startup JS gzip`,
        `${(totalGzip(assets, 'js') / 1000).toFixed(2)} kB`,
        `${assets.filter((a) => a.kind === 'js').length} files`,
      );
      row(`${p.name}: startup CSS gzip`, `${(totalGzip(assets, 'css') / 1000).toFixed(2)} kB`);
    }
    json.sizes = sizes;

    // 3. Scale data, validation, 10k build.
    const data1k = join(tmp, 'data-1000');
    const data10k = join(tmp, 'data-10000');
    writeScaleData(data1k, 1_000, 100);
    writeScaleData(data10k, 10_000, 1_000);
    const v1k = timeValidation(data1k, 3);
    const v10k = timeValidation(data10k, 3);
    json.validation = { '1000': v1k, '10000': v10k };
    row(
      'validate 1,000 figures (loadDataset)',
      `${v1k.medianMs.toFixed(0)} ms`,
      `median of 3, ${v1k.errors} errors`,
    );
    row(
      'validate 10,000 figures (loadDataset)',
      `${v10k.medianMs.toFixed(0)} ms`,
      `median of 3, ${v10k.errors} errors; floor < 2000 ms`,
    );
    json.build10kMs = viteBuild(site10k, { CITED_DATA_DIR: data10k });
    row(
      'build with 10,000 figures',
      `${(json.build10kMs as number).toFixed(0)} ms`,
      `6-figure build ${(json.buildMs as number).toFixed(0)} ms`,
    );

    // 4. Search at 10k (the compare picker's index), if that module exists.
    const searchPath = resolve(projectRoot, 'src/model/figureSearch.ts');
    if (existsSync(searchPath)) {
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

    // 5. charts-ready and heap, interleaved page by page so load affects all alike.
    const server = await startStaticServer(site);
    const server10k = await startStaticServer(site10k);
    servers.push(server, server10k);
    browser = await launchBrowser();
    const targets = [
      ...pages.map((p) => ({ name: p.name, url: server.url + p.url })),
      { name: 'dashboard at 10,000 figures', url: server10k.url + 'index.html' },
    ];
    const results = new Map<string, { ms: number[]; heap: number[]; errors: string[] }>(
      targets.map((t) => [t.name, { ms: [], heap: [], errors: [] }]),
    );
    for (let r = 0; r < RUNS; r++) {
      for (const t of targets) {
        const m = await measure(browser, t.url);
        const acc = results.get(t.name)!;
        if ('error' in m) acc.errors.push(m.error);
        else {
          acc.ms.push(m.ms);
          acc.heap.push(m.heap);
        }
      }
    }
    const timing: Record<string, unknown> = {};
    const bare = median(results.get('bare Chart.js')?.ms ?? []);
    const dash = median(results.get('dashboard')!.ms);
    for (const [name, acc] of results) {
      const ms = median(acc.ms);
      timing[name] = {
        medianMs: ms,
        runsMs: acc.ms,
        medianHeapBytes: median(acc.heap),
        errors: acc.errors,
      };
      if (!acc.ms.length) {
        row(`${name}: charts-ready`, 'unavailable', acc.errors[0]);
        continue;
      }
      const ratio =
        name === 'dashboard at 10,000 figures'
          ? `${(ms / dash).toFixed(2)}× the 6-figure dashboard (floor 1.5×)`
          : name === 'bare Chart.js'
            ? 'the floor'
            : `${(ms / bare).toFixed(2)}× bare Chart.js (floor 1.3×)`;
      row(`${name}: charts-ready`, `${ms.toFixed(0)} ms`, `median of ${acc.ms.length}; ${ratio}`);
      row(`${name}: JS heap after load`, `${(median(acc.heap) / 1e6).toFixed(2)} MB`);
    }
    json.chartsReady = timing;
    await browser.close();
    browser = undefined;

    // 6. Lighthouse (desktop preset) against the served dashboard.
    json.lighthouse = await runLighthouse(server.url + 'index.html');
  } finally {
    await browser?.close();
    for (const s of servers) await s.close();
    rmSync(tmp, { recursive: true, force: true });
  }

  // The image build at scale (slow: opt in with BENCH_IMAGES=1000,10000).
  for (const size of imageBenchSizes(process.env.BENCH_IMAGES)) {
    const runs = measureImageBuild(size);
    json[`images${size}`] = runs;
    for (const r of runs)
      row(
        `Images, ${size} figures, ${r.phase}`,
        `${r.seconds.toFixed(1)} s`,
        `peak ${r.peakMb} MB`,
      );
  }

  const out = resolve(projectRoot, 'bench-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), `${JSON.stringify({ ...json, table: rows }, null, 2)}\n`);
  const w = Math.max(...rows.map((r) => r.metric.length));
  const v = Math.max(...rows.map((r) => r.value.length));
  console.log(`\nCited Figures bench (${RUNS} runs each; timings depend on machine load)\n`);
  for (const r of rows)
    console.log(`${r.metric.padEnd(w)}  ${r.value.padStart(v)}  ${r.note ?? ''}`);
  console.log(`\nJSON: ${join(out, 'bench.json')}`);
}

async function runLighthouse(url: string): Promise<Record<string, unknown>> {
  try {
    process.env.CHROME_PATH ??= '/usr/bin/chromium';
    const { default: lighthouse } = await import('lighthouse');
    const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH,
      chromeFlags: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
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
        desktop,
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
      row('Lighthouse metrics', Object.values(metrics).join(' / '), 'FCP / LCP / TBT / CLS / SI');
      row(
        'Lighthouse (desktop)',
        Object.entries(scores)
          .map(([k, s]) => `${k} ${s}`)
          .join(', '),
        'targets 100/100/100, SEO ≥ 95',
      );
      return { scores, metrics, runtimeError: result?.lhr.runtimeError };
    } finally {
      chrome.kill();
    }
  } catch (e) {
    const reason = (e as Error).message.split('\n')[0]!;
    row('Lighthouse', 'unavailable', reason);
    return { unavailable: reason };
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
