// Chart configs for the seed's three chart groups: named snapshots in light and dark (callbacks
// stripped), plus the facts each chart must show whatever the styling.

import { describe, expect, it } from 'vitest';
import { buildChart } from '../../src/charts/buildChart.ts';
import { DERIVED_REST_LABEL } from '../../src/charts/shareChart.ts';
import { RATIO_LEGEND_LABEL } from '../../src/charts/rangeChart.ts';
import { ACTUAL_LABEL, EXPECTED_LABEL } from '../../src/charts/amountChart.ts';
import { PALETTES, colorSlots, type Theme } from '../../src/charts/palette.ts';
import { deriveComparisons } from '../../src/model/derived.ts';
import { describeTransform } from '../../src/model/indexSeries.ts';
import type { Figure } from '../../src/model/figure.ts';
import { exportsFigure, shareFigure } from '../support/fixtures.ts';
import { validateData } from '../../src/data/validate.ts';
import { rangeRawInput } from '../fixtures/rangeData.ts';
import { ratioFigures } from '../fixtures/ratioData.ts';
import { seedChart, seedCharts, serializableConfig, stillLight } from './fixtures.ts';

const themes: Theme[] = ['light', 'dark'];
const groups = seedCharts().map((g) => g.chart.id);

describe('buildChart snapshots', () => {
  it.each(groups.flatMap((id) => themes.map((theme) => ({ id, theme }))))(
    '$id in $theme',
    ({ id, theme }) => {
      const spec = buildChart(seedChart(id), { theme, still: true, fontFamily: 'sans-serif' });
      expect(serializableConfig(spec.config)).toMatchSnapshot('config');
      expect({
        points: spec.points,
        description: spec.description,
        table: spec.table,
        transforms: seedChart(id).map((f, _, group) => describeTransform(f, group)),
      }).toMatchSnapshot('around');
    },
  );
});

describe('change chart (growth-2001)', () => {
  const spec = buildChart(seedChart('growth-2001'), stillLight);
  const options = spec.config.options!;

  it('draws the changes +40 and +100 as bars from 0, labelled "+40 %" and "+100 %"', () => {
    expect(spec.config.data.datasets[0]!.data).toEqual([40, 100]);
    expect(options.scales!.y!.min).toBe(0);
    expect(options.scales!.y!.title).toMatchObject({ display: true, text: 'Change from 2000, %' });
    const labels = (options.plugins!.valueLabels as { labels: unknown[][] }).labels[0];
    expect(labels).toEqual(['+40\u202f%', '+100\u202f%']);
  });

  it('draws bar lengths in the ratio the derived comparison states (2.5 times)', () => {
    const figures = seedChart('growth-2001');
    const ratio = deriveComparisons(figures).find((d) => d.status === 'derived');
    const [a, b] = spec.config.data.datasets[0]!.data as number[];
    if (ratio?.status !== 'derived') throw new Error('no derived ratio for growth-2001');
    expect(ratio.kind).toBe('ratio');
    expect(Math.max(a!, b!) / Math.min(a!, b!)).toBeCloseTo(ratio.value, 9);
    expect(ratio.text).toMatch(/2\.5 times/);
  });

  it('states the transformation and keeps the change in the table', () => {
    expect(seedChart('growth-2001').map((f, _, group) => describeTransform(f, group))).toEqual([
      'increased 40% → +40\u202f% from 2000, a bar from 0',
      'had doubled → +100\u202f% from 2000, a bar from 0',
    ]);
    expect(spec.table.rows.map((r) => r.cells.slice(2))).toEqual([
      ['increased 40%', '+40\u202f%'],
      ['had doubled', '+100\u202f%'],
    ]);
  });

  it('leaves room below 0 for a fall', () => {
    const fall = buildChart([{ ...exportsFigure(), value: -30 }], stillLight);
    expect(fall.config.options!.scales!.y!.min).toBeLessThanOrEqual(-30);
  });
});

