// What a config builder returns: the Chart.js config plus everything around it that must agree
// with it (which bar is which figure, the accessible description, the data table). Types + shared bits.

import type { ChartConfiguration } from 'chart.js';
import type { Theme } from './palette.ts';

export interface ChartOptions {
  theme: Theme;
  /** No animation (prefers-reduced-motion, print, static images). */
  still: boolean;
  fontFamily: string;
  /** Base font size in CSS pixels. */
  fontSize?: number;
}

/** Which drawn bar stands for which figure (for clicks, keyboard buttons and tests). */
export interface PointRef {
  datasetIndex: number;
  index: number;
  figureId: string;
  /** Accessible name of the bar's button, e.g. "Japan's exports to Russia: +40 %, show quote". */
  name: string;
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
  /** Each transformation, in words ("doubled → index 200"). */
  transforms: string[];
  /** Empty when the axis labels already name every bar. */
  legend: LegendItem[];
}

export const DEFAULT_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** Breaks a label into lines of at most `width` characters, on spaces.
 * @example wrapLabel("Japan's direct investment to Russia", 18) // ["Japan's direct", 'investment to Russia'] */
export function wrapLabel(label: string, width = 18): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
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
