// What a config builder returns: the Chart.js config plus everything around it that must agree
// with it (which bar is which figure, the accessible description, the data table). Types + shared bits.

import type { ChartConfiguration, Scale } from 'chart.js';
import type { Figure } from '../model/figure.ts';
import { PALETTES, figureColor, type ColorSlots, type Palette, type Theme } from './palette.ts';

export interface ChartOptions {
  theme: Theme;
  /** No animation (prefers-reduced-motion, print, static images). */
  still: boolean;
  fontFamily: string;
  /** Base font size in CSS pixels. */
  fontSize?: number;
  /** Figure id → colour slot from the dataset's figure order (palette.colorSlots), so a figure
   * has one colour everywhere; without it, figures take colours in this chart's order. */
  colors?: ColorSlots | undefined;
}

/** Which drawn bar stands for which figure (for clicks, keyboard buttons and tests). */
export interface PointRef {
  datasetIndex: number;
  index: number;
  figureId: string;
  /** Accessible name of the bar's button, e.g. "Japan's exports to Russia: +40 %, show quote". */
  name: string;
  /** The figure's colour in this chart (its hue everywhere), for swatches beside its quote. */
  color: string;
}

export interface DataTable {
  caption: string;
  columns: string[];
  rows: { figureId: string; cells: string[] }[];
}

/** One legend entry; the browser renders these as HTML, images via Chart.js' legend. */
export interface LegendItem {
  label: string;
  color: string;
  /** solid = actual value; hatched = projection; derived = computed, not stated. */
  style: 'solid' | 'hatched' | 'derived';
}

export interface ChartSpec {
  config: ChartConfiguration<'bar', (number | null)[], string | string[]>;
  points: PointRef[];
  /** One or two sentences a screen reader gives for the canvas. */
  description: string;
  table: DataTable;
  /** Empty when the axis labels already name every bar. */
  legend: LegendItem[];
  /** Height of the plot in CSS pixels, legend excluded: the card, the embed, the comparison and
   *  the static images all draw the chart this tall (see chartHeight). */
  height: number;
}

/**
 * The clickable bars of a chart, one a figure in order: its dataset (0 unless `datasetOf` says),
 * its colour, and the accessible name "<label>: <value>. Show quote".
 *
 * @example
 * barPoints([exports], ['#0072b2'], (f) => formatPercent(f.value, true))
 * // [{ datasetIndex: 0, index: 0, figureId: 'exports', color: '#0072b2', name: 'Exports: +40 %. Show quote' }]
 */
export function barPoints<F extends Figure>(
  figures: readonly F[],
  colors: readonly string[],
  value: (figure: F) => string,
  datasetOf: (figure: F) => number = () => 0,
): PointRef[] {
  return figures.map((f, i) => ({
    datasetIndex: datasetOf(f),
    index: i,
    figureId: f.id,
    color: colors[i]!,
    name: `${f.label}: ${value(f)}. Show quote`,
  }));
}

/**
 * The one chart height: horizontal share bars grow with their count; vertical bars have a fixed
 * plot height. @example chartHeight('share', 2) // 220
 */
export function chartHeight(kind: Figure['kind'], bars: number): number {
  return kind === 'share' ? 100 + 60 * Math.max(1, bars) : 300;
}

export const DEFAULT_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * Breaks a label into lines no wider than `maxWidth` pixels (as `measure` says), on spaces; a
 * single word wider than that is cut with an ellipsis, so a label never runs into its neighbour.
 * @example wrapToWidth("Japan's direct investment to Russia", 120, (t) => t.length * 7)
 * // ["Japan's direct", 'investment to', 'Russia']
 */
export function wrapToWidth(
  label: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const fit = (word: string) => {
    if (measure(word) <= maxWidth) return word;
    let cut = word;
    while (cut.length > 1 && measure(`${cut}…`) > maxWidth) cut = cut.slice(0, -1);
    return `${cut}…`;
  };
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > maxWidth) {
      lines.push(line);
      line = fit(word);
    } else line = line ? next : fit(word);
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Category tick options that wrap each label to the room it has at the chart's current size:
 * under a vertical bar, the bar's slot; beside a horizontal bar, 40 % of the chart's width.
 * Ticks stay horizontal (no rotation) and none is skipped.
 * @example scales: { x: { ticks: categoryTicks(opts, palette.text, 'x') } }
 */
export function categoryTicks(opts: ChartOptions, color: string, axis: 'x' | 'y') {
  const f = scaleFont(opts);
  return {
    color,
    font: f,
    autoSkip: false,
    maxRotation: 0,
    minRotation: 0,
    callback(this: Scale, value: number | string, _index: number, ticks: { value: number }[]) {
      const label = String(this.getLabelForValue(Number(value)));
      const room =
        axis === 'x'
          ? (this.maxWidth || this.chart.width) / Math.max(1, ticks.length) - 10
          : this.chart.width * 0.4 - 8;
      const ctx = this.ctx;
      ctx.save();
      ctx.font = `${f.size}px ${f.family}`;
      const lines = wrapToWidth(label, Math.max(40, room), (t) => ctx.measureText(t).width);
      ctx.restore();
      return lines;
    },
  };
}

/**
 * Bar thickness that follows the number of bars: thick for two, thinner for many, never a
 * hairline on a wide card.
 * @example barThickness(2) // { barPercentage: 0.7, categoryPercentage: 0.8, maxBarThickness: 120 }
 */
export function barThickness(count: number) {
  return {
    barPercentage: count <= 3 ? 0.7 : 0.8,
    categoryPercentage: 0.8,
    maxBarThickness: count <= 3 ? 120 : 72,
  };
}

