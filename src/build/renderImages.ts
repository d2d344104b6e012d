// Build-time publishing of the chart files (run by src/cli/renderImages.ts after `vite build`):
// for every figure and every chart group, charts/<id>.png (2×), .svg, .pdf, .csv and .json, and
// oembed/<figure-id>.json. Images come from the content-addressed cache, rendered on all cores in
// worker threads when missing; a file whose bytes are already in place is not written again
// (build/siteFiles.ts). It never touches data/ or src/.

import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { colorSlots } from '../charts/palette.ts';
import { DataValidationError } from '../data/dataError.ts';
import { loadDataset } from '../data/loadDataset.ts';
import type { ChartGroup, Dataset, Figure, Source } from '../model/figure.ts';
import { chartUrl, dashboardUrl } from '../export/embedSnippet.ts';
import { figureFiles, figureToCsv, figureToJson } from '../export/figureExport.ts';
import { figuresToCsv } from '../export/csv.ts';
import { chartTitle, figureTitle } from '../export/figureTitle.ts';
import {
  carriedRecords,
  publishedClaimsOf,
  recordColumns,
  recordLines,
  type PublishedClaims,
} from '../export/recordLines.ts';
import { oembedResponse } from '../export/oembed.ts';
import { siteUrl as resolveSiteUrl } from '../export/siteUrl.ts';
import {
  cacheDirFor,
  cachePaths,
  IMAGE_EXTENSIONS,
  imageKey,
  pruneCache,
  readCached,
  rendererFingerprint,
  type CachedMeta,
} from './imageCache.ts';
import { imageFormats, type ImageFormat } from './imageFormats.ts';
import { IMAGE_WIDTH, PIXEL_RATIO, type ImageJob } from './renderImage.ts';
import { renderToCache, type WorkerReply, type WorkerRequest } from './renderWorker.ts';
import { publishCopy, recordPublished, writeChangedFiles } from './siteFiles.ts';
import { workerBundle } from './workerBundle.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
const WORKER_URL = new URL('./renderWorker.ts', import.meta.url).href;

export interface RenderOptions {
  dataDir?: string;
  siteUrl?: string;
  /** Worker threads; default: every core ($CITED_IMAGE_WORKERS overrides). 0 renders in-process. */
  workers?: number;
  /** Image formats to publish; default: $CITED_IMAGES (png,svg,pdf; `none` for none). */
  formats?: readonly ImageFormat[];
  /** Progress lines (files done, time left); default: stderr. */
  log?: (line: string) => void;
}

export interface RenderReport {
  /** Paths published, relative to outDir (whether or not their bytes changed). */
  written: string[];
  /** Of those, the files whose bytes were new or changed (the others were left in place). */
  changed: number;
  /** Files this step published last time into outDir and no longer does. */
  removed: number;
  rendered: number;
  cached: number;
  /** Cache files removed because no job uses them any more. */
  pruned: number;
}

/** One figure or chart group that could not be rendered. */
export class ImageRenderError extends Error {
  constructor(readonly failures: { id: string; error: string }[]) {
    super(
      `Could not render ${failures.length} image(s); the other files were written:\n` +
        failures.map((f) => `  ${f.id}: ${f.error.split('\n')[0]}`).join('\n') +
        '\nFix the figure data (npm run check:data) or the chart code, then run the build again.',
    );
  }
}

/**
 * The image jobs of a dataset: each figure alone (its own title), then each chart group as its
 * card shows it (the group's headline, as the screen shows it, and all its figures); each with
 * the records its claims are read against, for the caption.
 * @example imageJobs(dataset).map((j) => j.id) // ['japan-exports-to-russia-2001', …, 'growth-2001', …]
 */
