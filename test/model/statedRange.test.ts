// Reading both ends of a range from the stated words, with the constructions official prose uses,
// and the look-alikes that are one number (or a change from one level to another), not a range.
import { describe, expect, it } from 'vitest';
import type { FigureKind } from '../../src/model/figure.ts';
import { readStatedRange, type StatedRange } from '../../src/model/statedRange.ts';

describe('readStatedRange', () => {
  it.each<{ text: string; kind: FigureKind; expected: Omit<StatedRange, 'units'> | undefined }>([
    { text: '1 % to 1.5 %', kind: 'share', expected: { low: 1, high: 1.5, unit: 'percent' } },
    // A rate band in fractions, as North American central banks write it.
    {
      text: '3-3/4 to 4 percent',
      kind: 'share',
      expected: { low: 3.75, high: 4, unit: 'percent' },
    },
    {
      text: '2 1/4 to 2 1/2 per cent',
      kind: 'share',
      expected: { low: 2.25, high: 2.5, unit: 'percent' },
    },
    { text: 'grow 1% to 1.5%', kind: 'change', expected: { low: 1, high: 1.5, unit: 'percent' } },
    { text: '1 to 1.5 %', kind: 'share', expected: { low: 1, high: 1.5, unit: 'percent' } },
    // A range across places: the first end names the place it is the level of (v148).
    {
      text: '9.44 percent in Niigata to 10.78 percent',
      kind: 'share',
      expected: { low: 9.44, high: 10.78, unit: 'percent' },
    },
    {
      text: 'between 2 and 3 per cent',
      kind: 'change',
      expected: { low: 2, high: 3, unit: 'percent' },
    },
    { text: '2.5–3 %', kind: 'change', expected: { low: 2.5, high: 3, unit: 'percent' } },
    // A band around a level: one size, both signs.
    {
      text: 'plus and minus 0.5 percentage points',
      kind: 'change',
      expected: { low: -0.5, high: 0.5, unit: 'percentage-points' },
    },
    { text: '± 1 %', kind: 'change', expected: { low: -1, high: 1, unit: 'percent' } },
    { text: 'plus or minus 2 per cent', kind: 'share', expected: undefined },
    { text: '2.5-3%', kind: 'share', expected: { low: 2.5, high: 3, unit: 'percent' } },
    // The verb gives both ends their sign: a decline of 1 to 1.5 % is −1.5 … −1.
    {
      text: 'decline of 1 % to 1.5 % of GDP',
      kind: 'change',
      expected: { low: -1.5, high: -1, unit: 'percent' },
    },
    { text: 'fell 2.5–3 %', kind: 'change', expected: { low: -3, high: -2.5, unit: 'percent' } },
    // A sign written before one end is that end's own, not the other's.
    { text: '–1.6% to 5.8%', kind: 'change', expected: { low: -1.6, high: 5.8, unit: 'percent' } },
    { text: '2.5 % to – 1 %', kind: 'change', expected: { low: -1, high: 2.5, unit: 'percent' } },
    {
      text: 'between −2 and 3 per cent',
      kind: 'change',
      expected: { low: -2, high: 3, unit: 'percent' },
    },
    { text: 'year-on-year 1-2%', kind: 'change', expected: { low: 1, high: 2, unit: 'percent' } },
    { text: '$1–2 billion', kind: 'amount', expected: { low: 1e9, high: 2e9, unit: 'USD' } },
    {
      text: '$1 billion to $2 billion',
      kind: 'amount',
      expected: { low: 1e9, high: 2e9, unit: 'USD' },
    },
    {
      text: 'between $1 and $2 billion',
      kind: 'amount',
      expected: { low: 1e9, high: 2e9, unit: 'USD' },
    },
    {
      text: '3 to 4 billion yen',
      kind: 'amount',
      expected: { low: 3e9, high: 4e9, unit: 'JPY' },
    },
    // A minus written as the non-breaking hyphen U+2011, as some publishers set it.
    { text: '‑0.5% to 1.5%', kind: 'change', expected: { low: -0.5, high: 1.5, unit: 'percent' } },
    {
      text: '‑1.5% to ‑0.5%',
      kind: 'change',
      expected: { low: -1.5, high: -0.5, unit: 'percent' },
    },
    // A range in points after "by", signed by the verb; a band whose plus the page lost.
    {
      text: 'slow by 0.4-0.9 percentage points',
      kind: 'change',
      expected: { low: -0.9, high: -0.4, unit: 'percentage-points' },
    },
    {
      text: 'widen by 25-50 basis points',
      kind: 'change',
      expected: { low: 0.25, high: 0.5, unit: 'percentage-points' },
    },
    {
      text: '/-150 basis points',
      kind: 'change',
      expected: { low: -1.5, high: 1.5, unit: 'percentage-points' },
    },
    // One number, or one change between two levels: not ranges.
    { text: 'increased 40%', kind: 'change', expected: undefined },
    { text: 'in 2031/-2 terms', kind: 'change', expected: undefined },
    { text: 'rose from 12% to 18%', kind: 'change', expected: undefined },
    { text: 'grew from $2 billion to $3 billion', kind: 'change', expected: undefined },
    { text: 'rose 40% to $5 billion', kind: 'amount', expected: undefined },
    { text: 'increased 40% to 2001', kind: 'change', expected: undefined },
    { text: '2 and 3 per cent', kind: 'share', expected: undefined },
    { text: '3% to 3%', kind: 'share', expected: undefined },
    { text: '$8 billion', kind: 'amount', expected: undefined },
  ])('"$text" ($kind)', ({ text, kind, expected }) => {
    const read = readStatedRange(text, kind);
    if (expected === undefined) expect(read).toBeUndefined();
    else expect(read).toMatchObject(expected);
  });

  // A bare "$" may be any dollar the contract charts or a peso written "$" (v224), and a bare "¥" the yuan: the document's country
  // decides, so both ends are read in every unit they share; a named currency is one unit.
  it.each<{ text: string; units: string[] }>([
    {
      text: '$1–2 billion',
      units: ['USD', 'NZD', 'AUD', 'CAD', 'SGD', 'HKD', 'TWD', 'MXN', 'CLP', 'COP', 'ARS'],
    },
    { text: 'US$1–2 billion', units: ['USD'] },
    { text: 'NZ$1–2 billion', units: ['NZD'] },
    { text: '¥3–4 trillion', units: ['JPY', 'CNY'] },
    { text: 'between £1 billion and £2 billion', units: ['GBP'] },
    { text: '1.5–2 % ', units: ['percent'] },
  ])('"$text" may be in $units', ({ text, units }) => {
    expect(readStatedRange(text, text.includes('%') ? 'share' : 'amount')?.units).toEqual(units);
  });
});

