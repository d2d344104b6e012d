// The SVG's own text writer, checked against Skia's SVG canvas: the same text calls drawn on a
// plain Skia SVG canvas and through svgText() give the same glyphs (character, x and y within
// 0.01 px, fill, opacity, transform, size and weight), text it does not handle still comes from
// Skia, and no placeholder is ever left in the output.

import { createCanvas, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, planImage, registerFont, renderImage } from '../../src/build/renderImage.ts';
import { glyphPositions, svgText } from '../../src/build/renderSvgText.ts';
import { paintImage, type Context2D } from '../../src/export/staticImage.ts';
import { syntheticImageJobs } from '../support/imageJobs.ts';

registerFont();

interface Glyph {
  char: string;
  x: number;
  y: number;
  /** Everything else that must be equal: fill, opacity, transform, size, bold. */
  style: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const longHex = (fill: string) =>
  ({ white: '#FFFFFF', black: '#000000' })[fill] ??
  (fill.length === 4 ? `#${[...fill.slice(1)].map((c) => c + c).join('')}` : fill).toUpperCase();

/** The glyphs of every <text> in an SVG, spaces left out (Skia writes each word apart). */
function glyphsOf(svg: string): Glyph[] {
  const glyphs: Glyph[] = [];
  const element = /<text ([^>]*)>([^<]*)<\/text>/g;
  for (const [, attrs, body] of svg.matchAll(element)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs!)?.[1];
    const xs = (attr('x') ?? '').split(/[ ,]+/).filter(Boolean).map(Number);
    const y = Number((attr('y') ?? '').split(/[ ,]+/)[0]);
    const weight = attr('font-weight');
    const style = [
      longHex(attr('fill') ?? 'black'),
      Number(attr('fill-opacity') ?? 1).toFixed(2),
      attr('transform') ?? '',
      attr('font-size'),
      weight && /bold|[6-9]00/.test(weight) ? 'bold' : '',
    ].join('|');
    const text = unescape(body!).trim().replace(/ +/g, ' ');
    [...text].forEach((char, i) => {
      if (char !== ' ') glyphs.push({ char, x: xs[i]!, y, style });
    });
  }
  return glyphs;
}

/** Draws with `draw` on a Skia SVG canvas, plain or through svgText, and returns the SVG. */
function drawn(
  draw: (ctx: SKRSContext2D) => void,
  ours: boolean,
  size = { width: 400, height: 300 },
): string {
  const canvas = createCanvas(size.width, size.height, SvgExportFlag.RelativePathEncoding);
  const raw = canvas.getContext('2d');
  raw.fontVariantLigatures = 'none';
  const text = ours ? svgText(raw, FONT_FAMILY) : undefined;
  draw(text?.context ?? raw);
  const svg = canvas.getContent().toString('utf8');
  return text ? text.finish(svg) : svg;
}

function expectSameGlyphs(skia: string, ours: string) {
  const [a, b] = [glyphsOf(skia), glyphsOf(ours)];
  expect(b.map((g) => g.char).join('')).toBe(a.map((g) => g.char).join(''));
  expect(a.length).toBeGreaterThan(0);
  a.forEach((g, i) => {
    const o = b[i]!;
    expect(o.style, `style of ${g.char} (glyph ${i})`).toBe(g.style);
    expect(Math.abs(o.x - g.x), `x of ${g.char} (glyph ${i}): ${o.x} vs ${g.x}`).toBeLessThan(0.01);
    expect(Math.abs(o.y - g.y), `y of ${g.char} (glyph ${i})`).toBeLessThan(0.01);
  });
}

const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;

