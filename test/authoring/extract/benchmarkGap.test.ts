// The reader of a portfolio's gap against its benchmark, on its own (v106). Every sentence is our own.

import { describe, expect, it } from 'vitest';
import {
  benchmarkGap,
  gapTakenUp,
  previousSentence,
} from '../../../src/authoring/extract/benchmarkGap.ts';

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

describe('gapTakenUp: a noun of shortfall or excess after the sentence that set out the gap (v149)', () => {
  it.each([
    [
      'The Fund returned 5.6%, against its strategic benchmark return of 6.2%.',
      'The shortfall of 0.6% came from equities.',
      true,
    ],
    [
      'The endowment earned 8.1%, while its policy benchmark returned 7.4%.',
      'This outperformance of 0.7 percentage points reflected private equity.',
      true,
    ],
    ['Revenue came in at 96% of the budget.', 'The shortfall of 4% was met from reserves.', false],
    [
      'The Fund returned 5.6%, against its strategic benchmark return of 6.2%.',
      'Costs of 0.6% were charged.',
      false,
    ],
  ] as const)('%#: %s', (previous, sentence, expected) => {
    const start = sentence.search(/\d/);
    if (start < 0) throw new Error(`"${sentence}" holds no number: fix the row`);
    expect(gapTakenUp(previous, sentence, start)).toBe(expected);
  });

  it('previousSentence takes the sentence ending before the point, within its paragraph', () => {
    const text = 'Assets rose 2.5%.\nThe fund returned 5.6%. Costs fell. The gap';
    expect(previousSentence(text, text.indexOf('The gap'))).toBe('Costs fell.');
    expect(previousSentence(text, text.indexOf('The fund'))).toBe('Assets rose 2.5%.');
  });
});
