// Tests for src/authoring/extract (v223): bounds and multiples the fresh sets ho283–ho287 (a
// medicines agency's statistics, a medical scheme's dispensing fees, toll reviews, a landfill tax
// note) proposed as figures, held here in other voices. A band of a listed schedule whose ends are
// written with a space between the thousands ("- from SEK 4 750 to SEK 6 750: 25 per cent", "(c)
// R350.00 to below R1 225.00: 15%") sorts the base as "from £4,750 to £6,750" does: both ends are
// traps, the rate after the colon is the figure. A multiple of a toll, a fare or a named rate at the
// same time ("2.5 times the car toll", "1.5 times the standard rate") compares two charges, no
// change. A single amount, a range in running text and a multiple of the same charge at another
// time keep their reading.

import { describe, expect, it } from 'vitest';
import { type Source, statedIn } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-03-18',
  publisher: 'Varde Tariff Board',
  title: 'Schedule of charges',
  url: 'https://example.org/schedule',
};

describe('a listed band whose ends carry a thousands space', () => {
  it.each([
    // A port's tariff: berth dues by gross tonnage.
    ['Berth dues per call:\n- from NOK 5 000 to NOK 9 999 gross tonnes: NOK 1 250', ['NOK 1 250']],
    // A pension fund's contribution schedule.
    [
      'The member contributes a share of monthly pay:\n- from SEK 12 500 to SEK 24 000: 4.5 per cent\n- from SEK 24 000 to SEK 48 000: 6 per cent',
      ['4.5 per cent', '6 per cent'],
    ],
    // A water utility's block tariff (its grouped rand bounds make the bare "R250.00" the rand,
    // a figure of its own after the share: v224).
    [
      'Connection fees are set by plot value:\n(a) R10 000.00 to below R25 000.00: 4% of the value;\n(b) R25 000.00 to below R60 000.00: 3% of the value plus R250.00;',
      ['4% of the value', '3% of the value', 'R250.00'],
    ],
    // A farm scheme's payment bands.
    [
      'The support rate falls as the holding grows:\n- over PLN 50 000 and up to PLN 120 000: 60%\n- over PLN 120 000 and up to PLN 300 000: 35%',
      ['60%', '35%'],
    ],
    // A central bank's fee schedule for settlement.
    [
      'Settlement fee by transfer size:\n• CZK 100 000 to CZK 999 999: CZK 25\n• CZK 1 000 000 to CZK 4 999 999: CZK 60',
      ['CZK 25', 'CZK 60'],
    ],
    // A student loan notice.
    [
      'Repayment by yearly earnings:\n- from DKK 250 000 to DKK 400 000 in taxable income: 3 per cent',
      ['3 per cent'],
    ],
  ])('%s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});

describe('a multiple of a toll, a fare or a named rate at the same time', () => {
  it.each([
    ['Lorries pay 2.5 times the car toll on the northern bridge.', []],
    [
      'Peak tickets cost twice the off-peak fare, and a day pass costs three times the single fare.',
      [],
    ],
    ['Unlicensed moorings are charged at 1.5 times the standard rate.', []],
    ['The ferry charges coaches €90, four times the toll at the river crossing.', ['€90']],
  ])('%s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});

describe('near-misses that keep their reading', () => {
  it.each([
    // A single amount with a thousands space, no band.
    ['Berth dues rose to NOK 1 250 per call in 2033.', ['NOK 1 250']],
    // A range in running text: two levels of a change.
    ['Average dues rose from NOK 5 000 to NOK 9 500 over the year.', ['NOK 5 000', 'NOK 9 500']],
    // A band already read with commas keeps its reading.
    ['Fees by value:\n- from £4,750 to £6,750: 25 per cent', ['25 per cent']],
    // A multiple of the same toll at another time is a change.
    ['The car toll is now three times the 2020 toll.', ['three times the']],
    // A multiple of a bare level is the subject's own.
    ['Traffic on the bridge reached 2.5 times the level of 2029.', ['2.5 times the']],
  ])('%s', (text, want) => {
    expect(statedIn(text, SOURCE)).toEqual(want);
  });
});
