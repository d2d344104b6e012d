// Every derived number: ratios of growth rates, share differences in percentage points, amounts
// as percent of each other, and the comparisons that must say "unavailable" instead of guessing.
import { describe, expect, it } from 'vitest';
import type { Figure, FigureKind, PointFigure, Unit } from '../../src/model/figure.ts';
import {
  clean,
  compareAmounts,
  compareChanges,
  compareShares,
  deriveComparisons,
  type DerivedComparison,
} from '../../src/model/derived.ts';
import { statedIn } from '../fixtures/ratioData.ts';

function fig(
  id: string,
  label: string,
  kind: FigureKind,
  value: number,
  unit: Unit = 'percent',
  extra: Partial<PointFigure> = {},
): PointFigure {
  return {
    id,
    label,
    topic: 'trade',
    kind,
    value,
    unit,
    status: 'actual',
    speaker: 'A speaker',
    stated: { text: 'x', start: 0, end: 1 },
    quote: { sourceId: 's', exact: 'x', prefix: '', suffix: '', start: 0, end: 1 },
    notes: [],
    chart: 'c',
    ...extra,
  };
}

const exports = fig('exports', "Japan's exports to Russia", 'change', 40, 'percent', {
  basePeriod: '2000',
});
const fdi = fig('fdi', "Japan's direct investment to Russia", 'change', 100, 'percent', {
  basePeriod: '2000',
});
const s1 = fig('s1', 'Japanese capital in Sakhalin-1', 'share', 30);
const s2 = fig('s2', 'Japanese capital in Sakhalin-2', 'share', 45);
const soFar = fig('so-far', 'Japanese investment so far', 'amount', 1e9, 'USD');
const expected = fig('expected', 'Japanese investment expected in total', 'amount', 8e9, 'USD', {
  status: 'expected',
});

const NN = '\u202f';

describe('compareChanges', () => {
  it.each([
    {
      name: 'FDI against exports (either order)',
      a: exports,
      b: fdi,
      kind: 'ratio',
      value: 2.5,
      inputs: ['fdi', 'exports'],
      text: `The growth rate of Japan's direct investment to Russia (+100${NN}%) was 2.5 times that of Japan's exports to Russia (+40${NN}%).`,
      arithmetic: '100 ÷ 40 = 2.5',
    },
    {
      name: 'order of arguments does not change the result',
      a: fdi,
      b: exports,
      kind: 'ratio',
      value: 2.5,
      inputs: ['fdi', 'exports'],
      text: `The growth rate of Japan's direct investment to Russia (+100${NN}%) was 2.5 times that of Japan's exports to Russia (+40${NN}%).`,
      arithmetic: '100 ÷ 40 = 2.5',
    },
    {
      name: 'two declines',
      a: fig('a', 'A', 'change', -50),
      b: fig('b', 'B', 'change', -20),
      kind: 'ratio',
      value: 2.5,
      inputs: ['a', 'b'],
      text: `The decline of A (−50${NN}%) was 2.5 times that of B (−20${NN}%).`,
      arithmetic: '−50 ÷ −20 = 2.5',
    },
    {
      name: 'a ratio that does not end',
      a: fig('a', 'A', 'change', 10),
      b: fig('b', 'B', 'change', 30),
      kind: 'ratio',
      value: 3,
      inputs: ['b', 'a'],
      text: `The growth rate of B (+30${NN}%) was 3 times that of A (+10${NN}%).`,
      arithmetic: '30 ÷ 10 = 3',
    },
    {
      name: 'equal rates',
      a: fig('a', 'A', 'change', 40),
      b: fig('b', 'B', 'change', 40),
      kind: 'ratio',
      value: 1,
      inputs: ['a', 'b'],
      text: `A (+40${NN}%) changed at the same rate as B (+40${NN}%).`,
      arithmetic: '40 ÷ 40 = 1',
    },
    {
      name: 'signs differ: percentage points, not a ratio',
      a: fig('a', 'A', 'change', 40),
      b: fig('b', 'B', 'change', -10),
      kind: 'difference-pp',
      value: 50,
      inputs: ['a', 'b'],
      text: `A (+40${NN}%) changed 50 percentage points more than B (−10${NN}%); a ratio would mislead when the signs differ or one is zero.`,
      arithmetic: '40 − (−10) = 50 percentage points',
    },
    {
      name: 'one is zero: percentage points, not a division by zero',
      a: fig('a', 'A', 'change', 0),
      b: fig('b', 'B', 'change', 25),
      kind: 'difference-pp',
      value: 25,
      inputs: ['b', 'a'],
      text: `B (+25${NN}%) changed 25 percentage points more than A (0${NN}%); a ratio would mislead when the signs differ or one is zero.`,
      arithmetic: '25 − 0 = 25 percentage points',
    },
  ])('$name', ({ a, b, kind, value, inputs, text, arithmetic }) => {
    const d = compareChanges(a, b);
    expect(d).toMatchObject({ status: 'derived', kind, value, inputs, text, arithmetic });
  });
});

