// Config builder for kind "change": relative changes drawn as changes, bars from 0 % labelled
// "+40 %" and "+100 %", so bar lengths keep the ratio every derived sentence states (100 ÷ 40 =
// 2.5). No invented base amounts, and no index bars from 0 (140 against 200 reads as 1.4×).
// A change in percentage points is drawn in points ("+2.0 pp", an axis in points), never as a
// relative change; buildChart never puts the two units on one axis.

import type { PointFigure } from '../model/figure.ts';
import { formatPercent, formatPoints } from '../model/format.ts';
import {
  barPoints,
  barThickness,
  categoryAxis,
  chartFrame,
  specExtent,
  tableRows,
  valueAxis,
  valueLabelStyle,
  type ChartOptions,
  type ChartSpec,
} from './chartSpec.ts';

/**
 * @example buildChangeChart([exports, fdi], opts).config.data.datasets[0].data // [40, 100]
 */
export function buildChangeChart(figures: readonly PointFigure[], opts: ChartOptions): ChartSpec {
  const { p, base, colors } = chartFrame(figures, opts);
  const values = figures.map((f) => f.value);
  const bases = [...new Set(figures.map((f) => f.basePeriod ?? 'the previous period'))];
  const baseLabel = bases.length === 1 ? bases[0]! : 'the previous period';
  const periods = [...new Set(figures.map((f) => f.period).filter(Boolean))].join(', ');
  const inPoints = figures[0]?.unit === 'percentage-points';
  const show = (v: number) => (inPoints ? formatPoints(v) : formatPercent(v, true));
  // Axis ends round to 25 % for relative changes; point changes are small, so to half a point.
  const step = inPoints ? 0.5 : 25;
  const unitWords = inPoints ? 'percentage points' : 'percent';
  const axisTitle = `Change from ${baseLabel}, ${inPoints ? 'percentage points' : '%'}`;
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);

  return {
    config: {
      type: 'bar',
      data: {
        labels: figures.map((f) => f.label),
        datasets: [
          {
            label: `${periods || 'Change'} against ${baseLabel}`,
            data: values,
            backgroundColor: colors,
            borderWidth: 0,
            ...barThickness(figures.length),
          },
        ],
      },
      options: {
        ...base,
        scales: {
          x: categoryAxis(opts, p, 'x'),
          y: {
            // Room above the tallest bar (and below the lowest) for its value label.
            min: min < 0 ? Math.floor((min * 1.3) / step) * step : 0,
            suggestedMax: Math.ceil((max * 1.25) / step) * step,
            ...valueAxis(opts, p, axisTitle, show, true, { maxTicksLimit: 6 }),
          },
        },
        plugins: {
          ...base.plugins,
          legend: { display: false },
          valueLabels: {
            labels: [figures.map((f) => show(f.value))],
            ...valueLabelStyle(opts, p),
          },
        },
      },
    },
    points: barPoints(figures, colors, (f) => `${show(f.value)} on ${baseLabel}`),
    description:
      `Bar chart of changes from ${baseLabel}, in ${unitWords}, bars from 0. ` +
      figures.map((f) => `${f.label}: ${show(f.value)}`).join('; ') +
      '.',
    table: {
      caption: `Change from ${baseLabel}, in ${unitWords}; the source gives changes only, no base amounts`,
      columns: ['Figure', 'Period', 'Stated', 'Change'],
      rows: tableRows(figures, (f) => [
        f.label,
        f.basePeriod ? `${f.period} vs ${f.basePeriod}` : (f.period ?? ''),
        f.stated.text,
        show(f.value),
      ]),
    },
    ...specExtent(figures, 'change'),
    legend: [],
  };
}
