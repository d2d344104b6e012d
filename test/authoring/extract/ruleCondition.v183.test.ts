// Held sentences of the v183 class (test/fixtures/prose/README.md, "The calls": a bound inside a
// rule's condition): the gap by which one measure must pass another for a rule to act, stated in a
// condition in the present ("Where petroleum revenues … exceed the estimated petroleum revenues for
// that year by more than 5 per cent, not less than 60 per cent of the excess shall be deposited",
// ho263). Written in voices other than the fund act it was first seen in: a utility's revenue
// true-up, a construction contract, a budget law, a loan covenant, a concession's revenue sharing,
// a procurement rule and a council's rates rebate. Near-misses keep their reading: the same gap
// told of a past year, a fact reported, a gap after "because" and a present gap with no condition,
// and (seen when the rule's first version crossed a comma, ho267 and ho248) the rule's own step after
// its condition and a gap the main clause foresees. Before v183 the extractor read 5 of the 7 gaps.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-14',
    publisher: 'Harlow Regulatory Office',
    title: 'Notice',
    url: 'https://example.org/notice',
  },
};

/** Each figure's stated words, in the order found. */
const stated = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe("v183: a gap a rule's condition sets is no figure", () => {
  it.each([
    // A water utility's revenue true-up.
    [
      'Where actual sales exceed the forecast volume by more than 3 per cent, the excess revenue shall be returned to customers in the following year.',
      [],
    ],
    // A construction contract's termination clause.
    [
      'Where the final cost of the works exceeds the contract sum by more than 10%, the Employer may terminate the contract.',
      [],
    ],
    // A budget law's supplementary estimate.
    [
      'When tax revenue falls short of the budget estimate by at least 5 percent, the Minister shall present a supplementary budget.',
      [],
    ],
    // A loan covenant, the condition after the rule.
    [
      "A lender may call the loan where the borrower's net worth falls below the agreed level by more than 15 per cent.",
      [],
    ],
    // A toll concession's revenue sharing.
    [
      'In any year in which traffic exceeds the base case by more than 12 per cent, the concessionaire shares the additional revenue with the State.',
      [],
    ],
    // A procurement rule on abnormally low tenders.
    [
      'If a tender is lower than the average of all tenders by more than 20 per cent, the contracting authority must ask the tenderer to explain its price.',
      [],
    ],
    // A council's rates rebate, the condition after "is payable".
    [
      "A rebate is payable if a ratepayer's bill exceeds the previous year's bill by more than 25%.",
      [],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('v183 near-misses: a gap told as a fact keeps its reading', () => {
  it.each([
    [
      'Revenue exceeded the estimate by more than 5 per cent in 2033.',
      ['exceeded the estimate by more than 5 per cent'],
    ],
    [
      'Petroleum revenues exceeded the estimate by 7.2 per cent, so US$40 million was deposited.',
      ['exceeded the estimate by 7.2 per cent', 'US$40 million'],
    ],
    [
      'Because receipts fell short of the budget by 31.6 percent, US$120 million was withdrawn from the Fund.',
      ['fell short of the budget by 31.6 percent', 'US$120 million'],
    ],
    ['Sales exceed the forecast by 4 per cent this year.', ['exceed the forecast by 4 per cent']],
    [
      'Where tolls rose by more than 5 per cent in 2033, the regulator reviewed them.',
      ['rose by more than 5 per cent'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('v183 near-miss: the rule after its condition keeps its reading', () => {
  it('reads the sum the rule adds after the comma', () => {
    // A fisheries agreement: the condition names no number, the rule's step after it is read.
    expect(
      stated(
        'If landings exceed the reference tonnage, the annual payment is raised by €210 for each additional tonne.',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('v183 near-miss: a gap the main clause foresees after its condition', () => {
  it('keeps the shortfall a health fund foresees', () => {
    expect(
      stated(
        'If payroll income grows as slowly as last year, revenue could fall short of the plan by up to EUR 2 billion.',
      ),
    ).toEqual(['EUR 2 billion']);
  });
});
