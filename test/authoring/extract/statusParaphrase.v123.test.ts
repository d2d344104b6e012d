// Held sentences of the v123 class (test/fixtures/prose/README.md, "The calls", a decision that
// puts money somewhere): a budget, allocation, appropriation, grant or funding that a past or
// perfect verb raised or cut, named as the verb's object, is decided, the new level and the level
// it moved from alike. Written from the class alone, in voices other than the one it was first
// seen in (a customs notice on an enforcement budget): a ministry, a council, a legislature, a
// company board, a state legislature, a department's grant. Near-misses keep their reading: a
// raise still to come, planned, asked for or hedged, a forecast path, a budget's own level. Each
// row is a short document under a title line, read through the whole extractor dated 2 April
// 2031: the number's own words, then the kind and status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf as readingOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, reading: string];

const ROWS: readonly Row[] = [
  // A raise or cut made: both levels are decisions.
  [
    'The ministry has increased the regional roads budget for 2032 to €412 million from €380 million.',
    '€412 million',
    'amount actual',
  ],
  [
    'The ministry has increased the regional roads budget for 2032 to €412 million from €380 million.',
    '€380 million',
    'amount actual',
  ],
  [
    'The council cut the library service’s allocation for 2033/34 from £6.4m to £5.9m.',
    '£5.9m',
    'amount actual',
  ],
  [
    'The council cut the library service’s allocation for 2033/34 from £6.4m to £5.9m.',
    '£6.4m',
    'amount actual',
  ],
  [
    'Congress raised the agency’s appropriation for fiscal 2032 to $2.3 billion, from $2.1 billion.',
    '$2.3 billion',
    'amount actual',
  ],
  [
    'The board reduced the capital budget for next year to R1.2 billion from R1.5 billion.',
    'R1.2 billion',
    'amount actual',
  ],
  [
    'The department has cut its grant to the museum for 2033 by 5% to €2.1 million.',
    '€2.1 million',
    'amount actual',
  ],
  [
    'The state legislature boosted the university system’s funding for fiscal 2033 to $3.45 billion from $3.2 billion.',
    '$3.45 billion',
    'amount actual',
  ],
  // Near-misses: a raise to come, planned, asked for, hedged or forecast, and a budget's own level.
  [
    'The Treasury will raise the department’s budget for 2033 to $4.2 billion from $3.9 billion.',
    '$4.2 billion',
    'amount expected',
  ],
  [
    'The minister plans to raise the police budget for 2033 to €1.1 billion from €1.0 billion.',
    '€1.1 billion',
    'amount expected',
  ],
  [
    'The agency asked Congress to raise its appropriation for 2033 to $2.5 billion.',
    '$2.5 billion',
    'amount expected',
  ],
  [
    'The draft budget would cut funding for universities in 2033 to $1.4 billion from $1.6 billion.',
    '$1.4 billion',
    'amount expected',
  ],
  ['The council could cut the library budget for 2033 to £5.2m.', '£5.2m', 'amount expected'],
  [
    'Analysts expect the board to raise the capital budget for 2033 to R2 billion.',
    'R2 billion',
    'amount expected',
  ],
  [
    'Spending is forecast to rise to $4.2 billion in 2033 from $3.9 billion.',
    '$4.2 billion',
    'amount expected',
  ],
  ['The budget for 2033 is $4.2 billion.', '$4.2 billion', 'amount expected'],
  // A raise that is only supposed proposes no figure (README, traps).
  [
    'If Parliament cut the museum’s grant for 2033 to £2 million, the museum would close two galleries.',
    '£2 million',
    'no figure proposed',
  ],
];

describe('a budget a past or perfect verb raised or cut is decided (v123)', () => {
  it.each(ROWS)('%s — %s', (text, number, reading) => {
    expect(readingOf(text, number)).toBe(reading);
  });
});

// Held sentences of the second v123 class (README, "The calls", what is asked for and not yet
// granted): what one body asks another for, or to pay, transfer, refund or contribute, is asked,
// not granted, also for a period that is over. Voices other than a treasury asking for dividends:
// a finance ministry and its central bank, a shareholder, a water regulator, a city, a union, a
// ministry and a state oil company. Near-misses: an order, a payment made, a sum granted, a
// clause of its own after the infinitive, a participle set off by a comma.
const ASKED: readonly Row[] = [
  [
    'The finance ministry asked the central bank to transfer €3 billion of its profit to the budget this year.',
    '€3 billion',
    'amount expected',
  ],
  [
    'The shareholder asked the company to pay a dividend of $400 million for 2031.',
    '$400 million',
    'amount expected',
  ],
  [
    'The regulator has asked the water company to refund £38 million to customers.',
    '£38 million',
    'amount expected',
  ],
  [
    'The city has asked developers to contribute $12,000 for each new home towards schools.',
    '$12,000',
    'amount expected',
  ],
  [
    'The union called on the employer to pay each worker a one-off bonus of R5,000.',
    'R5,000',
    'amount expected',
  ],
  [
    'The Ports Authority was asked to pay a special dividend of KSh 3.0 billion this year.',
    'KSh 3.0 billion',
    'amount expected',
  ],
  [
    'The ministry urged the state oil company to invest $2 billion in new refining capacity by 2034.',
    '$2 billion',
    'amount expected',
  ],
  [
    'The regulator has ordered the water company to refund £38 million to customers.',
    '£38 million',
    'amount actual',
  ],
  ['The court required the bank to repay €22.4 million.', '€22.4 million', 'amount actual'],
  ['The company has agreed to pay a dividend of $400 million.', '$400 million', 'amount expected'],
  [
    'The company paid a dividend of $400 million in March, as the Treasury had asked.',
    '$400 million',
    'amount actual',
  ],
  ['The Treasury asked for $2 billion and received $1.6 billion.', '$1.6 billion', 'amount actual'],
  [
    'Asked to explain the payment, the company said it had paid $4 million to the agent.',
    '$4 million',
    'amount actual',
  ],
  [
    'The ministry asked the firm to confirm that it had paid $4 million to the agent.',
    '$4 million',
    'amount actual',
  ],
  [
    'The committee asked how the agency had spent $3 million on consultants in 2030.',
    '$3 million',
    'amount actual',
  ],
  ['Staff asked to work overtime earned $400 more a month in 2030.', '$400', 'amount actual'],
  [
    'In 2029 the ministry had asked the regulator for $40 million, and it granted $25 million.',
    '$40 million',
    'amount expected',
  ],
  [
    'In 2029 the ministry had asked the regulator for $40 million, and it granted $25 million.',
    '$25 million',
    'amount actual',
  ],
  [
    'The union had asked the employer to pay a bonus of R5,000 in 2029; the employer paid R3,000.',
    'R5,000',
    'amount expected',
  ],
  [
    'The union had asked the employer to pay a bonus of R5,000 in 2029; the employer paid R3,000.',
    'R3,000',
    'amount actual',
  ],
  ['The 2029 Budget requests $4 billion for defence.', '$4 billion', 'amount actual'],
];

describe('what one body asks another for or to pay is asked, not granted (v123)', () => {
  it.each(ASKED)('%s — %s', (text, number, reading) => {
    expect(readingOf(text, number)).toBe(reading);
  });
});
