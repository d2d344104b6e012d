// Tests for src/authoring/extract (v169): a list row under a title whose unit is a percent may
// name a cell by the count it is the percent of ("Cash: number 29 | value 14" under "Use of
// payment methods in the 2034 diary (% of total)": 29 per cent of the number of payments, 14 of
// their value), as payment surveys, card-scheme statistics and fraud reports list a share of the
// count beside a share of the value. Under a money title a cell so named is a count and no figure
// ("Schools: number 18 | cost 42.5" under "(€ million)" keeps its reading: no cell read).

import { describe, expect, it } from 'vitest';
import { type Source, readingsIn } from './readingOf.ts';

const SOURCE: Source = {
  date: '2035-03-12',
  publisher: 'Orland Central Bank',
  title: 'Payments statistics',
  url: 'https://example.org/payments',
};

const read = (text: string) => readingsIn(text, SOURCE);

describe('a list cell named by the count a percent title makes it a share of', () => {
  it.each([
    // A payment survey's table (the opened set's voice).
    [
      'Table 1: Use of payment methods in the 2034 diary (% of total)\nCash: number 29 | value 14\nDebit card: number 31 | value 35',
      [
        ['29', 'share', 29, 'actual'],
        ['14', 'share', 14, 'actual'],
        ['31', 'share', 31, 'actual'],
        ['35', 'share', 35, 'actual'],
      ],
    ],
    // A card scheme's statistics: the count named "count", parted by semicolons.
    [
      'Card payments by scheme, 2034 (per cent of total)\nDomestic scheme: count 61.2; value 48.5\nInternational schemes: count 38.8; value 51.5',
      [
        ['61.2', 'share', 61.2, 'actual'],
        ['48.5', 'share', 48.5, 'actual'],
        ['38.8', 'share', 38.8, 'actual'],
        ['51.5', 'share', 51.5, 'actual'],
      ],
    ],
    // A fraud report: the count is "cases", the other measure "losses".
    [
      'Card fraud by channel, 2034 (% of total)\nRemote purchase: cases 54 | losses 41\nLost and stolen: cases 12 | losses 9',
      [
        ['54', 'share', 54, 'actual'],
        ['41', 'share', 41, 'actual'],
        ['12', 'share', 12, 'actual'],
        ['9', 'share', 9, 'actual'],
      ],
    ],
    // A clearing house's yearly change: the percent title makes both changes.
    [
      'Cheque clearing, change on 2033 (%)\nInterbank cheques: number -18.4 | value -9.2',
      [
        ['-18.4', 'change', -18.4, 'actual'],
        ['-9.2', 'change', -9.2, 'actual'],
      ],
    ],
    // A development bank's portfolio by sector: "number of projects" and "amount".
    [
      'Portfolio by sector, 2034 (share of total, %)\nEnergy: number of projects 22 | amount 38\nTransport: number of projects 14 | amount 27',
      [
        ['22', 'share', 22, 'actual'],
        ['38', 'share', 38, 'actual'],
        ['14', 'share', 14, 'actual'],
        ['27', 'share', 27, 'actual'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('near misses keep their reading', () => {
  it.each([
    // Under a money title a count so named is none, and its row is no row of sums.
    ['Housing programme 2034 (€ million)\nSchools: number 18 | cost 42.5', []],
    // A row that names its own count first keeps none under money.
    ['Housing programme 2034 (€ million)\nNumber of projects: 18', []],
    // A percent title whose rows name the measure alone are read as before.
    [
      'Use of payment methods, 2034 (% of total)\nCash: volume 29 | value 14',
      [
        ['29', 'share', 29, 'actual'],
        ['14', 'share', 14, 'actual'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
