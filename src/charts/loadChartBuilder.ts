// Loads only the config builder a set of figures needs (import() per kind), for the embed: an
// embed of one change figure need not download the amount, share and range builders. Same
// builders and choice as buildChart; it never builds a chart itself.

import type { Figure, PointFigure } from '../model/figure.ts';
import { builderKind, type BuilderKind } from './builderKind.ts';
import type { ChartOptions, ChartSpec } from './chartSpec.ts';

export type ChartBuilder = (figures: readonly Figure[], opts: ChartOptions) => ChartSpec;

// The point builders are only handed single-value figures (builderKind checked that).
const points =
  (build: (f: readonly PointFigure[], o: ChartOptions) => ChartSpec): ChartBuilder =>
  (figures, opts) =>
    build(figures as readonly PointFigure[], opts);

const LOADERS: Record<BuilderKind, () => Promise<ChartBuilder>> = {
  range: () => import('./rangeChart.ts').then((m) => m.buildRangeChart),
  change: () => import('./changeChart.ts').then((m) => points(m.buildChangeChart)),
  share: () => import('./shareChart.ts').then((m) => points(m.buildShareChart)),
  amount: () => import('./amountChart.ts').then((m) => points(m.buildAmountChart)),
};

/**
 * The builder buildChart would use for `figures`, loaded on demand.
 * @example const build = await loadChartBuilder([exports]); build([exports], opts) // ChartSpec
 * @throws (rejects) when the figures mix kinds or units, with buildChart's message.
 */
export async function loadChartBuilder(figures: readonly Figure[]): Promise<ChartBuilder> {
  return LOADERS[builderKind(figures)]();
}
