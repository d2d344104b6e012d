import { describe, expect, it } from 'vitest';
import {
  ABOVE_OVER,
  AT_LEAST,
  AT_LEAST_MOST,
  AT_OR,
  BELOW_UNDER,
  COUNTED_BOUND,
  EQUAL_TO_OR,
  EXCEED,
  EXCEEDING,
  FASTER_SLOWER,
  FEWER,
  GREATER,
  GROUP_BOUND,
  HELD_BOUND,
  HIGHER_LOWER,
  IN_EXCESS_OF,
  LARGER_SMALLER,
  MORE_LESS,
  OPEN_END,
  POSITION,
  SORTING_BOUND,
  UP_TO,
  UP_TO_AND_INCLUDING,
  UPWARDS_OF,
  anyOf,
  notThan,
  than,
} from '../../../src/authoring/extract/boundWords.ts';

/** A bound right before a number, a currency sign allowed between: "under $2,000", "more than 10". */
const boundBefore = (bound: string) =>
  new RegExp(String.raw`(?:^|\s)${bound}\s+(?:[^\s\d]{1,4}\s?)?\d`, 'i');
/** The whole phrase is one of the list's bounds: "not greater than" is, "greater than" alone is not. */
const exactly = (bound: string) => new RegExp(`^${bound}$`, 'i');
/** A band's open end right after a number: "10% or more", "$500 and above". */
const openEndAfter = (end: string) => new RegExp(String.raw`\d%?\s+(?:or|and)\s+${end}\b`, 'i');

/** Each list, the sentences whose number it must make a bound and those it must not. */
const cases: [string, string, string[], string[]][] = [
  [
    'than(MORE_LESS)',
    than(MORE_LESS),
    ['Fees recover more than 130 per cent of their cost', 'a debt of less than €1,000'],
    ['fewer than 90 places', 'greater than 5%', 'more 10 than'],
  ],
  [
    'than(GREATER)',
    than(GREATER),
    ['equal to or greater than €40'],
    ['more than 10 per cent', 'higher than 3%'],
  ],
  ['than(HIGHER_LOWER)', than(HIGHER_LOWER), ['If growth is higher than 3%'], ['greater than 5']],
  ['than(FEWER)', than(FEWER), ['schools enrolling fewer than 90 pupils'], ['less than 90 pupils']],
  [
    'than(LARGER_SMALLER)',
    than(LARGER_SMALLER),
    ['projects larger than $5 million', 'items bigger than 2 m', 'homes smaller than 50 m2'],
    ['more than $5 million'],
  ],
  [
    'than(FASTER_SLOWER)',
    than(FASTER_SLOWER),
    ['economies growing faster than 3%'],
    ['higher than 3%'],
  ],
  [
    'notThan(MORE_LESS)',
    notThan(MORE_LESS),
    ['must earn no more than £45,000', 'of not less than RM3,000'],
    ['not greater than 5%', 'more than 5%'],
  ],
  [
    'notThan(MORE_LESS, GREATER, HIGHER_LOWER)',
    notThan(MORE_LESS, GREATER, HIGHER_LOWER),
    ['is not greater than $96', 'no higher than 4%', 'not more than 10'],
    ['not fewer than 10', 'less than 10'],
  ],
  [
    'ABOVE_OVER',
    anyOf(ABOVE_OVER),
    ['Fees above $9,000 are waived', 'loans over US$50,000'],
    ['claims under $2,000', 'below 80 per cent'],
  ],
  [
    'BELOW_UNDER',
    anyOf(BELOW_UNDER),
    ['claims under $2,000', 'below 80 per cent'],
    ['Fees above $9,000', 'over 10%'],
  ],
  [
    'POSITION',
    POSITION,
    ['claims under $2,000', 'Fees above $9,000', 'below 80 per cent', 'over 10%'],
    ['beyond 10%', 'beneath 3%', 'more than 10'],
  ],
  [
    'AT_OR',
    `${AT_OR}${POSITION}`,
    ['economies at or below 60%', 'at or above €40'],
    ['below 60%', 'at 60%'],
  ],
  [
    'EQUAL_TO_OR',
    `${EQUAL_TO_OR}${than(GREATER)}`,
    ['equal to or greater than €40'],
    ['greater than €40', 'equal to €40'],
  ],
  ['AT_LEAST', AT_LEAST, ['growth of at least 7 per cent'], ['at most 7 per cent', 'least 7']],
  [
    'AT_LEAST_MOST',
    AT_LEAST_MOST,
    ['growth of at least 7 per cent', 'at most 3 times'],
    ['at or below 7', 'at 7 per cent'],
  ],
  [
    'UP_TO',
    UP_TO,
    ['covers claims of up to HK$75,000', 'up to 3 per cent above'],
    ['up 3 per cent', 'to 3 per cent'],
  ],
  [
    'UP_TO_AND_INCLUDING',
    UP_TO_AND_INCLUDING,
    ['up to and including £50,000', 'up to £50,000'],
    ['and including £50,000'],
  ],
  ['IN_EXCESS_OF', IN_EXCESS_OF, ['subsidies in excess of ₹10 lakh'], ['in excess 10', 'of 10']],
  ['UPWARDS_OF', UPWARDS_OF, ['9 charged upwards of $500'], ['upward of $500', 'up to $500']],
  [
    'EXCEED',
    EXCEED,
    ['debt ratios exceeding 60%', 'where the net estate exceeds €50,000', 'must not exceed 4.4%'],
    ['in excess of 60%', 'exceedingly 5'],
  ],
  [
    'EXCEEDING',
    EXCEEDING,
    ['its standard rent not exceeding KSh 2,500'],
    ['where the net estate exceeds €50,000'],
  ],
];

