// Held sentences of the v155 classes of proposals, requests, needs and projections
// (test/fixtures/prose/README.md, "The calls", Status: what is asked for and not yet granted is
// expected, and so is a projection's result). Written from each class, in voices other than the
// ones it was seen in (a research service's note on a disaster supplemental, a post-disaster needs
// assessment, a pension plan's actuarial report, a water utility's tariff petition): a
// humanitarian appeal, a school district's capital request, a drought assessment, a state
// legislature, a parliament, a provident fund, a public-service scheme, an airport's price filing,
// a union, a ministry. Near-misses keep their reading. Each row is a short document under a title
// line, dated 2 April 2031: the number's own words, then the status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const REQUEST_PARTS: readonly Row[] = [
  [
    'The appeal seeks CHF 96 million. Education accounts for 18% of the requested total, and health for a further CHF 14 million.',
    '18%',
    'expected',
  ],
  [
    'The appeal seeks CHF 96 million. Education accounts for 18% of the requested total, and health for a further CHF 14 million.',
    'CHF 14 million',
    'expected',
  ],
  [
    "The district's capital request is $310 million. Roof repairs make up 40 per cent of the requested amount.",
    '40 per cent',
    'expected',
  ],
  [
    'Drought recovery needs come to R4.2 billion. The northern province accounts for 55 per cent of total needs.',
    '55 per cent',
    'expected',
  ],
  [
    'Drought recovery needs come to R4.2 billion. Around R1.3 billion of the needs falls in the first year.',
    'R1.3 billion',
    'expected',
  ],
  [
    'Drought recovery needs, costed at current prices, come to R4.2 billion over four years.',
    'R4.2 billion',
    'expected',
  ],
  [
    'Reconstruction needs, estimated by the joint assessment team, amount to $1.9 billion.',
    '$1.9 billion',
    'expected',
  ],
  [
    'Transport and water together account for 61% of the needs identified by the assessment.',
    '61%',
    'expected',
  ],
  ['Housing accounted for 45% of total damage.', '45%', 'actual'],
  ['Housing accounts for 45% of total damage.', '45%', 'actual'],
  ['Donors covered 30% of total needs.', '30%', 'actual'],
  ['Food aid made up 40% of the funds disbursed.', '40%', 'actual'],
  [
    'The airport accounts for 12% of total spending, and the port for a further $40 million.',
    '12%',
    'actual',
  ],
  ['Liquidity needs, measured at end-month, stand at $2 billion.', '$2 billion', 'actual'],
  ['Recovery needs, assessed in 2029, came to $800 million.', '$800 million', 'actual'],
];

const BILL_SUMS: readonly Row[] = [
  [
    'The Senate passed S. 1402 on 3 March. The bill provides $2.1 billion for wildfire recovery.',
    '$2.1 billion',
    'expected',
  ],
  ['The House bill includes $640 million for highway repairs.', '$640 million', 'expected'],
  [
    'The bill, now before the Assembly, appropriates $85 million to the housing trust.',
    '$85 million',
    'expected',
  ],
  [
    'Lawmakers introduced the Drought Relief Bill last week. It includes $300 million in grants to farmers and $45 million for water trucks.',
    '$300 million',
    'expected',
  ],
  [
    'Lawmakers introduced the Drought Relief Bill last week. It includes $300 million in grants to farmers and $45 million for water trucks.',
    '$45 million',
    'expected',
  ],
  [
    'The Assembly passed the supplementary bill on Tuesday. The bill provides $12 billion, $1.5 billion more than requested.',
    '$1.5 billion',
    'expected',
  ],
  [
    'The bill contains €450 million for flood defences, the committee said.',
    '€450 million',
    'expected',
  ],
  [
    'The bill, signed into law on 2 March, provides $2.1 billion for recovery.',
    '$2.1 billion',
    'actual',
  ],
  ['The Act provides $2.1 billion for recovery.', '$2.1 billion', 'actual'],
  ['Your water bill includes a fixed charge of $12.40 a quarter.', '$12.40', 'actual'],
  ['The average household bill includes £45 for network costs.', '£45', 'actual'],
  ['The bill provided $2.1 billion for recovery in 2029.', '$2.1 billion', 'actual'],
  [
    'Congress enacted the bill in May. It provides $2.1 billion for recovery.',
    '$2.1 billion',
    'actual',
  ],
];

