// Held sentences of the v118 class (test/fixtures/prose/README.md, "The calls", ranges): a range of
// sums read as one end. Written in voices other than the ones it was first seen in (a sanctions
// office's settlement, a petroleum fund's half-year report): a grant-making foundation, a
// regulator's fines, a procurement office, a court, a finance ministry, a treasury, a city budget.
// Near-misses keep their reading. Each row is a short document under a title line, read through
// the whole extractor dated 2 April 2031: the number's own words, then the reading wanted.

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';

type Row = readonly [text: string, number: string, reading: string];

/** The stated words and value or range of the figures overlapping `number`. */
function readingOf(body: string, number: string): string {
  const text = `Annual report\n\n${body}`;
  const found = figuresAt(text, number);
  if (found.length === 0) return 'no figure proposed';
  return found
    .map((c) => {
      const stated = text.slice(c.stated.start, c.stated.end);
      const value = c.range ? `${c.range.low}…${c.range.high}` : String(c.value);
      return `${stated}: ${c.kind} ${value} ${c.unit}`;
    })
    .join(' | ');
}

const CLASSES: readonly (readonly [name: string, call: string, rows: readonly Row[]])[] = [
  [
    'sums that "range from" one to another',
    'after a verb of ranging, "from X to Y" is one range of sums, even where only the second end has a scale; the first end keeps its own size',
    [
      [
        'Individual grants ranged from €12,500 to €2.4 million.',
        '€12,500',
        '€12,500 to €2.4 million: amount 12500…2400000 EUR',
      ],
      [
        'Contract values range from R2,000 to R1.5 million.',
        'R2,000',
        'R2,000 to R1.5 million: amount 2000…1500000 ZAR',
      ],
      [
        'Settlements in these cases, ranging from $5,000 to $3.1 million, were paid by the firms.',
        '$5,000',
        '$5,000 to $3.1 million: amount 5000…3100000 USD',
      ],
      [
        'The fines imposed ranged from £800 to £450,000 in the year.',
        '£800',
        '£800 to £450,000: amount 800…450000 GBP',
      ],
    ],
  ],
  [
    'bare ends between "between" and a currency word',
    '"between X and Y" with the currency\'s word written once after the second end is one range of sums, each end with its own scale or the second\'s',
    [
      [
        'The ministry expects the deficit to be between 40 billion and 55 billion kroner.',
        '40 billion',
        'between 40 billion and 55 billion kroner: amount 40000000000…55000000000 NOK',
      ],
      [
        'Revenue is likely to come in between 1.2 billion and 1.4 billion rand next year.',
        '1.2 billion',
        'between 1.2 billion and 1.4 billion rand: amount 1200000000…1400000000 ZAR',
      ],
      [
        'The city will spend between 300 million and 350 million euros on the tram.',
        '300 million',
        'between 300 million and 350 million euros: amount 300000000…350000000 EUR',
      ],
      [
        'Reserves are put at between 12 and 15 billion dollars.',
        '12',
        'between 12 and 15 billion dollars: amount 12000000000…15000000000 USD',
      ],
    ],
  ],
  [
    'near-misses',
    'two levels of a change, and ranges that already read, keep their reading',
    [
      ['Sales rose from $2 million to $3 million.', '$2 million', '$2 million: amount 2000000 USD'],
      ['Fares increased from £1.20 to £1.50.', '£1.20', '£1.20: amount 1.2 GBP'],
      [
        'Costs were between $4 million and $5 million.',
        '$4 million',
        'between $4 million and $5 million: amount 4000000…5000000 USD',
      ],
      [
        'The fund grew from €12,500 to €2.4 million over the decade.',
        '€12,500',
        'from €12,500 to €2.4 million: amount 12500 EUR',
      ],
      [
        'Sizes will range from $300 million to $700 million.',
        '$300 million',
        '$300 million to $700 million: amount 300000000…700000000 USD',
      ],
    ],
  ],
];

describe('ranges of sums (v118 held sentences)', () => {
  for (const [name, call, rows] of CLASSES) {
    describe(`${name}: ${call}`, () => {
      for (const [body, number, reading] of rows) {
        it(body, () => {
          expect(readingOf(body, number)).toBe(reading);
        });
      }
    });
  }
});
