import { describe, expect, it } from 'vitest';
import { headlineLines } from '../../../src/authoring/extract/announcedRates.ts';

describe('headlineLines: a document’s title and the opening lines that close no sentence', () => {
  it('keeps the title and headline lines, in their own case', () => {
    expect(
      headlineLines({
        title: 'Fares notice',
        top: 'TAXI FARES FROM 1 MAY 2035\n\nThe new fares will be:\n| Flagfall | $4.20 |',
      }),
    ).toEqual(['Fares notice', 'TAXI FARES FROM 1 MAY 2035', '| Flagfall | $4.20 |']);
  });

  it('drops lines that end a sentence or lead in, and reads only the first 600 characters', () => {
    const top = `Interest rates fall for the second quarter\nRates are set each quarter.\nThe rates will be:\n${'x'.repeat(600)}\nLate line`;
    expect(headlineLines({ title: '', top })).toEqual([
      '',
      'Interest rates fall for the second quarter',
      'x'.repeat(600 - top.indexOf('x')),
    ]);
  });
});
