// Tests for src/authoring/extract (v143): readings found in the fresh sets ho248–ho252, each held
// in voices other than the one it was found in. A year inside a verb's object before its "by"
// ("reduced the value of claims submitted in 2032 by 8.3 percent") keeps the change; a charge
// "indexed by 2.5%" or "uprated by 3.1%" rises by it (README, Kind); a reduction a group receives
// or qualifies for is the rate of a relief, a share (README, a discount or rebate); the items in
// brackets a share's ranking puts after its lead are shares ("followed by Rajasthan (17.06 per
// cent)"); a count in a clause of its own after a change, restated ", or 43 percent", is a part.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Harlow City Council',
    title: 'Report',
    url: 'https://example.org/report',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) =>
    `${c.stated.text} ${c.kind} ${c.value ?? ''}`.trimEnd(),
  );
const kinds = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => `${c.kind} ${c.value ?? ''}`.trimEnd());

describe('a year inside the object between a verb of change and its "by"', () => {
  it.each([
    // A health-insurance fund's statement.
    ['Vetting reduced the value of claims submitted in 2032 by 8.3 percent.', ['change -8.3']],
    // A port company's tariff notice.
    ['The port raised the dues charged on ships built before 2010 by 12 percent.', ['change 12']],
    // A pension fund's annual report.
    ['The fund reduced the weight of bonds bought in 2029 by 5 percent.', ['change -5']],
    // A regulator's decision.
    ['The regulator lowered the cap set in its 2030 decision by 3.5 percent.', ['change -3.5']],
    // Near misses: the number is no size of the verb's change.
    ['The port raised the dues in 2031, when 12 percent of ships paid late.', ['share 12']],
  ] as const)('%#: %s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('a charge indexed or uprated by a percent rises by it', () => {
  it.each([
    // A ship register's review.
    [
      'Under Order 14/2033 the fees and tax rates are indexed by 2.5% from 1 January 2034.',
      ['change 2.5'],
    ],
    // A municipal port's dues: a comparative before the verb ("below") is no change of its own.
    ['The charges below have been indexed by 3.6% from the 2033 level.', ['change 3.6']],
    // A water company's tariff.
    ['The water tariffs are indexed by 3% from next April.', ['change 3']],
    // A pensions department's notice.
    ['State pensions will be uprated by 3.1% in April.', ['change 3.1']],
    // Near misses: what a payment is indexed to, and a comparative that is its own change.
    ['Wages are indexed by law to inflation of 2.9 percent.', ['change 2.9']],
    ['Fees were 2% below the level set in 2030.', ['change -2']],
  ] as const)('%#: %s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('a reduction a group receives is the rate of a relief, a share', () => {
  it.each([
    // A ship register's review.
    [
      'Ships less than 10 years old continue to receive a 20% reduction in annual tonnage tax.',
      ['share 20'],
    ],
    // A university's fee schedule.
    ['Students from low-income families get a 50% reduction in tuition fees.', ['share 50']],
    // A port authority's tariff.
    [
      'Vessels calling more than 20 times a year qualify for a 15% reduction in port dues.',
      ['share 15'],
    ],
    // A council's charging policy.
    ['Carers are entitled to a 25 percent reduction in council tax.', ['share 25']],
    // Near misses: a reduction that happened.
    ['The fund reported a 6 percent reduction in costs in 2033.', ['change -6']],
    ['The 12% reduction in tonnage handled reflects the strike.', ['change -12']],
  ] as const)('%#: %s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('the bracketed items a share’s ranking puts after its lead are shares', () => {
  it.each([
    // A mines ministry's annual report.
    [
      'Odisha led with a 24.31 per cent share in the value of mineral production, followed by Rajasthan (17.06 per cent) and Chhattisgarh (9.88 per cent).',
      ['share 24.31', 'share 17.06', 'share 9.88'],
    ],
    // A fisheries board's bulletin.
    [
      "Kerala had a 31 percent share of the state's fish exports, followed by Gujarat (18 percent) and Andhra Pradesh (12 percent).",
      ['share 31', 'share 18', 'share 12'],
    ],
    // A pension fund's report.
    [
      "Equities had a 55% weight in the growth of the fund's investment income, followed by bonds (30%) and property (8%).",
      ['share 55', 'share 30', 'share 8'],
    ],
    // Near misses: a ranking of changes.
    [
      'Iron ore led the growth, with output up 8.9 percent, followed by bauxite (6.2 percent).',
      ['change 8.9', 'change 6.2'],
    ],
    [
      'Exports rose fastest in Kerala (12 percent), followed by Gujarat (9 percent).',
      ['change 12', 'change 9'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('a count in a clause of its own after a change, restated ", or N percent", is a part', () => {
  it.each([
    // A social health authority's annual report.
    [
      'Registered membership rose to 17.1 million, but only 7.4 million members, or 43 percent, contributed in June 2033.',
      ['share 43'],
    ],
    // A ship register's review.
    [
      'The fleet expanded to 4,100 ships, while 1,230 vessels, or 30 percent, fly a foreign flag.',
      ['share 30'],
    ],
    // A mining royalty statement.
    [
      'Royalty receipts increased to $820 million, but only $205 million, or 25 percent, went to local councils.',
      ['amount 820000000', 'amount 205000000', 'share 25'],
    ],
    // Near misses: the percent restates the change's own size.
    ['Membership rose by 2.1 million, or 14 percent, in the year.', ['change 14']],
    ['Receipts were up $96 million, or 13 percent, on 2032.', ['amount 96000000', 'change 13']],
  ] as const)('%#: %s', (text, want) => {
    expect(kinds(text)).toEqual(want);
  });
});

describe('stated words', () => {
  it('a relief keeps its number alone, an indexed charge runs from its verb', () => {
    expect(read('Members get a 10% reduction in premiums.')).toEqual(['10% share 10']);
    expect(read('Port dues are indexed by 2.5% from 1 January.')).toEqual([
      'indexed by 2.5% change 2.5',
    ]);
  });
});
