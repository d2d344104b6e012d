// Held sentences of the v142 class (test/fixtures/prose/README.md, "The calls", Status: a level a
// law, rule, agreement or formula sets, later phases included, is decided, actual): written from
// the class alone, in voices other than the one it was first seen in (a school district's adopted
// budget, "Under the School Finance Act, statewide base per-pupil funding rises to $8,496 from
// $8,076"): a funding agreement between governments, a health-insurance decree, a pension
// scheme's regulations, a ports tariff order, a national norms schedule. Near-misses keep their
// reading: a draft rule ("Under the draft regulation, … would rise"), a projection under current
// law, an aggregate a law leads to ("Under the Act, spending will rise to $4.1 billion"), a level a
// plan (no rule) sets, and a forecast word in the sentence. Each row is a short document under a
// title line, dated 2 April 2031: the number's own words, then the kind and status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const HELD: readonly Row[] = [
  [
    'Under the bilateral agreement, the federal share of the standard for public schools will rise from 20 per cent to 22.5 per cent in 2033 and to 25 per cent in 2036.',
    '22.5 per cent',
    'actual',
  ],
  [
    'Under the bilateral agreement, the federal share of the standard for public schools will rise from 20 per cent to 22.5 per cent in 2033 and to 25 per cent in 2036.',
    '25 per cent',
    'actual',
  ],
  [
    'Under the Health Insurance Decree of 2030, the capitation payment rises to $412 per member in 2032.',
    '$412',
    'actual',
  ],
  [
    "Under the teachers' pension scheme valuation regulations, the employer contribution rate will rise from 28.6 per cent to 30.2 per cent in April 2033.",
    '30.2 per cent',
    'actual',
  ],
  [
    'Under the 2030 Ports Tariff Order, the wharfage charge for containers will be $61 per box from 2032.',
    '$61',
    'actual',
  ],
  [
    'Under the national norms and standards for school funding, no-fee schools receive a target amount of R1,760 per learner in 2032.',
    'R1,760',
    'actual',
  ],
  [
    'Under the Community Schools Act, base funding per enrolled pupil rises to $9,120 in 2032, an increase of 4.1 percent.',
    '$9,120',
    'actual',
  ],
  [
    'Under the Community Schools Act, base funding per enrolled pupil rises to $9,120 in 2032, an increase of 4.1 percent.',
    '4.1 percent',
    'actual',
  ],
  [
    'Under the Regional Hospitals Compact signed in May 2030, the province will pay 55 per cent of the efficient price in 2033.',
    '55 per cent',
    'actual',
  ],
];

const NEAR: readonly Row[] = [
  [
    'Under the draft regulation, the employer contribution rate would rise to 31.0 per cent in 2033.',
    '31.0 per cent',
    'expected',
  ],
  [
    'Under current law, federal spending on the program will rise to $4.1 billion in 2034.',
    '$4.1 billion',
    'expected',
  ],
  [
    'Under the Act, total grant spending will rise to $2.6 billion in 2033.',
    '$2.6 billion',
    'expected',
  ],
  [
    'Under the corporate plan, the share of renewable power will rise to 40 per cent in 2034.',
    '40 per cent',
    'expected',
  ],
  [
    'Under the agreement, the federal share is expected to rise to 24 per cent in 2034.',
    '24 per cent',
    'expected',
  ],
];

describe('a level a law, rule or agreement sets is actual, later phases included (v142)', () => {
  it.each(HELD)('%s (%s) is %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});

describe('near-misses of the v142 class keep their reading', () => {
  it.each(NEAR)('%s (%s) is %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});