describe('svgText', () => {
  it.each<{ name: string; draw: (ctx: SKRSContext2D) => void }>([
    {
      name: 'left-aligned text with kerning pairs',
      draw: (ctx) => {
        ctx.font = font(13);
        ctx.fillStyle = '#555';
        // Narrow and plain no-break spaces as our labels write them ("40 %", "US$ 1").
        ctx.fillText('AV To Wa, Ty. “Yes” — 40\u202f% ×2 US$\u00a01 €', 10, 40);
      },
    },
    {
      name: 'every alignment and baseline',
      draw: (ctx) => {
        ctx.font = font(14);
        ctx.fillStyle = '#1a1a1a';
        let y = 20;
        for (const align of ['left', 'center', 'right', 'start', 'end'] as const)
          for (const baseline of ['top', 'middle', 'bottom', 'alphabetic', 'hanging'] as const) {
            ctx.textAlign = align;
            ctx.textBaseline = baseline;
            ctx.fillText(`${align} ${baseline} +20 %`, 200, (y += 10));
          }
      },
    },
    {
      // Inside its clip: Skia leaves out words wholly outside a clip, which ours leaves to the
      // clip group (the same pixels).
      name: 'rotated, translated and clipped, as Chart.js draws axis titles and ticks',
      draw: (ctx) => {
        ctx.font = font(13);
        ctx.fillStyle = 'rgba(85, 85, 85, 1)';
        ctx.save();
        ctx.beginPath();
        ctx.rect(20, 20, 100, 280);
        ctx.clip();
        ctx.translate(43.8, 232.2);
        ctx.rotate(-Math.PI / 2);
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        ctx.fillText('Change from the previous period, %', 0, 0);
        ctx.restore();
        ctx.translate(100.5, 50.25);
        ctx.fillText('0 %', 0, 0);
      },
    },
    {
      name: 'bold, translucent fills and global alpha',
      draw: (ctx) => {
        ctx.font = font(21, true);
        ctx.fillStyle = 'rgba(10, 20, 30, 0.5)';
        ctx.fillText('Exports rose 57 % in 1995', 5, 30);
        ctx.globalAlpha = 0.5;
        ctx.font = font(16);
        ctx.fillStyle = '#d55e00';
        ctx.fillText('Investment doubled', 5, 60);
      },
    },
    {
      name: 'spaces leading, trailing and repeated, and characters XML escapes',
      draw: (ctx) => {
        ctx.font = font(13);
        ctx.fillStyle = '#000';
        ctx.fillText('  a  b   c ', 10, 20);
        ctx.fillText(`x & y < z > w "q" 'r'`, 10, 40);
      },
    },
  ])('$name: the same glyphs as Skia', ({ draw }) => {
    const ours = drawn(draw, true);
    expectSameGlyphs(drawn(draw, false), ours);
    expect(ours).not.toMatch(/fill="#01[0-9A-F]{4}" fill-opacity="0\.0039/);
  });

  it.each<{ name: string; draw: (ctx: SKRSContext2D) => void }>([
    {
      name: 'another script (Arabic, CJK)',
      draw: (ctx) => {
        ctx.font = font(13);
        ctx.fillText('مرحبا 輸出', 10, 20);
      },
    },
    {
      name: 'another font family',
      draw: (ctx) => {
        ctx.font = '13px serif';
        ctx.fillText('Exports', 10, 20);
      },
    },
    {
      name: 'a maxWidth that squeezes the text',
      draw: (ctx) => {
        ctx.font = font(13);
        ctx.fillText('Exports of machinery rose', 10, 20, 40);
      },
    },
  ])('leaves $name to Skia', ({ draw }) => {
    expect(drawn(draw, true)).toBe(drawn(draw, false));
  });

  it('places glyphs by advance and pair kerning', () => {
    const ctx = createCanvas(8, 8).getContext('2d');
    ctx.font = font(13);
    const { x, width } = glyphPositions(ctx, 'AV');
    expect(x[0]).toBe(0);
    expect(x[1]).toBeCloseTo(ctx.measureText('AV').width - ctx.measureText('V').width, 4);
    expect(width).toBeCloseTo(ctx.measureText('AV').width, 4);
    expect(x[1]).toBeLessThan(ctx.measureText('A').width); // kerned closer
  });
});

describe('svgText in a whole image', () => {
  it.each(syntheticImageJobs(6).filter((_j, i) => i === 0 || i === 6))(
    '$id: the same glyphs as Skia, no placeholder left in the published SVG',
    async (job) => {
      const { layout, spec } = planImage(job);
      const svgs = [false, true].map((ours) =>
        drawn(
          (ctx) =>
            paintImage(ctx as unknown as Context2D, layout, [spec], {
              theme: 'light',
              pixelRatio: 1,
              fontFamily: FONT_FAMILY,
            })(),
          ours,
          layout,
        ),
      );
      expectSameGlyphs(svgs[0]!, svgs[1]!);
      const { svg } = await renderImage(job);
      expect(svg).not.toMatch(/fill-opacity="0\.0039/);
      expect(
        glyphsOf(svg)
          .map((g) => g.char)
          .join(''),
      ).toBe(
        glyphsOf(svgs[0]!)
          .map((g) => g.char)
          .join(''),
      );
    },
  );
});
