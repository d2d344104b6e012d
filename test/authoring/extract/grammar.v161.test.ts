// Tests for src/authoring/extract (v161): what a standing proposal puts forward "of" a number is
// proposed, expected, however long the noun phrase that names it, inner "of", "for" or "on"
// included ("We propose an appointee weighted average cost of capital of 4.21% in real CPIH
// terms"; README: a proposal is expected). A proposal the sentence says was taken up, a past
// "proposed", and a clause of its own between the verb and the number keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-10-02',
    publisher: 'Harlow Networks',
    title: 'Submission note',
    url: 'https://example.org/submission',
  },
};

/** Each figure's stated words with its status, in the order found. */
const statuses = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => [c.stated.text, c.status]);

describe('a standing proposal with its object far from the verb', () => {
  it.each([
    // An energy network's price control submission.
    [
      'We propose a real pre-tax cost of debt allowance of 3.1% for each year of the period.',
      [['3.1%', 'expected']],
    ],
    // An airport operator's consultation response.
    [
      'The airport proposes an average maximum yield per passenger of £24.50 in 2036.',
      [['£24.50', 'expected']],
    ],
    // A telecom incumbent's cost model submission.
    [
      'The company proposes a weighted average cost of capital for its fixed access network of 6.2% in nominal terms.',
      [['6.2%', 'expected']],
    ],
    // A union's pay claim.
    [
      'The union is proposing a minimum hourly rate of pay for all grades of £14.20 from April.',
      [['£14.20', 'expected']],
    ],
    // A rail infrastructure manager's plan.
    [
      'Network Rail has proposed a total renewals budget for the control period of £21.6 billion.',
      [['£21.6 billion', 'expected']],
    ],
  ])('%s', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });
});

describe('near misses keep their reading', () => {
  it.each([
    // Taken up in the same sentence.
    [
      'The regulator approved the proposed weighted average cost of capital of 4.1% for the period.',
      [['4.1%', 'actual']],
    ],
    // A decision, no proposal.
    [
      'We allowed a real pre-tax cost of debt allowance of 3.1% for each year.',
      [['3.1%', 'actual']],
    ],
    // An outturn in its own clause between the verb and the number.
    [
      'We propose to keep the charge, which rose by 4% in 2033, in line with prices.',
      [['rose by 4%', 'actual']],
    ],
  ])('%s', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });
});
