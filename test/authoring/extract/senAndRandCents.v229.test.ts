// Held sentences of the v229 class (test/fixtures/prose/README.md, "The calls": a hundredth named
// by its own word): the Malaysian ringgit's "sen" ("from 3 sen to 5 sen per cubic metre", "12
// sen/m³") in a document whose sums are in RM or whose record or opening names Malaysia, and the
// rand's cents ("4.86c/m³", "a final dividend of 85c") in a document that writes its sums with the
// bare rand sign ("R148.6 million"), as ho291's state press statement and catchment agency wrote
// them. Written in voices other than theirs: a port tariff, a toll concession, a rubber scheme, a
// power utility, a municipal water budget, a listed company's results and a fuel notice. Near-misses
// keep their reading: "sen" with no ringgit anywhere (a stamp of the old yen), a senator's "Sen."
// after a rule's number, cents beside a dollar sum, cents where the only "R" names a road, and a
// "c" glued to a label. Before v229 the extractor missed all 10 held sentences.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { NEUTRAL, notice, type Source } from './readingOf.ts';

/** Each figure's stated words, kind, value and unit under `source`. */
const read = (text: string, source: Source = NEUTRAL): string[] =>
  extractCandidates(text, 'doc', { source }).map(
    (c) =>
      `${c.stated.text} | ${c.kind} ${c.value ?? `${c.range?.low}-${c.range?.high}`} ${c.unit}`,
  );

const PORT = notice('Schedule of port dues', {
  publisher: 'Tanjung Kerisik Port Authority, Malaysia',
});
const TOLL = notice('Toll rates', {
  publisher: 'Lebuhraya Selatan Berhad',
  url: 'https://www.lsb.com.my/toll',
});

describe('v229: the ringgit\'s "sen" and the rand\'s "c" read as hundredths of their currency', () => {
  it.each([
    // A port tariff in Malaysia (the record names the country).
    [
      'Wharfage on palm oil will rise from 45 sen to 60 sen per tonne from 1 March.',
      PORT,
      ['45 sen | amount 0.45 MYR', '60 sen | amount 0.6 MYR'],
    ],
    ['Mooring ropes are handled at 80 sen/m of vessel length.', PORT, ['80 sen | amount 0.8 MYR']],
    // A toll concession on a Malaysian host.
    [
      'Motorcycles will continue to pay 50 sen a trip at the Senai plaza.',
      TOLL,
      ['50 sen | amount 0.5 MYR'],
    ],
    // A rubber scheme whose sums are in RM, under a neutral record.
    [
      'Smallholders receive an incentive of 30 sen per kilogram, and the scheme paid out RM5.5 million in 2033.',
      NEUTRAL,
      ['30 sen | amount 0.3 MYR', 'RM5.5 million | amount 5500000 MYR'],
    ],
    // A power utility in RM: a surcharge per kWh and a decimal sen.
    [
      'Users above 600 kWh pay a surcharge of 2 sen/kWh, and the fund collected RM1.2 billion.',
      NEUTRAL,
      ['2 sen | amount 0.02 MYR', 'RM1.2 billion | amount 1200000000 MYR'],
    ],
    [
      'The feed-in rate for small solar falls to 0.5 sen per kWh above the RM3 million cap.',
      NEUTRAL,
      ['0.5 sen | amount 0.005 MYR', 'RM3 million | amount 3000000 MYR'],
    ],
    // A municipal water budget in rand: cents per kilolitre beside rand sums.
    [
      'The bulk levy rises to 38.5c/kl, and the municipality budgeted R2.4 billion for bulk water.',
      NEUTRAL,
      ['38.5c/kl | amount 0.385 ZAR', 'R2.4 billion | amount 2400000000 ZAR'],
    ],
    [
      'The utility expects R14.2 billion in sales at an average tariff of 212.6c/kWh.',
      NEUTRAL,
      ['R14.2 billion | amount 14200000000 ZAR', '212.6c/kWh | amount 2.126 ZAR'],
    ],
    // A listed company's results in rand: a dividend in a bare "c".
    [
      'Headline earnings rose to R3.8 billion and the board declared a final dividend of 85c.',
      NEUTRAL,
      ['R3.8 billion | amount 3800000000 ZAR', '85c | amount 0.85 ZAR'],
    ],
    // A fuel notice in rand with grouped rand sums.
    [
      'The fuel levy will increase by 16c to 401c/l, adding R4 850 a year to a typical fleet vehicle.',
      NEUTRAL,
      ['16c | amount 0.16 ZAR', '401c/l | amount 4.01 ZAR', 'R4 850 | amount 4850 ZAR'],
    ],
  ] as const)('%s', (text, source, want) => {
    expect(read(text, source)).toEqual(want);
  });

  it.each([
    // No ringgit anywhere: a sen of the old yen names no charted currency.
    ['The 1925 stamp was sold at 3 sen in the post offices of the time.', NEUTRAL, []],
    // A senator's title after a rule's number is no sum.
    [
      'Under Rule 22 Sen. Ortiz moved that the filing fee of $40 be kept.',
      NEUTRAL,
      ['$40 | amount 40 USD'],
    ],
    // Cents beside a dollar sum stay the dollar's.
    [
      'The port earned $680 million and the levy rose to 3.2c/kg.',
      NEUTRAL,
      ['$680 million | amount 680000000 USD', '3.2c/kg | amount 0.032 USD'],
    ],
    // A bare "R" that names a road is no rand sum, so its document's cents stay the dollar's.
    ['Diesel on the R40 road corridor rose to 12c/l.', NEUTRAL, ['12c/l | amount 0.12 USD']],
    // A label glued to a letter is no sum.
    [
      'Sections 2a to 2c of the R1.5 billion scheme apply.',
      NEUTRAL,
      ['R1.5 billion | amount 1500000000 ZAR'],
    ],
  ] as const)('near-miss: %s', (text, source, want) => {
    expect(read(text, source)).toEqual(want);
  });
});
