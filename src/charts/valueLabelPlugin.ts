// Chart.js plugin: writes each bar's formatted value on or beside it, so a printed or exported
// chart reads without a tooltip. Labels are computed by the config builders; this only places
// them inside the canvas (never over a neighbour) and records where each one went.

import type { Chart, Plugin } from 'chart.js';
import { barBounds, type Rect } from './barBounds.ts';
import { recordValueLabels, type LabelBox } from './labelBoxes.ts';
import type { ValueLabelOptions } from './pluginOptions.ts';

const GAP = 6;

export const valueLabelPlugin: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart<'bar'>) {
    // Chart.js resolves options as deep partials; the builders always set every field.
    const opts = chart.options.plugins?.valueLabels as ValueLabelOptions | false | undefined;
    if (!opts || !opts.labels) return;
    const horizontal = chart.options.indexAxis === 'y';
    const { ctx } = chart;
    const drawn: LabelBox[] = [];
    ctx.save();
    ctx.font = opts.font;
    const lineHeight = parseFloat(/(\d+(?:\.\d+)?)px/.exec(opts.font)?.[1] ?? '13') * 1.15;
    const widthOf = (lines: string[]) => Math.max(...lines.map((l) => ctx.measureText(l).width));
    const write = (lines: string[], box: Rect, color: string) => {
      ctx.fillStyle = color;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      const cx = (box.left + box.right) / 2;
      lines.forEach((l, k) => ctx.fillText(l, cx, box.top + lineHeight * (k + 0.5)));
      drawn.push({ kind: 'value', text: lines.join(' '), ...box });
    };
    chart.data.datasets.forEach((_, d) => {
      const meta = chart.getDatasetMeta(d);
      if (meta.hidden) return;
      meta.data.forEach((el, i) => {
        const label = opts.labels[d]?.[i];
        if (!label) return;
        const b = barBounds(el, horizontal);
        if (b.right - b.left < 1 && b.bottom - b.top < 1) return;
        const inside = opts.insideColors[Math.min(d, opts.insideColors.length - 1)] ?? opts.color;
        if (opts.position === 'center') {
          // The full label if it fits inside the bar, else the short one, else none.
          const fits = [label, opts.short?.[d]?.[i]]
            .filter((l): l is string | string[] => Boolean(l && l.length))
            .map((l) => (Array.isArray(l) ? l : [l]))
            .find(
              (lines) =>
                widthOf(lines) <= b.right - b.left - 4 &&
                lines.length * lineHeight <= b.bottom - b.top,
            );
          if (!fits) return;
          const w = widthOf(fits);
          const h = fits.length * lineHeight;
          const cx = (b.left + b.right) / 2;
          const cy = (b.top + b.bottom) / 2;
          write(
            fits,
            { left: cx - w / 2, right: cx + w / 2, top: cy - h / 2, bottom: cy + h / 2 },
            inside,
          );
          return;
        }
        const lines = Array.isArray(label) ? label : [label];
        const w = widthOf(lines);
        const h = lines.length * lineHeight;
        if (horizontal) {
          const cy = (b.top + b.bottom) / 2;
          // Past the bar's end while it fits in the canvas, else inside the bar's end.
          const outside = b.right + GAP + w <= chart.width - 2;
          const left = outside ? b.right + GAP : b.right - GAP - w;
          write(
            lines,
            { left, right: left + w, top: cy - h / 2, bottom: cy + h / 2 },
            outside ? opts.color : inside,
          );
          return;
        }
        // Centred over the bar, kept inside the plot's width; above the bar while it fits
        // under the canvas top, else inside the bar's top.
        const a = chart.chartArea;
        const cx = Math.min(Math.max((b.left + b.right) / 2, a.left + w / 2), a.right - w / 2);
        const outside = b.top - GAP - h >= 2;
        const top = outside ? b.top - GAP - h : b.top + GAP;
        write(
          lines,
          { left: cx - w / 2, right: cx + w / 2, top, bottom: top + h },
          outside ? opts.color : inside,
        );
      });
    });
    ctx.restore();
    recordValueLabels(chart, drawn);
  },
};
