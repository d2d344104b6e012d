// Held sentences of the v244 class (test/fixtures/prose/README.md, "The calls": the levels a
// body's resolution, ordinance, notification or made regulation sets are that decision, actual,
// though their date of effect is still to come): a body that "resolves as follows:" or "resolved:"
// over a "shall be as follows:" table, an ordinance numbered "ORDINANCE NO." that is "BE IT
// ORDAINED" and "hereby amended", a notification that "hereby notifies" the fees over a "shall …
// as under:" list, a notice of a regulation "made by the Governor in Council on" a date over list
// lines with the year before's level in brackets, and a board that "approved the following
// charges" over a table of rents, seen in ho299, ho301 and ho302. Written in voices other than the
// sets' market, examination and motor-licensing texts: an irrigation district, a dog-licence
// council, a waterworks ordinance, a pension levy notice, a pilot board and a harbour authority.
// Near-misses keep their reading: a draft resolution, a proposed ordinance, a permission ("may")
// in a resolution, a forecast in a made resolution, a board that "will consider" the charges.
// Before v244 the extractor read 10 of the 18 held figures wrong (the pension notice's and the
// harbour board's it read right already); the rule's first version missed none.

import { describe, expect, it } from 'vitest';
import { statusesIn, notice } from './readingOf.ts';

const IRRIGATION = [
  'LOWER VEGA IRRIGATION DISTRICT',
  'Resolution of the Board of Directors on water charges for the 2036 season',
  '',
  'The Board of Directors of the Lower Vega Irrigation District, at its meeting of 9 January 2036, having heard the growers’ cooperative and the municipal water company, resolved:',
  '',
  'First. The volumetric water charges applicable from 1 March 2036 shall be as follows:',
  '',
  '| Supply | Gravity | Pumped |',
  '| Surface water | €0.046 | €0.071 |',
  '| Groundwater | €0.052 | €0.083 |',
  '',
  'Second. The charge shall be billed monthly on metered volume.',
].join('\n');

const DOG_COUNCIL = [
  'RESOLUTION No. XIV/88/35',
  'OF THE MUNICIPAL COUNCIL OF STARA RZEKA',
  'of 20 November 2035',
  '',
  'Pursuant to the Act on local taxes and fees, the Municipal Council of Stara Rzeka resolves as follows:',
  '',
  '§ 1. The annual dog fee shall be charged at the following rates:',
  '',
  '| Dogs kept | Rate |',
  '| first dog | PLN 95.00 |',
  '| each further dog | PLN 120.00 |',
  '',
  '§ 2. The resolution shall apply from 1 January 2036.',
].join('\n');

const WATERWORKS = [
  'MUNICIPALITY OF SAN RAFAEL',
  '',
  'MUNICIPAL ORDINANCE NO. 2034-22',
  '',
  'AN ORDINANCE REVISING THE WATER CONNECTION FEES OF THE MUNICIPAL WATERWORKS',
  '',
  'NOW, THEREFORE, BE IT ORDAINED by the Sangguniang Bayan in session assembled, that:',
  '',
  'SECTION 1. Section 12 of Municipal Ordinance No. 2019-04 is hereby amended to read as follows:',
  '',
  '"SEC. 12. Connection fees. – The fee for a new water service connection shall be:',
  '',
  '| Connection | Fee |',
  '| Residential | ₱1,850.00 |',
  '| Commercial | ₱4,200.00 |',
].join('\n');

const PENSION_LEVY = [
  'Westreach Superannuation Office',
  'Employer notice',
  '',
  'Levies from 1 July 2035',
  '',
  'The Superannuation (Levies) Amendment Regulation 2035, made by the Governor in Council on 5 June 2035, sets the levies that apply from 1 July 2035. Most levies rise by 3.2%, the indexation rate for 2035-36, which follows the change in average weekly earnings.',
  '',
  'Employer levies',
  '- Administration levy, per member, 1 to 49 members: $41.20 (2034-35: $39.90)',
  '- Insurance levy, per member, 50 members or more: $12.75 (2034-35: $12.30)',
].join('\n');

const PILOT_BOARD = [
  'HARBOUR PILOTAGE BOARD',
  'NOTIFICATION',
  'No. HPB/Tariff/2035/7                 Dated: 14 August 2035',
  '',
  'In exercise of the powers conferred by section 12 of the Pilotage Act, the Board hereby notifies the following charges for the year 2036:',
  '',
  '3. Late booking. A pilot ordered with less than six hours’ notice shall be provided only on payment of a surcharge as under:',
  '(a) three to six hours’ notice: ₹ 4,500 per movement;',
  '(b) less than three hours’ notice: ₹ 9,000 per movement.',
].join('\n');

const HARBOUR = [
  'NORTHPOINT HARBOUR AUTHORITY',
  'Notice to berth holders',
  'Northpoint, 3 June 2035',
  '',
  'Schedule of Harbour Charges 2035-36',
  '',
  'The Board of the Authority approved the following charges at its meeting on 30 May 2035. They apply from 1 July 2035. Rents are quoted per berth per year and exclude GST.',
  '',
  'Table 1: Berth rents',
  '| Berth | 2034-35 | 2035-36 | Change (%) |',
  '| Pontoon berth, up to 10 m | $2,140.00 | $2,225.00 | 4.0 |',
  '| Swing mooring | $960.00 | $998.00 | 4.0 |',
].join('\n');

