// Tests for src/authoring/extract (v173): a multiple of an amount another party received, paid,
// bid or issued at the same time ("4.3 times the amount received by households relying on
// domestic transfers", "The book was 3.8 times the amount issued"), and a multiple of a bound a
// rule sets ("more than four times the 'major natural disaster' threshold"), sets two measures
// side by side, no change. A bare "the amount", an amount planned ("the amount budgeted") and an
// amount or a bound at another time ("the amount spent last year", "the 2020 threshold") keep
// their reading.

import { describe, expect, it } from 'vitest';
import { HARROW_REPORT, statedIn } from './readingOf.ts';

const read = (text: string) => statedIn(text, HARROW_REPORT);

describe('a multiple of an amount another party received, bid or issued, or of a bound', () => {
  it.each([
    // A household survey (the opened set's voice).
    [
      'Households receiving from abroad got GH¢19,450 on average, 4.3 times the amount received by households relying on domestic transfers.',
      '4.3 times',
    ],
    // A debt office.
    ['The combined order book was 3.8 times the amount issued.', '3.8 times'],
    // A housing regulator.
    [
      'Tenants in the private sector paid 2.6 times the amount paid by social tenants for a comparable home.',
      '2.6 times',
    ],
    // An aid agency.
    ['Pledges at the conference came to 1.7 times the sum requested by the appeal.', '1.7 times'],
    // A solidarity fund decision.
    [
      "This is more than four times the 'major natural disaster' threshold applicable to Romania.",
      'four times',
    ],
    // A central bank.
    ['Reserves stood at 2.3 times the adequacy threshold set by the Fund.', '2.3 times'],
    // A pension regulator.
    ['The scheme deficit reached about three times the statutory limit.', 'three times'],
  ])('%s', (text, multiple) => {
    expect(read(text).filter((t) => t.includes(multiple))).toEqual([]);
  });
});

describe('a multiple of the subject’s own amount, a planned one, or one at another time', () => {
  it.each([
    ['Spending on roads rose to three times the amount spent in 2020.', 'three times'],
    ['Lending grew to 2.5 times the amount lent a decade ago.', '2.5 times'],
    ['By 2034 the fund held three times the amount.', 'three times'],
  ])('%s', (text, multiple) => {
    expect(read(text).some((t) => t.includes(multiple))).toBe(true);
  });
});
