// Paints a ChartSpec as a still chart into a box of any 2D context (Node images, the comparison
// image download): no animation, no events, no DOM. Apart from charts/chartHost.ts, so the pages'
// startup JS does not carry it. Framework-agnostic: no Svelte.

import { BasicPlatform, type Chart } from 'chart.js';
import type { ChartSpec } from './chartSpec.ts';
import { registerCharts } from './registry.ts';

type BarChart = Chart<'bar', (number | null)[], string | string[]>;

/** Where a still chart goes on its target, in CSS pixels. */
export interface StillBox {
  /** The whole target (image) size. */
  surface: { width: number; height: number };
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws `spec` without animation, events or legend into `box` of any canvas-like 2D context (a
 * PNG or SVG canvas, a PDF page, a browser canvas), synchronously. Returns the release: call it
 * after the target has been encoded; it destroys the chart without touching the output.
 * @example const release = drawChartStill(ctx, spec, { surface: { width: 800, height: 600 }, x: 28, y: 90, width: 744, height: 300 }, { pixelRatio: 2, fontFamily: 'DejaVu Sans' }); png = canvas.toBuffer('image/png'); release();
 */
export function drawChartStill(
  ctx: CanvasRenderingContext2D,
  spec: ChartSpec,
  box: StillBox,
  opts: { pixelRatio: number; fontFamily: string },
): () => void {
  // Chart.js sizes itself from `context.canvas` (CSS pixels × devicePixelRatio); a stand-in
  // canvas lets it draw on contexts that have none (a PDF page) and never resizes the real one.
  const surface = {
    width: box.surface.width,
    height: box.surface.height,
    getContext: () => frozen.context,
  };
  const frozen = freezable(ctx, surface);
  const base = spec.config.options ?? {};
  const pad = (base.layout?.padding ?? {}) as Partial<
    Record<'top' | 'right' | 'bottom' | 'left', number>
  >;
  const config = {
    ...spec.config,
    // The basic platform: no DOM listeners, no resizing, whatever the stand-in canvas is.
    platform: BasicPlatform,
    options: {
      ...base,
      responsive: false,
      animation: false as const,
      devicePixelRatio: opts.pixelRatio,
      events: [],
      layout: {
        padding: {
          top: box.y + (pad.top ?? 0),
          bottom: box.surface.height - box.y - box.height + (pad.bottom ?? 0),
          left: box.x + (pad.left ?? 0),
          right: box.surface.width - box.x - box.width + (pad.right ?? 0),
        },
      },
      plugins: { ...base.plugins, legend: { display: false }, tooltip: { enabled: false } },
    },
  } as typeof spec.config;
  const ChartCtor = registerCharts();
  // Axis titles fall back to Chart.defaults.font, not the builder's family: pin it to the
  // image's font, or the machine's sans-serif would creep into the output.
  ChartCtor.defaults.font.family = opts.fontFamily;
  const chart: BarChart = new ChartCtor(surface as never, config);
  return () => {
    frozen.freeze();
    chart.destroy();
  };
}

/**
 * A proxy of `ctx` whose `canvas` is `surface`, whose clearRect does nothing, and which ignores
 * every call once frozen. clearRect: the target is painted (background, other panels) before the
 * chart, and Chart.js clears its whole canvas before drawing, which would erase them.
 */
function freezable(
  ctx: CanvasRenderingContext2D,
  surface: object,
): { context: CanvasRenderingContext2D; freeze(): void } {
  let frozen = false;
  const skip = () => undefined;
  // Bound once a method: Chart.js calls the context's methods hundreds of times a chart.
  const bound = new Map<PropertyKey, unknown>();
  const context = new Proxy(ctx, {
    get(target, prop) {
      if (prop === 'canvas') return surface;
      if (prop === 'clearRect') return skip;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      if (frozen) return skip;
      let method = bound.get(prop);
      if (method === undefined)
        bound.set(prop, (method = (value as (...a: unknown[]) => unknown).bind(target)));
      return method;
    },
    set(target, prop, value) {
      if (!frozen) Reflect.set(target, prop, value, target);
      return true;
    },
  });
  return { context, freeze: () => (frozen = true) };
}
