// Tests for src/authoring/extract (v159): a sum a present perfect of money raised, committed,
// paid or spent takes as its object is done, actual, whatever year not over or plan another part
// of the sentence names ("the DMO has raised £142.3 billion … in 2033-34, 53.6% of the £265.5
// billion of planned gross gilt sales", "…, and development partners have committed US$410
// million"; README: money committed, paid or disbursed is actual). "will have raised", "would
// have paid", "has committed to provide", "has agreed to lend", "has decided to spend" and
// "have pledged" keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2033-09-24',
    publisher: 'Harlow Finance Office',
    title: 'Outturn note',
    url: 'https://example.org/outturn',
  },
};

/** Each amount's stated words with its status, in the order found. */
const statuses = (text: string) =>
  extractCandidates(text, 'doc', SOURCE)
    .filter((c) => c.kind === 'amount')
    .map((c) => [c.stated.text, c.status]);

describe('a sum a present perfect of money done takes as its object', () => {
  it.each([
    // A debt office's running total against its remit.
    [
      'Following this auction, the DMO has raised £142.3 billion through gilt auctions in 2033-34, 53.6% of the £265.5 billion of planned gross gilt sales for the year.',
      [
        ['£142.3 billion', 'actual'],
        ['£265.5 billion', 'expected'],
      ],
    ],
    // A county treasury's mid-year release.
    [
      'Counties have spent KSh 4.2 billion of the 2033/34 allocation, and the national government has disbursed KSh 2.9 billion of the planned KSh 7 billion.',
      [
        ['KSh 4.2 billion', 'actual'],
        ['KSh 2.9 billion', 'actual'],
        ['KSh 7 billion', 'expected'],
      ],
    ],
    // A catastrophe fund's claims note.
    [
      'The fund has paid out a further €310 million in claims in 2033-34.',
      [['€310 million', 'actual']],
    ],
    // A recovery summary: donors' commitments after a budget line for a year not over.
    [
      'The Government has already allocated Tk 18.5 billion from the FY2033-34 budget for early recovery, and development partners have committed US$410 million.',
      [
        ['Tk 18.5 billion', 'actual'],
        ['US$410 million', 'actual'],
      ],
    ],
    // Near miss: a modal before the perfect is a forecast.
    ['By March the DMO will have raised £250 billion in 2033-34.', [['£250 billion', 'expected']]],
    // Near miss: a counterfactual.
    [
      'The Treasury would have paid $4 billion more in 2033-34 had rates stayed high.',
      [['$4 billion', 'expected']],
    ],
    // Near misses: a commitment, an agreement or a decision to spend is forward-looking.
    ['The bank has committed to provide $500 million in 2034.', [['$500 million', 'expected']]],
    ['The government has agreed to lend $500 million in 2033-34.', [['$500 million', 'expected']]],
    ['The government has decided to spend $2 billion in 2033-34.', [['$2 billion', 'expected']]],
    // Near miss: a pledge for a span not over.
    ['Donors have pledged $2.4 billion for 2033-35.', [['$2.4 billion', 'expected']]],
  ])('%s', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });
});
