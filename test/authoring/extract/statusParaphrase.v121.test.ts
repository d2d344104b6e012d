// Held sentences of the v121 class (test/fixtures/prose/README.md, "The calls", a settlement agreed
// and a permission a rule grants): written from the class alone, in voices other than the one it
// was first seen in (a sanctions office announcing a settlement): a securities regulator, a
// competition authority, a justice department, an employer and a union, a sentencing guideline, a
// tax authority's penalty rules, a market regulator. Near-misses keep their reading: a settlement
// that waits on a court, a payment to come, a hedge on what a firm may do. Each row is a short
// document under a title line, read through the whole extractor dated 2 April 2031: the number's
// own words, then the kind and status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf as readingOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, kind: string, status: string];

const ROWS: readonly Row[] = [
  // A settlement agreed: the sum a party has agreed to pay to settle or resolve is in force.
  [
    'Brightwater Securities LLC has agreed to pay $3,250,000 to settle charges that it misled investors about fees.',
    '$3,250,000',
    'amount',
    'actual',
  ],
  [
    'Kestrel Foods plc has agreed to pay a penalty of £4.6 million to resolve the authority’s investigation into price fixing.',
    '£4.6 million',
    'amount',
    'actual',
  ],
  [
    'Northgate Health Systems agreed to pay $12.8 million to resolve allegations that it billed the programme for services it never provided.',
    '$12.8 million',
    'amount',
    'actual',
  ],
  [
    'The employer has agreed to pay €1,850 to each of the 312 workers to settle the union’s claim for unpaid overtime.',
    '€1,850',
    'amount',
    'actual',
  ],
  // What a settlement settles may be "potential" or "alleged": that is the claim, not a hedge on the sum.
  [
    'Under the agreement, Marlow Bank agreed to pay £2.1 million to resolve its potential liability for breaches of the consumer credit rules.',
    '£2.1 million',
    'amount',
    'actual',
  ],
  // Near-misses: a settlement that waits on a court, a payment yet to be agreed.
  [
    'The insurer has agreed to pay $2 million if the court approves the settlement.',
    '$2 million',
    'amount',
    'expected',
  ],
  [
    'The lender has agreed to pay $6.5 million to settle the class action, subject to approval by the court.',
    '$6.5 million',
    'amount',
    'expected',
  ],
  [
    'The company is expected to agree to pay $9 million to settle the claims.',
    '$9 million',
    'amount',
    'expected',
  ],
  // A permission a rule grants: how far the authority may reduce or raise a penalty is set.
  [
    'The court may reduce the fine by up to 30% for an early guilty plea.',
    '30%',
    'change',
    'actual',
  ],
  [
    'Under the penalty rules, the tax office may reduce the penalty by up to 50% where the taxpayer tells it about the error before an audit.',
    '50%',
    'change',
    'actual',
  ],
  [
    'The regulator may increase the financial penalty by up to 25% where the breach was deliberate.',
    '25%',
    'change',
    'actual',
  ],
  // A settlement is the sum a breach is settled for: how far the authority may cut it is set too.
  [
    'The agency may reduce the settlement amount by up to 40% where the firm cooperated fully.',
    '40%',
    'change',
    'actual',
  ],
  [
    'Where a business admits the infringement, the Commission may reduce the settlement by up to 10%.',
    '10%',
    'change',
    'actual',
  ],
  // Near-misses: a hedge on what a firm or a measure may do, a settlement that itself may grow, a
  // pay settlement, settlements that are places.
  ['The settlement may grow by up to 5% once interest is added.', '5%', 'change', 'expected'],
  ['Pay settlements may add up to 4% to the wage bill this year.', '4%', 'share', 'expected'],
  ['New settlements may grow by up to 5% a year.', '5%', 'change', 'expected'],
  ['The plant may reduce output by up to 5% next year.', '5%', 'change', 'expected'],
  ['Retailers may cut prices by up to 10% over the summer.', '10%', 'change', 'expected'],
];

describe('a settlement agreed and a permission a rule grants are in force (v121)', () => {
  it.each(ROWS)('%s — %s', (text, number, kind, status) => {
    expect(readingOf(text, number)).toBe(`${kind} ${status}`);
  });
});
