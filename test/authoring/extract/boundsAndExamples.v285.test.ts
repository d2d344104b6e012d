// Held sentences of the v285 class (test/fixtures/prose/README.md, "Worked examples told for
// illustration or quoted, rates a corridor sets by points, and bounds that sort loans, earners and
// qualifying firms"): traps proposed on the blind sets ho323–ho327 (monetary-policy statements,
// labour-market releases, corporate-tax incentives, macroprudential limits and deposit cover, trade
// passages). Written here in other voices: a central bank's illustration told mid-paragraph, a
// credit-union insurer's quoted example, a lender's loan-to-income example, a research rebate, a
// corridor's facility rate and a tier of reserves, a services-inflation line, a wage survey, an
// export allowance, a tapered profits band, mortgage LTV limits, a comparison of food prices with
// earnings, and a trade ratio. Each trap reads none; the figures beside it keep their reading.
// Near-misses keep the reading they had before v285: a gap stated with its verb, a facility rate's
// own cut and level, an ordinal year with no line, a multiple of the same measure in an earlier
// year, a past payment, a change told as a fact, a pay level, an average LVR and a sum per visitor.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

/** "kind value unit status" of the first figure over `number` in `text`, whose publisher is the
 *  text's first line, or "none". */
function reading(text: string, number: string): string {
  const from = text.indexOf(number);
  if (from < 0) throw new Error(`"${number}" is not in "${text}": fix the row`);
  const at = [...text.slice(0, from)].length;
  const end = at + [...number].length;
  const source = {
    date: '2034-06-06',
    publisher: text.split('\n')[0],
    url: 'https://www.example-bank.org/notice',
  };
  const c = extractCandidates(text, 'doc', { source }).filter(
    (f) => f.stated.start < end && f.stated.end > at,
  )[0];
  return c ? `${c.kind} ${c.value ?? JSON.stringify(c.range)} ${c.unit} ${c.status}` : 'none';
}

const held: [string, string, string][] = [
  [
    'Central Bank\n\nLenders are expected to follow the cut. For illustration only: a trader with an overdraft of KSh 2,000,000 at an interest rate of 13.5 percent would pay about KSh 10,000 less in interest a year.',
    'KSh 2,000,000',
    'none',
  ],
  [
    'Central Bank\n\nLenders are expected to follow the cut. For illustration only: a trader with an overdraft of KSh 2,000,000 at an interest rate of 13.5 percent would pay about KSh 10,000 less in interest a year.',
    '13.5 percent',
    'none',
  ],
  [
    'Central Bank\n\nLenders are expected to follow the cut. For illustration only: a trader with an overdraft of KSh 2,000,000 at an interest rate of 13.5 percent would pay about KSh 10,000 less in interest a year.',
    'KSh 10,000',
    'none',
  ],
  [
    'Deposit Insurer\n\n"A member with a share account of $80,000 and a fixed deposit of $30,000 in one credit union will now be fully covered for $110,000," the registrar said. "Under the old limit, $60,000 of that would have been lost."',
    '$80,000',
    'none',
  ],
  [
    'Deposit Insurer\n\n"A member with a share account of $80,000 and a fixed deposit of $30,000 in one credit union will now be fully covered for $110,000," the registrar said. "Under the old limit, $60,000 of that would have been lost."',
    '$110,000',
    'none',
  ],
  [
    'Deposit Insurer\n\n"A member with a share account of $80,000 and a fixed deposit of $30,000 in one credit union will now be fully covered for $110,000," the registrar said. "Under the old limit, $60,000 of that would have been lost."',
    '$60,000',
    'none',
  ],
  [
    'Prudential Authority\n\nA teacher earning £48,000 a year who borrows £230,000 has a loan-to-income ratio of 4.8, inside the limit.',
    '£230,000',
    'none',
  ],
  [
    'Ministry of Research\n\n4. A postdoctoral fellow earning €4,200 a month gives the institute a payroll rebate of €630 a month under the draft, against €420 now.',
    '€630',
    'none',
  ],
  [
    'Ministry of Research\n\n4. A postdoctoral fellow earning €4,200 a month gives the institute a payroll rebate of €630 a month under the draft, against €420 now.',
    '€420',
    'none',
  ],
  [
    'Central Bank\n\nThe lending facility rate remains 50 basis points above the policy rate.',
    '50 basis points',
    'none',
  ],
  [
    'Central Bank\n\nReserves up to the quota are remunerated at the policy rate, and balances above the quota at 0.75 percentage points below the policy rate.',
    '0.75 percentage points',
    'none',
  ],
  [
    'Central Bank\n\nServices inflation averaged 5.2 percent, the third year above 5 percent.',
    '5 percent',
    'none',
  ],
  [
    'Central Bank\n\nServices inflation averaged 5.2 percent, the third year above 5 percent.',
    '5.2 percent',
    'change 5.2 percent actual',
  ],
  [
    'Statistics Office\n\nSome 12 per cent of workers earned less than KSh 15,000 a month, compared with 15 per cent in 2030.',
    'KSh 15,000',
    'none',
  ],
  [
    'Statistics Office\n\nSome 12 per cent of workers earned less than KSh 15,000 a month, compared with 15 per cent in 2030.',
    '15 per cent',
    'share 15 percent actual',
  ],
  [
    'Treasury\n\nExporters that lift foreign sales by 15% or more get an extra allowance of 10%.',
    '15%',
    'none',
  ],
  [
    'Treasury\n\nThe lower rate applies to profits up to A$50,000, and a tapered rate for profits between A$50,000 and A$300,000.',
    'A$300,000',
    'none',
  ],
  [
    'Reserve Bank\n\nLenders may write no more than 15 per cent of new mortgages at LTVs above 85 per cent, up from 10 per cent.',
    '85 per cent',
    'none',
  ],
  [
    'Reserve Bank\n\nLenders may write no more than 15 per cent of new mortgages at LTVs above 85 per cent, up from 10 per cent.',
    '15 per cent',
    'share 15 percent expected',
  ],
  [
    'Reserve Bank\n\nFor buy-to-let loans, the share allowed above a 70 per cent LTV rises from 5 per cent to 8 per cent.',
    '70 per cent',
    'none',
  ],
  [
    'Reserve Bank\n\nFor buy-to-let loans, the share allowed above a 70 per cent LTV rises from 5 per cent to 8 per cent.',
    '8 per cent',
    'share 8 percent actual',
  ],
  [
    'Central Bank\n\nFood prices rose 7.4 per cent, roughly twice the growth of average earnings (3.8 per cent).',
    'twice',
    'none',
  ],
  [
    'Central Bank\n\nFood prices rose 7.4 per cent, roughly twice the growth of average earnings (3.8 per cent).',
    '7.4 per cent',
    'change 7.4 percent actual',
  ],
  [
    'Trade Ministry\n\nThe gap is wide: for every $8 of machinery the island buys from the mainland, it sells about $1 back.',
    '$1',
    'none',
  ],
];

