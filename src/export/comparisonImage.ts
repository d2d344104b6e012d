// Lays out and paints a comparison as one image: a title, each chart (already drawn canvases)
// with its heading, the line saying why charts are separate, and the citations printed under it,
// on an opaque background. Takes a 2D context; never touches the DOM or Chart.js.

import { PALETTES, type Theme } from '../charts/palette.ts';

/** The subset of CanvasRenderingContext2D this module uses (browser canvas or @napi-rs/canvas). */
export interface Context2D {
  fillStyle: string | CanvasGradient | CanvasPattern;
  font: string;
  textBaseline: CanvasTextBaseline;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  drawImage(image: never, x: number, y: number, w: number, h: number): void;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
}

export interface ImageChart {
  title: string;
  /** A drawn chart canvas (or any image the context can draw). */
  image: unknown;
  /** Size to draw it at, in CSS pixels. */
  width: number;
  height: number;
}

export interface ComparisonImageInput {
  title: string;
  charts: ImageChart[];
  note?: string | undefined;
  citations: string[];
  /** The comparison's link, printed last. */
  link: string;
  theme: Theme;
  fontFamily: string;
}

type Op =
  | { type: 'text'; text: string; x: number; y: number; font: string; color: string }
  | { type: 'image'; image: unknown; x: number; y: number; width: number; height: number };

export interface ImageLayout {
  width: number;
  height: number;
  background: string;
  ops: Op[];
}

const PAD = 24;
const MIN_WIDTH = 560;

/**
 * Where everything goes, in CSS pixels, measured with the context's fonts.
 * @example layoutComparisonImage(ctx, input).height // e.g. 812
 */
export function layoutComparisonImage(ctx: Context2D, input: ComparisonImageInput): ImageLayout {
  const p = PALETTES[input.theme];
  const width = Math.max(MIN_WIDTH, ...input.charts.map((c) => Math.ceil(c.width))) + 2 * PAD;
  const inner = width - 2 * PAD;
  const ops: Op[] = [];
  let y = PAD;
  const text = (value: string, size: number, color: string, weight = 'normal', gap = 4) => {
    const font = `${weight} ${size}px ${input.fontFamily}`;
    ctx.font = font;
    for (const line of wrapText(value, inner, (s) => ctx.measureText(s).width)) {
      ops.push({ type: 'text', text: line, x: PAD, y, font, color });
      y += Math.round(size * 1.35);
    }
    y += gap;
  };

  text(input.title, 20, p.text, 'bold', 8);
  if (input.note) text(input.note, 13, p.muted, 'normal', 8);
  for (const chart of input.charts) {
    text(chart.title, 15, p.text, 'bold', 4);
    ops.push({
      type: 'image',
      image: chart.image,
      x: PAD,
      y,
      width: chart.width,
      height: chart.height,
    });
    y += Math.ceil(chart.height) + 16;
  }
  text('Sources', 14, p.text, 'bold', 2);
  input.citations.forEach((c, i) => text(`[${i + 1}] ${c}`, 12, p.text, 'normal', 6));
  text(input.link, 12, p.muted, 'normal', 0);
  return { width, height: y + PAD - 4, background: p.background, ops };
}

/**
 * Paints a layout at `scale` device pixels per CSS pixel; the canvas must already be
 * layout.width × scale by layout.height × scale.
 * @example canvas.width = l.width * 2; canvas.height = l.height * 2; paintComparisonImage(ctx, l, 2)
 */
export function paintComparisonImage(ctx: Context2D, layout: ImageLayout, scale = 1): void {
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  // Opaque: a transparent PNG pasted into a dark document would lose its dark text.
  ctx.fillStyle = layout.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'top';
  for (const op of layout.ops) {
    if (op.type === 'image') {
      ctx.drawImage(op.image as never, op.x, op.y, op.width, op.height);
    } else {
      ctx.font = op.font;
      ctx.fillStyle = op.color;
      ctx.fillText(op.text, op.x, op.y);
    }
  }
}

/**
 * Breaks text into lines no wider than `width`, on spaces; a word longer than a line (a URL) is
 * cut by characters so nothing runs off the image.
 * @example wrapText('a bb ccc', 3, (s) => s.length) // ['a', 'bb', 'ccc']
 */
export function wrapText(value: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measure(line) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
