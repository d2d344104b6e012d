// The only transformations charts apply, in words: change → bar from 0 %, share → derived rest
// when its chart draws rests (none for a rate below zero or a ratio above 100, nor for a part of
// a whole drawn in one chart with them).

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.ts';
import { describeTransform } from '../../src/model/indexSeries.ts';
import { amountFigure, exportsFigure, shareFigure } from '../support/fixtures.ts';

/** A share of the tiny fixture with another value and stated words. */
const share = (id: string, value: number, text: string): Figure => ({
  ...shareFigure(),
  id,
  value,
  stated: { text, start: 0, end: text.length },
});
const depositRate = share('deposit', -0.5, '-0.5%');
const debt = share('debt', 255, '255 percent of GDP');
const reserves = share('reserves', 112, '112 percent of short-term external debt');
const foreignHeld = share('foreign', 38, '38 percent of the total');
const debtRange: Figure = {
  ...shareFigure(),
  id: 'debt-range',
  value: undefined,
  range: { low: 120, high: 130 },
  stated: { text: '120% to 130% of GDP', start: 0, end: 19 },
};
const loanRange: Figure = { ...debtRange, id: 'loans', range: { low: 20, high: 25 } };

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
      name: 'a share beside another part of a whole (rests drawn, as for Sakhalin 30 % and 45 %)',
      f: shareFigure(),
      group: [shareFigure(), foreignHeld],
      expected:
        '30% of the project → 30 % of the whole; other shareholders 70 % (derived: 100 − 30)',
    },
    {
      name: 'a rate below zero (a share whose stated words write the minus)',
      f: depositRate,
      expected: '-0.5% → -0.5 %, below 0; no rest derived',
    },
    {
      name: 'a ratio above 100 (a share whose quote names what it is a ratio to)',
      f: debt,
      expected: '255 percent of GDP → 255 %, above 100: a ratio, no rest derived',
    },
    {
      name: 'a ratio stated as a range',
      f: debtRange,
      expected:
        '120% to 130% of GDP → 120 to 130 %, above 100: a ratio, no rest derived; drawn from the low to the high end',
    },
    {
      name: 'a part of a whole beside a ratio: its chart draws no rest, so none is named',
      f: foreignHeld,
      group: [debt, foreignHeld],
      expected:
        '38 percent of the total → 38 % of the whole, a bar from 0; no rest drawn, as the chart also holds a ratio above 100',
    },
    {
      name: 'a part of a whole beside two ratios and a rate below 0',
      f: foreignHeld,
      group: [debt, reserves, depositRate, foreignHeld],
      expected:
        '38 percent of the total → 38 % of the whole, a bar from 0; no rest drawn, as the chart also holds ratios above 100 and a rate below 0',
    },
    {
      name: 'a part of a whole beside a stated range',
      f: foreignHeld,
      group: [loanRange, foreignHeld],
      expected:
        '38 percent of the total → 38 % of the whole, a bar from 0; no rest drawn, as the chart also holds a stated range',
    },
    {
      name: 'a ratio range beside a part of a whole: a ratio, and also a stated range',
      f: foreignHeld,
      group: [debtRange, foreignHeld],
      expected:
        '38 percent of the total → 38 % of the whole, a bar from 0; no rest drawn, as the chart also holds a ratio above 100 and a stated range',
    },
    { name: 'amount', f: amountFigure(), expected: '$1 billion → drawn as stated' },
  ])('describeTransform: $name', ({ f, group, expected }) => {
    expect(describeTransform(f, group ?? [f])).toBe(expected);
  });
});

describe('indexSeries: a rate of interest above 100', () => {
  /** A share quoting `sentence`, its stated words `text` within it. */
  const quoted = (id: string, value: number, sentence: string, text: string): Figure => {
    const at = sentence.indexOf(text);
    return {
      ...shareFigure(),
      id,
      value,
      stated: { text, start: at, end: at + text.length },
      quote: { ...shareFigure().quote, exact: sentence, start: 0, end: sentence.length },
    };
  };

  it.each([
    {
      name: 'a policy rate named before the number',
      f: quoted('policy', 118, 'The policy rate was raised to 118% in May.', '118%'),
      expected: '118% → 118 %, above 100: a rate, no rest derived',
    },
    {
      name: 'a rate named after it',
      f: quoted('notes', 209, 'Notes now pay 209% EAR.', '209%'),
      expected: '209% → 209 %, above 100: a rate, no rest derived',
    },
    {
      name: 'an inflation rate keeps the ratio wording (the validator would refuse it)',
      f: quoted('cpi', 211, 'The inflation rate reached 211% in May.', '211%'),
      expected: '211% → 211 %, above 100: a ratio, no rest derived',
    },
  ])('$name', ({ f, expected }) => {
    expect(describeTransform(f, [f])).toBe(expected);
  });
});
