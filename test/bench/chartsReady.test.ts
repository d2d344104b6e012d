import { describe, expect, it } from 'vitest';
import { median, pairRatios } from '../../src/bench/chartsReady.ts';

describe('median', () => {
  it.each([
    { xs: [], expected: NaN },
    { xs: [5], expected: 5 },
    { xs: [3, 1, 2], expected: 2 },
    { xs: [4, 1, 3, 2], expected: 2.5 },
  ])('$xs → $expected', ({ xs, expected }) => {
    expect(median(xs)).toBe(expected);
  });
});

describe('pairRatios', () => {
  it.each([
    { page: [200, 300], floor: [100, 100], expected: [2, 3] },
    { page: [200, NaN, 150], floor: [100, 100, NaN], expected: [2] },
    { page: [200, 300, 400], floor: [100], expected: [2] },
    { page: [50], floor: [0], expected: [] },
  ])('$page / $floor', ({ page, floor, expected }) => {
    expect(pairRatios(page, floor)).toEqual(expected);
  });
});
