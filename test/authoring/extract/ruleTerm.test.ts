// Tests for src/authoring/extract/ruleTerm.ts (v137): a percent or a multiple of a measure that a
// rule's verb of setting or adjusting takes ("the threshold yield, set at 70 per cent of the
// average of the best five years", "indexed annually by 70% of the change in the consumer price
// index", "the payment is reduced by 1.5 times the difference") is a term of the rule's formula,
// no figure (a trap). A share of a measure told as a fact keeps its reading ("rainfall was 70 per
// cent of the long-period average"). Every sentence is our own, in voices other than the crop
// insurance scheme, the direct payments notice and the power purchase agreement the reading was
// found in.

import { describe, expect, it } from 'vitest';
import { ORLAN_REVIEW, statedIn } from './readingOf.ts';

const read = (text: string) => statedIn(text, ORLAN_REVIEW);

describe("a rule's percent or multiple of a measure is a trap", () => {
  it.each([
    // A pensions department's uprating note.
    ['The guarantee credit is uprated each April by 80 per cent of the rise in average earnings.'],
    // A water regulator's price determination.
    ['Bulk water charges are adjusted yearly by 60% of the change in the producer price index.'],
    // A health payer's rule.
    [
      'The outlier payment is calculated as 80 percent of the difference between cost and the threshold.',
    ],
    // A fisheries council regulation.
    ["Where the catch exceeds the quota, the following year's quota is cut by 2 times the excess."],
    // A housing benefit circular.
    ['The local rate is fixed at 30 per cent of the median of rents in the area.'],
    // A grain board's floor price.
    ["The floor price is set at 90% of the mean of the last three seasons' prices."],
  ] as const)('%#: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    // Near misses: a step that happened, a share of a total, a price set and a multiple of a level.
    ['Exports rose by 12% in 2031.', ['rose by 12%']],
    ['Imports were cut by 15 per cent of the total in 2030.', ['cut by 15 per cent']],
    ['The tariff was set at $0.12 per kWh in 2031.', ['$0.12']],
    ['Output grew to 2.5 times the 2020 level.', ['2.5 times the']],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
