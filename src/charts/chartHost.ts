// The one bridge to Chart.js: draws a ChartSpec on a canvas, lays keyboard buttons over the bars,
// redraws sharp for print, and always destroys its chart (still images: charts/chartStill.ts, kept
// out of the pages' startup JS). A canvas holds one chart: a new mount keeps the one already there
// when its `keep` says so (the page's pre-hydration drawing, same spec), else replaces it in the
// same frame. Says when a page's first charts draw (drawsInTasks). Framework-agnostic: no Svelte.

import type { Chart } from 'chart.js';
import { barBounds } from './barBounds.ts';
import type { ChartSpec, PointRef } from './chartSpec.ts';
import { finalFrame } from './finalFrame.ts';
import { registerCharts } from './registry.ts';

type BarChart = Chart<'bar', (number | null)[], string | string[]>;

export interface ChartHostOptions {
  /** A bar was chosen by mouse, touch or keyboard. */
  onselect?: (figureId: string) => void;
  /** The chart drew its final frame (after its animation, if any). Called once. */
  ondrawn?: () => void;
  selected?: string | undefined;
  /**
   * Lay keyboard buttons over the bars (default true). Off for a drawing made before hydration:
   * Svelte must find the box's children as it rendered them, and the app's own mount adds them.
   */
  buttons?: boolean;
  /**
   * Set by a drawing made before hydration (views/predraw.ts): called by the next mount on this
   * canvas, true when that mount's spec draws what is on screen, so the chart is kept as drawn
   * (no second draw) and `next`'s handlers take over; false to draw `spec` afresh.
   */
  keep?: (spec: ChartSpec, next: ChartHostOptions) => boolean;
}

export interface ChartHost {
  /** Marks the selected bar's button (aria-pressed), or none. */
  select(figureId: string | undefined): void;
  destroy(): void;
  /** The `keep` this host was mounted with (see ChartHostOptions). */
  keep?: ChartHostOptions['keep'];
}

/**
 * Whether the first charts draw in tasks of their own (one chart a task) rather than at once: true where the primary pointer is coarse (phones and tablets, and
 * Lighthouse's mobile run, which emulates touch). A phone's CPU is several times slower (Chrome's
 * mobile throttling: 4×), so the three charts at once were one task of 430-540 ms there, and
 * Lighthouse's Total Blocking Time counts each task's part over 50 ms after multiplying what it
 * observed at full speed. With a mouse the entry's evaluation and the three charts are one task
 * of 73-93 ms thread time on this project's loaded 2-core machine (the hand-written page's one
 * task: 64-77 ms); split, each yield cost a task switch and, after 100 ms without one, a
 * rendering frame between charts: wall time the hand-written page never spends.
 * Decided by the device, not by timing the first chart: a rule on measured time would never
 * trigger under Lighthouse, which runs at full speed and multiplies afterwards.
 * @example drawsInTasks() // false on a desktop, true on a phone
 */
export function drawsInTasks(): boolean {
  return !!globalThis.matchMedia?.('(pointer: coarse)').matches;
}

/** The chart each canvas shows now, so a later mount on the same canvas can take it over. */
const live = new WeakMap<HTMLCanvasElement, ChartHost>();

/**
 * Draws `spec` on `canvas`; `box` is the canvas' `position: relative` wrapper, where the bar
 * buttons go (class "bar-button", pointer-events: none so the mouse reaches Chart.js).
 * @example const host = mountChart(box, canvas, spec, { onselect: (id) => open(id) }); host.destroy();
 */
