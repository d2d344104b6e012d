// The comparison image: layout (title, charts, note, citations, link, all inside the width) and
// painting on a real 2D canvas (@napi-rs/canvas): opaque background, charts and text drawn.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  layoutComparisonImage,
  paintComparisonImage,
  wrapText,
  type Context2D,
  type ComparisonImageInput,
} from '../../src/export/comparisonImage.ts';

const FONT = 'DejaVu Sans, sans-serif';

/** A chart stand-in: a canvas filled with one colour. */
function chartImage(width: number, height: number, color: string) {
  const c = createCanvas(width, height);
  const ctx = c.getContext('2d');
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, width, height);
  return c;
}

function input(
  theme: 'light' | 'dark',
  extra: Partial<ComparisonImageInput> = {},
): ComparisonImageInput {
  return {
    title: 'Compared figures',
    charts: [
      {
        title: 'Changes as an index',
        image: chartImage(400, 200, '#ff0000'),
        width: 400,
        height: 200,
      },
      { title: 'Shares', image: chartImage(300, 100, '#00ff00'), width: 300, height: 100 },
    ],
    note: 'Drawn as 2 separate charts: changes and shares measure different things.',
    citations: [
      'Label a: +40 % — “A long quote that will have to wrap across more than one line of the image because it is long.” Speaker, in Title, Publisher, 14 October 2002. https://www.mofa.go.jp/region/europe/russia/fmv0210/summary.html',
    ],
    link: 'https://x.test/index.html#/compare?figures=a,b',
    theme,
    fontFamily: FONT,
    ...extra,
  };
}

const ctxOf = (w = 10, h = 10) => createCanvas(w, h).getContext('2d') as unknown as Context2D;

describe('layoutComparisonImage', () => {
  it('puts title, note, each chart with its heading, the citations and the link top to bottom', () => {
    const layout = layoutComparisonImage(ctxOf(), input('light'));
    const texts = layout.ops.flatMap((op) => (op.type === 'text' ? [op.text] : ['<image>']));
    expect(texts[0]).toBe('Compared figures');
    expect(texts.indexOf('Changes as an index')).toBeLessThan(texts.indexOf('<image>'));
    expect(texts.filter((t) => t === '<image>')).toHaveLength(2);
    expect(texts.indexOf('Sources')).toBeGreaterThan(texts.lastIndexOf('<image>'));
    expect(texts.at(-1)).toBe('https://x.test/index.html#/compare?figures=a,b');
    const ys = layout.ops.map((op) => op.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(layout.ops.at(-1)!.y).toBeLessThan(layout.height);
  });

  it('keeps every text line inside the image width', () => {
    const ctx = ctxOf();
    const layout = layoutComparisonImage(ctx, input('light'));
    for (const op of layout.ops) {
      if (op.type !== 'text') continue;
      ctx.font = op.font;
      expect(op.x + ctx.measureText(op.text).width, op.text).toBeLessThanOrEqual(
        layout.width - 24 + 0.5,
      );
    }
  });

  it.each([
    ['light', '#ffffff'],
    ['dark', '#16181d'],
  ] as const)('uses the %s background', (theme, background) => {
    expect(layoutComparisonImage(ctxOf(), input(theme)).background).toBe(background);
  });

  it('is at least 560 px wide plus padding, and as wide as the widest chart', () => {
    expect(layoutComparisonImage(ctxOf(), input('light')).width).toBe(608);
    const wide = input('light', {
      charts: [{ title: 't', image: chartImage(10, 10, '#000'), width: 900, height: 10 }],
    });
    expect(layoutComparisonImage(ctxOf(), wide).width).toBe(948);
  });
});

describe('paintComparisonImage', () => {
  it.each(['light', 'dark'] as const)(
    'paints an opaque %s image with the charts in place',
    (theme) => {
      const layout = layoutComparisonImage(ctxOf(), input(theme));
      const canvas = createCanvas(layout.width * 2, layout.height * 2);
      const ctx = canvas.getContext('2d');
      paintComparisonImage(ctx as unknown as Context2D, layout, 2);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      for (let i = 3; i < data.length; i += 4 * 997) expect(data[i]).toBe(255);
      const first = layout.ops.find((op) => op.type === 'image')!;
      const px = [...ctx.getImageData((first.x + 10) * 2, (first.y + 10) * 2, 1, 1).data];
      expect(px).toEqual([255, 0, 0, 255]);
    },
  );
});

describe('wrapText', () => {
  const len = (s: string) => s.length;
  it.each([
    ['a bb ccc', 3, ['a', 'bb', 'ccc']],
    ['a b c', 5, ['a b c']],
    ['abcdefgh', 3, ['abc', 'def', 'gh']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['', 5, []],
  ] as const)('%j at %d → %j', (text, width, out) =>
    expect(wrapText(text, width, len)).toEqual(out),
  );
});
