// Tests for pipe tables whose column's header cell gives its unit in a bracket and then, after a
// comma, the year its column is of (v186): "| GG debt (% of GDP), 2033F | Real GDP growth (%),
// 2032 |", as rating agencies, statistics offices, regulators and health ministries head a table
// that sets several units or groups side by side for one year each. Each bare cell takes the
// header's unit and its column's year, a forecast while the year is not over. Sentences written
// before the rule, in voices other than the open set's rating agency: a statistics office's
// regional table, a water regulator's bill table, a health ministry's hospital table, a central
// bank's banking-sector table; near-misses keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-09-12') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`);

describe('v186: a pipe column whose header gives its unit and then its year', () => {
  it.each([
    // A statistics office's regional labour market table: a rate and a change, a past year.
    [
      'Labour market by region\n\n| Region | Unemployment rate (%), 2033 | Employment growth (%), 2033 |\n|---|---|---|\n| North | 6.4 | 1.2 |\n| Coast | 4.9 | -0.3 |\n',
      [
        '6.4 share 6.4 percent actual',
        '1.2 change 1.2 percent actual',
        '4.9 share 4.9 percent actual',
        '-0.3 change -0.3 percent actual',
      ],
    ],
    // A water regulator's bill table: a change in a fiscal year not yet over, a sum in money.
    [
      'Average bills by company\n\n| Company | Bill change (%), 2035-36 | Revenue (£ million), 2033-34 |\n| Severn Vale | 7.2 | 1,412 |\n',
      ['7.2 change 7.2 percent expected', '1,412 amount 1412000000 GBP actual'],
    ],
    // A health ministry's hospital table: a share this year and last, counts beside it unread.
    [
      '| Hospital | Beds (number), 2034 | Occupancy (%), 2034 | Occupancy (%), 2033 |\n| Central | 412 | 88.5 | 91.0 |\n',
      ['88.5 share 88.5 percent expected', '91.0 share 91 percent actual'],
    ],
    // A central bank's banking-sector table: a forecast year marked "F" after the bracket.
    [
      'Banking sector indicators\n\n| Bank group | Capital ratio (%), 2035F | Loan growth (%), 2035F |\n| Large banks | 17.8 | 6.5 |\n',
      ['17.8 share 17.8 percent expected', '6.5 change 6.5 percent expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v186 near-misses: a bracket followed by no year, or by a year that is a base', () => {
  it.each([
    // Words, not a year, after the bracket: no column unit read (as before).
    ['| Item | Cost (€ million), estimated |\n| Roads | 412 |\n', []],
    // A year that is a base of prices: no column year.
    ['| Item | Cost (€ million), 2030 prices |\n| Roads | 412 |\n', []],
    // A header that counts, with its year: none.
    ['| Region | Projects (number), 2033 |\n| North | 41 |\n', []],
    // The plain header cell ending in its bracket keeps its reading (v172), with no year.
    ['| Region | Share (%) |\n| North | 41.5 |\n', ['41.5 share 41.5 percent actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
