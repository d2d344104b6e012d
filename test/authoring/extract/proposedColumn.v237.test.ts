// Held sentences of the v237 class (test/fixtures/prose/README.md, "The calls": what is asked for
// and not yet granted is expected): a table column its header names as proposed, recommended, in a
// bill as published or claimed ("| Item | Current fee | Bill as published | Committee
// recommendation |", "| Rating | Current annual fee | Proposed annual fee | Change (%) |"), and the
// change column beside a proposed column and the one in force, seen in ho294 and ho296. Written in
// voices other than the sets' cemetery and liquor fees: a port tariff, a water utility, a pension
// board, a farm scheme, a ferry operator and an arbitration award. Near-misses keep their reading:
// the column in force, an approved or adopted column, a change column with no proposal beside it,
// and a table of outturns.
// Before v237 the extractor read 11 of the 11 held figures wrong; the rule's first version missed
// none.

import { describe, expect, it } from 'vitest';
import { notice, nthStatusOf, type Source } from './readingOf.ts';

/** A notice titled `title`, of 20 June 2034. */
const source = (title: string): Source => notice(title, { date: '2034-06-20' });

const PORT_BILL = [
  'Port Authority of Calloway',
  'Report of the Harbour Committee on the Port Dues Bill 2034',
  '',
  'The Authority sets port dues each year under the Harbours Act.',
  '',
  'Table 2: Port dues per call',
  '| Vessel class | Current due | Bill as published | Committee recommendation |',
  '|---|---|---|---|',
  '| Coastal | £110 | £150 | £135 |',
  '| Ocean-going | £400 | £520 | £480 |',
].join('\n');

const WATER_PROPOSAL = [
  'Meridale Water',
  'Statement of proposal: trade waste charges 2035',
  '',
  'A water company charges the national default charges unless a bylaw sets its own charges.',
  '',
  'Table 1: Annual trade waste charges by band',
  '| Band | Current annual charge | Proposed annual charge | Change (%) |',
  '|---|---|---|---|',
  '| Band A | $320.00 | $384.00 | 20.0 |',
  '| Band B | $640.00 | $736.00 | 15.0 |',
].join('\n');

const PENSION_RECOMMENDED = [
  'Tallis Public Pension Board',
  'Actuarial review of member contributions, 2034',
  '',
  'The Board fixes member contribution rates every three years.',
  '',
  'Contribution rates by tier',
  '| Tier | Existing rate | Actuary recommended rate |',
  '|---|---|---|',
  '| Tier 1 | 6.5% | 7.25% |',
].join('\n');

const FARM_DRAFT = [
  'Department of Agriculture, Vesland',
  'Hill farm support scheme: payment rates',
  '',
  'The Department sets the payment rates each season.',
  '',
  'Payment rates per hectare',
  '| Land class | Current rate | Draft rate 2035 |',
  '|---|---|---|',
  '| Severely disadvantaged | €96 | €104 |',
].join('\n');

const AWARD_CLAIMED = [
  'Ferry Arbitration Panel',
  'Award in the matter of Ardrey Ferries and Calloway Port Authority',
  '',
  'The Panel has determined the charges payable under the berthing agreement.',
  '',
  'Sums in dispute',
  '| Head | Amount claimed | Amount allowed |',
  '|---|---|---|',
  '| Berthing charges | $84,200 | $61,500 |',
].join('\n');

describe('a column its header names as proposed, recommended or claimed is expected (v237)', () => {
  it.each([
    [PORT_BILL, '£150', 'Port Dues Bill report', 0],
    [PORT_BILL, '£135', 'Port Dues Bill report', 0],
    [PORT_BILL, '£520', 'Port Dues Bill report', 0],
    [PORT_BILL, '£480', 'Port Dues Bill report', 0],
    [WATER_PROPOSAL, '$384.00', 'Statement of proposal', 0],
    [WATER_PROPOSAL, '20.0', 'Statement of proposal', 0],
    [WATER_PROPOSAL, '$736.00', 'Statement of proposal', 0],
    [WATER_PROPOSAL, '15.0', 'Statement of proposal', 0],
    [PENSION_RECOMMENDED, '7.25%', 'Actuarial review', 0],
    [FARM_DRAFT, '€104', 'Payment rates', 0],
    [AWARD_CLAIMED, '$84,200', 'Arbitration award', 0],
  ])('%#: "%s" reads %s expected', (text, number, title, nth) => {
    expect(nthStatusOf(text, number, source(title), nth)).toBe('expected');
  });
});

describe('near-misses keep their reading (v237)', () => {
  it.each([
    // The column in force beside the proposal.
    [PORT_BILL, '£110', 'Port Dues Bill report', 'actual'],
    [WATER_PROPOSAL, '$320.00', 'Statement of proposal', 'actual'],
    [PENSION_RECOMMENDED, '6.5%', 'Actuarial review', 'actual'],
    // What the panel allowed is its decision.
    [AWARD_CLAIMED, '$61,500', 'Arbitration award', 'actual'],
    // An approved column and its change column.
    [
      [
        'Calloway Ferries',
        'Fares approved for 2035',
        '',
        '| Route | Current fare | Approved fare | Change (%) |',
        '|---|---|---|---|',
        '| Ardrey | $12.00 | $12.60 | 5.0 |',
      ].join('\n'),
      '$12.60',
      'Fares approved',
      'actual',
    ],
    // A change column between two years over, with no proposal beside it.
    [
      [
        'Calloway Ferries',
        'Annual report 2034',
        '',
        '| Route | 2032 | 2033 | Change (%) |',
        '|---|---|---|---|',
        '| Ardrey | 41,200 | 44,500 | 8.0 |',
      ].join('\n'),
      '8.0',
      'Annual report',
      'actual',
    ],
  ])('%#: "%s" keeps %s', (text, number, title, want) => {
    expect(nthStatusOf(text, number, source(title))).toBe(want);
  });
});
