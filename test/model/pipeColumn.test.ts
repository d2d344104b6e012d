// A pipe table's cell read with its column's header: the scale a header gives a column of sums
// whose cells carry only their currency's sign, and the rows of prices and exchange rates no
// scale multiplies. Every table is our own.

import { describe, expect, it } from 'vitest';
import {
  pipeHeaderAt,
  columnScale,
  costMarginCell,
  exchangeRateCell,
  toleranceCell,
} from '../../src/model/pipeColumn.ts';
import { readStatedValue } from '../../src/model/statedValue.ts';

/** The words before `cell` in `table`, and the cell. */
function at(table: string, cell: string): [string, string] {
  const i = table.indexOf(cell);
  if (i < 0) throw new Error(`"${cell}" is not in the table: fix the row`);
  return [table.slice(0, i), cell];
}

const RESERVES = [
  '| | 30 June 2034 (billion) | 31 March 2034 (billion) |',
  '| Foreign currency reserves | US$41.2 | US$40.6 |',
  '| Gold price per troy ounce | US$2 410.50 | US$2 290.10 |',
  '| EUR/US$ exchange rate | US$1.0912 | US$1.0844 |',
].join('\n');
const ASSETS = [
  '| Item | End-December 2033 (€ million) | End-September 2033 (€ million) |',
  '| Securities | €12 408 | €12 155 |',
  '| Deposits with banks | -€2 311 | €2 690 |',
].join('\n');
// A pension reserve fund's portfolio, a debt office's holders and a sovereign fund's holdings: a
// scale of trillions, with the yen's, the euro's or the krone's sign (v146).
const PORTFOLIO = [
  '| Asset class | Market value (¥ trillion) | Weight |',
  '| Domestic bonds | ¥70.4 | 25.48% |',
].join('\n');
const HOLDERS = ['| Holder | End-2033 (€ tn) | End-2032 (€ tn) |', '| Banks | €1.2 | €1.1 |'].join(
  '\n',
);
const HOLDINGS = [
  '| Fund | Market value (NOK trillion) |',
  '| Global fund | NOK 19.8 |',
  '| Price per unit | NOK 112.4 |',
].join('\n');
const COSTS = ["| | 2033 (R'000) | 2032 (R'000) |", '| Staff costs | R41 220 | R39 870 |'].join(
  '\n',
);

describe('columnScale: the header gives the column of sums its scale', () => {
  it.each([
    ['US$41.2', RESERVES, 41.2e9, 'USD'],
    ['US$40.6', RESERVES, 40.6e9, 'USD'],
    ['€12 155', ASSETS, 12155e6, 'EUR'],
    ['-€2 311', ASSETS, -2311e6, 'EUR'],
    ['R39 870', COSTS, 39870e3, 'ZAR'],
    ['¥70.4', PORTFOLIO, 70.4e12, 'JPY'],
    ['€1.1', HOLDERS, 1.1e12, 'EUR'],
    ['NOK 19.8', HOLDINGS, 19.8e12, 'NOK'],
  ] as const)('%#: "%s" reads its column\'s scale', (cell, table, value, unit) => {
    const [lead, words] = at(table, cell);
    expect(readStatedValue(words, 'amount', { lead })).toContainEqual({ value, unit });
  });

  it.each([
    // A price row keeps its whole units, whatever the column's scale.
    ['US$2 410.50', RESERVES, 2410.5],
    ['NOK 112.4', HOLDINGS, 112.4],
    // Prose is never read as a pipe table.
    ['US$41.2', 'The reserves (million) rose.\nGold stood at US$41.2', 41.2],
  ] as const)('%#: "%s" keeps its own value', (cell, table, value) => {
    const [lead, words] = at(table, cell);
    expect(columnScale(lead)).toBeUndefined();
    expect(readStatedValue(words, 'amount', { lead })[0]?.value).toBe(value);
  });

  it('a bracket that names another currency than the cell gives it no scale', () => {
    const [lead, words] = at('| | 2033 (€ million) |\n| Loans | US$310 |', 'US$310');
    expect(readStatedValue(words, 'amount', { lead })).toEqual([]);
  });
});

describe('exchangeRateCell: a row that prices one currency in another', () => {
  it.each([
    ['US$1.0912', RESERVES, true],
    ['R17.8450', '| | 31 Aug |\n| US$/ZAR | R17.8450 |', true],
    ['R17.85', '| | 31 Aug |\n| Rand per US dollar | R17.85 |', true],
    ['US$41.2', RESERVES, false],
    ['US$41.2', 'Gold | US$41.2', false],
  ] as const)('%#: "%s"', (cell, table, expected) => {
    expect(exchangeRateCell(at(table, cell)[0])).toBe(expected);
  });
});

describe('toleranceCell: a band both ways in a column of the leeway around a target (v149)', () => {
  const MIX =
    '| Asset class | Policy asset mix | Permissible deviation |\n| Domestic bonds | 25% | ±7% |';
  it.each([
    ['±7%', MIX, true],
    ['+/- 3 points', '| Currency | Allowed deviation |\n| US dollar | +/- 3 points |', true],
    ['±2%', '| Asset class | Tolerance |\n| Equities | ±2% |', true],
    ['25%', MIX, false],
    ['±2%', '| Asset class | Change on quarter |\n| Equities | ±2% |', false],
    ['±2%', 'Equities | ±2%', false],
  ] as const)('%#: "%s"', (cell, table, expected) => {
    const [lead, words] = at(table, cell);
    expect(toleranceCell(lead, words)).toBe(expected);
  });
});

describe('costMarginCell: a column of a price margin over a cost (v202)', () => {
  const CROPS = '| Crop | A2+FL | MSP | Margin over A2+FL (%) |\n| Bajra | 1,773 | 2,890 | 63 |';
  it.each([
    ['63', CROPS, true],
    [
      '18',
      '| Crop | Cost | Price | Mark-up on cost of production |\n| Wheat | €202 | €238 | 18 |',
      true,
    ],
    ['2,890', CROPS, false],
    ['4.1', '| Bank | Margin (%) |\n| First | 4.1 |', false],
    ['3', '| Crop | Margin over previous year (%) |\n| Wheat | 3 |', false],
    ['63', 'Bajra | 63', false],
  ] as const)('%#: "%s"', (cell, table, expected) => {
    expect(costMarginCell(at(table, cell)[0])).toBe(expected);
  });
});

describe('pipeHeaderAt', () => {
  const table = 'Proposed fees\n| Item | Current | Proposed |\n|---|---|---|\n| Copy | $4 | $5 |';
  it("gives the header row, the cell's column and the title line above the table", () => {
    const at = table.indexOf('$5');
    const found = pipeHeaderAt(table, at);
    expect(found?.column).toBe(3);
    expect(found?.header[found.column]?.trim()).toBe('Proposed');
    expect(found?.title).toBe('Proposed fees');
  });
  it('is undefined off a pipe row and on the header row itself', () => {
    expect(pipeHeaderAt(table, table.indexOf('fees'))).toBeUndefined();
    expect(pipeHeaderAt(table, table.indexOf('Current'))).toBeUndefined();
  });
});
