// Links, embed snippet, citation lines, file names and the JSON download of a comparison.
import { describe, expect, it } from 'vitest';
import type { Figure, PublishedSource } from '../../src/model/figure.ts';
import { planComparison } from '../../src/model/compare.ts';
import { deriveComparisons } from '../../src/model/derived.ts';
import {
  comparisonJson,
  comparisonUrl,
  downloadName,
  comparisonEmbed,
  siteBase,
} from '../../src/export/comparison.ts';

function fig(id: string, value: number, extra: Partial<Figure> = {}): Figure {
  return {
    id,
    label: `Label ${id}`,
    topic: 'trade',
    kind: 'change',
    value,
    unit: 'percent',
    status: 'actual',
    speaker: 'Foreign Minister Kawaguchi',
    stated: { text: 'x', start: 0, end: 1 },
    quote: { sourceId: 'src', exact: `Quote of ${id}.`, prefix: '', suffix: '', start: 0, end: 1 },
    notes: [],
    chart: 'c',
    ...extra,
  };
}
const source: PublishedSource = {
  id: 'src',
  title: 'The meeting',
  publisher: 'MOFA',
  date: '2002-10-14',
  url: 'https://www.mofa.go.jp/x.html',
  language: 'en',
  sha256: '0'.repeat(64),
  path: 'sources/src.txt',
};

describe('links', () => {
  it.each([
    [
      'https://x.test/site/index.html#/',
      ['a', 'b'],
      'https://x.test/site/index.html#/compare?figures=a,b',
    ],
    ['https://x.test/site/', ['a'], 'https://x.test/site/#/compare?figures=a'],
    [
      'https://x.test/index.html#/compare?figures=z',
      [],
      'https://x.test/index.html#/compare?figures=',
    ],
  ])('comparisonUrl(%s, %j) → %s', (href, ids, out) => expect(comparisonUrl(href, ids)).toBe(out));

  it.each([
    ['https://x.test/site/index.html#/compare?figures=a', 'https://x.test/site/'],
    ['https://x.test/site/', 'https://x.test/site/'],
    ['http://127.0.0.1:4173/index.html?x=1#/', 'http://127.0.0.1:4173/'],
  ])('siteBase(%s) → %s', (href, out) => expect(siteBase(href)).toBe(out));

  it.each([
    [['a', 'b'], 'https://x.test/site/embed.html?figures=a,b'],
    [['a'], 'https://x.test/site/embed.html?figure=a'],
  ])('comparisonEmbed of %j points the iframe at %s', (ids, url) => {
    const embed = comparisonEmbed(
      'https://x.test/site/index.html#/compare',
      ids.map((id) => fig(id, 40)),
    );
    expect(embed.url).toBe(url);
    // The frame's fallback content (image and citation) follows on the next lines.
    expect(embed.snippet.split('\n')[0]).toBe(
      `<iframe src="${url}" title="Comparison: ${ids.map((id) => `Label ${id}, +40 %`).join('; ')}" width="100%" height="520" loading="lazy" data-cited-figures>`,
    );
  });
});

describe('comparisonJson', () => {
  it('holds the selection, the axes, the derived numbers, the figures and only their sources', () => {
    const figures = [fig('a', 40), fig('b', 100)];
    const plan = planComparison(['b', 'a', 'nope'], figures);
    const other = { ...source, id: 'other' };
    const json = JSON.parse(
      comparisonJson(plan, deriveComparisons(plan.figures), [source, other], 'U'),
    );
    expect(json.comparison.url).toBe('U');
    expect(json.comparison.figures).toEqual(['b', 'a']);
    expect(json.comparison.charts).toEqual([
      expect.objectContaining({ axis: 'change', figures: ['b', 'a'] }),
    ]);
    expect(json.comparison.separation).toBeNull();
    expect(json.comparison.derived[0]).toMatchObject({
      kind: 'ratio',
      value: 2.5,
      inputs: ['b', 'a'],
    });
    expect(json.figures.map((f: Figure) => f.id)).toEqual(['b', 'a']);
    expect(json.sources.map((s: PublishedSource) => s.id)).toEqual(['src']);
  });
});

describe('downloadName', () => {
  it.each([
    [['a', 'b'], 'csv', 'comparison-a-and-1-more.csv'],
    [['a'], 'png', 'comparison-a.png'],
    [[], 'png', 'comparison-empty.png'],
    [['x'.repeat(200), 'y', 'z'], 'json', `comparison-${'x'.repeat(60)}-and-2-more.json`],
  ])('%j %s → %s', (ids, ext, out) => expect(downloadName(ids, ext)).toBe(out));
});
