// Tests for src/authoring/extract (v235): a change's noun beside numbers, from the fresh sets
// ho288–ho291 (a fish auction's notice of charges, an abstraction charges scheme), held here in
// other voices. A change's noun right before "from … to …" ("The fee cut from 2.1% to 1.9%")
// names the path between two levels of the measure before it: two shares, the "from" one actual,
// as "from 3.5% to 4%" is; a measure of change ("the inflation rise from 2.1% to 3.4%") keeps
// its changes. A percent with a change's noun of its own right after it ("the 4.5% rise the
// Agency put to consultation") is that change, also as the base a gap in points is set against;
// the bare level such a gap is measured from ("the 9.70% allowed") stays a share. A "by" after a
// conjunction continues the change a range began ("fall by 35% to 50% … and by about 15%"); a
// change set against "the current fees" is a change over time; the bound after the "by" of a change
// a rule asks for is its size ("reduce fees by at least 10%"); "a minimum annual bill of $120" is a
// bill, no banknote.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import type { Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-03-18',
  publisher: 'Corran Tariff Office',
  title: 'Charges notice',
  url: 'https://example.org/charges',
};

/** Each figure's stated words, kind and value (its unit after it unless percent). */
const kindsIn = (text: string): string[] =>
  extractCandidates(text, 'doc', { source: SOURCE }).map((c) => {
    const value = c.range ? `${c.range.low}…${c.range.high}` : c.value;
    return `${c.stated.text}: ${c.kind} ${value}${c.unit === 'percent' ? '' : ` ${c.unit}`}`;
  });

describe('a change noun right before "from … to …" names two levels', () => {
  it.each([
    // A port's tariff notice.
    [
      'The port dues cut from 3.2% to 2.8% applies to all container calls from 1 July 2034.',
      ['3.2%: share 3.2', '2.8%: share 2.8'],
    ],
    // A pension notice.
    [
      'The contribution rise from 7.5% to 8% was agreed by the pension board in March.',
      ['7.5%: share 7.5', '8%: share 8'],
    ],
    // A trade ministry's tariff order.
    [
      'A tariff hike from 4.5% to 6% on imported steel was announced by the ministry.',
      ['4.5%: share 4.5', '6%: share 6'],
    ],
    // A central bank.
    [
      'The reserve requirement cut from 10% to 9% frees liquidity for lenders.',
      ['10%: share 10', '9%: share 9'],
    ],
    // A water utility.
    [
      'The water levy increase from 1.2% to 1.5% takes effect in April.',
      ['1.2%: share 1.2', '1.5%: share 1.5'],
    ],
    // A mining royalty notice.
    [
      'The royalty reduction from 12 per cent to 10 per cent applies to new leases.',
      ['12 per cent: share 12', '10 per cent: share 10'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(kindsIn(text)).toEqual(want);
  });
});

describe('a percent with its own change noun after it is that change, also as a gap base', () => {
  it.each([
    // A water utility's price determination.
    [
      "This year's increase is 0.5 percentage points lower than the 3.0% increase the utility proposed in May.",
      ['0.5 percentage points lower: change -0.5 percentage-points', '3.0% increase: change 3'],
    ],
    // A pension fund.
    [
      'The indexation is 0.4 percentage points below the 2.9% rise the actuary recommended.',
      ['0.4 percentage points below: change -0.4 percentage-points', '2.9% rise: change 2.9'],
    ],
    // A university's fee statement.
    [
      'The tuition rise is 1.2 percentage points higher than the 2.5% rise the council capped last year.',
      ['1.2 percentage points higher: change 1.2 percentage-points', '2.5% rise: change 2.5'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(kindsIn(text)).toEqual(want);
  });
});

describe('a "by" after a conjunction continues the change a range began', () => {
  it.each([
    // An insurer's rate notice.
    [
      'Premiums may drop by 5% to 8% for young drivers and by 3% for others.',
      ['drop by 5% to 8%: change -8…-5', 'drop by 5% to 8% for young drivers and by 3%: change -3'],
    ],
    // A transit authority's ridership estimate.
    [
      'Ridership would fall by 10% to 20% on weekends and by about 5% on weekdays.',
      [
        'fall by 10% to 20%: change -20…-10',
        'fall by 10% to 20% on weekends and by about 5%: change -5',
      ],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(kindsIn(text)).toEqual(want);
  });
});

describe('a change set against the current charges, a change a rule asks for, a bill', () => {
  it.each([
    // A water utility: the current tariffs are the same charges now, no other group's.
    [
      'The new water tariffs are on average 6% higher than the current tariffs.',
      ['6% higher: change 6'],
    ],
    // A port authority.
    ['The revised port dues are 9% lower than the existing charges.', ['9% lower: change -9']],
    // A harbour board's rule: the bound after a change's "by" is its size, not a line on members.
    [
      'Ports holding reserves above the limit reduce dues by at least 8% until the reserve falls below it.',
      ['reduce dues by at least 8%: change -8'],
    ],
    // A sewerage scheme: "a bill of" is what a customer is billed, no banknote.
    ['The scheme sets a minimum quarterly bill of $45 per connection.', ['$45: amount 45 USD']],
  ] as const)('%#: %s', (text, want) => {
    expect(kindsIn(text)).toEqual(want);
  });
});

describe('near misses keep their reading', () => {
  it.each([
    // A measure of change keeps its changes.
    [
      'The inflation rise from 2.1% to 3.4% surprised the bank.',
      ['2.1%: change 2.1', '3.4%: change 3.4'],
    ],
    // A cut's own size.
    ['The fee cut of 2.1% takes effect in June.', ['cut of 2.1%: change -2.1']],
    // The bare level a gap in points is measured from.
    [
      'The authorized return is 25 basis points lower than the 9.70% allowed in its last rate case.',
      ['25 basis points lower: change -0.25 percentage-points', '9.70%: share 9.7'],
    ],
    // A bound on a change that sorts the members a relative names.
    ['Firms that cut emissions by at least 20% qualify for the grant.', []],
    ['Households whose bills rise by more than 10% may claim a rebate.', []],
    // Another group of members.
    ['New customers pay 10% more than existing customers.', []],
    // A rise's range then "by" keeps its reading.
    [
      'Water bills would rise by 2% to 3% in 2033 and by about 4% in 2034.',
      ['rise by 2% to 3%: change 2…3', '4%: change 4'],
    ],
    // A path noun whose measure is growth keeps its changes.
    [
      'Growth slowed, a slowdown in real GDP from 4.9% in 2031 to 3.6% in 2032.',
      ['4.9%: change 4.9', '3.6%: change 3.6'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(kindsIn(text)).toEqual(want);
  });
});
