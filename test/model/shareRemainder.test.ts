// A share's derived rest (100 − share, no float noise) and the levels that have none: a rate
// below zero, a ratio above 100.

import { describe, expect, it } from 'vitest';
import { outsideWhole, shareRemainder } from '../../src/model/shareRemainder.ts';

describe('shareRemainder', () => {
  it.each([
    { share: 30, rest: 70 },
    { share: 45, rest: 55 },
    { share: 33.3, rest: 66.7 },
    { share: 100, rest: 0 },
  ])('shareRemainder($share) = $rest (no float noise)', ({ share, rest }) => {
    expect(shareRemainder(share)).toBe(rest);
  });

  it.each([
    { value: -0.5, expected: true },
    { value: 0, expected: false },
    { value: 45, expected: false },
    { value: 100, expected: false },
    { value: 100.1, expected: true },
    { value: 255, expected: true },
  ])('outsideWhole($value) = $expected', ({ value, expected }) => {
    expect(outsideWhole(value)).toBe(expected);
  });
});
