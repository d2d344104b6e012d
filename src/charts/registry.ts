// The one place that registers Chart.js pieces: only what the bar charts draw (tree-shaken),
// plus this project's own plugins. Shared by the browser and the Node image renderer.

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { projectionHatchPlugin } from './projectionHatchPlugin.ts';
import { referenceLinePlugin } from './referenceLinePlugin.ts';
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
      Tooltip,
      Legend,
      referenceLinePlugin,
      valueLabelPlugin,
      projectionHatchPlugin,
    );
    registered = true;
  }
  return Chart;
}
