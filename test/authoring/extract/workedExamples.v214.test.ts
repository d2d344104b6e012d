// Tests for src/authoring/extract (v214): worked examples the fresh sets ho278–ho279 (a court
// registry's fee circular, a library brief on road charges, a fiscal note) proposed, held here in
// other voices. A paragraph labelled "Example:" whose member is picked with "a", "an" or "one"
// after "for", "on", "if", "where" or "when" ("Example: for a fee of $20.00, …"), and a paragraph
// that opens on one member picked by an exact quantity after a past participle of measure
// ("driven", "valued", "metered") or whose description runs on with a rate after "at" ("at 7.5
// litres per 100 km"), are worked examples to their end: every number illustrative. An example
// told on a named subject, a class a bound defines and a past event keep their reading.

import { describe, expect, it } from 'vitest';
import { type Source, statedIn } from './readingOf.ts';

const SOURCE: Source = {
  date: '2033-03-18',
  publisher: 'Corran Tariff Office',
  title: 'Charges notice',
  url: 'https://example.org/charges',
};

describe('a paragraph labelled "Example:" on a member picked after "for", "on", "if" or "where"', () => {
  it.each([
    // A port's tariff book.
    [
      'Wharfage\n\nExample: for a consignment of 20 tonnes, wharfage at $4.10 a tonne comes to $82.00, plus a fixed fee of $15.00.',
      [],
    ],
    // A water utility's charges scheme.
    [
      'Late payment\n\nExample: on a bill of £120.00, the surcharge of 5% adds £6.00, so that £126.00 is due.',
      [],
    ],
    // A pension notice.
    [
      'Indexation\n\nExample: if a pensioner receives $1,500 a month, the adjustment of 3.2% adds $48.00, for $1,548.00 in all.',
      [],
    ],
    // A farm scheme.
    [
      'Area payment\n\nExample: where a farm claims on 120 hectares at €185 per hectare, the payment is €22,200.',
      [],
    ],
    // A central bank's note on deposit interest.
    [
      'Deposit rates\n\nIllustration: for a deposit of R10,000 held for one year at 8.25%, the interest earned is R825.',
      [],
    ],
    // Near miss: an example told on a named subject.
    [
      'Wharfage\n\nExample: for the Northern port, wharfage rose 4% to $4.10 a tonne in 2032.',
      ['rose 4%', '$4.10'],
    ],
    // Near miss: "for" a class, with no example label.
    ['Charges\n\nFor a household on the standard tariff, the charge is $42 a quarter.', ['$42']],
  ] as const)('%#: %s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});

describe('a paragraph that opens on one member picked by an exact quantity after a participle of measure, or with a rate after "at"', () => {
  it.each([
    // A fuel-duty brief: a past participle and a rate of use.
    [
      'Fuel duty\n\nA delivery van driven 30,000 km a year at 9.4 litres per 100 km pays about £1,430 in fuel duty at 53 pence a litre.',
      [],
    ],
    // A council's rates notice: a value after "valued at".
    [
      'Rates\n\nA home valued at $640,000 pays about $3,200 in general rates at 0.5 cents in the dollar.',
      [],
    ],
    // A water utility: a metered use.
    [
      'Water bills\n\nA flat metered at 120 cubic metres a year pays £298 at £2.48 a cubic metre.',
      [],
    ],
    // A farm scheme: a participle, then a rate after "at".
    [
      'Fuel rebate\n\nA tractor working 600 hours a year at 14.5 litres an hour would save about €1,850 under the rebate.',
      [],
    ],
    // An airline charges note: a participle of flying.
    [
      'Passenger charge\n\nAn aircraft flown 2,400 hours a year at 1.6 crew per 100 seats will pay about $96,000 in the passenger charge.',
      [],
    ],
    // Near miss: a class a bound defines. The rate stays; the bound that picks the home is a trap
    // under v270's call (a sum after "valued at" with a bound word on a member picked with "a").
    [
      'Rates\n\nA home valued at over $1 million pays the surcharge of 2% of its value.',
      ['2% of its value'],
    ],
    // Near miss: a past event.
    ['Road charges\n\nA truck driven 80,000 km paid $2,400 in road charges in 2032.', ['$2,400']],
    // Near miss: a class a date defines.
    ['Vehicle tax\n\nA vehicle registered before 2030 pays the old rate of $300 a year.', ['$300']],
  ] as const)('%#: %s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});
