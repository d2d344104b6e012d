// The reader of a list of returns under its title, on its own (v106). Every list is our own.

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
