// The only transformations charts apply, in words: change → bar from 0 %, share → derived rest
// (none for a rate below zero or a ratio above 100).

import { describe, expect, it } from 'vitest';
import { describeTransform } from '../../src/model/indexSeries.ts';
import { amountFigure, exportsFigure, shareFigure } from '../support/fixtures.ts';

describe('indexSeries', () => {
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
    {
      name: 'a ratio above 100 (a share whose quote names what it is a ratio to)',
      f: {
        ...shareFigure(),
        value: 255,
        stated: { text: '255 percent of GDP', start: 0, end: 18 },
      },
      expected: '255 percent of GDP → 255 %, above 100: a ratio, no rest derived',
    },
    {
      name: 'a ratio stated as a range',
      f: {
        ...shareFigure(),
        value: undefined,
        range: { low: 120, high: 130 },
        stated: { text: '120% to 130% of GDP', start: 0, end: 19 },
      },
      expected:
        '120% to 130% of GDP → 120 to 130 %, above 100: a ratio, no rest derived; drawn from the low to the high end',
    },
    { name: 'amount', f: amountFigure(), expected: '$1 billion → drawn as stated' },
  ])('describeTransform: $name', ({ f, expected }) => {
    expect(describeTransform(f)).toBe(expected);
  });
});
