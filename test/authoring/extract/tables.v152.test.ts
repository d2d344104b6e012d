// Tests for v152's table readings (src/authoring/extract/tables.ts and statedValue's readers): a
// money title parted from its year heads by an empty line ("Table 3: Projected Fund account (£
// billion)" ⏎ ⏎ "| | 2032-33 | 2033-34 |"), a money bracket that names its currency in words or
// what each sum is per ("(in millions of U.S. dollars)", "(₹ crore per MHz)"), a list cell each of
// several ("1,856 each"), a list cell's previous value in brackets ("8.412 (previous auction
// 8.395)"), and thousands a space parts in a year table ("1 142    1 203"). Held sentences in
// voices other than the sets', with near-misses that keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-04-02'): string[] =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } }).map(
    (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
  );

describe('a money unit in the title bracket, an empty line above the heads', () => {
  it.each([
    [
      'Table 2: Revenue requirement (R million)\n\n| | 2032 | 2033 |\n| Bulk water purchases | 412.5 | 436.0 |\n',
      ['412.5 amount 412500000 ZAR actual', '436.0 amount 436000000 ZAR actual'],
    ],
    [
      'Statement of income (€ thousand)\n\n              2032      2033\nPatient revenue   84,210   88,905\n',
      ['84,210 amount 84210000 EUR actual', '88,905 amount 88905000 EUR actual'],
    ],
    [
      'Capital programme (Unit: billion yen)\n\n| | 2032 | 2033 |\n| Terminal works | 42 | 58 |\n',
      ['42 amount 42000000000 JPY actual', '58 amount 58000000000 JPY actual'],
    ],
    // Near-miss: keeps its reading.
    [
      'Capital programme (Unit: billion yen)\n\n\n| | 2032 | 2033 |\n| Terminal works | 42 | 58 |\n',
      [],
    ],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a money bracket naming a currency in words or what each sum is per', () => {
  it.each([
    [
      'Grants by donor (in thousands of Canadian dollars)\nGermany: 4,120\nJapan: 3,310\n',
      ['4,120 amount 4120000 CAD actual', '3,310 amount 3310000 CAD actual'],
    ],
    [
      'Connection charge (R thousand per household)\nUrban: 4.2\nRural: 3.1\n',
      ['4.2 amount 4200 ZAR actual', '3.1 amount 3100 ZAR actual'],
    ],
    [
      'Port charges (millions of Hong Kong dollars)\n              2032     2033\nBerth dues     61.2     64.0\n',
      ['61.2 amount 61200000 HKD actual', '64.0 amount 64000000 HKD actual'],
    ],
    // Near-miss: keeps its reading.
    ['Visitors by region (millions of people)\nNorth: 4.1\nSouth: 3.3\n', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a list row whose cell is each of several ("4,210 each")', () => {
  it.each([
    [
      'Licence fees (US$ million)\n- Regional operators: 12.5 each\n- National operator: 40.0\n',
      ['12.5 amount 12500000 USD actual', '40.0 amount 40000000 USD actual'],
    ],
    [
      'Berth charges (€ thousand)\nQuay A, two berths: 310 each\nQuay B: 420\n',
      ['310 amount 310000 EUR actual', '420 amount 420000 EUR actual'],
    ],
    [
      'Grants to districts (KSh million)\n- Coastal districts, four of them: 85 apiece\n',
      ['85 amount 85000000 KES actual'],
    ],
    // Near-miss: keeps its reading.
    ['Licence fees (US$ million)\n- Regional operators: 12.5 each year\n', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a list row with the previous value in brackets', () => {
  it.each([
    [
      'Yield at auction (percent)\n- 5-year: 7.12 (previous 7.05)\n- 10-year: 7.40 (previous 7.31)\n',
      [
        '7.12 share 7.12 percent actual',
        '7.05 share 7.05 percent actual',
        '7.40 share 7.4 percent actual',
        '7.31 share 7.31 percent actual',
      ],
    ],
    [
      'Cut-off rate (%)\nOne-month: 4.10 (prior week: 4.05)\n',
      ['4.10 share 4.1 percent actual', '4.05 share 4.05 percent actual'],
    ],
    [
      'Average yield (per cent)\n3-month: 5.21 (last auction 5.30)\n',
      ['5.21 share 5.21 percent actual', '5.30 share 5.3 percent actual'],
    ],
    // Near-miss: keeps its reading.
    ['Average yield (per cent)\n3-month: 5.21 (previous auction held in March)\n', []],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('thousands a space parts in a year table', () => {
  it.each([
    [
      'Municipal debt (EUR million)\n                 2032     2033\nTotal debt     2 415    2 530\nInterest          61       64\n',
      [
        '2 415 amount 2415000000 EUR actual',
        '2 530 amount 2530000000 EUR actual',
        '61 amount 61000000 EUR actual',
        '64 amount 64000000 EUR actual',
      ],
    ],
    [
      'Budget outturn (PLN million)\n              2032      2033\nRevenue     12 480    13 105\n',
      ['12 480 amount 12480000000 PLN actual', '13 105 amount 13105000000 PLN actual'],
    ],
    [
      'Reserves (SEK million)\n              2032      2033\nBuffer     1 204*    1 311\n',
      ['1 204 amount 1204000000 SEK actual', '1 311 amount 1311000000 SEK actual'],
    ],
    // Near-miss: keeps its reading.
    [
      'Exports (€ million)\n2032 2033\nMachinery 12 345\n',
      ['12 amount 12000000 EUR actual', '345 amount 345000000 EUR actual'],
    ],
  ] as [string, string[]][])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