const PROJECTED_RATES: readonly Row[] = [
  ['The steady-state contribution rate is 10.3% of contributory earnings.', '10.3%', 'expected'],
  [
    'The break-even contribution rate required to keep the fund solvent for 70 years is 18.2 per cent.',
    '18.2 per cent',
    'expected',
  ],
  [
    'The minimum contribution rates for the first and second tiers are 2.1% and 7.9%, respectively.',
    '2.1%',
    'expected',
  ],
  [
    'The minimum contribution rates for the first and second tiers are 2.1% and 7.9%, respectively.',
    '7.9%',
    'expected',
  ],
  [
    'The required premium rate is 14.6 per cent from 2045 onwards, compared with 14.1 per cent in the previous valuation.',
    '14.6 per cent',
    'expected',
  ],
  [
    'The required premium rate is 14.6 per cent from 2045 onwards, compared with 14.1 per cent in the previous valuation.',
    '14.1 per cent',
    'expected',
  ],
  [
    'The level contribution rate needed to fund benefits over 50 years is 22.4%.',
    '22.4%',
    'expected',
  ],
  [
    'The MCR required to sustain the plan is 9.74% for the years 2037 to 2049 and 9.71% thereafter.',
    '9.71%',
    'expected',
  ],
  [
    'The pay-as-you-go cost rate, however, rises to 9.8 per cent in 2060 and 16.4 per cent in 2112.',
    '16.4 per cent',
    'expected',
  ],
  ['The legislated contribution rate is 9.9%.', '9.9%', 'actual'],
  ['The current pay-as-you-go cost rate is 2.3 per cent.', '2.3 per cent', 'actual'],
  ['The contribution rate paid by employers is 7.5 per cent.', '7.5 per cent', 'actual'],
  ['The minimum capital ratio is 8%.', '8%', 'actual'],
  ['The required reserve ratio is 4 per cent.', '4 per cent', 'actual'],
  ['The pay-as-you-go cost rate was 2.1 per cent in 2029.', '2.1 per cent', 'actual'],
];

const FILED_PROPOSALS: readonly Row[] = [
  [
    'In its application the airport operator proposes a maximum passenger charge of £24.60 for 2033.',
    '£24.60',
    'expected',
  ],
  [
    'The utility is seeking approval of a revenue requirement of $412.6 million for 2032, an increase of 9.4 per cent over current rates.',
    '$412.6 million',
    'expected',
  ],
  [
    'The utility is seeking approval of a revenue requirement of $412.6 million for 2032, an increase of 9.4 per cent over current rates.',
    '9.4 per cent',
    'expected',
  ],
  ['The union proposed a pay rise of 6.5% for 2032.', '6.5%', 'expected'],
  ['The company had proposed an allowed return of 7.1 per cent.', '7.1 per cent', 'expected'],
  [
    'The Ministry is seeking approval of a budget of R2.3 billion for the programme.',
    'R2.3 billion',
    'expected',
  ],
  ['The allowed return is 6.2%, below the 7.4% the operator argued for.', '7.4%', 'expected'],
  ['We propose a real cost of equity of 5.1%.', '5.1%', 'expected'],
  ['The Commission approved a revenue requirement of $398 million.', '$398 million', 'actual'],
  [
    'The Authority allowed a return of 6.2%, compared with the 7.4% the operator argued for.',
    '6.2%',
    'actual',
  ],
  ['Tariffs rose 9.4 per cent in 2030.', '9.4 per cent', 'actual'],
  ["The Commission approved the utility's proposal of a 4% increase.", '4%', 'actual'],
  ['The operator proposed fares that rose 3% last year.', '3%', 'actual'],
];

describe('proposals, requests, needs and projections read expected (v155)', () => {
  it.each(REQUEST_PARTS)(
    'a part of a request, a needs total and its parts are asked, expected: %s — %s',
    (text, number, status) => {
      expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
    },
  );
  it.each(BILL_SUMS)(
    'what a bill still to be enacted provides is expected: %s — %s',
    (text, number, status) => {
      expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
    },
  );
  it.each(PROJECTED_RATES)(
    'a rate a projection finds (minimum, required, steady-state contribution rate) is expected: %s — %s',
    (text, number, status) => {
      expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
    },
  );
  it.each(FILED_PROPOSALS)(
    'what a party proposes or asks a body to approve is expected: %s — %s',
    (text, number, status) => {
      expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
    },
  );
});
