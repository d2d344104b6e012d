import { describe, expect, it } from 'vitest';
import {
  chunkFiles,
  chunkPath,
  corpusSummary,
  dataIndex,
  firstViewDataset,
  sourceChunks,
} from '../../src/build/dataChunks.ts';
import { SOURCES_PER_PAGE } from '../../src/model/dashboardLayout.ts';
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

describe('firstViewDataset and corpusSummary', () => {
  it.each([
    { sources: 2, shown: 2 },
    { sources: SOURCES_PER_PAGE + 3, shown: SOURCES_PER_PAGE },
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
      expect(corpusSummary(ds)).toEqual({ figures: ds.figures.length, sources });
    },
  );
});
