// Tests for src/authoring/extract (v154): a charge or price a body's own announcement sets for a
// date to come, found in the fresh sets ho254 (spectrum fees) and ho255 (water prices) and held
// here in other voices. A headline or opening that announces the change with its date of effect
// ("Water price to be revised in two phases from April 2035") is the decision, so what the
// charge "will" be is actual, and the years the announcement names are dates of effect; a list's
// lead-in that states what the charges "will be:" gives each item its charge and its "will", in a
// document that records the decision. A hedged or undated announcement, an outcome and a forecast
// keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const source = (title: string) => ({
  source: {
    date: '2034-09-24',
    publisher: 'Harlow Transport Authority',
    title,
    url: 'https://example.org/notice',
  },
});

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  extractCandidates(text, 'doc', source(title)).map((c) => `${c.stated.text} ${c.status}`);

describe('a charge whose change the headline or opening announces with its date of effect', () => {
  it.each([
    // A transit authority's fare notice.
    [
      'Bus and tram fares to be revised from 1 January 2035',
      'Harlow Transport Authority\nNotice, 24 September 2034\n\nBus and tram fares to be revised from 1 January 2035\n\nThe adult single fare will rise by 20 cents to $3.40, an increase of 6.3 per cent.',
      ['20 cents actual', '$3.40 actual', 'increase of 6.3 per cent actual'],
    ],
    // An electricity distributor's tariff notice, phased over two years.
    [
      'Electricity tariffs to be adjusted in two steps from April 2035',
      'Northgrid Distribution\nPress release, 24 September 2034\n\nElectricity tariffs to be adjusted in two steps from April 2035\n\nTariffs will be adjusted on 1 April 2035 and 1 April 2036. The network charge will rise by 1.8 cents per kWh, in steps of 1.1 cents in 2035 and 0.7 cents in 2036.',
      ['1.8 cents actual', '1.1 cents actual', '0.7 cents actual'],
    ],
    // A postal operator's price release, its headline in the "to rise" form.
    [
      'Stamp prices to rise from 6 January 2035',
      'Stamp prices to rise from 6 January 2035\n\nThe price of a first-class stamp will go up by 10p to £1.45.',
      ['10p actual', '£1.45 actual'],
    ],
    // Near miss: the headline hedges the change.
    [
      'Water prices expected to be revised from April 2035',
      'Water prices expected to be revised from April 2035\n\nThe water price will rise by 40 cents per cubic metre.',
      ['40 cents expected'],
    ],
    // Near miss: an announcement with no date of effect.
    [
      'Fares to be reviewed',
      'Fares to be reviewed\n\nThe adult single fare will rise by 20 cents.',
      ['20 cents expected'],
    ],
    // Near miss: an outcome in the announced document keeps its forecast.
    [
      'Water price to be revised from April 2035',
      'Water price to be revised from April 2035\n\nDemand for water will rise by 12 per cent in 2036.',
      ['rise by 12 per cent expected'],
    ],
  ] as const)('%#: %s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('a list whose lead-in says what the charges "will be:" in a decision', () => {
  it.each([
    // A port authority's dues decision.
    [
      'Port dues 2035: decision',
      'The Port Authority has decided to revise its harbour dues. From 1 January 2035, the dues will be:\n- $0.41 per gross tonne for container vessels, a 6 per cent increase; and\n- $0.37 per gross tonne for bulk carriers.',
      ['$0.41 actual', '6 per cent increase actual', '$0.37 actual'],
    ],
    // A council's parking charges decision.
    [
      'Parking charges approved',
      'The Council approved new parking charges on 3 September. From 1 October, the charges will be:\n- £2.40 an hour in the town centre\n- £1.20 an hour in outer car parks',
      ['£2.40 actual', '£1.20 actual'],
    ],
    // Near miss: a lead-in that forecasts the charges.
    [
      'Fees review',
      'The Authority approved the review. We forecast that from 2036 the fees will be:\n- $12.50 per licence',
      ['$12.50 expected'],
    ],
  ] as const)('%#: %s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe("a level a body's own verb of approval decides, for a period to come", () => {
  it.each([
    // A state electricity commission's tariff order.
    [
      'Tariff Order for FY 2035-36',
      'After prudence check, the Commission approves an ARR of Rs 4,218.70 crore for FY 2035-36, against Rs 4,960.15 crore claimed.',
      ['Rs 4,218.70 crore actual', 'Rs 4,960.15 crore expected'],
    ],
    // An energy regulator's final decision, in the first person.
    [
      'Gas distribution access arrangement: final decision',
      'We approved a revenue requirement of $2,318.4 million over the five years from July 2035, mainly because we did not accept its forecast of maintenance costs.',
      ['$2,318.4 million actual'],
    ],
    // A state commission's gas rate order, the total the approved increase makes.
    [
      'Order on the application of Lakeshore Gas for a rate increase',
      'The Commission authorizes an increase of $9.6 million, or 5.2%, for a total revenue requirement of $194.3 million in the rate year beginning July 1, 2035.',
      ['$9.6 million actual', '5.2% actual', '$194.3 million actual'],
    ],
    // Near miss: an approval still to come.
    [
      'Tariff petition for FY 2035-36',
      'The Utility asks the Commission to approve an ARR of Rs 4,960.15 crore for FY 2035-36.',
      ['Rs 4,960.15 crore expected'],
    ],
    // Near miss: the text of a motion, put to the vote.
    [
      'Council minutes',
      'Moved Cr Hale, seconded Cr Ngata\nThat Council approves a grant of $45,000 to the regional museum in 2035/36.\nLOST 6/9',
      ['$45,000 expected'],
    ],
    // Near miss: a goal approved is a goal.
    [
      'Board minutes',
      'The Board approved a target of 40 per cent renewable supply by 2040.',
      ['40 per cent expected'],
    ],
  ] as const)('%#: %s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('a list under a title that names the levels approved', () => {
  it.each([
    // A regulator's order: the approved column of a two-column list.
    [
      'Rate order',
      'Table 2: Revenue requirement, rate year ($ thousands)\n- Operations: requested 41,200; authorized 38,950\n- Depreciation: requested 12,400; authorized 12,100',
      ['41,200 expected', '38,950 actual', '12,400 expected', '12,100 actual'],
    ],
    // A tariff order's list of approved revenue by year, its years to come.
    [
      'Multi-year tariff order',
      'Approved ARR for the control period (Rs crore)\n2035-36: 3,104.20\n2036-37: 3,262.75',
      ['3,104.20 actual', '3,262.75 actual'],
    ],
    // Near miss: a list of revenue forecast by year.
    [
      'Multi-year business plan',
      'Projected revenue for the control period (Rs crore)\n2035-36: 3,104.20\n2036-37: 3,262.75',
      ['3,104.20 expected', '3,262.75 expected'],
    ],
  ] as const)('%#: %s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('a sub-numbered item of a resolution', () => {
  it.each([
    // A regional council's rates resolution.
    [
      'Council minutes',
      'RESOLVED that Council:\n\n4.1 sets a general rate increase of 5.9% for 2035/36;\n\n4.2 approves a waste levy of $210 a year for each rateable property.',
      ['increase of 5.9% actual', '$210 actual'],
    ],
    // A university council's fees resolution.
    [
      'Minutes of the University Council',
      'It was RESOLVED that the Council:\n\n2.1 approves an increase of 3.5% in tuition fees for domestic students from 2036;',
      ['increase of 3.5% actual'],
    ],
    // A water board's tariff resolution, with an item that only notes a forecast.
    [
      'Board resolution',
      'RESOLVED that the Board:\n\n6.1 approves a bulk tariff of £1.42 per cubic metre for 2035/36;\n\n6.2 notes that the forecast increase for 2036/37 is 7.1%.',
      ['£1.42 actual', '7.1% expected'],
    ],
  ] as const)('%#: %s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});
