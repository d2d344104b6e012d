// Tests for src/authoring/extract/decidedTable.ts (v204): the cells of a table of levels a decision
// set, found in the opened sets ho276 (a cabinet's release "Cabinet approves Minimum Support Prices
// for all mandated Rabi Crops" over "| Wheat | ₹2,585 | ₹2,735 | 150 | 5.8 |") and ho273 (a health
// department's "Table 1. HFEP allocations approved in the FY 2035 GAA, by region (₱ million)" over
// "| NCR | 4,812.6 | 4,390.2 | 9.6 |"), and held here in other voices: a water regulator, a city
// council, a transport authority, a university council. A column of a year not yet over holds the
// levels decided for it, actual (README, Status, v204); a table whose caption or document title
// proposes, recommends, projects or estimates, and a title that decides no levels, keep the old
// reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { decidedTable } from '../../../src/authoring/extract/decidedTable.ts';
import { notice } from './readingOf.ts';

/** Each figure's stated words and status, in the text's order. */
const statuses = (title: string, text: string) =>
  extractCandidates(`${title}\n\n${text}\n`, 'doc', { source: notice(title) })
    .filter((c) => c.stated.text.startsWith('$') || /^\d\.\d$/.test(c.stated.text))
    .sort((a, b) => a.stated.start - b.stated.start)
    .map((c) => `${c.stated.text} ${c.status}`);

const TABLE = (caption: string, head: string) =>
  `${caption}\n\n| Item | ${head} 2034-35 | ${head} 2035-36 | Increase (%) |\n|---|---|---|---|\n| First | $41.20 | $43.10 | 4.6 |\n| Second | $12.00 | $12.50 | 4.2 |`;

describe('the cells of a table of levels a decision set', () => {
  it.each([
    // A water regulator's release whose title approves the charges; the caption names them.
    [
      'Regulator approves water and sewerage charges for 2035-36',
      `The Regulator has approved new charges for the year from 1 April 2035.\n\n${TABLE('Approved charges per household', 'Charge')}`,
    ],
    // A city council's fees, its caption names them set.
    [
      'Harbour City Council: fees and charges',
      `The Council met on 12 November 2034.\n\n${TABLE('Table 2. Fees set by the Council for 2035-36', 'Fee')}`,
    ],
    // A transport authority's fares, its title announcing the decision.
    [
      'Transport Authority sets fares for 2035-36',
      `The Authority has set the fares below.\n\n${TABLE('Single fares', 'Fare')}`,
    ],
    // A university council's allocations approved under an act.
    [
      'University Council: grants to faculties',
      `The Council met on 12 November 2034.\n\n${TABLE('Table 1. Grants allocated under the 2035 Act, by faculty', 'Grant')}`,
    ],
  ])('%s', (title, text) => {
    expect(statuses(title, text)).toEqual([
      '$41.20 actual',
      '$43.10 actual',
      '4.6 actual',
      '$12.00 actual',
      '$12.50 actual',
      '4.2 actual',
    ]);
  });

  it.each([
    // A commission that recommends the levels: still a proposal.
    [
      'Commission recommends support prices for 2035-36',
      `The Commission recommends the prices below.\n\n${TABLE('Recommended support prices', 'Price')}`,
    ],
    // A caption of projected levels in a decision's document.
    [
      'Regulator approves water and sewerage charges for 2035-36',
      `The Regulator has approved new charges.\n\n${TABLE('Projected charges per household', 'Charge')}`,
    ],
    // A title that decides no levels: a review of markets.
    [
      'Review of grain markets 2035-36',
      `Markets were firm in the year.\n\n${TABLE('Average market prices', 'Price')}`,
    ],
  ])('keeps the old reading: %s', (title, text) => {
    expect(statuses(title, text).filter((s) => s.startsWith('$43.10'))).toEqual([
      '$43.10 expected',
    ]);
  });
});

describe('decidedTable', () => {
  it('reads the caption and the title', () => {
    expect(
      decidedTable('Table 1. HFEP allocations approved in the FY 2035 GAA, by region', ''),
    ).toBe(true);
    expect(
      decidedTable(
        'Minimum Support Prices for Rabi Crops',
        'Cabinet approves Minimum Support Prices for all mandated Rabi Crops',
      ),
    ).toBe(true);
    expect(decidedTable('Allocations proposed for approval', '')).toBe(false);
    expect(decidedTable('Prices to be set', 'Board approves prices')).toBe(false);
    expect(decidedTable('Forecast prices', 'Board approves prices')).toBe(false);
  });
});
