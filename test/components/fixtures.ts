// Props for component tests: a hostile string and a still, light environment (jsdom has no media
// queries worth following). Figures, sources and datasets come from test/support/fixtures.ts.

import type { Environment } from '../../src/components/environment.svelte.ts';
import type { ChartOptions } from '../../src/charts/chartSpec.ts';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function stillEnv(): Environment {
  return { theme: 'light', still: true } as unknown as Environment;
}

export const still: ChartOptions = { theme: 'light', still: true, fontFamily: 'sans-serif' };
