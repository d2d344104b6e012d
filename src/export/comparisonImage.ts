// The comparison image: the same composer as the static images (export/imageLayout.ts, painted by
// export/staticImage.ts), with one panel a chart in a two-column grid, legends, each quoted
// sentence once and a short file name. Pure planning; the caller owns the canvas.

import { buildChart } from '../charts/buildChart.ts';
import type { ChartSpec } from '../charts/chartSpec.ts';
import type { ColorSlots, Theme } from '../charts/palette.ts';
import type { ComparePlan } from '../model/compare.ts';
import type { Source } from '../model/figure.ts';
import { describeTransform } from '../model/indexSeries.ts';
import { chartCaption } from './caption.ts';
import { layoutImage, type ImageLayout, type Measure } from './imageLayout.ts';

export const COMPARISON_WIDTH = 1000;

export interface ComparisonImageInput {
  plan: ComparePlan;
  sources: readonly Source[];
  /** The comparison's link, printed last. */
  link: string;
  theme: Theme;
  fontFamily: string;
  /** Each figure's colour slot in the dataset, so the image keeps the colours on screen. */
  colors?: ColorSlots | undefined;
}

/**
 * Plans the image: one chart spec a group, and the layout around them.
 * @example comparisonImage({ plan, sources, link, theme: 'light', fontFamily: 'sans-serif' }, measure).layout.panels.length // 2
 */
export function comparisonImage(
  input: ComparisonImageInput,
  measure: Measure,
): { layout: ImageLayout; specs: ChartSpec[] } {
  const { plan } = input;
  const specs = plan.groups.map((g) =>
    buildChart(g.figures, {
      theme: input.theme,
      still: true,
      fontFamily: input.fontFamily,
      colors: input.colors,
    }),
  );
  const caption = chartCaption(
    comparisonTitle(plan),
    plan.groups.flatMap((g) => g.figures.map((f) => describeTransform(f, g.figures))),
    plan.figures,
    input.sources,
  );
  caption.subtitle = [plan.separation, caption.subtitle].filter(Boolean).join(' ');
  caption.brand = `Compared on Cited Figures: ${input.link}`;
  const layout = layoutImage(
    caption,
    plan.groups.map((g, i) => ({
      height: specs[i]!.height,
      legend: specs[i]!.legend,
      heading: g.title,
    })),
    { width: COMPARISON_WIDTH, fontFamily: input.fontFamily, columns: 2 },
    measure,
  );
  return { layout, specs };
}

/** @example comparisonTitle(plan) // "Compared: Japan's exports to Russia and Japan's direct investment to Russia" */
export function comparisonTitle(plan: Pick<ComparePlan, 'figures'>): string {
  const labels = plan.figures.map((f) => f.label);
  if (labels.length <= 3) return `Compared: ${labels.join(' and ')}`;
  return `Compared: ${labels.slice(0, 2).join(', ')} and ${labels.length - 2} more figures`;
}
