// Held sentences of the v213 class (test/fixtures/prose/README.md, "The calls"): the Kenyan
// shilling written "Sh." or "Shs." with its stop before any number ("Sh. 158.42 per litre", "about
// Sh. 5", ho281), the next of a list of bare cents after "and" or "or" ("7.82c per litre and 34.70c
// per kilogram"), a fraction of a standard fee or of a fee paid ("one third of the standard fee",
// "three-fourths of the court fee paid", ho278: a share) and a decimal multiple after the perfect's
// participle and an approximation ("has risen about 3.1 times", ho278: a change). Written in voices
// other than the excise notices and court-fee acts they were seen in: a port tariff, a central
// bank, a pension notice, a water utility, a grain board and a broadcaster's licence. Near-misses
// keep their reading: another group's level, a section's label, a count of events and a form's
// name. Before v213 the extractor missed all 11 held sentences' figures (two of them in part).

import { describe, expect, it } from 'vitest';
import { NEUTRAL, readingsIn } from './readingOf.ts';

const PORT = { ...NEUTRAL, publisher: 'Kenya Ports Authority' };
const GRAIN = { ...NEUTRAL, publisher: 'South African Grain Board' };

describe('v213: "Sh." shillings, listed cents, fractions of a fee and multiples after "risen"', () => {
  it.each([
    // A port tariff, a central bank, a pension notice and a water utility, in Kenyan shillings.
    [
      'The wharfage charge on bulk grain is Sh. 212.50 per tonne from 1 July.',
      PORT,
      [['Sh. 212.50', 'amount', '212.5 KES', 'actual']],
    ],
    [
      'Currency in circulation reached Sh. 412.6 billion at the end of June.',
      PORT,
      [['Sh. 412.6 billion', 'amount', '412600000000 KES', 'actual']],
    ],
    [
      'The minimum monthly pension rises to Shs. 7,500 from July.',
      PORT,
      [['Shs. 7,500', 'amount', '7500 KES', 'actual']],
    ],
    [
      'The standing charge for a domestic connection is about Sh. 250 a month.',
      PORT,
      [['Sh. 250', 'amount', '250 KES', 'actual']],
    ],
    // A grain board's prices in bare cents, listed.
    [
      'Under the scheme, seed maize sells at 18.40c per kilogram and 22.10c per kilogram for hybrids.',
      GRAIN,
      [
        ['18.40c', 'amount', '0.184 ZAR', 'actual'],
        ['22.10c', 'amount', '0.221 ZAR', 'actual'],
      ],
    ],
    [
      'The levy stays at 4.15c per litre, or 9.80c per kilogram for powder.',
      GRAIN,
      [
        ['4.15c', 'amount', '0.0415 ZAR', 'actual'],
        ['9.80c', 'amount', '0.098 ZAR', 'actual'],
      ],
    ],
    // A broadcaster's licence and a water utility: a fraction of the standard fee or a fee paid.
    [
      'Pensioners pay one third of the standard licence fee.',
      NEUTRAL,
      [['one third of the standard licence fee', 'share', 33.33, 'actual']],
    ],
    [
      'Where a connection is cancelled within a month, three-quarters of the connection fee paid is refunded.',
      NEUTRAL,
      [['three-quarters of the connection fee paid', 'share', 75, 'actual']],
    ],
    [
      'Smallholders pay half of the normal fee.',
      NEUTRAL,
      [['half of the normal fee', 'share', 50, 'actual']],
    ],
    // A port's throughput and a grain market: a decimal multiple after "grown" or "risen".
    [
      'Since 2010 the port’s container throughput has grown about 2.4 times.',
      NEUTRAL,
      [['2.4 times', 'change', 140, 'actual']],
    ],
    [
      'Grain prices have risen nearly 1.8 times since the drought of 2031.',
      NEUTRAL,
      [['1.8 times', 'change', 80, 'actual']],
    ],
  ])('%s', (text, source, want) => {
    expect(readingsIn(text, source)).toEqual(want);
  });

  it.each([
    // Near-misses: another group's level, a section's label, a count of events, a form's name.
    ['The Grade R allocation is only about two-fifths of the primary school amount.', NEUTRAL],
    ['Band H households pay 2.45 times the Band D charge.', NEUTRAL],
    ['Rural water users pay half the rate on urban users.', NEUTRAL],
    ['Sections 2a to 2c and 3c apply to the tariff.', GRAIN],
    ['The committee met 3 times this year.', NEUTRAL],
    ['Form Sh 5 must be lodged with the port office.', PORT],
  ])('%s keeps no figure', (text, source) => {
    expect(readingsIn(text, source)).toEqual([]);
  });
});
