// The v127 formula class, the margin of a pricing or indexation formula written on a reference rate
// or a benchmark the older readers did not name, in voices other than the ones it was first seen in
// (a sales-tax act, a bond prospectus, a development bank's loan terms, a tariff decision): an
// interbank rate named by any "…IBOR" ("WIBOR plus 2 percent", "six-month NIBOR plus 0.45
// percentage points"), a margin taken off a rate with "less" ("the central bank rate less 0.5
// percentage points"), a margin added to the lender's cost of funds ("its cost of funds plus 3
// percentage points") and an index's X-factor ("CPI less an X-factor of 1.2%"). Near-misses keep
// their reading: the rate's own level and its moves, and "less than". The code before v127
// proposed 7 of the 8 held sentences; the first version of the rule missed none. Every sentence
// is our own.

import { describe, expect, it } from 'vitest';
import { proposalsHolding } from '../../support/proposals.ts';

const SOURCE = {
  source: {
    date: '2031-04-02',
    publisher: 'Arland Revenue Authority',
    title: 'Notice',
    url: 'https://example.org/n',
  },
};

/** The stated words of the proposals that hold the given number. */
const holding = (text: string, num: string): string[] => proposalsHolding(text, num, SOURCE);

describe('v127: the margin of a pricing or indexation formula is a trap', () => {
  it.each([
    [
      'Late payments of excise duty accrue interest at WIBOR plus 2 percent per annum.',
      '2 percent',
    ],
    ['The notes pay six-month NIBOR plus 0.45 percentage points, reset semi-annually.', '0.45'],
    ['A SEK 300 million tranche pays three-month STIBOR plus 0.6%.', '0.6%'],
    ['Arrears carry interest at the central bank rate less 0.5 percentage points.', '0.5'],
    ['Staff loans are priced at the policy rate less 2 per cent.', '2 per cent'],
    [
      'Sub-loans are on-lent at a rate no higher than the intermediary’s cost of funds plus 3 percentage points.',
      '3 percentage points',
    ],
    ['Tariffs move each year with CPI less an X-factor of 1.2%.', '1.2%'],
    [
      'Allowed revenue is indexed to inflation minus an efficiency factor of 0.8 per cent.',
      '0.8 per cent',
    ],
  ])('proposes nothing for %j', (text, num) => {
    expect(holding(text, num)).toEqual([]);
  });

  it.each([
    ['WIBOR rose by 0.3 percentage points in March.', '0.3'],
    ['The central bank rate stood at 5.25% at the end of the year.', '5.25%'],
    ['Staff loans are priced at the policy rate less 2 per cent, currently 3.5%.', '3.5%'],
    ['Lending rates were less than 4% for most of 2030.', '4%'],
    ['The intermediary’s cost of funds rose 1.1 percentage points in 2030.', '1.1'],
    ['The X-factor was cut in 2030 and tariffs fell 2.4%.', '2.4%'],
  ])('keeps a reading of %j', (text, num) => {
    expect(holding(text, num).length).toBeGreaterThan(0);
  });
});
