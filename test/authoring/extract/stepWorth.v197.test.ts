// Tests for src/authoring/extract (v197): a rule of thumb whose step in percent or points is
// worth, brings in or affects a sum, found in the opened sets ho265, ho269 and ho272 ("Each 1 per
// cent added to the SUCs brings in about £1.4 million a year", "each percentage point on the cost
// of capital is worth about R310 million a year in allowed revenue", "A 1 per cent change in
// passenger volumes affects operating revenue by about NOK 95 million a year") and held here in
// other voices. The step and what it yields are a sensitivity, traps (README, Rules of thumb,
// v197); a share "of" a whole that is worth a sum (a conversion), a thing that is worth a sum, a
// levy's own yield and a step that happened keep their reading.

import { describe, expect, it } from 'vitest';
import { readingOf } from './readingOf.ts';

describe('a step in percent or points that is worth, brings in or affects a sum', () => {
  it.each([
    // A transit authority's fare paper.
    ['Each 1 per cent added to fares brings in about $3.2 million a year.', '1 per cent'],
    ['Each 1 per cent added to fares brings in about $3.2 million a year.', '$3.2 million'],
    // An energy regulator's draft determination.
    [
      'Each 0.25 percentage point on the allowed return is worth about £40 million a year in revenue.',
      '0.25 percentage point',
    ],
    [
      'Each 0.25 percentage point on the allowed return is worth about £40 million a year in revenue.',
      '£40 million',
    ],
    // A pension fund's valuation, the step with no size of its own.
    [
      'Each percentage point on the discount rate is worth roughly R1.2 billion in liabilities.',
      'R1.2 billion',
    ],
    // A tourism board's budget note.
    [
      'A 1 per cent change in room nights affects hotel tax receipts by about €6 million a year.',
      '1 per cent',
    ],
    [
      'A 1 per cent change in room nights affects hotel tax receipts by about €6 million a year.',
      '€6 million',
    ],
    // A treasury's revenue note, "every" and "yields".
    ['Every 1 percent added to the excise yields roughly NZ$12 million.', 'NZ$12 million'],
    // A port authority: each basis point on its borrowing.
    [
      'Every basis point on the authority’s borrowing rate brings in or costs about $0.4 million.',
      '$0.4 million',
    ],
  ])('%s → "%s" is no figure', (text, number) => {
    expect(readingOf(text, number)).toBe('none');
  });

  it.each([
    // A conversion: a share of a whole worth a sum (README, v147).
    ['Each 0.1% of world output is worth roughly $110 billion.', '$110 billion', 'amount'],
    // A thing worth a sum.
    ['Each share is worth €12.40 at the offer price.', '€12.40', 'amount'],
    // A levy's own yield: "the" levy, no step.
    ['The 1 per cent levy brings in about $40 million a year.', '$40 million', 'amount'],
    // A step that happened.
    ['The 2 per cent rise in fares brought in $3.1 million last year.', '$3.1 million', 'amount'],
    // A stake is no step.
    ['A 10 per cent stake in the airport is worth about €80 million.', '€80 million', 'amount'],
  ])('%s → "%s" keeps its reading', (text, number, kind) => {
    expect(readingOf(text, number).split(' ')[0]).toBe(kind);
  });
});
