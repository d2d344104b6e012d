// otherGroupLevel: a multiple or fraction of another group's per-member level is no figure.

import { describe, expect, it } from 'vitest';
import { otherGroupLevel } from '../../../src/authoring/extract/otherGroupLevel.ts';

/** The match over `words` in `s`, as matchFigures gives it. */
function at(s: string, words: string) {
  const start = s.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in "${s}": fix the row`);
  return { start, end: start + words.length };
}

describe('otherGroupLevel', () => {
  it.each([
    [
      'The quintile 1 amount is about 5.8 times the quintile 5 amount.',
      'about 5.8 times the',
      true,
    ],
    [
      'It is only about two-fifths of the primary school amount.',
      'two-fifths of the primary school amount',
      true,
    ],
    ['Funding per rural learner is 1.4 times the urban rate.', '1.4 times the', true],
    ['Exports were twice the figure for October 2032.', 'twice the', false],
    [
      'The fund spent a third of the total amount on salaries.',
      'a third of the total amount',
      false,
    ],
    ['Fees are now three times the 2020 level.', 'three times the', false],
    ['Spending rose to 1.5 times the previous amount.', '1.5 times the', false],
  ])('%j at %j: %s', (s, words, expected) => {
    expect(otherGroupLevel(s, at(s, words))).toBe(expected);
  });
});
