// Where each label of a drawn chart went (value labels and category/value tick labels). The
// boxes hang on the canvas element as `citedLabelBoxes` (a test hook: test/browser/labels.test.ts
// measures them for overlap and clipping); nothing here draws.

import type { Chart } from 'chart.js';

export interface LabelBox {
  kind: 'value' | 'tick';
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a test reads from a drawn canvas: its CSS size, the boxes, any rotated tick labels. */
export interface DrawnLabels {
  width: number;
  height: number;
  boxes: LabelBox[];
  rotatedTicks: number;
}

interface LabelItem {
  label: string | string[];
  font: { string: string; lineHeight: number };
  textOffset: number;
  options: { rotation: number; textAlign: string; translation: [number, number] };
}

const values = new WeakMap<Chart, LabelBox[]>();

/** Called by the value-label plugin after it draws. @example recordValueLabels(chart, drawn) */
export function recordValueLabels(chart: Chart, boxes: LabelBox[]): void {
  values.set(chart, boxes);
  publish(chart);
}

/**
 * The tick labels Chart.js placed, as boxes (from the scale's own label items, so they are where
 * Chart.js drew them), plus how many are rotated.
 * @example tickLabelBoxes(chart).boxes[0] // { kind: 'tick', text: "Japan's exports", left: 40, … }
 */
export function tickLabelBoxes(chart: Chart): { boxes: LabelBox[]; rotated: number } {
  const boxes: LabelBox[] = [];
  let rotated = 0;
  const { ctx } = chart;
  ctx.save();
  for (const scale of Object.values(chart.scales)) {
    const ticks = (scale.options as { ticks?: { display?: boolean } }).ticks;
    if (!scale.options.display || ticks?.display === false) continue;
    const items = (
      scale as unknown as { getLabelItems(area: Chart['chartArea']): LabelItem[] }
    ).getLabelItems(chart.chartArea);
    for (const item of items) {
      if (item.options.rotation !== 0) rotated++;
      const lines = Array.isArray(item.label) ? item.label : [item.label];
      ctx.font = item.font.string;
      const [x, y] = item.options.translation;
      lines.forEach((line, k) => {
        if (!line) return;
        const w = ctx.measureText(line).width;
        const left =
          item.options.textAlign === 'right'
            ? x - w
            : item.options.textAlign === 'left'
              ? x
              : x - w / 2;
        const cy = y + item.textOffset + k * item.font.lineHeight;
        const half = item.font.lineHeight / 2;
        boxes.push({
          kind: 'tick',
          text: line,
          left,
          right: left + w,
          top: cy - half,
          bottom: cy + half,
        });
      });
    }
  }
  ctx.restore();
  return { boxes, rotated };
}

/** Puts the chart's current label boxes on its canvas element for tests (`citedLabelBoxes`). */
function publish(chart: Chart): void {
  const canvas = chart.canvas as (HTMLCanvasElement & { citedLabelBoxes?: DrawnLabels }) | null;
  if (!canvas || typeof canvas !== 'object') return;
  const ticks = tickLabelBoxes(chart);
  canvas.citedLabelBoxes = {
    width: chart.width,
    height: chart.height,
    boxes: [...(values.get(chart) ?? []), ...ticks.boxes],
    rotatedTicks: ticks.rotated,
  };
}
