import { describe, expect, it } from 'vitest';
import { chunkFiles, chunkPath, dataIndex, sourceChunks } from '../../src/build/dataChunks.ts';
import type { Dataset, Figure } from '../../src/model/figure.ts';
import {
  amountFigure,
  chartGroup,
  exportsFigure,
  shareFigure,
  SOURCE_ID,
  sourceMeta,
} from '../support/fixtures.ts';

/** Two sources: the tiny one with two charts, and a second one with one chart. */
function twoSources(): Dataset {
  const other = (f: Figure, id: string): Figure => ({
    ...f,
    id,
    chart: 'other-chart',
    quote: { ...f.quote, sourceId: 'other' },
  });
  const figures = [
    exportsFigure(),
    shareFigure(),
    amountFigure(),
    other(amountFigure(), 'other-amount'),
  ];
  return {
    figures,
    charts: [
      chartGroup(exportsFigure().chart, [exportsFigure().id]),
      chartGroup(shareFigure().chart, [shareFigure().id, amountFigure().id]),
      chartGroup('other-chart', ['other-amount'], 'Other topic'),
    ],
    sources: [
      { ...sourceMeta(), path: `data/sources/${SOURCE_ID}.txt` },
      { ...sourceMeta(), id: 'other', title: 'Other', path: 'data/sources/other.txt' },
    ],
  };
}

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
      ['chart', 'date', 'id', 'kind', 'label', 'sourceId', 'status', 'topic', 'unit'].sort(),
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
