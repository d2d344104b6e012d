// Config builder for kind "share": 100 % stacked horizontal bars, the stated share against the
// remainder, which is derived (100 − share) and labelled so in legend, table and description.

import type { PointFigure } from '../model/figure.ts';
import { formatPercent } from '../model/format.ts';
import { describeTransform, shareRemainder } from '../model/indexSeries.ts';
import { PALETTES, figureColor } from './palette.ts';
import {
  barThickness,
  baseOptions,
  canvasLegend,
  categoryTicks,
  chartHeight,
  font,
  scaleFont,
  type ChartOptions,
  type ChartSpec,
} from './chartSpec.ts';

export const DERIVED_REST_LABEL = 'Others (derived: 100 − share)';

/**
 * @example buildShareChart([s1, s2], opts).config.data.datasets[1].data // [70, 55]
 */
export function buildShareChart(figures: readonly PointFigure[], opts: ChartOptions): ChartSpec {
  const p = PALETTES[opts.theme];
  const rest = figures.map((f) => shareRemainder(f.value));
  const base = baseOptions(opts, p);
  const part = figures.length === 1 ? figures[0]!.label : 'Stated share';
  const colors = figures.map((f, i) => figureColor(opts.theme, f.id, opts.colors, i));
  const legend: ChartSpec['legend'] = [
    { label: DERIVED_REST_LABEL, color: p.derived, style: 'derived' },
  ];
  return {
    config: {
      type: 'bar',
      data: {
        labels: figures.map((f) => f.label),
        datasets: [
          {
            label: part,
            data: figures.map((f) => f.value),
            backgroundColor: colors,
            borderWidth: 0,
            ...barThickness(figures.length),
            maxBarThickness: 48,
          },
          {
            label: DERIVED_REST_LABEL,
            data: rest,
            backgroundColor: p.derived,
            borderWidth: 0,
            ...barThickness(figures.length),
            maxBarThickness: 48,
          },
        ],
      },
      options: {
        ...base,
        indexAxis: 'y',
        scales: {
          x: {
            stacked: true,
            min: 0,
            max: 100,
            title: {
              display: true,
              text: 'Percent of each project',
              color: p.muted,
              font: scaleFont(opts),
            },
            ticks: {
              color: p.muted,
              font: scaleFont(opts),
              callback: (v) => formatPercent(Number(v)),
              stepSize: 25,
              maxRotation: 0,
            },
            grid: { color: p.grid },
          },
          y: {
            stacked: true,
            ticks: categoryTicks(opts, p.text, 'y'),
            grid: { display: false },
          },
        },
        plugins: {
          ...base.plugins,
          legend: canvasLegend(legend, base.plugins.legend),
          valueLabels: {
            labels: [
              figures.map((f) => formatPercent(f.value)),
              rest.map((r) => `${formatPercent(r)} derived`),
            ],
            // Where "70 % derived" does not fit inside its bar, the number alone (the legend
            // and the grey say derived) rather than nothing.
            short: [[], rest.map((r) => formatPercent(r))],
            color: p.text,
            insideColors: [opts.theme === 'dark' ? '#0b0b0b' : '#ffffff', p.text],
            font: font(opts, 1, 'bold'),
            position: 'center',
          },
        },
      },
    },
    points: figures.map((f, i) => ({
      datasetIndex: 0,
      index: i,
      figureId: f.id,
      color: colors[i]!,
      name: `${f.label}: ${formatPercent(f.value)}. Show quote`,
    })),
    description:
      'Stacked bars of 100 %. ' +
      figures
        .map(
          (f, i) =>
            `${f.label}: ${formatPercent(f.value)}; other shareholders ${formatPercent(rest[i]!)} (derived)`,
        )
        .join('. ') +
      '.',
    table: {
      caption: 'Share of each whole, in percent; "other shareholders" is derived as 100 − share',
      columns: ['Figure', 'As of', 'Stated', 'Share', 'Other shareholders (derived)'],
      rows: figures.map((f, i) => ({
        figureId: f.id,
        cells: [
          f.label,
          f.asOf ?? f.period ?? '',
          f.stated.text,
          formatPercent(f.value),
          formatPercent(rest[i]!),
        ],
      })),
    },
    transforms: figures.map(describeTransform),
    height: chartHeight('share', figures.length),
    legend,
  };
}
