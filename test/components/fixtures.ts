// Props for component tests, built from the tiny in-memory dataset: a published source and a
// still, light environment (jsdom has no media queries worth following).

import type { PublishedSource } from '../../src/model/figure.ts';
import type { Environment } from '../../src/components/environment.svelte.ts';
import type { ChartOptions } from '../../src/charts/chartSpec.ts';
import { SOURCE_ID, sourceMeta } from '../data/fixtures.ts';

export const HOSTILE = '<img src=x onerror=alert(1)>';

export function publishedSource(): PublishedSource {
  const { $schema: _schema, ...meta } = sourceMeta();
  return { ...meta, path: `data/sources/${SOURCE_ID}.txt` };
}

export function stillEnv(): Environment {
  return { theme: 'light', still: true } as unknown as Environment;
}

export const still: ChartOptions = { theme: 'light', still: true, fontFamily: 'sans-serif' };
