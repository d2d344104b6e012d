// Config builder for a chart group in which at least one figure states a range: each range is a
// floating bar from its low to its high end with both ends labelled; single values stay bars from
// the baseline. Kinds keep their axes (changes in percent from 0, as changeChart draws them;
// shares 0–100 %, reaching past a ratio above 100; amounts from 0) and each figure its one colour
// (palette.figureColor).

import type { Figure } from '../model/figure.ts';
import {
  formatAmount,
  formatAmountTick,
  formatFigureValue,
  formatPercent,
  formatPoints,
} from '../model/format.ts';
import { figureEnds, isRangeFigure } from '../model/valueRange.ts';
import {
  barPoints,
  categoryAxis,
  chartFrame,
  font,
  specExtent,
  tableRows,
  valueAxis,
  valueLabelStyle,
  type ChartOptions,
  type ChartSpec,
} from './chartSpec.ts';

export const RANGE_LEGEND_LABEL = 'Stated range: the bar spans the low to the high end';
export const RATIO_LEGEND_LABEL = 'Above 100 %: a ratio or rate its quote names, no rest derived';

/**
 * @example buildRangeChart([gdpRange, exports], opts).config.data.datasets[0].data // [[1, 1.5], 40]
 */
export function buildRangeChart(figures: readonly Figure[], opts: ChartOptions): ChartSpec {
  const { p, base, colors } = chartFrame(figures, opts);
  const first = figures[0]!;
  const kind = first.kind;
  const unit = first.unit;
  // The axis shows the stated numbers: changes in percent from 0 (never an index), shares and
  // amounts as they are.
  const stated = (v: number) =>
    kind === 'amount'
      ? formatAmount(v, unit)
      : unit === 'percentage-points'
        ? formatPoints(v)
        : formatPercent(v, kind === 'change');
  const bars = figures.map((f) => {
    const e = figureEnds(f);
    return isRangeFigure(f) ? [e.low, e.high] : e.high;
  });
  const top = Math.max(...figures.map((f) => figureEnds(f).high));
  const horizontal = kind === 'share';
  // A ratio or rate above 100 ("255 percent of GDP", "140% a year") is a level, no part of a
  // whole (model/rateOfInterest.ts, a lazy chunk, tells the two apart, so these words name both):
  // the share axis reaches past it in steps of 25, so the bar ends inside the plot with room for
  // its label.
  const ratios = horizontal && top > 100;
  const anyRange = figures.some(isRangeFigure);
  const shareMax = ratios ? Math.ceil((top * 1.1) / 25) * 25 : 100;
  const ratioNote = (f: Figure) =>
    kind === 'share' && figureEnds(f).high > 100 ? ' (ratio or rate, no rest derived)' : '';
  // Floating bars encode their ends, not a length from 0: when every change is a range the axis
  // zooms to the ranges and the 0 line, else "+1–1.5 %" is a hairline on a 0–40 % axis.
  const zoom = kind === 'change' && figures.every(isRangeFigure);
  const lows = figures.map((f) => figureEnds(f).low);
  const span = Math.max(top, 0) - Math.min(...lows, 0);
  const zoomed = {
    min: Math.floor(Math.min(...lows, 0) - Math.max(span * 0.5, 1)),
    max: Math.ceil(Math.max(top, 0) + Math.max(span * 0.5, 1)),
  };
  const axisTitle =
    kind === 'change'
      ? `Change from ${first.basePeriod ?? 'the previous period'}, ${unit === 'percentage-points' ? 'percentage points' : '%'}`
      : kind === 'share'
        ? ratios
          ? 'Percent (above 100: a ratio or rate)'
          : 'Percent of each whole'
        : unit === 'USD'
          ? 'US dollars'
          : unit;
  const valueScale = {
    ...(zoom ? zoomed : { min: Math.min(0, Math.floor(Math.min(...lows) * 1.3)) }),
    ...(horizontal ? { max: shareMax } : zoom ? {} : { suggestedMax: top * 1.2 }),
    // The 0 line of a change is its baseline: drawn darker, like changeChart's.
    ...valueAxis(
      opts,
      p,
      axisTitle,
      (v) => (kind === 'amount' ? formatAmountTick(v, unit) : stated(v)),
      kind === 'change',
      // Steps of 25 as the 100 % bars have, so the last tick is the axis's end, not crowding it.
      ratios ? { stepSize: 25, maxRotation: 0 } : {},
    ),
  };
  const categories = categoryAxis(opts, p, horizontal ? 'y' : 'x');

  return {
    config: {
      type: 'bar',
      data: {
        labels: figures.map((f) => f.label),
        datasets: [
          {
            label: figures.length === 1 ? first.label : 'Stated',
            // Chart.js draws [low, high] as a floating bar; ChartSpec's data type names numbers only.
            data: bars as unknown as (number | null)[],
            backgroundColor: colors,
            borderWidth: 0,
            maxBarThickness: horizontal ? 56 : 96,
          },
        ],
      },
      options: {
        ...base,
        indexAxis: horizontal ? 'y' : 'x',
        layout: { padding: { top: 28, right: horizontal ? 56 : 16, left: 4, bottom: 4 } },
        scales: horizontal ? { x: valueScale, y: categories } : { x: categories, y: valueScale },
        plugins: {
          ...base.plugins,
          legend: { display: false },
          valueLabels: {
            labels: [figures.map((f) => (isRangeFigure(f) ? '' : formatFigureValue(f)))],
            ...valueLabelStyle(opts, p),
          },
          rangeEnds: {
            datasetIndex: 0,
            labels: figures.map((f) =>
              isRangeFigure(f) ? [stated(f.range.low), stated(f.range.high)] : null,
            ),
            color: p.text,
            font: font(opts, 1, 'bold'),
          },
        },
      },
    },
    points: barPoints(
      figures,
      colors,
      (f) => `${formatFigureValue(f)}${isRangeFigure(f) ? ' (a range)' : ''}`,
    ),
    description:
      `Bar chart${horizontal ? (ratios ? ' of levels in percent' : ' of percent of each whole') : kind === 'change' ? `, changes in percent from 0` : ''}${anyRange ? '; a range is a floating bar from its low to its high end' : ''}. ` +
      figures.map((f) => `${f.label}: ${formatFigureValue(f)}${ratioNote(f)}`).join('; ') +
      '.',
    table: {
      caption: `${axisTitle}${anyRange ? '; ranges give both ends as stated' : ''}${ratios ? '; a share above 100 is a ratio or rate, no rest derived' : ''}`,
      columns: ['Figure', 'Period', 'Stated', 'Value'],
      rows: tableRows(figures, (f) => [
        f.label,
        f.basePeriod ? `${f.period} vs ${f.basePeriod}` : (f.period ?? f.asOf ?? ''),
        f.stated.text,
        formatFigureValue(f),
      ]),
    },
    ...specExtent(figures, kind),
    // A neutral swatch: the legend names a form (a range, a ratio), not a figure. A ratio's chart
    // with no range names the ratio only.
    legend: [
      ...(ratios && figures.every((f) => !isRangeFigure(f))
        ? []
        : [{ label: RANGE_LEGEND_LABEL, color: p.status, style: 'solid' as const }]),
      ...(ratios ? [{ label: RATIO_LEGEND_LABEL, color: p.status, style: 'solid' as const }] : []),
    ],
  };
}
