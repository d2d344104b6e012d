// Held sentences and tables of the v282 class (test/fixtures/prose/README.md, "Levels the bound
// readers took for lines, and year heads with their unit", v282): figures the blind sets ho319 and
// ho321 missed, written here in other voices. A pipe header cell that is a year and its unit's
// bracket ("| 2032-33 (KSh million) |") gives its column that unit and year beside a change
// column; a "(points)" change column beside a percent column holds percentage points; the cap on
// a sum set as a percent of a base ("15 per cent of the basic payment but no more than £18") is a
// figure; "the gross average wage" is no other group's level; a line of so much a week or a month
// named with its number is a figure; a percent "more than average wages" compares two measures;
// "and that" joins a recommendation, no relative on members; a percent of "national tax", a level
// "than the" number, a vote's tally and a band's base before "plus 32.5c for each $1" are read
// (v274's leftovers). Near-misses keep their reading: the
// debts a waiver or a write-off covers ("interest on debts below NZ$5,000"), a line of so much a
// day, a bound on members' income, an index's points, another area's average, another group.

import { describe, expect, it } from 'vitest';
import { fullReading, notice } from './readingOf.ts';

const SOURCE = notice('Annual statement', { date: '2034-03-02' });

/** "kind value unit status" of the first figure over `number`, or "none". */
const reading = (text: string, number: string): string => fullReading(text, number, SOURCE);

const ACCOUNTS =
  'Levy fund accounts\n\n| Item | 2031-32 (KSh million) | 2032-33 (KSh million) | Change (%) |\n|---|---|---|---|\n| Levies collected | 4,210 | 4,630 | 10.0 |\n| Grants paid | 3,100 | 3,380 | 9.0 |';
const LEVY_RATES =
  'Levy rates by region\n\n| Region | Levy rate (%) | Change on last year (points) |\n|---|---|---|\n| North | 4.15 | -0.05 |\n| Coast | 3.90 | +0.10 |';

const held: [string, string, string][] = [
  [ACCOUNTS, '4,630', 'amount 4630000000 KES actual'],
  [ACCOUNTS, '3,100', 'amount 3100000000 KES actual'],
  [ACCOUNTS, '10.0', 'change 10 percent actual'],
  [
    'Budget outlook\n\n| Item | 2032-33 (£ million) | 2034-35 (£ million) | Change (%) |\n|---|---|---|---|\n| Grant income | 812 | 870 | 7.1 |',
    '870',
    'amount 870000000 GBP expected',
  ],
  [LEVY_RATES, '-0.05', 'change -0.05 percentage-points actual'],
  [LEVY_RATES, '+0.10', 'change 0.1 percentage-points actual'],
  [
    'The heating supplement for households with children, 15 per cent of the basic payment but no more than £18 a week, is paid each winter.',
    '£18',
    'amount 18 GBP actual',
  ],
  [
    'A grant for families with disabled members, 40% of the adaptation costs, up to a maximum of NZ$2,100, is available.',
    'NZ$2,100',
    'amount 2100 NZD actual',
  ],
  [
    'The guaranteed minimum pension equals 45 per cent of the gross average wage.',
    '45 per cent',
    'share 45 percent actual',
  ],
  [
    'The allowance is withdrawn on earnings above the lower earnings threshold of £540 a month.',
    '£540',
    'amount 540 GBP actual',
  ],
  [
    'The study put the regional poverty line of R4,100 a month well above the grant.',
    'R4,100',
    'amount 4100 ZAR actual',
  ],
  [
    'Pensions in payment rose 0.6 percentage points more than average wages.',
    '0.6 percentage points',
    'change 0.6 percentage-points actual',
  ],
  [
    'The panel recommends that fees be frozen for two years and that the operator spend at least €40 million on new rolling stock.',
    '€40 million',
    'amount 40000000 EUR expected',
  ],
  [
    'Dividends bear withholding tax of 25.375%, made up of 18.375% federal tax and 7% municipal tax.',
    '18.375%',
    'share 18.375 percent actual',
  ],
  [
    'The one-year rate of 3.10% is 0.20 percentage points lower than the 3.30% offered in the May issue, reflecting the fall in bill yields: three-month bill yields averaged 2.9% in May.',
    '3.30%',
    'share 3.3 percent actual',
  ],
  [
    'At the referendum the ratepayers approved the rate rise by 61.3 percent to 38.7 percent.',
    '61.3 percent',
    'share 61.3 percent actual',
  ],
  [
    '| Taxable income | Tax payable |\n|---|---|\n| $45,001 to $120,000 | $5,092 plus 32.5c for each $1 over $45,000 |',
    '$5,092',
    'amount 5092 USD actual',
  ],
  // The size of a grant itself after its noun stays a figure, as before.
  ['Grants of up to £40,000 are available to small firms.', '£40,000', 'amount 40000 GBP expected'],
];

const near: [string, string][] = [
  // The debts a write-off or a waiver covers, sorted by their size (v282's call).
  ['The tax office has written off interest on debts below NZ$5,000 for the year.', 'NZ$5,000'],
  ['The council waived penalties on arrears of up to $2,000 per household.', '$2,000'],
  // A line of so much a day stays the line that sorts people.
  ['About 9% of people live below the poverty line of $3.00 a day.', '$3.00'],
  ['Households with income of at most R8,000 a month qualify.', 'R8,000'],
  // Bare points with no percent column beside them are an index's.
  [
    'Benchmarks\n\n| Index | Level (points) | Change on last year (points) |\n|---|---|---|\n| All shares | 6,120 | -14.2 |',
    '-14.2',
  ],
  ['Wages in the county stand at 85 per cent of the national average wage.', '85 per cent'],
  ['Women in the sector earn 12% less than men.', '12%'],
  ['Firms and households with turnover of at least $2 million must register.', '$2 million'],
  // A bound on the members a share counts, with no cap's "but" or comma, still sorts them.
  [
    'After the review about 64% of tenant households will pay no more than NZ$2,400 a month.',
    'NZ$2,400',
  ],
  ['Cement may hold up to 35% fly ash.', '35%'],
  ['It returns £4 for every £1 spent.', '£4'],
  ['Banks with capital ratios lower than 8% must submit a plan.', '8%'],
];

describe('v282: levels the bound readers took for lines, and year heads with their unit', () => {
  it.each(held)('%s → %s %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
  it.each(near)('%s → %s none', (text, number) => {
    expect(reading(text, number)).toBe('none');
  });
});
