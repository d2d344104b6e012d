// Held sentences of the v138 class (test/fixtures/prose/README.md, "The calls", Status: what is
// asked for and not yet granted is expected): a level a party argued for, claimed, asked to
// recover or was advised, named as the object of that verb of asking, and a restatement of it
// after "or" ("had requested an increase of $142.7 million, or 8.8%"). Written from the class
// alone, in voices other than the one it was first seen in (a state utility commission's rate
// case order, "Intervenors had argued for an ROE of 8.5 per cent"): a pay tribunal, an airport
// regulator, a fisheries council, a construction arbitration, a housing tribunal, a port
// authority, a tenants' campaign. Near-misses keep their reading: the level the body granted, a
// restatement of a granted change, a "that" clause a body advised of and a profit a company
// "claimed" as its own outturn, and a rebate a rule lets anyone request ("can request"). Each row is a short document under a title line, dated 2 April
// 2031: the number's own words, then the status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const HELD: readonly Row[] = [
  [
    "The nurses' union had argued for a pay rise of 7.5 per cent, while the tribunal awarded 4 per cent.",
    '7.5 per cent',
    'expected',
  ],
  [
    'The airport operator had claimed a regulatory asset base of £17.2 billion for 2030, which the regulator cut.',
    '£17.2 billion',
    'expected',
  ],
  [
    'The scientific council had advised a reduction of 35 per cent in the herring catch for 2030.',
    '35 per cent',
    'expected',
  ],
  [
    'The contractor had asked to recover $8.2 million in delay costs, which the panel rejected.',
    '$8.2 million',
    'expected',
  ],
  [
    "The tribunal refused the landlord's request to recover £4,300 of repair costs from the tenant.",
    '£4,300',
    'expected',
  ],
  [
    'The port authority had requested an increase of $12.4 million, or 6.1%, in its harbour dues.',
    '6.1%',
    'expected',
  ],
  [
    'Tenant groups argued for a cap of 2 per cent on annual rent rises in 2030.',
    '2 per cent',
    'expected',
  ],
];

const NEAR_MISSES: readonly Row[] = [
  [
    "The tribunal awarded a pay rise of 4 per cent in 2030, below the union's claim.",
    '4 per cent',
    'actual',
  ],
  [
    'The panel allowed an increase of $9.1 million, or 4.3%, in harbour dues for 2030.',
    '4.3%',
    'actual',
  ],
  [
    'The scientific council advised ministers in 2030 that the stock had fallen by 22 per cent.',
    '22 per cent',
    'actual',
  ],
  ['The company claimed a record profit of $2.1 billion in 2030.', '$2.1 billion', 'actual'],
  [
    "The tribunal approved the landlord's request to recover £4,300 of repair costs in 2030.",
    '£4,300',
    'actual',
  ],
  [
    'Pensioners with incomes below $30,000 can request a rebate of up to $350 a year.',
    '$350',
    'actual',
  ],
];

describe('a level asked for, argued for, claimed or advised is expected (v138)', () => {
  it.each(HELD)('%s — %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
  it.each(NEAR_MISSES)('%s — %s keeps its reading', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});
