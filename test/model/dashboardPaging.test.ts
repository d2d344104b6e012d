import { describe, expect, it } from 'vitest';
import { CARDS_PER_PAGE, visibleCardCount } from '../../src/model/dashboardPaging.ts';

describe('visibleCardCount', () => {
  it.each([
    { total: 500, requested: CARDS_PER_PAGE, selectedIndex: -1, expected: 12 },
    { total: 3, requested: CARDS_PER_PAGE, selectedIndex: -1, expected: 3 },
    { total: 500, requested: 12, selectedIndex: 40, expected: 41 },
    { total: 500, requested: 24, selectedIndex: 5, expected: 24 },
    { total: 0, requested: 12, selectedIndex: -1, expected: 0 },
  ])(
    '$total cards, $requested asked, selected at $selectedIndex → $expected',
    ({ total, requested, selectedIndex, expected }) => {
      expect(visibleCardCount(total, requested, selectedIndex)).toBe(expected);
    },
  );
});
