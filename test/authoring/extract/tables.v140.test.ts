// Tests for v140's table readings (src/authoring/extract/tables.ts and statedValue's year-table
// reader): a one-letter mark in brackets after a column's year ("2031-32(P)"), a row label with a
// bracketed qualifier that names no unit ("Samagra Shiksha (State share)", "Net surplus/(deficit)"),
// a pipe table's row label ("| Total assets (CHF million) |"), and heads dated by quarter or half
// ("Q4 2032   Q4 2033   Change (%)"). Held sentences in voices other than the sets', with
// near-misses that keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-04-02'): string[] =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } }).map(
    (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
  );

describe('a one-letter mark in brackets after a column year', () => {
  it.each([
    // A state finance account, a port authority's summary, a utility's five-year record.
    [
      '(₹ crore)\nHead 2031-32 2032-33(P) Change (%)\nStamp duty 4,210 4,655 10.6\n',
      [
        '4,210 amount 42100000000 INR actual',
        '4,655 amount 46550000000 INR actual',
        '10.6 change 10.6 percent actual',
      ],
    ],
    [
      '(US$ million)\nItem   2032   2033 (p)   % change\nPort dues   61.2   64.0   4.6\n',
      [
        '61.2 amount 61200000 USD actual',
        '64.0 amount 64000000 USD actual',
        '4.6 change 4.6 percent actual',
      ],
    ],
    [
      'Summary of operations (R million)\n              2032     2033(E)\nTariff income   1,204    1,311\n',
      ['1,204 amount 1204000000 ZAR actual', '1,311 amount 1311000000 ZAR actual'],
    ],
    // Near-misses: a word in brackets still dates the head, and only the change is read.
    [
      '(₹ crore)\nCrop 2031-32 (Final) 2032-33 (4th AE) Change (%)\nWheat 1,120 1,164 3.9\n',
      ['3.9 change 3.9 percent actual'],
    ],
    [
      '(€ million)\nItem   2033 (plan)   2034 (draft)   Change (%)\nGrants   412   430   4.4\n',
      ['4.4 change 4.4 percent expected'],
    ],
  ])('%j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('a row label with a bracketed qualifier under a money title', () => {
  it.each([
    // A state budget, a council's accounts, a health fund's summary, a pipe table's money row.
    [
      '(₹ crore)\nParticulars 2031-32 2032-33\nMid-day meals (Central share) 412.50 455.10\nRoads (capital) 1,020.00 1,115.25\n',
      [
        '412.50 amount 4125000000 INR actual',
        '455.10 amount 4551000000 INR actual',
        '1,020.00 amount 10200000000 INR actual',
        '1,115.25 amount 11152500000 INR actual',
      ],
    ],
    [
      'Financial summary ($ million)\nYear ended 30 June   2032   2033\nOperating surplus/(deficit)   2.4   (1.1)\nProfit/(loss) after tax   1.9   (0.8)\n',
      [
        '2.4 amount 2400000 USD actual',
        '(1.1) amount -1100000 USD actual',
        '1.9 amount 1900000 USD actual',
        '(0.8) amount -800000 USD actual',
      ],
    ],
    [
      'Key figures\n| | 2033 | 2032 |\n| Net assets (EUR million) | 2,140.6 | 1,988.2 |\n| Funding ratio (%) | 112.4 | 108.0 |\n',
      [
        '2,140.6 amount 2140600000 EUR actual',
        '1,988.2 amount 1988200000 EUR actual',
        '112.4 share 112.4 percent actual',
        '108.0 share 108 percent actual',
      ],
    ],
    // Near-misses: a bracket that names a count, a scale or a share of a whole is the row's own.
    [
      '(₹ crore)\nParticulars 2031-32 2032-33\nSchools (number) 4,120 4,233\nTeachers (thousands) 41.2 42.0\nTax revenue (share of GSDP) 6.1 6.3\n',
      [],
    ],
  ])('%j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('heads dated by quarter or half with a change column', () => {
  it.each([
    // A statistics office's quarterly bulletin, an airport's half-year traffic, a labour survey.
    [
      'Table 2: Cargo handled (thousand tonnes)\nTerminal   Q2 2032   Q2 2033   Change (%)\nNorth quay   812   790   -2.7\n',
      ['-2.7 change -2.7 percent actual'],
    ],
    [
      'Passengers (thousand)\nAirport   H1 2032   H1 2033   % change\nKestrel   1,204   1,311   8.9\n',
      ['8.9 change 8.9 percent actual'],
    ],
    [
      'Employment by sector (thousand)\nSector   Q3 2033   Q3 2034   Change (%)\nConstruction   402   411   2.2\n',
      ['2.2 change 2.2 percent expected'],
    ],
    // Near-miss: a quarter with no change column states counts only.
    ['Cargo (thousand tonnes)\nTerminal   Q2 2032   Q2 2033\nNorth quay   812   790\n', []],
  ])('%j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('returns over period lengths', () => {
  it.each([
    // A provident fund's factsheet, an insurer's unit-linked funds, a university endowment.
    [
      'Net returns to 30 September 2033 (% a year)\nGrowth fund: 1 year 8.4 | 3 years 6.1 | 5 years 7.0\nStable fund: 1 year 4.2 | 3 years 3.9 | 5 years 4.4\n',
      [
        '8.4 change 8.4 percent actual',
        '6.1 change 6.1 percent actual',
        '7.0 change 7 percent actual',
        '4.2 change 4.2 percent actual',
        '3.9 change 3.9 percent actual',
        '4.4 change 4.4 percent actual',
      ],
    ],
    [
      'Unit-linked fund returns to 31 December 2033 (% p.a.)\nFund   1 year   3 years   5 years\nEquity   12.4   7.7   9.1\nBond   3.2   1.1   2.0\n',
      [
        '12.4 change 12.4 percent actual',
        '7.7 change 7.7 percent actual',
        '9.1 change 9.1 percent actual',
        '3.2 change 3.2 percent actual',
        '1.1 change 1.1 percent actual',
        '2.0 change 2 percent actual',
      ],
    ],
    [
      'Endowment returns to 30 June 2033 (% per annum)\n| | 1 year | 10 years |\n| Endowment | 9.8 | 8.1 |\n| Policy portfolio | 9.1 | 7.6 |\n| Excess return | +0.7 | +0.5 |\n',
      [
        '9.8 change 9.8 percent actual',
        '8.1 change 8.1 percent actual',
        '9.1 change 9.1 percent actual',
        '7.6 change 7.6 percent actual',
      ],
    ],
    // Near-misses: a year's column still labels a list cell; a table of shares over periods keeps
    // the title's share.
    [
      'Growth (% change)\nNorth: 2034 2.6; 2035 2.1\n',
      ['2.6 change 2.6 percent expected', '2.1 change 2.1 percent expected'],
    ],
  ])('%j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('month columns under rows that name their unit', () => {
  it.each([
    // A central bank's monthly credit table, a tourism board's arrivals, a retail sales bulletin.
    [
      'Table 4: Credit to the private sector\nIndicator   Oct-33   Nov-33   Dec-33\nHousehold credit (% change, y/y)   6.1   6.4   6.9\n',
      [
        '6.1 change 6.1 percent actual',
        '6.4 change 6.4 percent actual',
        '6.9 change 6.9 percent actual',
      ],
    ],
    [
      'Visitor arrivals\n| | Jan 2034 | Feb 2034 |\n| Arrivals, year on year (percent change) | 4.2 | -1.3 |\n',
      ['4.2 change 4.2 percent actual', '-1.3 change -1.3 percent actual'],
    ],
    [
      'Retail trade at constant prices\nNov-33 Dec-33 Jan-34\nAnnual growth rate (% change) 1.8 2.4 0.9\nShare of online sales (%) 11.2 12.0 10.4\n',
      [
        '1.8 change 1.8 percent actual',
        '2.4 change 2.4 percent actual',
        '0.9 change 0.9 percent actual',
        '11.2 share 11.2 percent actual',
        '12.0 share 12 percent actual',
        '10.4 share 10.4 percent actual',
      ],
    ],
    // Near-misses: rows that name no unit are counts; a month written in a sentence is no head.
    ['Arrivals (thousand)\nDec-33 Jan-34\nVisitors 412 398\n', []],
  ])('%j', (text, expected) => expect(read(text)).toEqual(expected));
});
