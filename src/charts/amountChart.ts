// Config builder for kind "amount": levels in one currency; expected values (projections) are
// outlined and hatched, and named "Expected (projection)" in the legend and the table.

import type { PointFigure } from '../model/figure.ts';
import { formatAmount, formatAmountTick } from '../model/format.ts';
import { tint } from './palette.ts';
import {
  barPoints,
  barThickness,
  canvasLegend,
  categoryAxis,
  chartFrame,
  specExtent,
  tableRows,
  valueAxis,
  valueLabelStyle,
  type ChartOptions,
  type ChartSpec,
} from './chartSpec.ts';

export const ACTUAL_LABEL = 'Actual';
export const EXPECTED_LABEL = 'Expected (projection)';

/**
 * Actual and expected bars are two datasets, stacked so each category keeps one centred bar.
 * @example buildAmountChart([soFar, expected], opts).config.data.datasets.map(d => d.label)
 * // ['Actual', 'Expected (projection)']
 */
export function buildAmountChart(figures: readonly PointFigure[], opts: ChartOptions): ChartSpec {
  // Hue names the figure; status is the form: actual solid, expected outlined and hatched.
  const { p, base, colors } = chartFrame(figures, opts);
  const unit = figures[0]?.unit ?? 'USD';
  const fills = colors.map((c) => tint(c, opts.theme === 'dark' ? 0.18 : 0.14));
  const actual = figures.map((f) => (f.status === 'actual' ? f.value : null));
  const expected = figures.map((f) => (f.status === 'expected' ? f.value : null));
  const hasExpected = expected.some((v) => v !== null);
  const hasActual = actual.some((v) => v !== null);
  const max = Math.max(0, ...figures.map((f) => f.value));
  // A balance below zero ("services –€2.8 billion") draws down from the zero line.
  const min = Math.min(0, ...figures.map((f) => f.value));
  const label = (f: PointFigure) =>
    formatAmount(f.value, f.unit) + (f.status === 'expected' ? ' expected' : '');
  // On the chart, the status goes on a second line so a label is no wider than its bar's slot.
  const barLabel = (f: PointFigure) =>
    f.status === 'expected' ? [formatAmount(f.value, f.unit), 'expected'] : [label(f)];
  const legend: ChartSpec['legend'] = [
    ...(hasActual ? [{ label: ACTUAL_LABEL, color: p.status, style: 'solid' as const }] : []),
    ...(hasExpected ? [{ label: EXPECTED_LABEL, color: p.status, style: 'hatched' as const }] : []),
  ];

  return {
    config: {
      type: 'bar',
      data: {
        labels: figures.map((f) => f.label),
        datasets: [
          {
            label: ACTUAL_LABEL,
            data: actual,
            backgroundColor: colors,
            borderColor: colors,
            borderWidth: 0,
            ...barThickness(figures.length),
            hidden: !hasActual,
          },
          {
            label: EXPECTED_LABEL,
            data: expected,
            backgroundColor: fills,
            borderColor: colors,
            borderWidth: 2,
            ...barThickness(figures.length),
            hidden: !hasExpected,
          },
        ],
      },
      options: {
        ...base,
        scales: {
          x: { stacked: true, ...categoryAxis(opts, p, 'x') },
          y: {
            stacked: true,
            ...(min < 0 ? { suggestedMin: min * 1.3 } : { min: 0 }),
            suggestedMax: max * 1.3,
            ...valueAxis(
              opts,
              p,
              unit === 'USD' ? 'US dollars' : unit,
              (v) => formatAmountTick(v, unit),
              false,
              { maxTicksLimit: 6 },
            ),
          },
        },
        plugins: {
          ...base.plugins,
          legend: canvasLegend(legend, base.plugins.legend),
          valueLabels: {
            labels: [
              figures.map((f) => (f.status === 'actual' ? barLabel(f) : '')),
              figures.map((f) => (f.status === 'expected' ? barLabel(f) : '')),
            ],
            ...valueLabelStyle(opts, p),
          },
          projectionHatch: {
            bars: figures.flatMap((f, i) =>
              f.status === 'expected' ? [[1, i] as [number, number]] : [],
            ),
            color: p.status,
            colors: figures.flatMap((f, i) => (f.status === 'expected' ? [colors[i]!] : [])),
          },
        },
      },
    },
    points: barPoints(
      figures,
      colors,
      (f) => `${label(f)}${f.status === 'expected' ? ' (projection)' : ''}`,
      (f) => (f.status === 'expected' ? 1 : 0),
    ),
    description:
      `Bar chart in ${unit === 'USD' ? 'US dollars' : unit}. ` +
      figures
        .map(
          (f) =>
            `${f.label}: ${formatAmount(f.value, f.unit)}${f.status === 'expected' ? ', expected (a projection, hatched)' : ', actual'}`,
        )
        .join('; ') +
      '.',
    table: {
      caption: `Amounts in ${unit === 'USD' ? 'US dollars' : unit}; expected values are projections`,
      columns: ['Figure', 'Status', 'As of / period', 'Stated', 'Amount'],
      rows: tableRows(figures, (f) => [
        f.label,
        f.status === 'expected' ? EXPECTED_LABEL : ACTUAL_LABEL,
        f.asOf ?? f.period ?? '',
        f.stated.text,
        formatAmount(f.value, f.unit),
      ]),
    },
    ...specExtent(figures, 'amount'),
    legend,
  };
}
