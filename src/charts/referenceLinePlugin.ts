// Chart.js plugin: a labelled reference line across the value axis (index base = 100).
// Draws only; reads its options from options.plugins.referenceLine.

import type { Chart, Plugin } from 'chart.js';
import type { ReferenceLineOptions } from './pluginOptions.ts';

export const referenceLinePlugin: Plugin<'bar'> = {
  id: 'referenceLine',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    // Chart.js resolves options as deep partials; the builders always set every field.
    const opts = chart.options.plugins?.referenceLine as ReferenceLineOptions | false | undefined;
    if (!opts || opts.value === undefined) return;
    const horizontal = chart.options.indexAxis === 'y';
    const scale = horizontal ? chart.scales.x : chart.scales.y;
    if (!scale) return;
    const pos = scale.getPixelForValue(opts.value);
    const { ctx, chartArea: a } = chart;
    ctx.save();
    ctx.strokeStyle = opts.color;
    ctx.fillStyle = opts.color;
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    if (horizontal) {
      ctx.moveTo(pos, a.top);
      ctx.lineTo(pos, a.bottom);
    } else {
      ctx.moveTo(a.left, pos);
      ctx.lineTo(a.right, pos);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = opts.font;
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'right';
    if (horizontal) ctx.fillText(opts.label, pos - 4, a.top + 14);
    else ctx.fillText(opts.label, a.right - 4, pos - 4);
    ctx.restore();
  },
};
