// The reader of a bound inside a rating trigger's condition, on its own (v130). Every sentence is
// our own.

import { describe, expect, it } from 'vitest';
import { ratingTrigger } from '../../../src/authoring/extract/ratingTrigger.ts';

/** ratingTrigger on the number `num` of `sentence`, after the document text `before`. */
function trigger(before: string, sentence: string, num: string): boolean {
  const start = sentence.indexOf(num);
  if (start < 0) throw new Error(`"${num}" is not in "${sentence}": fix the row`);
  return ratingTrigger(before, sentence, start, num);
}

describe('ratingTrigger', () => {
  it.each([
    [
      'Factors that could lead to a downgrade:\n-- ',
      'Carrying costs rising above 20% of spending.',
      '20%',
      true,
    ],
    ['', 'Factors that could lead to an upgrade:\n- Reserves above 25% of spending', '25%', true],
    ['', 'We could lower the rating if reserves fall below 10% of expenditures.', '10%', true],
    ['', 'A rise in debt above 90% of revenue could lead to a downgrade.', '90%', true],
    ['', 'Reserves rose above 25% of spending in 2033.', '25%', false],
    ['', 'Reserves were 25% of spending, and we could raise the rating.', '25%', false],
    ['Factors that led to the upgrade:\n- ', 'Costs fell below 15% of spending.', '15%', false],
    ['Key strengths:\n- ', 'Reserves above 20% of spending.', '20%', false],
  ] as const)('%#: %s%s', (before, sentence, num, expected) => {
    expect(trigger(before, sentence, num)).toBe(expected);
  });
});
