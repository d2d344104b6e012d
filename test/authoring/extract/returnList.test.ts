// The reader of a list of returns under its title, on its own (v106), and of a table written with
// pipes under such a title or in a column headed by a return (v151). Every list is our own.

import { describe, expect, it } from 'vitest';
import { underReturnTitle } from '../../../src/authoring/extract/returnList.ts';

/** underReturnTitle at the first `number` in `text`. */
function under(text: string, number: string): boolean {
  const at = text.indexOf(number);
  if (at < 0) throw new Error(`"${number}" is not in the list: fix the row`);
  return underReturnTitle(text, at);
}

describe('underReturnTitle', () => {
  it.each([
    [
      'Portfolio returns, in euros\n2032: total reserves -4.1%\n2033: total reserves 3.9%',
      '3.9%',
      true,
    ],
    ['Returns on the reserve tranches (in local currency)\nLiquidity tranche: 1.2%', '1.2%', true],
    [
      'Return on investments (5), in Swiss francs\n2033: currency reserves 1.3%, of which gold 3.6%',
      '3.6%',
      true,
    ],
    ['Currency composition of the reserves\nUS dollar: 58%', '58%', false],
    ['Return on equity by segment\nRetail: 14.2%', '14.2%', false],
    ['Portfolio returns, in euros\nEquity share: 25%', '25%', false],
    ['The return on the reserves was high.\nLiquidity tranche: 1.2%', '1.2%', false],
  ] as const)('%#: %s', (text, number, expected) => {
    expect(under(text, number)).toBe(expected);
  });
});

describe('underReturnTitle, a table written with pipes (v151)', () => {
  it.each([
    // A public pension system's news release: the title names returns, every column is one.
    [
      'Returns by asset class, fiscal year 2032-33 (net, preliminary)\n| Asset class | Return | Benchmark |\n| Public equity | 14.2% | 13.9% |',
      '13.9%',
      true,
    ],
    // A university endowment's annual report: the column names the return, the title does not.
    [
      'Endowment by asset class, June 30, 2033\n| Asset class | Weight | Net return |\n| Venture capital | 12% | 4.8% |',
      '4.8%',
      true,
    ],
    // A sovereign fund's quarterly: a return column of the quarter.
    ['Quarterly results\n| Portfolio | Return, Q3 2033 |\n| Fixed income | 1.1% |', '1.1%', true],
    // A reserve manager's annual report: the title's returns, the first column a tranche.
    [
      'Portfolio returns in local currency, 2033\n| Tranche | 2033 | 2032 |\n| Liquidity | 3.2% | 1.9% |',
      '1.9%',
      true,
    ],
    // Near misses: a weight column beside the return, a share title, a return on equity, a label
    // row that names a share.
    [
      'Endowment by asset class, June 30, 2033\n| Asset class | Weight | Net return |\n| Venture capital | 12% | 4.8% |',
      '12%',
      false,
    ],
    [
      'Strategic asset allocation\n| Asset class | Target | Range |\n| Property | 9% | 0–15% |',
      '9%',
      false,
    ],
    [
      'Returns by asset class, 2033\n| Asset class | Target weight | Return |\n| Equities | 45% | 9.2% |',
      '45%',
      false,
    ],
    ['Key ratios\n| Segment | Return on equity |\n| Retail | 14.2% |', '14.2%', false],
    ['Portfolio returns, 2033\n| Item | Value |\n| Share of equities | 48% |', '48%', false],
  ] as const)('%#: %s', (text, number, expected) => {
    expect(under(text, number)).toBe(expected);
  });
});
