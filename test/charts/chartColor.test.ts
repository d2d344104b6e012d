import { Color as Kurkle } from '@kurkle/color';
import { describe, expect, it } from 'vitest';
import { Color } from '../../src/charts/chartColor.ts';
import { PALETTES, tint } from '../../src/charts/palette.ts';

// Every colour the charts hand Chart.js (palette, tints) and Chart.js' own defaults; the real
// @kurkle/color is the reference for each call Chart.js makes.
const palette = Object.values(PALETTES).flatMap((p) => [
  p.background,
  p.text,
  p.muted,
  p.grid,
  p.derived,
  p.reference,
  p.status,
  ...p.series,
]);
const COLOURS = [
  ...palette,
  ...palette.map((c) => tint(c, 0.15)),
  '#ffffff',
  '#666',
  '#0000',
  '#E69F0080',
  'rgba(0,0,0,0.1)',
  'rgba(255, 255, 255, 0.75)',
  'rgba(0,0,0,0.8)',
  'rgba(0,0,0,0)',
  'rgb(10%, 20%, 30%)',
  'rgba(12 34 56 / 50%)',
  'transparent',
];

describe('Color (the @kurkle/color calls Chart.js makes)', () => {
  it.each(COLOURS)('%s: valid, hexString and hover colour as @kurkle/color', (c) => {
    expect(new Color(c).valid).toBe(true);
    expect(new Color(c).hexString()).toBe(new Kurkle(c).hexString());
    // chart.js getHoverColor
    expect(new Color(c).saturate(0.5).darken(0.1).hexString()).toBe(
      new Kurkle(c).saturate(0.5).darken(0.1).hexString(),
    );
  });

  it.each(COLOURS.flatMap((to) => ['transparent', '#0072B2'].map((from) => [from, to])))(
    'animates %s → %s as @kurkle/color',
    (from, to) => {
      // chart.js interpolators.color at several animation steps
      for (const t of [0, 0.25, 0.5, 0.9, 1]) {
        const ours = new Color(to).mix(new Color(from), t).hexString();
        expect(ours, `t=${t}`).toBe(new Kurkle(to).mix(new Kurkle(from), t).hexString());
      }
    },
  );

  it.each(['red', 'hsl(200, 50%, 50%)', 'not a colour', '#12', ''])(
    '%s is not valid here (Chart.js then skips the transition and the hover tint)',
    (c) => {
      expect(new Color(c).valid).toBe(false);
      expect(new Color(c).hexString()).toBeUndefined();
      expect(new Color(c).saturate(0.5).darken(0.1).hexString()).toBeUndefined();
    },
  );

  it('returns the same object for a Color, as @kurkle/color does', () => {
    const c = new Color('#666');
    expect(new Color(c)).toBe(c);
  });
});
