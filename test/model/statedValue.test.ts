// Reading the number the stated words give, so validation can check `value` against the text.

import { describe, expect, it } from 'vitest';
import type { FigureKind } from '../../src/model/figure.ts';
import { readStatedValue, relativeChange } from '../../src/model/statedValue.ts';

describe('readStatedValue', () => {
  it.each<{ text: string; kind: FigureKind; expected: { value: number; unit: string }[] }>([
    { text: 'increased 40%', kind: 'change', expected: [{ value: 40, unit: 'percent' }] },
    { text: 'had doubled', kind: 'change', expected: [{ value: 100, unit: 'percent' }] },
    { text: 'tripled', kind: 'change', expected: [{ value: 200, unit: 'percent' }] },
    { text: 'is expected to double', kind: 'change', expected: [{ value: 100, unit: 'percent' }] },
    { text: '30% of Sakhalin 1', kind: 'share', expected: [{ value: 30, unit: 'percent' }] },
    { text: '$1 billion', kind: 'amount', expected: [{ value: 1e9, unit: 'USD' }] },
    { text: '$8 billion', kind: 'amount', expected: [{ value: 8e9, unit: 'USD' }] },
    // News agencies abbreviate scales "bln"/"mln"; operators write "US$ 7.6 billion" with a space.
    { text: '$13.1 bln', kind: 'amount', expected: [{ value: 13.1e9, unit: 'USD' }] },
    { text: '610 bln yen', kind: 'amount', expected: [{ value: 610e9, unit: 'JPY' }] },
    { text: '$600 mln', kind: 'amount', expected: [{ value: 600e6, unit: 'USD' }] },
    { text: 'US$ 7.6 billion', kind: 'amount', expected: [{ value: 7.6e9, unit: 'USD' }] },
    {
      text: 'decreased by 41.9% and 12.6%',
      kind: 'change',
      expected: [
        { value: -41.9, unit: 'percent' },
        { value: -12.6, unit: 'percent' },
      ],
    },
    { text: 'US$400 million', kind: 'amount', expected: [{ value: 4e8, unit: 'USD' }] },
    { text: '¥120 billion', kind: 'amount', expected: [{ value: 1.2e11, unit: 'JPY' }] },
    { text: '120 billion yen', kind: 'amount', expected: [{ value: 1.2e11, unit: 'JPY' }] },
    { text: '€2,500', kind: 'amount', expected: [{ value: 2500, unit: 'EUR' }] },
    { text: 'fell by half', kind: 'change', expected: [{ value: -50, unit: 'percent' }] },
    { text: 'halved', kind: 'change', expected: [{ value: -50, unit: 'percent' }] },
    { text: 'rose by half', kind: 'change', expected: [{ value: 50, unit: 'percent' }] },
    { text: 'rose by a third', kind: 'change', expected: [{ value: 33.33, unit: 'percent' }] },
    { text: 'fell by two-thirds', kind: 'change', expected: [{ value: -66.67, unit: 'percent' }] },
    { text: 'decreased 5%', kind: 'change', expected: [{ value: -5, unit: 'percent' }] },
    { text: '12.5 percent', kind: 'change', expected: [{ value: 12.5, unit: 'percent' }] },
    { text: '12.5 percent', kind: 'share', expected: [{ value: 12.5, unit: 'percent' }] },
    {
      text: 'rose from $2 billion to $3 billion',
      kind: 'change',
      expected: [{ value: 50, unit: 'percent' }],
    },
    { text: 'from 7 to 10', kind: 'change', expected: [{ value: 42.86, unit: 'percent' }] },
    // The levels in "from X% to Y%" are not changes: only the relative change is a reading.
    { text: 'rose from 12% to 18%', kind: 'change', expected: [{ value: 50, unit: 'percent' }] },
  ])('"$text" as $kind', ({ text, kind, expected }) => {
    expect(readStatedValue(text, kind)).toEqual(expected);
  });

  it.each<{ text: string; kind: FigureKind }>([
    { text: 'increased 40%', kind: 'amount' },
    { text: '$1 billion', kind: 'change' },
    { text: 'Exports', kind: 'change' },
    { text: 'a lot', kind: 'share' },
    { text: '400 million', kind: 'amount' },
  ])('"$text" states no $kind', ({ text, kind }) => {
    expect(readStatedValue(text, kind)).toEqual([]);
  });
});

describe('relativeChange', () => {
  it.each([
    { from: 2, to: 3, expected: 50 },
    { from: 7, to: 10, expected: 42.86 },
    { from: 10, to: 5, expected: -50 },
    { from: 0, to: 5, expected: undefined },
    { from: Number.NaN, to: 5, expected: undefined },
  ])('$from → $to = $expected', ({ from, to, expected }) => {
    expect(relativeChange(from, to)).toBe(expected);
  });
});
