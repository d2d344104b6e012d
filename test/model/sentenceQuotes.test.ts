// One entry per sentence: figures quoting one sentence share it with every stated span marked;
// overlapping quotes merge; the seed's six figures come down to their sentences.

import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.ts';
import { sentenceQuotes } from '../../src/model/sentenceQuotes.ts';
import {
  CONTEXT_SENTENCE,
  amountFigure,
  exportsFigure,
  quoteOf,
  shareFigure,
  span,
} from '../data/fixtures.ts';
import { seedChart, seedCharts } from '../charts/fixtures.ts';

const marked = (figures: Figure[]) =>
  sentenceQuotes(figures).map((q) =>
    q.parts.filter((p) => p.figureIds).map((p) => [p.text, p.figureIds]),
  );

/** A figure quoting `exact` of the tiny source, stating `words` inside it. */
function quoting(id: string, exact: string, words: string): Figure {
  return { ...exportsFigure(), id, quote: quoteOf(exact), stated: { text: words, ...span(words) } };
}

describe('sentenceQuotes', () => {
  it.each([
    {
      name: 'three figures of one sentence share one entry, three marks',
      figures: [exportsFigure(), shareFigure(), amountFigure()],
      expected: [
        [
          ['increased 40%', ['tiny-exports']],
          ['30% of the project', ['tiny-share']],
          ['$1 billion', ['tiny-invested']],
        ],
      ],
    },
    {
      name: 'two sentences stay two entries, in the order the figures are given',
      figures: [
        quoting('b', 'Exports increased 40% and Japan holds 30% of the project', 'increased 40%'),
        quoting('a', CONTEXT_SENTENCE, 'not increasing'),
      ],
      expected: [[['increased 40%', ['b']]], [['not increasing', ['a']]]],
    },
    {
      name: 'overlapping quotes merge into one entry',
      figures: [
        quoting('x', 'Exports increased 40% and Japan', 'increased 40%'),
        quoting('y', 'Japan holds 30% of the project', 'holds 30%'),
      ],
      expected: [
        [
          ['increased 40%', ['x']],
          ['holds 30%', ['y']],
        ],
      ],
    },
    {
      name: 'the same stated words for two figures are marked once, for both',
      figures: [exportsFigure(), { ...exportsFigure(), id: 'twin' }],
      expected: [[['increased 40%', ['tiny-exports', 'twin']]]],
    },
  ])('$name', ({ figures, expected }) => {
    expect(marked(figures)).toEqual(expected);
  });

  it('keeps the sentence text whole and exact', () => {
    const figures = [
      quoting('x', 'Exports increased 40% and Japan', 'increased 40%'),
      quoting('y', 'Japan holds 30% of the project', 'holds 30%'),
    ];
    const [entry] = sentenceQuotes(figures);
    expect(entry!.parts.map((p) => p.text).join('')).toBe(
      'Exports increased 40% and Japan holds 30% of the project',
    );
    expect(entry!.figureIds).toEqual(['x', 'y']);
  });

  it('seed: each chart card has one sentence, every stated value of it marked', () => {
    for (const { figures } of seedCharts()) {
      const entries = sentenceQuotes(figures);
      const stated = entries.flatMap((q) => q.parts.filter((p) => p.figureIds).map((p) => p.text));
      expect(stated).toEqual(figures.map((f) => f.stated.text));
      for (const q of entries) {
        const exact = figures.find((f) => f.id === q.figureIds[0])!.quote.exact;
        expect(q.parts.map((p) => p.text).join('')).toBe(exact);
      }
    }
    expect(sentenceQuotes(seedChart('growth-2001'))).toHaveLength(1);
  });
});
