// What a share above 100 is a ratio to, read from its stated words, the quote's words after them
// (same sentence, at most 60 code points) and the sentence's "ratio" (which levels are no part of
// a whole: test/model/shareRemainder.test.ts).

import { describe, expect, it } from 'vitest';
import { ratioDenominator } from '../../src/model/ratioDenominator.ts';

describe('ratioDenominator', () => {
  it.each([
    {
      name: 'of GDP in the stated words',
      words: { stated: '255 percent of GDP' },
      expected: 'of GDP',
    },
    {
      name: 'of GDP right after them',
      words: { stated: 'reached 255 percent', after: ' of GDP at the end of 2031.' },
      expected: 'of GDP',
    },
    {
      name: 'of gross domestic product, the number alone stated',
      words: { stated: '255', after: ' percent of gross domestic product in 2031' },
      expected: 'of gross domestic product',
    },
    {
      name: 'of a noun phrase',
      words: { stated: '112 percent', after: ' of short-term external debt in December 2031.' },
      expected: 'of short-term external debt',
    },
    {
      name: 'of its earlier level',
      words: { stated: '130% of their 2019 level', after: ' last year, while' },
      expected: 'of their 2019 level',
    },
    { name: 'to GDP', words: { stated: '150%', after: ' to GDP' }, expected: 'to GDP' },
    {
      name: 'a range: its high end names the denominator',
      words: { stated: '120% to 130% of GDP' },
      expected: 'of GDP',
    },
    {
      name: 'the sentence names a ratio before the number',
      words: { stated: '104%', before: 'Loans grew. The loan-to-deposit ratio was ' },
      expected: 'ratio',
    },
    {
      name: 'a compound "-to-" names one too',
      words: { stated: '104%', before: 'Debt-to-revenue stood at ', after: ' in 2031.' },
      expected: 'ratio',
    },
    {
      name: 'a part of a whole reads the same: grammar cannot tell them apart',
      words: { stated: '45% of Sakhalin 2' },
      expected: 'of Sakhalin 2',
    },
    {
      name: 'no denominator',
      words: { stated: 'rose to 130%', after: ' in 2031.' },
      expected: undefined,
    },
    {
      name: 'the next sentence\'s "of" is not its own',
      words: { stated: '130%', after: ' higher. Exports of GDP' },
      expected: undefined,
    },
    {
      name: 'the next number\'s "of" is not its own',
      words: { stated: '140%', after: ' and 30% of the project' },
      expected: undefined,
    },
    {
      name: 'a ratio named in an earlier sentence does not count',
      words: { stated: '150%', before: 'The ratio was low. Then it rose to ', after: '.' },
      expected: undefined,
    },
    {
      name: 'beyond 60 code points',
      words: { stated: '150%', after: ` ${'x'.repeat(60)} ratio` },
      expected: undefined,
    },
    {
      name: '"of which" names no denominator',
      words: { stated: '150%', after: ' of which' },
      expected: undefined,
    },
  ])('$name', ({ words, expected }) => {
    expect(ratioDenominator(words)).toBe(expected);
  });
});
