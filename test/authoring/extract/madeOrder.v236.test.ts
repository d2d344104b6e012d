// Held sentences of the v236 class (test/fixtures/prose/README.md, "The calls": the levels a made
// order, notice, determination or court order sets, or a council or board has adopted, are the
// decision, actual, though the date they apply from is still to come): a numbered order's "shall"
// lead-in over lettered items under a sub-heading ("the following fees shall be collected … on or
// after 1 April 2036:" ⏎ "1. Passports" ⏎ "(a) regular passport: US$75 (previously US$60);") and
// over a table, a notice restating amendments "made on" a date over a "must pay …:" list, a court's
// "ORDER: The Defendants shall pay … costs of ₹75,000", and a list line with the year before's
// level in brackets under an adoption line ("Adopted by Council on 26 June 2034"), seen in ho294,
// ho295 and ho297. Written in voices other than the sets' consular, cemetery and admiralty texts: a
// port order, a water utility notice, a pension levy notice, a tribunal's costs order, a farm
// scheme board and a central bank notice. Near-misses keep their reading: a draft order, a
// consultation notice, a permission ("may"), a forecast in a made order, a "shall" in a release
// that records no making.
// Before v236 the extractor read 13 of the 17 held figures wrong (the farm scheme's and the bank's
// it read right already); the rule's first version missed none.

import { describe, expect, it } from 'vitest';
import { statusesIn, notice } from './readingOf.ts';

const PORT_ORDER = [
  'Calloway Harbour Board',
  'PORT ORDER No. 12 of 2035',
  '',
  'Under section 40 of the Harbours Act, the following dues shall be levied on vessels entering the port on or after 1 January 2036:',
  '',
  '1. Cargo vessels',
  '(a) up to 5,000 gross tonnes: €0.42 per gross tonne (previously €0.38);',
  '(b) above 5,000 gross tonnes: €0.36 per gross tonne (previously €0.33).',
  '',
  '2. Pleasure craft: €95 a year (previously €80).',
  '',
  'This Order takes effect on 1 January 2036.',
].join('\n');

const WATER_NOTICE = [
  'Rivermouth Water Services',
  'WATER SERVICES NOTICE No. 3 of 2035',
  '',
  '4. Consumers outside the city boundary shall pay the following monthly charges from 1 July 2035:',
  '',
  '| Zone | Standing charge | Per kilolitre |',
  '|---|---|---|',
  '| North | £85.00 | £21.40 |',
  '| South | £92.00 | £23.10 |',
].join('\n');

const PENSION_NOTICE = [
  'Pension Protection Fund',
  'Notice to scheme trustees: levies for 2036',
  '',
  'Amendments to the Levy Regulations, made on 12 March 2035, raise the per-member levy from 1 January 2036.',
  '',
  'From 1 January 2036, a scheme must pay into the Fund, for each member:',
  '(a) for an active member, $38 (currently $31);',
  '(b) for a deferred member, $12 (currently $10).',
].join('\n');

const TRIBUNAL_ORDER = [
  'Lands Tribunal of Westholm',
  'Harlan Estates Ltd v. Westholm Water Board: Decision',
  '',
  '12. We find that the Board acted within its powers.',
  '',
  '13. ORDER: The Applicant shall pay the Respondent costs of £18,500 within 28 days. The stay shall be lifted on the Applicant lodging security of £60,000.',
].join('\n');

const FARM_SCHEME = [
  'Upland Farming Scheme',
  'Supplements for 2035',
  'Adopted by the Scheme Board on 4 December 2034',
  '',
  'Supplements from 1 January 2035',
  '(a) Hedgerow supplement: €210 (2034: €190).',
  '(b) Wetland supplement: €340.',
].join('\n');

const BANK_NOTICE = [
  'Central Bank of Arland',
  'NOTICE No. 44 of 2036',
  '',
  'The Bank hereby fixes the supervisory fee for the year beginning 1 July 2036.',
  '',
  '2. Licensed banks shall pay a supervisory fee of 0.015 per cent of total assets.',
].join('\n');

const DRAFT_ORDER = [
  'Calloway Harbour Board',
  'DRAFT PORT ORDER No. 12 of 2035',
  '',
  'The following dues shall be levied on vessels entering the port on or after 1 January 2036:',
  '(a) cargo vessels: €0.42 per gross tonne;',
  '(b) pleasure craft: €95 a year.',
].join('\n');

