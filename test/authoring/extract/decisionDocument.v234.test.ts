// Held sentences of the v234 class (test/fixtures/prose/README.md, "The calls": the charges a
// decision document states are that decision, actual): a release, notice, schedule or resolution
// whose title or opening records the body's own approval of charges states the levels it approved
// with a future or present verb, as a list's items under a lead-in that dates the change, as what a
// unit "will cost" or "will pay", or in a table under a caption "… will be:" ("The noise charge per
// movement will be:" over "| I | CHF 1,850 | CHF 2,400 |"), seen in ho288–ho292. Written in voices
// other than the sets' airport, museum, water-rights and building-fee notices: a port company, a
// water board, a pension fund's fee schedule, a heritage trust, a central bank's settlement system
// and a ferry operator. Near-misses keep their reading: what the new charges are expected to raise,
// a plan, the same table in a document that only proposes, a caption "will be:" with no decision,
// and a hypothetical "would".
// Before v234 the extractor read 11 of the 12 held figures wrong; the rule's first version missed 3
// (a stated verb "increase by", a "will pay", a list label before a currency sign).

import { describe, expect, it } from 'vitest';
import { notice, type Source, statusOf } from './readingOf.ts';

/** A notice titled `title`, of 2035-02-10. */
const source = (title: string): Source => notice(title, { date: '2035-02-10' });

const WATER_TABLE = [
  'Ferrol Water Board',
  'Release, 10 February 2035',
  '',
  'Ferrol Water Board: new connection fees for households approved',
  '',
  'The Ferrol Water Board has approved the new connection fees for households, which apply from 1 July 2035.',
  '',
  'The connection fee per property will be:',
  '',
  '| Connection | Current fee | From 1 July 2035 |',
  '|---|---|---|',
  '| Standard | $1,200 | $1,350 |',
  '| Large | $2,400 | $2,750 |',
].join('\n');

const PORT_LIST = [
  'Norrhamn Port Company',
  'Notice of changes to port dues',
  'Issued 3 October 2034',
  '',
  'The Board of the Norrhamn Port Company has approved an increase in port dues, effective 1 January 2035.',
  '',
  'Berth and pilotage charges will also change on 1 January 2035:',
  '- Berth charge (per metre per day): €3.10, up from €2.95',
  '- Pilotage (per movement): €640, up from €610',
  'Vessels under 20 metres pay a flat berth fee of €25 per day.',
  '',
  'On average, port charges will rise 4.8% in 2035, the first increase since 2031.',
  '',
  'The Company expects the new dues to raise about €22 million in 2035.',
  'It plans to invest €300 million in new quays over the next ten years.',
].join('\n');

const PENSION_SCHEDULE = [
  'WESTBRIDGE TEACHERS PENSION FUND',
  'Schedule of Administration Fees 2035/36',
  '',
  'Approved by the Board of Trustees on 12 March 2035. Fees apply from 1 April 2035.',
  '',
  'Administration fees increase by 3.9% for 2035/36, except the transfer fee, which increases by 7.5% to reflect its cost.',
].join('\n');

const HERITAGE = [
  'Old Mill Heritage Trust',
  'Trustees decision on admission prices for 2035',
  'Dunmore, 2 November 2034',
  '',
  'The Trustees of the Old Mill Heritage Trust approved new admission prices on 1 November 2034, to apply from 1 January 2035.',
  '',
  'The family season ticket, valid for twelve months, will cost £95, up from £80. A member household will pay £60 for the same ticket.',
].join('\n');

const SETTLEMENT = [
  'Central Bank of Arland',
  'Press release, 14 January 2036',
  '',
  'The Monetary Board has approved revised fees for the real-time settlement system, effective 1 April 2036.',
  '',
  'Participants will pay a fee of €4.50 per transaction, and the monthly participation fee will rise 6% in 2036.',
].join('\n');

const PROPOSED_TABLE = WATER_TABLE.replace(
  'Ferrol Water Board: new connection fees for households approved',
  'Ferrol Water Board: new connection fees for households proposed',
).replace(
  'The Ferrol Water Board has approved the new connection fees',
  'The Ferrol Water Board proposes new connection fees',
);

const NO_DECISION_TABLE = [
  'Ferrol Water Board',
  'Bulletin, 10 February 2035',
  '',
  'Household water use',
  '',
  'The average household bill will be:',
  '',
  '| Household | Current | From 1 July 2035 |',
  '|---|---|---|',
  '| Single | $410 | $436 |',
].join('\n');

const FERRY_HYPOTHETICAL = [
  'Skerry Ferries',
  'Notice, 5 May 2035',
  '',
  'The Board of Skerry Ferries has approved new fares from 1 June 2035.',
  '',
  'Without the subsidy, the adult return fare would be £38.',
].join('\n');

describe('the charges a decision document states are that decision (v234)', () => {
  it.each([
    ['$1,350', WATER_TABLE],
    ['$2,750', WATER_TABLE],
    ['€3.10', PORT_LIST],
    ['€640', PORT_LIST],
    ['€25', PORT_LIST],
    ['rise 4.8%', PORT_LIST],
    ['increase by 3.9%', PENSION_SCHEDULE],
    ['increases by 7.5%', PENSION_SCHEDULE],
    ['£95', HERITAGE],
    ['£60', HERITAGE],
    ['€4.50', SETTLEMENT],
    ['rise 6%', SETTLEMENT],
  ])('%s is actual', (number, text) => {
    expect(statusOf(text, number, source(text.split('\n')[1]!))).toBe('actual');
  });

  it.each([
    ['€22 million', PORT_LIST, 'expected'],
    ['€300 million', PORT_LIST, 'expected'],
    ['$1,350', PROPOSED_TABLE, 'expected'],
    ['$436', NO_DECISION_TABLE, 'expected'],
    ['£38', FERRY_HYPOTHETICAL, 'expected'],
    ['$1,200', WATER_TABLE, 'actual'],
    ['€2.95', PORT_LIST, 'actual'],
  ])('%s keeps its reading', (number, text, want) => {
    expect(statusOf(text, number, source(text.split('\n')[1]!))).toBe(want);
  });
});
