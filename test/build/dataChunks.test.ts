import { describe, expect, it } from 'vitest';
import {
  chunkFiles,
  chunkPath,
  corpusSummary,
  dataIndex,
  firstViewDataset,
  lookupBuckets,
  lookupFiles,
  lookupPath,
  sourceChunks,
  sourcePages,
} from '../../src/build/dataChunks.ts';
import {
  SOURCE_PAGE_SIZE,
  sourcePagePath,
  type IndexSource,
  type SourcePage,
} from '../../src/model/dataIndex.ts';
import { FIRST_VIEW_SOURCES, SOURCES_PER_PAGE } from '../../src/model/dashboardLayout.ts';
import { exportsFigure, SOURCE_ID, twoSources } from '../support/fixtures.ts';

describe('sourceChunks', () => {
  it('puts every figure and chart in exactly one chunk, its source’s', () => {
    const ds = twoSources();
    const chunks = sourceChunks(ds, 1);
    expect(Object.keys(chunks)).toEqual([chunkPath(SOURCE_ID), chunkPath('other')]);
    const all = Object.values(chunks);
    expect(
      all
        .flatMap((c) => c.figures)
        .map((f) => f.id)
        .sort(),
    ).toEqual(ds.figures.map((f) => f.id).sort());
    expect(
      all
        .flatMap((c) => c.charts)
        .map((c) => c.id)
        .sort(),
    ).toEqual(ds.charts.map((c) => c.id).sort());
    for (const c of all) {
      expect(c.figures.every((f) => f.quote.sourceId === c.source.id)).toBe(true);
    }
    expect(chunks[chunkPath('other')]!.charts.map((c) => c.id)).toEqual(['other-chart']);
  });
});

describe('dataIndex', () => {
  it('lists what a picker and search need, and where each source’s chunk is', () => {
    const index = dataIndex(twoSources(), 1);
    expect(index.sources.map((s) => [s.id, s.chunk, s.figureCount])).toEqual([
      [SOURCE_ID, chunkPath(SOURCE_ID), 3],
      ['other', chunkPath('other'), 1],
    ]);
    expect(index.charts.find((c) => c.id === 'other-chart')?.sourceId).toBe('other');
    const f = index.figures.find((x) => x.id === exportsFigure().id)!;
    expect(Object.keys(f).sort()).toEqual(
      [
        'chart',
        'date',
        'id',
        'kind',
        'label',
        'sourceId',
        'speaker',
        'stated',
        'status',
        'topic',
        'unit',
        'value',
      ].sort(),
    );
    expect(f).not.toHaveProperty('quote');
  });

  it('stays small: a figure’s entry is a fraction of the figure', () => {
    const ds = twoSources();
    const index = JSON.parse(chunkFiles(ds, 1)['data/index.json']!) as ReturnType<typeof dataIndex>;
    expect(JSON.stringify(index.figures).length).toBeLessThan(
      JSON.stringify(ds.figures).length / 2,
    );
  });
});

describe('firstViewDataset and corpusSummary', () => {
  it.each([
    { sources: 2, shown: FIRST_VIEW_SOURCES },
    { sources: SOURCES_PER_PAGE + 3, shown: FIRST_VIEW_SOURCES },
  ])(
    'with $sources sources, the first view holds the first $shown in full',
    ({ sources, shown }) => {
      const base = twoSources();
      const extra = Array.from({ length: sources - 2 }, (_, i) => `extra-${i}`);
      const ds = {
        sources: [
          ...base.sources,
          ...extra.map((id) => ({ ...base.sources[1]!, id, path: `data/sources/${id}.txt` })),
        ],
        figures: [
          ...base.figures,
          ...extra.map((id) => ({
            ...base.figures[3]!,
            id: `${id}-f`,
            chart: `${id}-c`,
            quote: { ...base.figures[3]!.quote, sourceId: id },
          })),
        ],
        charts: [
          ...base.charts,
          ...extra.map((id) => ({ ...base.charts[2]!, id: `${id}-c`, figures: [`${id}-f`] })),
        ],
      };
      const view = firstViewDataset(ds);
      const ids = ds.sources.slice(0, shown).map((s) => s.id);
      expect(view.sources.map((s) => s.id)).toEqual(ids);
      expect(view.figures).toEqual(ds.figures.filter((f) => ids.includes(f.quote.sourceId)));
      expect(view.charts.map((c) => c.id)).toEqual(
        ds.charts
          .filter((c) => view.figures.some((f) => c.figures.includes(f.id)))
          .map((c) => c.id),
      );
      expect(corpusSummary(ds)).toEqual({ figures: ds.figures.length, sources, lookup: 1 });
    },
  );
});

