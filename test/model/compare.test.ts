// Which compared figures may share an axis and why, how a selection becomes charts, and the one
// line that says why figures sit in separate charts.
import { describe, expect, it } from 'vitest';
import type { Figure, FigureKind, Unit } from '../../src/model/figure.ts';
import {
  axisKey,
  canShareAxis,
  groupTitle,
  planComparison,
  separationLine,
} from '../../src/model/compare.ts';
import { statedIn } from '../fixtures/ratioData.ts';

/** A minimal figure of a kind; only the fields compare.ts reads matter. */
function fig(
  id: string,
  kind: FigureKind,
  value: number,
  unit: Unit = 'percent',
  extra: Partial<Figure> = {},
): Figure {
  const stated =
    kind === 'change' ? (value === 100 ? 'had doubled' : `increased ${value}%`) : `${value}`;
  return {
    id,
    label: id,
    topic: 'trade',
    kind,
    value,
    unit,
    status: 'actual',
    speaker: 'A speaker',
    stated: { text: stated, start: 0, end: stated.length },
    quote: { sourceId: 's', exact: stated, prefix: '', suffix: '', start: 0, end: stated.length },
    notes: [],
    chart: 'c',
    ...extra,
  };
}

const exports = fig('exports', 'change', 40, 'percent', { basePeriod: '2000', period: '2001' });
const fdi = fig('fdi', 'change', 100, 'percent', { basePeriod: '2000', period: '2001' });
const s1 = fig('s1', 'share', 30);
const s2 = fig('s2', 'share', 45);
const soFar = fig('so-far', 'amount', 1e9, 'USD');
const expected = fig('expected', 'amount', 8e9, 'USD', { status: 'expected' });
const yen = fig('yen', 'amount', 5e10, 'JPY');
const all = [exports, fdi, s1, s2, soFar, expected, yen];

describe('axisKey', () => {
  it.each([
    [exports, 'change'],
    [s1, 'share'],
    [soFar, 'amount-USD'],
    [yen, 'amount-JPY'],
  ] as const)('%s → %s', (f, key) => expect(axisKey(f)).toBe(key));
});

describe('canShareAxis', () => {
  it.each([
    {
      a: exports,
      b: fdi,
      shared: true,
      reason: /Both are changes: drawn as bars from 0 %, so their lengths keep the ratio/,
    },
    {
      a: s1,
      b: s2,
      shared: true,
      reason: /Both are shares: each drawn as percent of its own whole/,
    },
    { a: soFar, b: expected, shared: true, reason: /Both are amounts in USD/ },
    {
      a: exports,
      b: s1,
      shared: false,
      reason: /^A change over a previous period and a share of a whole measure different things/,
    },
    {
      a: s1,
      b: soFar,
      shared: false,
      reason: /^A share of a whole and an amount of money measure different things/,
    },
    { a: soFar, b: exports, shared: false, reason: /^An amount of money and a change/ },
    {
      a: soFar,
      b: yen,
      shared: false,
      reason: /Amounts in USD and JPY would need an exchange rate the sources do not give/,
    },
  ])('$a.id with $b.id: shared $shared', ({ a, b, shared, reason }) => {
    const verdict = canShareAxis(a, b);
    expect(verdict.shared).toBe(shared);
    expect(verdict.reason).toMatch(reason);
  });
});

