// Held sentences of the v262 class (test/fixtures/prose/README.md, "The calls": levels a body
// announces under its own dated headline are set, actual, though they take effect later): two
// headline shapes the v154, v185 and v251 readers did not take for an announcement, seen in ho311
// and ho312 — an adjective of the change before the charge ("Lower fee caps at … preschools from 1
// January 2033", over "The monthly fee caps … will be:" and a table of current and new caps), and
// the interest a revenue body charges or pays on late payments, repayments, overpayments or
// underpayments, changed for a dated period ("Interest rates on overpayments and underpayments
// fall for the second quarter of 2033", over "From April 1 through June 30, 2033, the rates will
// be:" and a list of rates). Written in voices other than the sets' childcare and tax agencies: a
// port tariff, a water utility, a ferry operator, a hospital trust's parking, a pension fund's
// interest on late contributions, a customs service and a water utility's interest on arrears.
// Beside them, a subsidy that "will also rise, from S$300 to S$330 a month" with a comma before
// its "from" (ho311) is the benefit moved, as without the comma.
// Near-misses keep their reading: a hedged headline, one with no date of effect, a headline of an
// outcome ("Lower inflation"), a lead-in that expects, a rate headline that proposes, a subsidy's
// rise someone expects and a forecast under the headline.
// Before v262 the extractor read all 13 held figures wrong; the rule's first version (the two
// headline readers and the rates lead-in) missed 1 of its 12 (a table under "The daily caps will
// be:", whose caption named no charge); the subsidy row came with the comma fix.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

/** The status of the first figure whose stated words are `number`, in a document whose line after
 *  the publisher is its headline `title`. */
const statusUnder = (title: string, body: string, number: string): string =>
  statusesIn(`Arland Office\n${title}\n14 November 2034\n\n${body}`, notice(title))
    .find((s) => s.startsWith(`${number} `))
    ?.slice(number.length + 1) ?? 'none';

const PORT = 'Lower harbour dues at Kestrel Port from 1 March 2035';
const PORT_BODY = [
  'The dues per gross tonne, before VAT at 20 per cent, will be:',
  '',
  '| Vessel | Current dues | New dues |',
  '|---|---|---|',
  '| Cargo vessel | €0.46 | €0.42 |',
  '| Cruise vessel | €0.61 | €0.55 |',
].join('\n');
const WATER = 'Higher water charges for Elmvale households from 1 July 2035';
const WATER_BODY = [
  'The volumetric charges will be:',
  '',
  '| Band | 2034-35 | 2035-36 |',
  '|---|---|---|',
  '| First 20 kilolitres | $2.84 | $3.02 |',
  '| Above 20 kilolitres | $3.90 | $4.15 |',
].join('\n');
const FERRY = 'New ferry fares on the Skerrow crossing from 5 February 2035';
const FERRY_BODY =
  'From 5 February 2035 the fares will be:\n\n- Adult single: £7.60\n- Car and driver: £31.50';
const PARKING = 'Reduced parking charge caps at Elmvale hospitals from 1 April 2035';
const PARKING_BODY = [
  'The daily caps will be:',
  '',
  '| Car park | Current cap | New cap |',
  '|---|---|---|',
  '| Visitors | £12.00 | £8.00 |',
].join('\n');
const PENSION =
  'Interest rates on late and refunded contributions fall for the first quarter of 2035';
const PENSION_BODY =
  'From 1 January through 31 March 2035, the rates will be:\n\n- 6.5% a year on contributions paid late; and\n- 2.5% a year on contributions refunded to members.';
const CUSTOMS =
  'Interest on late payments and repayments of customs duty to rise from 2 March 2035';
const CUSTOMS_BODY =
  'From 2 March 2035 the rates will be:\n\n- 7.25% a year on duty paid late;\n- 3.25% a year on duty repaid.';

const held: [string, string, string][] = [
  [PORT, PORT_BODY, '€0.42'],
  [PORT, PORT_BODY, '€0.55'],
  [PORT, PORT_BODY, '20 per cent'],
  [WATER, WATER_BODY, '$3.02'],
  [WATER, WATER_BODY, '$4.15'],
  [FERRY, FERRY_BODY, '£7.60'],
  [FERRY, FERRY_BODY, '£31.50'],
  [PARKING, PARKING_BODY, '£8.00'],
  [
    WATER,
    'From July 2035 the hardship subsidy for pensioner households will also rise, from $120 to $135 a month.',
    '$135',
  ],
  [PENSION, PENSION_BODY, '6.5%'],
  [PENSION, PENSION_BODY, '2.5%'],
  [CUSTOMS, CUSTOMS_BODY, '7.25%'],
  [CUSTOMS, CUSTOMS_BODY, '3.25%'],
];

describe('v262: levels under a dated headline of lower or new charges, or of interest rates, are set', () => {
  for (const [title, body, number] of held)
    it(`${number} under "${title}"`, () => expect(statusUnder(title, body, number)).toBe('actual'));
});

describe('v262 near-misses keep their reading', () => {
  it('a hedged headline leaves the new dues expected', () =>
    expect(
      statusUnder(
        'Lower harbour dues expected at Kestrel Port from 1 March 2035',
        PORT_BODY,
        '€0.42',
      ),
    ).toBe('expected'));
  it('a headline with no date of effect leaves them expected', () =>
    expect(statusUnder('Lower harbour dues at Kestrel Port', PORT_BODY, '€0.42')).toBe('expected'));
  it('a headline of an outcome announces no charge', () =>
    expect(
      statusUnder(
        'Lower inflation from 1 March 2035',
        'The rates will be:\n\n- Cargo vessel: €0.42 per tonne',
        '€0.42',
      ),
    ).toBe('expected'));
  it('a lead-in that expects keeps its items expected', () =>
    expect(
      statusUnder(
        PENSION,
        'Actuaries expect that from 1 April 2035 the rates will be:\n\n- 6.0% a year on contributions paid late; and\n- 2.0% a year on contributions refunded.',
        '6.0%',
      ),
    ).toBe('expected'));
  it('a rate headline that proposes keeps its items expected', () =>
    expect(
      statusUnder(
        'Proposed interest rates on late and refunded contributions for the first quarter of 2035',
        PENSION_BODY,
        '6.5%',
      ),
    ).toBe('expected'));
  it('a rise of a subsidy that someone expects stays expected', () =>
    expect(
      statusUnder(
        WATER,
        'Officials expect that the hardship subsidy for pensioner households will also rise, from $120 to $135 a month.',
        '$135',
      ),
    ).toBe('expected'));
  it('a forecast under the rate headline keeps its reading', () =>
    expect(
      statusUnder(
        PENSION,
        'The fund expects interest on late contributions to bring in about £4.2 million in 2035.',
        '£4.2 million',
      ),
    ).toBe('expected'));
});
