// Tests for src/authoring/extract (v190): the levels a list states under a decision on charges,
// found in the opened sets ho272 ("The Board has set the following charges for the season …" ⏎
// "Fixed charges (per share)" ⏎ "- Scheme operations charge: $118.40 per share (2033–34:
// $109.60)"; "The rates per cubic metre abstracted are set as follows:" ⏎ "- Public drinking water
// supply: 7.12 cents (10.68 cents)"; a scheme that "sets the annual charges" ⏎ "2.3 Standard unit
// charges by region" ⏎ "- Severn Uplands: £21.84 (2033/34: £21.08)") and ho269 ("4.3 Approved ARR
// for the Third Control Period (₹ crore)" ⏎ "2035-36: 842.16"), held here in other voices: a
// port, a university, a council's parking, a ferry operator, an energy regulator. Each row is a
// charge the body set, actual, and so is last year's level in its bracket, whatever open year
// labels it (README, Status: a rate set; v190). A list the lead-in proposes or forecasts, a
// list of sums planned, and a document whose opening sets no charge keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const source = (title: string, date: string) => ({
  source: { date, publisher: 'Arland Body', title, url: 'https://example.org/notice' },
});

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, date: string, text: string) =>
  extractCandidates(text, 'doc', source(title, date)).map((c) => `${c.stated.text} ${c.status}`);

describe('a list of charges under a lead-in or opening that sets them', () => {
  it.each([
    // A port authority's board, a note line between the lead-in and the list.
    [
      'Harbour Dues 2034–35',
      '2034-03-15',
      'Arland Port Authority\nHarbour Dues 2034–35\n15 March 2034\n\nThe Board has fixed the following dues for the year starting on 1 April 2034. All amounts exclude VAT, which is added at 20%.\n\nVessel dues (per gross tonne)\n- Cargo vessels: £0.84 per tonne (2033–34: £0.79)\n- Passenger vessels: £0.61 per tonne (2033–34: £0.58)\n',
      ['20% actual', '£0.84 actual', '£0.79 actual', '£0.61 actual', '£0.58 actual'],
    ],
    // A university council's fees, the lead-in stating that they are set.
    [
      'Decision No. 2034-12 on the 2035 budget and the tuition fees',
      '2034-10-02',
      'Arland University\nCouncil decision No. 2034-12 of 2 October 2034 on the 2035 budget and the tuition fees\n\nThe Council DECIDES:\n\nArticle 2 – Tuition fees from 1 January 2035\nThe tuition fees are set as follows, the fee for international students being shown in brackets:\n- Undergraduate programmes: €2,314 (€9,850)\n- Master’s programmes: €2,530 (€12,400)\n',
      ['€2,314 actual', '€9,850 actual', '€2,530 actual', '€12,400 actual'],
    ],
    // A council's parking charges under a scheme whose opening says it sets them.
    [
      'Parking Charges Order 2034/35',
      '2034-03-10',
      'Arland District Council\nParking Charges Order 2034/35\nPublished 10 March 2034\n\n1.1 This order is made under section 35 of the Road Traffic Act and has been confirmed by the Council. It sets the charges payable in the Council’s car parks for the year from 1 April 2034 to 31 March 2035.\n\n2.1 Hourly charges by car park (per vehicle)\n- Town centre: £1.90 (2033/34: £1.80)\n- Riverside: £1.20 (2033/34: £1.10)\n',
      ['£1.90 actual', '£1.80 actual', '£1.20 actual', '£1.10 actual'],
    ],
    // An energy regulator's order, its approved list numbered under its section.
    [
      'Tariff Order for the Fourth Control Period',
      '2034-09-12',
      'Arland Energy Regulatory Commission\nTariff Order No. 8/2034-35\n12 September 2034\n\n3.2 Approved revenue for the Fourth Control Period (Rs crore)\n2035-36: 1,204.50\n2036-37: 1,266.10\n',
      ['1,204.50 actual', '1,266.10 actual'],
    ],
  ])('%s', (title, date, text, want) => {
    expect(statuses(title, date, text)).toEqual(want);
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    // A lead-in that proposes the charges.
    [
      'Harbour dues consultation 2034–35',
      '2034-03-15',
      'Arland Port Authority\nConsultation, 15 March 2034\n\nThe Board proposes the following dues for the year starting on 1 July 2034.\n\nVessel dues (per gross tonne)\n- Cargo vessels: £0.84 per tonne (2033–34: £0.79)\n',
      ['£0.84 expected', '£0.79 expected'],
    ],
    // A list of sums a plan spends, under an opening that sets no charge.
    [
      'Capital plan 2034/35',
      '2034-03-10',
      'Arland District Council\nCapital plan 2034/35\nPublished 10 March 2034\n\n1.1 This plan sets out the schemes the Council intends to fund in 2034/35.\n\n2.1 Spending by programme\n- Roads: £4.2 million (2033/34: £3.9 million)\n',
      ['£4.2 million expected', '£3.9 million expected'],
    ],
    // A title that forecasts the levels.
    [
      'Tariff outlook',
      '2034-09-12',
      'Arland Energy Regulatory Commission\nStaff paper, 12 September 2034\n\n3.2 Projected revenue for the Fourth Control Period (Rs crore)\n2035-36: 1,204.50\n2036-37: 1,266.10\n',
      ['1,204.50 expected', '1,266.10 expected'],
    ],
  ])('%s', (title, date, text, want) => {
    expect(statuses(title, date, text)).toEqual(want);
  });
});
