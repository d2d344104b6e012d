// Chart colours: distinct series colours in each scheme, derived and reference tones apart.

import { describe, expect, it } from 'vitest';
import { PALETTES, seriesColor, type Theme } from '../../src/charts/palette.ts';

describe('palette', () => {
  it.each<Theme>(['light', 'dark'])(
    '%s: series colours are distinct and differ from derived',
    (theme) => {
      const p = PALETTES[theme];
      const series = p.series.map((c) => c.toLowerCase());
      expect(new Set(series).size).toBe(series.length);
      expect(series).not.toContain(p.derived.toLowerCase());
      expect(p.text).not.toBe(p.background);
    },
  );

  it('seriesColor wraps around and starts with Okabe–Ito blue in light', () => {
    expect(seriesColor('light', 0)).toBe('#0072B2');
    expect(seriesColor('light', PALETTES.light.series.length)).toBe('#0072B2');
  });
});
