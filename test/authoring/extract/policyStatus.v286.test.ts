// Held sentences of the v286 class (test/fixtures/prose/README.md, "Status": what a policy body
// decided or voted to set is that decision, actual, though its date of effect is to come; the
// options it weighed or consulted on, what a dissenting member preferred and the level a forecast
// had put on the period are no decision, expected), seen in ho323 and ho326. Written in voices
// other than the sets' central-bank statements and macroprudential reviews: a currency board, a
// pension regulator, a port authority, an insurance supervisor and a housing finance agency.
// Near-misses keep their reading: a body that "remains resolved to" act under a condition, a
// reserve target a committee agreed to raise by a year to come, what ministers agreed to raise,
// an increase "to the legal maximum of" a level, and a level judged "sufficient".

import { describe, expect, it } from 'vitest';
import { forecastParticiple } from '../../../src/authoring/extract/policyStatus.ts';
import { figuresAt, type Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-10-03',
  publisher: 'Arland Monetary Authority',
  url: 'https://example.org/statement',
};

const statusAt = (text: string, number: string): string | undefined =>
  figuresAt(text, number, SOURCE)[0]?.status;

const held: [string, string, 'actual' | 'expected'][] = [
  [
    'At its meeting this week the Currency Board voted by a majority of 5–2 to raise the discount rate by 75 basis points to 6.5%, with effect from 1 November 2034.',
    '6.5%',
    'actual',
  ],
  [
    'The Insurance Supervisor has decided to lower the solvency buffer for small mutuals to 1.5% of technical provisions from 1 January 2035.',
    '1.5%',
    'actual',
  ],
  [
    'The Monetary Authority decided unanimously to reduce its holdings of housing bonds by A$12 billion over the coming year, to a total of A$60 billion.',
    'A$60 billion',
    'actual',
  ],
  [
    'The Policy Council today decided to cut the two standing facility rates by 50 basis points. As a result, the lending and deposit rates will be lowered to 4.75% and 3.25%, effective 10 October 2034.',
    '3.25%',
    'actual',
  ],
  [
    'The Pension Regulator considered a flat levy of 0.04% of scheme assets, but rejected it as too blunt.',
    '0.04%',
    'expected',
  ],
  [
    'The Port Authority had consulted in April on raising the berth surcharge to €3.20 a metre, but deferred the change.',
    '€3.20',
    'expected',
  ],
  [
    'The Housing Finance Agency also examined a tightening for investors, to 55 per cent, but kept the present setting.',
    '55 per cent',
    'expected',
  ],
  [
    'One member of the Currency Board preferred to hold the discount rate at 5.75%.',
    '5.75%',
    'expected',
  ],
  [
    'Core inflation was 2.9% in the third quarter, above the 2.6% projected in the July Bulletin.',
    '2.6%',
    'expected',
  ],
];

const nearMisses: [string, string, 'actual' | 'expected'][] = [
  [
    'The Currency Board remains resolved to raise the discount rate to 7% should wage growth stay high.',
    '7%',
    'expected',
  ],
  ['The Board agreed to raise the reserve target to 14% by 2037.', '14%', 'expected'],
  [
    'The trade ministers agreed to raise two-way exports to A$30 billion.',
    'A$30 billion',
    'expected',
  ],
  [
    'The Insurance Supervisor had also examined an increase to the legal maximum of 3.0%.',
    '3.0%',
    'actual',
  ],
];

describe('policyStatus (v286): a policy body decided it, or only weighed it', () => {
  it.each(held)('%s → %s %s', (text, number, status) => {
    expect(statusAt(text, number)).toBe(status);
  });
  it('reads a participle of forecasting as the forecast only after a number an article names', () => {
    expect(forecastParticiple('above the ', ' projected in the July Bulletin.')).toBe(true);
    expect(
      forecastParticiple('The discount rate was cut to ', ', as projected in the Bulletin.'),
    ).toBe(false);
  });
  it.each(nearMisses)('near-miss: %s → %s %s', (text, number, status) => {
    expect(statusAt(text, number)).toBe(status);
  });
});
