// The browser loader with a fake fetch: a sound deployment loads; every failure is a
// DataLoadError with a message saying what failed and a fix saying what to do.

import { describe, expect, it } from 'vitest';
import {
  DataLoadError,
  checkPublished,
  fetchDataset,
  fetchSourceText,
} from '../../src/data/fetchDataset.ts';
import { publishDataset } from '../../src/build/publish.ts';
import { validateData } from '../../src/data/validate.ts';
import { SOURCE_ID, SOURCE_TEXT, tinyData, toRawInput } from '../support/fixtures.ts';

function publishedFiles(): Record<string, string> {
  const { dataset } = validateData(toRawInput(tinyData()));
  return publishDataset(dataset, new Map([[SOURCE_ID, SOURCE_TEXT]]));
}

/** A fetch that serves `files` (keys like data/figures.json) under ./ and records each URL. */
function fakeFetch(files: Record<string, string | { status: number; body?: string } | Error>) {
  const urls: string[] = [];
  const fetchFn = async (url: string): Promise<Response> => {
    urls.push(url);
    const entry = files[url.replace(/^\.\//, '')];
    if (entry instanceof Error) throw entry;
    if (entry === undefined) return new Response('not found', { status: 404 });
    if (typeof entry === 'string') return new Response(entry, { status: 200 });
    return new Response(entry.body ?? '', { status: entry.status });
  };
  return { fetchFn, urls };
}

async function loadError(files: Parameters<typeof fakeFetch>[0]): Promise<DataLoadError> {
  try {
    await fetchDataset('./data/', fakeFetch(files).fetchFn);
  } catch (e) {
    expect(e).toBeInstanceOf(DataLoadError);
    return e as DataLoadError;
  }
  throw new Error('fetchDataset did not fail');
}

describe('fetchDataset', () => {
  it('loads figures, charts and sources from ./data/', async () => {
    const { fetchFn, urls } = fakeFetch(publishedFiles());
    const ds = await fetchDataset('./data/', fetchFn);
    expect(ds.figures.map((f) => f.id)).toEqual(['tiny-exports', 'tiny-share', 'tiny-invested']);
    expect(ds.charts).toHaveLength(3);
    expect(ds.sources[0]!.path).toBe(`data/sources/${SOURCE_ID}.txt`);
    expect(urls.sort()).toEqual(['./data/figures.json', './data/sources.json']);
  });

  it.each([
    {
      name: '404',
      files: (f: Record<string, string>) => ({ ...f, 'data/figures.json': { status: 404 } }),
      message: /Loading \.\/data\/figures\.json failed \(HTTP 404\)/,
      fix: /Deploy the whole dist\/ folder/,
    },
    {
      name: '500 with a JSON error body (the dev server reports validation)',
      files: (f: Record<string, string>) => ({
        ...f,
        'data/sources.json': { status: 500, body: JSON.stringify({ error: 'value is 45' }) },
      }),
      message: /HTTP 500\)\. value is 45/,
      fix: /npm run check:data/,
    },
    {
      name: 'network error',
      files: (f: Record<string, string>) => ({
        ...f,
        'data/figures.json': new TypeError('Failed to fetch'),
      }),
      message: /Could not reach \.\/data\/figures\.json/,
      fix: /Check your connection/,
    },
    {
      name: 'invalid JSON',
      files: (f: Record<string, string>) => ({ ...f, 'data/figures.json': '{"version": 1,' }),
      message: /\.\/data\/figures\.json is not valid JSON/,
      fix: /Rebuild the site/,
    },
    {
      name: 'wrong shape: not a dataset',
      files: (f: Record<string, string>) => ({ ...f, 'data/figures.json': '[]' }),
      message: /data\/figures\.json is not a Cited Figures dataset/,
      fix: /npm run build/,
    },
    {
      name: 'wrong shape: sources without version',
      files: (f: Record<string, string>) => ({ ...f, 'data/sources.json': '{"sources": []}' }),
      message: /data\/sources\.json is not a Cited Figures source list/,
      fix: /npm run build/,
    },
  ])('$name → DataLoadError with message and fix', async ({ files, message, fix }) => {
    const e = await loadError(files(publishedFiles()));
    expect(e.message).toMatch(message);
    expect(e.fix).toMatch(fix);
  });
});

describe('checkPublished', () => {
  const sound = () => {
    const files = publishedFiles();
    return {
      figures: JSON.parse(files['data/figures.json']!),
      sources: JSON.parse(files['data/sources.json']!),
    };
  };
  it.each([
    {
      name: 'a figure without a value',
      breakIt: (d: ReturnType<typeof sound>) => delete d.figures.figures[1].value,
      message: /figure 2 \(tiny-share\) is incomplete/,
    },
    {
      name: 'a chart without figures',
      breakIt: (d: ReturnType<typeof sound>) => delete d.figures.charts[0].figures,
      message: /chart 1 is incomplete/,
    },
    {
      name: 'a source path outside data/sources/',
      breakIt: (d: ReturnType<typeof sound>) =>
        (d.sources.sources[0].path = 'https://evil.test/x.txt'),
      message: /source 1 is incomplete or has an unexpected path/,
    },
  ])('$name', ({ breakIt, message }) => {
    const d = sound();
    breakIt(d);
    expect(() => checkPublished(d.figures, d.sources)).toThrow(message);
    try {
      checkPublished(d.figures, d.sources);
    } catch (e) {
      expect((e as DataLoadError).fix).not.toBe('');
    }
  });
});

describe('fetchSourceText', () => {
  it('fetches the text at the source path, relative to the page', async () => {
    const { fetchFn, urls } = fakeFetch(publishedFiles());
    const { dataset } = validateData(toRawInput(tinyData()));
    expect(await fetchSourceText(dataset.sources[0]!, fetchFn)).toBe(SOURCE_TEXT);
    expect(urls).toEqual([`./data/sources/${SOURCE_ID}.txt`]);
  });

  it('a missing text → DataLoadError', async () => {
    const { dataset } = validateData(toRawInput(tinyData()));
    await expect(fetchSourceText(dataset.sources[0]!, fakeFetch({}).fetchFn)).rejects.toThrow(
      DataLoadError,
    );
  });
});