export function font(opts: ChartOptions, scale = 1, weight = 'normal'): string {
  return `${weight} ${Math.round((opts.fontSize ?? 13) * scale)}px ${opts.fontFamily}`;
}

/** Tick and axis-title font: Chart.js would otherwise fall back to its global default family.
 * @example scaleFont({ fontFamily: 'DejaVu Sans', fontSize: 13, … }) // { family: 'DejaVu Sans', size: 12 } */
export function scaleFont(opts: ChartOptions): { family: string; size: number } {
  return { family: opts.fontFamily, size: Math.round((opts.fontSize ?? 13) * 0.92) };
}

/** Chart.js options every chart shares: responsive, themed, still when asked. */
export function baseOptions(opts: ChartOptions, palette: { text: string; grid: string }) {
  const size = opts.fontSize ?? 13;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: opts.still ? (false as const) : { duration: 450 },
    color: palette.text,
    font: { family: opts.fontFamily, size },
    layout: { padding: { top: 24, right: 16, left: 4, bottom: 4 } },
    plugins: {
      legend: {
        labels: { color: palette.text, font: { family: opts.fontFamily, size }, boxWidth: 16 },
      },
    },
  };
}

/**
 * Chart.js legend options (used by static images; the browser shows `items` as HTML) whose
 * entries are the spec's legend items, so a status legend shows a neutral swatch rather than
 * the first figure's colour.
 * @example plugins: { legend: canvasLegend(spec.legend, base.plugins.legend) }
 */
export function canvasLegend(
  items: readonly LegendItem[],
  legend: ReturnType<typeof baseOptions>['plugins']['legend'],
) {
  return {
    ...legend,
    display: items.length > 0,
    position: 'bottom' as const,
    labels: {
      ...legend.labels,
      generateLabels: () =>
        items.map((item) => ({
          text: item.label,
          fillStyle: item.style === 'hatched' ? 'rgba(0,0,0,0)' : item.color,
          strokeStyle: item.color,
          lineWidth: item.style === 'hatched' ? 2 : 0,
          fontColor: legend.labels.color,
          hidden: false,
        })),
    },
  };
}

/**
 * What every builder starts from: the theme's palette, the options all charts share and each
 * figure's one colour (palette.figureColor), so no builder picks them its own way.
 * @example const { p, base, colors } = chartFrame([exports, fdi], opts); // colors: ['#0072B2', '#E69F00']
 */
export function chartFrame(figures: readonly Figure[], opts: ChartOptions) {
  const p = PALETTES[opts.theme];
  const colors = figures.map((f, i) => figureColor(opts.theme, f.id, opts.colors, i));
  return { p, base: baseOptions(opts, p), colors };
}

/**
 * The category axis of every bar chart: wrapped labels in the text colour, no grid lines.
 * @example scales: { x: categoryAxis(opts, p, 'x') }
 */
export function categoryAxis(opts: ChartOptions, p: Palette, axis: 'x' | 'y') {
  return { ticks: categoryTicks(opts, p.text, axis), grid: { display: false } };
}

/**
 * The value axis every builder shares: a muted title and ticks in the scale font, `show` writing
 * each tick ("+40 %", "$1B"); with `zeroLine` the 0 grid line is drawn darker (a change's baseline).
 * @example y: { min: 0, ...valueAxis(opts, p, 'US dollars', (v) => formatAmountTick(v, 'USD'), false, { maxTicksLimit: 6 }) }
 */
export function valueAxis(
  opts: ChartOptions,
  p: Palette,
  title: string,
  show: (value: number) => string,
  zeroLine = false,
  ticks: { maxTicksLimit?: number; stepSize?: number; maxRotation?: number } = {},
) {
  return {
    title: { display: true, text: title, color: p.muted, font: scaleFont(opts) },
    ticks: {
      color: p.muted,
      font: scaleFont(opts),
      ...ticks,
      callback: (v: number | string) => show(Number(v)),
    },
    grid: {
      color: zeroLine
        ? (c: { tick?: { value: number } }) => (c.tick?.value === 0 ? p.reference : p.grid)
        : p.grid,
    },
  };
}

/**
 * The bar value labels' look (valueLabelPlugin): bold text, white inside a bar, above its end.
 * @example valueLabels: { labels: [['+40 %']], ...valueLabelStyle(opts, p) }
 */
export function valueLabelStyle(opts: ChartOptions, p: Palette) {
  return {
    color: p.text,
    insideColors: ['#ffffff'],
    font: font(opts, 1, 'bold'),
    position: 'end' as 'end' | 'center',
  };
}

/**
 * The data table's rows: one a figure, in chart order, keyed by its id.
 * @example tableRows([exports], (f) => [f.label, f.stated.text]) // [{ figureId: 'exports', cells: ['Exports', 'increased 40%'] }]
 */
export function tableRows<F extends Figure>(
  figures: readonly F[],
  cells: (figure: F, i: number) => string[],
): DataTable['rows'] {
  return figures.map((f, i) => ({ figureId: f.id, cells: cells(f, i) }));
}

/**
 * What every spec says the same way: the one height. What a chart did to each stated value, in
 * words, is model/indexSeries.ts's describeTransform, which only captions and the quote panel read:
 * a spec leaves it out, so the pages' startup chunk carries none of those words.
 * @example specExtent([exports, fdi], 'change') // { height: 300 }
 */
export function specExtent(figures: readonly Figure[], kind: Figure['kind']) {
  return { height: chartHeight(kind, figures.length) };
}
