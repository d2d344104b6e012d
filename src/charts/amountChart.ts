// Config builder for kind "amount": levels in one currency; expected values (projections) are
// outlined and hatched, and named "Expected (projection)" in the legend and the table.

import type { PointFigure } from '../model/figure.ts';
import { formatAmount, formatAmountTick } from '../model/format.ts';
import { describeTransform } from '../model/indexSeries.ts';
import { PALETTES, seriesColor } from './palette.ts';
import {
  baseOptions,
  chartHeight,
  font,
  scaleFont,
  wrapLabel,
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
  const p = PALETTES[opts.theme];
  const unit = figures[0]?.unit ?? 'USD';
  const color = seriesColor(opts.theme, 0);
  const expectedColor = seriesColor(opts.theme, 1);
  const base = baseOptions(opts, p);
  const actual = figures.map((f) => (f.status === 'actual' ? f.value : null));
  const expected = figures.map((f) => (f.status === 'expected' ? f.value : null));
  const hasExpected = expected.some((v) => v !== null);
  const hasActual = actual.some((v) => v !== null);
  const max = Math.max(...figures.map((f) => f.value));
  const label = (f: PointFigure) =>
    formatAmount(f.value, f.unit) + (f.status === 'expected' ? ' expected' : '');

  return {
    config: {
      type: 'bar',
      data: {
        labels: figures.map((f) => wrapLabel(f.label, 20)),
        datasets: [
          {
            label: ACTUAL_LABEL,
            data: actual,
            backgroundColor: color,
            borderColor: color,
            borderWidth: 0,
            maxBarThickness: 96,
            hidden: !hasActual,
          },
          {
            label: EXPECTED_LABEL,
            data: expected,
            backgroundColor:
              opts.theme === 'dark' ? 'rgba(230,159,0,0.18)' : 'rgba(230,159,0,0.14)',
            borderColor: expectedColor,
            borderWidth: 2,
            maxBarThickness: 96,
            hidden: !hasExpected,
          },
        ],
      },
      options: {
        ...base,
        scales: {
          x: {
            stacked: true,
            ticks: { color: p.text, font: scaleFont(opts), autoSkip: false, maxRotation: 0 },
            grid: { display: false },
          },
          y: {
            stacked: true,
            min: 0,
            suggestedMax: max * 1.15,
            title: {
              display: true,
              text: unit === 'USD' ? 'US dollars' : unit,
              color: p.muted,
              font: scaleFont(opts),
            },
            ticks: {
              color: p.muted,
              font: scaleFont(opts),
              maxTicksLimit: 6,
              callback: (v) => formatAmountTick(Number(v), unit),
            },
            grid: { color: p.grid },
          },
        },
        plugins: {
          ...base.plugins,
          legend: {
            ...base.plugins.legend,
            position: 'bottom',
            labels: { ...base.plugins.legend.labels, filter: (item) => !item.hidden },
          },
          valueLabels: {
            labels: [
              figures.map((f) => (f.status === 'actual' ? label(f) : '')),
              figures.map((f) => (f.status === 'expected' ? label(f) : '')),
            ],
            color: p.text,
            insideColors: ['#ffffff'],
            font: font(opts, 1, 'bold'),
            position: 'end',
          },
          projectionHatch: {
            bars: figures.flatMap((f, i) =>
              f.status === 'expected' ? [[1, i] as [number, number]] : [],
            ),
            color: expectedColor,
          },
        },
      },
    },
    points: figures.map((f, i) => ({
      datasetIndex: f.status === 'expected' ? 1 : 0,
      index: i,
      figureId: f.id,
      name: `${f.label}: ${label(f)}${f.status === 'expected' ? ' (projection)' : ''}. Show quote`,
    })),
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
      rows: figures.map((f) => ({
        figureId: f.id,
        cells: [
          f.label,
          f.status === 'expected' ? EXPECTED_LABEL : ACTUAL_LABEL,
          f.asOf ?? f.period ?? '',
          f.stated.text,
          formatAmount(f.value, f.unit),
        ],
      })),
    },
    transforms: figures.map(describeTransform),
    height: chartHeight('amount', figures.length),
    legend: [
      ...(hasActual ? [{ label: ACTUAL_LABEL, color, style: 'solid' as const }] : []),
      ...(hasExpected
        ? [{ label: EXPECTED_LABEL, color: expectedColor, style: 'hatched' as const }]
        : []),
    ],
  };
}
