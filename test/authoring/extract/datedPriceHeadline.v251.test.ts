// Held sentences of the v251 class (test/fixtures/prose/README.md, "The calls": a price or charge
// a body announces under its own dated headline is set, actual, though it takes effect later):
// headlines the v154 reader did not take for an announcement, seen in ho304, ho306 and ho307 —
// a noun of the change before the charge ("REVISION OF … CHARGES FROM 1 SEPTEMBER 2035"), a
// charge noun it did not list ("postage … to rise on 1 July"), a date with its weekday ("to be
// adjusted on Tuesday, 10 September 2035"), and the prices set for a dated cycle ("Maximum retail
// pump prices for 15 March to 14 April 2034"); under them the levels a sentence states with "will",
// the new cells of a table of the charges, the items under a "will implement the following price
// adjustments:" lead-in, and a price a body "will retail at". Written in voices other than the
// sets' parking, postage and fuel: a port tariff, a water utility, a ferry operator, an electricity
// distributor, a toll road and a grain board. Near-misses keep their reading: a hedged or proposed
// headline, one with no date of effect, a forecast under the headline, a table of estimates, a
// lead-in that expects.
// Before v251 the extractor read 10 of the 11 held figures wrong; the rule's first version
// (the headline reader alone) missed 5 (the two table cells, two list items and the retail price).

import { describe, expect, it } from 'vitest';
import { notice, statusOf } from './readingOf.ts';

/** The status of the first figure holding `number` in a notice titled `title` of 14 November 2034,
 *  `body` under the headline. */
const headlineStatus = (title: string, body: string, number: string): string =>
  statusOf(
    `Arland Office\n${title}\n14 November 2034\n\n${body}`,
    number,
    notice(title, { url: 'https://example.org/n' }),
  );

const PORT = 'REVISION OF PORT DUES FROM 1 FEBRUARY 2035';
const WATER = 'Increase in water tariffs from 1 January 2035';
const FERRY = 'Ferry fares to be adjusted on Monday, 5 February 2035';
const GRAIN = 'Grain board selling prices for 1 to 31 December 2034';

const held: [string, string, string][] = [
  [PORT, 'Harbour dues for a cargo vessel will rise from €0.42 to €0.46 per gross tonne.', '€0.46'],
  [PORT, 'The pilotage charge will be raised by €35, to €410 per movement.', '€35'],
  [WATER, 'The volumetric charge will go from $2.84 to $3.02 per kilolitre.', '$3.02'],
  [WATER, 'The fixed service charge will stay at $48 a quarter.', '$48'],
  [FERRY, 'The adult single fare will rise by 40 cents to $7.60.', '$7.60'],
  [
    'Electricity postage-stamp tariff to rise on 1 April',
    'The network postage will increase by 0.3 cents to 4.1 cents per kWh on 1 April 2035.',
    '4.1 cents',
  ],
  [GRAIN, 'Milling wheat will retail at R4,850 per tonne at all depots.', 'R4,850'],
  [
    FERRY,
    'Operators will implement the following fare adjustments on Monday, 5 February 2035:\n\n- Adult single: increase of $0.40\n- Vehicle and driver: decrease of $1.50\n- Cyclist: increase of 20 cents',
    '$1.50',
  ],
  [
    FERRY,
    'Operators will implement the following fare adjustments on Monday, 5 February 2035:\n\n- Adult single: increase of $0.40\n- Vehicle and driver: decrease of $1.50\n- Cyclist: increase of 20 cents',
    '20 cents',
  ],
];

const TOLL_TABLE = [
  'Toll charges for light vehicles will be revised as follows:',
  '',
  '| Section | Current toll | New toll |',
  '|---|---|---|',
  '| Northgate to Elm Bridge | $3.20 | $3.50 |',
  '| Elm Bridge to Southport | $4.10 | $4.60 |',
].join('\n');
const TOLL = 'REVISION OF MOTORWAY TOLL CHARGES FROM 1 MARCH 2035';

describe('v251: prices and charges under a dated headline are set, actual', () => {
  for (const [title, body, number] of held)
    it(`${number} under "${title}"`, () =>
      expect(headlineStatus(title, body, number)).toBe('actual'));
  for (const number of ['$3.50', '$4.60'])
    it(`${number}, a new toll in a table under "${TOLL}"`, () =>
      expect(headlineStatus(TOLL, TOLL_TABLE, number)).toBe('actual'));
});

describe('v251 near-misses keep their reading', () => {
  it('a proposed headline leaves the new charge expected', () =>
    expect(
      headlineStatus(
        'Proposed increase in water tariffs from 1 January 2035',
        'The volumetric charge will go from $2.84 to $3.02 per kilolitre.',
        '$3.02',
      ),
    ).toBe('expected'));
  it('a headline with no date of effect announces nothing', () =>
    expect(
      headlineStatus(
        'Revision of port dues',
        'Harbour dues for a cargo vessel will rise from €0.42 to €0.46 per gross tonne.',
        '€0.46',
      ),
    ).toBe('expected'));
  it('a forecast under the headline stays expected', () =>
    expect(
      headlineStatus(
        PORT,
        'The revised dues are expected to bring in about €3.1 million more a year.',
        '€3.1 million',
      ),
    ).toBe('expected'));
  it('a table of tolls proposed for a later year under the headline stays expected', () =>
    expect(
      headlineStatus(
        TOLL,
        'Tolls proposed for 2036, on which we will consult:\n\n| Section | Toll |\n|---|---|\n| Northgate to Elm Bridge | $3.90 |',
        '$3.90',
      ),
    ).toBe('expected'));
  it('a lead-in that expects leaves its items expected', () =>
    expect(
      headlineStatus(
        'Ferry fare outlook',
        'Operators expect the following fare adjustments next year:\n\n- Adult single: increase of $0.40\n- Cyclist: increase of 20 cents',
        '20 cents',
      ),
    ).toBe('expected'));
  it('the charge in force before the change stays actual', () =>
    expect(
      headlineStatus(
        WATER,
        'The volumetric charge will go from $2.84 to $3.02 per kilolitre.',
        '$2.84',
      ),
    ).toBe('actual'));
});
