// Tests for v195's readings of table and list heads (src/model/statedValue.ts, read by
// src/authoring/extract/tables.ts): a fiscal year whose second year is written in full heads a
// column ("2033-2034", one column, not two), and the last year may be left open ("2040-2041 and
// after", "2045 onwards"); a list title's percent may name an increase ("(% increase)"); a list row's
// label may open on a date, day first ("1 September 2033 to 30 November 2033: 6.6"). Held sentences
// in voices other than the sets' (provincial budgets, university grants, pension assumptions,
// rent guidelines, transit fares, central-bank and deposit rates), with near-misses that keep
// their reading.

import { describe, expect, it } from 'vitest';
import { readingsIn, type Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-04-02',
  publisher: 'Arland Office',
  url: 'https://example.org/d',
};
const read = (text: string) => readingsIn(text, SOURCE).map((r) => r.join(' '));

describe('a fiscal year written in full over a column, and an open last column', () => {
  it.each([
    [
      '(Annual percentage change)\nFiscal year     2031-2032     2032-2033     2033-2034\nProgram spending     2.1     3.4     2.8\n',
      ['2.1 change 2.1 actual', '3.4 change 3.4 actual', '2.8 change 2.8 actual'],
    ],
    [
      'Operating grants to universities ($ millions)\n\n| Ministry | 2032-2033 | 2033-2034 |\n|---|---|---|\n| Colleges | 1,204 | 1,251 |\n',
      ['1,204 amount 1204000000 USD actual', '1,251 amount 1251000000 USD actual'],
    ],
    [
      'Table 2: Hospital trust plan\n\n| | 2033/2034 | 2034/2035 |\n|---|---|---|\n| Vacancy rate (%) | 3.0 | 3.5 |\n',
      ['3.0 share 3 actual', '3.5 share 3.5 expected'],
    ],
    [
      'Long-term assumptions (%)\n                 2034     2035     2045 onwards\nReal wage growth    1.1    1.2    1.5\n',
      ['1.1 share 1.1 expected', '1.2 share 1.2 expected', '1.5 share 1.5 expected'],
    ],
    [
      '| Plan year | 2034-2035 | 2035-2036 | 2040-2041 and after |\n|---|---|---|---|\n| Salary growth (% change) | 3.1 | 2.9 | 2.5 |\n',
      ['3.1 change 3.1 expected', '2.9 change 2.9 expected', '2.5 change 2.5 expected'],
    ],
    // Near-misses: spans of years are no fiscal years; two-digit heads keep their reading; words
    // after the last year that leave it no open end keep the line no year line.
    [
      '| Period | 2028-2037 | 2038-2047 |\n|---|---|---|\n| Real GDP growth (%) | 2.1 | 1.8 |\n',
      [],
    ],
    [
      '| | 2032-33 | 2033-34 |\n|---|---|---|\n| Vacancy rate (%) | 3.0 | 3.5 |\n',
      ['3.0 share 3 actual', '3.5 share 3.5 actual'],
    ],
    [
      'Long-term assumptions (%)\n                 2034     2035     2045 and 2046\nReal wage growth    1.1    1.2    1.5\n',
      [],
    ],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a list title in percent that names an increase', () => {
  it.each([
    [
      'Rent increase guideline (% increase)\n2032: 2.5\n2033: 3.3\n',
      ['2.5 change 2.5 actual', '3.3 change 3.3 actual'],
    ],
    [
      'Average fare rise by route (percent increase)\nLine A: 4.1\nLine B: 3.8\n',
      ['4.1 change 4.1 actual', '3.8 change 3.8 actual'],
    ],
    [
      'Council tax, Band D (% increase on previous year)\nNorth Arland: 4.99\nSouth Arland: 2.99\n',
      ['4.99 change 4.99 actual', '2.99 change 2.99 actual'],
    ],
    [
      '(% increase)\n  2033   2034\nRents   2.1   3.0\n',
      ['2.1 change 2.1 actual', '3.0 change 3 expected'],
    ],
    // Near-misses: a count of increases, and a title with no unit, keep their reading.
    ['Pay increases awarded (number)\nNorth: 24\nSouth: 31\n', []],
    ['Increase by region\nNorth: 2.4\nSouth: 2.9\n', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a list row whose label opens on a date, day first', () => {
  it.each([
    [
      'Overnight rate target (%)\n14 December 2033: 4.25\n2 February 2034 onwards: 4.00\n',
      ['4.25 share 4.25 actual', '4.00 share 4 actual'],
    ],
    [
      'Deposit rate on savings accounts (percent)\n1 January 2034 – 30 June 2034: 2.10\n',
      ['2.10 share 2.1 actual'],
    ],
    [
      'Water tariff change by period (% change)\n1 April 2032 to 31 March 2033: 3.9\n1 April 2033 to 31 March 2034: 4.4\n',
      ['3.9 change 3.9 actual', '4.4 change 4.4 actual'],
    ],
    // Near-misses: dates with no title that gives a unit, and a day with no month, keep their reading.
    ['Key dates\n14 March 2034: 4.25\n', []],
    ['Overnight rate target (%)\n14 to 20 March 2034: 4.25\n', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a one-line list whose years carry the fiscal-year prefix', () => {
  it.each([
    [
      'Outlook (fiscal years ending June)\n- Tax revenue growth (%): FY2031-32: 4.2 | FY2032-33: 3.9 | FY2034-35f: 3.1\n',
      ['4.2 change 4.2 actual', '3.9 change 3.9 actual', '3.1 change 3.1 expected'],
    ],
    [
      'Hospital waiting list, share seen within 18 weeks (%): FY2032: 71.4 | FY2033: 74.0\n',
      ['71.4 share 71.4 actual', '74.0 share 74 actual'],
    ],
    [
      'Water losses (% of supply): FY 2031/32: 22.5 | FY 2032/33: 21.8\n',
      ['22.5 share 22.5 actual', '21.8 share 21.8 actual'],
    ],
    // Near-misses: a fiscal year in a sentence, and a line with no unit in its label, keep their
    // reading.
    [
      'Tax revenue grew in FY2032-33: 3.9 per cent, the Treasury said.\n',
      ['3.9 per cent change 3.9 actual'],
    ],
    ['Tax revenue: FY2031-32: 4.2 | FY2032-33: 3.9\n', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
