// Tests for src/authoring/extract.ts on how reserve managers write (v106): a holding's return is a
// change in whatever words it comes ("the return on the fund", "the rate of return on the pension
// portfolio", a row "Return, equity portfolio (percent)", rows under a title of returns); a return
// on equity or assets stays a ratio. A currency's code before a percent labels a share, and a
// pipe table's column header gives its sums a scale. Every sentence is our own, in voices other
// than the central bank's notice the rules were found in.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Orlan Pension Reserve Fund',
    title: 'Quarterly report',
    url: 'https://example.org/report',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map(
    (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit}`,
  );

describe('a holding’s return is a change', () => {
  it.each([
    // A fund's quarterly report.
    [
      'Measured in dollars, the return on the fund was 3.2 percent in the second quarter.',
      ['3.2 percent change 3.2 percent'],
    ],
    // A pension fund's annual statement.
    [
      'The rate of return on the pension portfolio was 5.8 per cent in 2033, after 4.1 per cent in 2032.',
      ['5.8 per cent change 5.8 percent', '4.1 per cent change 4.1 percent'],
    ],
    // An insurer's investment review.
    ['In 2033 the return on our bond holdings came to 2.7%.', ['2.7% change 2.7 percent']],
    // A sovereign fund's table of key figures.
    [
      'Key figures\n                                  2031      2032      2033\nReturn, equity portfolio (percent)   19.84    -14.02     17.35',
      ['19.84 change 19.84 percent', '-14.02 change -14.02 percent', '17.35 change 17.35 percent'],
    ],
    // A reserve manager's list of returns under its title.
    [
      'Investment performance\n\nPortfolio returns, in euros\n2032: total reserves -4.1%, of which equities 12.0%\n2033: total reserves 3.9%, of which equities 8.4%',
      [
        '-4.1% change -4.1 percent',
        '12.0% change 12 percent',
        '3.9% change 3.9 percent',
        '8.4% change 8.4 percent',
      ],
    ],
    [
      'Returns on the reserve tranches (in local currency)\nLiquidity tranche: 1.2%\nInvestment tranche: 4.6%',
      ['1.2% change 1.2 percent', '4.6% change 4.6 percent'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('near misses keep their reading', () => {
  it.each([
    ['The return on equity was 14.2 percent in 2033.', ['14.2 percent share 14.2 percent']],
    ['Return on average assets stood at 1.1% in 2033.', ['1.1% share 1.1 percent']],
    [
      'Key figures\n                                  2031      2032      2033\nReturn on equity (percent)   12.1      11.4      13.0\nEquity share (percent)   25.0      26.1      26.7',
      [
        '12.1 share 12.1 percent',
        '11.4 share 11.4 percent',
        '13.0 share 13 percent',
        '25.0 share 25 percent',
        '26.1 share 26.1 percent',
        '26.7 share 26.7 percent',
      ],
    ],
    // A list under a title of composition, no return: parts of a whole.
    [
      'Currency composition of the reserves\nUS dollar: 58%\nEuro: 21%',
      ['58% share 58 percent', '21% share 21 percent'],
    ],
    // A code before a sum with its scale is a sum, and the percent after it a share.
    [
      'The reserves stood at USD 40 million (12% of GDP).',
      ['USD 40 million amount 40000000 USD', '12% of GDP share 12 percent'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a currency’s code before a percent labels a share', () => {
  it.each([
    [
      'Currency composition at end-June\nUSD 40% (39%)\nEUR 36% (37%)',
      [
        '40% share 40 percent',
        '39% share 39 percent',
        '36% share 36 percent',
        '37% share 37 percent',
      ],
    ],
    [
      'The benchmark holds CNY 11.5%, JPY 4.2% and AUD 3.0% of the reserves.',
      [
        '11.5% share 11.5 percent',
        '4.2% share 4.2 percent',
        '3.0% of the reserves share 3 percent',
      ],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a pipe table’s header gives its column of sums a scale', () => {
  it('cells take the scale; a price row and an exchange-rate row do not', () => {
    const text = [
      'Monetary Authority of Qarin',
      'Statement of official reserve assets, 30 June 2034',
      '',
      '| | 30 June 2034 (billion) | 31 March 2034 (billion) |',
      '| Foreign currency reserves | US$41.2 | US$40.6 |',
      '| Gold price per troy ounce | US$2 410.50 | US$2 290.10 |',
      '| EUR/US$ exchange rate | US$1.0912 | US$1.0844 |',
    ].join('\n');
    expect(read(text)).toEqual([
      'US$41.2 amount 41200000000 USD',
      'US$40.6 amount 40600000000 USD',
      'US$2 410.50 amount 2410.5 USD',
      'US$2 290.10 amount 2290.1 USD',
    ]);
  });
});

describe('a portfolio’s gap against its benchmark is no figure', () => {
  it.each([
    // A pension fund's annual statement.
    ['The fixed income portfolio outperformed its benchmark by 0.03 percentage point.', []],
    // A sovereign fund's quarterly report.
    ["The fund's return was 0.4 percentage points above its benchmark in 2033.", []],
    // An insurer's investment review.
    ['The bond portfolio underperformed the reference index by 12 basis points over the year.', []],
    // A reserve manager's annual report.
    [
      'The holding period rate of return was 21 basis points higher than that of the neutral benchmark.',
      [],
    ],
    // Near misses: a gap between other measures, and the same return a year earlier.
    [
      'Exports outperformed imports by 3 percent in 2033.',
      ['outperformed imports by 3 percent change 3 percent'],
    ],
    [
      "The fund's return was 0.4 percentage points higher than in 2032.",
      ['0.4 percentage points change 0.4 percentage-points'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
