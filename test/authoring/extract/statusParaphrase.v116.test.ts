// Held sentences of the v116 class (test/fixtures/prose/README.md, "The calls", a recommendation):
// written from the class alone, in voices other than the one it was first seen in (a trade
// remedies authority recommending duties over rows below its lead-in): a pay review body, an
// energy regulator, a remuneration tribunal, a council committee, a company board, a competition
// authority. Near-misses keep their reading: the rates a decision imposed "as recommended", a
// recommendation a minister adopted, findings that report. Each row is a short document under a
// title line, read through the whole extractor dated 2 April 2031: the number's own words, then
// the kind and status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf as readingOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, kind: string, status: string];

const ROWS: readonly Row[] = [
  [
    'The Review Body recommends the following national salary scale for nurses from 1 April 2032:\n\nBand 2: £24,310 a year\nBand 5: £31,870 a year',
    '£24,310',
    'amount',
    'expected',
  ],
  [
    'The Review Body recommends the following national salary scale for nurses from 1 April 2032:\n\nBand 2: £24,310 a year\nBand 5: £31,870 a year',
    '£31,870',
    'amount',
    'expected',
  ],
  [
    'We therefore recommend that the standing charges be set at the levels below:\n\nDomestic, single rate: 53.2p per day\nDomestic, economy 7: 55.9p per day',
    '55.9p',
    'amount',
    'expected',
  ],
  [
    'The Tribunal has recommended an annual salary for each office holder, as follows:\n\nPresident: $412,600\nDeputy President: $356,900',
    '$356,900',
    'amount',
    'expected',
  ],
  [
    'The Finance Committee is recommending new parking permit fees at the rates set out below:\n\nResident permit: €96 a year\nBusiness permit: €410 a year',
    '€96',
    'amount',
    'expected',
  ],
  [
    'The Board proposes the payment of a final dividend, in the amounts below:\n\nOrdinary shares: 41.5 cents per share\nPreference shares: 6.0 cents per share',
    '41.5 cents',
    'amount',
    'expected',
  ],
  [
    'It is recommended that the Commission impose the following fines:\n\nAlder Logistics Ltd: €2.4 million\nBrennan Freight plc: €1.1 million',
    '€1.1 million',
    'amount',
    'expected',
  ],
  // Near-misses: rates imposed as recommended, a recommendation adopted, findings that report.
  [
    'As recommended by the Authority, the Ministry has imposed definitive duties at the following rates:\n\nSeohan Chemical: USD 88.10 per MT\nAny other producer: USD 140.20 per MT',
    'USD 88.10',
    'amount',
    'actual',
  ],
  [
    'The Minister accepted the duties the Commission recommended, at the amounts below:\n\nAlder Steel: AUD 61.40 per tonne\nAll other exporters: AUD 97.30 per tonne',
    'AUD 97.30',
    'amount',
    'actual',
  ],
  [
    'The Authority established the following margins of dumping:\n\nSeohan Chemical: 18.4%\nAny other producer: 31.2%',
    '31.2%',
    'share',
    'actual',
  ],
];

describe('what a body recommends or proposes in a list under its lead-in is expected; rates imposed "as recommended", a recommendation accepted and findings keep theirs', () => {
  it.each(ROWS)('%s (%s) is %s, %s', (text, number, kind, status) => {
    expect(readingOf(text, number)).toBe(`${kind} ${status}`);
  });
});
