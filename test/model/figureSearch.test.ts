// The picker's filter: text (all words, any case), topic, speaker, source and source date; the
// result limit with a total count; grouping by topic and source; and 10,000 generated figures.
import { describe, expect, it } from 'vitest';
import type { Figure, Source } from '../../src/model/figure.ts';
import {
  buildSearchIndex,
  groupResults,
  matchCount,
  moreCount,
  padDate,
  RESULT_LIMIT,
  searchFigures,
  type FigureFilter,
} from '../../src/model/figureSearch.ts';
import { aSource, quotedFigure } from '../support/fixtures.ts';

const source = (id: string, date: string, title = `Title of ${id}`): Source =>
  aSource({ id, title, publisher: 'MOFA', date, url: `https://example.test/${id}` });

function fig(
  id: string,
  label: string,
  topic: string,
  speaker: string,
  sourceId: string,
  exact = label,
): Figure {
  return quotedFigure({ id, label, topic, speaker, value: 1 }, exact, sourceId);
}

const sources = [
  source('mofa-2002', '2002-10-14', 'Kawaguchi meets Putin'),
  source('mofa-1999', '1999-03-01'),
  source('unused', '2010-01-01'),
];
const figures = [
  fig(
    'exports',
    "Japan's exports to Russia",
    'trade',
    'Kawaguchi',
    'mofa-2002',
    'exports increased 40%',
  ),
  fig(
    'fdi',
    "Japan's direct investment to Russia",
    'investment',
    'Kawaguchi',
    'mofa-2002',
    'investment had doubled',
  ),
  fig(
    's2',
    'Japanese capital in Sakhalin-2',
    'investment',
    'Kawaguchi',
    'mofa-2002',
    '45% of Sakhalin 2',
  ),
  fig('old-trade', 'Trade in 1998', 'trade', 'Komura', 'mofa-1999', 'Trade fell'),
];
const index = buildSearchIndex(figures, sources);
const ids = (filter: FigureFilter) => searchFigures(index, filter).figures.map((f) => f.id);

describe('buildSearchIndex', () => {
  it('lists the filter choices, sorted, with only sources that have figures', () => {
    expect(index.topics).toEqual(['investment', 'trade']);
    expect(index.speakers).toEqual(['Kawaguchi', 'Komura']);
    expect(index.sources.map((s) => s.id)).toEqual(['mofa-1999', 'mofa-2002']);
  });
});

describe('searchFigures', () => {
  it.each([
    { filter: {}, out: ['exports', 'fdi', 's2', 'old-trade'] },
    { filter: { text: '' }, out: ['exports', 'fdi', 's2', 'old-trade'] },
    { filter: { text: 'RUSSIA' }, out: ['exports', 'fdi'] },
    { filter: { text: 'sakhalin 45' }, out: ['s2'] },
    { filter: { text: '45 sakhalin' }, out: ['s2'] },
    { filter: { text: '  doubled   ' }, out: ['fdi'] },
    { filter: { text: 'putin' }, out: ['exports', 'fdi', 's2'] },
    { filter: { text: 'komura' }, out: ['old-trade'] },
    { filter: { text: 'nothing-like-this' }, out: [] },
    { filter: { topic: 'trade' }, out: ['exports', 'old-trade'] },
    { filter: { speaker: 'Komura' }, out: ['old-trade'] },
    { filter: { sourceId: 'mofa-2002' }, out: ['exports', 'fdi', 's2'] },
    { filter: { topic: 'trade', sourceId: 'mofa-2002' }, out: ['exports'] },
    { filter: { from: '2000' }, out: ['exports', 'fdi', 's2'] },
    { filter: { to: '1999' }, out: ['old-trade'] },
    { filter: { from: '1999-03', to: '1999-03' }, out: ['old-trade'] },
    { filter: { from: '2002-10-14', to: '2002-10-14' }, out: ['exports', 'fdi', 's2'] },
    { filter: { from: '2002-10-15' }, out: [] },
    { filter: { text: 'trade', to: '2001' }, out: ['old-trade'] },
  ])('$filter → $out', ({ filter, out }) => expect(ids(filter)).toEqual(out));

  it('counts every match but returns at most `limit`', () => {
    const result = searchFigures(index, {}, 2);
    expect(result.figures.map((f) => f.id)).toEqual(['exports', 'fdi']);
    expect(result.total).toBe(4);
  });
});

