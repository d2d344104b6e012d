// Tests for src/authoring/extract/structure.ts: dates glued to the next word, as scraped headline
// lists store them, are blanked length for length; every other date stays. A sentence broken by an
// empty line stays one paragraph.

import { describe, expect, it } from 'vitest';
import {
  continuesAcrossBlank,
  minusNotMarker,
  paragraphs,
  unglueDates,
} from '../../../src/authoring/extract/structure.ts';

describe('unglueDates', () => {
  it.each([
    { text: '2032-05-147% more', expected: '          7% more' },
    { text: 'KB\n16.05.2032By one sixth', expected: 'KB\n          By one sixth' },
    { text: '2032-05-17Inflation at 10.9%', expected: '          Inflation at 10.9%' },
    // Not glued, or not a date: kept as written.
    { text: 'Published 2032-05-14.', expected: 'Published 2032-05-14.' },
    { text: 'on 16.05.2032 exports rose', expected: 'on 16.05.2032 exports rose' },
    { text: 'item 2032-13-14a', expected: 'item 2032-13-14a' },
    { text: 'version 1.16.05.2032b', expected: 'version 1.16.05.2032b' },
  ])('unglueDates($text)', ({ text, expected }) => {
    const out = unglueDates(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});

describe('paragraphs across an empty line', () => {
  const bodies = (text: string) =>
    [...paragraphs(text, new Map())].map((p) => text.slice(p.start, p.end));
  it.each([
    {
      name: 'a lower-case line after a line broken mid-sentence continues it',
      text: 'Inflation is expected to\n\naverage 2.4% next year.',
      expected: ['Inflation is expected to\n\naverage 2.4% next year.'],
    },
    {
      name: 'a number after a word that needs what follows continues it',
      text: 'Exports rose by\n\n3.1% in May.\n\nThe rate stays at\n\n-0.5%.',
      expected: ['Exports rose by\n\n3.1% in May.', 'The rate stays at\n\n-0.5%.'],
    },
    {
      name: 'a title, a stop, a capital or a list marker ends the paragraph',
      text: 'Bank of Norland\n\nPress release\n\nGrowth was 1.0%.\n\nbut not here\n\n- a bullet',
      expected: [
        'Bank of Norland',
        'Press release',
        'Growth was 1.0%.',
        'but not here',
        'a bullet',
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(bodies(text)).toEqual(expected);
  });

  it('looks past several empty lines to the next text', () => {
    expect(continuesAcrossBlank('Exports rose by', 'Exports rose by\n\n\n4% in May.', 15)).toBe(
      true,
    );
    expect(continuesAcrossBlank('Exports rose by', 'Exports rose by\n\n', 15)).toBe(false);
  });
});

describe('minusNotMarker', () => {
  it.each([
    { body: 'the deposit rate was cut to', line: '– 0.5 % in June.', expected: true },
    { body: 'growth of', line: '-1.2% in the quarter', expected: true },
    { body: 'Rates were changed as follows:', line: '- 0.5 % for deposits', expected: false },
    { body: 'the deposit rate was cut to', line: '- a bullet', expected: false },
  ])('$body + $line → $expected', ({ body, line, expected }) => {
    expect(minusNotMarker(body, line)).toBe(expected);
  });
});
