// The v119 class, a gap to another bidder's price or to another good's price at one time, in voices
// other than the ones it was first seen in (a school board's award notice, a fuel-price bulletin):
// a procurement board, a contractor's statement and a tender evaluation set against the lowest,
// highest or second-lowest offer, bid or tender; a dairy survey, a food-price monitor, an oil
// market report and an energy adviser setting one good beside another named by a bare noun ("dearer
// than conventional milk", "cheaper than gas"). Near-misses keep their change: the same body's
// budget or estimate, an earlier time, a plan or an expectation. The code before v119 proposed 7 of
// the 8 held sentences; the first version of the rule missed none. Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { proposalsHolding } from '../../support/proposals.ts';

const SOURCE = {
  source: {
    date: '2031-04-02',
    publisher: 'Arland Procurement Board',
    title: 'Notice',
    url: 'https://example.org/n',
  },
};

/** The stated words of the proposals that hold the given number. */
const holding = (text: string, num: string): string[] => proposalsHolding(text, num, SOURCE);

describe('v119: a gap to another bidder’s or another good’s price at one time is a trap', () => {
  it.each([
    // A procurement board, a contractor, a tender evaluation: another bidder's offer.
    ['The preferred bid was 4.1 per cent above the lowest tender received.', '4.1 per cent'],
    [
      'At $2.4 million, the award came in $180,000 higher than the lowest compliant bid.',
      '$180,000',
    ],
    ['Our quotation was 6% below the highest offer in the same round.', '6%'],
    [
      'The selected contractor priced the works 2.7 percent lower than the second-lowest tender.',
      '2.7 percent',
    ],
    // An energy adviser, a dairy survey, a food-price monitor, an oil market report: another good.
    ['Electricity is 12% cheaper than gas per unit of heat.', '12%'],
    ['Organic milk sold for 23 cents a litre dearer than conventional milk.', '23 cents'],
    ['Rice remained Rs 4 per kg cheaper than wheat flour.', 'Rs 4'],
    ['Brent was $3.10 a barrel dearer than WTI.', '$3.10'],
  ])('proposes nothing for %j', (text, num) => {
    expect(holding(text, num)).toEqual([]);
  });

  it.each([
    // The same body's budget or estimate, an earlier time, a plan or an expectation: a change.
    ['The contract price was 3.5% above the budget.', '3.5%'],
    ['The award came in 4% above the original estimate.', '4%'],
    ['Diesel was 8.2p a litre dearer than a month earlier.', '8.2p'],
    ['Petrol was 5% cheaper than last year.', '5%'],
    ['Fares were 3% dearer than planned.', '3%'],
    ['The lowest bid was 9% above the lowest bid in 2031.', '9%'],
    ['Bread was 4% cheaper than expected.', '4%'],
  ])('keeps a reading of %j', (text, num) => {
    expect(holding(text, num).length).toBeGreaterThan(0);
  });
});
