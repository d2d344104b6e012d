// The reader of a portfolio's gap against its benchmark, on its own (v106). Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { benchmarkGap } from '../../../src/authoring/extract/benchmarkGap.ts';

/** benchmarkGap on the first number of `sentence`, its stated words ending after `words`. */
function gap(sentence: string, words: string): boolean {
  const start = sentence.search(/\d/);
  const end = sentence.indexOf(words) + words.length;
  if (start < 0 || end < words.length)
    throw new Error(`"${words}" is not in "${sentence}": fix the row`);
  return benchmarkGap(sentence, start, end);
}

describe('benchmarkGap', () => {
  it.each([
    [
      'The fund outperformed its benchmark by 0.03 percentage point.',
      '0.03 percentage point',
      true,
    ],
    [
      'The tranche lagged the strategic benchmark index by about 9 basis points.',
      '9 basis points',
      true,
    ],
    [
      'The return was 21 basis points higher than that of the neutral benchmark.',
      '21 basis points',
      true,
    ],
    [
      'The return was 0.02 percentage point below the reference portfolio.',
      '0.02 percentage point below',
      true,
    ],
    ['Exports outperformed imports by 3 percent.', '3 percent', false],
    ['The return was 0.4 percentage points higher than in 2032.', '0.4 percentage points', false],
  ] as const)('%#: %s', (sentence, words, expected) => {
    expect(gap(sentence, words)).toBe(expected);
  });
});
