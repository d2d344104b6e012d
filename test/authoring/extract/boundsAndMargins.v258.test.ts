// Tests for v258 (src/authoring/extract/formulaMargin.ts, sortingClause.ts): bounds, bands,
// thresholds and formula margins the opened sets ho308–ho312 proposed as figures. A formula's
// margin written after a long description of its rate and a comma, added to a "base", named as
// the margin or deduction, set in an aside after the rate it defines, or written in a table cell
// after the tariff it is added to; and a bound that sorts cases in a present condition on a base
// with a phrase of its own, in a "whose" clause, after "whether or not", at the end of a taper, as
// the first slice of an income a rule disregards, in the bands a fixed sum is set for, in the
// claims a tribunal hears, in an income "of not more than", in an aside naming a class, after
// counted members and what each owed, in a tier's table label, as a sale's multiple, as the size
// of a move a rule waits for, and as a bare percent cell atop a column of percent bands. Held here
// in other voices: a cooperative bank, a pension fund, a farm scheme, a port authority, a water
// utility, a council levy, an ombudsman and a savings scheme. Each is a trap (README, Traps: v96,
// v206, v212, v243, v258). A gap with its verb, a past level, a grant's first tranche, a sum
// awarded, a market spread that moved and an income reached keep their reading.

import { describe, expect, it } from 'vitest';
import { notice, readingsIn } from './readingOf.ts';

/** Each figure's stated words, kind, value and status under a notice titled `title`. */
const read = (title: string, text: string) => readingsIn(`${title}\n\n${text}\n`, notice(title));
/** Each figure's stated words alone. */
const stated = (title: string, text: string) => read(title, text).map((r) => r[0]);

