// Held sentences of the v271 class (test/fixtures/prose/README.md, "The calls"): a source
// record's host under the name reserved for examples ("www.msd.govt.nz.example") stands for the
// host before it, so its country names whose dollar a bare "$" is and whose cents "c/l" counts,
// as the host itself would (ho313, ho314, ho316, ho317: a New Zealand ministry's "$20.46", a
// Canadian province's "$8,000", South Africa's "9.1c/l", all read as US money before); and a pipe
// table's column headed by a reduction, cut or decrease of the prices the table sets ("| Prevailing
// retail price (₱) | MRP (₱) | Reduction |", "| Prices lowered | Average reduction |") holds the
// falls of each row's price, `change`s below zero (ho316). Written in voices other than the sets'
// tax, health and energy bodies: a conservation department's hut fees, a transport ministry's
// licence fee, a health department's co-payment, an energy regulator's paraffin price, a passport
// office's fees and a ferry operator's fares. Beside them, the kinds and signs of the same class:
// a rate named "reduced" that rises with its verb left out (+0.5, not −0.5), a percent that
// restates a sum a charge adds "to" a bill (a change), a fee recovery a forecast reaches (a share)
// and an adjustment "permitted" for a year (a change).
// Near-misses keep their reading: a host with no country label, a host not the publisher's, a
// column of the relief a group receives ("| Household income | Reduction |"), a reduction beside
// one price only ("| Ticket | Full fare | Reduction |"), rates a council reduced (−2), a reduced
// rate's level and a share of fees.
// Before v271 the extractor read all 12 held figures wrong (the dollars and cents as US money, the
// column's percents as shares or not at all, the reduced rate's rise as a fall, the restated
// percent and the permitted adjustment as shares, the recovery as a change).

import { beforeAll, describe, expect, it } from 'vitest';
import { figuresAt, kindValueUnit, type Source } from './readingOf.ts';

const source = (publisher: string, url: string): Source => ({
  publisher,
  url,
  title: 'Notice',
  date: '2034-03-02',
});
const NZ = source('Department of Conservation', 'https://www.doc.govt.nz.example/huts/fees-2034');
const CA = source(
  'Ministry of Transportation, Province of Arcadia',
  'https://www.mto.arcadia.ca.example/licensing/fees',
);
const AU = source('Department of Health', 'https://www.health.gov.au.example/pbs/co-payment');
const ZA = source('Energy Regulator', 'https://www.energy.gov.za.example/paraffin/march-2034');
const NO_COUNTRY = source('Kestrel Vale Council', 'https://www.kestrelvale.example/fees');
const NOT_THEIRS = source('Ardmore Transit Authority', 'https://news.wire.nz.example/ardmore');

const reading = (text: string, number: string, from: Source): string => {
  const c = figuresAt(`Arland Office\nNotice of 2 March 2034\n\n${text}`, number, from)[0];
  return c ? kindValueUnit(c) : 'none';
};

const PASSPORT = [
  'The following fees take effect on 1 April 2034:',
  '',
  '| Service | Old fee (€) | New fee (€) | Reduction |',
  '|---|---|---|---|',
  '| Passport renewal | 80.00 | 65.00 | 19% |',
  '| Emergency travel document | 45.00 | 40.00 | 11% |',
].join('\n');
const FERRY = [
  'Average fares after the review:',
  '',
  '| Route | Sailings | Fares cut | Average cut |',
  '|---|---|---|---|',
  '| Island loop | 412 | 38 | 6.5% |',
].join('\n');
const RELIEF = [
  'Reduced charges by household income:',
  '',
  '| Household income | Reduction |',
  '|---|---|',
  '| Up to €18,000 | 40% |',
].join('\n');
const ONE_PRICE = [
  'Concessions on the ferry:',
  '',
  '| Ticket | Full fare | Reduction |',
  '|---|---|---|',
  '| Student single | €6.00 | 50% |',
].join('\n');

const held: [text: string, number: string, from: Source, want: string][] = [
  ['Hut fees will rise from $15 to $18 a night for adults.', '$15', NZ, 'amount 15 NZD'],
  ['The driver licence fee rises to $92.50 on 1 May.', '$92.50', CA, 'amount 92.5 CAD'],
  ['The co-payment falls to $25.00 for general patients.', '$25.00', AU, 'amount 25 AUD'],
  [
    'The price of illuminating paraffin will decrease by 14c/l from Wednesday.',
    '14c/l',
    ZA,
    'amount 0.14 ZAR',
  ],
  [PASSPORT, '19%', NO_COUNTRY, 'change -19 percent'],
  [PASSPORT, '11%', NO_COUNTRY, 'change -11 percent'],
  [FERRY, '6.5%', NO_COUNTRY, 'change -6.5 percent'],
  ['Parking permits will cost $120 a year, up from $110.', '$120', CA, 'amount 120 CAD'],
  [
    'The standard rate rises by 1.0 percentage point and the reduced rate by 0.5 percentage points from 1 January.',
    '0.5',
    NO_COUNTRY,
    'change 0.5 percentage-points',
  ],
  [
    'The new excise would add about £4 a week, or 1.2 per cent, to the average household bill.',
    '1.2 per cent',
    NO_COUNTRY,
    'change 1.2 percent',
  ],
  [
    'On current trends, fee recovery would reach 64 per cent by 2036.',
    '64 per cent',
    NO_COUNTRY,
    'share 64 percent',
  ],
  [
    'The maximum rent adjustment permitted for 2035 is 3.1 per cent.',
    '3.1 per cent',
    NO_COUNTRY,
    'change 3.1 percent',
  ],
];

const nearMisses: [text: string, number: string, from: Source, want: string][] = [
  ['Hut fees will rise from $15 to $18 a night for adults.', '$15', NO_COUNTRY, 'amount 15 USD'],
  ['Fares will rise from $3.20 to $3.40 in July.', '$3.20', NOT_THEIRS, 'amount 3.2 USD'],
  [RELIEF, '40%', NO_COUNTRY, 'share 40 percent'],
  [ONE_PRICE, '50%', NO_COUNTRY, 'share 50 percent'],
  ['The council reduced rates by 2% this year.', '2%', NO_COUNTRY, 'change -2 percent'],
  ['Its reduced rate of 5% applies to heating fuel.', '5%', NO_COUNTRY, 'share 5 percent'],
  ['The share of fees recovered was 40 per cent.', '40 per cent', NO_COUNTRY, 'share 40 percent'],
];

describe('v271: the host a ".example" name stands for, and a column of price falls', () => {
  // The extractor's first document builds its readers; on a loaded machine that alone may take
  // longer than one case's timeout, so it is read before the cases.
  beforeAll(() => {
    reading(PASSPORT, '19%', NZ);
  }, 120_000);
  it.each(held)('%s → %s', (text, number, from, want) => {
    expect(reading(text, number, from)).toBe(want);
  });
  it.each(nearMisses)('leaves %s (%s) alone', (text, number, from, want) => {
    expect(reading(text, number, from)).toBe(want);
  });
});
