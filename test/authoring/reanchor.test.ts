// Tests for src/authoring/reanchor.ts: a quote found again after its source changed (text inserted,
// typo fixed, whitespace reflowed), duplicates told apart by context, and quotes that are gone.

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reanchorQuote, reanchorStated } from '../../src/authoring/reanchor.ts';
import type { QuoteSelector } from '../../src/model/figure.ts';

const QUOTE = 'Exports to the region increased 40% over the previous year.';

function source(): string {
  return [
    'Trade Review (Summary)',
    '',
    `  • ${QUOTE} Direct investment had doubled.`,
    '',
    '  • The two sides need to cooperate to raise the trade level.',
  ].join('\n');
}

/** A selector for `exact` as it stands in `text` (code points), with 32-point context. */
function selectorFor(text: string, exact: string, sourceId = 'doc'): QuoteSelector {
  const points = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(exact))).length;
  const end = start + Array.from(exact).length;
  return {
    sourceId,
    exact,
    prefix: points.slice(Math.max(0, start - 32), start).join(''),
    suffix: points.slice(end, end + 32).join(''),
    start,
    end,
  };
}

function at(text: string, q: QuoteSelector): string {
  return Array.from(text).slice(q.start, q.end).join('');
}

describe('reanchorQuote', () => {
  const old = selectorFor(source(), QUOTE);
  const cases: {
    name: string;
    edit: (t: string) => string;
    status: string;
    exact?: string;
    distance?: number;
  }[] = [
    { name: 'unchanged text', edit: (t) => t, status: 'ok', exact: QUOTE, distance: 0 },
    {
      name: 'text inserted before',
      edit: (t) => `Draft notice.\n\n${t}`,
      status: 'moved',
      exact: QUOTE,
      distance: 0,
    },
    {
      name: 'astral characters inserted before',
      edit: (t) => `🚆🚆 ${t}`,
      status: 'moved',
      exact: QUOTE,
      distance: 0,
    },
    {
      name: 'text changed far from the quote',
      edit: (t) => t.replace('to raise the trade level', 'to lift the trade level'),
      status: 'ok',
      exact: QUOTE,
    },
    {
      name: 'context right before changed',
      edit: (t) => t.replace('  • Exports', '  - Exports'),
      status: 'moved',
      exact: QUOTE,
      distance: 0,
    },
    {
      name: 'a typo fixed',
      edit: (t) => t.replace('the region', 'the regions'),
      status: 'fuzzy',
      exact: QUOTE.replace('the region', 'the regions'),
      distance: 1,
    },
    {
      name: 'whitespace reflowed',
      edit: (t) => t.replace('over the previous year', 'over the\n    previous year'),
      status: 'fuzzy',
      exact: QUOTE.replace('over the previous year', 'over the\n    previous year'),
    },
    {
      name: 'quote removed',
      edit: (t) => t.replace(QUOTE, 'Nothing was said about exports.'),
      status: 'not-found',
    },
  ];
  it.each(cases)('$name → $status', ({ edit, status, exact, distance }) => {
    const text = edit(source());
    const result = reanchorQuote(text, old);
    expect(result.status).toBe(status);
    if (status === 'not-found') {
      expect(result.selector).toEqual(old); // never dropped: the old selector is kept for the error
      return;
    }
    if (exact) expect(result.selector.exact).toBe(exact);
    if (distance !== undefined) expect(result.distance).toBe(distance);
    // Whatever was found, the new selector is true of the new text, context included.
    expect(at(text, result.selector)).toBe(result.selector.exact);
    expect(selectorFor(text, result.selector.exact).prefix.endsWith(result.selector.prefix)).toBe(
      true,
    );
  });

  it('tells duplicates apart by prefix and suffix', () => {
    const sentence = 'Sales rose 5%.';
    const text = `North: ${sentence} End of north.\nSouth: ${sentence} End of south.`;
    const south = selectorFor(text, `${sentence} End of south.`);
    const q: QuoteSelector = {
      ...south,
      exact: sentence,
      end: south.start + sentence.length,
      prefix: 'South: ',
      suffix: ' End of south.',
    };
    const moved = reanchorQuote(`Intro.\n${text}`, q);
    expect(moved.status).toBe('moved');
    expect(moved.selector.start).toBe(q.start + 'Intro.\n'.length);
  });

  it('finds the seed sentence with its typo fixed ("bilateral elations")', () => {
    const seed = readFileSync(
      resolve(import.meta.dirname, '../../data/sources/mofa-2002-10-14-kawaguchi-putin.txt'),
      'utf8',
    );
    const exact = 'Both Japan and Russia desire the development of bilateral elations.';
    const old = selectorFor(seed, exact, 'mofa');
    const fixed = seed.replace('bilateral elations', 'bilateral relations');
    const result = reanchorQuote(fixed, old);
    expect(result).toMatchObject({ status: 'fuzzy', distance: 1 });
    expect(result.selector.exact).toBe(
      'Both Japan and Russia desire the development of bilateral relations.',
    );
    expect(at(fixed, result.selector)).toBe(result.selector.exact);
  });
});

describe('reanchorStated', () => {
  it('moves the stated words with their quote, and context quotes too', () => {
    const text = source();
    const quote = selectorFor(text, QUOTE);
    const start = quote.start + QUOTE.indexOf('increased 40%');
    const figure = {
      quote,
      stated: { text: 'increased 40%', start, end: start + 13 },
      context: [
        { quote: selectorFor(text, 'The two sides need to cooperate to raise the trade level.') },
      ],
    };
    const changed = `New first line.\n${text}`;
    // As quoteRepair does it: the quote first, then its stated words inside the new quote.
    const moved = reanchorQuote(changed, figure.quote);
    const result = {
      quote: moved,
      stated: reanchorStated(figure.stated, figure.quote, moved.selector),
      context: figure.context.map((c) => reanchorQuote(changed, c.quote)),
    };
    expect(result.quote.status).toBe('moved');
    expect(result.stated).toMatchObject({
      status: 'moved',
      stated: { text: 'increased 40%', start: start + 16 },
    });
    expect(result.context.map((c) => c.status)).toEqual(['moved']);
    expect(
      Array.from(changed).slice(result.stated.stated.start, result.stated.stated.end).join(''),
    ).toBe('increased 40%');
  });

  it('finds stated words that changed slightly inside the new quote', () => {
    const oldQuote = selectorFor(source(), QUOTE);
    const newText = source().replace('increased 40%', 'increased 40 %');
    const newQuote = reanchorQuote(newText, oldQuote).selector;
    const start = oldQuote.start + QUOTE.indexOf('increased 40%');
    const result = reanchorStated(
      { text: 'increased 40%', start, end: start + 13 },
      oldQuote,
      newQuote,
    );
    expect(result.status).toBe('fuzzy');
    expect(result.stated.text).toBe('increased 40 %');
  });
});
