// The comparison image: planned with the static images' composer (a grid, legends, each sentence
// once) and painted on a real 2D canvas (@napi-rs/canvas) with real Chart.js charts.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { planComparison } from '../../src/model/compare.ts';
import { comparisonImage, comparisonTitle } from '../../src/export/comparisonImage.ts';
import { paintImage } from '../../src/export/staticImage.ts';
import { seedCharts } from '../charts/fixtures.ts';
import { ratioFigures } from '../fixtures/ratioData.ts';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const { dataset } = loadDataset(resolve(root, 'data'), root);
const figures = seedCharts().flatMap((c) => c.figures);
const FONT = 'DejaVu Sans, sans-serif';
const scratch = createCanvas(8, 8).getContext('2d');
const measure = (t: string, font: string) => {
  scratch.font = font;
  return scratch.measureText(t).width;
};

const cases = [
  { name: 'exports and FDI (one chart)', ids: [figures[0]!.id, figures[1]!.id], panels: 1 },
  { name: 'a change and a share (two charts)', ids: [figures[0]!.id, figures[2]!.id], panels: 2 },
  { name: 'all six (three charts)', ids: figures.map((f) => f.id), panels: 3 },
];

describe('comparisonImage', () => {
  it.each(cases)('$name: one panel an axis, each sentence once', ({ ids, panels }) => {
    const plan = planComparison(ids, dataset.figures);
    const { layout, specs } = comparisonImage(
      {
        plan,
        sources: dataset.sources,
        link: 'https://x.test/#/compare',
        theme: 'light',
        fontFamily: FONT,
      },
      measure,
    );
    expect(layout.panels).toHaveLength(panels);
    expect(specs).toHaveLength(panels);
    const quotes = new Set(plan.figures.map((f) => `${f.quote.start}:${f.quote.end}`));
    const printed = layout.lines.filter((l) => l.role === 'quote' && l.text.startsWith('“'));
    expect(printed).toHaveLength(quotes.size);
    for (const l of layout.lines)
      expect(l.x + l.width, l.text).toBeLessThanOrEqual(layout.width - 28 + 0.5);
    if (panels > 1) expect(layout.panels[1]!.y).toBe(layout.panels[0]!.y); // side by side
  });

  it.each(['light', 'dark'] as const)('paints an opaque %s image with the bars drawn', (theme) => {
    const plan = planComparison([figures[0]!.id, figures[2]!.id], dataset.figures);
    const { layout, specs } = comparisonImage(
      { plan, sources: dataset.sources, link: 'https://x.test/', theme, fontFamily: FONT },
      measure,
    );
    const canvas = createCanvas(layout.width * 2, layout.height * 2);
    const ctx = canvas.getContext('2d');
    const release = paintImage(ctx as unknown as CanvasRenderingContext2D, layout, specs, {
      theme,
      pixelRatio: 2,
      fontFamily: FONT,
    });
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < data.length; i += 4 * 997) expect(data[i]).toBe(255);
    release();
    // The panel is not empty: some pixel in it differs from the background.
    const p = layout.panels[0]!;
    const box = ctx.getImageData(p.x * 2, p.y * 2, p.width * 2, p.height * 2).data;
    const [r, g, b] = [box[0], box[1], box[2]];
    let differs = false;
    for (let i = 0; i < box.length && !differs; i += 4) {
      differs = box[i] !== r || box[i + 1] !== g || box[i + 2] !== b;
    }
    expect(differs).toBe(true);
  });
});

describe('comparisonImage: the words agree with the charts drawn', () => {
  const subtitle = (ids: string[]) => {
    const plan = planComparison(ids, [...dataset.figures, ...ratioFigures().figures]);
    const { layout } = comparisonImage(
      { plan, sources: dataset.sources, link: 'https://x.test/', theme: 'light', fontFamily: FONT },
      measure,
    );
    return layout.lines
      .filter((l) => l.role === 'subtitle')
      .map((l) => l.text)
      .join(' ');
  };
  const [s1, s2] = figures.filter((f) => f.kind === 'share').map((f) => f.id);

  it('names the Sakhalin rests where their chart draws them (two 100 % bars)', () => {
    expect(subtitle([s1!, s2!])).toMatch(/\(derived: 100 − 30\).*\(derived: 100 − 45\)/);
  });

  it('names none when Sakhalin-1 shares its chart with a ratio above 100 (drawn as levels)', () => {
    const text = subtitle([s1!, 'varnland-public-debt-2031']);
    expect(text).toMatch(/30 % of the whole, a bar from 0; no rest drawn/);
    expect(text).not.toMatch(/derived:|100 −/);
  });
});

describe('comparisonTitle', () => {
  it.each([
    { labels: ['A', 'B'], out: 'Compared: A and B' },
    { labels: ['A', 'B', 'C', 'D'], out: 'Compared: A, B and 2 more figures' },
  ])('$out', ({ labels, out }) => {
    expect(comparisonTitle({ figures: labels.map((label) => ({ label }) as never) })).toBe(out);
  });
});
