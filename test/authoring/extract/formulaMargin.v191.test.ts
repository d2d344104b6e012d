// Tests for v191, the terms of a rule that sets one rate from another (README, Traps: v96, v127,
// v129, v137, v177, v191). A margin added to an index named with its acronym in brackets ("the
// Consumer Price Index (CPI) plus 1%") or bounded ("RPI plus up to 1 per cent"), a margin a rule
// adds to or takes off a rate averaged over a period ("…over the previous quarter, plus a margin
// of 2 percentage points"), an add-on or mark-up a rate's bracket gives as a label ("(add-on 1.50
// percentage points; …)"), the rate future flows are discounted at in a valuation, a named
// factor that moves an adjustment ("the demographic factor lowers the uprating by 0.3 percentage
// points"), a share of a change a body grants and a percent of "the amount by which" one sum
// exceeds another, whatever verb takes it: how a rate is set, no figure. Every sentence is our
// own, in voices other than the student-loan and pension-indexation notices the class was found
// in: housing and rail regulators, a tax office, a development bank, company accounts, hospital
// tariffs and a land tax.

import { describe, expect, it } from 'vitest';
import { ORLAN_REVIEW, statedIn } from './readingOf.ts';

const read = (text: string) => statedIn(text, ORLAN_REVIEW);

describe('a formula margin, factor or valuation rate is a trap', () => {
  it.each([
    // A housing regulator: the index's acronym in brackets before "plus".
    ['Social rents may rise each April by the Consumer Price Index (CPI) plus 1%.', []],
    // A rail regulator: a bound between "plus" and the margin.
    ['Regulated fares may rise by RPI plus up to 1 per cent.', []],
    // A tax office: a rate averaged over a period, then the margin a rule adds.
    [
      'Interest on tax arrears is the average yield on ten-year government bonds over the previous quarter, plus a margin of 2 percentage points.',
      [],
    ],
    [
      'The deposit rate equals the central bank\u2019s average refinancing rate over the past twelve months, less a discount of 0.25 percentage points.',
      [],
    ],
    // A development bank's lending rates: an add-on or mark-up as a bracket's label.
    ['- Agricultural term loans: 6.20 percent (add-on 1.50 percentage points)', ['6.20 percent']],
    ['- Small business loans: 7.4% (mark-up 2.6 percentage points)', ['7.4%']],
    // Company accounts: the rate future flows are discounted at.
    ['Expected future lease payments were discounted at 4.2% (2031: 3.9%).', []],
    [
      'The provision was measured by discounting estimated future cash flows at a discount rate of 5.1%, rather than the 2.4% rate used for the budget.',
      [],
    ],
    // Hospital tariffs and rents: a named factor that moves an adjustment.
    [
      'The efficiency factor, set by the regulator every five years, cuts the tariff uplift by 1.1 percentage points.',
      [],
    ],
    ['The regional factor lowers the rent adjustment by 0.5 percentage points.', []],
    // A pay review body: a share of a change a body grants.
    ['The employer therefore grants 75 per cent of the price rise.', []],
    // A land tax: a percent of the amount by which one sum exceeds another, after any verb.
    [
      'Owners pay 40 per cent of the amount by which the sale price exceeds the assessed value.',
      [],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: an index's own change, a bound on a change told, a rate's level, a factor
    // that moves no adjustment, a share passed on told as fact, a margin that moved and a
    // change in a rate's bracket.
    ['The Consumer Price Index (CPI) rose 3.1% in March.', ['rose 3.1%']],
    ['Regulated fares rose by up to 3 per cent in January.', ['rose by up to 3 per cent']],
    ['Lease payments fell 4.2% in 2031.', ['fell 4.2%']],
    ['The bank raised its discount rate to 5.25%.', ['5.25%']],
    ['Only 60% of the cost increase was passed on to tenants.', ['60% of the cost increase']],
    ['The margin rose to 1.35 percentage points.', ['1.35 percentage points']],
    [
      'The demographic factor reduced the uprating by 0.2 percentage points.',
      ['reduced the uprating by 0.2 percentage points'],
    ],
    [
      '- Small business loans: 7.4% (up 0.3 percentage points)',
      ['7.4%', 'up 0.3 percentage points'],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
