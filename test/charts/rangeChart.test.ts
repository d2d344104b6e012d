// Chart groups with ranges (the Lakeside fixture): each range is a floating bar from its low to
// its high end with both ends labelled, drawn by real Chart.js on a Node canvas; single values in
// the same group stay bars from the baseline.

import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import type { Chart } from 'chart.js';
import { afterEach, describe, expect, it } from 'vitest';
import { barBounds } from '../../src/charts/barBounds.ts';
import { buildChart } from '../../src/charts/buildChart.ts';
import { PALETTES } from '../../src/charts/palette.ts';
import { RANGE_LEGEND_LABEL } from '../../src/charts/rangeChart.ts';
import { describeTransform } from '../../src/model/indexSeries.ts';
import { registerCharts } from '../../src/charts/registry.ts';
import { validateData } from '../../src/data/validate.ts';
import type { Figure } from '../../src/model/figure.ts';
import { rangeRawInput } from '../fixtures/rangeData.ts';
import { stillLight } from './fixtures.ts';

const NNBSP = '\u202f';
const { dataset } = validateData(rangeRawInput());
const group = (id: string): Figure[] =>
  dataset.charts
    .find((c) => c.id === id)!
    .figures.map((f) => dataset.figures.find((x) => x.id === f)!);

const charts: Chart[] = [];
afterEach(() => {
  for (const c of charts.splice(0)) c.destroy();
});

describe('range charts: the config', () => {
  it.each([
    {
      id: 'lakeside-outlook-2033',
      data: [
        [1, 1.5],
        [2, 3],
        [-3, -2.5],
      ],
      ends: [
        [`+1${NNBSP}%`, `+1.5${NNBSP}%`],
        [`+2${NNBSP}%`, `+3${NNBSP}%`],
        [`−3${NNBSP}%`, `−2.5${NNBSP}%`],
      ],
      values: ['', '', ''],
      indexAxis: 'x',
    },
    {
      id: 'lakeside-credit-shares-2031',
      data: [[20, 25], 40],
      ends: [[`20${NNBSP}%`, `25${NNBSP}%`], null],
      values: ['', `40${NNBSP}%`],
      indexAxis: 'y',
    },
    {
      id: 'lakeside-money-2033',
      data: [[1e9, 2e9], 3e9],
      ends: [['US$1 billion', 'US$2 billion'], null],
      values: ['', 'US$3 billion'],
      indexAxis: 'x',
    },
  ])('$id: floating bars, both ends labelled, single values labelled once', (c) => {
    const spec = buildChart(group(c.id), stillLight);
    expect(spec.config.data.datasets[0]!.data).toEqual(c.data);
    const plugins = spec.config.options!.plugins!;
    expect(plugins.rangeEnds).toMatchObject({ datasetIndex: 0, labels: c.ends });
    expect((plugins.valueLabels as { labels: string[][] }).labels[0]).toEqual(c.values);
    expect(spec.config.options!.indexAxis).toBe(c.indexAxis);
    expect(spec.legend.map((l) => l.label)).toEqual([RANGE_LEGEND_LABEL]);
    expect(spec.points.map((p) => p.figureId)).toEqual(group(c.id).map((f) => f.id));
  });

  it('says the range in the description, the data table and the transforms', () => {
    const spec = buildChart(group('lakeside-outlook-2033'), stillLight);
    expect(spec.description).toContain('a range is a floating bar from its low to its high end');
    expect(spec.description).toContain('changes in percent from 0');
    expect(spec.description).toContain(`Economic growth: +1–1.5${NNBSP}%;`);
    expect(spec.table.rows[2]!.cells).toEqual([
      'Household debt',
      '2032 vs 2031',
      'fell 2.5–3 %',
      `−3 to −2.5${NNBSP}%`,
    ]);
    const outlook = group('lakeside-outlook-2033');
    expect(describeTransform(outlook[1]!, outlook)).toBe(
      `between 2 and 3 per cent → +2${NNBSP}% to +3${NNBSP}% from 2032, drawn from the low to the high end`,
    );
    expect(spec.points[0]!.name).toBe(`Economic growth: +1–1.5${NNBSP}% (a range). Show quote`);
    // Changes are drawn from 0 % (as changeChart draws them), never as an index around 100.
    // The 0 line is the baseline, drawn darker by the grid (as changeChart's).
    const y = spec.config.options!.scales!.y as {
      min: number;
      max: number;
      grid: { color: (c: { tick: { value: number } }) => string };
    };
    expect(y.min).toBeLessThan(-3);
    expect(y.max).toBeGreaterThan(3);
    expect(y.grid.color({ tick: { value: 0 } })).toBe(PALETTES.light.reference);
    expect(y.grid.color({ tick: { value: 1 } })).toBe(PALETTES.light.grid);
  });
});

describe('range charts: drawn by Chart.js on a Node canvas', () => {
  it.each(['lakeside-outlook-2033', 'lakeside-credit-shares-2031', 'lakeside-money-2033'])(
    '%s: a range bar spans exactly low to high and leaves the baseline side empty',
    (id) => {
      const figures = group(id);
      const spec = buildChart(figures, stillLight);
      const canvas = createCanvas(640, 320);
      const config = {
        ...spec.config,
        options: {
          ...spec.config.options,
          responsive: false,
          animation: false as const,
          devicePixelRatio: 1,
        },
      };
      const chart = new (registerCharts())(canvas as unknown as HTMLCanvasElement, config);
      charts.push(chart as unknown as Chart);
      // Kept for a reviewer to look at; the assertions below do not depend on it.
      writeFileSync(`/tmp/cited-range-${id}.png`, canvas.toBuffer('image/png'));
      const horizontal = config.options.indexAxis === 'y';
      const scale = chart.scales[horizontal ? 'x' : 'y']!;
      const ctx = canvas.getContext('2d');
      const alpha = (x: number, y: number) =>
        ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data[3]!;
      // The bar's own colour (grid lines and labels are painted too, in other colours).
      const rgb = (x: number, y: number) =>
        [...ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data.slice(0, 3)].join(',');
      const data = spec.config.data.datasets[0]!.data as unknown as (number | number[])[];
      data.forEach((d, i) => {
        const b = barBounds(chart.getDatasetMeta(0).data[i]!, horizontal);
        const cx = (b.left + b.right) / 2;
        const cy = (b.top + b.bottom) / 2;
        expect(alpha(cx, cy), `${figures[i]!.id} is painted`).toBeGreaterThan(0);
        if (!Array.isArray(d)) return;
        const [low, high] = d.map((v) => scale.getPixelForValue(v));
        if (horizontal) {
          expect(b.left).toBeCloseTo(low!, 0);
          expect(b.right).toBeCloseTo(high!, 0);
          // Between the axis and the low end there is no bar: the range floats.
          expect(rgb((scale.getPixelForValue(0) + low!) / 2, cy)).not.toBe(rgb(cx, cy));
        } else {
          expect(b.bottom).toBeCloseTo(low!, 0);
          expect(b.top).toBeCloseTo(high!, 0);
          const below = (scale.getPixelForValue(scale.min) + b.bottom) / 2;
          expect(rgb(cx, below)).not.toBe(rgb(cx, cy));
        }
      });
    },
  );
});
