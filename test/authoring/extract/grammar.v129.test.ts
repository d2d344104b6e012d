// Tests for src/authoring/extract.ts (v129): every number of a worked example is illustrative, no
// figure: the paragraphs under a heading that names an example ("Worked example", "Example 2:
// a couple renting", "Illustration"), the paragraph a lead-in introduces as an example ("The
// following example shows how the reduction works:"), and a paragraph that opens by supposing a
// member ("Suppose a business has …", "Take a household with …"), to its end. Every sentence is
// our own, in voices other than the payment guidance the rule was found in; the near misses keep
// their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Orlan Revenue Service',
    title: 'Guidance',
    url: 'https://example.org/guidance',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => `${c.stated.text} ${c.kind} ${c.value}`);

describe('a worked example’s numbers are illustrative, no figures', () => {
  it.each([
    // A tax office's guidance on a tapered allowance, under a bare heading.
    'Tapered allowance\n\nThe allowance falls by £1 for every £2 of income above the limit.\n\nExample\nSam earns £110,000. The allowance falls by £5,000, leaving £7,570 of tax-free income.',
    // A pensions regulator's leaflet, a numbered example with its subject in the heading.
    'How the cap works\n\nExample 2: a member retiring early\nA member has a pot of €240,000. A quarter, €60,000, is paid tax-free and the remaining €180,000 buys an annuity of €7,900 a year.',
    // A housing agency's note, an "Illustration" heading.
    'Rent support\n\nIllustration\nA couple pays rent of $1,450 a month. The scheme covers 30%, so the couple receives $435 and pays $1,015.',
    // A utility regulator's consumer guide, a lead-in that introduces the example.
    'The following example shows how the discount is worked out:\n\nA household uses 3,100 kWh a year. At the standard rate it would pay €930; the 12% discount takes €112 off, so it pays €818.',
    // A student-loan agency's page, a paragraph that opens by supposing a member.
    'Suppose a graduate earns R420,000 a year. Repayments are 9% of income above R300,000, so the graduate repays R10,800 a year.',
  ])('%#: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    // Near misses: facts beside the example keep their reading.
    [
      'Example\nA business has a reference amount of £42,000.\n\nPayments for 2033 are budgeted at £389 million.',
      ['£389 million amount 389000000'],
    ],
    // A heading that names examples of practice, no worked sum, and a fact under it.
    [
      'Examples of good practice in 2033\n\nThe council cut arrears by 14% in 2033.',
      ['cut arrears by 14% change -14'],
    ],
    // An example told as fact, "For example," on a real subject.
    [
      'For example, the Northern council raised its charge by 4.5% in April.',
      ['raised its charge by 4.5% change 4.5'],
    ],
    // A supposition verb on no member: "Suppose" is no opening here.
    [
      'Suppose the board agrees. Revenue rose 6.1% to $2.4 billion in 2033.',
      ['rose 6.1% change 6.1', '$2.4 billion amount 2400000000'],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