const near: [string, string, string][] = [
  [
    'Central Bank\n\nThe policy rate is 2 percentage points above the neutral rate.',
    '2 percentage points',
    'change 2 percentage-points actual',
  ],
  [
    'Central Bank\n\nThe deposit facility rate was lowered by 25 basis points to 3.50%.',
    '25 basis points',
    'change -0.25 percentage-points actual',
  ],
  [
    'Central Bank\n\nThe deposit facility rate was lowered by 25 basis points to 3.50%.',
    '3.50%',
    'share 3.5 percent actual',
  ],
  [
    'Central Bank\n\nThe SDF rate stands at 6.00 per cent.',
    '6.00 per cent',
    'share 6 percent actual',
  ],
  [
    'Central Bank\n\nThe index rose for the second year, by 4 percent.',
    '4 percent',
    'change 4 percent actual',
  ],
  [
    'Central Bank\n\nWages rose 5.1 percent in 2033, twice the rise of 2030.',
    'twice',
    'change 100 percent actual',
  ],
  [
    'Deposit Insurer\n\nA depositor with ₱700,000 paid a fee of ₱50 in 2030.',
    '₱50',
    'amount 50 PHP actual',
  ],
  ['Treasury\n\nCompanies raised total salaries by 3% last year.', '3%', 'change 3 percent actual'],
  ['Statistics Office\n\nAverage pay was £12 an hour.', '£12', 'amount 12 GBP actual'],
  ['Reserve Bank\n\nMortgage LVRs averaged 72 per cent.', '72 per cent', 'share 72 percent actual'],
  [
    'Trade Ministry\n\nExports to the bloc rose by $8 billion, and imports by about $1 billion.',
    '$1 billion',
    'amount 1000000000 USD actual',
  ],
  ['Trade Ministry\n\nFor every visitor, the park earns about $3.', '$3', 'amount 3 USD actual'],
];

describe('v285: illustrations, quoted and ratio examples, corridor margins, bounds on loans and earners', () => {
  it.each(held)('%s → %s reads %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
  it.each(near)('%s → %s keeps %s', (text, number, want) => {
    expect(reading(text, number)).toBe(want);
  });
});
