// Held sentences of the second v144 class (test/fixtures/prose/README.md, "The calls", Status: a
// level a law, rule or agreement sets is actual): a level kept under the instrument the sentence
// before opens with ("Under the agreement, the Commonwealth share will rise … The Tasmanian
// Government will maintain its own share at 75 per cent of the SRS throughout"), and a share of
// their own entitlement a payer or scheme will continue to pay ("Non-government schools will
// continue to receive 80 per cent of their SRS"), written in voices other than the joint media
// release they were seen in: a hospital-funding accord, a pension-scheme rule, a farm-support
// compact, a transit funding deal. Near-misses keep their reading: a next sentence that states an
// aggregate or a forecast, a paragraph with no rule at its head, and a company keeping its market
// share. Each row is a short document under a title line, dated 2 April 2031.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const HELD: readonly Row[] = [
  [
    'Under the hospital funding accord, the federal share of efficient costs will rise to 45 per cent in 2033. The provinces will maintain their own share at 55 per cent throughout.',
    '55 per cent',
    'actual',
  ],
  [
    'Under the scheme rules adopted in March, the employer contribution rises to 12 percent of salary. Members will keep their own contribution at 6 percent of salary.',
    '6 percent',
    'actual',
  ],
  [
    'Under the transit funding agreement, the state share of operating costs will rise to 60 per cent. The city will hold its share at 40 per cent until 2035.',
    '40 per cent',
    'actual',
  ],
  [
    'Smallholders will continue to receive 90 per cent of their support entitlement from the national fund.',
    '90 per cent',
    'actual',
  ],
  [
    'Existing pensioners will continue to receive 100 percent of their accrued pension.',
    '100 percent',
    'actual',
  ],
];

const NEAR: readonly Row[] = [
  [
    'Under the hospital funding accord, the federal share of efficient costs will rise to 45 per cent in 2033. Total hospital spending will rise to $4.2 billion.',
    '$4.2 billion',
    'expected',
  ],
  [
    'The company expects demand to recover next year. It will maintain its market share at 30 per cent.',
    '30 per cent',
    'expected',
  ],
  [
    'Under the accord, the federal share will rise to 45 per cent in 2033. The provinces are expected to keep their share at 55 per cent.',
    '55 per cent',
    'expected',
  ],
];

describe('a level kept under the rule the paragraph opens with, or a share of an entitlement kept, is actual (v144)', () => {
  it.each(HELD)('%s (%s) is %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});

describe('near-misses of the second v144 class keep their reading', () => {
  it.each(NEAR)('%s (%s) is %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});
