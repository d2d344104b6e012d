// Held tables of the v267 class (test/fixtures/prose/README.md, "A pipe header cell that names its
// currency with no scale"): a bare cell of a pipe table whose column's header cell names a
// currency with no scale in its closing bracket, maybe with the unit it prices after "per", is a
// sum in whole units of that currency ("| Existing fare (₹) |" over "| 0-2 | 10 |"), or in
// hundredths when the bracket names them ("(pence per litre)"); a cell's thousands parted by a
// space are one number ("| 1 150 |"); and a row that names a rate's move ("Standard rate
// increase") under a money title is a sum, as any other row there is. Seen in ho313–ho317 (fares,
// medicine prices, fuel subsidies, VAT costings); written here in other voices: a post office, a
// leisure centre, a hunting authority, a water board and a court service. Near-misses keep their
// reading: a price of one currency in another, a measure that is no currency, a band's bounds in
// the first column and a count. A currency over a slash ("(₹/quintal)", the ho276 writer's call)
// and a title in a currency with no scale (the ho301 writer's call) were near-misses here until
// v273 made them priced.

import { describe, expect, it } from 'vitest';
import { fullReading, notice } from './readingOf.ts';

const SOURCE = notice('Schedule of charges', { date: '2034-03-02' });

/** "kind value unit status" of the first figure over `number`, or "none". */
const reading = (text: string, number: string): string => fullReading(text, number, SOURCE);

const held: [string, string, string][] = [
  [
    'Postal charges\n\n| Item | Price until 31 December 2033 (NZ$) | Price from 1 January 2034 (NZ$) |\n|---|---|---|\n| Standard letter | 1.70 | 1.90 |\n| Large letter | 3.40 | 3.70 |',
    '1.90',
    'amount 1.9 NZD actual',
  ],
  [
    'The leisure centre charges the following:\n\n| Facility | Hire (£ per hour) | Members (£ per hour) |\n|---|---|---|\n| Main pool, whole | 48.50 | 39.00 |',
    '48.50',
    'amount 48.5 GBP actual',
  ],
  [
    'Game licences for the 2034 season\n\n| Licence | Fee (NOK) |\n|---|---|\n| Elk, adult animal | 1 150 |\n| Red deer | 520 |',
    '1 150',
    'amount 1150 NOK actual',
  ],
  [
    'Water charges in force\n\n| Customer | Volumetric charge (pence per cubic metre) |\n|---|---|\n| Household | 184.6 |',
    '184.6',
    'amount 1.846 GBP actual',
  ],
  [
    'Table 2: Effect on revenue (€ million)\n| Measure | 2034 | 2035 |\n|---|---|---|\n| Standard rate increase | 410 | 820 |\n| Wider base | 95 | 190 |',
    '820',
    'amount 820000000 EUR expected',
  ],
  // v273 reverses two of v267's near-misses: a currency over a slash in a header cell (the ho276
  // writer's call) and a title in a currency with no scale (the ho301 writer's call) price their
  // bare cells too.
  [
    '| Crop | Support price 2033 | Increase in support price (₹/quintal) |\n|---|---|---|\n| Wheat | ₹2,585 | 150 |',
    '150',
    'amount 150 INR actual',
  ],
  [
    'Table 1: Court fees (A$)\n| Item | Fee until June | Fee from July |\n|---|---|---|\n| Filing an appeal | 420 | 436 |',
    '436',
    'amount 436 AUD actual',
  ],
];

const near: [string, string][] = [
  // The price of one currency in another is a rate of exchange.
  ['| Date | Rate (NOK per US$) |\n|---|---|\n| 2 March 2034 | 10.42 |', '10.42'],
  // A measure that is no currency.
  ['| Pool | Length (m) | Depth (m) |\n|---|---|---|\n| Main | 50 | 2 |', '50'],
  // A band's bounds in the first column are no cell of the priced column.
  ['| Weight (g) | Price (£) |\n|---|---|\n| 250-500 | 2.85 |', '250-500'],
  // A count.
  ['| Branch | Staff (number) | Budget (NZ$) |\n|---|---|---|\n| Riverside | 14 | 9,400 |', '14'],
];

describe('v267: a pipe header cell names its currency with no scale', () => {
  it.each(held)('%s → %s %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
  it.each(near)('%s → %s none', (text, number) => {
    expect(reading(text, number)).toBe('none');
  });
});
