// Chart.js plugin: labels both ends of each floating (range) bar, the low end below or left of it
// and the high end above or right of it, so a range never reads as one number. Only draws.

import type { Chart, Plugin } from 'chart.js';
import { barBounds } from './barBounds.ts';
import type { RangeEndsOptions } from './pluginOptions.ts';

export const rangeEndsPlugin: Plugin<'bar'> = {
  id: 'rangeEnds',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    const opts = chart.options.plugins?.rangeEnds as RangeEndsOptions | false | undefined;
    if (!opts || !opts.labels) return;
    const meta = chart.getDatasetMeta(opts.datasetIndex);
    if (meta.hidden) return;
    const horizontal = chart.options.indexAxis === 'y';
    const { ctx } = chart;
    ctx.save();
    ctx.font = opts.font;
    ctx.fillStyle = opts.color;
    meta.data.forEach((el, i) => {
      const ends = opts.labels[i];
      if (!ends) return;
      const b = barBounds(el, horizontal);
      if (horizontal) {
        const y = (b.top + b.bottom) / 2;
        ctx.textBaseline = 'middle';
        ctx.textAlign = 'right';
        ctx.fillText(ends[0], b.left - 6, y);
        ctx.textAlign = 'left';
        ctx.fillText(ends[1], b.right + 6, y);
      } else {
        const x = (b.left + b.right) / 2;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'top';
        ctx.fillText(ends[0], x, b.bottom + 4);
        ctx.textBaseline = 'bottom';
        ctx.fillText(ends[1], x, b.top - 6);
      }
    });
    ctx.restore();
  },
};
