// Tests for src/authoring/extract/structure.ts: dates glued to the next word, as scraped headline
// lists store them, are blanked length for length; every other date stays. A sentence broken by an
// empty line stays one paragraph. The line holding an offset, and the lines above it.

import { describe, expect, it } from 'vitest';
import {
  continuesAcrossBlank,
  lineAt,
  linesTo,
  minusNotMarker,
  paragraphs,
  sectionHeading,
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

describe('sectionHeading (v99)', () => {
  // The numbered paragraph whose body opens at the first marker after a blank line.
  const numbered = (text: string) => {
    const paras = [...paragraphs(text, new Map())];
    return (
      paras.find(
        (p) =>
          p.level > 0 && p.level <= 2 && /\n[ \t]*\n[ \t]*(?:\d|\()/.test(text.slice(0, p.start)),
      ) ?? paras.at(-1)!
    );
  };
  it.each([
    // A numbered section after a bulleted list under a lead-in: valuation, ministry, central bank,
    // company, wage board, international body.
    '3. Economic assumptions\nThe other main assumptions are:\n- CPI inflation: 2.7% for the year to June 2026\n- Salary increases: 3.5% a year\n\n4. Contributions\nContributors pay 6.5% of salary.',
    'The main projections are:\n- GDP growth: 2.1% in 2034\n\n3. Tax rates\nThe standard VAT rate is 20%.',
    'The staff expects:\n• inflation to ease to 2.3%\n\n4. Policy rates\nThe deposit facility rate stands at 3.25%.',
    'For 2034 we expect:\n- revenue growth of 4%\n\n2. Dividend\nThe dividend is 40 cents per share.',
    'The Board forecasts:\n(a) wage growth of 3%;\n(b) employment growth of 1%\n\n5. Minimum wages\nThe minimum wage is $15.20 an hour.',
    'The baseline projections are:\n- world growth of 3.1%\n\n(2) Quotas\nMembers’ quotas total SDR 476 billion.',
  ])('a section: %s', (text) => {
    expect(sectionHeading(text, numbered(text))).toBe(true);
  });
  it.each([
    // Items of the list: no blank line before, a figure on the first line, or no body below.
    'We expect:\n1. Revenue\nRevenue to rise 4% in 2034.',
    'The targets for 2034 are:\n\n1. growth of 3%;\n2. inflation of 2%.',
    'The main projections are:\n\n1. Growth in 2034\n2.1 per cent.',
    'The main projections are:\n- GDP growth: 2.1% in 2034\n\n1. Inflation',
  ])('an item: %s', (text) => {
    expect(sectionHeading(text, numbered(text))).toBe(false);
  });
});

describe('lineAt and linesTo', () => {
  const FEES = 'The fees shall be:\n\n(a) passport: US$75;\n(b) visa: US$40;';
  it.each([
    // The line holding the offset, at its start, inside it and on its line break.
    { text: FEES, at: 20, line: '(a) passport: US$75;', above: ['The fees shall be:', ''] },
    { text: FEES, at: 34, line: '(a) passport: US$75;', above: ['The fees shall be:', ''] },
    { text: FEES, at: 40, line: '(a) passport: US$75;', above: ['The fees shall be:', ''] },
    {
      text: FEES,
      at: 45,
      line: '(b) visa: US$40;',
      above: ['The fees shall be:', '', '(a) passport: US$75;'],
    },
    // The first line has one empty line above it; a text with no line break is its own line.
    { text: FEES, at: 3, line: 'The fees shall be:', above: [''] },
    { text: 'US$75', at: 2, line: 'US$75', above: [''] },
    // An offset on a blank line reads that empty line.
    { text: FEES, at: 19, line: '', above: ['The fees shall be:'] },
  ])('$at of $text', ({ text, at, line, above }) => {
    expect(lineAt(text, at)).toBe(line);
    expect(linesTo(text, at)).toEqual({ line, above });
  });
});
