// Tests for src/authoring/extract (v179): a line whose label's bracket gives its unit and whose
// one cell follows the colon is a table of its own ("- Usable reserves (USD million): 10,412",
// "- Interbank rate (percent): 10.62", as central-bank bulletins list key indicators), while a
// count's bracket ("Staff (number): 412") gives none. And a list row under a money title may leave one of its
// named cells empty with a word or a dash ("2030: gross revenue 5,912.4; share due nil", as an
// audit report's table of a concession's revenue and the Government's share gives a year with
// nothing due); the row is still a row of the table, its other cells read, and the empty cell no
// figure. Before, the one empty cell ended the list and lost every row under it.

import { describe, expect, it } from 'vitest';
import { type Source, readingsIn } from './readingOf.ts';

const SOURCE: Source = {
  date: '2035-03-12',
  publisher: 'Commission on Audit',
  title: 'Annual audit report',
  url: 'https://example.org/audit',
};

const read = (text: string) => readingsIn(text, SOURCE);

describe('a list row with an empty named cell under a money title', () => {
  it.each([
    // A road fund's statement: the second row's release is nil.
    [
      'Road Fund receipts by source (GH¢ million)\nFuel levy: budget 412.0; released nil\nBridge tolls: budget 12.4; released 11.9',
      [
        ['412.0', 'amount', '412000000 GHS', 'actual'],
        ['12.4', 'amount', '12400000 GHS', 'actual'],
        ['11.9', 'amount', '11900000 GHS', 'actual'],
      ],
    ],
    // A health department's capital grants: "n.a." for a grant not yet drawn.
    [
      'Table 3. Capital grants to hospital trusts (£ million)\nNorthgate: allocated 84.2 | drawn n.a.\nRiverside: allocated 91.0 | drawn 40.3',
      [
        ['84.2', 'amount', '84200000 GBP', 'actual'],
        ['91.0', 'amount', '91000000 GBP', 'actual'],
        ['40.3', 'amount', '40300000 GBP', 'actual'],
      ],
    ],
    // A fisheries ministry's access fees: a dash for a fleet that paid nothing.
    [
      'Access fees by fleet (NZ$ million)\nInshore: invoiced 14.2; collected –\nDeep water: invoiced 9.6; collected 9.1',
      [
        ['14.2', 'amount', '14200000 NZD', 'actual'],
        ['9.6', 'amount', '9600000 NZD', 'actual'],
        ['9.1', 'amount', '9100000 NZD', 'actual'],
      ],
    ],
    // A sovereign fund's transfers: "none" paid to the first budget.
    [
      'Transfers from the stabilisation fund (US$ million)\nCapital budget: due 250.0; paid none\nRecurrent budget: due 120.0; paid 95.5',
      [
        ['250.0', 'amount', '250000000 USD', 'actual'],
        ['120.0', 'amount', '120000000 USD', 'actual'],
        ['95.5', 'amount', '95500000 USD', 'actual'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    // A count named under a money title is still no figure, with or without an empty cell.
    ['Schools programme (€ million)\nNorth: number 18 | cost nil', []],
    // A year row with no unit anywhere is no table.
    ['Entries by year\n2030: 5,912; none due\n2031: 6,704', []],
    // A count label carrying its own unit is no figure.
    ['Staff (number): 412', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('a line whose label gives the unit of its one cell', () => {
  it.each([
    // A hospital pricing authority's key figures.
    [
      'Key figures, 2034-35 determination\n- Activity-based funding (A$ million): 18,240\n- Growth in efficient price (per cent): 3.4',
      [
        ['18,240', 'amount', '18240000000 AUD', 'actual'],
        ['3.4', 'change', 3.4, 'actual'],
      ],
    ],
    // A fisheries ministry's season summary, no bullets.
    [
      'Season summary\nQuota fees invoiced (NZ$ million): 412.6\nQuota uptake (%): 87.4',
      [
        ['412.6', 'amount', '412600000 NZD', 'actual'],
        ['87.4', 'share', 87.4, 'actual'],
      ],
    ],
    // A sovereign fund's quarterly headline numbers, a full stop after the cell.
    [
      'Fund assets at end-quarter (US$ billion): 1,284.0.',
      [['1,284.0', 'amount', '1284000000000 USD', 'actual']],
    ],
    // A road fund's receipts.
    ['• Fuel levy receipts (KSh billion): 92.3', [['92.3', 'amount', '92300000000 KES', 'actual']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A count in the bracket is no unit.
    ['Staff (number): 412', []],
    ['Vessels licensed (number): 38', []],
    // No bracket, no unit.
    ['Usable reserves: 10,412', []],
    // A bracket that names no unit.
    ['Reserves (see Table 2): 10,412', []],
  ])('near-miss %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
