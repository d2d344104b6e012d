// withPriorBrackets: each number of a pair like "6.7 (-2.9) per cent" is matched as if the unit
// were written on it, and mapped back to the number as written.
import { describe, expect, it } from 'vitest';
import { matchFigures } from '../../../src/authoring/extract/matching.ts';
import { withPriorBrackets } from '../../../src/authoring/extract/priorBracket.ts';

const spans = (sentence: string) =>
  withPriorBrackets(sentence, (s) => matchFigures(s)).map((m) => [
    sentence.slice(m.start, m.end),
    m.kind,
  ]);

describe('withPriorBrackets', () => {
  it.each([
    [
      'Costs were 0.06 (0.07) per cent of assets.',
      [
        ['0.06', 'share'],
        ['0.07', 'share'],
      ],
    ],
    [
      'Capital was SEK 512.6 (478.3) billion.',
      [
        ['SEK 512.6', 'amount'],
        ['478.3', 'amount'],
      ],
    ],
    [
      'Earnings per share were NOK 4.82 (3.95).',
      [
        ['NOK 4.82', 'amount'],
        ['3.95', 'amount'],
      ],
    ],
    // No pair: the sentence's own reading.
    [
      'Revenue was SEK 12.4 billion (11.1 billion).',
      [
        ['SEK 12.4 billion', 'amount'],
        ['11.1 billion', 'amount'],
      ],
    ],
    ['Sales were EUR 3.2 billion (2) in the year.', [['EUR 3.2 billion', 'amount']]],
  ] as const)('%s', (sentence, want) => {
    expect(spans(sentence)).toEqual(want);
  });
});
