// Held sentences of the v240 class (test/fixtures/prose/README.md, "The calls": traps still
// proposed as figures): a bound that sorts the members a count counts ("14 registry fees recover
// more than 130 per cent of their cost while 9 recover less than 80 per cent", "61% of the 96
// trusts we surveyed charged less than $1,000", "For 17 of the 52 items, cost recovery was below
// 50%"), a gap to the average of a group of other bodies in money or percent ("£64 below the
// average of the 14 crematoria", "60 per cent above the average of the six registries"), a gap to
// another group's charge at the same time ("40 per cent more than the charge for EEA visitors")
// and a tally out of a whole that states its own share ("14 out of 52 excise units (26.9 per
// cent)"). Seen in ho290, ho294, ho296 and ho297; written here in other voices: a port tariff, a
// pension board, a farm scheme, a water regulator, a central bank and a transit authority.
// Near-misses keep their reading.

import { describe, expect, it } from 'vitest';
import { readingOf, type Row } from './readingOf.ts';

const held: readonly Row[] = [
  // A port authority's review: a count of tariff items past a bound.
  [
    'The review found that 11 port tariff items recover more than 150 per cent of their cost, while 6 recover less than 70 per cent.',
    '150 per cent',
    'none',
  ],
  [
    'The review found that 11 port tariff items recover more than 150 per cent of their cost, while 6 recover less than 70 per cent.',
    '70 per cent',
    'none',
  ],
  // A pension board's survey of schemes.
  [
    'Yet 38% of the 210 small schemes we examined charged members less than $40 a year in fees.',
    '$40',
    'none',
  ],
  [
    'The audit found that 42 member funds recover more than 90 per cent of their running costs from fees.',
    '90 per cent',
    'none',
  ],
  // A farm scheme: a tally fronted by "For", the measure of its members bounded.
  ['For 23 of the 61 catchments, the subsidy covered below 40% of fencing costs.', '40%', 'none'],
  ['Of the 310 applications, 96 sought more than €45,000 in capital grants.', '€45,000', 'none'],
  // A water regulator's benchmark: a gap to the average of a group of other bodies.
  [
    'The typical household bill would then stand £38 above the average of the 11 water companies in England.',
    '£38',
    'none',
  ],
  [
    'Its connection charge is 25 per cent below the average of the nine utilities we benchmarked.',
    '25 per cent',
    'none',
  ],
  // A transit authority: a gap to another group's fare at the same time.
  [
    'Non-resident riders pay $4.50, 50 per cent more than the fare for resident riders.',
    '50 per cent',
    'none',
  ],
  // A central bank's inspection: a tally out of a whole with its own share.
  [
    'Inspection of 18 out of 64 licensed bureaux (28.1 per cent) found breaches of the reporting rules.',
    '18 out of 64',
    'none',
  ],
];

const nearMisses: readonly Row[] = [
  // No count before the bound: the level of the fees themselves.
  ['Port fees recover more than 150 per cent of their cost.', '150 per cent', 'share 150 percent'],
  // A bound a subject reached: the change itself.
  ['Pension contributions rose by more than 4% in 2034.', '4%', 'change 4 percent'],
  // A definite group, no count sorting members: the rise the councils made.
  [
    'In 2034 the 14 councils raised their water charges by more than 10 per cent.',
    '10 per cent',
    'change 10 percent',
  ],
  // An earlier time of the same measure: a change.
  ['The fare is 5% above the average of 2032.', '5%', 'change 5 percent'],
  [
    'The new fare is 12 per cent higher than the fare for 2033.',
    '12 per cent',
    'change 12 percent',
  ],
  // A ratio with no share of its own stated: the share it makes.
  ['Three in ten farms reported losses in 2034.', 'Three in ten', 'share 30 percent'],
  // The share a tally states of itself stays the share.
  [
    'Inspection of 18 out of 64 licensed bureaux (28.1 per cent) found breaches of the reporting rules.',
    '28.1 per cent',
    'share 28.1 percent',
  ],
  // A count with no bound after its verb.
  ['Of these, 87 (27%) had under-contributed, by a median of $2,140.', '$2,140', 'amount 2140 USD'],
];

describe('v240: bounds that sort counted members, gaps to other groups, tallies with their share', () => {
  it.each(held)('%s [%s]', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
  it.each(nearMisses)('keeps %s [%s]', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});
