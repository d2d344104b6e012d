// Grouping chart groups into dashboard sections by topic, in data order.

import { describe, expect, it } from 'vitest';
import {
  cardColumns,
  chartFigures,
  collectionHeading,
  dashboardSections,
  sourceGroups,
} from '../../src/model/dashboardLayout.ts';
import type { Dataset, Figure, PublishedSource } from '../../src/model/figure.ts';
import {
  aDataset,
  aSource,
  amountFigure,
  chartGroup,
  exportsFigure,
  shareFigure,
} from '../support/fixtures.ts';

const dataset = (charts?: Dataset['charts']): Dataset => aDataset(charts ? { charts } : {});

describe('chartFigures', () => {
  it.each([
    { ids: ['a', 'b'], expected: ['a', 'b'] },
    { ids: ['b', 'a'], expected: ['b', 'a'] },
    { ids: ['a', 'missing'], expected: ['a'] },
    { ids: [], expected: [] },
  ])('$ids → $expected', ({ ids, expected }) => {
    const byId = new Map(
      ['a', 'b'].map((id) => [id, { ...exportsFigure(), id }] as [string, Figure]),
    );
    expect(chartFigures(chartGroup('c', ids), byId).map((f) => f.id)).toEqual(expected);
  });
});

describe('dashboardSections', () => {
  it('groups charts by topic, keeping the order of first appearance', () => {
    const sections = dashboardSections(dataset());
    expect(sections.map((s) => [s.topic, s.charts.map((c) => c.chart.id)])).toEqual([
      ['Trade', ['growth']],
      ['Investment', ['shares', 'amounts']],
    ]);
    expect(sections[0]!.charts[0]!.figures.map((f) => f.id)).toEqual(['tiny-exports']);
  });

  it('keeps the chart order of figures and skips ids it does not know', () => {
    const sections = dashboardSections(
      dataset([chartGroup('mixed', ['tiny-invested', 'ghost', 'tiny-exports'], 'All')]),
    );
    expect(sections[0]!.charts[0]!.figures.map((f) => f.id)).toEqual([
      'tiny-invested',
      'tiny-exports',
    ]);
  });

  it('leaves out a chart with no known figures (and a topic with no charts)', () => {
    const sections = dashboardSections(
      dataset([
        chartGroup('empty', ['ghost'], 'Nothing'),
        chartGroup('growth', ['tiny-exports'], 'Trade'),
      ]),
    );
    expect(sections.map((s) => s.topic)).toEqual(['Trade']);
  });
});

/** A published source with the given id, publisher and date. */
function source(id: string, publisher = `${id} publisher`, date = '2002-10-14'): PublishedSource {
  const meta = aSource({
    id,
    title: `${id} title`,
    publisher,
    date,
    url: `https://example.org/${id}`,
  });
  return { ...meta, path: `data/sources/${id}.txt` };
}

/** `figure` moved to another source, under a new id. */
function elsewhere(figure: Figure, sourceId: string, id: string): Figure {
  return { ...figure, id, quote: { ...figure.quote, sourceId } };
}

/** Two sources (tiny-talks, harbour) and a third with no charts (empty). */
function twoSources(): Dataset {
  return {
    figures: [
      exportsFigure(),
      shareFigure(),
      elsewhere(amountFigure(), 'harbour', 'harbour-fees'),
      elsewhere(exportsFigure(), 'harbour', 'harbour-cargo'),
    ],
    charts: [
      chartGroup('harbour-money', ['harbour-fees'], 'Money'),
      chartGroup('growth', ['tiny-exports'], 'Trade'),
      chartGroup('harbour-trade', ['ghost', 'harbour-cargo'], 'Trade'),
      chartGroup('shares', ['tiny-share'], 'Investment'),
    ],
    sources: [source('tiny-talks'), source('empty'), source('harbour')],
  };
}

describe('sourceGroups', () => {
  it('groups by source in the order of the sources, then by topic in data order', () => {
    const groups = sourceGroups(twoSources());
    expect(
      groups.map((g) => [
        g.sourceId,
        g.sections.map((s) => [s.topic, s.charts.map((c) => c.chart.id)]),
      ]),
    ).toEqual([
      [
        'tiny-talks',
        [
          ['Trade', ['growth']],
          ['Investment', ['shares']],
        ],
      ],
      [
        'harbour',
        [
          ['Money', ['harbour-money']],
          ['Trade', ['harbour-trade']],
        ],
      ],
    ]);
  });

  it('carries each source and counts the figures its charts draw', () => {
    const groups = sourceGroups(twoSources());
    expect(groups.map((g) => [g.source?.title, g.figureCount])).toEqual([
      ['tiny-talks title', 2],
      ['harbour title', 2],
    ]);
  });

  it('keeps charts whose source is not published, after the published ones', () => {
    const ds = twoSources();
    ds.sources = [source('harbour')];
    expect(sourceGroups(ds).map((g) => [g.sourceId, g.source?.id])).toEqual([
      ['harbour', 'harbour'],
      ['tiny-talks', undefined],
    ]);
  });

  it('with one source, holds exactly the dashboard sections', () => {
    const ds = dataset();
    ds.sources = [source('tiny-talks')];
    const groups = sourceGroups(ds);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.sections).toEqual(dashboardSections(ds));
  });
});

describe('collectionHeading', () => {
  it.each([
    {
      sources: [source('a', 'Ministry', '2002-10-14')],
      title: 'Figures cited in 1 source',
      byline: 'Ministry · 2002',
    },
    {
      sources: [source('a', 'Ministry', '2002-10-14'), source('b', 'Harbour Board', '2031-03-12')],
      title: 'Figures cited in 2 sources',
      byline: 'Ministry; Harbour Board · 2002–2031',
    },
    {
      sources: ['p', 'q', 'r', 's', 'p'].map((p, i) => source(`s${i}`, p, '2030-01-01')),
      title: 'Figures cited in 5 sources',
      byline: 'p; q; r and 1 more · 2030',
    },
    {
      // A large corpus read in chunks: the title counts the corpus, the byline what is read.
      sources: [source('a', 'Ministry', '2002-10-14')],
      total: 10_000,
      title: 'Figures cited in 10,000 sources',
      byline: 'Ministry · 2002',
    },
  ])(
    '$title: $byline',
    ({
      sources,
      title,
      byline,
      total,
    }: {
      sources: PublishedSource[];
      title: string;
      byline: string;
      total?: number;
    }) => {
      expect(collectionHeading(sources, total)).toEqual({ title, byline });
    },
  );
});

describe('cardColumns', () => {
  it.each([
    { bars: 1, columns: 1 },
    { bars: 2, columns: 1 },
    { bars: 4, columns: 1 },
    { bars: 5, columns: 2 },
    { bars: 12, columns: 2 },
  ])('$bars bars → $columns column(s)', ({ bars, columns }) => {
    expect(cardColumns(bars)).toBe(columns);
  });
});
