// Picks the config builder for a set of figures of one kind: the single entry point the browser
// bridge and the Node image renderer both use, so each chart has one implementation.

import type { Figure } from '../model/figure.ts';
import { isPointFigure } from '../model/valueRange.ts';
import { buildAmountChart } from './amountChart.ts';
import type { ChartOptions, ChartSpec } from './chartSpec.ts';
import { buildChangeChart } from './changeChart.ts';
import { buildRangeChart } from './rangeChart.ts';
import { buildShareChart } from './shareChart.ts';

/**
 * @example buildChart([exports, fdi], { theme: 'light', still: true, fontFamily: 'sans-serif' })
 * @throws Error when the figures mix kinds or units (validation prevents this for data/ charts).
 */
export function buildChart(figures: readonly Figure[], opts: ChartOptions): ChartSpec {
  const first = figures[0];
  if (!first) throw new Error('buildChart needs at least one figure');
  const mixed = figures.find((f) => f.kind !== first.kind || f.unit !== first.unit);
  if (mixed) {
    throw new Error(
      `Cannot draw "${first.id}" (${first.kind}, ${first.unit}) and "${mixed.id}" (${mixed.kind}, ${mixed.unit}) on one axis; draw them as separate charts`,
    );
  }
  // A group with a range has its own builder; the others only ever see single values.
  if (!figures.every(isPointFigure)) return buildRangeChart(figures, opts);
  if (first.kind === 'change') return buildChangeChart(figures, opts);
  if (first.kind === 'share') return buildShareChart(figures, opts);
  return buildAmountChart(figures, opts);
}