describe('planComparison', () => {
  it.each([
    {
      name: 'two changes share one index axis',
      ids: ['exports', 'fdi'],
      groups: [['change', ['exports', 'fdi']]],
      unknown: [],
    },
    {
      name: 'order of the selection is kept',
      ids: ['fdi', 'exports'],
      groups: [['change', ['fdi', 'exports']]],
      unknown: [],
    },
    {
      name: 'kinds go to separate charts in the order they first appear',
      ids: ['s1', 'exports', 'so-far', 'fdi', 's2'],
      groups: [
        ['share', ['s1', 's2']],
        ['change', ['exports', 'fdi']],
        ['amount-USD', ['so-far']],
      ],
      unknown: [],
    },
    {
      name: 'currencies go to separate charts',
      ids: ['so-far', 'yen', 'expected'],
      groups: [
        ['amount-USD', ['so-far', 'expected']],
        ['amount-JPY', ['yen']],
      ],
      unknown: [],
    },
    {
      name: 'unknown ids are dropped and named',
      ids: ['nope', 'fdi', 'gone'],
      groups: [['change', ['fdi']]],
      unknown: ['nope', 'gone'],
    },
    {
      name: 'duplicates collapse',
      ids: ['fdi', 'fdi', 'exports', 'fdi', 'nope', 'nope'],
      groups: [['change', ['fdi', 'exports']]],
      unknown: ['nope'],
    },
    { name: 'an empty selection gives no charts', ids: [], groups: [], unknown: [] },
  ])('$name', ({ ids, groups, unknown }) => {
    const plan = planComparison(ids, all);
    expect(plan.groups.map((g) => [g.key, g.figures.map((f) => f.id)])).toEqual(groups);
    expect(plan.unknown).toEqual(unknown);
    expect(plan.figures.map((f) => f.id)).toEqual(
      [...new Set(ids)].filter((id) => !unknown.includes(id)),
    );
  });

  it('accepts a map of figures as well as a list', () => {
    const plan = planComparison(['fdi'], new Map(all.map((f) => [f.id, f])));
    expect(plan.figures).toEqual([fdi]);
  });

  it('says what each transformation did', () => {
    const plan = planComparison(['exports', 'fdi', 's1', 'so-far'], all);
    expect(plan.groups.map((g) => g.transforms)).toEqual([
      [
        'exports: increased 40% → +40\u202f% from 2000, a bar from 0',
        'fdi: had doubled → +100\u202f% from 2000, a bar from 0',
      ],
      ['s1: 30 → 30 % of the whole; other shareholders 70 % (derived: 100 − 30)'],
      ['so-far: 1000000000 → drawn as stated'],
    ]);
  });

  it('says a ratio above 100 beside a share is drawn as a level, with no rest derived', () => {
    const debt = fig('debt', 'share', 255, 'percent', {
      stated: { text: '255 percent of GDP', start: 0, end: 18 },
    });
    const [group] = planComparison(['s1', 'debt'], [...all, debt]).groups;
    expect(group?.title).toBe('Shares, rates and ratios in percent');
    expect(group?.reason).toBe(
      'Both are shares, 1 of them a ratio above 100 % (a ratio to what its quote names, no part of a whole): every bar is drawn as a level from 0 with no rest derived, and bars are not added up.',
    );
    // The reason no longer calls every bar "percent of its own whole" under a chart of levels.
    expect(group?.reason).not.toMatch(/its own whole \(/);
    expect(group?.transforms).toEqual([
      // Its chart draws no rest for any bar, so the part of a whole names none either.
      's1: 30 → 30 % of the whole, a bar from 0; no rest drawn, as the chart also holds a ratio above 100',
      'debt: 255 percent of GDP → 255 %, above 100: a ratio, no rest derived',
    ]);
  });

  it.each([
    {
      ids: ['debt'],
      reason:
        'A ratio above 100 %: drawn as a level, a ratio to what its quote names, with no rest derived.',
    },
    {
      ids: ['debt', 'debt2'],
      reason:
        'Both are ratios above 100 %: each drawn as a level, a ratio to what its own quote names, with no rest derived (what they are ratios to may differ, so bars are not added up).',
    },
    {
      ids: ['s1', 's2', 'debt', 'debt2'],
      reason:
        'All 4 are shares, 2 of them ratios above 100 % (a ratio to what its quote names, no part of a whole): every bar is drawn as a level from 0 with no rest derived, and bars are not added up.',
    },
  ])('words a group of ratios above 100 by what is drawn: $ids', ({ ids, reason }) => {
    const debt = fig('debt', 'share', 255, 'percent', {
      stated: { text: '255 percent of GDP', start: 0, end: 18 },
    });
    const debt2 = fig('debt2', 'share', 130, 'percent', {
      stated: { text: '130% of its 2019 level', start: 0, end: 22 },
    });
    const [group] = planComparison(ids, [...all, debt, debt2]).groups;
    expect(group?.reason).toBe(reason);
  });

  it.each([
    {
      ids: ['neg'],
      reason:
        'A rate below 0: drawn as a level left of 0, no part of a whole, with no rest derived.',
    },
    {
      ids: ['s1', 'neg'],
      reason:
        'Both are shares, 1 of them a rate below 0 (no part of a whole): every bar is drawn as a level with no rest derived, and bars are not added up.',
    },
    {
      ids: ['s1', 'neg', 'debt'],
      reason:
        'All 3 are shares, 1 of them a rate below 0 and 1 a ratio above 100 % (no part of a whole): every bar is drawn as a level with no rest derived, and bars are not added up.',
    },
  ])(
    'words a group holding a rate below 0 as levels, as its title does: $ids',
    ({ ids, reason }) => {
      const neg = fig('neg', 'share', -0.5, 'percent', {
        stated: { text: 'at -0.5%', start: 0, end: 8 },
      });
      const debt = fig('debt', 'share', 255, 'percent', {
        stated: { text: '255 percent of GDP', start: 0, end: 18 },
      });
      const [group] = planComparison(ids, [...all, neg, debt]).groups;
      expect(group?.title).toBe('Shares, rates and ratios in percent');
      expect(group?.reason).toBe(reason);
    },
  );

  it('gives each group a title and a reason', () => {
    const [change, share, amount] = planComparison(['exports', 's1', 'so-far'], all).groups;
    expect([change?.title, share?.title, amount?.title]).toEqual([
      'Changes from the previous period, in percent',
      'Shares as percent of their own wholes',
      'Amounts in US dollars',
    ]);
    expect(change?.reason).toMatch(/bar from 0/);
  });

  it.each([
    { ids: ['s1'], reason: 'A share: drawn as percent of its own whole.' },
    { ids: ['s1', 's2'], reason: /^Both are shares: / },
    { ids: ['so-far', 'expected', 'so-far'], reason: /^Both are amounts in USD/ },
    { ids: ['exports'], reason: 'A change: drawn as a bar from 0 %.' },
    { ids: ['exports', 'fdi'], reason: /^Both are changes/ },
  ])('counts the figures in the reason: $ids', ({ ids, reason }) => {
    const [group] = planComparison(ids, [...all, fig('s3', 'share', 10)]).groups;
    expect(group?.reason).toMatch(reason);
  });

  it('says "All 3 are" for three figures on one axis', () => {
    const [group] = planComparison(['s1', 's2', 's3'], [...all, fig('s3', 'share', 10)]).groups;
    expect(group?.reason).toMatch(/^All 3 are shares: /);
  });
});

describe('separationLine', () => {
  const g = (kind: FigureKind, unit: Unit = 'percent') => ({ kind, unit });
  it.each([
    { groups: [], line: undefined },
    { groups: [g('change')], line: undefined },
    {
      groups: [g('change'), g('share')],
      line: 'Drawn as 2 separate charts: changes and shares measure different things, so they never share an axis.',
    },
    {
      groups: [g('share'), g('change'), g('amount', 'USD')],
      line: 'Drawn as 3 separate charts: shares, changes and amounts measure different things, so they never share an axis.',
    },
    {
      groups: [g('amount', 'USD'), g('amount', 'JPY')],
      line: 'Drawn as 2 separate charts: amounts in USD and JPY would need an exchange rate the sources do not give.',
    },
    {
      groups: [g('change'), g('amount', 'USD'), g('amount', 'EUR')],
      line: 'Drawn as 3 separate charts: changes and amounts measure different things, so they never share an axis; amounts in USD and EUR would need an exchange rate the sources do not give.',
    },
  ])('$groups.length groups → $line', ({ groups, line }) =>
    expect(separationLine(groups)).toBe(line),
  );
});

describe('groupTitle', () => {
  it.each([
    ['change', 'percent', 'Changes from the previous period, in percent'],
    ['share', 'percent', 'Shares as percent of their own wholes'],
    ['amount', 'USD', 'Amounts in US dollars'],
    ['amount', 'EUR', 'Amounts in EUR'],
  ] as const)('%s %s → %s', (kind, unit, title) => expect(groupTitle(kind, unit)).toBe(title));
});

describe('a rate of interest above 100 is worded as a rate, not a ratio', () => {
  const policy = fig(
    'policy',
    'share',
    118,
    'percent',
    statedIn('The policy rate was raised to 118% in May.', '118%'),
  );
  const debt = fig('debt', 'share', 255, 'percent', {
    stated: { text: '255 percent of GDP', start: 0, end: 18 },
  });
  const s1 = fig('s1', 'share', 30);

  it.each([
    {
      ids: ['policy'],
      reason:
        'A rate above 100 %: drawn as a level, a rate of interest its quote names, with no rest derived.',
      transforms: ['policy: 118% → 118 %, above 100: a rate, no rest derived'],
    },
    {
      ids: ['s1', 'policy'],
      reason:
        'Both are shares, 1 of them above 100 % (1 a rate: a rate of interest its quote names, no part of a whole): every bar is drawn as a level from 0 with no rest derived, and bars are not added up.',
      transforms: [
        's1: 30 → 30 % of the whole, a bar from 0; no rest drawn, as the chart also holds a rate above 100',
        'policy: 118% → 118 %, above 100: a rate, no rest derived',
      ],
    },
    {
      ids: ['s1', 'debt', 'policy'],
      reason:
        'All 3 are shares, 2 of them above 100 % (1 a ratio and 1 a rate: a ratio to what its quote names or a rate of interest, no part of a whole): every bar is drawn as a level from 0 with no rest derived, and bars are not added up.',
      transforms: [
        's1: 30 → 30 % of the whole, a bar from 0; no rest drawn, as the chart also holds a ratio above 100 and a rate above 100',
        'debt: 255 percent of GDP → 255 %, above 100: a ratio, no rest derived',
        'policy: 118% → 118 %, above 100: a rate, no rest derived',
      ],
    },
  ])('$ids', ({ ids, reason, transforms }) => {
    const [group] = planComparison(ids, [policy, debt, s1]).groups;
    expect(group?.reason).toBe(reason);
    expect(group?.transforms).toEqual(transforms);
  });
});
