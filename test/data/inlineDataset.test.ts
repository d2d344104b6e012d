// @vitest-environment jsdom
// jsdom: the data block must survive a real HTML parser, as in the browser.
import { describe, expect, it } from 'vitest';
import {
  INLINE_DATASET_ID,
  inlineDatasetTag,
  readInlineDataset,
  readInlinePage,
} from '../../src/data/inlineDataset.ts';
import { chartGroup, exportsFigure, sourceMeta } from '../support/fixtures.ts';

const figuresJson = () =>
  JSON.stringify({
    version: 1,
    figures: [exportsFigure()],
    charts: [chartGroup('c', [exportsFigure().id])],
  });
const sourcesJson = (title = sourceMeta().title) =>
  JSON.stringify({
    version: 1,
    sources: [{ ...sourceMeta(), title, path: `data/sources/${sourceMeta().id}.txt` }],
  });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** Parses the tag the way a browser does and reads it back. */
const roundTrip = (tag: string) => readInlineDataset(parse(`<body>${tag}</body>`));

describe('inlineDatasetTag → readInlineDataset', () => {
  it('carries the dataset through an HTML parser unchanged', () => {
    const tag = inlineDatasetTag(figuresJson(), sourcesJson())!;
    expect(tag.startsWith(`<script type="application/json" id="${INLINE_DATASET_ID}">`)).toBe(true);
    const d = roundTrip(tag)!;
    expect(d.figures.map((f) => f.id)).toEqual([exportsFigure().id]);
    expect(d.charts[0]!.id).toBe('c');
    expect(d.sources[0]!.id).toBe(sourceMeta().id);
  });

  it.each([
    { title: 'Ends early </script><script>alert(1)</script>' },
    { title: 'A <!-- comment and </SCRIPT >' },
  ])('keeps markup in the data as text: $title', ({ title }) => {
    const tag = inlineDatasetTag(figuresJson(), sourcesJson(title))!;
    expect(tag.slice(0, -'</script>'.length)).not.toMatch(/<\//);
    const dom = parse(`<body>${tag}</body>`);
    expect(dom.querySelectorAll('script')).toHaveLength(1);
    expect(readInlineDataset(dom)!.sources[0]!.title).toBe(title);
  });

  it('is left out above the size limit', () => {
    expect(inlineDatasetTag(figuresJson(), sourcesJson(), 100)).toBeUndefined();
  });
});

describe('readInlineDataset', () => {
  it.each([
    { body: '<div id="app"></div>', expected: undefined },
    {
      body: `<script type="application/json" id="${INLINE_DATASET_ID}"></script>`,
      expected: undefined,
    },
  ])('no block: $body', ({ body, expected }) => {
    expect(readInlineDataset(parse(body))).toBe(expected);
  });

  it.each([
    { json: '{"figures":', problem: /data block .* is not valid JSON/ },
    { json: '{"figures":{"version":2},"sources":{}}', problem: /not a Cited Figures dataset/ },
  ])('says what is wrong with a damaged block: $json', ({ json, problem }) => {
    const doc = parse(`<script type="application/json" id="${INLINE_DATASET_ID}">${json}</script>`);
    expect(() => readInlineDataset(doc)).toThrow(problem);
  });
});

describe('readInlinePage: a large corpus’s first view', () => {
  const page = (tag: string) => readInlinePage(parse(`<body>${tag}</body>`));
  it('carries the corpus counts beside the first view, and none for a whole dataset', () => {
    const corpus = { figures: 10_000, sources: 1_000 };
    const first = page(inlineDatasetTag(figuresJson(), sourcesJson(), Infinity, corpus)!)!;
    expect(first.corpus).toEqual(corpus);
    expect(first.dataset.figures.map((f) => f.id)).toEqual([exportsFigure().id]);
    expect(page(inlineDatasetTag(figuresJson(), sourcesJson())!)!.corpus).toBeUndefined();
  });
  it.each([{ figures: 'many', sources: 2 }, { figures: 1 }, { figures: 1.5, sources: 2 }])(
    'rejects the counts %j, saying how to fix it',
    (corpus) => {
      const tag = inlineDatasetTag(figuresJson(), sourcesJson(), Infinity, corpus as never)!;
      expect(() => page(tag)).toThrow(
        'has a "corpus" without whole "figures" and "sources" counts',
      );
    },
  );
});
