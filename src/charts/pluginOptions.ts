// Option types of this project's own Chart.js plugins, merged into Chart.js' plugin options.
// Types only.

import type { ChartType } from 'chart.js';

export interface ValueLabelOptions {
  /** labels[datasetIndex][index]; an array is drawn as lines; empty string = no label. */
  labels: (string | string[])[][];
  /** Shorter labels, same indexing, used where a centred label does not fit inside its bar. */
  short?: (string | string[])[][];
  color: string;
  /** Colour of labels drawn inside a bar, by dataset (the last one repeats). */
  insideColors: string[];
  font: string;
  /** 'end' = just past the bar's end; 'center' = inside the bar. */
  position: 'end' | 'center';
}

export interface ProjectionHatchOptions {
  /** [datasetIndex, index] pairs of bars to hatch as projections. */
  bars: [number, number][];
  color: string;
  /** Per bar (parallel to `bars`): the figure's own colour; `color` where missing. */
  colors?: string[];
}

export interface RangeEndsOptions {
  /** The dataset whose floating bars are ranges. */
  datasetIndex: number;
  /** labels[index] = [low end, high end], or null for a bar that states one value. */
  labels: ([string, string] | null)[];
  color: string;
  font: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelOptions | false;
    projectionHatch?: ProjectionHatchOptions | false;
    rangeEnds?: RangeEndsOptions | false;
  }
}
