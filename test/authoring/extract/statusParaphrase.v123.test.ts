// Held sentences of the v123 class (test/fixtures/prose/README.md, "The calls", a decision that
// puts money somewhere): a budget, allocation, appropriation, grant or funding that a past or
// perfect verb raised or cut, named as the verb's object, is decided, the new level and the level
// it moved from alike. Written from the class alone, in voices other than the one it was first
// seen in (a customs notice on an enforcement budget): a ministry, a council, a legislature, a
// company board, a state legislature, a department's grant. Near-misses keep their reading: a
// raise still to come, planned, asked for or hedged, a forecast path, a budget's own level. Each
// row is a short document under a title line, read through the whole extractor dated 2 April
// 2031: the number's own words, then the kind and status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf as readingOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, reading: string];

const ROWS: readonly Row[] = [
  // A raise or cut made: both levels are decisions.
  [
    'The ministry has increased the regional roads budget for 2032 to €412 million from €380 million.',
    '€412 million',
    'amount actual',
  ],
  [
    'The ministry has increased the regional roads budget for 2032 to €412 million from €380 million.',
    '€380 million',
    'amount actual',
  ],
  [
    'The council cut the library service’s allocation for 2033/34 from £6.4m to £5.9m.',
    '£5.9m',
    'amount actual',
  ],
  [
    'The council cut the library service’s allocation for 2033/34 from £6.4m to £5.9m.',
    '£6.4m',
    'amount actual',
  ],
  [
    'Congress raised the agency’s appropriation for fiscal 2032 to $2.3 billion, from $2.1 billion.',
    '$2.3 billion',
    'amount actual',
  ],
  [
    'The board reduced the capital budget for next year to R1.2 billion from R1.5 billion.',
    'R1.2 billion',
    'amount actual',
  ],
  [
    'The department has cut its grant to the museum for 2033 by 5% to €2.1 million.',
    '€2.1 million',
    'amount actual',
  ],
  [
    'The state legislature boosted the university system’s funding for fiscal 2033 to $3.45 billion from $3.2 billion.',
    '$3.45 billion',
    'amount actual',
  ],
  // Near-misses: a raise to come, planned, asked for, hedged or forecast, and a budget's own level.
  [
    'The Treasury will raise the department’s budget for 2033 to $4.2 billion from $3.9 billion.',
    '$4.2 billion',
    'amount expected',
  ],
  [
    'The minister plans to raise the police budget for 2033 to €1.1 billion from €1.0 billion.',
    '€1.1 billion',
    'amount expected',
  ],
  [
    'The agency asked Congress to raise its appropriation for 2033 to $2.5 billion.',
    '$2.5 billion',
    'amount expected',
  ],
  [
    'The draft budget would cut funding for universities in 2033 to $1.4 billion from $1.6 billion.',
    '$1.4 billion',
    'amount expected',
  ],
  ['The council could cut the library budget for 2033 to £5.2m.', '£5.2m', 'amount expected'],
  [
    'Analysts expect the board to raise the capital budget for 2033 to R2 billion.',
    'R2 billion',
    'amount expected',
  ],
  [
    'Spending is forecast to rise to $4.2 billion in 2033 from $3.9 billion.',
    '$4.2 billion',
    'amount expected',
  ],
  ['The budget for 2033 is $4.2 billion.', '$4.2 billion', 'amount expected'],
  // A raise that is only supposed proposes no figure (README, traps).
  [
    'If Parliament cut the museum’s grant for 2033 to £2 million, the museum would close two galleries.',
    '£2 million',
    'no figure proposed',
  ],
];

describe('a budget a past or perfect verb raised or cut is decided (v123)', () => {
  it.each(ROWS)('%s — %s', (text, number, reading) => {
    expect(readingOf(text, number)).toBe(reading);
  });
});
