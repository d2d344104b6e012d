// Draws each seed chart config with real Chart.js on @napi-rs/canvas in Node (no browser): every
// figure's bar has paint at its centre, so the configs and our plugins actually draw.

import { createCanvas } from '@napi-rs/canvas';
import { afterEach, describe, expect, it } from 'vitest';
import type { Chart } from 'chart.js';
import { registerCharts } from '../../src/charts/registry.ts';
import { buildChart } from '../../src/charts/buildChart.ts';
import { barBounds } from '../../src/charts/barBounds.ts';
import type { Theme } from '../../src/charts/palette.ts';
import { seedCharts } from './fixtures.ts';

const charts: Chart[] = [];
afterEach(() => {
  for (const c of charts.splice(0)) c.destroy();
});

const cases = seedCharts().flatMap(({ chart, figures }) =>
  (['light', 'dark'] as Theme[]).map((theme) => ({ id: chart.id, figures, theme })),
);

describe('charts render on a Node canvas', () => {
  it.each(cases)('$id ($theme): each bar is painted at its centre', ({ figures, theme }) => {
    const ChartJs = registerCharts();
    const spec = buildChart(figures, { theme, still: true, fontFamily: 'sans-serif' });
    const canvas = createCanvas(600, 300);
    const config = {
      ...spec.config,
      options: {
        ...spec.config.options,
        responsive: false,
        animation: false as const,
        devicePixelRatio: 1,
      },
    };
    // Chart.js falls back to its BasicPlatform without a DOM; it needs only getContext('2d').
    const chart = new ChartJs(canvas as unknown as HTMLCanvasElement, config);
    charts.push(chart as unknown as Chart);
    const ctx = canvas.getContext('2d');
    const horizontal = config.options.indexAxis === 'y';

    for (const p of spec.points) {
      const el = chart.getDatasetMeta(p.datasetIndex).data[p.index];
      expect(el, `${p.figureId} has no element`).toBeDefined();
      const b = barBounds(el!, horizontal);
      expect(b.right - b.left, `${p.figureId} bar has no width`).toBeGreaterThan(1);
      expect(b.bottom - b.top, `${p.figureId} bar has no height`).toBeGreaterThan(1);
      const x = Math.round((b.left + b.right) / 2);
      const y = Math.round((b.top + b.bottom) / 2);
      const alpha = ctx.getImageData(x, y, 1, 1).data[3]!;
      expect(alpha, `${p.figureId} at (${x}, ${y}) is transparent`).toBeGreaterThan(0);
    }
    // Control: a corner of the canvas outside the chart area stays transparent.
    expect(ctx.getImageData(1, 1, 1, 1).data[3]).toBe(0);
  });
});
