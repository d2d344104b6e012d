// Held sentences of the v238 class (test/fixtures/prose/README.md, "The calls": a rate that is a
// level, not a change, and a change read as a level): the part of a cost that charges recover or
// cover, its target and the rest that another source meets; the rate of a relief a group
// receives, asks for or has moved; an overhead added at a rate of the cost; and the other way, a
// rise that indexation adds, a fund's return set after a share, a percent in brackets after a
// rise in money, a cut "by" a percent, and a rise whose subject ends in "contract". Seen in the
// fresh sets ho293–ho297 (film permits, cemetery fees, passports, liquor licences, ship
// registries); written here in other voices: a water utility, a pension board, a farm scheme, a
// harbour board, a transit authority and a library service. Near-misses keep their reading.

import { describe, expect, it } from 'vitest';
import { readingOf, type Row } from './readingOf.ts';

const held: readonly Row[] = [
  // A water utility's cost recovery: the part of a cost charges bring back.
  [
    'In 2033 water charges recovered 71.5% of the $48.2 million cost of supply.',
    '71.5%',
    'share 71.5 percent',
  ],
  [
    'The new connection fee recovers about 87 per cent of that cost.',
    '87 per cent',
    'share 87 percent',
  ],
  [
    'Option 2 would raise about $1.4 million in 2035 and recover about 64 per cent of forecast costs of $2.1 million.',
    '64 per cent',
    'share 64 percent',
  ],
  [
    'The Harbour Board should recover at least 55 per cent of the €3.4 million in unpaid dues before the end of 2035.',
    '55 per cent',
    'share 55 percent',
  ],
  [
    "The Trust's funding policy sets a target of 90% to 95% cost recovery by 2036.",
    '90%',
    'share {"low":90,"high":95} percent',
  ],
  // A farm scheme's reliefs: a group's rate with its verb left out, asked for, or moved.
  [
    'Farms under 50 hectares receive a 30% reduction in the water levy and farms of 50 to 100 hectares a 15% reduction.',
    '15%',
    'share 15 percent',
  ],
  [
    'Growers certified organic will receive the full 25%, and those in conversion a reduction of 10%.',
    '10%',
    'share 10 percent',
  ],
  [
    'Heritage orchards may apply for a reduction of up to 40% of the annual levy.',
    '40%',
    'share 40 percent',
  ],
  [
    'The Board will raise the levy reduction for off-peak landings from 30% to 45%.',
    '30%',
    'share 30 percent',
  ],
  [
    'Council approved an increase in the rural rebate for dairy farms from 20% to 25% of assessed rates.',
    '20%',
    'share 20 percent',
  ],
  // A library service's charges: overheads added at a rate of the cost.
  [
    'Where extra staff are needed, the actual cost plus 15 per cent overheads will be charged.',
    '15 per cent',
    'share 15 percent',
  ],
  // The other way: changes.
  [
    'On 1 April 2034 annual indexation added a further 2.4 per cent, taking the pension to $312 a week.',
    '2.4 per cent',
    'change 2.4 percent',
  ],
  [
    'The Board proposes to raise the mooring fee by $14 (3.8%), from $368 to $382.',
    '3.8%',
    'change 3.8 percent',
  ],
  [
    'The utility has set aside $4.1 million for smart meters, which is expected to cut leakage at those sites by about 35%.',
    '35%',
    'change -35 percent',
  ],
  [
    'The transit authority raised fares after the price of diesel under its supply contract rose by 18 per cent.',
    '18 per cent',
    'change 18 percent',
  ],
];

const nearMisses: readonly Row[] = [
  // A reduction no group receives is the price's own change (README, v201).
  [
    'Transhipment: €9.75 per move, a reduction of 35% from the 2034 rate of €15.00.',
    '35%',
    'change -35 percent',
  ],
  ['The share index recovered 2.1% in March.', '2.1%', 'change 2.1 percent'],
  ['Prices rose 3% in May, with a further 5% in June.', '5%', 'change 5 percent'],
  ['Freight volumes contracted by 4 per cent in 2033.', '4 per cent', 'change -4 percent'],
  ['The council cut the pensioner rebate by 5%.', '5%', 'change -5 percent'],
  [
    'The grant is 40% of eligible costs, with a further 10% for organic farms.',
    '10%',
    'share 10 percent',
  ],
  ['Tolls paid 62.5 percent of the bridge costs.', '62.5 percent', 'share 62.5 percent'],
];

describe('v238: a rate that is a level reads as a share, and a change as a change', () => {
  it.each(held)('%s', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});

describe('v238 near-misses keep their reading', () => {
  it.each(nearMisses)('%s', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});
