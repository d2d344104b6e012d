// Held sentences of the v276 class (test/fixtures/prose/README.md, "Band bounds, earners' incomes
// and defined classes in a schedule's prose"): both ends of the bands a noun of a band names or a
// pipe row's label cell holds (after a row mark with its band's noun, with a verb's negation
// joining the ends, or before a cell that names the band in words), a band of a base whose verb
// of levying the sentence left out, the income that picks one person, a present condition's
// "exceeds" and a means test's further criterion, the incomes a credit covers, a rate of pay "up
// to" a ceiling, a defined class's bound, a move supposed with "any", an earlier level of a bound
// in brackets, a rate quoted to one unit of another currency, an ordinal "the fifth of six", and
// a level under the rule a measure replaced. Seen in ho318–ho322 (income tax, payroll
// contributions, customs, welfare, telecom caps); written here in other voices: a housing benefit
// taper, a land tax, a student loan scheme, a childcare subsidy, a pension levy, a stamp duty, a
// port tariff, an energy rebate, a fishing licence, a water charge and a shilling rate.
// Near-misses keep their reading: a band moved by a verb, two levels of a threshold, a bounded
// cap a scheme pays, a plural class with no member picked, a level reached, a fraction of a
// whole, a sum "to" a sum in the same currency and the measure a sentence proposes.

import { describe, expect, it } from 'vitest';
import { readingOf } from './readingOf.ts';

/** Each sentence and the number in it that must be proposed as no figure. */
const held: [string, string][] = [
  [
    'The repayment rate falls to 8% for the income bands from £27,296 to £49,130 from April.',
    '£27,296',
  ],
  [
    'The repayment rate falls to 8% for the income bands from £27,296 to £49,130 from April.',
    '£49,130',
  ],
  [
    'Under the old scale the three brackets between A$90,001 and A$180,000 paid 32.5% and 37%.',
    'A$90,001',
  ],
  [
    'Pensions in the taper zone from €1,250.01 to €1,900 a month pay a reduced solidarity levy.',
    '€1,900',
  ],
  [
    'Land is taxed at 1.2% where its value is below $500,000, and values between $500,000 and $2 million at 1.6%.',
    '$2 million',
  ],
  [
    '| Code | Value of the land that: | Rate |\n|---|---|---|\n| 1 | exceeds $250,000 but does not exceed $900,000 | 0.9% |',
    '$900,000',
  ],
  [
    '| Dutiable value | Band name | Rate |\n|---|---|---|\n| €0 to €150,000 | Entry band | 1% |\n| €150,001 to €600,000 | Middle band | 3% |',
    '€150,001 to €600,000',
  ],
  [
    '| Band | Household income | Subsidy |\n|---|---|---|\n| Band A | Up to S$4,500 | S$660 |\n| Band B | S$4,501 to S$7,500 | S$440 |',
    'S$4,500',
  ],
  ['A lone parent earning £21,000 a year will be about £9.20 a week better off.', '£21,000'],
  [
    'Under the reform a nurse with monthly basic pay of R28,500 would have kept R640 more each month.',
    'R28,500',
  ],
  [
    'The subsidy is widened, and a family with one child earning less than NZ$1,400 a week now qualifies.',
    'NZ$1,400',
  ],
  [
    'The levy is 4% where turnover exceeds NOK 20 million and 6% where it exceeds NOK 60 million.',
    'NOK 20 million',
  ],
  [
    'Households qualify for the rebate if their income is below £31,000 a year and savings are below £16,000.',
    '£16,000',
  ],
  ['The energy rebate is extended for incomes up to about €38 000 a year.', '€38 000'],
  [
    'Apprentices pay 6.5 per cent of earnings up to £967 a week, instead of the full 12 per cent.',
    '£967',
  ],
  [
    'A "small vessel" is a boat with less than 12% of the annual quota landed in the previous season.',
    '12%',
  ],
  [
    'The association warned that any real-terms fall larger than 3 per cent would close 40 inshore boats.',
    '3 per cent',
  ],
  [
    'The top water charge applies to use above 250 kilolitres for households (previously 240 kilolitres) and to use above $4,800 of charges (previously $4,500).',
    '$4,500',
  ],
  [
    'The average rate used for customs in May was KSh 129.35 to US$1, against KSh 141.80 a year earlier.',
    'KSh 141.80',
  ],
  [
    'The average rate used for customs in May was KSh 129.35 to US$1, against KSh 141.80 a year earlier.',
    'KSh 129.35',
  ],
  ['This is the third of four scheduled increases in the port tariff.', 'third'],
  ['The rebate cut applies to the income slabs from ₹7,00,001 to ₹10,00,000 only.', '₹10,00,000'],
  [
    'A "micro firm" is a company with fewer than 10 staff and a turnover of less than €2 million.',
    '€2 million',
  ],
  ['Under normal uprating the allowance would have been £3,080.', '£3,080'],
];

/** Near-misses: each sentence, its number and the reading it keeps. */
const near: [string, string, string][] = [
  [
    'The Minister will widen the standard rate band from €44,000 to €46,000 in 2036.',
    '€46,000',
    'amount 46000 EUR',
  ],
  ['The tax-free threshold is raised to R95,750 from R91,250.', 'R95,750', 'amount 95750 ZAR'],
  ['Grants of up to £40,000 are available to each village hall.', '£40,000', 'amount 40000 GBP'],
  [
    'Workers earning the minimum wage will receive £12.21 an hour from April.',
    '£12.21',
    'amount 12.21 GBP',
  ],
  ['The share of claimants on the top rate has exceeded 3% this year.', '3%', 'share 3 percent'],
  ['Rebates absorb a fifth of the scheme’s budget.', 'a fifth', 'share 20 percent'],
  ['Bus fares rise from $0.90 to $1 in July.', '$1', 'amount 1 USD'],
  [
    'The council will raise the fine for mooring in a protected zone from £200 to £300.',
    '£300',
    'amount 300 GBP',
  ],
  [
    'Under the proposals a single pensioner would receive £230.25 a week.',
    '£230.25',
    'amount 230.25 GBP',
  ],
];

describe('v276: band bounds, earners’ incomes and defined classes are no figures', () => {
  it.each(held)('%s → %s none', (text, number) => {
    expect(readingOf(text, number)).toBe('none');
  });
  it.each(near)('%s → %s %s', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});
