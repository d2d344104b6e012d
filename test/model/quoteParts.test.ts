// Splitting a quote around the stated words, in code points.

import { describe, expect, it } from 'vitest';
import { quoteParts } from '../../src/model/quoteParts.ts';
import { QUOTE_SENTENCE, amountFigure, exportsFigure, shareFigure } from '../data/fixtures.ts';

/** A quote at [10, 19) of some text, 'a😀b 40% c', with the stated words at [sStart, sEnd). */
function emojiQuote(sStart: number, sEnd: number) {
  return {
    quote: { sourceId: 's', exact: 'a😀b 40% c', prefix: '', suffix: '', start: 10, end: 19 },
    stated: { text: '40%', start: sStart, end: sEnd },
  };
}

describe('quoteParts', () => {
  it.each([
    { name: 'exports', f: exportsFigure(), stated: 'increased 40%' },
    { name: 'share', f: shareFigure(), stated: '30% of the project' },
    { name: 'amount', f: amountFigure(), stated: '$1 billion' },
  ])('$name: before + stated + after = the quote', ({ f, stated }) => {
    const p = quoteParts(f);
    expect(p.stated).toBe(stated);
    expect(p.before + p.stated + p.after).toBe(QUOTE_SENTENCE);
    expect(QUOTE_SENTENCE.startsWith(p.before)).toBe(true);
  });

  it('counts code points: an emoji before the stated words is one', () => {
    expect(quoteParts(emojiQuote(14, 17))).toEqual({ before: 'a😀b ', stated: '40%', after: ' c' });
  });

  it.each([
    { name: 'before the quote', start: 5, end: 8 },
    { name: 'past the quote', start: 17, end: 25 },
    { name: 'empty', start: 14, end: 14 },
  ])('stated offsets $name → the whole quote, nothing marked', ({ start, end }) => {
    expect(quoteParts(emojiQuote(start, end))).toEqual({
      before: 'a😀b 40% c',
      stated: '',
      after: '',
    });
  });
});
