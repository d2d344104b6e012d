// The one-axis plan the embed draws without compare.ts: the same groups, titles and unknown ids as
// planComparison whenever the figures share one axis, and undefined when they need more.

import { describe, expect, it } from 'vitest';
import { axisKey, groupTitle, planOneAxis, resolveIds } from '../../src/model/axisGroup.ts';
import { planComparison } from '../../src/model/compare.ts';
import { amountFigure, exportsFigure, shareFigure } from '../support/fixtures.ts';

const exports = exportsFigure();
const fdi = { ...exportsFigure(), id: 'fdi-doubled', label: 'FDI' };
const share = shareFigure();
const amount = amountFigure();
const figures = [exports, fdi, share, amount];

describe('resolveIds', () => {
  it('keeps the order given, drops duplicates and lists unknown ids once each', () => {
    const { chosen, unknown } = resolveIds([fdi.id, 'nope', exports.id, fdi.id, 'nope'], figures);
    expect(chosen.map((f) => f.id)).toEqual([fdi.id, exports.id]);
    expect(unknown).toEqual(['nope']);
  });
});

describe('planOneAxis', () => {
  it.each([
    ['one figure', [exports.id]],
    ['two changes', [exports.id, fdi.id]],
    ['a figure and an unknown id', [share.id, 'no-such-figure']],
    ['only unknown ids', ['no-such-figure']],
    ['nothing', []],
  ])('plans %s as planComparison does', (_name, ids) => {
    const plan = planOneAxis(ids, figures)!;
    const full = planComparison(ids, figures);
    expect(plan.groups).toEqual(
      full.groups.map((g) => ({ key: g.key, title: g.title, figures: g.figures })),
    );
    expect([plan.figures, plan.unknown, plan.separation]).toEqual([
      full.figures,
      full.unknown,
      full.separation,
    ]);
  });

  it.each([
    ['a change and a share', [exports.id, share.id]],
    ['a share and an amount', [share.id, amount.id, 'no-such-figure']],
  ])('leaves %s to planComparison (undefined)', (_name, ids) => {
    expect(planOneAxis(ids, figures)).toBeUndefined();
    expect(planComparison(ids, figures).groups.length).toBeGreaterThan(1);
  });
});

describe('axisKey and groupTitle', () => {
  it('keys amounts by currency and titles them in words', () => {
    expect(axisKey(amount)).toBe(`amount-${amount.unit}`);
    expect(groupTitle('amount', 'USD')).toBe('Amounts in US dollars');
    expect(groupTitle('amount', 'GBP')).toBe('Amounts in GBP');
  });

  it.each([
    { values: [30, 45], title: 'Shares as percent of their own wholes' },
    { values: [38, 131.5], title: 'Shares, rates and ratios in percent' },
    { values: [255], title: 'Shares, rates and ratios in percent' },
    { values: [-0.5, 2], title: 'Shares, rates and ratios in percent' },
    { values: [0, 100], title: 'Shares as percent of their own wholes' },
  ])('titles shares $values by whether each is part of a whole: $title', ({ values, title }) => {
    expect(
      groupTitle(
        'share',
        'percent',
        values.map((value) => ({ value })),
      ),
    ).toBe(title);
  });

  it('titles an embed of a ratio above 100 as a ratio, not a part of a whole', () => {
    const debt = { ...share, id: 'debt', value: 255 };
    expect(planOneAxis(['debt'], [debt])?.groups[0]?.title).toBe(
      'Shares, rates and ratios in percent',
    );
  });
});