describe('compareShares', () => {
  it.each([
    {
      a: s1,
      b: s2,
      value: 15,
      inputs: ['s2', 's1'],
      text: `Japanese capital in Sakhalin-2 (45${NN}%) is 15 percentage points more than Japanese capital in Sakhalin-1 (30${NN}%), each as percent of its own whole.`,
      arithmetic: '45 % − 30 % = 15 percentage points',
    },
    {
      a: fig('a', 'A', 'share', 45),
      b: fig('b', 'B', 'share', 30.1),
      value: 14.9,
      inputs: ['a', 'b'],
      text: `A (45${NN}%) is 14.9 percentage points more than B (30.1${NN}%), each as percent of its own whole.`,
      arithmetic: '45 % − 30.1 % = 14.9 percentage points',
    },
    {
      a: fig('a', 'A', 'share', 50),
      b: fig('b', 'B', 'share', 50),
      value: 0,
      inputs: ['a', 'b'],
      text: `A and B are the same share (50${NN}%), each of its own whole.`,
      arithmetic: '50 % − 50 % = 0 percentage points',
    },
    {
      // A rate below zero is a level, no part of a whole.
      a: fig('dep', 'Deposit rate', 'share', -0.5),
      b: fig('main', 'Main rate', 'share', 0),
      value: 0.5,
      inputs: ['main', 'dep'],
      text: `Main rate (0${NN}%) is 0.5 percentage points above Deposit rate (−0.5${NN}%), as levels in percent.`,
      arithmetic: '0 % − (−0.5 %) = 0.5 percentage points',
    },
    {
      // A ratio above 100 is a level too, no part of a whole.
      a: fig('debt', 'Public debt', 'share', 255),
      b: fig('cover', 'Reserve cover', 'share', 112),
      value: 143,
      inputs: ['debt', 'cover'],
      text: `Public debt (255${NN}%) is 143 percentage points above Reserve cover (112${NN}%), as levels in percent.`,
      arithmetic: '255 % − 112 % = 143 percentage points',
    },
  ])('$a.label vs $b.label → $value pp', ({ a, b, value, inputs, text, arithmetic }) => {
    expect(compareShares(a, b)).toMatchObject({
      status: 'derived',
      kind: 'difference-pp',
      value,
      inputs,
      text,
      arithmetic,
    });
  });
});

