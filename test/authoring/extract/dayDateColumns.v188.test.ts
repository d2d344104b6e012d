// Tests for a table whose columns are dates with a day ("31 March 2034", "30 June 2033", "December
// 31, 2033") and whose rows name their unit in a bracket (v188): "| Assets (£ million) | 4,812 |
// 3,905 |", as pension valuations, balance sheets and reserve statements set two dates side by
// side. Each cell is of its column's date, in its row's unit: a money row a sum, a row in percent
// a share. Sentences written before the rule, in voices other than the open set's pension fund
// actuary: a company's balance sheet, a central bank's reserves table in the US order of the
// date, a university endowment's plain-text table, an insurer's solvency table; near-misses keep
// their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (table: string, date = '2035-03-01') =>
  extractCandidates(`Annual report, published 1 March 2035\n\n${table}`, 'doc', {
    source: { publisher: 'x', date },
  })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`);

describe('v188: a table of dated columns whose rows name their unit', () => {
  it.each([
    // A company's balance sheet: euro millions, a bracketed negative.
    [
      '| | 31 December 2034 | 31 December 2033 |\n|---|---|---|\n| Total equity (€ million) | 2,418 | 2,206 |\n| Net debt (€ million) | (312) | 145 |\n',
      [
        '2,418 amount 2418000000 EUR actual',
        '2,206 amount 2206000000 EUR actual',
        '(312) amount -312000000 EUR actual',
        '145 amount 145000000 EUR actual',
      ],
    ],
    // A central bank's reserves table, the month before the day.
    [
      '| Item | June 30, 2034 | June 30, 2033 |\n|---|---|---|\n| Gross reserves (US$ billion) | 41.8 | 39.2 |\n',
      ['41.8 amount 41800000000 USD actual', '39.2 amount 39200000000 USD actual'],
    ],
    // A university endowment's plain-text table.
    [
      'Endowment            31 July 2034    31 July 2033\nMarket value ($m)    1,284           1,190\n',
      ['1,284 amount 1284000000 USD actual', '1,190 amount 1190000000 USD actual'],
    ],
    // An insurer's solvency table: a row in percent is a share.
    [
      '| | 31 December 2034 | 31 December 2033 |\n|---|---|---|\n| Solvency ratio (%) | 182 | 176 |\n',
      ['182 share 182 percent actual', '176 share 176 percent actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v188 near-misses: dated columns whose rows name no unit', () => {
  it.each([
    // No unit anywhere: counts, unread.
    ['| | 31 March 2034 | 31 March 2033 |\n|---|---|---|\n| Members | 41,200 | 40,950 |\n', []],
    // A row that counts in its bracket: unread.
    [
      '| | 31 March 2034 | 31 March 2033 |\n|---|---|---|\n| Staff (number) | 1,204 | 1,180 |\n',
      [],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
