// The statements compared figures answer: each once, with the figures that answer it in
// selection order.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.ts';
import { answeredStatements } from '../../src/model/answeredStatements.ts';
import { exportsFigure } from '../support/fixtures.ts';

/** A figure with an id and the given context statements; only those fields are read. */
const fig = (id: string, context: Figure['context'] = undefined): Figure => ({
  ...exportsFigure(),
  id,
  context,
});

describe('answeredStatements', () => {
  const putin = (start: number, exact = 'trade is not increasing') => ({
    speaker: 'Putin',
    relation: 'answers',
    quote: { sourceId: 's', exact, prefix: '', suffix: '', start, end: start + exact.length },
  });
  const a = fig('a', [putin(10)]);
  const b = fig('b', [putin(10), putin(50, 'other')]);
  const c = fig('c');

  it.each([
    {
      figures: [a, b, c],
      out: [
        ['s:10:33', ['a', 'b']],
        ['s:50:55', ['b']],
      ],
    },
    {
      figures: [b, a],
      out: [
        ['s:10:33', ['b', 'a']],
        ['s:50:55', ['b']],
      ],
    },
    { figures: [c], out: [] },
  ])('$figures.length figures → $out', ({ figures, out }) => {
    expect(answeredStatements(figures).map((s) => [s.key, s.figureIds])).toEqual(out);
  });
});
