// Tests for src/authoring/extract/inForceLevel.ts (v210): the level in force beside a proposal,
// found in the opened sets ho278 (a courts paper's "| Item | Current fee | Proposed fee |" over
// "| Writ of summons, High Court | HK$1,045 | HK$1,220 |"; an audit's "R1.50 per page since 2014,
// should be reviewed") and ho281 (a budget review's "Current excise duty rate" column, a
// directive review's "Current minimum", a costing's "Tobacco excise is currently $1.42380 per
// stick"), and held here in other voices: a port authority, a water utility, a pension fund, a
// ferry operator, a farm scheme costing, a harbour audit, a central bank. The level charged on the
// document's day is a fact, actual (README, Status, v210); a proposed column, a column of years, a
// "Current prices" basis and a change "since" a year keep the old reading. Beside it, the targets
// and budgets of a period already over (ho279's revenue bulletin dated August, "in the quarter to
// June 2034, against a target of KSh 33.10 billion", its "Collected | Target" table for April–June
// 2034 and "exceeding the annual target"; a research brief's "$54.7 million budgeted"; ho281's
// "101.8 percent of the ₱168.4 billion target for the year"), held here for a water board, a
// transit agency, a pension fund and a toll road: actual, while a full-year target against a part
// of the year and a span not yet over keep theirs.

import { describe, expect, it } from 'vitest';
import { notice, type Source, statusesIn } from './readingOf.ts';

/** Each figure's stated words and status under a notice titled `title`. */
const read = (title: string, text: string) => statusesIn(`${title}\n\n${text}\n`, notice(title));

