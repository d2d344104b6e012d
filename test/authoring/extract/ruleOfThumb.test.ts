// Tests for src/authoring/extract/ruleOfThumb.ts (v137): after an opening that says the sentence
// states a rule of thumb ("As a rule of thumb,", "By the Treasury's rule of thumb,", "A useful rule
// of thumb is that", "Our rule of thumb:"), every number is a step or what it does, a sensitivity,
// no figure (a trap), whatever grammar the step takes. A sentence that only names a rule of thumb
// keeps its numbers. Every sentence is our own, in voices other than the crop insurance report
// and the fisheries directorate the reading was found in.

import { describe, expect, it } from 'vitest';
import { ORLAN_REVIEW, statedIn } from './readingOf.ts';

const read = (text: string) => statedIn(text, ORLAN_REVIEW);

describe('every number of a sentence that opens on a rule of thumb is a trap', () => {
  it.each([
    // A tourism board.
    ['As a rule of thumb, every 100,000 extra visitors bring about €45 million in spending.'],
    // A farm ministry's outlook.
    [
      "By the Treasury's rule of thumb, each extra week of drought cuts the wheat crop by about 3 per cent.",
    ],
    // A housing authority.
    ['A useful rule of thumb is that each 1,000 new homes need about 250 school places.'],
    // A toll road operator.
    ['Our rule of thumb: a 5 per cent shortfall in tolls costs the operator about $12 million.'],
    // A power grid operator.
    [
      'As a rough rule of thumb, a one-degree rise in summer temperatures lifts peak demand by around 2.5 per cent.',
    ],
    // A transit board.
    [
      "The board's rule of thumb holds that every 10 cents added to the fare loses about 1.5 per cent of riders.",
    ],
    // An energy regulator.
    [
      "Under the regulator's rule of thumb, a 100 basis point rise in the allowed return raises bills by about €14 a year.",
    ],
  ] as const)('%#: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    // Near misses: a sentence that names a rule of thumb without stating one.
    ['The rule of thumb was abandoned in 2031, when receipts fell 4%.', ['fell 4%']],
    ['Receipts fell 4% in 2031, well short of the rule of thumb.', ['fell 4%']],
    ['Rule-of-thumb estimates put losses at $40 million in 2033.', ['$40 million']],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
