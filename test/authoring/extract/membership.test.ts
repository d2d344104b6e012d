// The reader of a number that defines membership, on its own: each reading (a group, a rank's cut,
// a tier, a condition) and each limit that keeps a number a figure. Every sentence is our own; the
// grammar tests read the same numbers through the whole extractor.

import { describe, expect, it } from 'vitest';
import {
  membershipBound,
  type MembershipMatch,
  type MembershipReading,
} from '../../../src/authoring/extract/membership.ts';

/** The match of `stated` in `sentence`, with its kind and, for a share, its whole. */
function at(
  sentence: string,
  stated: string,
  over: Partial<MembershipMatch> = {},
): MembershipMatch {
  const start = sentence.indexOf(stated);
  if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
  const kind = /%|per\s?cent/.test(stated) ? 'share' : 'amount';
  return { start, end: start + stated.length, kind, ...over };
}

/** A sentence, the stated words, what to change in the match, and the reading expected. */
type Row = readonly [
  sentence: string,
  stated: string,
  over: Partial<MembershipMatch>,
  expected: MembershipReading | undefined,
];

const read = ([sentence, stated, over]: Row) =>
  membershipBound(sentence, at(sentence, stated, over));

describe('membershipBound: a bound on what each member holds', () => {
  it.each<Row>([
    ['Lenders with capital ratios under 9% face a review.', '9%', {}, 'group'],
    ['Six provinces carrying debts exceeding 40% of output were named.', '40%', {}, 'group'],
    ['Any tenant paying over 35% of income in rent may apply.', '35%', {}, 'group'],
    ['Clubs earning more than €4 million pay the levy.', '€4 million', {}, 'group'],
    ['The levy falls on purchases above $20,000.', '$20,000', {}, 'group'],
    ['Nine councils with reserves below 5% were warned.', '5%', {}, 'group'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a rank, a tier and a condition', () => {
  it.each<Row>([
    ['The richest 5% of savers hold half the deposits.', '5%', { object: 'savers' }, 'rank'],
    ['A lower rate applies to the first £30,000 of each estate.', '£30,000', {}, 'tier'],
    ['If inflation is higher than 4% the council meets again.', '4%', {}, 'condition'],
    ['Payments of more than $8,000 must be reported.', '$8,000', {}, 'condition'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a level the sentence reports stays a figure', () => {
  it.each<Row>([
    ['Inflation stayed above 3% through the spring.', '3%', {}, undefined],
    ['Public debt is below 60% of GDP.', '60%', {}, undefined],
    ['Exports of over $2 billion were shipped in May.', '$2 billion', {}, undefined],
    ['The lenders provided a more than £40 million cut in fees.', '£40 million', {}, undefined],
    ['Three development banks pledged more than $10 billion.', '$10 billion', {}, undefined],
    ['The threshold is £50,000 from April.', '£50,000', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});
