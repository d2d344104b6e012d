// Held sentences of the v125 class (test/fixtures/prose/README.md, "The calls", Status: the target
// an outturn of a period that is over was held against): written from the class alone, in voices
// other than the one it was first seen in (a revenue authority's monthly bulletin): a port
// authority, a development lender, a water utility, a housing fund, a grants programme, a central
// bank, an airline, a ministry's releases, a customs station. Near-misses keep their reading: a
// forecast set against a target, an annual target of a year not over, a target for a month to
// come, a target that names its own horizon ("by 2030", "set for 2035") and a change told by its
// verb. Each row is a short document under a title line, dated 2 April 2031: the number's own
// words, then the status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const HELD: readonly Row[] = [
  [
    'The Revenue Authority collected KSh 221.4 billion in February 2031 against a target of KSh 214.9 billion.',
    'KSh 214.9 billion',
    'actual',
  ],
  [
    'The port authority earned $38.6 million in wharfage fees in February 2031, against a target of $36.0 million.',
    '$36.0 million',
    'actual',
  ],
  [
    'In the first quarter the agency disbursed ₦12.4 billion in loans against a quarterly target of ₦15 billion.',
    '₦15 billion',
    'actual',
  ],
  [
    'The utility collected 91.2 percent of its billings in 2030, against a target of 95 percent.',
    '95 percent',
    'actual',
  ],
  [
    'The housing fund lent €412 million in January 2031, exceeding the target of €390 million for the month.',
    '€390 million',
    'actual',
  ],
  [
    'During the six months to December 2030 the programme paid out R1.2 billion in grants against a target of R1.5 billion.',
    'R1.5 billion',
    'actual',
  ],
  [
    'The central bank bought US$2.1 billion of foreign exchange in March, surpassing its target of US$1.8 billion for the month.',
    'US$1.8 billion',
    'actual',
  ],
  [
    "The airline's revenue came to $3.4 billion in the fourth quarter of 2030, against a goal of $3.6 billion.",
    '$3.6 billion',
    'actual',
  ],
  [
    'For the first nine months of the financial year the ministry released Rs 8,120 crore against a cumulative target of Rs 8,900 crore.',
    'Rs 8,900 crore',
    'actual',
  ],
  [
    'The Treasury received net revenue of R184.6 billion for the fiscal year ended 31 December 2030, R2.1 billion above the target for the period of R182.5 billion.',
    'R182.5 billion',
    'actual',
  ],
  [
    'The fund disbursed $61 million in 2030, against a target of $70 million for 2030.',
    '$70 million',
    'actual',
  ],
  [
    'In the first ten months of the financial year the station raised A$3.91 billion against a cumulative target of A$3.84 billion.',
    'A$3.84 billion',
    'actual',
  ],
  [
    'The levy brought in €96.3 million in March, short of its target of €101.5 million for the month.',
    '€101.5 million',
    'actual',
  ],
];

const NEAR_MISSES: readonly Row[] = [
  [
    'The authority expects to earn $40 million in 2031, against a target of $38 million.',
    '$38 million',
    'expected',
  ],
  [
    'The agency disbursed ₦12.4 billion in the first quarter, 24 percent of its annual target of ₦52 billion.',
    '₦52 billion',
    'expected',
  ],
  [
    'Collections so far this year stood at R4.1 billion against a target of R4.6 billion for the year.',
    'R4.6 billion',
    'expected',
  ],
  [
    'Revenue in January 2031 amounted to KSh 210 billion; the target for June 2031 is KSh 250 billion.',
    'KSh 250 billion',
    'expected',
  ],
  [
    'The ministry aims to collect Rs 9,400 crore in the fourth quarter against a target of Rs 9,000 crore.',
    'Rs 9,000 crore',
    'expected',
  ],
  [
    'The Treasury collected R41.2 billion in March, and the target for April is R43.0 billion.',
    'R43.0 billion',
    'expected',
  ],
  [
    "Renewables supplied 7.8% of the country's electricity in 2030, against a national target of 15% by 2030.",
    '15%',
    'expected',
  ],
  [
    "Climate finance made up 58% of approvals last year, above the Bank's target of 50% set for 2035.",
    '50%',
    'expected',
  ],
  [
    'Bank lending increased by 17.5 percent versus the target of 12.0 percent in 2030.',
    '12.0 percent',
    'expected',
  ],
  [
    'Bank lending grew by 17.5 percent versus the target of 12.0 percent in 2030.',
    '12.0 percent',
    'expected',
  ],
];

describe('the target an outturn of a period that is over was held against is actual (v125)', () => {
  it.each(HELD)('%s — %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
  it.each(NEAR_MISSES)('%s — %s keeps its reading', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});
