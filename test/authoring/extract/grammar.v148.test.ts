// Tests for src/authoring/extract (v148): a verb of change written once for two objects, found in
// the opened sets ho248 (health-insurance funds) and held here in other voices. The second object
// takes the first one's change when its own "by" follows, a date between them or not ("upward by
// 20 percent from 1 January 2033, and the prices on the medicines list by an average of 15
// percent"), and, for a rise, when it reaches a level as the first did with no "by" at all ("was
// raised 4.7 percent to NT$717.2 billion and the budget for primary care clinics 4.4 percent to
// NT$194.6 billion").

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

const percents = (text: string) =>
  extractCandidates(text, 'doc', SOURCE)
    .filter((c) => c.unit === 'percent')
    .map((c) => `${c.kind} ${c.value ?? ''}`.trimEnd());

describe('a second object of a verb of change, its "by" after a date', () => {
  it.each([
    // A health-insurance fund's statement.
    [
      'The Authority reviewed provider tariffs upward by 20 percent from 1 January 2033, and the prices on the medicines list by an average of 15 percent.',
      ['change 20', 'change 15'],
    ],
    // A council's fees notice.
    [
      "The council raised parking charges by 6 percent from 1 April 2033, and the fees for residents' permits by an average of 4 percent.",
      ['change 6', 'change 4'],
    ],
    // A port company's tariff notice.
    [
      'The port lifted its berth dues by 3.5 percent on 1 July 2032, and the charges for pilotage by about 2 percent.',
      ['change 3.5', 'change 2'],
    ],
    // Near miss: the second clause has its own verb.
    [
      'The fees were raised by 20 percent, and the prices on the list are an average of 15 percent below cost.',
      ['change 20', 'change -15'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(percents(text)).toEqual(want);
  });
});

describe('a second subject of a rise with no "by", reaching a level as the first did', () => {
  it.each([
    // A health-insurance committee's decision.
    [
      'The hospital budget was raised 4.7 percent to NT$717.2 billion and the budget for primary care clinics 4.4 percent to NT$194.6 billion.',
      ['change 4.7', 'change 4.4'],
    ],
    // A mining ministry's royalty report.
    [
      'Royalties on gold were raised 2 percent to $410 million and those on copper 3 percent to $96 million.',
      ['change 2', 'change 3'],
    ],
    // An insurance regulator's premium notice.
    [
      'Premiums for the basic plan rose 6.2 percent to CHF 410 and those for the family plan 5.1 percent to CHF 980.',
      ['change 6.2', 'change 5.1'],
    ],
    // Near misses: the second clause has its own verb, or no level follows.
    [
      'The hospital budget was raised 4.7 percent to NT$717.2 billion and clinics took 36 percent of it.',
      ['change 4.7', 'share 36'],
    ],
    [
      'The hospital budget was raised 4.7 percent to NT$717.2 billion, and 30 percent of it goes to drugs.',
      ['change 4.7', 'share 30'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(percents(text)).toEqual(want);
  });
});

describe('one range across places or items, after a verb of ranging or varying', () => {
  const ranges = (text: string) =>
    extractCandidates(text, 'doc', SOURCE).map((c) =>
      c.range ? `${c.kind} ${c.range.low}…${c.range.high}` : `${c.kind} ${c.value}`,
    );
  it.each([
    // A health-insurance association's results.
    [
      'Prefectural rates, which the branches set each year after consulting their councils, range from 9.44 percent in Niigata to 10.78 percent in Saga.',
      ['share 9.44…10.78'],
    ],
    // A statistics office's release.
    [
      'Regional unemployment rates range from 3.1 percent in Bavaria to 8.4 percent in Bremen.',
      ['share 3.1…8.4'],
    ],
    // A mines department's royalty review.
    ['Royalty rates vary from 3 percent in Ontario to 12 percent in Quebec.', ['share 3…12']],
    // An audit office's report.
    [
      'The annual cost of these audits was about $12.4 million, an average of nearly $5,000 for each school, varying from $2,300 to $16,800.',
      ['amount 12400000', 'amount 5000', 'amount 2300…16800'],
    ],
    // Near misses: a level that moved over time is two levels.
    [
      'The rate rose from 9.44 percent in 2031 to 10.78 percent in 2033.',
      ['share 9.44', 'share 10.78'],
    ],
    ['Unemployment fell from 8.4 percent in Bremen to 7.9 percent.', ['share 8.4', 'share 7.9']],
  ] as const)('%#: %s', (text, want) => {
    expect(ranges(text)).toEqual(want);
  });
});
