// Held sentences of the v265 class (test/fixtures/prose/README.md, Traps: bounds and margins a
// rule's clause sets, seen as traps still proposed in ho308, ho309, ho312 and ho261): the margin a
// rule allows one level over another it names ("may not exceed the regulated tariff by more than
// 15%", "an uplift of up to 2 per cent above the benchmark"), a multiple a rule applies while a
// condition holds ("is doubled … where"), a percent "of" a measure among alternatives closed by
// "whichever is less", a bound in a rule's condition on what a base was or in the condition a
// present rule designates a case on, a gap between the same measure of two groups named by the
// same compound, and the rent that picks out an example flat. Written in voices other than the
// sets' rents, ride-hailing rules, export grants and tax interest: water and power utilities,
// ports, parking, pensions and farm boards. Near-misses keep their reading.

import { describe, expect, it } from 'vitest';
import { figuresAt, kindValueUnit, NEUTRAL } from './readingOf.ts';

/** Sentences whose number is a trap: nothing proposed over it. */
const traps: [string, string][] = [
  [
    'Under the licence, a retailer’s standing charge may not exceed the regulated standing charge by more than 15% in any quarter.',
    '15%',
  ],
  [
    'Ports may apply to the Authority for an uplift of up to 2 per cent above the benchmark in any year to fund dredging.',
    '2 per cent',
  ],
  ['The daily parking penalty is doubled to $40 where a vehicle blocks a loading zone.', 'doubled'],
  [
    'A connection rebate not exceeding 25 per cent of the quoted cost or $900, whichever is lower, may be paid.',
    '25 per cent of the quoted cost',
  ],
  [
    'Growers may claim the drought grant of 30% of lost revenue or R15,000, whichever is less, for each season.',
    '30% of lost revenue',
  ],
  [
    'The levy may not rise by more than 4 cents a kilolitre, or by more than 2 cents where the tariff was below $1.10 a kilolitre.',
    '$1.10',
  ],
  [
    'A catchment is classified as over-allocated where abstraction exceeded 80% of the sustainable yield in two of the last three years.',
    '80%',
  ],
  [
    'Off-peak electricity prices were 18.5% lower than peak electricity prices over the winter.',
    '18.5%',
  ],
  [
    'For a typical two-bedroom flat of 60 square metres with an annual rent of £9,600, the increase means about £26 more a month.',
    '£9,600',
  ],
];

/** Near-misses: the number is read, as "kind value unit". */
const kept: [string, string, string][] = [
  // A cap on the charge's own rise, no other level named.
  ['The standing charge may rise by no more than 4.5% in any year.', '4.5%', 'change 4.5 percent'],
  // A cap on growth over the same measure at another time.
  [
    'Spending may not exceed last year’s level by more than 3% under the fiscal rule.',
    '3%',
    'change 3 percent',
  ],
  // A margin told as a fact, no bound and no permission.
  [
    'The Authority approved 14 applications in 2033, with an average approved increase of 1.4 per cent above the guideline.',
    '1.4 per cent',
    'change 1.4 percent',
  ],
  // A multiple that happened.
  [
    'The harbour levy was doubled in 2031 to pay for the new breakwater.',
    'doubled',
    'change 100 percent',
  ],
  // "Whichever is higher" keeps a cap's percent (v135).
  [
    'A penalty of up to £500,000 or 10% of the annual turnover, whichever is higher, may be imposed.',
    '10%',
    'share 10 percent',
  ],
  // A bare percent among alternatives is a cap on a change.
  [
    'The Board shall raise the tariff by the rise in the index or 6 per cent, whichever is less.',
    '6 per cent',
    'change 6 percent',
  ],
  // A past case in a past sentence keeps its bound.
  [
    'Probate duty was highest where the estate value was above €2 million.',
    '€2 million',
    'amount 2000000 EUR',
  ],
  // The same measure at another time.
  [
    'Peak electricity prices were 6% higher than last year’s electricity prices.',
    '6%',
    'change 6 percent',
  ],
  // The rent stated as a fact.
  [
    'The average rent of a two-bedroom flat rose to £9,600 a year in 2033.',
    '£9,600',
    'amount 9600 GBP',
  ],
];

describe('v265: margins, multiples and bounds a rule sets are traps', () => {
  it.each(traps)('%s → no figure at %s', (text, number) => {
    expect(figuresAt(text, number).map(kindValueUnit)).toEqual([]);
  });
  it.each(kept)('%s → %s %s', (text, number, want) => {
    const found = figuresAt(text, number, NEUTRAL);
    expect(found.map(kindValueUnit)[0]).toBe(want);
  });
});
