// Held sentences of the failed-ballot class (decided.ts, lostBallot; test/fixtures/prose/README.md,
// "Status"): a sum put to the voters that the vote failed never became a decision, as a lost
// motion did not, so it stays expected; the vote's own tally is actual. Written in voices other
// than the election-results roundup the class was found in: a council's news release, a school
// board's minutes, a newspaper report, a county's ballot summary; near-misses keep their reading.

import { describeClasses, type AuditClass } from '../../support/statusAudit.ts';

const AUDIT: Record<string, AuditClass> = {
  'failed ballot': {
    call: 'a sum of money put to the voters in a sentence or line that says the vote failed ("(failed)", "was defeated", "was rejected by voters", "short of the two-thirds needed") stays expected; its tally and a measure that passed keep their reading',
    rows: [
      ['- Selden library bonds: $18.2 million, 49.6% yes (failed)', '$18.2 million', 'expected'],
      [
        "The district's $1.4 billion bond request received 64.1% yes votes, short of the two-thirds supermajority needed.",
        '$1.4 billion',
        'expected',
      ],
      [
        'The $75 million parks levy was defeated, with 46% of voters in favour.',
        '$75 million',
        'expected',
      ],
      [
        "Voters rejected the school board's €30 million building referendum by 5,210 votes to 4,980.",
        '€30 million',
        'expected',
      ],
      [
        'Measure T ($210 million) failed with 51.2% yes, short of the 55% needed.',
        '$210 million',
        'expected',
      ],
      // near-misses
      [
        '- Brayton public safety bonds: $96.5 million, 72.4% yes (passed)',
        '$96.5 million',
        'actual',
      ],
      ['- Selden library bonds: $18.2 million, 49.6% yes (failed)', '49.6% yes', 'actual'],
      [
        'Sales tax revenue of $3.1 billion fell short of the $3.3 billion the city needed.',
        '$3.1 billion',
        'actual',
      ],
      ['Voters approved the $480 million bond with 67.2% support.', '$480 million', 'actual'],
    ],
  },
};

describeClasses(AUDIT);
