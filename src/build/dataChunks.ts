// The dataset split for a static host and a CDN: a small index (ids, labels, topics, sources,
// dates: what a picker, a search box and the first view need), the source list in pages, and one
// chunk per source holding its figures and charts in full. Pure: returns file names and contents, never writes files.

import type { ChartGroup, Dataset, Figure } from '../model/figure.ts';
import {
  chunkPath,
  lookupBuckets,
  lookupFilePath,
  lookupPath,
  SOURCE_PAGE_SIZE,
  sourcePagePath,
  type DataIndex,
  type IndexSource,
  type LookupFile,
  type SourceChunk,
  type SourcePage,
} from '../model/dataIndex.ts';
import { FIRST_VIEW_SOURCES, sourceGroups } from '../model/dashboardLayout.ts';
import type { CorpusSummary } from '../data/fetchChunks.ts';

export {
  chunkPath,
  lookupBuckets,
  lookupPath,
  type DataIndex,
  type IndexFigure,
  type IndexSource,
  type SourceChunk,
} from '../model/dataIndex.ts';

/**
 * The index of a dataset: one small record per source, chart and figure, in dataset order.
 * @example dataIndex(ds, 1).figures[0] // { id: 'japan-exports-to-russia-2001', label: '…', topic: 'trade', …, sourceId: 'mofa-…', date: '2001' }
 */
export function dataIndex(dataset: Dataset, version: number): DataIndex {
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const counts = new Map<string, number>();
  for (const f of dataset.figures)
    counts.set(f.quote.sourceId, (counts.get(f.quote.sourceId) ?? 0) + 1);
  return {
    version,
    sources: dataset.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      date: s.date,
      chunk: chunkPath(s.id),
      figureCount: counts.get(s.id) ?? 0,
    })),
    charts: dataset.charts.map((c) => ({
      id: c.id,
      title: c.title,
      topic: c.topic,
      sourceId: chartSource(c, byId) ?? '',
    })),
    figures: dataset.figures.map((f) => ({
      id: f.id,
      label: f.label,
      topic: f.topic,
      kind: f.kind,
      unit: f.unit,
      status: f.status,
      ...(f.range ? { range: f.range } : { value: f.value }),
      stated: f.stated.text,
      speaker: f.speaker,
      chart: f.chart,
      sourceId: f.quote.sourceId,
      ...((f.period ?? f.asOf) ? { date: f.period ?? f.asOf } : {}),
    })),
  };
}

/** A chart belongs to the source of its first known figure (a chart draws one source's figures). */
function chartSource(chart: ChartGroup, byId: ReadonlyMap<string, Figure>): string | undefined {
  for (const id of chart.figures) {
    const f = byId.get(id);
    if (f) return f.quote.sourceId;
  }
  return undefined;
}

/**
 * One chunk per source, keyed by path. Every figure and chart lands in exactly one chunk, so the
 * chunks together are the whole dataset.
 * @example Object.keys(sourceChunks(ds, 1)) // ['data/chunks/mofa-2002-10-14-kawaguchi-putin.json']
 */
export function sourceChunks(dataset: Dataset, version: number): Record<string, SourceChunk> {
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const chunks = new Map<string, SourceChunk>(
    dataset.sources.map((s) => [s.id, { version, source: s, figures: [], charts: [] }]),
  );
  for (const f of dataset.figures) chunks.get(f.quote.sourceId)?.figures.push(f);
  for (const c of dataset.charts) {
    const id = chartSource(c, byId);
    if (id) chunks.get(id)?.charts.push(c);
  }
  return Object.fromEntries([...chunks].map(([id, chunk]) => [chunkPath(id), chunk]));
}

/**
 * The source of every figure and chart id, split into lookupBuckets(ids) files by lookupPath, so
 * a link to one figure or chart (a deep link, an embed) finds its chunk through a few kB.
 * @example Object.keys(lookupFiles(ds, 1)) // ['data/lookup/0.json']
 */
export function lookupFiles(dataset: Dataset, version: number): Record<string, LookupFile> {
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const buckets = lookupBuckets(dataset.figures.length + dataset.charts.length);
  // Every file exists, empty or not, so an unknown id reads as unknown rather than as a 404.
  const files: Record<string, LookupFile> = Object.fromEntries(
    Array.from({ length: buckets }, (_, n) => [
      lookupFilePath(n),
      { version, buckets, figures: {}, charts: {} },
    ]),
  );
  const file = (id: string) => files[lookupPath(id, buckets)]!;
  for (const f of dataset.figures) file(f.id).figures[f.id] = f.quote.sourceId;
  for (const c of dataset.charts) {
    const sourceId = chartSource(c, byId);
    if (sourceId) file(c.id).charts[c.id] = sourceId;
  }
  return files;
}

