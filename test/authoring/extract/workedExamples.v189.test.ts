// Tests for src/authoring/extract (v189): worked examples the fresh sets ho268–ho272 (student
// loans, airport charges, pension indexation, water-resource levies) proposed, held here in other
// voices. A numbered heading that names an example ("4. Worked example"), a paragraph labelled
// "Example:" on a member picked with "a" or "an", and a paragraph that opens on one member picked
// by an exact quantity whose description runs on (a proper or measured adjective, a relative
// clause, a second quantity) before what it will pay or, told in the present, pays, are worked
// examples to their end: every number illustrative. A class a bound defines, a past event, a
// heading of real cases and an example told on a named subject keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-09-24',
    publisher: 'Harlow Regulatory Office',
    title: 'Charges notice',
    url: 'https://example.org/charges',
  },
};

/** Each figure's stated words, in the order found. */
const stated = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe('a numbered heading that names a worked example', () => {
  it.each([
    // A council tax leaflet.
    [
      'Council tax 2035\n\n3. Worked example\n\nA Band D home pays £2,140. The single-person discount of 25% takes off £535, leaving £1,605.',
      [],
    ],
    // A childcare subsidy guide.
    [
      'Childcare support\n\n2.4 Example\n\nA family earning $84,000 a year gets 72% of the fee, or $9.18 an hour.',
      [],
    ],
    // An energy network's connection charges statement.
    [
      'Connection charges\n\nB. Illustration\n\nA 40 kVA connection costs £3,960 at the standard rate of £99 per kVA.',
      [],
    ],
    // Near miss: a numbered heading of real cases.
    [
      'Council tax 2035\n\n3. Examples of good practice in 2033\n\nThe Northern council raised its charge by 4.5% in 2033.',
      ['raised its charge by 4.5%'],
    ],
    // Near miss: a numbered heading of charges.
    ['Charges\n\n4. Charges for 2035\n\nThe standing charge is £0.92 a day.', ['£0.92']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('a paragraph labelled "Example:" on a member picked with "a" or "an"', () => {
  it.each([
    // A port's tariff book, the member told in the present.
    [
      'Port dues\n\nExample: a container ship of 42,000 gross tonnes calling for two days pays harbour dues of $18,480.',
      [],
    ],
    // A pension fund's indexation notice.
    ['Indexation\n\nExample: an annuity of £6,000 a year becomes £6,138 a year from April.', []],
    // A student-loan servicer's note.
    ['Repayments\n\nWorked example: a graduate on R420,000 a year repays R1,050 a month.', []],
    // Near miss: an example told on a named subject.
    [
      'Charges\n\nExample: the Northern council raised its charge by 4.5% in 2033.',
      ['raised its charge by 4.5%'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('a paragraph that opens on one member picked by an exact quantity, told at length', () => {
  it.each([
    // A student-loan agency: a relative clause after the quantity.
    [
      'Repayments\n\nA graduate with a balance of £42,000 who repays on the standard plan will pay about £6.10 a month more in 2035.',
      [],
    ],
    // A port: a measured adjective and a second quantity.
    [
      'Port dues\n\nA 9,000-tonne bulk carrier with 14 crew that stays 3 days at berth will pay $7,420, up from $6,980.',
      [],
    ],
    // An energy retailer: a proper adjective, the bill told in the present.
    [
      'Tariffs\n\nA Highland household in a detached home using 4,200 kWh a year pays £1,318 in 2035, up from £1,264.',
      [],
    ],
    // A pension agency: a participle with a clause that runs on.
    [
      'Pensions\n\nA retiree drawing a pension of $2,300 a month that rests on 35 years of cover will receive about $71.30 more each month.',
      [],
    ],
    // Near miss: a class a bound defines keeps its rate.
    [
      'Levy\n\nA household with an income over $50,000 pays the full rate of 2% of income.',
      ['$50,000', '2% of income'],
    ],
    // Near miss: a past event.
    ['Case\n\nA Highland farm holding 300 shares paid $4,100 in charges in 2033.', ['$4,100']],
    // Near miss: a plan's cost is no member's bill.
    [
      'Works\n\nA new reservoir holding 12 million cubic metres will cost £140 million to build.',
      ['£140 million'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});