describe('groupResults', () => {
  it('groups by topic and source in the order groups first appear', () => {
    const groups = groupResults(index, searchFigures(index, {}).figures);
    expect(groups.map((g) => [g.topic, g.sourceTitle, g.figures.map((f) => f.id)])).toEqual([
      ['trade', 'Kawaguchi meets Putin', ['exports']],
      ['investment', 'Kawaguchi meets Putin', ['fdi', 's2']],
      ['trade', 'Title of mofa-1999', ['old-trade']],
    ]);
  });
});

describe('padDate', () => {
  it.each([
    ['2001', '-01-01', '2001-01-01'],
    ['2001', '-12-31', '2001-12-31'],
    ['2001-02', '-01-01', '2001-02-01'],
    ['2001-02', '-12-31', '2001-02-31'],
    ['2001-02-03', '-12-31', '2001-02-03'],
  ] as const)('%s with %s → %s', (value, fill, out) => expect(padDate(value, fill)).toBe(out));
});

describe('10,000 generated figures', () => {
  const TOPICS = ['trade', 'investment', 'energy', 'aid'];
  const SPEAKERS = ['Kawaguchi', 'Putin', 'Koizumi', 'Ivanov', 'Komura'];
  const many = Array.from({ length: 100 }, (_, i) =>
    source(`src-${i}`, `${1990 + (i % 30)}-06-01`),
  );
  const generated = Array.from({ length: 10_000 }, (_, i) =>
    fig(
      `figure-${i}`,
      `Figure ${i} about ${TOPICS[i % 4]}`,
      TOPICS[i % 4]!,
      SPEAKERS[i % 5]!,
      `src-${i % 100}`,
      `Sentence ${i} with ${i % 7 === 0 ? 'Sakhalin' : 'nothing special'}`,
    ),
  );
  const big = buildSearchIndex(generated, many);
  const expected = (keep: (i: number) => boolean) => generated.filter((_, i) => keep(i)).length;

  it.each([
    { name: 'topic', filter: { topic: 'energy' }, keep: (i: number) => i % 4 === 2 },
    {
      name: 'speaker and topic',
      filter: { speaker: 'Putin', topic: 'trade' },
      keep: (i: number) => i % 5 === 1 && i % 4 === 0,
    },
    { name: 'text', filter: { text: 'sakhalin' }, keep: (i: number) => i % 7 === 0 },
    { name: 'source', filter: { sourceId: 'src-42' }, keep: (i: number) => i % 100 === 42 },
    {
      name: 'date range',
      filter: { from: '2000', to: '2004' },
      keep: (i: number) => (i % 100) % 30 >= 10 && (i % 100) % 30 <= 14,
    },
    {
      name: 'exact figure by id',
      filter: { text: 'figure-9999' },
      keep: (i: number) => i === 9999,
    },
  ])('$name: counts every match and returns at most the limit', ({ filter, keep }) => {
    const result = searchFigures(big, filter);
    expect(result.total).toBe(expected(keep));
    expect(result.figures.length).toBe(Math.min(RESULT_LIMIT, result.total));
    for (const f of result.figures)
      expect(keep(Number(f.id.slice('figure-'.length))), f.id).toBe(true);
  });
});

describe('matchCount and moreCount', () => {
  it.each([
    { total: 0, shown: 0, count: '0 figures match.', more: '0 more — refine the search.' },
    { total: 1, shown: 1, count: '1 figure matches.', more: '0 more — refine the search.' },
    {
      total: 10_000,
      shown: 200,
      count: '10,000 figures match; showing the first 200.',
      more: '9,800 more — refine the search.',
    },
    {
      total: 100_000,
      shown: 200,
      count: '100,000 figures match; showing the first 200.',
      more: '99,800 more — refine the search.',
    },
  ])('$total of which $shown shown → "$count"', ({ total, shown, count, more }) => {
    expect(matchCount({ total, shown })).toBe(count);
    expect(moreCount({ total, shown })).toBe(more);
  });
});