const DRAFT_RESOLUTION = [
  'DRAFT',
  'RESOLUTION No. XIV/88/35',
  'OF THE MUNICIPAL COUNCIL OF STARA RZEKA',
  '',
  'The Municipal Council of Stara Rzeka resolves as follows:',
  '',
  '§ 1. The annual dog fee shall be charged at the following rates:',
  '',
  '| Dogs kept | Rate |',
  '| first dog | PLN 95.00 |',
].join('\n');

const PROPOSED_ORDINANCE = [
  'MUNICIPALITY OF SAN RAFAEL',
  'PROPOSED MUNICIPAL ORDINANCE NO. 2034-22',
  '',
  'BE IT ORDAINED by the Sangguniang Bayan in session assembled, that:',
  '',
  'SECTION 1. The fee for a new water service connection shall be:',
  '',
  '| Connection | Fee |',
  '| Residential | ₱1,850.00 |',
].join('\n');

const MAY_AND_FORECAST = [
  'LOWER VEGA IRRIGATION DISTRICT',
  '',
  'The Board of Directors of the Lower Vega Irrigation District, at its meeting of 9 January 2036, resolved:',
  '',
  'First. If rainfall is low, the Board may raise the charge for pumped water to €0.095 per cubic metre in 2037.',
  '',
  'Second. The new charges are expected to raise €3.2 million in 2036.',
].join('\n');

const WILL_CONSIDER = [
  'NORTHPOINT HARBOUR AUTHORITY',
  'Media release',
  '',
  'The Board of the Authority will consider new berth rents at its meeting on 30 May 2035.',
  '',
  'The berth rents from 1 July 2035 will be:',
  '| Berth | Rent |',
  '| Swing mooring | $998.00 |',
].join('\n');

describe('the levels a resolution, ordinance, notification or made regulation sets are actual (v244)', () => {
  it('reads a table under a board that "resolved:" and a "shall be as follows:" lead-in as set', () => {
    const got = statusesIn(IRRIGATION, notice('Resolution', { date: '2036-01-12' }));
    expect(got).toEqual(
      expect.arrayContaining(['€0.046 actual', '€0.071 actual', '€0.052 actual', '€0.083 actual']),
    );
  });

  it('reads the rates of a council that "resolves as follows:" as set', () => {
    const got = statusesIn(DOG_COUNCIL, notice('Resolution', { date: '2035-11-20' }));
    expect(got).toEqual(expect.arrayContaining(['PLN 95.00 actual', 'PLN 120.00 actual']));
  });

  it('reads the fees of an ordinance "BE IT ORDAINED" and "hereby amended" as set', () => {
    const got = statusesIn(WATERWORKS, notice('Ordinance', { date: '2034-09-15' }));
    expect(got).toEqual(expect.arrayContaining(['₱1,850.00 actual', '₱4,200.00 actual']));
  });

  it('reads list lines with last year’s level in brackets under a regulation made by the Governor in Council as set', () => {
    const got = statusesIn(PENSION_LEVY, notice('Notice', { date: '2035-06-10' }));
    expect(got).toEqual(
      expect.arrayContaining(['$41.20 actual', '$39.90 actual', '$12.75 actual', '$12.30 actual']),
    );
  });

  it('reads a notification’s "shall … as under:" surcharges as set', () => {
    const got = statusesIn(PILOT_BOARD, notice('Notification', { date: '2035-08-14' }));
    expect(got).toEqual(expect.arrayContaining(['₹ 4,500 actual', '₹ 9,000 actual']));
  });

  it('reads a table of rents a board approved as set', () => {
    const got = statusesIn(
      HARBOUR,
      notice('Schedule of Harbour Charges 2035-36', { date: '2035-06-03' }),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        '$2,140.00 actual',
        '$2,225.00 actual',
        '$960.00 actual',
        '$998.00 actual',
      ]),
    );
  });
});

describe('near-misses keep their reading (v244)', () => {
  it('a draft resolution’s rates stay expected', () => {
    expect(statusesIn(DRAFT_RESOLUTION, notice('Resolution', { date: '2035-11-01' }))).toEqual([
      'PLN 95.00 expected',
    ]);
  });

  it('a proposed ordinance’s fees stay expected', () => {
    expect(statusesIn(PROPOSED_ORDINANCE, notice('Ordinance', { date: '2034-09-15' }))).toEqual([
      '₱1,850.00 expected',
    ]);
  });

  it('a permission and a forecast in a made resolution stay expected', () => {
    const got = statusesIn(MAY_AND_FORECAST, notice('Resolution', { date: '2036-01-12' }));
    expect(got.filter((s) => s.includes('€3.2 million'))).toEqual(['€3.2 million expected']);
    expect(got.filter((s) => s.includes('€0.095'))).toEqual(['€0.095 expected']);
  });

  it('charges a board will consider stay expected', () => {
    const got = statusesIn(WILL_CONSIDER, notice('Notice', { date: '2035-05-03' }));
    expect(got).toEqual(['$998.00 expected']);
  });
});
