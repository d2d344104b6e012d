// Tests for src/authoring/extract (v201): readings found in the fresh sets ho274 (port dues) and
// ho277 (property-tax notices), each held in voices other than the one it was found in. A
// reduction a group receives, is entitled to or is given, with its rate after the noun ("is
// entitled to a reduction of 15% in the port dues", "a further reduction of 10%"), or in a clause
// that left the verb out after one that stated it ("…, and those scoring 50 points or more a
// reduction of 20%"), is the rate of a relief, a share, as "a 20% reduction" received is (README,
// a discount or rebate, v143); a reduction no group receives stays the price's own fall.

import { describe, expect, it } from 'vitest';
import { readingOf, readingsIn } from './readingOf.ts';

describe('a reduction a group receives, its rate after the noun, is the rate of a relief', () => {
  it.each([
    // A water company's charges scheme.
    [
      'Pensioners living alone receive a reduction of 25% in the water standing charge.',
      '25%',
      'share 25 percent',
    ],
    // A road authority's toll order.
    [
      'Hauliers using the night slot are entitled to a reduction of up to 30 percent in the road toll.',
      '30 percent',
      'share 30 percent',
    ],
    // A town council's hall-hire tariff: the second clause leaves its verb out.
    [
      'Community groups qualify for a 50% reduction in hall hire, and registered charities a reduction of 75%.',
      '75%',
      'share 75 percent',
    ],
    // A university's fee notice.
    [
      'Part-time students are eligible for a rebate of 40% of the tuition fee.',
      '40%',
      'share 40 percent',
    ],
    // A revenue office's stamp-duty guide: a verb that hands the relief to a group.
    [
      'The scheme gives first-time buyers a 40% reduction in stamp duty.',
      '40%',
      'share 40 percent',
    ],
    // A housing association's rent statement.
    [
      'Tenants over 70 receive a further reduction of 10% on the service charge.',
      '10%',
      'share 10 percent',
    ],
    // A parking authority's permit scheme.
    [
      'The council grants residents of the inner zone a discount of 20% on annual permits.',
      '20%',
      'share 20 percent',
    ],
    // Near misses: a reduction no group receives is the price's own change.
    [
      'Transhipment: €9.75 per move, a reduction of 35% from the 2034 rate of €15.00.',
      '35%',
      'change -35 percent',
    ],
    ['The council reported a reduction of 6% in energy use.', '6%', 'change -6 percent'],
    [
      'Fees rose in 2033, and the board then announced a reduction of 4% for 2034.',
      '4%',
      'change -4 percent',
    ],
    ['The 12% reduction in tonnage handled reflects the strike.', '12%', 'change -12 percent'],
  ] as const)('%#: %s', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });

  it('keeps a relief "of up to" a rate in force actual', () => {
    expect(
      readingsIn(
        'Vessels with a verified emissions score receive a reduction of up to 20% in the fee.',
      ),
    ).toEqual([['20%', 'share', 20, 'actual']]);
  });
});
