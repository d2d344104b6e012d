// Draws a figure's static image (title, chart, quote, source line) onto any canvas-like 2D
// context: a PNG canvas, an SVG canvas or a PDF page. The chart is Chart.js with the same config
// builder as the browser; this module creates no canvas and does no I/O (src/build/renderImages.ts does).

import type { Chart, Plugin } from 'chart.js';
import { registerChartsForImages } from '../charts/registry.ts';
import type { ChartSpec } from '../charts/chartSpec.ts';
import { PALETTES, type Theme } from '../charts/palette.ts';
import { roleFont, type ImageLayout, type TextRole } from './imageLayout.ts';

/** The subset of CanvasRenderingContext2D this module and Chart.js use. */
export type Context2D = CanvasRenderingContext2D;

export interface DrawOptions {
  theme: Theme;
  /** Pixels per CSS pixel of the target (2 for the PNG, 1 for SVG and PDF). */
  pixelRatio: number;
  fontFamily: string;
}

const ROLE_COLOR: Record<TextRole, 'text' | 'muted'> = {
  title: 'text',
  subtitle: 'muted',
  quote: 'text',
  source: 'muted',
  brand: 'muted',
};

/**
 * Draws the whole image synchronously, then returns a function that releases the chart. Call it
 * only after the target has been encoded: Chart.js clears its canvas when destroyed, so the
 * context is frozen first and the clearing never reaches the output.
 * @example const release = drawStaticImage(canvas.getContext('2d'), layout, spec, { theme: 'light', pixelRatio: 2, fontFamily: 'DejaVu Sans' });
 * const png = canvas.toBuffer('image/png'); release();
 */
export function drawStaticImage(
  ctx: Context2D,
  layout: ImageLayout,
  spec: ChartSpec,
  opts: DrawOptions,
): () => void {
  const palette = PALETTES[opts.theme];
  // Chart.js sizes itself from `context.canvas` (CSS pixels, then × devicePixelRatio); a stand-in
  // canvas lets it draw on contexts that have none (a PDF page) and never resizes the real one.
  const surface = {
    width: layout.width,
    height: layout.height,
    getContext: () => frozen.context,
  };
  const frozen = freezable(ctx, surface);

  const decorations: Plugin<'bar'> = {
    id: 'citedImage',
    beforeDraw(chart) {
      const c = chart.ctx;
      c.save();
      c.fillStyle = palette.background; // opaque: images are pasted onto any page colour
      c.fillRect(0, 0, layout.width, layout.height);
      c.restore();
    },
    afterDraw(chart) {
      const c = chart.ctx;
      c.save();
      c.textAlign = 'left';
      c.textBaseline = 'alphabetic';
      for (const line of layout.lines) {
        c.font = roleFont(line.role, opts.fontFamily);
        c.fillStyle = palette[ROLE_COLOR[line.role]];
        c.fillText(line.text, line.x, line.y);
      }
      // A rule between the chart and its citation, so the quote reads as the chart's caption.
      c.strokeStyle = palette.grid;
      c.lineWidth = 1;
      c.beginPath();
      const ruleY = layout.chart.top + layout.chart.height + 6;
      c.moveTo(28, ruleY);
      c.lineTo(layout.width - 28, ruleY);
      c.stroke();
      c.restore();
    },
  };

  const base = spec.config.options ?? {};
  const padding = (base.layout?.padding ?? {}) as {
    top?: number;
    right?: number;
    bottom?: number;
    left?: number;
  };
  const config = {
    ...spec.config,
    options: {
      ...base,
      responsive: false,
      animation: false as const,
      devicePixelRatio: opts.pixelRatio,
      events: [],
      layout: {
        padding: {
          top: layout.chart.top + (padding.top ?? 0),
          bottom: layout.height - layout.chart.top - layout.chart.height + (padding.bottom ?? 0),
          left: 28 + (padding.left ?? 0),
          right: 28 + (padding.right ?? 0),
        },
      },
      plugins: { ...base.plugins, tooltip: { enabled: false } },
    },
    plugins: [decorations],
  } as typeof spec.config;
  const ChartCtor = registerChartsForImages();
  // Axis titles and legends fall back to Chart.defaults.font, not the builder's family; in the
  // image renderer (its own process) the default must be the shipped font, or the machine's
  // sans-serif would creep into the output.
  ChartCtor.defaults.font.family = opts.fontFamily;
  const chart: Chart<'bar', (number | null)[], string | string[]> = new ChartCtor(
    surface as never,
    config,
  );
  return () => {
    frozen.freeze();
    chart.destroy();
  };
}

/** A proxy of `ctx` whose `canvas` is `surface` and which ignores every call once frozen. */
function freezable(ctx: Context2D, surface: object): { context: Context2D; freeze(): void } {
  let frozen = false;
  const context = new Proxy(ctx, {
    get(target, prop) {
      if (prop === 'canvas') return surface;
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return frozen ? () => undefined : (value as (...a: unknown[]) => unknown).bind(target);
    },
    set(target, prop, value) {
      if (!frozen) Reflect.set(target, prop, value, target);
      return true;
    },
  });
  return { context, freeze: () => (frozen = true) };
}
