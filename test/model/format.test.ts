// People-facing number and date formats: "+40 %" (narrow no-break space), "US$1 billion".

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.ts';
import {
  formatAmount,
  formatAmountTick,
  formatDate,
  formatFigureValue,
  formatPercent,
  formatRange,
  minus,
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

// The figures' formatters write common values without ICU (a page's first charts then skip its
// number set-up); every value must read exactly as Intl.NumberFormat writes it.
describe('number formats agree with Intl.NumberFormat', () => {
  const decimal = (signDisplay: 'auto' | 'exceptZero') =>
    new Intl.NumberFormat('en', { maximumFractionDigits: 1, signDisplay });
  const compact = (compactDisplay: 'long' | 'short') =>
    new Intl.NumberFormat('en', { notation: 'compact', compactDisplay, maximumFractionDigits: 1 });
  const intl = { plain: decimal('auto'), signed: decimal('exceptZero') };
  const long = compact('long');
  const short = compact('short');
  const agree = (v: number) => {
    expect(formatPercent(v)).toBe(`${minus(intl.plain.format(v))}${NNBSP}%`);
    expect(formatPercent(v, true)).toBe(`${minus(intl.signed.format(v))}${NNBSP}%`);
    // formatAmount puts a minus before the currency: compare the digits after it.
    expect(formatAmount(v, 'USD').replace(/^\u2212?US\$/, '')).toBe(
      long.format(v).replace(/^-/, ''),
    );
    expect(formatAmountTick(v, 'USD').replace(/^\u2212?US\$/, '')).toBe(
      short.format(v).replace(/^-/, ''),
    );
    expect(formatAmount(v, 'USD').startsWith('\u2212')).toBe(v < 0);
  };

  it('for tenths from -1,000 to 1,000 and at every compact name', () => {
    for (let n = -10_000; n <= 10_000; n += 3) agree(n / 10);
    for (let n = -10_000; n <= 10_000; n += 97)
      for (const scale of [1e3, 1e6, 1e9, 1e12, 1e15]) agree((n / 10) * scale);
  });

  it.each([
    0,
    -0,
    999.9,
    1000,
    -1000,
    999_900,
    999_999_999,
    0.05,
    0.15,
    0.25,
    1.05,
    2.45,
    999.95,
    999.96,
    999.94,
    999_950,
    999_960,
    1e14,
    1e14 - 0.1,
    -1e14,
    1e15,
    1e15 - 1e5,
    1e21,
    1e-7,
    5e-324,
    123_456_789.5,
    NaN,
    Infinity,
    -Infinity,
  ])('for %s', (v) => agree(v));

  it('for any number', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 10),
          fc
            .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 0, max: 16 }))
            .map(([n, e]) => (n / 10) * 10 ** e),
        ),
        (v) => agree(v),
      ),
      { numRuns: 2_000 },
    );
  });
});
