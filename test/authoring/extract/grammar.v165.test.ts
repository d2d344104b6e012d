// Tests for src/authoring/extract (v165): traps the fresh sets ho258–ho262 proposed, held here in
// other voices. The sum a cost measure is taken on — the size of the transfer, withdrawal,
// conversion or loan whose cost is stated ("the average total cost of sending R1,000 fell to 9.8
// percent", "a sender paid USD 12.38 to send USD 200", "All costs refer to a transaction of USD
// 200") — fixes what the cost is of, as a per-unit basis does, and is no figure; the cost itself,
// a sum actually sent or paid, and an average transfer keep their reading. A bound on the size of
// each item a rule sorts ("each eligible transaction of US$100 or more", "Cheques drawn for
// GH¢50,000 or more must be settled", "Remittances of up to US$5,000 qualify") defines the items,
// as "payments of over $10,000" does, and is no figure; a level reached, a cap on a sum paid out
// and grants of up to a sum that were paid keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-03-12',
    publisher: 'Consumer Payments Council',
    title: 'Cost survey',
    url: 'https://example.org/cost-survey',
  },
};

/** Each figure's stated words, in the order found. */
const stated = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe('the reference sum a cost measure is taken on', () => {
  it.each([
    // A consumer body's survey of cash withdrawals abroad.
    [
      'The average cost of withdrawing €100 from a cash machine abroad was 4.2 percent in 2033.',
      ['4.2 percent'],
    ],
    // A payday-lending regulator.
    ['A borrower paid on average $45 to borrow $300 for two weeks in 2033.', ['$45']],
    // A travel-money comparison.
    ['Holidaymakers paid £38 to change £500 into euros at airport kiosks last summer.', ['£38']],
    // A card-scheme fee review.
    ['All fees refer to a payment of €50 and include the interchange and scheme fees.', []],
    // A central bank's cross-border payments monitor, gerund as subject.
    [
      'In East Asia, sending ¥10,000 cost 5.1 percent on average in the fourth quarter.',
      ['5.1 percent'],
    ],
    // A mobile-money survey, transfers of a size and their cost.
    ['Transfers of KSh 5,000 were cheaper, at 2.1 percent on average.', ['2.1 percent']],
    // Near miss: a sum actually sent is a figure.
    [
      'Migrants sent $4.2 billion home in 2033, 6 percent more than in 2032.',
      ['$4.2 billion', '6 percent more'],
    ],
    // Near miss: the average transfer is a level.
    ['The average transfer of $350 cost 6 percent to send in 2033.', ['$350', '6 percent']],
    // Near miss: a sum paid for a purchase keeps both sums.
    ['The council paid $2.4 million to buy 12 buses in 2033.', ['$2.4 million']],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });
});

describe('a bound on the size of each item a rule sorts', () => {
  it.each([
    // A clearing house's rule for high-value cheques, the items named with a participle.
    ['Claims lodged for €20,000 or more are referred to the board.', []],
    // An export-credit agency's cover rule, the item after "every".
    ['Every export contract of $250,000 or more needs an insurance cover.', []],
    // A payments regulator's contactless rule.
    ['Any single purchase of £30 or less can be paid by contactless card.', []],
    // A tax office's simplified-invoice rule, the bound opened with "up to".
    ['Invoices of up to ₹50,000 qualify for the simplified form.', []],
    // A remittance incentive paid on each item past the bound keeps its payment.
    ['Banks receive SAR 20 on each eligible transaction of US$100 or more.', ['SAR 20']],
    // Near miss: a level reached with an open end stays a figure.
    ['Exports rose to $250,000 or more in 2033.', ['$250,000']],
    // Near miss: a cap on a sum paid stays a figure.
    ['The bank paid out up to $5,000 to each household.', ['$5,000']],
    // Near miss: grants of up to a sum that were paid are no rule.
    ['Grants of up to $5,000 were paid to 300 firms in 2033.', ['$5,000']],
    // Near miss: the cap on money a scheme gives stays a figure.
    ['Grants of up to €25,000 are available to young farmers.', ['€25,000']],
    // Near miss: the cap on what a rule charges stays a figure.
    ['Royalties of up to 5% are payable on gold sold abroad.', ['5%']],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });
});