const CONSULTATION = [
  'Rivermouth Water Services',
  'PUBLIC NOTICE No. 9 of 2035',
  '',
  'Rivermouth Water Services invites comments on the proposed charges below by 30 May 2035.',
  '',
  'From 1 July 2035, consumers outside the city boundary shall pay the following monthly charges:',
  '(a) standing charge: £85.00;',
  '(b) per kilolitre: £21.40.',
].join('\n');

const MAY_AND_FORECAST = [
  'Calloway Harbour Board',
  'PORT ORDER No. 13 of 2035',
  '',
  '1. The Board may, if the breakwater works run late, review the berth fee of €15 a night in 2037.',
  '',
  '2. The dues set by Port Order No. 12 of 2035 are expected to raise €4.1 million in 2036.',
  '',
  'This Order takes effect on 1 January 2036.',
].join('\n');

const RELEASE = [
  'Ministry of Transport',
  'Media release: ferry fares',
  '',
  'The Minister said ferry fares shall rise to $14.50 next year if the operator’s costs keep climbing.',
].join('\n');

const DATED = notice('Order', { date: '2035-11-20' });

describe('the levels a made order, notice or court order sets are actual (v236)', () => {
  it('reads items under a numbered order’s "shall" lead-in, past a sub-heading, as set', () => {
    expect(statusesIn(PORT_ORDER, DATED)).toEqual(
      expect.arrayContaining([
        '€0.42 actual',
        '€0.38 actual',
        '€0.36 actual',
        '€0.33 actual',
        '€95 actual',
        '€80 actual',
      ]),
    );
  });

  it('reads a table under a numbered notice’s "shall pay the following" lead-in as set', () => {
    expect(statusesIn(WATER_NOTICE, notice('Notice', { date: '2035-05-02' }))).toEqual(
      expect.arrayContaining(['£85.00 actual', '£21.40 actual', '£92.00 actual', '£23.10 actual']),
    );
  });

  it('reads a "must pay …:" list in a notice restating amendments made on a date as set', () => {
    const got = statusesIn(PENSION_NOTICE, notice('Notice', { date: '2035-04-02' }));
    expect(got).toEqual(expect.arrayContaining(['$38 actual', '$12 actual']));
  });

  it('reads a court’s order on costs and security as set', () => {
    const got = statusesIn(TRIBUNAL_ORDER, notice('Decision', { date: '2035-03-14' }));
    expect(got).toEqual(expect.arrayContaining(['£18,500 actual', '£60,000 actual']));
  });

  it('reads a list line with the year before’s level in brackets under an adoption line as set', () => {
    const got = statusesIn(FARM_SCHEME, notice('Supplements', { date: '2034-12-10' }));
    expect(got).toEqual(expect.arrayContaining(['€210 actual', '€190 actual']));
  });

  it('reads a "shall pay" rate a notice fixes "hereby" as set', () => {
    const got = statusesIn(BANK_NOTICE, notice('Notice', { date: '2036-05-02' }));
    expect(got.find((s) => s.startsWith('0.015 per cent'))).toMatch(/actual$/);
  });
});

describe('near-misses keep their reading (v236)', () => {
  it('a draft order’s dues stay expected', () => {
    expect(statusesIn(DRAFT_ORDER, DATED)).toEqual(['€0.42 expected', '€95 expected']);
  });

  it('a consultation notice’s "shall pay" charges stay expected', () => {
    expect(statusesIn(CONSULTATION, notice('Notice', { date: '2035-05-02' }))).toEqual([
      '£85.00 expected',
      '£21.40 expected',
    ]);
  });

  it('a permission and a forecast in a made order stay expected', () => {
    const got = statusesIn(MAY_AND_FORECAST, DATED);
    expect(got.filter((s) => s.includes('€4.1 million'))).toEqual(['€4.1 million expected']);
    expect(got.filter((s) => s.includes('€15'))).toEqual([expect.stringMatching(/expected$/)]);
  });

  it('a "shall" in a release that records no making stays expected', () => {
    expect(statusesIn(RELEASE, notice('Media release', { date: '2035-05-02' }))).toEqual([
      expect.stringMatching(/^\$14\.50 expected$/),
    ]);
  });
});
