// The weights award criteria carry, read through the whole extractor: how a buyer scores tenders
// (price against quality and the criteria under them) is a rule of deciding, no economic measure,
// so no weighting is proposed, whether it is written after "weighted", as a weight "of", as a
// percent after each criterion's bare name or in brackets after it. Near-misses keep their
// reading: a share of a contract's value, a change of prices, a basket's weight that moved. Every
// sentence is our own, in voices other than the council tender minutes the class was seen in.

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';
import { awardWeighting } from '../../../src/authoring/extract/weighting.ts';

const SOURCE = {
  source: {
    date: '2034-03-02',
    publisher: 'Procurement Office',
    title: 'Notice',
    url: 'https://example.org/n',
  },
};

/** True when a proposal's stated words overlap `stated` in `text` (code points). */
function proposed(text: string, stated: string): boolean {
  return figuresAt(text, stated, SOURCE.source).length > 0;
}

describe('award criteria weightings are no figures', () => {
  it.each([
    // development bank's procurement notice: quality- and cost-based selection
    [
      'Proposals will be evaluated under Quality- and Cost-Based Selection, with technical proposals weighted 80% and financial proposals 20%.',
      ['80%', '20%'],
    ],
    // federal bid protest decision: a weight "of", then the criteria listed with their weights
    [
      'The solicitation assigned technical approach a weight of 50 percent, past performance 30 percent and price 20 percent.',
      ['50 percent', '30 percent', '20 percent'],
    ],
    // state utility's tender document: what each score carries
    [
      'The technical score carries a weighting of 70 per cent and the financial score 30 per cent in the combined evaluation.',
      ['70 per cent', '30 per cent'],
    ],
    // regional health board: criteria in brackets after "assessed against"
    [
      'Submissions were assessed against cost (45%), clinical quality (35%) and social value (20%).',
      ['45%', '35%', '20%'],
    ],
    // contract notice line: a label, bare criteria, a sub-criterion
    [
      'Evaluation criteria: Technical merit 65%; Price 35% (of which whole-life cost 10%)',
      ['65%', '35%', '10%'],
    ],
    // housing association board paper: "weighted at"
    [
      'Bids for the repairs contract were scored with quality weighted at 60 per cent and price at 40 per cent.',
      ['60 per cent', '40 per cent'],
    ],
  ])('%s', (text, numbers) => {
    for (const stated of numbers) expect(proposed(text, stated), stated).toBe(false);
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    // a share of the contract's value, in a sentence that names the evaluation
    [
      'After evaluation, the contract was awarded to Delta Works, which will subcontract 35% of its value to local firms.',
      '35%',
    ],
    // a change of prices beside quality, no criteria
    ['Tender prices rose 12% in the year, while quality complaints fell 40%.', '12%'],
    ['Tender prices rose 12% in the year, while quality complaints fell 40%.', '40%'],
    // the winning price against the estimate, after the criteria are named
    [
      'Under the published award criteria, the winning bid came in 8% below the engineer’s estimate.',
      '8%',
    ],
    // a basket's weight that moved, as a statistics office reports it
    ['The weight of food in the consumer price index fell to 18.5% this year.', '18.5%'],
    // a weighted statistic, as a trade ministry states a margin
    [
      'The ministry found a weighted average margin of subsidy of 12.6% across the cooperating exporters.',
      '12.6%',
    ],
    // an index's weights, a bracket label or "a weight of", as statistics offices write them
    ['Steel output (weight: 17.9 per cent) fell by 3.1 per cent in March.', '17.9 per cent'],
    ['Energy, with a weight of 8%, fell 2% in May.', '2%'],
    // a sum in a scored list
    [
      'Tenders were evaluated against price; the lowest conforming bid was $3.2 million.',
      '$3.2 million',
    ],
  ])('%s: %s stays proposed', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('awardWeighting', () => {
  it.each([
    {
      before: 'Award criteria: price 60%, quality ',
      from: '40% (of which sustainability 15%)',
      expected: true,
    },
    { before: 'with quality weighted ', from: '70% and price 30%.', expected: true },
    {
      before: 'the programme was weighted at 10 per cent and the risk register at ',
      from: '5 per cent of the total score.',
      expected: true,
    },
    {
      before: 'evaluated against price (40%), relevant experience (',
      from: '25%), methodology (20%)',
      expected: true,
    },
    // a statistic after "weighted", a clause after the criteria, a whole after the percent
    {
      before: 'at a weighted average margin of dumping of ',
      from: '27.4%, expressed',
      expected: false,
    },
    {
      before: 'Under the award criteria, the winning bid came in ',
      from: '8% below the estimate.',
      expected: false,
    },
    {
      before: 'Award criteria were met; the contractor will subcontract ',
      from: '35% of the value.',
      expected: false,
    },
    {
      before: 'Award criteria: price 60% and a budget of $4 million, quality ',
      from: '40%.',
      expected: false,
    },
  ])('$before ¦ $from → $expected', ({ before, from, expected }) =>
    expect(awardWeighting(before, from)).toBe(expected),
  );
});
