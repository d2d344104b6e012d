// Held sentences of the v250 class (test/fixtures/prose/README.md, "The calls": the levels a made
// order, notification, resolution or adopted instrument sets are that decision, actual, though
// their date of effect is still to come): an order a body "hereby issues", a "shall be as under:"
// lead-in with a bare caption line between it and its table, a number that stands before its
// clause's "shall" ("the words "Rs 2,400 per acre" shall be substituted", "At least 30% of the
// subsidy shall be paid"), a body that "RESOLVES as follows:" after recitals closed by semicolons,
// a table a resolution's item names ("as set out in Table 2") and a report's table under a lead-in
// whose paragraph records the instrument adopted, seen in ho303, ho305, ho306 and ho307. Written in
// voices other than the sets' wage, postal, tourist-tax, fuel and parking texts: a port tariff
// authority, a water utility, a farm scheme, a central bank's board, a school board and a pension
// fund. Near-misses keep their reading: a draft order, a forecast table in a report, a condition
// before a "shall", an options table a resolution names no item of, a proposal's lead-in.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

const PORT_ORDER = [
  'PORT OF KALIMERA TARIFF AUTHORITY',
  '',
  'TARIFF ORDER No. PT-KAL/9',
  'PROVIDING FOR REVISED CARGO HANDLING CHARGES',
  '',
  'WHEREAS, the last revision of the charges took effect on 1 January 2032;',
  '',
  'NOW, THEREFORE, by virtue of the powers vested in it under the Ports Act, the Authority hereby issues this Tariff Order.',
  '',
  'Section 1. The cargo handling charges shall be as follows:',
  '| Cargo | Current charge | Upon effectivity | From 1 January 2036 |',
  '|---|---|---|---|',
  '| Containers, per TEU | $92.00 | $98.50 | $101.00 |',
  '| Bulk grain, per tonne | $3.40 | $3.65 | $3.80 |',
  '',
  'Section 2. This Tariff Order shall take effect fifteen days after its publication.',
].join('\n');

const WATER_ORDER = [
  'Office of the Water Regulatory Commissioner',
  'Dated 12 May 2034',
  '',
  'ORDER',
  '',
  'In exercise of the powers conferred on it, the undersigned hereby revises the bulk water tariff of the Eastern Waterworks Board with effect from 01.07.2034.',
  '',
  '2. The tariffs payable from 01.07.2034 shall be as under:',
  '',
  'Bulk water tariff per kilolitre',
  '| Consumer | Zone I | Zone II |',
  '|---|---|---|',
  '| Domestic | ₹18 | ₹15 |',
  '| Industrial | ₹42 | ₹37 |',
].join('\n');

const FARM_NOTIFICATION = [
  'GOVERNMENT OF SURAVATI',
  'AGRICULTURE DEPARTMENT',
  '',
  'NOTIFICATION',
  'G.O. No. 88, dated 4 March 2035',
  '',
  'In exercise of the powers conferred by section 9 of the Crop Support Act, the Government hereby amends the Schedule to the said Act as follows, with effect from 1 June 2035:',
  '',
  '(a) in the entry relating to paddy, for the words "Rs 2,000 per acre", the words "Rs 2,400 per acre" shall be substituted;',
  '',
  '(b) At least 30% of the input subsidy shall be paid to women farmers.',
].join('\n');

const BANK_BOARD = [
  'CENTRAL BANK OF ORVANIA',
  'Board Resolution No. 14 of 9 March 2035',
  '',
  'THE BOARD OF DIRECTORS',
  '',
  'Having regard to Article 22 of the Central Bank Act;',
  'Considering that settlement volumes rose 11% in 2034;',
  '',
  'RESOLVES as follows:',
  '',
  'Article 1',
  'From 1 July 2035 the fee for each interbank settlement of at least 80 items shall be €1.20.',
  'Article 2',
  'Not less than 25% of the fee income shall be transferred to the payments modernisation fund.',
].join('\n');

const SCHOOL_BOARD = [
  'HALLOW VALE SCHOOLS TRUST',
  'Board of Trustees – 3 March 2034',
  'Decision notice: Fees 2034/35',
  '',
  'Decision',
  'The Board RESOLVED that, with effect from 1 September 2034:',
  '(1) day tuition rise by an average of 4.5%, as set out in Table 2;',
  '(2) the registration fee be held at £150.',
  '',
  'Table 2: Day tuition per term',
  '| Stage | 2033/34 | 2034/35 | Change (%) |',
  '|---|---|---|---|',
  '| Junior | £4,200 | £4,390 | 4.5 |',
  '| Senior | £5,600 | £5,850 | 4.5 |',
].join('\n');

const PENSION_REPORT = [
  'Marlow Valley Pension Fund',
  'Report to the Members’ Forum',
  'Report No. 31/2035 – 10 October 2035',
  '',
  '1. Fees adopted',
  'At its meeting of 2 September 2035 the Trustee Board adopted the Scheme Charges (Amendment) Rules 2035. From 1 January 2036 the administration charges will be:',
  '',
  'Table 1: Annual administration charge',
  '| Member type | Current | From 1 January 2036 | Change (%) |',
  '|---|---|---|---|',
  '| Active | €48.00 | €51.00 | 6.3 |',
  '| Deferred | €30.00 | €32.00 | 6.7 |',
].join('\n');

const DRAFT_ORDER = [
  'GOVERNMENT OF SURAVATI',
  'DRAFT NOTIFICATION',
  '',
  'The Government proposes to amend the Schedule to the Crop Support Act as follows:',
  '',
  '(a) in the entry relating to paddy, for the words "Rs 2,000 per acre", the words "Rs 2,400 per acre" shall be substituted;',
  '',
  '(b) At least 30% of the input subsidy shall be paid to women farmers.',
].join('\n');

