// Picks the config builder for a set of figures of one kind: the single entry point the browser
// bridge and the Node image renderer both use, so each chart has one implementation.

import type { Figure, PointFigure } from '../model/figure.ts';
import { buildAmountChart } from './amountChart.ts';
import { builderKind } from './builderKind.ts';
import type { ChartOptions, ChartSpec } from './chartSpec.ts';
import { buildChangeChart } from './changeChart.ts';
import { buildRangeChart } from './rangeChart.ts';
import { buildShareChart } from './shareChart.ts';

/**
 * @example buildChart([exports, fdi], { theme: 'light', still: true, fontFamily: 'sans-serif' })
 * @throws Error when the figures mix kinds or units (validation prevents this for data/ charts).
 */
export function buildChart(figures: readonly Figure[], opts: ChartOptions): ChartSpec {
  const kind = builderKind(figures);
  if (kind === 'range') return buildRangeChart(figures, opts);
  // builderKind returns the point kinds only when every figure is a single value.
  const points = figures as readonly PointFigure[];
  if (kind === 'change') return buildChangeChart(points, opts);
  if (kind === 'share') return buildShareChart(points, opts);
  return buildAmountChart(points, opts);
}
