// The one place that registers Chart.js pieces: only what the bar charts draw (tree-shaken),
// plus this project's own plugins. The browser shows legends as HTML (they wrap on phones and
// screen readers read them) and values as labels on the bars, so it needs neither Chart.js'
// Legend nor Tooltip (8 KB gzip); static images draw the spec's legend items themselves
// (export/imageLayout.ts), so every surface shows the same legend.

import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { projectionHatchPlugin } from './projectionHatchPlugin.ts';
import { rangeEndsPlugin } from './rangeEndsPlugin.ts';
import { valueLabelPlugin } from './valueLabelPlugin.ts';

let registered = false;

/** Registers once; returns Chart for convenience. @example const C = registerCharts(); new C(canvas, config) */
export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(
      BarController,
      BarElement,
      CategoryScale,
      LinearScale,
      valueLabelPlugin,
      projectionHatchPlugin,
      rangeEndsPlugin,
    );
    registered = true;
  }
  return Chart;
}