describe('compareAmounts', () => {
  it('US$1 billion is 12.5 % of the US$8 billion expected, and US$7 billion less', () => {
    expect(compareAmounts(expected, soFar)).toEqual([
      {
        status: 'derived',
        id: 'percent-of:so-far:expected',
        kind: 'percent-of',
        inputs: ['so-far', 'expected'],
        value: 12.5,
        text: `US$1 billion (Japanese investment so far) is 12.5${NN}% of the US$8 billion expected (Japanese investment expected in total).`,
        arithmetic: `1,000,000,000 ÷ 8,000,000,000 × 100 = 12.5${NN}%`,
      },
      {
        status: 'derived',
        id: 'difference:expected:so-far',
        kind: 'difference',
        inputs: ['expected', 'so-far'],
        value: 7e9,
        text: 'US$8 billion expected (Japanese investment expected in total) is US$7 billion more than US$1 billion (Japanese investment so far).',
        arithmetic: '8,000,000,000 − 1,000,000,000 = 7,000,000,000 USD',
      },
    ]);
  });

  it.each([
    {
      a: fig('a', 'A', 'amount', 1, 'EUR'),
      b: fig('b', 'B', 'amount', 3, 'EUR'),
      pct: 33.333333333,
      gap: 2,
    },
    { a: fig('a', 'A', 'amount', 0, 'EUR'), b: fig('b', 'B', 'amount', 3, 'EUR'), pct: 0, gap: 3 },
  ])('$a.value of $b.value → $pct %', ({ a, b, pct, gap }) => {
    const [percentOf, difference] = compareAmounts(a, b);
    expect(percentOf).toMatchObject({ kind: 'percent-of', value: pct });
    expect(difference).toMatchObject({ kind: 'difference', value: gap });
  });

  it('two zero amounts give only their difference (no division by zero)', () => {
    const out = compareAmounts(
      fig('a', 'A', 'amount', 0, 'EUR'),
      fig('b', 'B', 'amount', 0, 'EUR'),
    );
    expect(out.map((d) => [d.status, d.status === 'derived' ? d.value : null])).toEqual([
      ['derived', 0],
    ]);
  });

  it('a balance below zero gives only the difference: it is no percent of a surplus', () => {
    const out = compareAmounts(
      fig('goods', 'Goods', 'amount', 6.4e9, 'EUR'),
      fig('services', 'Services', 'amount', -1.9e9, 'EUR'),
    );
    expect(out.map((d) => [d.status, d.status === 'derived' ? d.value : null])).toEqual([
      ['derived', 8.3e9],
    ]);
    expect(out[0]).toMatchObject({ text: expect.stringContaining('more than \u2212€1.9 billion') });
  });

  it('amounts in two currencies are unavailable: no exchange rate in the sources', () => {
    const out = compareAmounts(soFar, fig('yen', 'Yen loans', 'amount', 5e10, 'JPY'));
    expect(out).toEqual([
      expect.objectContaining({
        status: 'unavailable',
        inputs: ['so-far', 'yen'],
        reason: expect.stringMatching(/USD and JPY.*exchange rate, which the sources do not give/),
        missing: ['USD/JPY exchange rate'],
      }),
    ]);
  });
});

