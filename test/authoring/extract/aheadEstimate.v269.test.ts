// Held sentences of the v269 class (test/fixtures/prose/README.md, "Status": an estimate of a
// period not yet over is expected, even when it is called an estimate; a budget or revised
// estimate for the current or the next year and a sum labelled "(BE)" stay expected): a sum a
// maker "estimates", "projects" or "is estimated at" with its own period after it, not yet over;
// a measure's cost or yield such an estimate puts on a year or a full year; a present verb of a
// measure's effect on a year after the dateline's; a sum a present verb spreads over a span of
// years named first; a sum bracketed as a revised or budget estimate; and the cells of a pipe
// table's "RE", "BE", "(estimate)", "Projected" or "Estimated full-year cost" columns and rows,
// seen in ho313–ho317. Written in voices other than the sets' VAT, stamp duty, fares, medicine
// and energy-subsidy texts: a port authority, a water utility, a library service, a state
// forestry budget, a university and a fisheries board.
// Near-misses keep their reading: an estimate of a period over, a past "was estimated at", an
// effect in the dateline's year or before, a base set against an estimate "a year earlier", a
// span that is over, a column of actuals, and "be" or "re" in words of a header.

import { describe, expect, it } from 'vitest';
import { statusOf, type Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-03-12',
  publisher: 'Arland Office',
  url: 'https://example.org/note',
};

const held: [string, string][] = [
  [
    'The Port Authority estimates lost berth income of €3.4 million for the second half of 2034 and €6.9 million for 2035.',
    '€3.4 million',
  ],
  [
    'The Port Authority estimates lost berth income of €3.4 million for the second half of 2034 and €6.9 million for 2035.',
    '€6.9 million',
  ],
  [
    'The extra cost to the water utility is estimated at $12.5 million in the first full year.',
    '$12.5 million',
  ],
  ['The Library Service estimates the cost of Sunday opening at £410,000 a year.', '£410,000'],
  [
    'The fee waiver lowers tuition income by A$8.2 million in 2035 and by A$9.0 million in 2036.',
    'A$9.0 million',
  ],
  [
    'At current prices the total cost of the dredging programme over four years is R640 million.',
    'R640 million',
  ],
  [
    'Spending on the forestry mission will be ₹2,310 crore in 2034-35, against ₹1,980 crore in 2033-34 (Revised Estimates).',
    '₹1,980 crore',
  ],
  [
    'Forestry grants (₹ crore)\n\n| Scheme | 2032-33 Actuals | 2033-34 RE | 2034-35 BE |\n|---|---|---|---|\n| Nurseries | 412 | 455 | 498 |',
    '455',
  ],
  [
    'Forestry grants (₹ crore)\n\n| Scheme | 2032-33 Actuals | 2033-34 RE | 2034-35 BE |\n|---|---|---|---|\n| Nurseries | 412 | 455 | 498 |',
    '498',
  ],
  [
    'The levy yield is shown below.\n\n| Year | Yield |\n|---|---|\n| 2035 (estimate) | NZ$14.2 million |',
    'NZ$14.2 million',
  ],
  [
    'For comparison, the table shows the estimated cost of lower quota fees.\n\n| Fee per tonne | Estimated full-year cost |\n|---|---|\n| €18 | €2.6 million |',
    '€2.6 million',
  ],
  [
    'For comparison, the table shows the estimated cost of lower quota fees.\n\n| Fee per tonne | Estimated full-year cost |\n|---|---|\n| €18 | €2.6 million |',
    '€18',
  ],
];

const near: [string, string, string][] = [
  // An estimate of a period that is over is data.
  [
    'The Port Authority estimates lost berth income of €2.1 million for 2032.',
    '€2.1 million',
    'actual',
  ],
  // A past passive dates the estimate.
  [
    'The cost of the 2031 floods was estimated at $12.5 million in the first year.',
    '$12.5 million',
    'actual',
  ],
  // An effect in a year that is over is an outturn.
  ['The fee waiver lowered tuition income by A$7.4 million in 2032.', 'A$7.4 million', 'actual'],
  // A base set against the estimate, a year earlier.
  [
    'Berth income is projected at €9.2 million, against €8.7 million a year earlier.',
    '€8.7 million',
    'actual',
  ],
  // A span that is over.
  [
    'Over the past four years, spending on dredging came to R590 million.',
    'R590 million',
    'actual',
  ],
  // A column of actuals.
  [
    'Forestry grants (₹ crore)\n\n| Scheme | 2032-33 Actuals | 2033-34 RE | 2034-35 BE |\n|---|---|---|---|\n| Nurseries | 412 | 455 | 498 |',
    '412',
    'actual',
  ],
  // "be" in a header's words is no budget estimate.
  [
    'Charges to be paid in 2033\n\n| Item | Charges to be paid in 2033 |\n|---|---|\n| Berth | €1,250 |',
    '€1,250',
    'actual',
  ],
];

describe('v269: estimates and costings of a period not yet over are expected', () => {
  it.each(held)('%s → %s expected', (text, number) => {
    expect(statusOf(text, number, SOURCE)).toBe('expected');
  });
  it.each(near)('%s → %s %s', (text, number, want) => {
    expect(statusOf(text, number, SOURCE)).toBe(want);
  });
});
