// Tests for src/authoring/extract.ts (v132): a speaker that "projects" a noun phrase "of" or "at" a
// number forecasts that level ("The Treasury projects a closing balance of COP 36.5 trillion at 30
// June", "the office projects full-year collection of about Rp 96.1 trillion"), whatever the noun:
// the verb is known by the article or the year's span after it. "projects" after a count or a
// determiner is the plural noun and keeps its reading. Every sentence is our own, in voices other
// than the treasury's cash report and the customs office's outlook the reading was found in.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Orlan Ministry of Finance',
    title: 'Monthly review',
    url: 'https://example.org/review',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

describe('"projects" a noun phrase "of" a number forecasts it', () => {
  it.each([
    // A city council's budget monitoring report.
    [
      'The council projects an end-year balance of £12.4 million.',
      ['£12.4 million amount expected'],
    ],
    // A company's treasury commentary.
    [
      'Our treasury team projects a year-end cash position of $310 million.',
      ['$310 million amount expected'],
    ],
    // A revenue authority's mid-year note.
    [
      'The authority projects full-year receipts of about $4.2 billion.',
      ['$4.2 billion amount expected'],
    ],
    // A pension fund's funding update.
    [
      'The fund projects a funding shortfall of $1.8 billion at the next valuation.',
      ['$1.8 billion amount expected'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: "projects" is the plural noun after a count or a determiner.
    [
      'The agency’s projects of $1.2 billion were completed in 2033.',
      ['$1.2 billion amount actual'],
    ],
    [
      'Three irrigation projects at a cost of $40 million were finished in 2033.',
      ['$40 million amount actual'],
    ],
    [
      'The Bank approved 14 projects at a total cost of $620 million in 2033.',
      ['$620 million amount actual'],
    ],
    // A past "projected" and the forecast of the ministry's own verb keep their reading.
    ['The ministry forecasts a deficit of 3.1% of GDP for 2034.', ['3.1% of GDP share expected']],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