describe('every way a band is written around a level', () => {
  // "plus/minus", "plus-minus", "+ / -" and "+/−" read like "plus and minus", "±" and "+/-".
  it.each([
    'plus and minus 1 percentage point',
    'plus or minus 1 percentage point',
    'plus/minus 1 percentage point',
    'plus-minus 1 percentage point',
    'plus or minus one percentage point',
    'plus/minus one percentage point',
    '± 1 pp',
    '+/- 1 pp',
    '+ / - 1 pp',
    '+/− 1 pp',
  ])('%s is −1 … +1 points', (text) => {
    expect(readStatedRange(text, 'change')).toMatchObject({
      low: -1,
      high: 1,
      unit: 'percentage-points',
    });
  });

  it.each(['plus 1 percentage point', 'minus 1 percentage point', 'plus, minus 1 pp'])(
    '%s is no band',
    (text) => {
      expect(readStatedRange(text, 'change')).toBeUndefined();
    },
  );
});

describe('a year that dates a level', () => {
  it.each([
    'from 58 in 2031 to 61.5 percent of GDP',
    '58 in 2031 to 61.5 percent',
    'since 2029 to 4 percent',
    'at end-2030 to 5.5%',
  ])('%s is no range', (text) => {
    expect(readStatedRange(text, 'share')).toBeUndefined();
  });

  it('a range after a period is still one', () => {
    expect(readStatedRange('in 2031 between 2 and 3 percent', 'change')).toMatchObject({
      low: 2,
      high: 3,
    });
  });
});

