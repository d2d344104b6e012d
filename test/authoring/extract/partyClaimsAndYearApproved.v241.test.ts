// Held sentences of the v241 class (test/fixtures/prose/README.md, "The calls": what a party
// claimed, sought or argued it is owed stays expected; a column its header names as approved holds
// decided levels), seen as status misses in ho297: the sums a plaintiff claims in a judgment ("In
// all it claims ₹16,45,660", "The Plaintiff claimed ₹6,17,760 in annual tonnage fees, …, together
// ₹11,65,660"), and a budget table's "2034 approved" column beside a "2035 proposed" one. Written
// in voices other than the sets' admiralty court and senate committee: an employment tribunal, a
// land court, an arbitration on port dues, a municipal budget, a
// university's fee table and a health board. Near-misses keep their reading: what the court
// allows or orders, what a party paid, a company's claimed profit outside any suit, a "2035
// proposed" column and a column of estimates.
// Before v241 the extractor read 11 of the 12 held figures wrong; the rule's first version missed
// one, the meter charges the defendants contend for, which factBeside.ts read as a present verb
// ("that meter charges of R9,300"), fixed with it.

import { describe, expect, it } from 'vitest';
import { notice, nthStatusOf, type Source } from './readingOf.ts';

/** A notice titled `title`, a ruling of 20 June 2034. */
const source = (title: string): Source =>
  notice(title, { date: '2034-06-20', url: 'https://example.org/ruling' });

const TRIBUNAL = [
  'EMPLOYMENT TRIBUNAL OF ARLAND',
  'Claim No. 2207 of 2033',
  '',
  'DECISION (given on 20 June 2034)',
  '',
  '1. The Claimant claims $18,400 in unpaid wages and $2,600 in holiday pay.',
  '',
  '2. The Respondent paid $1,200 into the Claimant’s account in March 2033.',
  '',
  '3. We allow $14,900 of the wage claim.',
].join('\n');

const LAND_COURT = [
  'IN THE LAND COURT OF NORTH ARLAND',
  'Suit No. 41 of 2032',
  '',
  'JUDGMENT',
  '',
  '4. The Council, as plaintiff, sues for arrears of water rates. In all it claims R96,300.',
  '',
  '5. The Plaintiff claimed R61,000 in rates, R9,300 in meter charges and R26,000 in interest, together R96,300.',
  '',
  '6. The Defendants contend that meter charges of R9,300 were never billed.',
  '',
  '7. ORDER: The Defendants shall pay the Plaintiff R70,300 within 30 days.',
].join('\n');

const PORT_ARBITRATION = [
  'Arbitral Tribunal: Calloway Port Authority v. Brisk Lines',
  '',
  'The Claimant has claimed €412,000 in berth dues for 2032.',
  'The tribunal awards €380,000.',
].join('\n');

const MUNICIPAL_BUDGET = [
  'Report of the Finance Committee on the Harrowgate 2035 Budget',
  '',
  'Table 1: Operating budget, 2034 and 2035 ($ million)',
  '| Department | 2034 approved | 2035 proposed | Change (%) |',
  '|---|---|---|---|',
  '| Roads | 42.6 | 45.1 | 5.9 |',
  '| Libraries | 8.4 | 8.9 | 6.0 |',
].join('\n');

const UNIVERSITY_FEES = [
  'Tallis University: tuition fee schedule',
  '',
  '| Programme | FY2034-35 approved | FY2035-36 estimated |',
  '|---|---|---|',
  '| Nursing | $7,410 | $7,780 |',
].join('\n');

const HEALTH_BOARD = [
  'Meridale Health Board: charges paper',
  '',
  '| Charge | 2033 adopted | 2035 forecast |',
  '|---|---|---|',
  '| Prescription | £9.90 | £10.60 |',
].join('\n');

describe('a sum a party to a suit claims or contends for is expected (v241)', () => {
  it.each([
    [TRIBUNAL, '$18,400', 'Employment Tribunal: Decision'],
    [TRIBUNAL, '$2,600', 'Employment Tribunal: Decision'],
    [LAND_COURT, 'R96,300', 'Land Court: Judgment'],
    [LAND_COURT, 'R61,000', 'Land Court: Judgment'],
    [LAND_COURT, 'R26,000', 'Land Court: Judgment'],
    [PORT_ARBITRATION, '€412,000', 'Arbitral award'],
  ])('%#: %s', (text, number, title) => {
    expect(nthStatusOf(text, number, source(title))).toBe('expected');
  });

  it('the total the list of claims adds up to, and a sum the other party contends for', () => {
    expect(nthStatusOf(LAND_COURT, 'R96,300', source('Land Court: Judgment'), 1)).toBe('expected');
    expect(nthStatusOf(LAND_COURT, 'R9,300', source('Land Court: Judgment'), 1)).toBe('expected');
  });
});

describe('a year column its header names as approved holds decided levels (v241)', () => {
  it.each([
    [MUNICIPAL_BUDGET, '42.6', 'Report of the Finance Committee on the Harrowgate 2035 Budget'],
    [MUNICIPAL_BUDGET, '8.4', 'Report of the Finance Committee on the Harrowgate 2035 Budget'],
    [UNIVERSITY_FEES, '$7,410', 'Tuition fee schedule'],
    [HEALTH_BOARD, '£9.90', 'Charges paper'],
  ])('%#: %s', (text, number, title) => {
    expect(nthStatusOf(text, number, source(title))).toBe('actual');
  });
});

describe('near-misses keep their reading', () => {
  it('what the court allows or orders, and what a party paid, stay actual', () => {
    expect(nthStatusOf(TRIBUNAL, '$14,900', source('Employment Tribunal: Decision'))).toBe(
      'actual',
    );
    expect(nthStatusOf(TRIBUNAL, '$1,200', source('Employment Tribunal: Decision'))).toBe('actual');
    expect(nthStatusOf(LAND_COURT, 'R70,300', source('Land Court: Judgment'))).toBe('actual');
    expect(nthStatusOf(PORT_ARBITRATION, '€380,000', source('Arbitral award'))).toBe('actual');
  });

  it('a claimed profit outside any suit stays an outturn', () => {
    const text =
      'Brisk Lines: annual results\n\nThe company claimed a record profit of €4.2 million in 2033.';
    expect(nthStatusOf(text, '€4.2 million', source('Annual results'))).toBe('actual');
  });

  it('a proposed column and a column of estimates or forecasts stay expected', () => {
    const title = 'Report of the Finance Committee on the Harrowgate 2035 Budget';
    expect(nthStatusOf(MUNICIPAL_BUDGET, '45.1', source(title))).toBe('expected');
    expect(nthStatusOf(UNIVERSITY_FEES, '$7,780', source('Tuition fee schedule'))).toBe('expected');
    expect(nthStatusOf(HEALTH_BOARD, '£10.60', source('Charges paper'))).toBe('expected');
  });
});
