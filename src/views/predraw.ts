// Draws the prerendered dashboard's charts before Svelte has loaded: finds the server-rendered
// cards near the viewport, builds each spec with the same builder as FigureCard and draws it
// through charts/chartHost, at once with a mouse (as a hand-written page does) or one chart a
// task on a touch screen (drawsInTasks); the next mount on that canvas (the hydrated
// ChartCanvas) keeps the chart when its spec is the same (one draw a chart).
// Plain DOM; never imports Svelte, never fetches.

import type { Dataset } from '../model/figure.ts';
import { chartFigures } from '../model/dashboardLayout.ts';
import { parseRoute, routeToHash } from '../model/route.ts';
import { buildChart } from '../charts/buildChart.ts';
import { DEFAULT_FONT_STACK } from '../charts/chartSpec.ts';
import { drawsInTasks, mountChart, type ChartHostOptions } from '../charts/chartHost.ts';
import type { ChartSpec } from '../charts/chartSpec.ts';
import { registerCharts } from '../charts/registry.ts';
import { colorSlots } from '../charts/palette.ts';
import { createReadiness, readinessView } from '../charts/readiness.ts';
import type { ReaderPreferences } from '../components/readerPreferences.ts';

/** As ChartCanvas' lazy drawing: a chart within this many CSS px of the viewport draws now. */
export const NEAR_VIEWPORT_PX = 200;

/**
 * Lets the browser paint and handle input before the next piece of work (a task of its own).
 * @example await nextTask()
 */
export function nextTask(): Promise<void> {
  return 'scheduler' in globalThis && 'yield' in scheduler
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve));
}

/** What a spec draws: its config's data and options (callbacks left out), bars and height. */
const drawnKey = (spec: ChartSpec) => JSON.stringify([spec.config, spec.points, spec.height]);

/**
 * Draws the cards in `root` that are near the viewport and calls `onready` once all of them have
 * drawn their final frame (at once when none is near): before returning, or with `inTasks` each
 * chart in a task of its own (charts/chartHost.ts' drawsInTasks).
 * Draws nothing, and resolves 0, when the page's hash shows another view than the dashboard
 * (the prerendered markup is the dashboard's). A bar clicked before the app has loaded is
 * followed as a figure link (the keyboard buttons over the bars come with the app). A later mount
 * whose spec draws the same keeps the chart and adds the buttons. Resolves how many charts drew,
 * once all are drawn.
 * @example await predrawCharts(document.getElementById('app')!, dataset, readerPreferences(), () => performance.mark('charts-ready')) // 3
 */
export async function predrawCharts(
  root: ParentNode,
  dataset: Dataset,
  prefs: ReaderPreferences,
  onready: () => void,
  inTasks = drawsInTasks(),
): Promise<number> {
  if (readinessView(parseRoute(location.hash).route) !== 'dashboard') return 0;
  const charts = new Map(dataset.charts.map((c) => [c.id, c]));
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const readiness = createReadiness(onready);
  // As Dashboard and FigureCard: each figure's colour from its place in the dataset.
  const opts = {
    theme: prefs.theme,
    still: prefs.still,
    fontFamily: DEFAULT_FONT_STACK,
    colors: colorSlots(dataset.figures),
  };
  const draws: (() => void)[] = [];
  // Measure every card first, then draw: reading layout between draws would force a layout each.
  for (const card of root.querySelectorAll<HTMLElement>('article.card[data-chart]')) {
    const chart = charts.get(card.dataset.chart ?? '');
    const box = card.querySelector<HTMLElement>('.chart');
    const canvas = box?.querySelector('canvas');
    if (!chart || !box || !canvas) continue;
    const r = box.getBoundingClientRect();
    if (r.bottom < -NEAR_VIEWPORT_PX || r.top > innerHeight + NEAR_VIEWPORT_PX) continue;
    const figures = chartFigures(chart, byId);
    if (figures.length === 0) continue;
    readiness.add(chart.id);
    draws.push(() => {
      try {
        const spec = buildChart(figures, opts);
        const key = drawnKey(spec);
        let drawn = false;
        const ondrawn = () => {
          drawn = true;
          readiness.done(chart.id);
        };
        // Mutable: a mount that keeps this chart puts its own handlers here (chartHost reads them
        // when it calls them).
        const handlers: ChartHostOptions = {
          onselect: (id) => (location.hash = routeToHash({ view: 'figure', id })),
          ondrawn,
          // Hydration wants the box as rendered; the app adds the buttons when it takes over.
          buttons: false,
          keep: (next, options) => {
            if (drawnKey(next) !== key) return false;
            Object.assign(handlers, { buttons: true }, options, {
              ondrawn: () => {
                ondrawn();
                options.ondrawn?.();
              },
            });
            // The host's afterRender hook lays the keyboard buttons over the bars as drawn; the
            // canvas is not painted again.
            registerCharts().getChart(canvas)?.notifyPlugins('afterRender');
            if (drawn) options.ondrawn?.();
            return true;
          },
        };
        // The final frame at once, as a hand-written page draws it: an entrance animation would
        // hold charts-ready back and give the main thread a frame of work every 16 ms. The key
        // above is the spec as built, so the app's spec (animation and all) still matches.
        const config = {
          ...spec.config,
          options: { ...spec.config.options, animation: false as const },
        };
        mountChart(box, canvas, { ...spec, config }, handlers);
      } catch (e) {
        // The app, loading next, shows this card's own error; the other charts still draw.
        console.warn(e);
        readiness.done(chart.id);
      }
    });
  }
  if (draws.length === 0) onready();
  // With a mouse, all at once in the caller's task (the entry's evaluation), as a hand-written
  // page draws. On a touch screen, each chart in a task of its own after the caller's, so the
  // page answers input between them. scheduler.yield resumes ahead of other tasks, so a yield
  // costs at most a rendering frame where one is due. Every box already has its final size, so a
  // chart drawn a task later moves nothing, and charts-ready still marks once, after the last.
  // The cited values are written without ICU (model/format.ts), so no chart pays its number
  // set-up (15-40 ms) unless a value needs rounding.
  for (const draw of draws) {
    if (inTasks) await nextTask();
    draw();
  }
  return draws.length;
}