describe('a formula margin or a sorting bound is no figure (v258)', () => {
  it.each([
    // A cooperative bank: a margin after a rate described at length and a comma.
    [
      'Overdue charges 2034',
      'The overdue-charge rate is the average of the deposit rates published by the two largest cooperative banks over the quarter, plus 2.5 percentage points.',
      [],
    ],
    // A pension fund: margins added to a base defined before.
    [
      'Members’ interest 2035',
      'Members in arrears pay the base plus 3 percentage points; members in credit receive the base plus 1 percentage point, and the fund itself the base alone.',
      [],
    ],
    // A savings scheme: the margin named, in words.
    [
      'Savings scheme terms 2034',
      'On balances held longer than five years, the margin is one percentage point.',
      [],
    ],
    // A farm scheme: an aside after the rate it defines; its cap stays.
    [
      'Drought support 2035',
      'Growers in drought districts keep a higher support rate for barley, 15 percentage points above their ordinary rate, up to a maximum of 90 per cent.',
      ['90 per cent'],
    ],
    // A port authority: a tariff cell written as a formula.
    [
      'Berthing charges 2034',
      '| Period | Charge | Current | Proposed |\n|---|---|---|---|\n| Night berthing | Day tariff plus 25% | – | – |',
      [],
    ],
    // A council levy: a condition on a base with a dated phrase of its own.
    [
      'Drainage levy 2034',
      'Where the assessed value of a holding on 1 July 2033 is less than $250,000, the council may waive the drainage levy.',
      [],
    ],
    // A farm labour rule: a condition on a worker's wage; the cap it sets stays.
    [
      'Seasonal work rules 2035',
      'Where the wage of a seasonal worker exceeds €2,400 a month, the employer contribution shall not exceed €120.',
      ['€120'],
    ],
    // A pay circular: a "whose" clause with no plural before it.
    [
      'Wage review 2034',
      'Staff on grades 01 to 04 whose monthly basic wage after the review is less than R9,800 shall be paid a top-up to that amount.',
      [],
    ],
    // A savings scheme: "whether or not it exceeds".
    [
      'Savings rates 2036',
      'The bonus rate applies to the whole deposit, whether or not it exceeds ₩50 million.',
      [],
    ],
    // A farm allowance: where a taper ends.
    [
      'Farm allowance 2035',
      'Above that level the farm allowance is reduced gradually, ending at an income of NZ$98,000.',
      [],
    ],
    // A pension fund: the first slice of an income disregarded.
    [
      'Contribution rules 2034',
      'The first €8,000 of each member’s annual pension shall be disregarded when the contribution is assessed.',
      [],
    ],
    // A port authority: the bands a fixed rebate is set for.
    [
      'Shipper rebates 2034',
      'A shipper is entitled to a rebate: €25 for a consignment of less than €5,000; €60 for a consignment of €5,000 or more but less than €50,000; and €150 for a consignment of €50,000 or more.',
      ['€25', '€60', '€150'],
    ],
    // An ombudsman: the complaints a scheme hears.
    [
      'Ombudsman scheme 2035',
      'The energy ombudsman’s scheme covers complaints of up to £40,000.',
      [],
    ],
    // A housing scheme: eligibility stated "of not more than", two arms.
    [
      'Housing scheme 2034',
      'Eligibility is unchanged: a household income of not more than ₱40,000 a month for rental units and not more than ₱60,000 for rent-to-own units.',
      [],
    ],
    // A water utility: counted customers sorted by what each owed.
    [
      'Arrears report 2034',
      'At year end, 1,204 customers owed water charges totalling €3.1 million, and 96 of them owed more than €5,000 each.',
      ['€3.1 million'],
    ],
    // A water utility: a tier's table label; the charges stay.
    [
      'Water charges 2035',
      '| Charge | Existing | Proposed |\n|---|---|---|\n| Metered water, until the bill reaches $60.00 | $0.90 | $1.00 |\n| Metered water, after the bill reaches $60.00 | $0.70 | $0.75 |',
      ['$0.90', '$1.00', '$0.70', '$0.75'],
    ],
    // A bond issue: the multiple bonds are sold in; the minimum stays.
    [
      'Green savings bond 2034',
      '- Minimum subscription: NZ$1,000, and thereafter in multiples of NZ$100.',
      ['NZ$1,000'],
    ],
    // A central bank: the size of a move a rule waits for.
    [
      'Standing facility rates 2035',
      'The facility rates are reset only when the reference rate moves by 0.25 percentage points or more.',
      [],
    ],
    // A water utility: the term a rule's modal sets an allowance by.
    [
      'Water allowance rules 2035',
      'The yearly uprating of the water allowance shall equal 75 per cent of the average rise in bulk water prices over the three previous years.',
      [],
    ],
    // A childcare funding table: a bare top band over bands of percents.
    [
      'Kindergarten funding 2035',
      '| Qualified staff | Under 3 | 3 and over |\n|---|---|---|\n| 100% | €14.20 | €9.10 |\n| 75–99% | €13.60 | €8.70 |',
      ['€14.20', '€9.10', '€13.60', '€8.70'],
    ],
  ])('%s: %s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('near-misses keep their reading (v258)', () => {
  it.each([
    // A gap between two rates stated with its verb is a figure (v96).
    [
      'Rates review 2034',
      'The policy rate is 2 percentage points above the neutral rate.',
      ['2 percentage points above'],
    ],
    // A past level of a base, no condition.
    [
      'Rent survey 2034',
      'The rent of a unit exceeded $3,000 a month in 2033, up 4% on the year.',
      ['$3,000', 'up 4%'],
    ],
    // The first tranche of a grant paid.
    [
      'Grant report 2034',
      'The first €5 million of the grant was paid in March 2034.',
      ['€5 million'],
    ],
    // A sum awarded.
    ['Tribunal report 2034', 'The tribunal awarded compensation of £40,000 in 2033.', ['£40,000']],
    // A market spread that moved.
    [
      'Market review 2034',
      'The spread widened to 2.1 percentage points in the quarter.',
      ['2.1 percentage points'],
    ],
    // An income reached at the year's end.
    ['Farm incomes 2034', 'Farm incomes ended the year at NZ$98,000 on average.', ['NZ$98,000']],
    // A fee set, with "whether or not" about something else.
    ['Fees 2034', 'Fees rose to $250, whether or not applicants had paid before.', ['$250']],
  ])('%s: %s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});