export function imageJobs(dataset: Dataset): ImageJob[] {
  const sources = new Map<string, Source>(
    dataset.sources.map(({ path: _path, ...s }) => [s.id, s]),
  );
  const sourceOf = (f: Figure): Source => {
    const s = sources.get(f.quote.sourceId);
    if (!s)
      throw new Error(`Figure ${f.id}: source ${f.quote.sourceId} is missing from data/sources/`);
    return s;
  };
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const published = publishedClaimsOf(dataset);
  const withRecords = (figures: Figure[]) => {
    const records = recordLines(figures, published);
    return records.length ? { records } : {};
  };
  // Each figure's colour on the dashboard, so an image matches the chart it was downloaded from.
  const slots = colorSlots(dataset.figures);
  const colorsOf = (figures: readonly Figure[]) =>
    Object.fromEntries(figures.map((f) => [f.id, slots.get(f.id) ?? 0]));
  const figureJobs = dataset.figures.map((f) => ({
    id: f.id,
    title: figureTitle(f),
    figures: [f],
    sources: [sourceOf(f)],
    colors: colorsOf([f]),
    ...withRecords([f]),
  }));
  const chartJobs = dataset.charts.flatMap((c) => {
    const figures = c.figures.flatMap((id) => byId.get(id) ?? []);
    if (figures.length === 0) return [];
    const used = [...new Set(figures.map(sourceOf))];
    return [
      {
        id: c.id,
        title: chartTitle(c),
        figures,
        sources: used,
        colors: colorsOf(figures),
        ...withRecords(figures),
      },
    ];
  });
  return [...figureJobs, ...chartJobs];
}

/**
 * Writes every figure's and chart group's files under `outDir`.
 * @example (await renderImages('dist')).written // ['charts/japan-exports-to-russia-2001.png', …]
 * @throws DataValidationError when data/ does not validate; ImageRenderError after writing
 * everything else when some images failed.
 */
