// Held sentences of the v131 class (test/fixtures/prose/README.md, "The calls", Status: a level a
// body decided is actual, and the proposal it is set against hedges only itself): written from the
// class alone, in voices other than the one it was first seen in (an energy regulator's revenue
// decision, "The Council allowed a weighted average cost of capital of 5.1% in real terms, compared
// with the 7.6% Vaalkrag proposed"): a water regulator, a telecoms regulator, a pay review body,
// an arbitration panel, a rail regulator, a university council, a port authority. Near-misses keep
// their reading: the proposed base itself, a level the body itself only proposed, and a level a
// "will" or "could" hedges in its own words. The second half holds a level a participle of
// approval names ("the R294.6 billion allowed for 2031/32", "The average cost of supply approved
// for FY 2033-34 is Rs. 7.84", a list titled "Allowable revenue set for 2032/33"), for a period
// not yet over; a participle of proposing, a sum sought and a forecast set against the approved
// level keep their reading. Last, a sum a body struck out of what another party proposed ("did
// not accept PLN 412 million of the operating costs VGG proposed") keeps its own verb's reading. Each row is a short document under a title line,
// dated 2 April 2031: the number's own words, then the status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const HELD: readonly Row[] = [
  [
    'The water regulator allowed a cost of capital of 3.9% for the next control period, compared with the 4.6% the companies proposed.',
    '3.9%',
    'actual',
  ],
  [
    'The Authority set the price cap at 2.4 percent a year, below the 3.1 percent the operator proposed in its submission.',
    '2.4 percent',
    'actual',
  ],
  [
    'The review body recommended and the minister approved a pay rise of 4.5%, lower than the 6% the unions proposed.',
    '4.5%',
    'actual',
  ],
  [
    'The panel awarded the contractor $14.2 million, against the $21.7 million it had proposed as a settlement.',
    '$14.2 million',
    'actual',
  ],
  [
    'The rail regulator determined an efficiency challenge of 12 per cent, higher than the 8 per cent Network North proposed.',
    '12 per cent',
    'actual',
  ],
  [
    'The council approved a tuition increase of 3.2%, compared to the 4.5% proposed by the finance committee.',
    '3.2%',
    'actual',
  ],
  [
    'The port authority fixed the new berth charge at €1.85 per tonne, down from the €2.10 per tonne the operator had proposed.',
    '€1.85',
    'actual',
  ],
  [
    'The revenue requirement approved for 2032-33 is KSh 41.2 billion, up from KSh 38.9 billion.',
    'KSh 41.2 billion',
    'actual',
  ],
  [
    'The operating grant authorised by the Ministry for 2032 is €18.4 million.',
    '€18.4 million',
    'actual',
  ],
  [
    "The district's levy is 3.1% higher than the $212 million approved for 2031-32.",
    '$212 million',
    'actual',
  ],
  [
    "The district's levy is 3.1% higher than the $212 million approved for 2031-32.",
    '3.1% higher',
    'actual',
  ],
  [
    'This is 4.4 per cent more than the revenue allowed under the current price control to 2032.',
    '4.4 per cent more',
    'actual',
  ],
  [
    'The port may collect up to R2.3 billion in 2032, compared with the R2.1 billion allowed in the previous determination.',
    'R2.1 billion',
    'actual',
  ],
  [
    'Table 2: Allowed revenue determined for 2032 (€ million)\nDublin Water: 412.6\nCork Water: 118.3',
    '412.6',
    'actual',
  ],
  [
    'The regulator rejected R3.2 billion of the capital spending Metrogas had requested.',
    'R3.2 billion',
    'actual',
  ],
  [
    'The board removed $4.1 million of the overtime costs the department proposed.',
    '$4.1 million',
    'actual',
  ],
];

const NEAR_MISSES: readonly Row[] = [
  [
    'The water regulator allowed a cost of capital of 3.9% for the next control period, compared with the 4.6% the companies proposed.',
    '4.6%',
    'expected',
  ],
  [
    'The council approved a tuition increase of 3.2%, compared to the 4.5% proposed by the finance committee.',
    '4.5%',
    'expected',
  ],
  [
    'The Authority proposed a cost of capital of 3.4 percent, below the 3.9 percent the operator proposed.',
    '3.4 percent',
    'expected',
  ],
  [
    'Prices could rise by 2.4 percent a year, below the 3.1 percent the operator proposed.',
    '2.4 percent',
    'expected',
  ],
  [
    'The revenue requirement proposed for 2032-33 is KSh 41.2 billion, up from KSh 38.9 billion.',
    'KSh 41.2 billion',
    'expected',
  ],
  [
    'The utility had sought R2.6 billion for 2032, compared with the R2.1 billion allowed in the previous determination.',
    'R2.6 billion',
    'expected',
  ],
  [
    'Revenue is forecast to be 3.1% higher than the $212 million approved for 2031-32.',
    '3.1% higher',
    'expected',
  ],
  [
    'Table 2: Proposed revenue for 2032 (€ million)\nDublin Water: 412.6\nCork Water: 118.3',
    '412.6',
    'expected',
  ],
  [
    'The department proposed $4.1 million of the overtime costs the board had questioned.',
    '$4.1 million',
    'expected',
  ],
];

describe('a decided level is actual whatever proposal it is compared with (v131)', () => {
  it.each(HELD)('%s — %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
  it.each(NEAR_MISSES)('%s — %s keeps its reading', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});
