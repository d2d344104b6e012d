// The embed's on-demand builder loader picks the builder buildChart uses, for every kind and for
// ranges, and rejects mixed kinds with buildChart's message.

import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/buildChart.ts';
import { builderKind } from '../../src/charts/builderKind.ts';
import { loadChartBuilder } from '../../src/charts/loadChartBuilder.ts';
import { validateData } from '../../src/data/validate.ts';
import type { Figure } from '../../src/model/figure.ts';
import { amountFigure, exportsFigure, shareFigure } from '../support/fixtures.ts';
import { rangeRawInput } from '../fixtures/rangeData.ts';
import { serializableConfig, stillLight } from './fixtures.ts';

const { dataset } = validateData(rangeRawInput());
const ranged = dataset.figures.filter((f) => f.range);

const cases: { name: string; figures: Figure[]; kind: string }[] = [
  { name: 'change', figures: [exportsFigure()], kind: 'change' },
  { name: 'share', figures: [shareFigure()], kind: 'share' },
  { name: 'amount', figures: [amountFigure()], kind: 'amount' },
  { name: 'range', figures: ranged.slice(0, 1), kind: 'range' },
];

describe('loadChartBuilder', () => {
  it.each(cases)(
    '$name figures load the $kind builder, drawing what buildChart draws',
    async (c) => {
      expect(c.figures.length).toBeGreaterThan(0);
      expect(builderKind(c.figures)).toBe(c.kind);
      const build = await loadChartBuilder(c.figures);
      const lazy = build(c.figures, stillLight);
      const eager = buildChart(c.figures, stillLight);
      expect(serializableConfig(lazy.config)).toEqual(serializableConfig(eager.config));
      expect(lazy.description).toBe(eager.description);
    },
  );

  it('rejects figures of two kinds with the message buildChart throws', async () => {
    const mixed = [exportsFigure(), shareFigure()];
    expect(() => buildChart(mixed, stillLight)).toThrow(/draw them as separate charts/);
    await expect(loadChartBuilder(mixed)).rejects.toThrow(/draw them as separate charts/);
  });
});
