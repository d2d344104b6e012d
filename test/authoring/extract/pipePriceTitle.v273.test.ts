// Held tables of the v273 class (test/fixtures/prose/README.md, "A pipe table priced by its
// title's currency with no scale"): a pipe table's title line, or its header cell, whose closing
// bracket names a currency with no scale, alone, per a unit or over a slash ("(S$)", "(yen per
// litre)", "(öre/kWh, excl. VAT)", "(c/l)"), prices the bare cells of the table under it in whole
// units of that currency, or hundredths where it names cents or öre; a first header cell that
// names money ("| Item (Rp trillion) | 2034 Actual |") titles the table as a title line does, and
// a year head with words after it ("2036 Outlook") dates its column as "2035 (outturn)" does. Seen
// in ho313–ho317 (fares, fuel subsidies, electricity support, budget notes); written here in
// other voices: a ferry company, a dairy board, a district heating utility, a museum trust and a
// ports authority. Near-misses keep their reading: a title that names rates, a price of one
// currency in another, a count column, a row label with its own unit, a list under such a title
// and a text table with no pipes.

import { describe, expect, it } from 'vitest';
import { fullReading, notice } from './readingOf.ts';

const SOURCE = notice('Price notice', { date: '2035-06-10' });

/** "kind value unit status" of the first figure over `number`, or "none". */
const reading = (text: string, number: string): string => fullReading(text, number, SOURCE);

const held: [string, string, string][] = [
  // A title in a currency alone over before and after columns.
  [
    'Table 2: Crossing fares on the island routes (NOK)\n| Route | Fare until May | Fare from June |\n|---|---|---|\n| Hestøy–Lunde, adult | 64 | 68 |\n| Hestøy–Lunde, car and driver | 212 | 226 |',
    '226',
    'amount 226 NOK actual',
  ],
  // A title per a unit, rows dated by the week.
  [
    'Farm-gate milk price paid by the board (NZ$ per kilogram of milk solids)\n| Month | Standard | Organic |\n|---|---|---|\n| March 2035 | 8.15 | 9.40 |\n| April 2035 | 8.30 | 9.55 |',
    '9.55',
    'amount 9.55 NZD actual',
  ],
  // A title over a slash with a qualifier: hundredths of the krone.
  [
    'District heating energy charge (öre/kWh, incl. VAT)\n| Quarter | Households | Businesses |\n|---|---|---|\n| Q1 2035 | 92.4 | 88.0 |',
    '92.4',
    'amount 0.924 SEK actual',
  ],
  // A header cell over a slash names cents per unit.
  [
    'South African fuel prices for July: the wholesale price of paraffin rises by R0.31 a litre.\n\n| Grade | Adjustment (c/l) | Pump price |\n|---|---|---|\n| Unleaded 91 | 4.50 | R23.12 |',
    '4.50',
    'amount 0.045 ZAR actual',
  ],
  // Year columns under a title with no scale, each of its year.
  [
    'Table 4. Annual pass prices (£)\n| Pass | 2034 | 2035 | Change, % |\n|---|---|---|---|\n| Adult | 1 240 | 1 290 | 4.0 |',
    '1 240',
    'amount 1240 GBP actual',
  ],
  // A first header cell names the table's money; a year head with words dates its column.
  [
    'Harbour dues outturn and plan\n\n| Line (€ million) | 2034 Outturn | 2035 Estimate | 2036 Plan |\n|---|---|---|---|\n| Cargo dues | 41.6 | 43.0 | 44.8 |',
    '44.8',
    'amount 44800000 EUR expected',
  ],
  [
    'Harbour dues outturn and plan\n\n| Line (€ million) | 2034 Outturn | 2035 Estimate | 2036 Plan |\n|---|---|---|---|\n| Cargo dues | 41.6 | 43.0 | 44.8 |',
    '41.6',
    'amount 41600000 EUR actual',
  ],
  // Words after a year under a money title date its column.
  [
    'Table 3: Museum trust grants (CHF million)\n| | 2034 Accounts | 2036 Draft budget |\n|---|---|---|\n| Collections | 12.4 | 13.1 |',
    '13.1',
    'amount 13100000 CHF expected',
  ],
];

const near: [string, string][] = [
  // A title that names rates: its cells are rates per a unit, no prices paid.
  [
    'Levy rates per tonne of cargo (US$ per tonne)\n| Cargo | Rate | Previous rate |\n|---|---|---|\n| Bulk grain | 1.85 | 1.70 |',
    '1.85',
  ],
  // The price of one currency in another.
  [
    'Reference exchange rates (SEK per €)\n| Date | Mid |\n|---|---|\n| 2 June 2035 | 11.42 |',
    '11.42',
  ],
  // A count column under a money title.
  [
    'Table 5: Ferry tickets sold and fares (NOK)\n| Route | Tickets (number) | Fare |\n|---|---|---|\n| Lunde | 48,200 | 68 |',
    '48,200',
  ],
  // A row of another measure under a first header cell's money.
  [
    '| Line (€ million) | 2034 Outturn | 2035 Estimate |\n|---|---|---|\n| Cost recovery ratio | 1.12 | 1.08 |',
    '1.12',
  ],
  // A row label with its own unit.
  [
    'Table 6: Tariff schedule (NOK)\n| Item | 2035 | 2036 |\n|---|---|---|\n| Passengers (thousands) | 412 | 430 |',
    '412',
  ],
  // A list under such a title is no pipe table (v200's call for lists stands).
  ['Water tariff (KSh per m3)\n- 0-6 m3: 420\n- 7-20 m3: 78\n', '78'],
  // A text table with no pipes stays unread.
  [
    'Support prices for pulses (₹ per quintal)\n\nCrop          2034-35    2035-36\nGram          5,875      6,100\n',
    '6,100',
  ],
];

describe('v273: a pipe table priced by its title or header cell in a currency with no scale', () => {
  it.each(held)('%s → %s %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
  it.each(near)('%s → %s none', (text, number) => {
    expect(reading(text, number)).toBe('none');
  });
});
