// Splitting a quote around the stated words, in code points.

import { describe, expect, it } from 'vitest';
import { quoteParts, quoteSourceLine, quotedSentences } from '../../src/model/quoteParts.ts';
import {
  QUOTE_SENTENCE,
  aFigure,
  amountFigure,
  exportsFigure,
  shareFigure,
  twoInOneSentence,
} from '../support/fixtures.ts';

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

describe('quotedSentences', () => {
  const [a, b] = twoInOneSentence();
  it('lists a sentence that states two figures once, with both stated words marked', () => {
    const sentences = quotedSentences([a, b]);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.parts).toEqual([
      { text: 'Exports in 2001 ' },
      { text: 'increased 40%', figureId: a.id },
      { text: ' and investment ' },
      { text: 'had doubled', figureId: b.id },
      { text: '.' },
    ]);
    expect(sentences[0]!.figures.map((f) => f.id)).toEqual([a.id, b.id]);
  });
  it('keeps different sentences apart, in the figures order', () => {
    const other = aFigure({
      id: 'other',
      quote: { ...a.quote, start: 100, end: 140 },
      stated: { text: 'x', start: 100, end: 101 },
    });
    expect(quotedSentences([other, a]).map((s) => s.figures[0]!.id)).toEqual(['other', a.id]);
  });
  it('leaves a sentence unmarked when the stated words lie outside it', () => {
    const off = aFigure({ stated: { text: 'x', start: 0, end: 1 } });
    expect(quotedSentences([off])[0]!.parts).toEqual([{ text: off.quote.exact }]);
  });
});

describe('quoteSourceLine', () => {
  const sources = new Map([
    ['mofa', { publisher: 'Ministry of Foreign Affairs of Japan', date: '2002-10-14' }],
  ]);
  it.each([
    { id: 'mofa', expected: 'Ministry of Foreign Affairs of Japan, 14 October 2002' },
    // A source that is not loaded (yet) is named by its id rather than left blank.
    { id: 'not-loaded', expected: 'not-loaded' },
  ])('$id → $expected', ({ id, expected }) => {
    expect(quoteSourceLine(sources, id)).toBe(expected);
  });
});
