// Chart.js plugin: hatches the bars that show projections (status "expected"), so an expected
// value never reads as an actual one, in colour or in greyscale print.

import type { Chart, Plugin } from 'chart.js';
import { barBounds } from './barBounds.ts';
import type { ProjectionHatchOptions } from './pluginOptions.ts';

export const projectionHatchPlugin: Plugin<'bar'> = {
  id: 'projectionHatch',
  afterDatasetDraw(chart: Chart<'bar'>, args: { index: number }) {
    // Chart.js resolves options as deep partials; the builders always set every field.
    const opts = chart.options.plugins?.projectionHatch as
      ProjectionHatchOptions | false | undefined;
    if (!opts || !opts.bars) return;
    const horizontal = chart.options.indexAxis === 'y';
    const { ctx } = chart;
    for (const [k, [d, i]] of opts.bars.entries()) {
      if (d !== args.index) continue;
      const el = chart.getDatasetMeta(d).data[i];
      if (!el) continue;
      const b = barBounds(el, horizontal);
      ctx.save();
      ctx.beginPath();
      ctx.rect(b.left, b.top, b.right - b.left, b.bottom - b.top);
      ctx.clip();
      ctx.strokeStyle = opts.colors?.[k] ?? opts.color;
      ctx.lineWidth = 2;
      const h = b.bottom - b.top;
      for (let x = b.left - h; x < b.right; x += 9) {
        ctx.beginPath();
        ctx.moveTo(x, b.bottom);
        ctx.lineTo(x + h, b.top);
        ctx.stroke();
      }
      ctx.restore();
    }
  },
};
