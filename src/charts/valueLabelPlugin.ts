// Chart.js plugin: writes each bar's formatted value on or beside it, so a printed or exported
// chart reads without a tooltip. Labels are computed by the config builders; this only draws.

import type { Chart, Plugin } from 'chart.js';
import { barBounds } from './barBounds.ts';
import type { ValueLabelOptions } from './pluginOptions.ts';

export const valueLabelPlugin: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    // Chart.js resolves options as deep partials; the builders always set every field.
    const opts = chart.options.plugins?.valueLabels as ValueLabelOptions | false | undefined;
    if (!opts || !opts.labels) return;
    const horizontal = chart.options.indexAxis === 'y';
    const { ctx } = chart;
    ctx.save();
    ctx.font = opts.font;
    chart.data.datasets.forEach((_, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      meta.data.forEach((el, i) => {
        const label = opts.labels[d]?.[i];
        if (!label) return;
        const b = barBounds(el, horizontal);
        if (b.right - b.left < 1 && b.bottom - b.top < 1) return;
        if (opts.position === 'center') {
          ctx.fillStyle =
            opts.insideColors[Math.min(d, opts.insideColors.length - 1)] ?? opts.color;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'middle';
          if (ctx.measureText(label).width > b.right - b.left - 4) return;
          ctx.fillText(label, (b.left + b.right) / 2, (b.top + b.bottom) / 2);
        } else if (horizontal) {
          ctx.fillStyle = opts.color;
          ctx.textAlign = 'left';
          ctx.textBaseline = 'middle';
          ctx.fillText(label, b.right + 6, (b.top + b.bottom) / 2);
        } else {
          // Keep the label inside the canvas on narrow screens instead of cutting it off.
          const half = ctx.measureText(label).width / 2;
          const x = Math.min(Math.max((b.left + b.right) / 2, half + 2), chart.width - half - 2);
          ctx.fillStyle = opts.color;
          ctx.textAlign = 'center';
          ctx.textBaseline = 'bottom';
          ctx.fillText(label, x, b.top - 6);
        }
      });
    });
    ctx.restore();
  },
};