describe('the level in force beside a proposal', () => {
  it.each([
    // A port authority's paper: a "Current due" column beside the proposed one.
    [
      'Proposed revision of port dues',
      'The Port Authority proposes new dues from 1 July 2035.\n\nTable 2: Current and proposed dues\n| Vessel class | Current due | Proposed due | Change (%) |\n|---|---|---|---|\n| Coaster | $412 | $450 | 9.2 |\n| Bulk carrier | $1,860 | $2,010 | 8.1 |',
      ['$412', '$1,860'],
    ],
    // A water utility's consultation: "Existing rate" beside "Proposed rate".
    [
      'Consultation on water charges 2035-36',
      'We propose to raise charges from April 2035.\n\n| Charge | Existing rate | Proposed rate |\n|---|---|---|\n| Standing charge | £38.50 a year | £41.00 a year |\n| Volume charge | £1.62 per cubic metre | £1.71 per cubic metre |',
      ['£38.50', '£1.62'],
    ],
    // A pension fund's notice: "Rate in force" beside "New rate from 1 April 2035".
    [
      'Pension Fund: contribution rates',
      "The Trustees propose to raise members' contributions.\n\n| Member band | Rate in force | New rate from 1 April 2035 |\n|---|---|---|\n| Band A | 5.5% of pay | 6.0% of pay |\n| Band B | 7.5% of pay | 8.0% of pay |",
      ['5.5% of pay', '7.5% of pay'],
    ],
    // A ferry operator's fare proposal, the current fare with a level in brackets.
    [
      'Island Ferries: proposed fares for 2036',
      'Table 1\n| Ticket | Current fare | Proposed fare |\n|---|---|---|\n| Adult return | $18.40 ($9.20 each way) | $19.60 ($9.80 each way) |',
      ['$18.40', '$9.20'],
    ],
    // A farm scheme costing's assumptions: the payment as it stands today.
    [
      'Costing of the farm payment pledge',
      'The pledge would raise the payment by €20 per hectare.\n\nKey assumptions\n- The basic payment is currently €182 per hectare for the first 50 hectares.\n- The costing assumes 41,000 claimants.',
      ['€182'],
    ],
    // A harbour audit's recommendation: the fee held since a year already past.
    [
      'Audit of harbour licensing',
      'Recommendations\n4. The berth licence fee, $85 a day since 2028, should be raised. The Board has proposed $110 a day.',
      ['$85'],
    ],
    // The same audit: a charge unchanged since a year already past.
    [
      'Audit of harbour licensing 2',
      'The Board should review the pilotage charge of $240 per movement, unchanged since 2027, before 2036.',
      ['$240'],
    ],
    // A central bank's consultation in a list of assumptions: the ratio as it stands.
    [
      'Consultation on reserve requirements',
      'Assumptions\n- The reserve requirement is currently 4.5% of eligible liabilities, and the Bank would lower it to 3%.',
      ['4.5% of eligible liabilities'],
    ],
  ])('%s', (title, text, inForce) => {
    const got = read(title, text);
    for (const stated of inForce) expect(got).toContain(`${stated} actual`);
  });

  it.each([
    // The proposed column beside the current one stays a proposal.
    [
      'Proposed revision of port dues',
      'The Port Authority proposes new dues from 1 July 2035.\n\n| Vessel class | Current due | Proposed due |\n|---|---|---|\n| Coaster | $412 | $450 |',
      '$450 expected',
    ],
    // A column of years with no level in force named keeps its reading.
    [
      'Water charges outlook',
      '| Charge | 2035-36 | 2036-37 |\n|---|---|---|\n| Standing charge | £41.00 | £43.00 |',
      '£43.00 expected',
    ],
    // "Current prices" names the basis of a projection, no level in force.
    [
      'Medium-term outlook for the port',
      'Table 3: Projected revenue\n| Year | Current prices | Proposed budget |\n|---|---|---|\n| 2037 | $412 million | $450 million |',
      '$412 million expected',
    ],
    // A change since a year is no level.
    [
      'Pension Fund consultation',
      'The Trustees propose that contributions rise by 5% since 2030 costs have risen.',
      'rise by 5% expected',
    ],
    // A new level the sentence names for a year to come keeps its reading.
    [
      'Audit of harbour licensing',
      'The Board has proposed a berth licence fee of $110 a day from 2036.',
      '$110 expected',
    ],
  ])('keeps the old reading: %s', (title, text, want) => {
    expect(read(title, text)).toContain(want);
  });

  const dated = (title: string, date: string): Source => notice(title, { date });

  it.each([
    // A water board's quarterly bulletin: the quarter's target, the quarter over.
    [
      'Water Board Quarterly Bulletin, January-March 2034',
      'The Board collected $4.2 million in water charges in the quarter to March 2034, against a target of $4.5 million.',
      '2034-05-10',
      ['$4.5 million'],
    ],
    // The same bulletin's table of collections and targets for the months over.
    [
      'Water Board Quarterly Bulletin, January-March 2034',
      'Collections by charge, January-March 2034 ($ thousand)\n| Charge | Collected | Target |\n|---|---|---|\n| Volume charges | 2,410 | 2,600 |\n| Standing charges | 1,790 | 1,900 |',
      '2034-05-10',
      ['2,410', '2,600', '1,790', '1,900'],
    ],
    // A transit agency's annual report: the year's target named before its noun.
    [
      'Transit Agency annual report 2033',
      'Fare revenue in 2033 reached $96.2 million, 98.1 percent of the $98.1 million target for the year.',
      '2034-04-20',
      ['$98.1 million'],
    ],
    // A pension fund's review: the annual target of a year over.
    [
      'Pension Fund review of 2033',
      'In 2033 the Fund collected contributions of R4.12 billion, short of the annual target of R4.30 billion.',
      '2034-03-15',
      ['R4.30 billion'],
    ],
    // A toll road's report: a sum raised against what was budgeted for a year over.
    [
      'Toll Road Authority report',
      'The toll raised $31.2 million in 2032-33, 4% less than the $32.5 million budgeted for the year.',
      '2033-11-20',
      ['$31.2 million', '$32.5 million'],
    ],
  ])('a target or budget of a period over: %s', (title, text, date, over) => {
    const got = statusesIn(`${title}\n\n${text}\n`, dated(title, date));
    for (const stated of over) expect(got).toContain(`${stated} actual`);
  });

  it.each([
    // A full-year target against the first half keeps its reading.
    [
      'Water Board bulletin',
      'In the first half of 2034 the Board collected $2.1 million, against its annual target of $4.7 million.',
      '2034-08-10',
      '$4.7 million expected',
    ],
    // A span of months not yet over keeps its reading.
    [
      'Water Board bulletin',
      'Collections by charge, April-June 2034 ($ thousand)\n| Charge | Collected | Target |\n|---|---|---|\n| Volume charges | 2,410 | 2,600 |',
      '2034-05-10',
      '2,600 expected',
    ],
  ])('keeps the old reading: %s', (title, text, date, want) => {
    expect(statusesIn(`${title}\n\n${text}\n`, dated(title, date))).toContain(want);
  });
});
