// Tests for src/authoring/extract (v161): a sum or a percent whose own relative clause, right
// after it with no "that" or "which", says its maker expects, forecasts, projects, plans or
// intends it is that forecast, expected, whatever the rest of the sentence reads
// ("58% more than the £4.33 billion we expect to spend in the current period"; README: what people
// expect stays expected). A relative clause of what was done, and a clause after a comma, keep
// their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-10-02',
    publisher: 'Harlow Finance Office',
    title: 'Note',
    url: 'https://example.org/note',
  },
};

/** Each figure's stated words with its status, in the order found. */
const statuses = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => [c.stated.text, c.status]);

describe('a number its own relative clause forecasts', () => {
  it.each([
    // A water company's business plan.
    [
      'We propose total expenditure of £6.84 billion, 58% more than the £4.33 billion we expect to spend in the current period.',
      '£4.33 billion',
    ],
    // A listed company's results statement.
    [
      'The group invested $820 million in 2033, well above the $640 million the board now expects to invest in the current period.',
      '$640 million',
    ],
    // A treasury's borrowing note.
    [
      'Gross borrowing reached R52 billion in the first half, against the R48 billion the Treasury plans to borrow in the current period.',
      'R48 billion',
    ],
    // A council's finance report.
    [
      'Road repairs cost £9.1 million last year, short of the £12 million the council intends to spend on them in the current period.',
      '£12 million',
    ],
    // A central bank's statement.
    [
      'Inflation was 3.4% in the third quarter, above the 2.9% the Bank forecasts for the current period.',
      '2.9%',
    ],
  ])('%s', (text, figure) => {
    expect(statuses(text)).toContainEqual([figure, 'expected']);
  });
});

describe('near misses keep their reading', () => {
  it.each([
    // What was done.
    [
      'The group invested $820 million in 2033, well above the $640 million the board invested in 2032.',
      '$640 million',
      'actual',
    ],
    // A clause after a comma is the sentence's own.
    [
      'Spending rose to $820 million in 2033, and we expect to spend less in 2034.',
      '$820 million',
      'actual',
    ],
    // A preposition's object, no relative: "budget for" is the noun.
    [
      "Transit revenue was 4.8 percent higher than in 2032 and 2.3 percent above the Authority's budget for the period.",
      '2.3 percent above',
      'actual',
    ],
    // A noun, no verb: "projects" after a possessive.
    [
      'In 2033 the ministry spent $640 million, the $200 million its projects cost included.',
      '$200 million',
      'actual',
    ],
  ])('%s', (text, figure, status) => {
    expect(statuses(text)).toContainEqual([figure, status]);
  });
});
