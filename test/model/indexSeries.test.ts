// The only transformations charts apply, in words: change → bar from 0 %, share → derived rest
// (none for a rate below zero).

import { describe, expect, it } from 'vitest';
import { describeTransform, shareRemainder } from '../../src/model/indexSeries.ts';
import { amountFigure, exportsFigure, shareFigure } from '../support/fixtures.ts';

describe('indexSeries', () => {
  it.each([
    { share: 30, rest: 70 },
    { share: 45, rest: 55 },
    { share: 33.3, rest: 66.7 },
    { share: 100, rest: 0 },
  ])('shareRemainder($share) = $rest (no float noise)', ({ share, rest }) => {
    expect(shareRemainder(share)).toBe(rest);
  });

  it.each([
    {
      name: 'change with base period',
      f: exportsFigure(),
      expected: 'increased 40% → +40\u202f% from 2000, a bar from 0',
    },
    {
      name: 'change without base period',
      f: { ...exportsFigure(), basePeriod: undefined },
      expected: 'increased 40% → +40\u202f% from the previous period, a bar from 0',
    },
    {
      name: 'share',
      f: shareFigure(),
      expected:
        '30% of the project → 30 % of the whole; other shareholders 70 % (derived: 100 − 30)',
    },
    {
      name: 'a rate below zero (a share whose stated words write the minus)',
      f: { ...shareFigure(), value: -0.5, stated: { text: '-0.5%', start: 0, end: 5 } },
      expected: '-0.5% → -0.5 %, below 0; no rest derived',
    },
    { name: 'amount', f: amountFigure(), expected: '$1 billion → drawn as stated' },
  ])('describeTransform: $name', ({ f, expected }) => {
    expect(describeTransform(f)).toBe(expected);
  });
});