describe('one colour per figure', () => {
  const all = seedCharts().flatMap((c) => c.figures);
  const slots = colorSlots(all);
  const colorOf = (spec: ReturnType<typeof buildChart>, figureId: string): string => {
    const p = spec.points.find((x) => x.figureId === figureId)!;
    const bg = spec.config.data.datasets[p.datasetIndex]!.backgroundColor as string[];
    const border = spec.config.data.datasets[p.datasetIndex]!.borderColor as string[] | undefined;
    // An outlined (expected) bar is named by its outline; a solid one by its fill.
    return p.datasetIndex === 1 && border ? border[p.index]! : bg[p.index]!;
  };

  it.each(themes)(
    '%s: every seed figure gets its own hue, the same alone and in its chart',
    (theme) => {
      const inCharts = seedCharts().flatMap(({ figures }) => {
        const spec = buildChart(figures, { ...stillLight, theme, colors: slots });
        return figures.map((f) => colorOf(spec, f.id));
      });
      expect(new Set(inCharts).size).toBe(all.length);
      const alone = all.map((f) =>
        colorOf(buildChart([f], { ...stillLight, theme, colors: slots }), f.id),
      );
      expect(alone).toEqual(inCharts);
    },
  );

  it('names status by form, not hue: legend swatches are neutral', () => {
    for (const { figures } of seedCharts()) {
      const spec = buildChart(figures, { ...stillLight, colors: slots });
      for (const item of spec.legend) expect(PALETTES.light.series).not.toContain(item.color);
    }
  });
});

describe('share chart (sakhalin-capital-shares)', () => {
  const spec = buildChart(seedChart('sakhalin-capital-shares'), stillLight);

  it('stacks the stated shares [30, 45] with the derived rest [70, 55], labelled derived', () => {
    const [stated, rest] = spec.config.data.datasets;
    expect(stated!.data).toEqual([30, 45]);
    expect(rest!.data).toEqual([70, 55]);
    expect(rest!.label).toBe(DERIVED_REST_LABEL);
    expect(rest!.label).toMatch(/derived/);
    expect(spec.table.columns).toContain('Other shareholders (derived)');
    expect(spec.description).toMatch(/other shareholders 70\u202f% \(derived\)/);
  });

  it('is a 100 % stacked horizontal bar', () => {
    const options = spec.config.options!;
    expect(options.indexAxis).toBe('y');
    expect(options.scales!.x).toMatchObject({ stacked: true, min: 0, max: 100 });
  });
});

describe('share chart with a rate below zero', () => {
  const deposit: Figure = {
    ...shareFigure(),
    id: 'deposit-rate',
    label: 'Deposit rate',
    value: -0.5,
    stated: { ...shareFigure().stated, text: '-0.5%' },
  };
  const spec = buildChart([shareFigure(), deposit], stillLight);

  it('draws the level as a bar left of 0, with no derived rest, and says so', () => {
    expect(spec.config.data.datasets).toHaveLength(1);
    expect(spec.config.data.datasets[0]!.data).toEqual([30, -0.5]);
    expect(spec.config.options!.indexAxis).toBe('y');
    expect(spec.config.options!.scales!.x).toMatchObject({ min: -1, max: 100 });
    expect(spec.description).not.toMatch(/derived/);
    expect(describeTransform(deposit, [shareFigure(), deposit])).toBe(
      '-0.5% → -0.5 %, below 0; no rest derived',
    );
  });

  it('names no derived rest for the part of a whole beside it, as none is drawn', () => {
    expect(describeTransform(shareFigure(), [shareFigure(), deposit])).toBe(
      '30% of the project → 30 % of the whole, a bar from 0; no rest drawn, as the chart also holds a rate below 0',
    );
  });
});