export async function renderImages(
  outDir: string,
  options: RenderOptions = {},
): Promise<RenderReport> {
  const dataDir = options.dataDir ?? resolve(projectRoot, process.env.CITED_DATA_DIR ?? 'data');
  const { dataset, errors } = loadDataset(dataDir, projectRoot);
  if (errors.length > 0) throw new DataValidationError(errors);
  const site = options.siteUrl ?? resolveSiteUrl(process.env.CITED_SITE_URL);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  mkdirSync(resolve(outDir, 'charts'), { recursive: true });
  if (site) mkdirSync(resolve(outDir, 'oembed'), { recursive: true });
  const written: string[] = [];
  // Downloads and oEmbed files, written at the end where their bytes changed.
  const downloads: Record<string, string> = {};
  const write = (path: string, body: string) => {
    downloads[path] = body;
    written.push(path);
  };
  let changed = 0;

  const formats = options.formats ?? imageFormats(process.env.CITED_IMAGES);
  const jobs = imageJobs(dataset);
  const renderer = rendererFingerprint();
  const cacheDir = cacheDirFor(dataDir);
  const keys = jobs.map((job) => imageKey(job, renderer));
  const metas = new Map<string, CachedMeta>();
  const missing: WorkerRequest[] = [];
  const queued = new Set<string>();
  // Jobs whose images come from the cache (none when no format is published).
  let cached = 0;
  jobs.forEach((job, i) => {
    const key = keys[i]!;
    const meta = formats.length > 0 ? readCached(cacheDir, key, formats) : undefined;
    if (meta) {
      metas.set(key, meta);
      cached++;
    } else if (formats.length > 0 && !queued.has(key)) {
      queued.add(key);
      missing.push({ key, job, cacheDir, formats });
    }
  });
  const failures = new Map<string, string>();
  await renderAll(missing, options.workers, log, (reply) => {
    if (reply.ok) metas.set(reply.key, { width: reply.width, height: reply.height });
    else failures.set(reply.key, reply.error);
  });

  const figureIds = new Set(dataset.figures.map((f) => f.id));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const charts = new Map<string, ChartGroup>(dataset.charts.map((c) => [c.id, c]));
  const published = publishedClaimsOf(dataset);
  jobs.forEach((job, i) => {
    const key = keys[i]!;
    const meta = metas.get(key);
    const files = figureFiles(job.id);
    if (meta) {
      const cachedFiles = cachePaths(cacheDir, key);
      for (const ext of formats) {
        if (publishCopy(cachedFiles[ext], resolve(outDir, files[ext])) === 'written') changed++;
        written.push(files[ext]);
      }
    }
    const figure = figureIds.has(job.id) ? byId.get(job.id) : undefined;
    if (figure) {
      const source = sources.get(figure.quote.sourceId)!;
      write(files.csv, figureToCsv(figure, source, recordColumns(published)));
      // Without CITED_SITE_URL: a chart link relative to charts/<id>.json, and no oEmbed file
      // (oEmbed needs absolute URLs); the vite build has printed the one warning.
      write(
        files.json,
        figureToJson(
          figure,
          source,
          chartUrl(site ?? '../', figure.id),
          carriedRecords([figure], published),
        ),
      );
      // Its thumbnail is the PNG: no oEmbed file when PNGs are not published (CITED_IMAGES).
      if (!meta || !site || !formats.includes('png')) return;
      const oembed = oembedResponse({
        figure,
        source,
        siteUrl: site,
        width: IMAGE_WIDTH,
        height: meta.height + 140, // the embed adds links and downloads under the quote
        thumbnail: { width: meta.width * PIXEL_RATIO, height: meta.height * PIXEL_RATIO },
      });
      write(`oembed/${figure.id}.json`, JSON.stringify(oembed, null, 2) + '\n');
      return;
    }
    const chart = charts.get(job.id);
    if (!chart) return;
    const used = dataset.sources.filter((s) => job.sources.some((j) => j.id === s.id));
    write(files.csv, figuresToCsv(job.figures, used, recordColumns(published)));
    write(files.json, chartToJson(chart, job.figures, used, site ?? '../', published));
  });

  const text = writeChangedFiles(outDir, 'downloads', downloads);
  changed += text.written;
  removeStale(resolve(outDir, 'charts'), new Set(jobs.map((j) => j.id)), formats);
  const images = written.filter((path) => !(path in downloads));
  const removed = text.removed + recordPublished(outDir, 'images', images);
  const pruned = pruneCache(cacheDir, new Set(keys));
  if (failures.size > 0) {
    const idOf = new Map(keys.map((k, i) => [k, jobs[i]!.id]));
    throw new ImageRenderError(
      [...failures].map(([key, error]) => ({ id: idOf.get(key) ?? key, error })),
    );
  }
  return { written, changed, removed, rendered: missing.length, cached, pruned };
}

/** A chart group's JSON download: the group, its figures with quotes, their sources, its links
 *  (relative to charts/<id>.json, `../`, when the build has no CITED_SITE_URL) and records. */
function chartToJson(
  chart: ChartGroup,
  figures: readonly Figure[],
  sources: readonly Dataset['sources'][number][],
  site: string,
  published: PublishedClaims,
): string {
  const ids = figures.map((f) => f.id);
  const body = {
    $schema: '../data/chart-download.schema.json',
    chart,
    figures,
    sources,
    chartUrl: dashboardUrl(site, ids),
    embedUrl: `${site}embed.html?chart=${encodeURIComponent(chart.id)}`,
    ...carriedRecords(figures, published),
  };
  return JSON.stringify(body, null, 2) + '\n';
}

/** Removes images under charts/ whose figure or chart group no longer exists, or whose format
 *  is no longer published (reruns on a kept dist/). */
function removeStale(
  chartsDir: string,
  ids: ReadonlySet<string>,
  formats: readonly ImageFormat[],
): void {
  if (!existsSync(chartsDir)) return;
  for (const name of readdirSync(chartsDir)) {
    const m = /^(.+)\.(png|svg|pdf)$/.exec(name);
    if (m && (!ids.has(m[1]!) || !formats.includes(m[2] as ImageFormat)))
      rmSync(join(chartsDir, name), { force: true });
  }
}

