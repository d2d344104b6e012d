// People-facing number and date formats: "+40 %" (narrow no-break space), "US$1 billion".

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.ts';
import {
  formatAmount,
  formatAmountTick,
  formatDate,
  formatFigureValue,
  formatPercent,
  formatRange,
} from '../../src/model/format.ts';

const NNBSP = '\u202f';

describe('formatFigureValue', () => {
  it.each<{ f: Pick<Figure, 'kind' | 'value' | 'unit'>; expected: string }>([
    { f: { kind: 'change', value: 40, unit: 'percent' }, expected: `+40${NNBSP}%` },
    { f: { kind: 'change', value: 100, unit: 'percent' }, expected: `+100${NNBSP}%` },
    { f: { kind: 'change', value: -5, unit: 'percent' }, expected: `−5${NNBSP}%` },
    { f: { kind: 'change', value: 0, unit: 'percent' }, expected: `0${NNBSP}%` },
    { f: { kind: 'share', value: 30, unit: 'percent' }, expected: `30${NNBSP}%` },
    { f: { kind: 'share', value: 12.5, unit: 'percent' }, expected: `12.5${NNBSP}%` },
    { f: { kind: 'amount', value: 1e9, unit: 'USD' }, expected: 'US$1 billion' },
    { f: { kind: 'amount', value: 8e9, unit: 'USD' }, expected: 'US$8 billion' },
    { f: { kind: 'amount', value: 4e8, unit: 'USD' }, expected: 'US$400 million' },
    { f: { kind: 'amount', value: 1.2e11, unit: 'JPY' }, expected: '¥120 billion' },
  ])('$f.kind $f.value $f.unit → $expected', ({ f, expected }) => {
    expect(formatFigureValue(f)).toBe(expected);
  });
});

describe('format helpers', () => {
  it.each([
    { got: () => formatPercent(40, true), expected: `+40${NNBSP}%` },
    { got: () => formatPercent(40), expected: `40${NNBSP}%` },
    { got: () => formatAmount(2.5e6, 'EUR'), expected: '€2.5 million' },
    { got: () => formatAmountTick(8e9, 'USD'), expected: 'US$8B' },
    { got: () => formatAmountTick(0, 'USD'), expected: 'US$0' },
    // A balance below zero: the minus (U+2212) before the currency, never "€−1.9".
    { got: () => formatAmount(-1.9e9, 'EUR'), expected: '\u2212€1.9 billion' },
    { got: () => formatAmountTick(-2e9, 'USD'), expected: '\u2212US$2B' },
    // Ranges: one unit for both ends; a minus is never run into a dash.
    {
      got: () => formatRange({ low: 1, high: 1.5 }, 'share', 'percent'),
      expected: `1–1.5${NNBSP}%`,
    },
    {
      got: () => formatRange({ low: 1, high: 1.5 }, 'change', 'percent'),
      expected: `+1–1.5${NNBSP}%`,
    },
    {
      got: () => formatRange({ low: -3, high: -2.5 }, 'change', 'percent'),
      expected: `−3 to −2.5${NNBSP}%`,
    },
    {
      got: () => formatRange({ low: 1e9, high: 2e9 }, 'amount', 'USD'),
      expected: 'US$1–2 billion',
    },
    {
      got: () => formatRange({ low: 5e8, high: 2e9 }, 'amount', 'USD'),
      expected: 'US$500 million to US$2 billion',
    },
    {
      got: () =>
        formatFigureValue({ kind: 'share', range: { low: 20, high: 25 }, unit: 'percent' }),
      expected: `20–25${NNBSP}%`,
    },
  ])('$expected', ({ got, expected }) => {
    expect(got()).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each([
    { iso: '2002-10-14', expected: '14 October 2002' },
    { iso: '2001-01-01', expected: '1 January 2001' },
    { iso: 'not a date', expected: 'not a date' },
  ])('$iso → $expected', ({ iso, expected }) => {
    expect(formatDate(iso)).toBe(expected);
  });
});
