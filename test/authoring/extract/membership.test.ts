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

describe('membershipBound: members and the word that picks which of them count', () => {
  it.each<Row>([
    ['The credit goes to renters with household income below $62,000.', '$62,000', {}, 'group'],
    [
      'Farms in the upland zone whose yields fall below 3 tonnes get aid worth $900.',
      '$900',
      {},
      undefined,
    ],
    [
      'Workers in the coastal towns whose pay falls below £400 a week are topped up.',
      '£400',
      {},
      'group',
    ],
    [
      'Only quarries extracting more than $2 million a year report to the office.',
      '$2 million',
      {},
      'group',
    ],
    ['Parcels valued at or under €120 pass without duty.', '€120', {}, 'group'],
    ['Leases at a rent above $3,000 are registered.', '$3,000', {}, 'group'],
    ['Small lots pay a flat fee; those under $40,000 pay nothing.', '$40,000', {}, 'group'],
    [
      'Grants go to families earning R4 000 to R9 000 a month.',
      'R4 000 to R9 000',
      { range: { low: 4000, high: 9000 } },
      'group',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // a report of what members came to, a sentence with no members, a size "with up to"
    ['Shipments of over $4 billion left the port in May.', '$4 billion', {}, undefined],
    ['Wage growth stayed above 4% all year.', '4%', {}, undefined],
    [
      'Ministers unveiled two funds with up to $30 billion in capital.',
      '$30 billion',
      {},
      undefined,
    ],
    ['The rules require the reserve level to stay above 85% at all times.', '85%', {}, undefined],
    [
      'Analysts told the Housing Board they see prices rising between 2% and 4%.',
      '2% and 4%',
      { range: { low: 2, high: 4 } },
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});