const FORECAST_REPORT = [
  'Marlow Valley Pension Fund',
  'Report to the Members’ Forum',
  '',
  'In 2031 the Trustee Board adopted the Scheme Charges Rules 2031. Officers forecast that from 1 January 2036 the administration charges will be:',
  '',
  'Table 1: Annual administration charge',
  '| Member type | From 1 January 2036 |',
  '|---|---|',
  '| Active | €51.00 |',
].join('\n');

const CONDITION_BEFORE_SHALL = [
  'GOVERNMENT OF SURAVATI',
  'NOTIFICATION',
  '',
  'The Government hereby amends the Schedule to the Crop Support Act as follows:',
  '',
  '(a) If more than 40% of the crop is lost, the subsidy shall be doubled.',
].join('\n');

const OPTIONS_TABLE = [
  'HALLOW VALE SCHOOLS TRUST',
  'Decision notice: Fees 2034/35',
  '',
  'The Board RESOLVED that, with effect from 1 September 2034:',
  '(1) the registration fee be held at £150.',
  '',
  'Members are asked for their views on the boarding options in Table 3.',
  '',
  'Table 3: Options for the boarding charge',
  '| Option | Per term |',
  '|---|---|',
  '| 1: flat charge | £9,900 |',
].join('\n');

const PROPOSAL_LEAD_IN = [
  'Marlow Valley Pension Fund',
  'Consultation paper – 10 October 2035',
  '',
  'The Trustee Board proposes to amend the Scheme Charges Rules. From 1 January 2036 the administration charges would be:',
  '',
  'Table 1: Annual administration charge',
  '| Member type | Proposed from 1 January 2036 |',
  '|---|---|',
  '| Active | €51.00 |',
].join('\n');

describe('the levels a made order, notification or resolution sets are actual (v250)', () => {
  it('reads the table of an order the Authority "hereby issues" as set', () => {
    const got = statusesIn(PORT_ORDER, notice('Tariff Order', { date: '2034-05-20' }));
    expect(got).toEqual(
      expect.arrayContaining(['$92.00 actual', '$98.50 actual', '$3.40 actual', '$3.65 actual']),
    );
  });

  it('reads a table under a caption line below a "shall be as under:" lead-in as set', () => {
    const got = statusesIn(WATER_ORDER, notice('Order', { date: '2034-05-12' }));
    expect(got).toEqual(
      expect.arrayContaining(['₹18 actual', '₹15 actual', '₹42 actual', '₹37 actual']),
    );
  });

  it('reads a number that stands before its clause’s "shall" in a made notification as set', () => {
    const got = statusesIn(FARM_NOTIFICATION, notice('Notification', { date: '2035-03-04' }));
    expect(got).toEqual(
      expect.arrayContaining([
        'Rs 2,000 actual',
        'Rs 2,400 actual',
        '30% of the input subsidy shall be actual',
      ]),
    );
  });

  it('reads the provisions of a board that "RESOLVES as follows:" after its recitals as set', () => {
    const got = statusesIn(BANK_BOARD, notice('Board Resolution', { date: '2035-03-09' }));
    expect(got.filter((s) => /1\.20|25%/.test(s))).toEqual([
      '€1.20 actual',
      '25% of the fee income shall be actual',
    ]);
  });

  it('reads a table a resolution’s item names as set', () => {
    const got = statusesIn(SCHOOL_BOARD, notice('Decision notice', { date: '2034-03-04' }));
    expect(got).toEqual(
      expect.arrayContaining([
        '£4,200 actual',
        '£4,390 actual',
        '£5,600 actual',
        '£5,850 actual',
        '4.5 actual',
      ]),
    );
  });

  it('reads a report’s table under a lead-in whose paragraph records the rules adopted as set', () => {
    const got = statusesIn(PENSION_REPORT, notice('Report', { date: '2035-10-10' }));
    expect(got).toEqual(
      expect.arrayContaining([
        '€48.00 actual',
        '€51.00 actual',
        '€30.00 actual',
        '€32.00 actual',
        '6.3 actual',
        '6.7 actual',
      ]),
    );
  });
});

describe('near-misses keep their reading (v250)', () => {
  it('a draft notification’s amounts stay expected', () => {
    const got = statusesIn(DRAFT_ORDER, notice('Draft notification', { date: '2035-03-04' }));
    expect(got).toEqual([
      'Rs 2,000 expected',
      'Rs 2,400 expected',
      '30% of the input subsidy shall be expected',
    ]);
  });

  it('a table a report forecasts stays expected', () => {
    const got = statusesIn(FORECAST_REPORT, notice('Report', { date: '2035-10-10' }));
    expect(got.filter((s) => s.includes('€51.00'))).toEqual(['€51.00 expected']);
  });

  it('a bound in a condition before a "shall" keeps its reading', () => {
    const before = statusesIn(CONDITION_BEFORE_SHALL, notice('Notification'));
    expect(before.filter((s) => s.includes('40%'))).not.toContainEqual(
      expect.stringMatching(/40%.* actual$/),
    );
  });

  it('an options table no item of the resolution names stays expected', () => {
    const got = statusesIn(OPTIONS_TABLE, notice('Decision notice', { date: '2034-03-04' }));
    expect(got.filter((s) => s.includes('£9,900'))).toEqual(['£9,900 expected']);
  });

  it('a proposal’s lead-in over a proposed column stays expected', () => {
    const got = statusesIn(PROPOSAL_LEAD_IN, notice('Consultation paper', { date: '2035-10-10' }));
    expect(got.filter((s) => s.includes('€51.00'))).toEqual(['€51.00 expected']);
  });
});
