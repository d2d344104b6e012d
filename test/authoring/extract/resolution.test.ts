// Held sentences of the minutes-and-resolutions class (decided.ts, resolvedItem and lostMotion;
// test/fixtures/prose/README.md, "Status": a resolution is a decision, a motion a proposal): what a
// resolution approves or sets is decided, actual, for any year, and the text of a motion or an
// amendment the vote lost stays a proposal, expected, whatever its own verb of accepting. Written
// in voices other than the council minutes the class was found in: a university's board, a
// company's general meeting, a water utility's board, a legislature's amendment, a county
// assembly; near-misses keep their reading.

import { describe, expect, it } from 'vitest';
import { lostMotion, resolvedItem } from '../../../src/authoring/extract/decided.ts';
import { describeClasses, type AuditClass } from '../../support/statusAudit.ts';

const AUDIT: Record<string, AuditClass> = {
  'resolution adopted': {
    call: 'what a resolution ("RESOLVED that", "It was resolved that", a lead-in "RESOLVED … that the Council:" over a numbered list) approves, adopts, sets or authorises is decided, actual, also for a year to come; an item that notes a forecast keeps its reading',
    rows: [
      [
        'RESOLVED, That the Board of Trustees approves an operating budget of $912.4 million for fiscal year 2034.',
        '$912.4 million',
        'actual',
      ],
      [
        'It was resolved that the Board adopt a capital plan of €46 million for 2033/34.',
        '€46 million',
        'actual',
      ],
      [
        'RESOLVED (unanimously) that the Company:\n1. approves a final dividend of 14.2 pence per share for the year 2034;\n2. authorises the directors to allot shares up to a nominal value of £2.5m.',
        '£2.5m',
        'actual',
      ],
      [
        'RESOLVED that the Board:\n(a) sets the volumetric tariff at $42.18 per kilolitre for 2034/35;\n(b) notes that revenue is forecast at $1.2 billion in 2034/35.',
        '$42.18',
        'actual',
      ],
      // Near-misses: the other reading.
      [
        'RESOLVED that the Board:\n(a) sets the volumetric tariff at $42.18 per kilolitre for 2034/35;\n(b) notes that revenue is forecast at $1.2 billion in 2034/35.',
        '$1.2 billion',
        'expected',
      ],
      [
        'The Board resolved to seek a budget of $12.5 million for 2034.',
        '$12.5 million',
        'expected',
      ],
    ],
  },
  'motion lost': {
    call: 'a number in the text of a motion or amendment as moved ("That Council accepts", "moved an amendment … to") that the vote in the same or the next sentence or line lost ("LOST", "was defeated", "was negatived") is a proposal, expected; a motion carried keeps its reading',
    rows: [
      [
        'Moved Cr Osei, seconded Cr Banda\nThat the Assembly approves a supplementary estimate of KSh 84 million for ward projects.\nLOST',
        'KSh 84 million',
        'expected',
      ],
      [
        'Senator Ruiz moved an amendment to cut the appropriation for the agency by $45 million. The amendment was negatived on voices.',
        '$45 million',
        'expected',
      ],
      [
        'The Mayor moved that the general rate rise by 4.5% in 2034. After debate the motion was defeated.',
        '4.5%',
        'expected',
      ],
      // Near-misses: the other reading.
      [
        'Moved Cr Nguyen, seconded Cr Ross\nThat Council extends the cleaning contract by 12 months at a price of $1,196,400.\nCARRIED 5/4',
        '$1,196,400',
        'actual',
      ],
      [
        'The board moved the reserve of $3 million to the capital fund. Its proposal was lost in committee.',
        '$3 million',
        'actual',
      ],
    ],
    open: [
      [
        "Deputy Okafor moved a motion to raise the members' allowance by 8%. The motion was carried by 12 votes to 4.",
        '8%',
        'actual',
        'the proposal-noun reading (a motion to raise) does not yet look for the vote that carried it in the next sentence',
      ],
    ],
  },
};

describeClasses(AUDIT);

describe('resolvedItem and lostMotion', () => {
  it('reads a resolution list item and a lost motion line', () => {
    expect(
      resolvedItem(
        '1. approves a budget of £6m;',
        26,
        'RESOLVED that the Council:\n1. approves a budget of ',
      ),
    ).toBe(true);
    expect(
      resolvedItem(
        '1. notes that the balance is forecast at £38.5m.',
        41,
        'RESOLVED that the Council:\n1. notes that the balance is forecast at ',
      ),
    ).toBe(false);
    expect(lostMotion('That Council accepts the tender at $1.2 million.', 34, '\nLOST 4/5')).toBe(
      true,
    );
    expect(
      lostMotion('That Council accepts the tender at $1.2 million.', 34, '\nCARRIED 4/5'),
    ).toBe(false);
  });
});
