// Tests for src/authoring/extract (v146): a level and the earlier period's level in brackets, the
// unit written once after both ("SEK 512.6 (478.3) billion", "6.7 (-2.9) per cent"), found in the
// pension-fund set ho251 and held here in other voices: both numbers are figures, each read with
// the unit after the bracket; with none after it, a sum's currency and scale are the bracketed
// number's when it is written alike ("EUR 2.31 (1.97)"). Look-alikes keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-02-10',
    publisher: 'Nordvik Group',
    title: 'Year-end report 2033',
    url: 'https://example.org/report',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) =>
    `${c.stated.text} ${c.kind} ${c.value ?? ''} ${c.unit ?? ''}`.trimEnd(),
  );

describe('a level and last period’s in brackets, the unit after both', () => {
  it.each([
    // A listed company's interim report.
    [
      'Net sales amounted to SEK 8,412 (7,905) million in the quarter.',
      ['SEK 8,412 amount 8412000000 SEK', '7,905 amount 7905000000 SEK'],
    ],
    [
      'The operating margin was 11.4 (9.8) per cent.',
      ['11.4 share 11.4 percent', '9.8 share 9.8 percent'],
    ],
    [
      'Organic growth was -1.2 (4.5) percent.',
      ['-1.2 change -1.2 percent', '4.5 change 4.5 percent'],
    ],
    // An insurer's quarterly report.
    [
      'Gross written premiums totalled DKK 6.3 (5.8) bn.',
      ['DKK 6.3 amount 6300000000 DKK', '5.8 amount 5800000000 DKK'],
    ],
    [
      'The solvency ratio was 212 (198) per cent at the end of the quarter.',
      ['212 share 212 percent', '198 share 198 percent'],
    ],
    // A bank's year-end report: two pairs in one sentence, and a percent glued to the bracket.
    [
      'Net interest income was NOK 4,120 (3,870) million, and the return on equity 13.1 (11.6) per cent.',
      [
        'NOK 4,120 amount 4120000000 NOK',
        '3,870 amount 3870000000 NOK',
        '13.1 share 13.1 percent',
        '11.6 share 11.6 percent',
      ],
    ],
    // A municipality's annual accounts.
    [
      'Net investments totalled SEK 1.9 (2.4) billion.',
      ['SEK 1.9 amount 1900000000 SEK', '2.4 amount 2400000000 SEK'],
    ],
    // A per-share sum with no unit after the bracket: the sum's currency, written alike.
    [
      'Earnings per share rose to EUR 2.31 (1.97) in the period.',
      ['EUR 2.31 amount 2.31 EUR', '1.97 amount 1.97 EUR'],
    ],
    // Near misses: each number with its own unit, a footnote's mark, a bracket of words.
    [
      'Revenue was SEK 12.4 billion (11.1 billion).',
      ['SEK 12.4 billion amount 12400000000 SEK', '11.1 billion amount 11100000000 SEK'],
    ],
    [
      'The solvency ratio was 135% (128%) at the end of the year.',
      ['135% share 135 percent', '128% share 128 percent'],
    ],
    ['Net sales were EUR 3.2 billion (2) in the year.', ['EUR 3.2 billion amount 3200000000 EUR']],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
