// Tests for src/authoring/extract (v176): a headline that announces a revision of charges whose
// noun carries a longer phrase of what they are for, found in the opened set ho265 (a health
// bureau's release headed "Fees and charges for public healthcare services to be revised from June
// 15" ⏎ "the charge for accident and emergency services will rise from $180 to $250 per
// attendance") and held here in other voices. The dated, unhedged announcement is the decision on
// the charges (README, Status, v154), however many words say what they are charged for; a hedged
// headline, one with no date of effect and an outcome keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { announcedChange } from '../../../src/authoring/extract/decided.ts';

const source = (title: string) => ({
  source: {
    date: '2034-05-20',
    publisher: 'Arland Office',
    title,
    url: 'https://example.org/notice',
  },
});

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  extractCandidates(text, 'doc', source(title)).map((c) => `${c.stated.text} ${c.status}`);

describe('a charge whose revision a dated headline announces, its noun qualified at length', () => {
  it.each([
    // A transport authority's fares notice, in the "to go up" form.
    [
      'Fares on the Kestrel Bay ferry services to go up from 1 March 2035',
      'Fares on the Kestrel Bay ferry services to go up from 1 March 2035\n\nThe adult single fare will go up from $4.20 to $4.80.\n',
      ['$4.20 actual', '$4.80 actual'],
    ],
    // A council's leisure notice.
    [
      'Fees for council-run swimming pools to be revised from 1 April 2035',
      'Fees for council-run swimming pools to be revised from 1 April 2035\n\nThe adult swim charge will rise from £4.50 to £5.00 a session.\n',
      ['£4.50 actual', '£5.00 actual'],
    ],
    // A harbour board's notice, the verb with "will be".
    [
      'Charges for use of the Eastport fishing harbour will be adjusted with effect from 1 July 2034',
      'Charges for use of the Eastport fishing harbour will be adjusted with effect from 1 July 2034\n\nThe berthing charge will be €38 per day for vessels under 24 metres.\n',
      ['€38 actual'],
    ],
    // Near miss: the headline hedges the revision.
    [
      'Fees for public hospital services expected to be revised from June',
      'Fees for public hospital services expected to be revised from June\n\nThe charge for emergency services will rise from $180 to $250 per attendance.\n',
      // The level in force, the change's start, keeps its own reading.
      ['$180 actual', '$250 expected'],
    ],
    // Near miss: no date of effect.
    [
      'Fees for council-run swimming pools to be reviewed',
      'Fees for council-run swimming pools to be reviewed\n\nThe adult swim charge will rise from £4.50 to £5.00 a session.\n',
      ['£4.50 actual', '£5.00 expected'],
    ],
  ])('%s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });

  it('keeps an outcome the announcing document foresees', () => {
    expect(
      statuses(
        'Fees for public hospital services to be revised from June 15',
        'Fees for public hospital services to be revised from June 15\n\nDemand for emergency care will rise by 12 per cent next year.\n',
      ),
    ).toEqual(['rise by 12 per cent expected']);
  });
});

describe('announcedChange', () => {
  it('reads a charge noun with up to six words of what it is for', () => {
    expect(
      announcedChange({
        title: 'Fees and charges for public healthcare services to be revised from June 15',
        top: '',
      }),
    ).toEqual([]);
    expect(
      announcedChange({
        title: 'Fares on the Kestrel Bay ferry services to go up from 1 March 2035',
        top: '',
      }),
    ).toEqual([2035]);
  });
  it('gives nothing to a hedged or undated headline', () => {
    expect(
      announcedChange({
        title: 'Fees for public hospital services expected to be revised from June',
        top: '',
      }),
    ).toBeUndefined();
    expect(
      announcedChange({ title: 'Fees for council-run swimming pools to be reviewed', top: '' }),
    ).toBeUndefined();
  });
});