describe('lookupBuckets', () => {
  it.each([
    [0, 1],
    [6, 1],
    [128, 1],
    [129, 2],
    [15_000, 128],
    [150_000, 2048],
  ])('%i ids → %i files', (ids, files) => expect(lookupBuckets(ids)).toBe(files));
});

describe('lookupFiles', () => {
  it.each([1, 5, 20])(
    'with %i sources every figure and chart id is in the file lookupPath names, with its source',
    (n) => {
      const base = twoSources();
      // Many ids, so they spread over several files.
      const extra = Array.from({ length: n * 40 }, (_, i) => ({
        ...base.figures[3]!,
        id: `extra-${i}`,
        chart: `extra-chart-${i}`,
        quote: { ...base.figures[3]!.quote, sourceId: i % 2 ? 'other' : SOURCE_ID },
      }));
      const ds = {
        ...base,
        figures: [...base.figures, ...extra],
        charts: [
          ...base.charts,
          ...extra.map((f) => ({ ...base.charts[2]!, id: f.chart, figures: [f.id] })),
        ],
      };
      const files = lookupFiles(ds, 1);
      const buckets = lookupBuckets(ds.figures.length + ds.charts.length);
      expect(Object.keys(files)).toHaveLength(buckets);
      for (const f of ds.figures)
        expect(files[lookupPath(f.id, buckets)]!.figures[f.id], f.id).toBe(f.quote.sourceId);
      for (const c of ds.charts) {
        const source = ds.figures.find((f) => f.id === c.figures[0])!.quote.sourceId;
        expect(files[lookupPath(c.id, buckets)]!.charts[c.id], c.id).toBe(source);
      }
      const held = Object.values(files).reduce(
        (sum, f) => sum + Object.keys(f.figures).length + Object.keys(f.charts).length,
        0,
      );
      expect(held).toBe(ds.figures.length + ds.charts.length);
    },
  );
});

describe('sourcePages', () => {
  const source = (n: number, figureCount = 1): IndexSource => ({
    id: `s-${n}`,
    title: `S ${n}`,
    publisher: 'P',
    date: '2020',
    chunk: chunkPath(`s-${n}`),
    figureCount,
  });
  it.each([
    { sources: 0, pages: [0] },
    { sources: 1, pages: [1] },
    { sources: SOURCE_PAGE_SIZE, pages: [SOURCE_PAGE_SIZE] },
    { sources: 2 * SOURCE_PAGE_SIZE + 1, pages: [SOURCE_PAGE_SIZE, SOURCE_PAGE_SIZE, 1] },
  ])('$sources sources → pages of $pages', ({ sources, pages }) => {
    const list = Array.from({ length: sources }, (_, n) => source(n));
    const files = sourcePages(list, 1);
    expect(Object.keys(files)).toEqual(pages.map((_, n) => sourcePagePath(n)));
    expect(Object.values(files).map((p) => p.sources.length)).toEqual(pages);
    expect(Object.values(files).every((p, n) => p.page === n && p.pages === pages.length)).toBe(
      true,
    );
    // Every source, once, in index order.
    expect(Object.values(files).flatMap((p) => p.sources)).toEqual(list);
  });
  it('lists only sources that have figures (what "Show more sources" can show)', () => {
    const files = sourcePages([source(0), source(1, 0), source(2)], 1);
    expect(files[sourcePagePath(0)]!.sources.map((s) => s.id)).toEqual(['s-0', 's-2']);
  });
  it('is published beside the index, naming its schema', () => {
    const page = JSON.parse(chunkFiles(twoSources(), 1)[sourcePagePath(0)]!) as SourcePage & {
      $schema: string;
    };
    expect(page.$schema).toBe('../published-source-page.schema.json');
    expect(page.sources.map((s) => s.id)).toEqual([SOURCE_ID, 'other']);
  });
});
