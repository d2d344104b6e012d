// Tests for src/authoring/extract (v151): a holding's return and the price of a service, found in
// the opened sets ho251 (pension funds) and ho252 (school funding) and held here in other voices.
// What a fund has earned, on average or annualised, and its return after costs "has been", is its
// return over the period, a change; so is a return it assumes, and a negative return is a fall. A
// fee or a charge in percent is a rate, a level, whatever flow ("investment", "credit") its clause
// names, and "plus" after a sum adds a second part to it, no change.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Harlow Pension Fund',
    title: 'Report',
    url: 'https://example.org/report',
  },
};

const percents = (text: string) =>
  extractCandidates(text, 'doc', SOURCE)
    .filter((c) => c.unit === 'percent')
    .map((c) => `${c.kind} ${c.value ?? ''}`.trimEnd());

describe("a holding's return, earned or after costs", () => {
  it.each([
    // A state buffer fund's half-year report.
    [
      "Over the past ten years the Fund's average annual return after costs has been 6.1 per cent.",
      ['change 6.1'],
    ],
    // A university endowment's annual letter.
    [
      "Over the past decade the endowment's average annual return net of fees has been 7.4 percent.",
      ['change 7.4'],
    ],
    // A superannuation fund's member statement.
    ["The scheme's annual return before tax has been 5.9% since 2020.", ['change 5.9']],
    // A national pension fund's press release.
    ['Since inception the fund has earned an annualised 6.91%.', ['change 6.91']],
    ['Since its launch in 2009 the scheme has earned an annualised 5.2 per cent.', ['change 5.2']],
    // A public employees' retirement system's news release.
    ['Over 25 years, the trust has earned an average of 6.3 per cent a year.', ['change 6.3']],
    ['Over 30 years, CasPERS has earned an average of 7.8 percent a year.', ['change 7.8']],
    // A central bank's reserve report.
    ['Since 2001 the reserve portfolio has earned an average annual 4.4 per cent.', ['change 4.4']],
    // Near misses: a part of what others earn, a return on equity, interest a deposit earns.
    ['Women have earned an average of 78 percent of what men earn.', ['share 78']],
    // v240: "four of them earned more than 10 per cent" is a bound that sorts the counted members,
    // a trap, as ho243's truth and the README call on counted bounds read it.
    [
      'In 2031, utilities earned an average ROE of 9.84 per cent, and four of them earned more than 10 per cent.',
      ['share 9.84'],
    ],
    ["The company's return on equity has been 14.1 per cent.", ['share 14.1']],
    ['Savings accounts earned an average of 2.1 per cent interest in 2033.', ['share 2.1']],
  ] as const)('%#: %s', (text, want) => {
    expect(percents(text)).toEqual(want);
  });
});

describe('a negative return is a fall; a return assumed is a return still', () => {
  it.each([
    [
      'Unlisted real estate posted a negative return of 1.6 per cent after the Fund wrote down its offices.',
      ['change -1.6'],
    ],
    ['Hedge funds delivered a negative return of 2.3 percent for the year.', ['change -2.3']],
    ['The bond portfolio had a negative real return of 0.8% in 2033.', ['change -0.8']],
    ['The fund posted a net return of 4.1 per cent.', ['change 4.1']],
    [
      'That is above the long-term real return assumption of 3.5 per cent a year that the Board reviews every three years.',
      ['change 3.5'],
    ],
    ["The plan's investment return assumption of 6.25 percent was kept for 2034.", ['change 6.25']],
    // Near misses: an interest rate or a discount rate assumed is a level.
    [
      "The fund's interest rate assumption of 4.5 per cent a year is reviewed annually.",
      ['share 4.5'],
    ],
    ['The discount rate assumption of 5.1 percent was lowered.', ['share 5.1']],
  ] as const)('%#: %s', (text, want) => {
    expect(percents(text)).toEqual(want);
  });
});

describe('a fee or a charge in percent is a rate', () => {
  it.each([
    // A development bank's appraisal: the credit's terms.
    [
      'The credit has a maturity of 38 years, with a service charge of 0.75 percent and an interest charge of 1.25 percent per year on the disbursed balance.',
      ['share 0.75', 'share 1.25'],
    ],
    ['The credit has a service charge of 0.75 percent.', ['share 0.75']],
    // A superannuation fund's fees and costs.
    [
      'The administration fee is $1.50 a week plus 0.15% a year of your account balance. Investment fees and costs were 0.58% a year and transaction costs 0.09% a year in 2032–33.',
      ['share 0.15', 'share 0.58', 'share 0.09'],
    ],
    // An asset manager's fee notice.
    ['The administration fee is $1.50 plus 0.15% a year of your account balance.', ['share 0.15']],
    // Near misses: a fee or a cost that moved, a flow's pace.
    ['The service charge rose 0.75 percent in 2033.', ['change 0.75']],
    ['Transaction costs increased 0.09% in 2032–33.', ['change 0.09']],
    ['Investment grew 4% a year in 2032.', ['change 4']],
    ['Exports closed the year with a plus of 4.2 percent.', ['change 4.2']],
  ] as const)('%#: %s', (text, want) => {
    expect(percents(text)).toEqual(want);
  });
});