export function mountChart(
  box: HTMLElement,
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
  options: ChartHostOptions = {},
): ChartHost {
  const ChartCtor = registerCharts();
  // Taking over a drawn chart (the page drew it before Svelte loaded): keep it when it shows this
  // spec; else destroy it and draw the new one without animation in the same task, so no frame
  // shows an empty or regrowing chart.
  const previous = live.get(canvas);
  if (previous?.keep?.(spec, options)) return previous;
  previous?.destroy();
  const buttons = new Map<string, HTMLButtonElement>();
  let selected = options.selected;

  const pointAt = (datasetIndex: number, index: number): PointRef | undefined =>
    spec.points.find((p) => p.datasetIndex === datasetIndex && p.index === index) ??
    spec.points.find((p) => p.index === index);

  const place = (c: BarChart) => {
    if (options.buttons === false) return;
    const horizontal = c.options.indexAxis === 'y';
    for (const point of spec.points) {
      const el = c.getDatasetMeta(point.datasetIndex).data[point.index];
      let button = buttons.get(point.figureId);
      if (!el) {
        button?.remove();
        buttons.delete(point.figureId);
        continue;
      }
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'bar-button';
        button.dataset.figure = point.figureId;
        button.setAttribute('aria-label', point.name);
        button.addEventListener('click', () => options.onselect?.(point.figureId));
        box.append(button);
        buttons.set(point.figureId, button);
      }
      const r = barBounds(el, horizontal);
      // CSSOM writes, not style attributes: allowed under a strict style-src CSP.
      button.style.left = `${r.left}px`;
      button.style.top = `${r.top}px`;
      button.style.width = `${Math.max(8, r.right - r.left)}px`;
      button.style.height = `${Math.max(8, r.bottom - r.top)}px`;
    }
    mark();
  };

  const mark = () => {
    for (const [id, button] of buttons) {
      button.setAttribute('aria-pressed', String(id === selected));
      button.classList.toggle('selected', id === selected);
    }
  };

  const animated = !previous && spec.config.options?.animation !== false;
  const frame = finalFrame(spec.config.options, animated, () => options.ondrawn?.());
  const config = {
    ...spec.config,
    options: {
      ...spec.config.options,
      animation: frame.animation,
      onClick: (_e: unknown, els: { datasetIndex: number; index: number }[]) => {
        const hit = els[0] && pointAt(els[0].datasetIndex, els[0].index);
        if (hit) options.onselect?.(hit.figureId);
      },
      onHover: (e: { native: Event | null }, els: unknown[]) => {
        const target = e.native?.target as HTMLElement | null;
        if (target) target.style.cursor = els.length ? 'pointer' : 'default';
      },
    },
    plugins: [
      {
        id: 'citedOverlay',
        afterRender: (c: BarChart) => {
          place(c);
          frame.afterRender();
        },
      },
    ],
  } as typeof spec.config;

  let chart: BarChart | undefined = new ChartCtor(canvas, config);
  /** CSS px: A4 (182 mm) and Letter (188 mm) between 14 mm margins are ≥ 688 px wide. */
  const PRINT_WIDTH = 640;

  // Printing lays the page out anew: redraw at the print width and at least 2× density so the
  // printed chart is sharp, then back to the screen's own ratio. beforeprint still sees the
  // screen's layout, so the width is capped at what fits A4 and Letter unscaled: the 12 px tick
  // labels then print at 9 pt instead of being shrunk with a screen-wide canvas.
  const beforePrint = () => {
    if (!chart) return;
    chart.options.devicePixelRatio = Math.max(2, window.devicePixelRatio);
    const box = canvas.parentElement;
    if (box) chart.resize(Math.min(PRINT_WIDTH, box.clientWidth), box.clientHeight);
    else chart.resize();
  };
  const afterPrint = () => {
    if (!chart) return;
    chart.options.devicePixelRatio = window.devicePixelRatio;
    chart.resize();
  };
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);

  const host: ChartHost = {
    keep: options.keep,
    select(id) {
      selected = id;
      mark();
    },
    destroy() {
      if (live.get(canvas) === host) live.delete(canvas);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      chart?.destroy();
      chart = undefined;
      for (const button of buttons.values()) button.remove();
      buttons.clear();
      frame.settle(); // a chart that goes away must not hold charts-ready back
    },
  };
  live.set(canvas, host);
  return host;
}
