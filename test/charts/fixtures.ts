// The seed's chart groups with their figures, loaded from the real data/ folder, and a
// JSON-safe view of a chart config for snapshots (Chart.js callbacks are functions).

import { resolve } from 'node:path';
import { loadDataset } from '../../src/data/loadDataset.ts';
import type { ChartGroup, Figure } from '../../src/model/figure.ts';
import type { ChartOptions } from '../../src/charts/chartSpec.ts';

const root = resolve(import.meta.dirname, '../..');

/** Each chart group of data/ with its figures, in chart order. */
export function seedCharts(): { chart: ChartGroup; figures: Figure[] }[] {
  const { dataset, errors } = loadDataset(resolve(root, 'data'), root);
  if (errors.length > 0) throw new Error(`data/ does not validate: ${errors[0]!.message}`);
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  return dataset.charts.map((chart) => ({
    chart,
    figures: chart.figures.map((id) => byId.get(id)!),
  }));
}

export function seedChart(id: string): Figure[] {
  const found = seedCharts().find((c) => c.chart.id === id);
  if (!found) throw new Error(`no chart ${id} in data/`);
  return found.figures;
}

export const stillLight: ChartOptions = { theme: 'light', still: true, fontFamily: 'sans-serif' };

/** Drops functions (callbacks) so the rest of the config can be compared as data. */
export function serializableConfig(value: unknown): unknown {
  if (typeof value === 'function') return undefined;
  if (Array.isArray(value)) return value.map(serializableConfig);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== 'function') out[k] = serializableConfig(v);
    }
    return out;
  }
  return value;
}
