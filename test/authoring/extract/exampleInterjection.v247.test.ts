// Tests for src/authoring/extract (v247): worked examples the opened sets ho298 and ho299 (a small
// claims tribunal's fee rules, a hawker centre authority's rent notice, a city corporation's
// vending fees) proposed, held here in other voices. A sentence that opens on one member picked
// with "a", "an" or "one" and says it is an example ("A claim for $40,000 filed online, for
// example, will cost …", "For instance, a household using … will pay …"), a member placed "at"
// somewhere before its "with" ("A stallholder at a new centre with a rent of …"), and a member
// whose description runs on through a "where" clause that gives its measure ("… on a street
// where the guideline value of that space is ₹1.4 lakh would pay …") are worked examples: every
// number illustrative. An example told on a named subject, a past event, a plural subject and
// a class a bound defines keep their reading. One member a sentence opens on, picked by a bound
// in a "whose" clause with a past verb ("A corporation whose turnover in its last financial year
// was less than $200,000 may pay …", ho298), stands for its class: the bound a trap.

import { describe, expect, it } from 'vitest';
import { type Source, statedIn } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-02-11',
  publisher: 'Tervan Charges Office',
  title: 'Charges notice',
  url: 'https://example.org/charges',
};

describe('a sentence on one member that says it is an example ("for example", "for instance")', () => {
  it.each([
    // A port's tariff book.
    [
      'Night landing\n\nA container of 40 tonnes landed at night, for example, will pay $310 instead of $260.',
      [],
    ],
    // A pension notice.
    ['Indexation\n\nA pension of €900 a month, for instance, would rise to €927 in January.', []],
    // A water utility.
    [
      'Bills\n\nFor example, a household using 160 cubic metres a year will pay £412 rather than £388.',
      [],
    ],
    // A farm scheme.
    [
      'Area payment\n\nFor instance, a grower with 50 hectares of barley would receive R18,500 at the new rate.',
      [],
    ],
    // A central bank's note on variable mortgages.
    [
      'Mortgages\n\nA mortgage of $300,000 on a variable rate, for example, would cost $1,950 a month instead of $1,810.',
      [],
    ],
    // Near miss: an example told on a named subject, in the past.
    [
      'Wharfage\n\nFor example, the Northern port raised wharfage by 4% to $4.10 a tonne in 2032.',
      ['raised wharfage by 4%', '$4.10'],
    ],
    // Near miss: a past event.
    ['Fees\n\nA late fee of $50, for example, was charged on 312 claims in 2030.', ['$50']],
    // Near miss: a plural subject states a plan.
    ['Permits\n\nSeveral councils, for example, will charge $40 for a permit from July.', ['$40']],
  ] as const)('%#: %s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});

describe('one member placed "at" somewhere, or described through a "where" clause', () => {
  it.each([
    // A market authority's rent notice, under a paragraph's number.
    [
      'Rents\n\n3. A trader at the eastern market with a stall rent of $900 a month will pay $675 a month in the first year.',
      [],
    ],
    // An irrigation scheme.
    [
      'Charges\n\nA grower at a new scheme with an allocation of 400 ML will pay $2,920 in 2034-35.',
      [],
    ],
    // A river authority's abstraction charge.
    [
      'Abstraction\n\nA dairy farm taking 200 ML from a river where the bulk charge for that licence is $14.60 a megalitre would pay $2,920 a year.',
      [],
    ],
    // A council's business rates.
    [
      'Rates\n\nA shop occupying 40 square metres in a precinct where the rental value of that floor space is £22,000 would pay £11,000 in rates.',
      [],
    ],
    // Near miss: a class a bound defines after "at".
    [
      'Rates\n\nA home at over $1 million in value pays the surcharge of 2% of its value.',
      ['$1 million', '2% of its value'],
    ],
    // Near miss: a bound inside the "where" clause.
    [
      'Rates\n\nA business in a zone where the rateable value is above £51,000 pays the higher multiplier of 54.6p.',
      ['54.6p'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});

describe('one member a sentence opens on, picked by a bound in a "whose" clause', () => {
  it.each([
    // A water regulator's penalty scheme.
    [
      'Penalties\n\nA water company whose leakage last year was more than 15% of supply will pay a penalty of £2 million.',
      ['£2 million'],
    ],
    // A customs notice.
    [
      'Customs\n\nAn importer whose consignments in 2034 were worth less than €10,000 may use the simplified declaration.',
      [],
    ],
    // A lender's charges, under a paragraph's number.
    [
      'Charges\n\n4. A borrower whose arrears last month were over $5,000 will pay a fee of $60.',
      ['$60'],
    ],
    // Near miss: an apposition on a named subject.
    [
      'Loans\n\nGreece, a country whose debt was above 180% of GDP, borrowed $40 billion.',
      ['180% of GDP', '$40 billion'],
    ],
    // Near miss: a named member.
    [
      'Ports\n\nThe port whose tonnage was above 2 million tonnes in 2033 paid $3.1 million in dues.',
      ['$3.1 million'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});
