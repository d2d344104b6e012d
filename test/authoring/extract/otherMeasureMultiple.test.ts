// otherMeasureMultiple: a multiple of another measure at the same time is no change.

import { describe, expect, it } from 'vitest';
import { otherMeasureMultiple } from '../../../src/authoring/extract/otherMeasureMultiple.ts';

describe('otherMeasureMultiple', () => {
  it.each([
    [' the applicable tariff.', true],
    [' the Band D charge.', true],
    [' annual benefit expenditure.', true],
    [' the value of the 1800 MHz band: 421.75', true],
    [' the 2020 charge.', false],
    [' the previous tariff.', false],
    [' the budgeted cost.', false],
    [' the price of a decade ago.', false],
    [' the level of 2029.', false],
    [' the value.', false],
    [' the amount received by households relying on domestic transfers.', true],
    [' the amount issued.', true],
    [' the amount.', false],
    [' the amount budgeted.', false],
    [' the amount spent in 2020.', false],
  ])('%j: %s', (after, expected) => {
    expect(otherMeasureMultiple(after)).toBe(expected);
  });
});
