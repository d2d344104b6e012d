// Tests for src/authoring/extract (v165): traps the fresh sets ho258–ho262 proposed, held here in
// other voices. The sum a cost measure is taken on — the size of the transfer, withdrawal,
// conversion or loan whose cost is stated ("the average total cost of sending R1,000 fell to 9.8
// percent", "a sender paid USD 12.38 to send USD 200", "All costs refer to a transaction of USD
// 200") — fixes what the cost is of, as a per-unit basis does, and is no figure; the cost itself,
// a sum actually sent or paid, and an average transfer keep their reading.

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
