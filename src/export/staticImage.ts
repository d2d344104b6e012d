// Paints an image layout (export/imageLayout.ts) onto any canvas-like 2D context: a PNG or SVG
// canvas or a PDF page in Node, a browser canvas for the comparison download. Charts are drawn
// through charts/chartHost.ts (the one place that creates them); no canvas is created here, no I/O.

import { drawChartStill } from '../charts/chartStill.ts';
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
  heading: 'text',
  quote: 'text',
  source: 'muted',
  url: 'muted',
  legend: 'text',
  brand: 'muted',
};

/** The highlight behind stated words, as the dashboard's <mark>. */
const MARK: Record<Theme, string> = { light: '#fff1a8', dark: '#5c4d00' };

/**
 * Paints the whole image synchronously (background, charts, legends, text), then returns a
 * function that releases the charts: call it only after the target has been encoded.
 * @example const release = paintImage(canvas.getContext('2d'), layout, [spec], { theme: 'light', pixelRatio: 2, fontFamily: 'DejaVu Sans' });
 * const png = canvas.toBuffer('image/png'); release();
 */
export function paintImage(
  ctx: Context2D,
  layout: ImageLayout,
  specs: readonly ChartSpec[],
  opts: DrawOptions,
): () => void {
  const palette = PALETTES[opts.theme];
  ctx.setTransform(opts.pixelRatio, 0, 0, opts.pixelRatio, 0, 0);
  // Ligature glyphs ("ﬀ") would make PDF text extract as "Aﬀairs", so searches for "Affairs" fail.
  (ctx as { fontVariantLigatures?: string }).fontVariantLigatures = 'none';
  ctx.fillStyle = palette.background; // opaque: images are pasted onto any page colour
  ctx.fillRect(0, 0, layout.width, layout.height);

  const releases = layout.panels.map((panel, i) => {
    const spec = specs[i];
    if (!spec) return () => undefined;
    const release = drawChartStill(
      ctx,
      spec,
      { surface: layout, x: panel.x, y: panel.y, width: panel.width, height: panel.height },
      opts,
    );
    ctx.setTransform(opts.pixelRatio, 0, 0, opts.pixelRatio, 0, 0);
    return release;
  });

  ctx.save();
  for (const panel of layout.panels) {
    for (const { x, y, size, item } of panel.swatches) {
      ctx.fillStyle = item.style === 'hatched' ? palette.background : item.color;
      ctx.fillRect(x, y, size, size);
      ctx.strokeStyle = item.color;
      ctx.lineWidth = 2;
      if (item.style === 'hatched') {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x, y, size, size);
        ctx.clip();
        ctx.beginPath();
        for (let d = -size; d <= size; d += 4) {
          ctx.moveTo(x + d, y + size);
          ctx.lineTo(x + d + size, y);
        }
        ctx.lineWidth = 1.5;
        ctx.stroke();
        ctx.restore();
      }
      ctx.strokeRect(x + 1, y + 1, size - 2, size - 2);
    }
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    const font = roleFont(line.role, opts.fontFamily, line.marked);
    if (line.marked) {
      const size = Number(/(\d+)px/.exec(font)?.[1] ?? 16);
      ctx.fillStyle = MARK[opts.theme];
      ctx.fillRect(line.x - 1, line.y - size, line.width + 2, Math.round(size * 1.3));
    }
    ctx.font = font;
    ctx.fillStyle = palette[ROLE_COLOR[line.role]];
    ctx.fillText(line.text, line.x, line.y);
  }
  // Rules between the charts and their citation, so the quotes read as the chart's caption.
  ctx.strokeStyle = palette.grid;
  ctx.lineWidth = 1;
  for (const r of layout.rules) {
    ctx.beginPath();
    ctx.moveTo(r.x1, r.y);
    ctx.lineTo(r.x2, r.y);
    ctx.stroke();
  }
  ctx.restore();
  return () => releases.forEach((release) => release());
}
