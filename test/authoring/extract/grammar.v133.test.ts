// Tests for src/authoring/extract.ts (v133, finished from a v132 draft): what a project or
// programme costs in all, stated with a present verb ("whose total cost is EGP 21.6 billion", "Its
// total cost is INR 9,720 crore", "the total cost of the programme is US$103.5 million"), is money
// still to be spent, a forecast (README, Status), as an estimated cost is. A past verb, a thing
// done and a period over keep their reading. Every sentence is our own, in voices other than the
// board-approval release the reading was found in.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Harlow City Council',
    title: 'Cabinet report',
    url: 'https://example.org/cabinet',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

describe('a project’s total cost stated in the present is expected', () => {
  it.each([
    // A city council's cabinet report.
    ['The total cost of the scheme is £38 million.', ['£38 million amount expected']],
    // A port company's investment news.
    ['The project’s total cost is $412 million.', ['$412 million amount expected']],
    // A university's capital plan.
    [
      'The new library wing, whose total cost is €26.5 million, opens in 2036.',
      ['€26.5 million amount expected'],
    ],
    // A health board's estates update.
    [
      'Total programme cost is NZ$84 million across the three sites.',
      ['NZ$84 million amount expected'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: a thing done, a past verb, a period over.
    ['The total cost of last year’s floods is $4 billion.', ['$4 billion amount actual']],
    [
      'The bridge was completed in 2031 at a total cost of $96 million.',
      ['$96 million amount actual'],
    ],
    ['The total project cost was $210 million.', ['$210 million amount actual']],
    [
      'The total cost of the works completed in 2032 is $15 million.',
      ['$15 million amount actual'],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
