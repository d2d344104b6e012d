import { describe, expect, it } from 'vitest';
import {
  checkChunk,
  checkIndex,
  checkLookup,
  checkSourcePage,
  ChunkedCorpus,
  mergeDatasets,
} from '../../src/data/fetchChunks.ts';
import { DataLoadError } from '../../src/data/fetchDataset.ts';
import { chunkFiles, firstViewDataset } from '../../src/build/dataChunks.ts';
import { chunkPath, sourcePagePath } from '../../src/model/dataIndex.ts';
import type { Dataset } from '../../src/model/figure.ts';
import { validateData } from '../../src/data/validate.ts';
import { generateSyntheticData, toRawData } from '../../src/bench/syntheticData.ts';
import type { Route } from '../../src/model/route.ts';
import { SOURCE_ID, twoSources } from '../support/fixtures.ts';

/** The published index and chunks of the two-source dataset, served by a fetch that counts. */
function site(broken: Record<string, string> = {}, lookup?: number) {
  const files: Record<string, string> = { ...chunkFiles(twoSources(), 1), ...broken };
  const fetchFn = (url: string) => {
    const body = files[url.replace(/^\.\//, '')];
    return Promise.resolve(
      body === undefined ? new Response('not found', { status: 404 }) : new Response(body),
    );
  };
  // The page carries the first source only (as if the dashboard's first page were one source).
  const first = { ...twoSources(), sources: [twoSources().sources[0]!] };
  first.figures = first.figures.filter((f) => f.quote.sourceId === SOURCE_ID);
  first.charts = first.charts.filter((c) => c.id !== 'other-chart');
  const summary = { figures: 4, sources: 2, ...(lookup ? { lookup } : {}) };
  return { files, corpus: new ChunkedCorpus(first, summary, './', fetchFn) };
}

describe('checkChunk', () => {
  const good = () =>
    JSON.parse(chunkFiles(twoSources(), 1)[chunkPath('other')]!) as Record<string, unknown>;
  it.each([
    {
      name: 'a wrong version',
      chunk: { ...good(), version: 9 },
      says: 'is not a Cited Figures chunk',
    },
    {
      name: 'no source',
      chunk: { ...good(), source: undefined },
      says: 'is not a Cited Figures chunk',
    },
    {
      name: 'a figure without its id',
      chunk: { ...good(), figures: [{ ...(good().figures as object[])[0], id: undefined }] },
      says: `${chunkPath('other')}: figure 1 (undefined) is incomplete`,
    },
    {
      name: 'a source with an unexpected path',
      chunk: { ...good(), source: { ...(good().source as object), path: '../x' } },
      says: `${chunkPath('other')}: source 1 is incomplete`,
    },
  ])('names the chunk file for $name', ({ chunk, says }) => {
    expect(() => checkChunk(chunk, chunkPath('other'))).toThrow(DataLoadError);
    expect(() => checkChunk(chunk, chunkPath('other'))).toThrow(says);
  });

  it('reads a good chunk as a dataset of one source', () => {
    const d = checkChunk(good(), chunkPath('other'));
    expect([
      d.sources.map((s) => s.id),
      d.figures.map((f) => f.id),
      d.charts.map((c) => c.id),
    ]).toEqual([['other'], ['other-amount'], ['other-chart']]);
  });
});

describe('checkIndex', () => {
  const good = () =>
    JSON.parse(chunkFiles(twoSources(), 1)['data/index.json']!) as Record<string, unknown>;
  it.each([
    { name: 'a wrong version', index: { ...good(), version: 2 } },
    { name: 'no figures', index: { ...good(), figures: undefined } },
    {
      name: 'a figure without its source',
      index: { ...good(), figures: [{ id: 'a', label: 'A' }] },
    },
    { name: 'not an object', index: null },
  ])('rejects $name, naming data/index.json', ({ index }) => {
    expect(() => checkIndex(index)).toThrow('data/index.json is not a Cited Figures index');
  });
  it('accepts the published index', () => {
    expect(checkIndex(good()).figures).toHaveLength(4);
  });
});

describe('mergeDatasets', () => {
  it('appends what is new and keeps the order of what was there', () => {
    const all = twoSources();
    const first = firstViewDataset({ ...all, sources: all.sources.slice(0, 1) });
    const merged = mergeDatasets(first, all);
    expect(merged.figures.map((f) => f.id)).toEqual(all.figures.map((f) => f.id));
    expect(mergeDatasets(merged, all)).toEqual(merged);
  });
});

describe('ChunkedCorpus', () => {
  const other = `./${chunkPath('other')}`;
  it.each<{ route: Route; fetched: string[]; has: string[]; refetch?: string[] }>([
    { route: { view: 'dashboard' }, fetched: [], has: [] },
    { route: { view: 'figure', id: 'tiny-exports' }, fetched: [], has: [] },
    {
      route: { view: 'figure', id: 'other-amount' },
      fetched: ['./data/index.json', other],
      has: ['other-amount'],
    },
    { route: { view: 'source', sourceId: 'other' }, fetched: [other], has: ['other-amount'] },
    {
      route: { view: 'compare', figures: ['other-amount', 'nowhere'] },
      fetched: ['./data/index.json', other],
      has: ['other-amount'],
    },
    {
      route: { view: 'source', sourceId: 'nowhere' },
      fetched: ['./data/chunks/nowhere.json', './data/index.json'],
      has: [],
      // An unknown source is asked for again (it may have been deployed since); the index is kept.
      refetch: ['./data/chunks/nowhere.json'],
    },
  ])('$route.view $route reads exactly $fetched', async ({ route, fetched, has, refetch = [] }) => {
    const { corpus } = site();
    const d = await corpus.loadRoute(route);
    expect(corpus.fetched).toEqual(fetched);
    for (const id of has) expect(d.figures.some((f) => f.id === id)).toBe(true);
    // Asked again, nothing more is fetched (but an unknown source).
    await corpus.loadRoute(route);
    expect(corpus.fetched).toEqual([...fetched, ...refetch]);
  });

  it('reads the next sources from the first page of the source list, and counts what is left', async () => {
    const { corpus } = site();
    expect(corpus.sourcesLeft).toBe(1);
    await corpus.loadMoreSources(5);
    expect(corpus.fetched).toEqual(['./data/source-pages/0.json', other]);
    expect(corpus.sourcesLeft).toBe(0);
  });

  it('reads the next sources from the index instead once a search has read it', async () => {
    const { corpus } = site();
    await corpus.index();
    await corpus.loadMoreSources(5);
    expect(corpus.fetched).toEqual(['./data/index.json', other]);
  });

  it('throws a broken chunk’s error, then fetches it again when asked again', async () => {
    const { corpus, files } = site({ [chunkPath('other')]: '{"version":1' });
    const route: Route = { view: 'source', sourceId: 'other' };
    await expect(corpus.loadRoute(route)).rejects.toThrow(`${other} is not valid JSON`);
    files[chunkPath('other')] = chunkFiles(twoSources(), 1)[chunkPath('other')]!;
    await corpus.loadRoute(route);
    expect(corpus.hasRoute(route)).toBe(true);
    expect(corpus.fetched.filter((u) => u === other)).toHaveLength(2);
  });
});

describe('ChunkedCorpus with lookup files (what the built pages name)', () => {
  const other = `./${chunkPath('other')}`;
  const lookup = './data/lookup/0.json';
  it.each<{ name: string; load: (c: ChunkedCorpus) => Promise<unknown>; fetched: string[] }>([
    {
      name: 'a figure in another source',
      load: (c) => c.loadFigures(['other-amount']),
      fetched: [lookup, other],
    },
    {
      name: 'a chart in another source',
      load: (c) => c.loadCharts(['other-chart']),
      fetched: [lookup, other],
    },
    { name: 'an unknown figure', load: (c) => c.loadFigures(['nowhere']), fetched: [lookup] },
    { name: 'a figure already here', load: (c) => c.loadFigures(['tiny-exports']), fetched: [] },
    { name: 'a chart already here', load: (c) => c.loadCharts(['growth']), fetched: [] },
  ])('$name reads $fetched, never the index', async ({ load, fetched }) => {
    const { corpus } = site({}, 1);
    await load(corpus);
    expect(corpus.fetched).toEqual(fetched);
  });

  it('uses the index instead once a search has read it', async () => {
    const { corpus } = site({}, 1);
    await corpus.index();
    await corpus.loadFigures(['other-amount']);
    expect(corpus.fetched).toEqual(['./data/index.json', other]);
  });

  it('names a broken lookup file and how to fix it', async () => {
    const { corpus } = site({ 'data/lookup/0.json': '{"version":1,"figures":[]}' }, 1);
    await expect(corpus.loadFigures(['other-amount'])).rejects.toThrow(
      'data/lookup/0.json is not a Cited Figures lookup file',
    );
  });
});

describe('checkLookup', () => {
  it.each([
    { name: 'null', file: null },
    { name: 'a wrong version', file: { version: 9, figures: {}, charts: {} } },
    { name: 'figures as a list', file: { version: 1, figures: [], charts: {} } },
    { name: 'a number for a source', file: { version: 1, figures: { a: 1 }, charts: {} } },
    { name: 'no charts', file: { version: 1, figures: {} } },
  ])('rejects $name, naming the file', ({ file }) => {
    expect(() => checkLookup(file, 'data/lookup/3.json')).toThrow(
      'data/lookup/3.json is not a Cited Figures lookup file',
    );
  });
});

describe('ChunkedCorpus: "Show more sources" over many pages of the source list', () => {
  // 250 sources with a figure each: pages of SOURCE_PAGE_SIZE (100), so three pages.
  const many = () => {
    const { dataset, errors } = validateData(
      toRawData(generateSyntheticData({ figures: 250, sources: 250 })),
    );
    expect(errors).toEqual([]);
    return dataset;
  };
  function manySite(broken: Record<string, string> = {}) {
    const all = many();
    const files: Record<string, string> = { ...chunkFiles(all, 1), ...broken };
    const fetchFn = (url: string) => {
      const body = files[url.replace(/^\.\//, '')];
      return Promise.resolve(
        body === undefined ? new Response('not found', { status: 404 }) : new Response(body),
      );
    };
    const first = firstViewDataset(all);
    return {
      all,
      files,
      corpus: new ChunkedCorpus(first, { figures: 250, sources: 250 }, './', fetchFn),
    };
  }
  const page = (n: number) => `./${sourcePagePath(n)}`;
  const chunksOf = (all: Dataset, from: number, to: number) =>
    all.sources.slice(from, to).map((s) => `./${chunkPath(s.id)}`);

  it.each<{ name: string; asks: number[]; pages: string[]; upTo: number }>([
    { name: 'five, twice', asks: [5, 5], pages: [page(0)], upTo: 11 },
    { name: 'to the end of page 0', asks: [99], pages: [page(0)], upTo: 100 },
    { name: 'across a page', asks: [98, 5], pages: [page(0), page(1)], upTo: 104 },
    { name: 'past page 0, then on', asks: [99, 5, 5], pages: [page(0), page(1)], upTo: 110 },
    { name: 'everything', asks: [1000], pages: [page(0), page(1), page(2)], upTo: 250 },
  ])(
    '$name: reads $pages once each and the next sources in order',
    async ({ asks, pages, upTo }) => {
      const { all, corpus } = manySite();
      for (const n of asks) await corpus.loadMoreSources(n);
      expect(corpus.fetched.filter((u) => u.includes('source-pages'))).toEqual(pages);
      expect(corpus.fetched.filter((u) => u.includes('/chunks/'))).toEqual(chunksOf(all, 1, upTo));
      expect(corpus.sourcesLeft).toBe(250 - upTo);
      expect(corpus.fetched).not.toContain('./data/index.json');
    },
  );

  it('names a broken page and how to fix it, and fetches it again when asked again', async () => {
    const { corpus, files } = manySite({ [sourcePagePath(0)]: '{"version":1,"page":0}' });
    await expect(corpus.loadMoreSources(5)).rejects.toThrow(
      'data/source-pages/0.json is not a page of a Cited Figures source list',
    );
    files[sourcePagePath(0)] = chunkFiles(many(), 1)[sourcePagePath(0)]!;
    await corpus.loadMoreSources(5);
    expect(corpus.fetched.filter((u) => u === page(0))).toHaveLength(2);
    expect(corpus.sourcesLeft).toBe(250 - 6);
  });
});

describe('checkSourcePage', () => {
  it.each([
    { name: 'null', file: null },
    { name: 'a wrong version', file: { version: 9, page: 0, pages: 1, sources: [] } },
    { name: 'no pages', file: { version: 1, page: 0, sources: [] } },
    { name: 'a negative page', file: { version: 1, page: -1, pages: 1, sources: [] } },
    { name: 'a source without id', file: { version: 1, page: 0, pages: 1, sources: [{}] } },
  ])('rejects $name, naming the file', ({ file }) => {
    expect(() => checkSourcePage(file, 'data/source-pages/3.json')).toThrow(
      'data/source-pages/3.json is not a page of a Cited Figures source list',
    );
  });
});
