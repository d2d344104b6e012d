// Tests for v177, formula terms (README, Traps: v127, v137, v177). A percent or a fraction of a
// measure a rule's formula works out (a change, an increase, a difference, an excess, "the amount
// by which" one sum exceeds another) is how a sum is set, no figure, whether the fraction is
// written in words ("by half the difference"), the verb is "revised", the margin stands before
// "plus" such a term ("by 2 per cent plus 50 per cent of the change"), the term is the subject of
// a rule's modal ("60 per cent of the excess shall be deposited") or an alternative after "or"
// ("…, or 75 percent for …"). So is the value of a formula's efficiency, productivity or X factor
// however the factor is joined ("reduced by a productivity adjustment of 0.6 percentage point",
// "applies an X factor of 0 per cent"). Every sentence is our own, in voices other than the
// hospital payment fact sheet, the toll tariff deliberation and the fund act the class was found
// in: pensions, water and energy regulators, fisheries, housing and school funding.

import { describe, expect, it } from 'vitest';
import { ORLAN_REVIEW, statedIn } from './readingOf.ts';

const read = (text: string) => statedIn(text, ORLAN_REVIEW);

describe('a formula term is a trap', () => {
  it.each([
    // A pensions department's uprating note: a fraction in words.
    ['The supplement is increased by half the difference between the two earnings indices.', []],
    ['Where a pension falls below the floor, it is raised by one third of the shortfall.', []],
    // An energy regulator: a fraction of an increase.
    [
      "The allowed revenue is reduced by one quarter of the increase in the operator's controllable costs.",
      [],
    ],
    // A housing benefit circular: the amount by which one sum exceeds another.
    [
      'The rebate is set at 50 per cent of the amount by which the rent exceeds the local limit.',
      [],
    ],
    // A water tariff order: "revised", a date between, a margin before "plus" a term.
    [
      'Bulk water charges are revised on 1 July each year by 2 per cent plus 50 per cent of the change in the producer price index.',
      [],
    ],
    // A fisheries act: the term as the subject of a rule's modal.
    [
      'Where the catch exceeds the quota, 80 per cent of the excess shall be deducted from the next year\u2019s allocation.',
      [],
    ],
    // A school funding formula: an alternative after "or".
    [
      'The top-up is set at 40 percent of the amount by which the cost of a pupil exceeds the base rate, or 60 percent for pupils in special schools.',
      [],
    ],
    // Efficiency, productivity and X factors, however joined.
    [
      'The price cap uprates allowed costs by the index, reduced by a productivity adjustment of 1.1 percentage points.',
      [],
    ],
    ['The determination applies an X factor of 0.5 per cent to network charges.', []],
    ['Rail fares follow the retail index less an efficiency deduction of 0.7%.', []],
    ['We see no case for an efficiency factor below the 1.2% we propose.', []],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: a fraction of a total told as fact, a change, an adjustment that is a change,
    // a factor that moved and a share of an excess told as an outturn.
    ['Prices were cut by half in 2031.', ['cut by half']],
    ['Exports rose by 12% in 2031.', ['rose by 12%']],
    ['The council approved a price adjustment of 3.5% for 2035.', ['3.5%']],
    ['Some 60 per cent of the increase was paid by households.', ['60 per cent of the increase']],
    ['Fares were revised on 1 July by 4 per cent.', ['4 per cent']],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
