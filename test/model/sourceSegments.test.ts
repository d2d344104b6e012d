// Cutting the source text into runs for the source view: plain, quoted (figure ids), stated words,
// and context statements; overlapping quotes that share a sentence list every figure.

import { describe, expect, it } from 'vitest';
import { sourceSegments, type Segment } from '../../src/model/sourceSegments.ts';
import {
  CONTEXT_SENTENCE,
  QUOTE_SENTENCE,
  SOURCE_ID,
  SOURCE_TEXT,
  amountFigure,
  exportsFigure,
  shareFigure,
  span,
} from '../support/fixtures.ts';

const ALL = ['tiny-exports', 'tiny-share', 'tiny-invested'];
const figures = () => [exportsFigure(), shareFigure(), amountFigure()];

/** A compact view of a run: text, target, figures, stated, context. */
const brief = (s: Segment) => [s.text, s.figureId, s.figureIds, s.stated, s.context];

describe('sourceSegments', () => {
  const segments = sourceSegments(SOURCE_TEXT, figures(), SOURCE_ID);

  it('the runs put together are the whole text, each starting where the last ended', () => {
    expect(segments.map((s) => s.text).join('')).toBe(SOURCE_TEXT);
    let at = 0;
    for (const s of segments) {
      expect(s.start).toBe(at);
      at += Array.from(s.text).length;
    }
  });

  it('cuts the text into context, quote, stated and plain runs', () => {
    expect(segments.map(brief)).toEqual([
      [CONTEXT_SENTENCE, 'tiny-exports', ['tiny-exports'], false, true],
      [' ', undefined, [], false, false],
      ['Exports ', 'tiny-exports', ALL, false, false],
      ['increased 40%', 'tiny-exports', ALL, true, false],
      [' and Japan holds ', 'tiny-exports', ALL, false, false],
      ['30% of the project', 'tiny-share', ALL, true, false],
      [', having invested ', 'tiny-exports', ALL, false, false],
      ['$1 billion', 'tiny-invested', ALL, true, false],
      ['.', 'tiny-exports', ALL, false, false],
      [' An aide confirmed it.', undefined, [], false, false],
    ]);
  });

  it('starts count code points (the emoji before the quote is one)', () => {
    const quoteRun = segments.find((s) => s.text === 'Exports ')!;
    expect(quoteRun.start).toBe(span(QUOTE_SENTENCE).start);
    expect(quoteRun.start).toBe(SOURCE_TEXT.indexOf('Exports') - 1);
  });

  it('ignores figures quoting another source', () => {
    const other = { ...shareFigure(), quote: { ...shareFigure().quote, sourceId: 'other' } };
    const runs = sourceSegments(SOURCE_TEXT, [other], SOURCE_ID);
    expect(runs).toEqual([
      { text: SOURCE_TEXT, figureIds: [], stated: false, context: false, start: 0 },
    ]);
  });

  it('ignores offsets beyond the text rather than inventing runs', () => {
    const f = exportsFigure();
    f.quote = { ...f.quote, start: 500, end: 600 };
    f.stated = { ...f.stated, start: 510, end: 520 };
    f.context = [];
    expect(sourceSegments(SOURCE_TEXT, [f], SOURCE_ID).map((s) => s.text)).toEqual([SOURCE_TEXT]);
  });
});
