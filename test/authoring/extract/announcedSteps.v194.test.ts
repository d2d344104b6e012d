// Tests for src/authoring/extract (v194): a headline that announces a revision of charges "at" or
// "in" a place with its date of effect, a charge named by the acronym the document defined for it,
// and later steps of the change dated in the same sentence, found in the opened set ho269 (a joint
// release headed "Airport charges at Kallang Airport to be revised from 1 April 2035" ⏎ "The PSSF
// for transfer and transit passengers will increase from S$8 to S$10 on 1 April 2035, and by S$1
// in each of 2036 and 2037, to S$12") and held here in other voices. The dated, unhedged
// announcement is the decision (README, Status, v154/v176); a hedged headline, an acronym defined
// for no charge and an outcome keep their reading.

import { describe, expect, it } from 'vitest';
import { announcedSteps, definedCharge } from '../../../src/authoring/extract/decided.ts';
import { notice, statusesIn } from './readingOf.ts';

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  statusesIn(`${title}\n\n${text}\n`, notice(title));

describe('a charge revised at a place, by its acronym, in dated steps, under a dated headline', () => {
  it.each([
    // A ferry operator's notice: the headline's noun is placed "at" the terminal.
    [
      'Fares at Kestrel Bay ferry terminal to be revised from 1 March 2035',
      'The adult single charge will rise from $4.20 to $4.80 on 1 March 2035.',
      ['$4.20 actual', '$4.80 actual'],
    ],
    // A council's parking notice, "in" the town centre, and steps in later years.
    [
      'Parking charges in Lowport town centre to rise from 1 April 2035',
      'The all-day charge will rise from £6.00 to £6.50 on 1 April 2035, and by 50p in each of 2036 and 2037, to £7.50.',
      ['£6.00 actual', '£6.50 actual', '50p actual', '£7.50 actual'],
    ],
    // A harbour board's notice naming its charge by an acronym it defined.
    [
      'Dues at Eastport Harbour to be revised from 1 July 2035',
      'The Vessel Berthing Charge (VBC) applies to all commercial vessels. The VBC for vessels under 24 metres will increase from €38 to €41 per day on 1 July 2035.',
      ['€38 actual', '€41 actual'],
    ],
    // A water utility's tariff release, acronym and steps together.
    [
      'Water tariffs in Arland to be revised from 1 January 2035',
      'The Fixed Supply Charge (FSC) is billed each quarter. The FSC will increase from $120 to $126 on 1 January 2035, and by $6 in 2036, to $132.',
      ['$120 actual', '$126 actual', '$6 actual', '$132 actual'],
    ],
    // Near miss: the headline hedges the revision.
    [
      'Parking charges in Lowport town centre expected to rise from 1 April 2035',
      'The all-day charge will rise from £6.00 to £6.50 on 1 April 2035.',
      ['£6.00 actual', '£6.50 expected'],
    ],
    // Near miss: no date of effect.
    [
      'Fares at Kestrel Bay ferry terminal to be reviewed',
      'The adult single charge will rise from $4.20 to $4.80 on 1 March 2035.',
      ['$4.20 actual', '$4.80 expected'],
    ],
  ])('%s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });

  it('keeps an outcome the announcing document foresees', () => {
    expect(
      statuses(
        'Parking charges in Lowport town centre to rise from 1 April 2035',
        'Demand for parking will rise by 12 per cent in 2036.',
      ),
    ).toEqual(['rise by 12 per cent expected']);
  });
});

describe('definedCharge', () => {
  it('reads an acronym defined for a charge, not one defined for anything else', () => {
    expect(
      definedCharge('The PSSF will rise', 'The Passenger Service and Security Fee (PSSF) is due.'),
    ).toBe(true);
    expect(definedCharge('The RAB will rise', 'The Regulated Asset Base (RAB) grows.')).toBe(false);
  });
});

describe('announcedSteps', () => {
  it('takes later years as steps only when the sentence dates its change to the announced year', () => {
    expect(announcedSteps('will rise on 1 April 2035, and by $1 in 2036', [2035])).toEqual([
      2035, 2035, 2036,
    ]);
    expect(announcedSteps('will rise by $1 in 2036', [2035])).toEqual([2035]);
    expect(announcedSteps('will rise by $1 in 2036', undefined)).toBeUndefined();
  });
});
