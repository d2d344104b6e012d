// Tests for src/authoring/extract (v175): a year table of money whose unit sits in the head over
// its row labels, as accounts write it: the first cell of a pipe table's year line ("| Crown
// indemnity receivable ($m) | 2033 | 2032 |", its rule line under it) or a bracket of thousands
// over the year line ("(£000)" ⏎ "Year ended 31 March   2034   2033   Change (%)"). Each bare
// cell is a sum in that unit, of its column's year, bracketed cells negative; the bracket of
// thousands is the table's unit, no sum. A head that counts or names no currency, and a row that
// names a measure other than a sum, keep their reading (no cell read).

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2035-02-10',
    publisher: 'Harrow Public Office',
    title: 'Annual report and accounts',
    url: 'https://example.org/annual',
  },
};

/** Each figure as its stated words, value, unit and status. */
const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => [c.stated.text, c.value, c.unit, c.status]);

describe('a year table of money whose unit heads its row labels', () => {
  it.each([
    // A water utility's accounts: a pipe table with its rule line, bracketed negatives.
    [
      'Net debt\n\n| Net debt (£m) | 2034 | 2033 |\n|---|---|---|\n| Borrowings | 4,512 | 4,108 |\n| Cash and deposits | (312) | (287) |',
      [
        ['4,512', 4512000000, 'GBP', 'actual'],
        ['4,108', 4108000000, 'GBP', 'actual'],
        ['(312)', -312000000, 'GBP', 'actual'],
        ['(287)', -287000000, 'GBP', 'actual'],
      ],
    ],
    // A university's financial statements: a pipe table with no rule line.
    [
      'Income\n\n| Income (€ million) | 2034 | 2033 |\n| Tuition fees | 212.4 | 198.7 |\n| Research grants | 96.1 | 90.3 |',
      [
        ['212.4', 212400000, 'EUR', 'actual'],
        ['198.7', 198700000, 'EUR', 'actual'],
        ['96.1', 96100000, 'EUR', 'actual'],
        ['90.3', 90300000, 'EUR', 'actual'],
      ],
    ],
    // A port authority's annual report: plain columns under a bracket of thousands.
    [
      "Port revenue\n(R'000)\nYear ended 31 March     2034      2033\nCargo dues              845,210   801,662\nMarine services         (12,400)  (9,850)",
      [
        ['845,210', 845210000, 'ZAR', 'actual'],
        ['801,662', 801662000, 'ZAR', 'actual'],
        ['(12,400)', -12400000, 'ZAR', 'actual'],
        ['(9,850)', -9850000, 'ZAR', 'actual'],
      ],
    ],
    // A charity's accounts: thousands with no apostrophe, a change column after the years.
    [
      'Summary of income\n(£000)\nYear ended 31 March     2034      2033    Change (%)\nDonations and legacies  18,420    17,105    7.7',
      [
        ['18,420', 18420000, 'GBP', 'actual'],
        ['17,105', 17105000, 'GBP', 'actual'],
        ['7.7', 7.7, 'percent', 'actual'],
      ],
    ],
    // A municipal council's annual plan: a pipe table with an aligned rule line.
    [
      'Levies\n\n| Levy revenue (NZ$m) | 2034 | 2033 |\n| :--- | ---: | ---: |\n| Targeted levies | 182.5 | 171.0 |',
      [
        ['182.5', 182500000, 'NZD', 'actual'],
        ['171.0', 171000000, 'NZD', 'actual'],
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a head that counts or names no currency, or a row of another measure', () => {
  it.each([
    // Staff numbers under a head that counts.
    'Staff\n\n| Staff (number) | 2034 | 2033 |\n|---|---|---|\n| Nurses | 4,512 | 4,108 |',
    // A scale with no currency.
    'Traffic\n\n| Passengers (million) | 2034 | 2033 |\n|---|---|---|\n| Domestic | 12.4 | 11.8 |',
    // A ratio row under a money head.
    'Gearing\n\n| Net debt (£m) | 2034 | 2033 |\n|---|---|---|\n| Gearing ratio | 61.2 | 58.4 |',
    // A bracket of thousands with no currency.
    'Visitors\n(000)\nYear ended 31 March     2034      2033\nMuseum visits           1,245     1,180',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('a pipe table right under a plain one is its own table, its year line no row', () => {
    const text =
      '(€000)\nYear ended 31 December   2034   2033\nTuition fees   248,310   236,905\n\nNet debt\n\n| Net debt (€m) | 2034 | 2033 |\n|---|---|---|\n| Bank loans | 96.5 | 102.0 |';
    expect(read(text)).toEqual([
      ['248,310', 248310000, 'EUR', 'actual'],
      ['236,905', 236905000, 'EUR', 'actual'],
      ['96.5', 96500000, 'EUR', 'actual'],
      ['102.0', 102000000, 'EUR', 'actual'],
    ]);
  });

  it('a sum in brackets in a sentence stays a sum', () => {
    expect(read('The fee (£500) was waived for the year.')).toEqual([
      ['£500', 500, 'GBP', 'actual'],
    ]);
  });
});