/**
 * The list of sources that have figures, in index order, cut into pages of SOURCE_PAGE_SIZE
 * (page 0 always exists): what "Show more sources" reads instead of the whole index.
 * @example Object.keys(sourcePages(dataIndex(tenThousand, 1).sources, 1)).length // 10
 */
export function sourcePages(
  sources: readonly IndexSource[],
  version: number,
): Record<string, SourcePage> {
  const listed = sources.filter((s) => s.figureCount > 0);
  const pages = Math.max(1, Math.ceil(listed.length / SOURCE_PAGE_SIZE));
  return Object.fromEntries(
    Array.from({ length: pages }, (_, page) => [
      sourcePagePath(page),
      {
        version,
        page,
        pages,
        sources: listed.slice(page * SOURCE_PAGE_SIZE, (page + 1) * SOURCE_PAGE_SIZE),
      },
    ]),
  );
}

/**
 * The index, the source pages, the chunks and the lookup files as published files (compact JSON: at 100,000
 * figures, indentation alone would add megabytes).
 * @example Object.keys(chunkFiles(ds, 1)) // ['data/index.json', 'data/chunks/mofa-….json', 'data/lookup/0.json']
 */
export function chunkFiles(dataset: Dataset, version: number): Record<string, string> {
  return Object.fromEntries(chunkFileEntries(dataset, version));
}

/**
 * chunkFiles one file at a time, in the same order, so the build writes each and lets it go.
 * @example chunkFileEntries(ds, 1).next().value // ['data/index.json', '{"$schema":…}\n']
 */
export function* chunkFileEntries(
  dataset: Dataset,
  version: number,
): Generator<[path: string, body: string]> {
  // Each names its published JSON Schema (data/published-index.schema.json, …-chunk.schema.json).
  const index = dataIndex(dataset, version);
  yield [
    'data/index.json',
    `${JSON.stringify({ $schema: 'published-index.schema.json', ...index })}\n`,
  ];
  for (const [path, page] of Object.entries(sourcePages(index.sources, version)))
    yield [
      path,
      `${JSON.stringify({ $schema: '../published-source-page.schema.json', ...page })}\n`,
    ];
  for (const [path, chunk] of Object.entries(sourceChunks(dataset, version)))
    yield [path, `${JSON.stringify({ $schema: '../published-chunk.schema.json', ...chunk })}\n`];
  for (const [path, lookup] of Object.entries(lookupFiles(dataset, version)))
    yield [path, `${JSON.stringify({ $schema: '../published-lookup.schema.json', ...lookup })}\n`];
}

/**
 * What a large corpus's dashboard draws first: its first FIRST_VIEW_SOURCES source(s) with their
 * figures and charts in full, which the page carries inline, so the first view weighs what a
 * one-document site's does at any corpus size; everything else is read from the chunks when a
 * view draws it.
 * @example firstViewDataset(tenThousand).sources.length // 1
 */
export function firstViewDataset(dataset: Dataset): Dataset {
  const ids = new Set(
    sourceGroups(dataset)
      .slice(0, FIRST_VIEW_SOURCES)
      .map((g) => g.sourceId),
  );
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  return {
    sources: dataset.sources.filter((s) => ids.has(s.id)),
    figures: dataset.figures.filter((f) => ids.has(f.quote.sourceId)),
    charts: dataset.charts.filter((c) => ids.has(chartSource(c, byId) ?? '')),
  };
}

/**
 * How many figures the corpus holds, and in how many sources: the page's "N more sources" before
 * it has read the index, and how many lookup files find a figure's chunk.
 * @example corpusSummary(tenThousand) // { figures: 10000, sources: 1000, lookup: 128 }
 */
export function corpusSummary(dataset: Dataset): CorpusSummary {
  return {
    figures: dataset.figures.length,
    sources: new Set(dataset.figures.map((f) => f.quote.sourceId)).size,
    lookup: lookupBuckets(dataset.figures.length + dataset.charts.length),
  };
}
