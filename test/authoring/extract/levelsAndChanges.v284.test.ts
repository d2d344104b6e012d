// Held sentences and tables of the v284 class (test/fixtures/prose/README.md, "Levels beside
// changes"): figures found with the wrong kind in the blind sets ho323–ho327 (monetary-policy
// statements, labour-market releases, corporate-tax incentives, bank levies and deposit-insurance
// premiums, trade passages). Written here in other voices: a guarantee scheme's fee table, a
// pension levy, a vacancy release, a staff projection, tax incentives for hotels and farms, a
// cocoa board, an earnings release and a fare decision. A pipe column or row that names a level
// holds levels beside a column of changes, and one headed by a change holds changes; a title's
// "y-o-y" names changes; the rate of a tax relief or a working interest is a level; "from … to …" of a level's noun is two levels; the parts a change
// is broken into after ", with" or ", of which" are changes. Near-misses keep their reading.

import { describe, expect, it } from 'vitest';
import { fullReading, notice } from './readingOf.ts';

const SOURCE = notice('Notice', { date: '2034-03-02' });

/** "kind value unit status" of the first figure over `number`, or "none". */
const reading = (text: string, number: string): string => fullReading(text, number, SOURCE);

const held: [string, string, string][] = [
  [
    'Table 3. Guarantee fee since 2030\n| Year | Fee rate | Change on previous year |\n|---|---|---|\n| 2031 | 0.045% | -0.005 percentage points |',
    '0.045%',
    'share 0.045 percent actual',
  ],
  [
    'Key parameters of the levy\n| Item | Before reform | After reform |\n|---|---|---|\n| Annual rate, pension funds | 0.120% | 0.150% |',
    '0.150%',
    'share 0.15 percent actual',
  ],
  [
    "| Series | January | February | Monthly change |\n|---|---|---|---|\n| Job vacancies ('000) | 812.4 | 803.1 | -1.1% |",
    '-1.1%',
    'change -1.1 percent actual',
  ],
  [
    'Approved hotels qualify for an exemption from import duty, a payroll rebate and a 30% reduction of land tax for five years.',
    '30%',
    'share 30 percent actual',
  ],
  ['Farm buildings attract a capital allowance of 25% a year.', '25%', 'share 25 percent actual'],
  [
    'Firms lifting apprentice numbers by 5% or more receive a credit of 40%.',
    '40%',
    'share 40 percent actual',
  ],
  [
    'The new deduction will range up to 30% of qualifying spending, in place of the present 20%.',
    '20%',
    'share 20 percent actual',
  ],
  [
    'Staff projections (y-o-y, per cent)\n| | 2034 | 2035 |\n|---|---|---|\n| Real GDP growth | 1.8 | 2.0 |',
    '2.0',
    'change 2 percent expected',
  ],
  [
    'Cocoa shipments fell 4% in the season, after the board raised its export duty on beans from 8% to 12%.',
    '12%',
    'share 12 percent actual',
  ],
  [
    'The female employment rate rose from 61.2% to 63.0% over the year.',
    '63.0%',
    'share 63 percent actual',
  ],
  [
    'Average hourly earnings rose 4.1% over the year, with manufacturing at 4.6% and services at 3.9%.',
    '3.9%',
    'change 3.9 percent actual',
  ],
  [
    'The award gives pay rises of 7 per cent over 24 months, with 4 per cent in the first year and 3 per cent in the second.',
    '3 per cent',
    'change 3 percent actual',
  ],
  [
    'The Board approved an average fare increase of 2.4%, of which 1.5% reflects fuel costs and 0.9% wages.',
    '1.5%',
    'change 1.5 percent actual',
  ],
  [
    'The state company holds a 35% working interest in the block.',
    '35%',
    'share 35 percent actual',
  ],
  [
    'The charge on deposits goes up from about 0.12% to 0.15% of covered deposits.',
    '0.12%',
    'share 0.12 percent actual',
  ],
  [
    'Co-operatives with turnover below $2 million pay 15 per cent.',
    '15 per cent',
    'share 15 percent actual',
  ],
  [
    'For investment property, the maximum loan-to-value ratio was lowered to 60% in 2033.',
    '60%',
    'share 60 percent actual',
  ],
];

const near: [string, string, string][] = [
  // A part whose group names a level, or a whole after its number, keeps its reading.
  ['GDP grew 3% in 2033, with unemployment at 5%.', '5%', 'share 5 percent actual'],
  ['Exports rose 5%, with the EU at 40% of the total.', '40%', 'share 40 percent actual'],
  // A rate of change moved from one percent to another keeps its changes.
  ['Growth slowed from 3.1% to 2.2% in 2033.', '2.2%', 'change 2.2 percent actual'],
  // What a group pays more than another is their gap, no figure, as before.
  ['Lorries pay 40% more than cars on the bridge.', '40%', 'none'],
  // A part whose group names a rate of its own keeps its reading.
  [
    'Mortgage rates have fallen by 30 basis points since June, with the average fixed rate now at 5.2 percent.',
    '5.2 percent',
    'share 5.2 percent actual',
  ],
  // A gap to an allowance is a distance from a plan, a change.
  [
    'Its operating costs over the period were 3.2% above our allowance, mainly because of floods.',
    '3.2%',
    'change 3.2 percent actual',
  ],
  // A change's noun after the tax keeps the change.
  ['A 10% tax increase applied from July 2033.', '10%', 'change 10 percent actual'],
  // A currency's depreciation is still a fall.
  [
    'The depreciation of 12% in the currency raised import prices.',
    '12%',
    'change -12 percent actual',
  ],
];

describe('v284: levels beside changes', () => {
  it.each(held)('%s → %s %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
  it.each(near)('%s → %s keeps %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
});
