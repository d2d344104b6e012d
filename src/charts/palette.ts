// Colours for charts in light and dark schemes: Okabe–Ito, safe for the common forms of colour
// blindness, with text and grid tones that keep 4.5:1 contrast on the page background. A hue
// names a figure (one per figure, from the dataset's order); status never takes a hue of its own.

import type { Figure } from '../model/figure.ts';

export type Theme = 'light' | 'dark';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  series: readonly string[];
  derived: string;
  reference: string;
  /** Neutral swatch for legend entries that name a status (actual, expected), not a figure. */
  status: string;
}

const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9'] as const;

export const PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    muted: '#555555',
    grid: '#e2e2e2',
    series: OKABE_ITO,
    derived: '#c9c9c9',
    reference: '#333333',
    status: '#6b6b6b',
  },
  dark: {
    background: '#16181d',
    text: '#ededed',
    muted: '#b4b4b4',
    grid: '#363a42',
    series: ['#56B4E9', '#E69F00', '#009E73', '#F0906B', '#CC79A7', '#9ad0f5'],
    derived: '#5a5f69',
    reference: '#dddddd',
    status: '#a0a4ab',
  },
};

/** @example seriesColor('light', 0) // '#0072B2' */
export function seriesColor(theme: Theme, i: number): string {
  const s = PALETTES[theme].series;
  return s[i % s.length]!;
}

/** Figure id → its slot in the palette. Built once per dataset and passed in ChartOptions. */
export type ColorSlots = ReadonlyMap<string, number>;

/**
 * Each figure's colour slot from the dataset's figure order: the n-th figure gets the n-th
 * colour, so a figure keeps its colour on the dashboard, in compare, in the embed and in images.
 * @example colorSlots([exports, fdi, s1]).get('japan-fdi-to-russia-2001') // 1
 */
export function colorSlots(figures: readonly Pick<Figure, 'id'>[]): ColorSlots {
  return new Map(figures.map((f, i) => [f.id, i]));
}

/**
 * The figure's colour: its dataset slot when known, else its place in the chart (`fallback`).
 * @example figureColor('light', 'japan-fdi-to-russia-2001', colorSlots(dataset.figures), 0) // '#E69F00'
 */
export function figureColor(
  theme: Theme,
  figureId: string,
  slots: ColorSlots | undefined,
  fallback: number,
): string {
  return seriesColor(theme, slots?.get(figureId) ?? fallback);
}

/**
 * A translucent tint of a #rrggbb colour, for the fill of an outlined (expected) bar.
 * @example tint('#E69F00', 0.15) // 'rgba(230,159,0,0.15)'
 */
export function tint(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
