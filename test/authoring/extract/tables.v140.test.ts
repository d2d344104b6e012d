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