describe('share chart with a ratio above 100', () => {
  const debt: Figure = {
    ...shareFigure(),
    id: 'debt-ratio',
    label: 'Public debt',
    value: 255,
    stated: { ...shareFigure().stated, text: '255 percent of GDP' },
  };
  const spec = buildChart([shareFigure(), debt], stillLight);

  it('draws the ratio as a level on an axis past its value, never stacked, with no derived rest', () => {
    expect(spec.config.data.datasets).toHaveLength(1);
    expect(spec.config.data.datasets[0]!.data).toEqual([30, 255]);
    expect(spec.config.options!.indexAxis).toBe('y');
    expect(spec.config.options!.scales!.x).toMatchObject({ min: 0, max: 300 });
    expect(spec.config.options!.scales!.x).not.toHaveProperty('stacked', true);
    expect(spec.legend.map((l) => l.label)).toEqual([RATIO_LEGEND_LABEL]);
    expect(spec.legend.map((l) => l.label)).not.toContain(DERIVED_REST_LABEL);
    expect(spec.description).toMatch(/Public debt: 255\u202f% \(ratio or rate, no rest derived\)/);
    expect(spec.table.caption).toMatch(/a share above 100 is a ratio or rate, no rest derived/);
    expect(spec.config.options!.scales!.x).toMatchObject({
      title: { text: 'Percent (above 100: a ratio or rate)' },
    });
    // No figure of this group states a range, so neither text explains how a range is drawn.
    expect(spec.description).not.toMatch(/range/);
    expect(spec.table.caption).not.toMatch(/ranges give/);
    expect(describeTransform(debt, [shareFigure(), debt])).toBe(
      '255 percent of GDP → 255 %, above 100: a ratio, no rest derived',
    );
  });

  it('words a rate of interest above 100 as it words a ratio: the chart loads before the reader that tells them apart', () => {
    const rate: Figure = {
      ...debt,
      id: 'lending-rate',
      label: 'Lending rate',
      value: 140,
      stated: { ...debt.stated, text: '140% a year' },
    };
    const rated = buildChart([shareFigure(), rate], stillLight);
    expect(rated.legend.map((l) => l.label)).toEqual([RATIO_LEGEND_LABEL]);
    expect(RATIO_LEGEND_LABEL).toMatch(/a ratio or rate its quote names/);
    expect(rated.description).toMatch(
      /Lending rate: 140\u202f% \(ratio or rate, no rest derived\)/,
    );
    expect(rated.table.caption).toMatch(/a share above 100 is a ratio or rate, no rest derived/);
  });

  it('names no derived rest for the part of a whole beside it, as none is drawn', () => {
    expect(spec.config.data.datasets.map((d) => d.label)).not.toContain(DERIVED_REST_LABEL);
    expect(describeTransform(shareFigure(), [shareFigure(), debt])).not.toMatch(/derived|100 −/);
  });
});

describe('amount chart (investment-so-far-vs-expected)', () => {
  const figures = seedChart('investment-so-far-vs-expected');
  const spec = buildChart(figures, stillLight);

  it("has 'Actual' and 'Expected (projection)' datasets, one bar each", () => {
    const [actual, expected] = spec.config.data.datasets;
    expect([actual!.label, expected!.label]).toEqual([ACTUAL_LABEL, EXPECTED_LABEL]);
    expect(actual!.data).toEqual([1e9, null]);
    expect(expected!.data).toEqual([null, 8e9]);
  });

  it('hatches the expected bar and names it a projection in the table', () => {
    expect(spec.config.options!.plugins!.projectionHatch).toMatchObject({ bars: [[1, 1]] });
    expect(spec.table.rows.map((r) => r.cells[1])).toEqual([ACTUAL_LABEL, EXPECTED_LABEL]);
    expect(spec.points[1]!.name).toMatch(/\(projection\)/);
  });

  it('still: true → no animation; still: false → animated', () => {
    expect(spec.config.options!.animation).toBe(false);
    expect(buildChart(figures, { ...stillLight, still: false }).config.options!.animation).toEqual({
      duration: 450,
    });
  });
});

describe('amount chart with a balance below zero', () => {
  // "goods (+6.4 billion euros), services (–1.9 billion euros)": a signed amount draws down.
  const [first, second] = seedChart('investment-so-far-vs-expected');
  const figures = [
    { ...first!, id: 'goods', label: 'Goods', value: 6.4e9, unit: 'EUR' as const },
    {
      ...second!,
      id: 'services',
      label: 'Services',
      value: -1.9e9,
      unit: 'EUR' as const,
      status: 'actual' as const,
    },
  ];
  const spec = buildChart(figures, stillLight);
  const y = spec.config.options!.scales!.y!;

  it('lets the axis go below zero and keeps the bar value signed', () => {
    expect(spec.config.data.datasets[0]!.data).toEqual([6.4e9, -1.9e9]);
    expect(y.min).toBeUndefined();
    expect((y as { suggestedMin?: number }).suggestedMin).toBeCloseTo(-1.9e9 * 1.3);
  });

  it('labels the bar with the minus before the currency', () => {
    expect(spec.table.rows.map((r) => r.cells.join(' | ')).join('\n')).toContain(
      '\u2212€1.9 billion',
    );
  });
});

describe('points', () => {
  it.each(groups)('%s: each figure maps to exactly one drawn bar', (id) => {
    const figures = seedChart(id);
    const spec = buildChart(figures, stillLight);
    expect(spec.points.map((p) => p.figureId)).toEqual(figures.map((f) => f.id));
    for (const p of spec.points) {
      const value = spec.config.data.datasets[p.datasetIndex]!.data[p.index];
      expect(value, `${p.figureId} has no bar`).not.toBeNull();
      expect(p.name).toMatch(/Show quote$/);
    }
  });
});

