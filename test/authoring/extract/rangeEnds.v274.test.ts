// Held sentences of the v274 class (test/fixtures/prose/README.md, "Ranges a forecast cuts by, ends
// with a glued "m", a reporting verb's "that", a pay claim's range, a vote's tally and a charge a
// rule caps", v274), seen in the opened sets ho308–ho316: a fall "by" two sums an estimate or an
// expectation foresees ("expects the Order to lower its drug outlays by ₱2.7 billion to ₱3.4
// billion a year"), two ends each with a glued "m" after its sign ("| NZ$270m to NZ$300m |"), a
// bound after a reporting verb's "that" ("The evaluation finds that between 0.3 and 0.5
// percentage points of …", "considers that an increase of up to 5 per cent could be justified"),
// pay claims "ranging from 4.5% to 6.0%", rises "totalling 8.5 per cent" after "made up of", a
// further charge a rule caps after a comma ("…, with a per-kilometer charge not exceeding
// ₱18.00"), a sum a rule lets be passed through "at no more than $85 a month per unit", and a
// vote's tally "by 58.4 percent to 41.6 percent" (two shares, no range). Written in other voices:
// a power utility, a stamp-duty reform, a housing scheme, a rebate options table, a food-price
// survey, a port's crane operators, a parking tariff order, a water meter rule, a nurses'
// settlement, a fares regulator and a shareholders' meeting. Near-misses keep their reading: a
// fall that happened and the level left, a rise by a sum and a level far above it, a rise by a
// range of percents, members sorted by a band or a cap in their own clause, metres, and a second
// criterion of members after a comma.
// Before v274 the extractor read none of the 12 held figures right.

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';

/** "kind value status" of every figure overlapping `number`, joined by " | ". */
function readings(text: string, number: string): string {
  const found = figuresAt(text, number);
  return found.length === 0
    ? 'none'
    : found.map((c) => `${c.kind} ${c.value ?? JSON.stringify(c.range)} ${c.status}`).join(' | ');
}

const held: [text: string, number: string, want: string][] = [
  [
    'The utility expects the new tariff to lower its bad-debt write-offs by R1.2 billion to R1.6 billion a year.',
    'R1.2 billion',
    'amount {"low":1200000000,"high":1600000000} expected',
  ],
  [
    'The Treasury estimates that the reform will cut stamp-duty receipts by €40 million to €55 million in its first year.',
    '€40 million',
    'amount {"low":40000000,"high":55000000} expected',
  ],
  [
    'The scheme would cost £45m to £60m a year.',
    '£45m',
    'amount {"low":45000000,"high":60000000} expected',
  ],
  [
    '| Option 2: targeted rebate | 10% | A$120m to A$150m |',
    'A$120m',
    'amount {"low":120000000,"high":150000000} expected',
  ],
  [
    'Officials put the cost at between $80m and $95m.',
    '$80m',
    'amount {"low":80000000,"high":95000000} actual',
  ],
  [
    'The survey concludes that between 0.2 and 0.6 percentage points of the rise in food prices came from the levy.',
    '0.2',
    'change {"low":0.2,"high":0.6} actual',
  ],
  [
    'The port’s crane operators lodged wage demands ranging from 5% to 7%.',
    '5%',
    'change {"low":5,"high":7} expected',
  ],
  [
    'The tariff order shall set a daily charge of ₹40.00 for cars and ₹60.00 for vehicles with four seats or more, with a per-hour charge not exceeding ₹15.00.',
    '₹15.00',
    'amount 15 actual',
  ],
  [
    'Approved metering upgrades may be passed through at no more than €4 a month per flat, amortised over 8 years.',
    '€4',
    'amount 4 expected',
  ],
  [
    'The settlement is worth 7 per cent over three years, made up of basic pay increases totalling 6 per cent and a one-off payment.',
    '6 per cent',
    'change 6 actual',
  ],
  [
    'The regulator considers that an increase of up to 4 per cent would be reasonable on cost grounds.',
    '4 per cent',
    'change 4 expected',
  ],
  [
    'Shareholders backed the merger by 71.5 per cent to 28.5 per cent at the meeting.',
    '28.5 per cent',
    'share 28.5 actual',
  ],
];

const nearMisses: [text: string, number: string, want: string][] = [
  ['The pension fund cut its bond holdings by £40m to £65m.', '£65m', 'amount 65000000 actual'],
  [
    'The council expects the levy to raise revenue by $2 million to $30 million.',
    '$30 million',
    'amount 30000000 expected',
  ],
  ['Fares rose by 3% to 5% across the network.', '3%', 'change {"low":3,"high":5} actual'],
  ['Households that earn between $20,000 and $40,000 qualify for the rebate.', '$20,000', 'none'],
  ['Vehicles with a fare not exceeding $10 are exempt from the levy.', '$10', 'none'],
  ['The pipes are 5m to 8m long.', '5m', 'none'],
  [
    'Fees for households with incomes below $30,000, with a waiver for those not exceeding $20,000, are halved.',
    '$20,000',
    'none',
  ],
];

describe('v274: ranges foreseen, glued "m" ends, a reporting "that", pay claims, capped charges', () => {
  it.each(held)('%s → %s is %s', (text, number, want) => {
    expect(readings(text, number)).toBe(want);
  });
  it.each(nearMisses)('near-miss %s → %s stays %s', (text, number, want) => {
    expect(readings(text, number)).toBe(want);
  });
});
