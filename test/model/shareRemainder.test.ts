// A share's derived rest (100 − share, no float noise), the levels that have none (a rate below
// zero, a ratio above 100), and the groups whose chart draws rests at all.

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.ts';
import { drawsRests, outsideWhole, shareRemainder } from '../../src/model/shareRemainder.ts';
import { exportsFigure, shareFigure } from '../support/fixtures.ts';

const share = (value: number): Figure => ({ ...shareFigure(), value });
const shareRange = (low: number, high: number): Figure => ({
  ...shareFigure(),
  value: undefined,
  range: { low, high },
});

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

  it.each([
    { name: 'Sakhalin 30 % and 45 %', group: [share(30), share(45)], expected: true },
    { name: 'a share alone', group: [share(38)], expected: true },
    { name: '0 % and 100 % are parts of a whole', group: [share(0), share(100)], expected: true },
    { name: '38 % beside a ratio of 131.5 %', group: [share(131.5), share(38)], expected: false },
    { name: '38 % beside a rate of −0.5 %', group: [share(38), share(-0.5)], expected: false },
    { name: '40 % beside a stated range', group: [shareRange(20, 25), share(40)], expected: false },
    { name: 'changes draw no rest', group: [exportsFigure()], expected: false },
  ])('drawsRests: $name → $expected', ({ group, expected }) => {
    expect(drawsRests(group)).toBe(expected);
  });
});