describe('deriveComparisons', () => {
  const debt = fig('debt', 'Public debt', 'share', 255);
  const summary = (list: DerivedComparison[]) => list.map((d) => [d.status, d.id]);

  it.each([
    {
      name: 'two changes: a ratio, and money unavailable (no exports in 2000)',
      figures: [exports, fdi],
      out: [
        ['derived', 'ratio:fdi:exports'],
        ['unavailable', 'base-levels:exports:fdi'],
      ],
    },
    {
      name: 'two shares: percentage points, and money unavailable',
      figures: [s1, s2],
      out: [
        ['derived', 'difference-pp:s2:s1'],
        ['unavailable', 'wholes:s1:s2'],
      ],
    },
    {
      name: 'two amounts: percent of and difference',
      figures: [soFar, expected],
      out: [
        ['derived', 'percent-of:so-far:expected'],
        ['derived', 'difference:expected:so-far'],
      ],
    },
    {
      name: 'changes against amounts: unavailable, once for the pair of kinds',
      figures: [exports, soFar, fdi],
      out: [
        ['derived', 'ratio:fdi:exports'],
        ['unavailable', 'base-levels:exports:fdi'],
        ['unavailable', 'changes-vs-amounts:exports,fdi:so-far'],
      ],
    },
    {
      name: 'shares against amounts: unavailable',
      figures: [s1, expected],
      out: [['unavailable', 'shares-vs-amounts:s1:expected']],
    },
    {
      name: 'a ratio above 100 and a share: a gap between levels; why no stake in money',
      figures: [debt, s1],
      out: [
        ['derived', 'difference-pp:debt:s1'],
        ['unavailable', 'ratio-stake:debt:s1'],
      ],
    },
    { name: 'a change and a share: nothing to derive', figures: [exports, s1], out: [] },
    { name: 'one figure: nothing to derive', figures: [exports], out: [] },
  ])('$name', ({ figures, out }) => expect(summary(deriveComparisons(figures))).toEqual(out));

  it('says why a ratio above 100 is no stake in money', () => {
    const why = deriveComparisons([debt, s1]).find((d) => d.status === 'unavailable');
    expect(why).toMatchObject({
      question:
        'Which is the larger stake in money: Public debt or Japanese capital in Sakhalin-1?',
      reason: expect.stringMatching(
        /Public debt \(255\u202f%\) is a ratio to what its quote names, no part of a whole/,
      ),
    });
  });

  it('names the missing base values instead of guessing them', () => {
    const missing = deriveComparisons([exports, fdi]).find((d) => d.status === 'unavailable');
    expect(missing).toMatchObject({
      question:
        "How much did Japan's exports to Russia and Japan's direct investment to Russia change in money?",
      missing: ["Japan's exports to Russia in 2000", "Japan's direct investment to Russia in 2000"],
      inputs: ['exports', 'fdi'],
    });
  });

  it('every derived value names both inputs', () => {
    for (const d of deriveComparisons([exports, fdi, s1, s2, soFar, expected])) {
      expect(d.inputs.length, d.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('clean', () => {
  it.each([
    [45 - 30.1, 14.9],
    [0.1 + 0.2, 0.3],
    [2.5, 2.5],
  ])('%f → %f', (n, out) => expect(clean(n)).toBe(out));
});

describe('deriveComparisons with a range', () => {
  const growth: Figure = {
    ...fig('growth', 'Economic growth', 'change', 0),
    value: undefined,
    range: { low: 1, high: 1.5 },
  };

  it('says why a pair with a range has no ratio or gap, instead of picking an end', () => {
    const out = deriveComparisons([exports, growth]);
    expect(out).toEqual([
      {
        status: 'unavailable',
        id: 'range:exports:growth',
        inputs: ['exports', 'growth'],
        question: `How does Japan's exports to Russia (+40\u202f%) compare with Economic growth (+1–1.5\u202f%)?`,
        reason:
          'Economic growth (1 to 1.5) is stated as a range, and this calculation needs one number; the source gives no single value, so none is picked.',
        missing: ['a single value for Economic growth'],
      },
    ]);
    expect(out.some((d) => d.status === 'derived')).toBe(false);
  });
});

describe('deriveComparisons: a rate of interest above 100', () => {
  const policy = fig(
    'policy',
    'Policy rate',
    'share',
    118,
    'percent',
    statedIn('The policy rate was raised to 118% in May.', '118%'),
  );

  it('says why a rate above 100 is no stake in money, as a rate', () => {
    const why = deriveComparisons([policy, s1]).find((d) => d.status === 'unavailable');
    expect(why).toMatchObject({
      id: 'ratio-stake:policy:s1',
      reason: expect.stringMatching(
        /^Policy rate \(118\u202f%\) is a rate of interest, no part of a whole: it is no stake in anything/,
      ),
    });
  });

  it('names the sum a rate is paid on as what turning it into money needs', () => {
    const why = deriveComparisons([policy, expected]).find((d) => d.status === 'unavailable');
    expect(why?.missing).toEqual(['the sum Policy rate is a rate of interest on']);
  });
});
