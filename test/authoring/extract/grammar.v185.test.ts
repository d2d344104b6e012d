// Tests for src/authoring/extract (v185): a benefit, pension or rate a body announces in its own
// headline with the date the change takes effect, found in the opened sets ho268 ("Interest on
// student debt rises to 2.71% in 2035") and ho270 ("AHV/IV pensions to rise by 2.4 per cent on 1
// January 2035", "Pension rates rise from 20 March" ⏎ "the maximum single rate of Age Pension …
// will rise by $24.80 to $1,228.30 a fortnight"), held here in other voices. The headline is the
// body's announcement of its decision: the level it sets, in the headline and in the sentences
// under it, is actual though it takes effect later (README, Status: a level announced with its date
// of effect, v185). A hedged headline, one with no date of effect, an outcome or aggregate, and a
// forecast word in the number's own sentence keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { announcedLevelChange } from '../../../src/authoring/extract/announcedLevel.ts';

const source = (title: string) => ({
  source: {
    date: '2034-10-02',
    publisher: 'Arland Ministry',
    title,
    url: 'https://example.org/release',
  },
});

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  extractCandidates(text, 'doc', source(title)).map((c) => `${c.stated.text} ${c.status}`);

describe('a level announced in the headline with its date of effect', () => {
  it.each([
    // A pension fund's board.
    [
      'Fund pensions to increase by 1.4 per cent on 1 January 2035',
      'Arland Pension Fund\nNews | 2 October 2034\n\nFund pensions to increase by 1.4 per cent on 1 January 2035\n\nThe trustees have reviewed the fund. Pensions in payment will increase by 1.4 per cent. The lowest pension in payment will rise from £4,210 to £4,269 a year.\n',
      [
        'increase by 1.4 per cent actual',
        'increase by 1.4 per cent actual',
        '£4,210 actual',
        '£4,269 actual',
      ],
    ],
    // A minister's media release on a family allowance.
    [
      'Child allowance rises from 1 January',
      'Ministry of Family Affairs\nMedia release | 2 October 2034\n\nChild allowance rises from 1 January\n\nFamilies will receive more support next year. The child allowance will be €262 a month for each child, up from €255.\n',
      ['€262 actual', '€255 actual'],
    ],
    // A loans agency's interest rate, set for the next year.
    [
      'Interest on apprenticeship loans falls to 3.1% in 2035',
      'Arland Student Finance Agency\nNews item, 2 October 2034\n\nInterest on apprenticeship loans falls to 3.1% in 2035\n\nThe interest rate on apprenticeship loans will be 3.1% in 2035, down from 3.4% this year. The repayment threshold is €24,100 a year in 2035.\n',
      ['3.1% actual', '3.1% actual', '3.4% actual', '€24,100 actual'],
    ],
    // A social insurance agency's benefit amounts.
    [
      'Unemployment benefit amounts revised up 2% from April 2035',
      'National Insurance Office\nPress release, 2 October 2034\n\nUnemployment benefit amounts revised up 2% from April 2035\n\nThe daily maximum benefit will be ¥8,870, up ¥170. The minimum amount will rise to ¥2,300 a day.\n',
      ['revised up 2% actual', '¥8,870 actual', '¥170 actual', '¥2,300 actual'],
    ],
  ])('%s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('near misses that keep their reading', () => {
  it('keeps a hedged headline expected', () => {
    expect(
      statuses(
        'Pensions expected to rise by 1.4 per cent from January',
        'Pensions expected to rise by 1.4 per cent from January\n\nPensions in payment will increase by 1.4 per cent, analysts say.\n',
      ),
    ).toEqual(['rise by 1.4 per cent expected', 'increase by 1.4 per cent expected']);
  });

  it('keeps an aggregate under an announcing headline expected', () => {
    expect(
      statuses(
        'Fund pensions to increase by 1.4 per cent on 1 January 2035',
        'Fund pensions to increase by 1.4 per cent on 1 January 2035\n\nThe increase will cost the fund £31 million in 2035. Wages are expected to grow by 3.2 per cent in 2035.\n',
      ).slice(1),
    ).toEqual(['£31 million expected', 'grow by 3.2 per cent expected']);
  });

  it('keeps a headline with no date of effect', () => {
    expect(announcedLevelChange({ title: 'Pensions to be reviewed', top: '' })).toBeUndefined();
    expect(
      announcedLevelChange({ title: 'Pension spending to rise to 11% of GDP by 2040', top: '' }),
    ).toBeUndefined();
  });

  it('reads the years of a dated headline', () => {
    expect(
      announcedLevelChange({
        title: 'AHV/IV pensions to rise by 2.4 per cent on 1 January 2035',
        top: '',
      }),
    ).toEqual([2035]);
  });
});
