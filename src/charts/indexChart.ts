// Config builder for kind "change": relative changes drawn as an index where the previous period
// is 100 (so +40 % → 140, doubled → 200), with a reference line at 100. No invented base amounts.

import type { PointFigure } from '../model/figure.ts';
import { formatIndex, formatPercent } from '../model/format.ts';
import { changeToIndex, describeTransform } from '../model/indexSeries.ts';
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

/**
 * @example buildIndexChart([exports, fdi], opts).config.data.datasets[0].data // [140, 200]
 */
export function buildIndexChart(figures: readonly PointFigure[], opts: ChartOptions): ChartSpec {
  const p = PALETTES[opts.theme];
  const values = figures.map((f) => changeToIndex(f.value));
  const bases = [...new Set(figures.map((f) => f.basePeriod ?? 'previous period'))];
  const baseLabel = bases.length === 1 ? `${bases[0]} = 100` : 'previous period = 100';
  const periods = [...new Set(figures.map((f) => f.period).filter(Boolean))].join(', ');
  const axisTitle = `Index (${baseLabel})`;
  const base = baseOptions(opts, p);
  const max = Math.max(100, ...values);

  return {
    config: {
      type: 'bar',
      data: {
        labels: figures.map((f) => wrapLabel(f.label)),
        datasets: [
          {
            label: `${periods || 'Change'} as index (${baseLabel})`,
            data: values,
            backgroundColor: figures.map((_, i) => seriesColor(opts.theme, i)),
            borderWidth: 0,
            maxBarThickness: 96,
          },
        ],
      },
      options: {
        ...base,
        scales: {
          x: {
            ticks: { color: p.text, font: scaleFont(opts), autoSkip: false, maxRotation: 0 },
            grid: { display: false },
          },
          y: {
            min: 0,
            suggestedMax: Math.ceil((max * 1.15) / 50) * 50,
            title: { display: true, text: axisTitle, color: p.muted, font: scaleFont(opts) },
            ticks: {
              color: p.muted,
              font: scaleFont(opts),
              callback: (v) => formatIndex(Number(v)),
            },
            grid: { color: p.grid },
          },
        },
        plugins: {
          ...base.plugins,
          legend: { display: false },
          referenceLine: {
            value: 100,
            label: `${baseLabel}`,
            color: p.reference,
            font: font(opts, 0.9),
          },
          valueLabels: {
            labels: [
              figures.map((f, i) => `${formatPercent(f.value, true)} → ${formatIndex(values[i]!)}`),
            ],
            color: p.text,
            insideColors: ['#ffffff'],
            font: font(opts, 1, 'bold'),
            position: 'end',
          },
        },
      },
    },
    points: figures.map((f, i) => ({
      datasetIndex: 0,
      index: i,
      figureId: f.id,
      name: `${f.label}: ${formatPercent(f.value, true)}, index ${formatIndex(values[i]!)}. Show quote`,
    })),
    description:
      `Bar chart, index where ${baseLabel}. ` +
      figures
        .map(
          (f, i) =>
            `${f.label}: ${formatPercent(f.value, true)} (index ${formatIndex(values[i]!)})`,
        )
        .join('; ') +
      '. A dashed line marks 100, the previous level.',
    table: {
      caption: `${axisTitle}; the source gives changes only, no base amounts`,
      columns: ['Figure', 'Period', 'Stated', 'Change', `Index (${baseLabel})`],
      rows: figures.map((f, i) => ({
        figureId: f.id,
        cells: [
          f.label,
          f.basePeriod ? `${f.period} vs ${f.basePeriod}` : (f.period ?? ''),
          f.stated.text,
          formatPercent(f.value, true),
          formatIndex(values[i]!),
        ],
      })),
    },
    transforms: figures.map(describeTransform),
    height: chartHeight('change', figures.length),
    legend: [],
  };
}
