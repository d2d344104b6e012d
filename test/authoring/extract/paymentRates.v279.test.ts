// Held tables of the v279 class (test/fixtures/prose/README.md, "A rate in money"): a pipe table
// column that names a rate in money prices its bare cells. A header cell that names a rate with a
// currency bracket ("| New rate (€/week) |") holds sums even on a row whose label names only whom
// the sum is paid per ("(per carer)", "(maximum per family)"); a title that names rates with a
// currency alone or per a span of time ("Fortnightly rates of payment (A$)") prices the cells
// under it; a header "rate" under a title in a currency with no scale ("Support rate, zone 2"
// under "(öre/kWh)") is that price. Seen in ho317 and ho321 (welfare circulars, benefit notices,
// electricity support); written here in other voices: a carers' scheme, a pension table, a
// heating rebate and a student grant. Near-misses keep their reading: a charge's rates per a unit
// bought ("(kr per kg)", held as traps by ho291 and ho306), a rate in percent and an interest rate
// under a money title.

import { describe, expect, it } from 'vitest';
import { fullReading, notice } from './readingOf.ts';

const SOURCE = notice('Schedule of payments', { date: '2034-03-02' });

/** "kind value unit status" of the first figure over `number`, or "none". */
const reading = (text: string, number: string): string => fullReading(text, number, SOURCE);

const held: [string, string, string][] = [
  [
    'Table 2. Benefit rates\n\n| Benefit | Old rate (€/week) | New rate (€/week) |\n|---|---|---|\n| Carer allowance (per carer) | 240 | 255 |\n| Fuel allowance | 33 | 36 |',
    '255',
    'amount 255 EUR actual',
  ],
  [
    'Table 2. Benefit rates\n\n| Benefit | Old rate (€/week) | New rate (€/week) |\n|---|---|---|\n| Family payment (maximum per family) | 410 | 430 |',
    '410',
    'amount 410 EUR actual',
  ],
  [
    'Fortnightly rates of payment (A$)\n\n| Payment | Current | From 20 March | Rise |\n|---|---|---|---|\n| Age pension, single | 1,116.30 | 1,149.00 | 32.70 |',
    '32.70',
    'amount 32.7 AUD actual',
  ],
  [
    'Student grant rates (£ per week)\n\n| Grant | Until August | From September |\n|---|---|---|\n| Living away from home | 96.20 | 99.10 |',
    '96.20',
    'amount 96.2 GBP actual',
  ],
  [
    'Average heating prices (öre/kWh)\n| Month | Zone 2 | Rebate rate, zone 2 |\n|---|---|---|\n| November | 140.0 | 30.0 |',
    '30.0',
    'amount 0.3 SEK actual',
  ],
];

const near: [string, string][] = [
  // Rates of a charge per a unit bought stay unread (ho291, ho306).
  [
    'Levy rates on packaging (kr per kg)\n\n| Material | Before | After |\n|---|---|---|\n| Plastic | 4.20 | 4.60 |',
    '4.60',
  ],
  // An interest rate under a title in money is no sum.
  [
    'Savings products (NZ$)\n\n| Product | Minimum balance | Interest rate |\n|---|---|---|\n| Bonus saver | 500 | 3.1 |',
    '3.1',
  ],
];

describe('v279: a rate in money prices its cells', () => {
  it.each(held)('%s → %s %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
  it.each(near)('%s → %s none', (text, number) => {
    expect(reading(text, number)).toBe('none');
  });
  it('a rate in percent stays a share', () => {
    expect(
      reading(
        'Interest rates on savings (%)\n\n| Product | Old rate | New rate |\n|---|---|---|\n| Easy access | 2.1 | 2.4 |',
        '2.4',
      ),
    ).toBe('share 2.4 percent actual');
  });
});
