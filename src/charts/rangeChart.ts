// Config builder for a chart group in which at least one figure states a range: each range is a
// floating bar from its low to its high end with both ends labelled; single values stay bars from
// the baseline. Kinds keep their axes (changes as an index, shares 0–100 %, amounts from 0).

import type { Figure } from '../model/figure.ts';
import {
  formatAmount,
  formatAmountTick,
  formatFigureValue,
  formatIndex,
  formatPercent,
} from '../model/format.ts';
import { changeToIndex, describeTransform } from '../model/indexSeries.ts';
import { figureEnds, isRangeFigure } from '../model/valueRange.ts';
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

export const RANGE_LEGEND_LABEL = 'Stated range: the bar spans the low to the high end';

/**
 * @example buildRangeChart([gdpRange, exports], opts).config.data.datasets[0].data // [[101, 101.5], 140]
 */
export function buildRangeChart(figures: readonly Figure[], opts: ChartOptions): ChartSpec {
  const p = PALETTES[opts.theme];
  const first = figures[0]!;
  const kind = first.kind;
  const unit = first.unit;
  const base = baseOptions(opts, p);
  // What the axis shows: an index for changes (previous period = 100), the stated number otherwise.
  const toAxis = (v: number) => (kind === 'change' ? changeToIndex(v) : v);
  const axisText = (v: number) =>
    kind === 'amount'
      ? formatAmount(v, unit)
      : kind === 'change'
        ? formatIndex(v)
        : formatPercent(v);
  const stated = (v: number) =>
    kind === 'amount' ? formatAmount(v, unit) : formatPercent(v, kind === 'change');
  const bars = figures.map((f) => {
    const e = figureEnds(f);
    return isRangeFigure(f) ? [toAxis(e.low), toAxis(e.high)] : toAxis(e.high);
  });
  const top = Math.max(...figures.map((f) => toAxis(figureEnds(f).high)));
  const horizontal = kind === 'share';
  // Floating bars encode their ends, not a length from 0: when every change is a range the axis
  // zooms to the ranges and the 100 line, else "+1–1.5 %" is a hairline on a 0–140 axis.
  const zoom = kind === 'change' && figures.every(isRangeFigure);
  const lows = figures.map((f) => toAxis(figureEnds(f).low));
  const span = Math.max(top, 100) - Math.min(...lows, 100);
  const zoomed = {
    min: Math.floor(Math.min(...lows, 100) - Math.max(span * 0.5, 1)),
    max: Math.ceil(Math.max(top, 100) + Math.max(span * 0.5, 1)),
  };
  const axisTitle =
    kind === 'change'
      ? `Index (${first.basePeriod ?? 'previous period'} = 100)`
      : kind === 'share'
        ? 'Percent of each whole'
        : unit === 'USD'
          ? 'US dollars'
          : unit;
  const valueAxis = {
    ...(zoom ? zoomed : { min: 0 }),
    ...(horizontal ? { max: 100 } : zoom ? {} : { suggestedMax: top * 1.2 }),
    title: { display: true, text: axisTitle, color: p.muted, font: scaleFont(opts) },
    ticks: {
      color: p.muted,
      font: scaleFont(opts),
      callback: (v: number | string) =>
        kind === 'amount' ? formatAmountTick(Number(v), unit) : axisText(Number(v)),
    },
    grid: { color: p.grid },
  };
  const categoryAxis = {
    ticks: { color: p.text, font: scaleFont(opts), autoSkip: false, maxRotation: 0 },
    grid: { display: false },
  };
  const inAxis = (f: Figure) => {
    const e = figureEnds(f);
    return isRangeFigure(f)
      ? `${axisText(toAxis(e.low))} to ${axisText(toAxis(e.high))}`
      : axisText(toAxis(e.high));
  };

  return {
    config: {
      type: 'bar',
      data: {
        labels: figures.map((f) => wrapLabel(f.label, 20)),
        datasets: [
          {
            label: figures.length === 1 ? first.label : 'Stated',
            // Chart.js draws [low, high] as a floating bar; ChartSpec's data type names numbers only.
            data: bars as unknown as (number | null)[],
            backgroundColor: figures.map((_, i) => seriesColor(opts.theme, i)),
            borderWidth: 0,
            maxBarThickness: horizontal ? 56 : 96,
          },
        ],
      },
      options: {
        ...base,
        indexAxis: horizontal ? 'y' : 'x',
        layout: { padding: { top: 28, right: horizontal ? 56 : 16, left: 4, bottom: 4 } },
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          ...base.plugins,
          legend: { display: false },
          ...(kind === 'change'
            ? {
                referenceLine: {
                  value: 100,
                  label: `${first.basePeriod ?? 'previous period'} = 100`,
                  color: p.reference,
                  font: font(opts, 0.9),
                },
              }
            : {}),
          valueLabels: {
            labels: [figures.map((f) => (isRangeFigure(f) ? '' : formatFigureValue(f)))],
            color: p.text,
            insideColors: ['#ffffff'],
            font: font(opts, 1, 'bold'),
            position: 'end',
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
    points: figures.map((f, i) => ({
      datasetIndex: 0,
      index: i,
      figureId: f.id,
      name: `${f.label}: ${formatFigureValue(f)}${isRangeFigure(f) ? ' (a range)' : ''}. Show quote`,
    })),
    description:
      `Bar chart${horizontal ? ' of percent of each whole' : ''}; a range is a floating bar from its low to its high end. ` +
      figures
        .map(
          (f) =>
            `${f.label}: ${formatFigureValue(f)}${kind === 'change' ? ` (index ${inAxis(f)})` : ''}`,
        )
        .join('; ') +
      '.',
    table: {
      caption: `${axisTitle}; ranges give both ends as stated`,
      columns: ['Figure', 'Period', 'Stated', 'Value', ...(kind === 'change' ? [axisTitle] : [])],
      rows: figures.map((f) => ({
        figureId: f.id,
        cells: [
          f.label,
          f.basePeriod ? `${f.period} vs ${f.basePeriod}` : (f.period ?? f.asOf ?? ''),
          f.stated.text,
          formatFigureValue(f),
          ...(kind === 'change' ? [inAxis(f)] : []),
        ],
      })),
    },
    transforms: figures.map(describeTransform),
    height: chartHeight(kind, figures.length),
    legend: [{ label: RANGE_LEGEND_LABEL, color: seriesColor(opts.theme, 0), style: 'solid' }],
  };
}