describe('a written plus on the ends of "between … and …"', () => {
  it.each([
    ['between +0.4% and +1.9%', 0.4, 1.9],
    ['between + 2.3 per cent and + 3.1 per cent', 2.3, 3.1],
    ['between -0.8% and +2.6%', -0.8, 2.6],
    ['between +0.7% and 1.6%', 0.7, 1.6],
    ['between –1.2 % and –0.3 %', -1.2, -0.3],
  ])('%s', (text, low, high) => {
    expect(readStatedRange(text, 'change')).toMatchObject({ low, high });
  });

  it('a plus elsewhere is no end of the range', () => {
    expect(readStatedRange('1.5% to +2%', 'change')).toBeUndefined();
  });
});

describe('two ends each with its written sign and its own unit, parted by "to"', () => {
  it.each([
    ['-0.4 percentage point to +1.2 percentage points', -0.4, 1.2, 'percentage-points'],
    ['-0.2% to +0.9%', -0.2, 0.9, 'percent'],
    ['+0.3 pp to -0.7 pp', -0.7, 0.3, 'percentage-points'],
  ] as const)('%s', (text, low, high, unit) => {
    expect(readStatedRange(text, 'change')).toMatchObject({ low, high, unit });
  });

  it('"from" before them makes two levels, and unlike units no range', () => {
    expect(readStatedRange('from -0.6% to +1.8%', 'change')).toBeUndefined();
    expect(readStatedRange('-0.6 percentage points to +1.8%', 'change')).toBeUndefined();
  });
});

describe('a range whose first end states its size in full', () => {
  // A development bank's loan band, an enterprise agency's grant band, a housing ministry's price
  // band: the scale after the second end is not the first's when the first already names thousands.
  it.each<{ text: string; low: number; high: number }>([
    { text: 'loans of €25,000 to €2 million', low: 25_000, high: 2_000_000 },
    { text: 'grants of $400,000 to $1.5 million', low: 400_000, high: 1_500_000 },
    { text: 'between £750,000 and £2 million', low: 750_000, high: 2_000_000 },
    // Near-misses: the first end shares the scale.
    { text: 'US$ 27 to 276 billion', low: 27e9, high: 276e9 },
    { text: '€1.5 to €2 million', low: 1_500_000, high: 2_000_000 },
    { text: '1,500 to 2,000 million euros', low: 1.5e9, high: 2e9 },
  ])('"$text"', ({ text, low, high }) => {
    expect(readStatedRange(text, 'amount')).toMatchObject({ low, high });
  });
});

describe('v64: two bare ends with one hundredth after the second', () => {
  // A fuel monitor's price cycle, a utility's tariff band, a transport board's fare step: the
  // hundredth's word after the second end counts both, as a percent does.
  it.each<{ text: string; low: number; high: number }>([
    { text: '30 to 40 cpl', low: 0.3, high: 0.4 },
    { text: '25–35 cents', low: 0.25, high: 0.35 },
    { text: '10-15 pence', low: 0.1, high: 0.15 },
    { text: '50 to 75 centavos', low: 0.5, high: 0.75 },
  ])('"$text"', ({ text, low, high }) => {
    expect(readStatedRange(text, 'amount')).toMatchObject({ low, high });
  });
  // Near-miss: "from … to" is two levels.
  it('"from 25 to 35 cents" is no range', () => {
    expect(readStatedRange('from 25 to 35 cents', 'amount')).toBeUndefined();
  });
});

describe('v107: a table’s bare band reads in its column’s unit, given the quote’s words before it', () => {
  it('reads "20–30" under a list title in percent', () => {
    expect(readStatedRange('20–30', 'share', 'Margins (%)\nKorea RP: dumping margin ')).toEqual({
      low: 20,
      high: 30,
      unit: 'percent',
      units: ['percent'],
    });
  });
  it('reads no bare band without a table over it, nor one written high first', () => {
    expect(readStatedRange('20–30', 'share')).toBeUndefined();
    expect(readStatedRange('20–30', 'share', 'It was ')).toBeUndefined();
    expect(readStatedRange('30–20', 'share', 'Margins (%)\nKorea RP: ')).toBeUndefined();
  });
});
