// Config builder for kind "share": 100 % stacked horizontal bars, the stated share against the
// remainder, which is derived (100 − share) and labelled so in legend, table and description.

import type { PointFigure } from '../model/figure.ts';
import { formatPercent } from '../model/format.ts';
import { shareRemainder } from '../model/shareRemainder.ts';
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

export const DERIVED_REST_LABEL = 'Others (derived: 100 − share)';

/**
 * @example buildShareChart([s1, s2], opts).config.data.datasets[1].data // [70, 55]
 */
export function buildShareChart(figures: readonly PointFigure[], opts: ChartOptions): ChartSpec {
  const { p, base, colors } = chartFrame(figures, opts);
  const rest = figures.map((f) => shareRemainder(f.value));
  const part = figures.length === 1 ? figures[0]!.label : 'Stated share';
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
            ...valueAxis(opts, p, 'Percent of each project', (v) => formatPercent(v), false, {
              stepSize: 25,
              maxRotation: 0,
            }),
          },
          y: { stacked: true, ...categoryAxis(opts, p, 'y') },
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
            ...valueLabelStyle(opts, p),
            insideColors: [opts.theme === 'dark' ? '#0b0b0b' : '#ffffff', p.text],
            position: 'center',
          },
        },
      },
    },
    points: barPoints(figures, colors, (f) => formatPercent(f.value)),
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
      rows: tableRows(figures, (f, i) => [
        f.label,
        f.asOf ?? f.period ?? '',
        f.stated.text,
        formatPercent(f.value),
        formatPercent(rest[i]!),
      ]),
    },
    ...specExtent(figures, 'share'),
    legend,
  };
}
