// Config builder for kind "share": 100 % stacked horizontal bars, the stated share against the
// remainder, which is derived (100 − share) and labelled so in legend, table and description. A
// rate's level below zero ("the deposit rate at -0.5%") is no part of a whole: its bar runs left
// of 0 and no rest is derived for it.

import type { PointFigure } from '../model/figure.ts';
import { formatPercent } from '../model/format.ts';
import { shareRemainder } from '../model/indexSeries.ts';
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
 * @example buildShareChart([depositRate], opts).config.data.datasets[1].data // [0] (−0.5 %: no rest)
 */
export function buildShareChart(figures: readonly PointFigure[], opts: ChartOptions): ChartSpec {
  const { p, base, colors } = chartFrame(figures, opts);
  // A level below zero has no whole, so no rest: 0 in the stack, and no label.
  const below = figures.map((f) => f.value < 0);
  const rest = figures.map((f, i) => (below[i] ? 0 : shareRemainder(f.value)));
  const low = Math.min(0, ...figures.map((f) => f.value));
  const restText = (i: number, words: string) => (below[i] ? '' : words);
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
            // From 0, or from the step of 25 below the lowest level when one is below zero.
            min: low < 0 ? Math.floor(low / 25) * 25 : 0,
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
              rest.map((r, i) => restText(i, `${formatPercent(r)} derived`)),
            ],
            // Where "70 % derived" does not fit inside its bar, the number alone (the legend
            // and the grey say derived) rather than nothing.
            short: [[], rest.map((r, i) => restText(i, formatPercent(r)))],
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
        .map((f, i) =>
          below[i]
            ? `${f.label}: ${formatPercent(f.value)}, a rate below zero (no whole, so no rest derived)`
            : `${f.label}: ${formatPercent(f.value)}; other shareholders ${formatPercent(rest[i]!)} (derived)`,
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
        restText(i, formatPercent(rest[i]!)),
      ]),
    },
    ...specExtent(figures, 'share'),
    legend,
  };
}
