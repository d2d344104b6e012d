// Held sentences of the v182 class (test/fixtures/prose/README.md, "The calls"): how a charge
// notice states a new level against the old one it replaces. A unit of service that "will cost" a
// sum under a notice that decides the charges is that charge, set, actual ("the first attendance
// will cost $180 instead of $135"); and the old level itself, named by "up from", "instead of", "in
// place of", "replacing" or the "from" of a change, is the charge in force, actual, even when the
// new level is only proposed ("We propose a price of $412 …, up from $398"). Written in voices
// other than the health bureau's press release the class was first seen in: a council's leisure
// charges notice, a ferry operator's fares notice, a water regulator's consultation, a university
// fee proposal, a museum's admission notice. Near-misses keep their reading: a project that "will
// cost" millions, a base named as a plan ("instead of the planned"), a forecast path's start, a
// sum's base in a forecast, a "will cost" in a notice that decides nothing.

import { describe, expect, it } from 'vitest';
import { figuresAt, NEUTRAL } from './readingOf.ts';

const DATE = '2034-03-12';

/** The status of the figure overlapping `number` in a document with `title` and one paragraph. */
function statusAt(title: string, text: string, number: string): string {
  const doc = `${title}\n\n${text}\n`;
  const c = figuresAt(doc, number, { ...NEUTRAL, date: DATE })[0];
  return c ? c.status : 'none';
}

const COUNCIL = 'Leisure centre charges to be revised from 1 April 2034';
const FERRY = 'Island ferry fares to rise from 1 May 2034';
const WATER = 'Consultation paper: proposed water and sewerage charges 2034/35';
const UNIVERSITY = 'Proposed tuition and accommodation fees for 2034/35';
const MUSEUM = 'Museum admission charges to be revised from 1 June 2034';

describe('v182: a new charge level stated against the level it replaces', () => {
  it.each([
    // A decided notice: a unit of service "will cost" a sum, and the level it replaces.
    [
      COUNCIL,
      'A swim session will cost £5.20 instead of £4.80, and a gym pass £38 a month.',
      '£5.20',
      'actual',
    ],
    [
      COUNCIL,
      'A swim session will cost £5.20 instead of £4.80, and a gym pass £38 a month.',
      '£4.80',
      'actual',
    ],
    [
      FERRY,
      'From 1 May a single adult crossing will cost $14.50, up from $12.90.',
      '$14.50',
      'actual',
    ],
    [FERRY, 'A return ticket for a car and driver will cost $96 in place of $88.', '$96', 'actual'],
    [FERRY, 'A return ticket for a car and driver will cost $96 in place of $88.', '$88', 'actual'],
    [
      MUSEUM,
      'An adult ticket will cost €16, replacing the €14 charged since 2029.',
      '€16',
      'actual',
    ],
    // A proposal: the new level stays expected, the level it replaces is in force.
    [
      WATER,
      'We propose a standing charge of £42 a year, up from £39, for each household.',
      '£39',
      'actual',
    ],
    [
      WATER,
      'We propose a standing charge of £42 a year, up from £39, for each household.',
      '£42',
      'expected',
    ],
    [
      WATER,
      'We propose to raise the sewerage charge to £1.84 per cubic metre from £1.71.',
      '£1.71',
      'actual',
    ],
    [
      WATER,
      'We propose to raise the sewerage charge to £1.84 per cubic metre from £1.71.',
      '£1.84',
      'expected',
    ],
    [
      UNIVERSITY,
      'The Council is asked to approve a tuition fee of £9,850 instead of £9,535 for home students.',
      '£9,535',
      'actual',
    ],
    [
      UNIVERSITY,
      'The Council is asked to approve a tuition fee of £9,850 instead of £9,535 for home students.',
      '£9,850',
      'expected',
    ],
    [
      UNIVERSITY,
      'We propose that a standard room cost £186 a week, up from £174.',
      '£174',
      'actual',
    ],
    // The base a percent change of the charge is stated against, named as its level "of".
    [
      WATER,
      'We propose a sewerage charge of £1.84 per cubic metre, 7.6% more than the 2033/34 charge of £1.71.',
      '£1.71',
      'actual',
    ],
    [
      UNIVERSITY,
      'We propose a tuition fee of £9,850, an increase of 3.3% on the current fee of £9,535.',
      '£9,535',
      'actual',
    ],
    // A list after "will cost": each item's sum is the charge the notice sets.
    [
      MUSEUM,
      'An adult ticket will cost €16 instead of €14, a child ticket €7 and a family ticket €38.',
      '€38',
      'actual',
    ],
  ])('%s: "%s" reads %s as %s', (title, text, number, want) => {
    expect(statusAt(title, text, number)).toBe(want);
  });
});

describe('v182 near-misses keep their reading', () => {
  it.each([
    // A project's cost is an estimate, not a charge, whatever the notice decides.
    [
      COUNCIL,
      'The new learner pool will cost £4.6 million and open in 2036.',
      '£4.6 million',
      'expected',
    ],
    // A base named as a plan or forecast is that plan.
    [
      FERRY,
      'Fuel will cost the operator $1.92 a litre this year instead of the planned $1.70.',
      '$1.70',
      'expected',
    ],
    // The start of a forecast path.
    [WATER, 'We expect the average bill to rise to £468 from £452 by 2036.', '£452', 'expected'],
    // A sum's base in a forecast, no charge.
    [
      WATER,
      'Revenue is forecast to reach £3.1 billion in 2035, up from £2.9 billion.',
      '£2.9 billion',
      'expected',
    ],
    // A "will cost" in a document that decides no charge.
    [
      'Household budgets in 2035: an outlook',
      'A weekly shop will cost about £96 next year, up from £91.',
      '£96',
      'expected',
    ],
  ])('%s: "%s" keeps %s as %s', (title, text, number, want) => {
    expect(statusAt(title, text, number)).toBe(want);
  });
});
