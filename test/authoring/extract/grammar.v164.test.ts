// Tests for src/authoring/extract (v164): the bound or rate a rule lays on those it binds, in voices
// the earlier readers missed (ruleBound.ts; README, Status: a cap, ceiling or floor a rule sets). A
// modal on a subject "No" opens is a prohibition ("No single bidder may be awarded more than 50% of
// the volume auctioned"); a bounded part that opens its clause's subject, whose verb a modal of
// obligation governs, is a floor or cap the rule sets ("By law, at least 35 percent of the proceeds
// must fund …"); an incentive and a bid's or tender's security are what a rule gives or lays; a
// number added to a bounded one with "and a further" shares its bound ("a penalty of up to KSh 5
// million … and a further KSh 100,000 for each day"); and a bound on a share said in words ("up to
// one third of the approved cost") is read as one in digits is. A hedge ("may rise", "may lose"), an
// outcome a "No" does not prohibit, and a duty with no bound or rule's thing keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-03-01',
    publisher: 'Harlow Regulator',
    title: 'Rules note',
    url: 'https://example.org/rules',
  },
};

/** Each figure's stated words with its status, in the order found. */
const statuses = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => [c.stated.text, c.status]);

describe('a bound or rate a rule lays on those it binds', () => {
  it.each([
    // An emissions auction's rules (the voice named).
    [
      'No single bidder may be awarded more than 50% of the volume auctioned.',
      [['50% of the volume auctioned', 'actual']],
    ],
    // A spectrum auction's cap.
    [
      'No bidder may acquire more than 40 per cent of the spectrum on offer.',
      [['40 per cent of the spectrum', 'actual']],
    ],
    // A media-ownership rule.
    [
      'No person shall hold more than 15% of the shares of a licensed broadcaster.',
      [['15% of the shares of a licensed', 'actual']],
    ],
    // A lottery law's floor on what goes to schools.
    [
      'By law, at least 34 percent of lottery revenue must go to public schools.',
      [['34 percent of lottery revenue', 'actual']],
    ],
    // A housing ordinance.
    [
      'At least 20 percent of the units in each development must remain affordable.',
      [['20 percent of the units', 'actual']],
    ],
    // A licensing regulator's daily penalty added to a capped fine.
    [
      'The regulator may impose a fine of up to $2 million per breach and a further $50,000 for each day the breach continues.',
      [
        ['$2 million', 'actual'],
        ['$50,000', 'actual'],
      ],
    ],
    // A remittance incentive banks may add.
    [
      'Banks may pay a further incentive of up to 2.5 percent from their own funds.',
      [['2.5 percent', 'actual']],
    ],
    // A tender's security.
    [
      'Each bid must be accompanied by a bid security of $2 million in the form of a bank guarantee.',
      [['$2 million', 'actual']],
    ],
    // A grant scheme's share in words.
    [
      'Facility grants may cover up to one third of the approved cost.',
      [['one third of the approved cost', 'actual']],
    ],
    // Near misses: a hedge on a change, a loss that may happen, a duty with no bound.
    ['Prices may rise by up to 5% next year.', [['rise by up to 5%', 'expected']]],
    [
      'Investors may lose up to one third of their savings.',
      [['one third of their savings', 'expected']],
    ],
    [
      'At least 40 per cent of firms may cut jobs next year.',
      [['40 per cent of firms', 'expected']],
    ],
    ['The company must repay $500 million in 2035.', [['$500 million', 'expected']]],
  ])('%s', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });
});

// A level a sentence says a law's text provides for, sets out, lays down or prescribes ("It will be
// raised to S$80/tCO2e from 1 January 2035, as provided for in the Carbon Pricing Act", "$185 per
// tonne …, as set out in Schedule 2 to the … Act") is what that law set, actual from any date of
// effect; budget forecasts, a hedge and a draft bill name no law in force (decided.ts).
const SOURCE_2034 = { source: { ...SOURCE.source, date: '2034-02-16' } };
const lawStatuses = (text: string) =>
  extractCandidates(text, 'doc', SOURCE_2034).map((c) => [c.stated.text, c.status]);

describe('a level a law provides for, named after it', () => {
  it.each([
    [
      'The carbon tax was raised from S$45 to S$65 per tonne on 1 January 2030. It will be raised to S$80/tCO2e from 1 January 2035, as provided for in the Carbon Pricing Act.',
      [
        ['S$45', 'actual'],
        ['S$65', 'actual'],
        ['S$80', 'actual'],
      ],
    ],
    [
      'On April 1, 2035, fuel charge rates will rise in line with the minimum national price on carbon pollution of $185 per tonne, up from $170 per tonne, as set out in Schedule 2 to the Greenhouse Gas Pollution Pricing Act.',
      [
        ['$185', 'actual'],
        ['$170', 'actual'],
      ],
    ],
    [
      'The deposit insurance limit will be raised to €150,000 per depositor from 2035, as prescribed by the Deposit Guarantee Regulations.',
      [['€150,000', 'actual']],
    ],
    [
      'The landfill levy will increase to $95 a tonne on 1 July 2035, as laid down in the Waste Minimisation Act.',
      [['$95', 'actual']],
    ],
    // Near misses: forecasts, a hedge, a draft bill.
    [
      'Revenue will rise to $2 billion in 2035, as set out in the budget forecasts.',
      [['$2 billion', 'expected']],
    ],
    [
      'The rate could be raised to S$100 by 2040, as provided for in the Act.',
      [['S$100', 'expected']],
    ],
    [
      'The levy would rise to $50 a tonne in 2036, as provided for in the draft bill.',
      [['$50', 'expected']],
    ],
  ])('%s', (text, expected) => {
    expect(lawStatuses(text)).toEqual(expected);
  });
});