describe('boundWords: the words that make a number a bound, each list on its own', () => {
  for (const [name, bound, must, mustNot] of cases) {
    it(`${name} makes a bound of ${must.map((s) => `"${s}"`).join(', ')}`, () => {
      const re = boundBefore(bound);
      for (const s of must) expect(re.test(s), s).toBe(true);
      for (const s of mustNot) expect(re.test(s), s).toBe(false);
    });
  }

  it('anyOf joins alternatives into one group', () => {
    expect(anyOf('above', 'over')).toBe('(?:above|over)');
    expect(new RegExp(`^${anyOf(MORE_LESS, FEWER)}$`).test('fewer')).toBe(true);
  });

  it('OPEN_END reads a band’s open end after its number, with no "than"', () => {
    const re = openEndAfter(OPEN_END);
    for (const s of ['10% or more', '$1,500 and above', '4% or lower', '5 or under'])
      expect(re.test(s), s).toBe(true);
    for (const s of ['10% or greater', '5 or fewer', '10% or so'])
      expect(re.test(s), s).toBe(false);
    expect(openEndAfter(anyOf(OPEN_END, GREATER)).test('10% or greater')).toBe(true);
  });
});

describe('boundWords: each reader’s list, and what it leaves out on purpose', () => {
  it("GROUP_BOUND (membership.ts's general reading) takes every bound word", () => {
    const re = boundBefore(GROUP_BOUND);
    for (const s of [
      'claims under $2,000',
      'more than 10 per cent',
      'firms with fewer than 250 staff',
      'of less than €1,000',
      'no more than 3%',
      'at least 7 per cent',
      'up to and including £50,000',
      'debt ratios exceeding 60%',
      'in excess of ₹10 lakh',
      'at or under C$40',
      'equal to or below US$ 900',
      'equal to or greater than €40',
      'enterprises (annual revenue between $1 million',
    ])
      expect(re.test(s), s).toBe(true);
    for (const s of ['upwards of $500', 'rose 10 per cent', 'beyond 10%'])
      expect(re.test(s), s).toBe(false);
    expect(exactly(GROUP_BOUND).test('not greater than')).toBe(false);
    expect(exactly(GROUP_BOUND).test('not less than')).toBe(true);
  });

  it("HELD_BOUND (membership.ts's entry requirement) takes 'not exceeding' but no count", () => {
    const re = boundBefore(HELD_BOUND);
    for (const s of [
      'a monthly household income not exceeding $68,450',
      'net assets of up to €500,000',
      'must earn no more than £45,000',
      'net assets may be no greater than €2 million',
      'an income at or below 60%',
      'capital in excess of $1 million',
    ])
      expect(re.test(s), s).toBe(true);
    for (const s of ['fewer than 10 staff', 'between $1 and', 'exceeds $5', 'upwards of $500'])
      expect(re.test(s), s).toBe(false);
  });

  it("SORTING_BOUND (sortingClause.ts) takes 'fewer' and 'not greater', no verb of passing", () => {
    const re = boundBefore(SORTING_BOUND);
    for (const s of [
      'Where the legal rent is less than $1,000 a month',
      'covers claims of up to HK$75,000',
      'for a debt of less than €1,000',
      'is not greater than $96',
      'complaints of fewer than 10 pages',
      'at or above €40',
    ])
      expect(re.test(s), s).toBe(true);
    for (const s of [
      'Where the rent of a unit exceeds $3,200',
      'not exceeding KSh 2,500',
      'between $1',
      'upwards of $500',
    ])
      expect(re.test(s), s).toBe(false);
  });

  it("COUNTED_BOUND (countedBound.ts) takes 'upwards of', no 'up to' and no 'greater'", () => {
    const re = boundBefore(COUNTED_BOUND);
    for (const s of [
      '14 registry fees recover more than 130 per cent',
      '9 recover less than 80 per cent',
      'For 17 of the 52 items, cost recovery was below 50%',
      '40 charged upwards of $500',
      '12 paid no more than $10',
      'three scored higher than 90%',
    ])
      expect(re.test(s), s).toBe(true);
    for (const s of ['12 paid up to $10', 'ten scored greater than 90%', 'six exceeded $5'])
      expect(re.test(s), s).toBe(false);
    expect(exactly(COUNTED_BOUND).test('at or above')).toBe(false);
    expect(exactly(COUNTED_BOUND).test('above')).toBe(true);
  });
});