/**
 * Renders `requests` on worker threads (or in-process for a few), reporting progress; each
 * thread renders at most `perWorker` images, then a fresh one takes over.
 * @example await renderAll(requests, 2, console.log, (reply) => replies.push(reply), 250)
 */
export async function renderAll(
  requests: WorkerRequest[],
  workers: number | undefined,
  log: (line: string) => void,
  onReply: (reply: WorkerReply) => void,
  perWorker = Number(process.env.CITED_IMAGES_PER_WORKER ?? IMAGES_PER_WORKER),
): Promise<void> {
  if (requests.length === 0) return;
  const started = performance.now();
  let done = 0;
  let lastLog = started;
  const progress = (reply: WorkerReply) => {
    onReply(reply);
    done++;
    const now = performance.now();
    if (now - lastLog < 2000 && done < requests.length) return;
    lastLog = now;
    const left = ((now - started) / done) * (requests.length - done);
    log(
      `images: ${done}/${requests.length} rendered (${Math.round((100 * done) / requests.length)} %, ${done * (requests[0]!.formats ?? IMAGE_EXTENSIONS).length} files)` +
        (done < requests.length
          ? `, about ${formatDuration(left)} left`
          : ` in ${formatDuration(now - started)}`),
    );
  };
  const wanted = workers ?? Number(process.env.CITED_IMAGE_WORKERS ?? availableParallelism());
  // A worker costs a second or so to start (its own Chart.js, canvas and font): not worth it
  // for a handful of images.
  const count = Math.min(wanted, Math.ceil(requests.length / 4));
  if (count <= 1) {
    for (const r of requests) progress(await renderToCache(r));
    return;
  }
  const queue = [...requests];
  await Promise.all(
    Array.from({ length: count }, async () => {
      // A fresh worker after every `perWorker` images: see IMAGES_PER_WORKER.
      while (queue.length > 0) await runWorker(queue, progress, perWorker);
    }),
  );
}

/**
 * Images one worker thread renders before it is replaced. A fresh thread costs about 1.1 CPU-s
 * (tsx, Chart.js, canvas and font; 16 images with 1 a thread against 8: 21.3 against 5.3 CPU-s,
 * round 6), so at 15,000 images 250 a thread spent over a minute of CPU on restarts; the esbuild
 * bundle (build/workerBundle.ts) takes about 0.45 CPU-s off each start (round 8). Since the
 * PNG canvas is reused and the pixel copy freed each turn (renderImage.ts), a thread's RSS stays
 * flat: 233 → 251 MB from the 18th to the 350th image, all three formats (about 0.05 MB an image,
 * round 6); the end of a thread still bounds whatever @napi-rs/canvas keeps.
 */
export const IMAGES_PER_WORKER = 1000;

/** One worker taking up to `limit` jobs from the shared queue, then ending. */
function runWorker(
  queue: WorkerRequest[],
  onReply: (reply: WorkerReply) => void,
  limit = Infinity,
): Promise<void> {
  let taken = 0;
  return new Promise((resolveDone) => {
    // The worker is TypeScript: bundled once by esbuild (build/workerBundle.ts), or else a
    // two-line bootstrap registers tsx's loader in the new thread (an inherited `--import` does
    // not reach workers on Node 20), then imports it.
    const bundle = workerBundle();
    const bootstrap =
      `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
      `.then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); });`;
    const worker = bundle ? new Worker(new URL(bundle)) : new Worker(bootstrap, { eval: true });
    let current: WorkerRequest | undefined;
    const next = () => {
      current = taken++ < limit ? queue.shift() : undefined;
      if (current) worker.postMessage(current);
      else void worker.terminate().then(() => resolveDone());
    };
    worker.on('message', (reply: WorkerReply) => {
      onReply(reply);
      next();
    });
    worker.on('error', (e) => {
      // A crash loses only the job in hand: report it and let the other workers finish.
      if (current) onReply({ key: current.key, ok: false, error: String(e) });
      resolveDone();
    });
    next();
  });
}

/** @example formatDuration(95_000) // '1 min 35 s' */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