describe('buildChart errors', () => {
  it('throws a helpful error for mixed kinds', () => {
    expect(() => buildChart([exportsFigure(), shareFigure()], stillLight)).toThrow(
      'Cannot draw "tiny-exports" (change, percent) and "tiny-share" (share, percent) on one axis; draw them as separate charts',
    );
  });

  it('throws for no figures', () => {
    expect(() => buildChart([], stillLight)).toThrow(/at least one figure/);
  });
});

describe('percentage-points changes', () => {
  const pp = (id: string, value: number): Figure => ({
    ...exportsFigure(),
    id,
    unit: 'percentage-points',
    value,
  });

  it('draws points as points: "+2.0 pp" labels, an axis in percentage points, bars from 0', () => {
    const spec = buildChart([pp('rate-a', 2), pp('rate-b', -0.25)], stillLight);
    const options = spec.config.options!;
    expect(spec.config.data.datasets[0]!.data).toEqual([2, -0.25]);
    expect((options.plugins!.valueLabels as { labels: unknown[][] }).labels[0]).toEqual([
      '+2.0\u202fpp',
      '−0.25\u202fpp',
    ]);
    expect((options.scales!.y!.title as { text: string }).text).toMatch(/percentage points$/);
    expect(spec.description).toContain('in percentage points');
    expect(spec.description).not.toContain('%');
    expect(describeTransform(pp('rate-a', 2), [pp('rate-a', 2)])).toContain(
      'not a relative change',
    );
  });

  it('never shares an axis with percent changes', () => {
    expect(() => buildChart([exportsFigure(), pp('rate-a', 2)], stillLight)).toThrow(/on one axis/);
  });
});

describe('derived sentences agree with what each seed chart draws', () => {
  it.each(seedCharts().map(({ chart, figures }) => ({ id: chart.id, figures })))(
    '$id',
    ({ figures }) => {
      const spec = buildChart(figures, stillLight);
      // The value each figure's bar stands for, as drawn (the first dataset holding it).
      const drawn = new Map<string, number>();
      spec.points.forEach((p) => {
        const v = spec.config.data.datasets[p.datasetIndex]!.data[p.index];
        if (typeof v === 'number') drawn.set(p.figureId, v);
      });
      const derived = deriveComparisons(figures).filter((d) => d.status === 'derived');
      expect(derived.length).toBeGreaterThan(0);
      for (const d of derived) {
        if (d.status !== 'derived') continue;
        const [a, b] = d.inputs.map((id) => drawn.get(id)!);
        const got =
          d.kind === 'ratio'
            ? a! / b!
            : d.kind === 'percent-of'
              ? (100 * Math.min(a!, b!)) / Math.max(a!, b!)
              : a! - b!;
        expect(got, `${d.id}: ${d.text}`).toBeCloseTo(d.value, 6);
      }
    },
  );
});

describe("a share's words name a derived rest exactly where its chart draws one", () => {
  const { dataset: lakeside } = validateData(rangeRawInput());
  const deposit: Figure = { ...shareFigure(), id: 'deposit', value: -0.5 };
  const debt: Figure = { ...shareFigure(), id: 'debt', value: 255 };
  it.each([
    { name: 'Sakhalin 30 % and 45 % (data/)', group: seedChart('sakhalin-capital-shares') },
    { name: 'a share alone', group: [shareFigure()] },
    { name: 'a share beside a rate below 0', group: [shareFigure(), deposit] },
    { name: 'a share beside a ratio above 100', group: [shareFigure(), debt] },
    { name: 'Varnland: 38 % beside four ratios', group: ratioFigures().figures },
    {
      name: 'Lakeside: 40 % beside a stated range',
      group: lakeside.figures.filter((f) => f.chart === 'lakeside-credit-shares-2031'),
    },
  ])('$name', ({ group }) => {
    const drawn = buildChart(group, stillLight).config.data.datasets.some(
      (d) => d.label === DERIVED_REST_LABEL,
    );
    const parts = group.filter((f) => f.value !== undefined && f.value >= 0 && f.value <= 100);
    expect(parts.length).toBeGreaterThan(0);
    for (const f of parts) {
      const words = describeTransform(f, group);
      expect(/derived/.test(words), `${f.id}: ${words}`).toBe(drawn);
    }
  });
});
