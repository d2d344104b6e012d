// Held sentences of the v226 class (test/fixtures/prose/README.md, "The calls": charges a
// regulator, a board or a council approved for years to come are the decision, actual): a table
// column its header names as approved ("| Category | Current UDF | Approved UDF, 2034-35 |"), a
// numbered paragraph of an order whose own colon leads in to the charges it levies ("5. Landing
// charges shall be levied … as follows:" ⏎ "(a) aircraft up to 100 MT: ₹ 312 per MT"), which ends
// at the next numbered paragraph, a release on an ordinance a council adopts ("Remodeling permits
// will cost 1.1% of project valuation") and a fee row whose label names a project ("| Project
// information memorandum | $410.00 | $444.00 |" under "Council has set the following fees"), seen
// in ho290 and ho292. Written in voices other than the sets' airport orders and building fees: a
// port tariff, a water utility, a pension fund, a farm scheme, a ferry operator and a central bank.
// Near-misses keep their reading: a proposed or requested column, a numbered lead-in that forecasts
// with no decision in the document, an outcome forecast after the list, a proposed ordinance.
// Before v226 the extractor read 12 of the 12 held figures' sentences wrong; the rule's first
// version missed none.

import { describe, expect, it } from 'vitest';
import { notice, type Source, statusOf } from './readingOf.ts';

/** A notice titled `title`, of 2034-06-20. */
const source = (title: string): Source => notice(title, { date: '2034-06-20' });

const PORT_TABLE = [
  'Harbour Board of Calloway',
  'Tariff decision 3/2034',
  '',
  'The Board has reviewed the port dues for the next two years.',
  '',
  '| Vessel class | Current due | Approved due, 2035-36 | Approved due, 2036-37 |',
  '|---|---|---|---|',
  '| Coastal | £1.10 | £1.18 | £1.24 |',
  '| Ocean-going | £2.40 | £2.55 | £2.70 |',
].join('\n');

const WATER_TABLE = [
  'Meridale Water',
  'Charges for 2035/36',
  '',
  '| Charge | 2034/35 | Allowed for 2035/36 |',
  '|---|---|---|',
  '| Standing charge per day | £4.20 | £4.55 |',
].join('\n');

const FERRY_ORDER = [
  'Ferry Services Commission',
  'Order No. 7 of 2034',
  '',
  '1. The Commission determines the fares for the Ardrey crossing for the year 2035.',
  '',
  '2. Vehicle fares shall be charged per metre of vehicle length as follows:',
  '(a) cars up to 5 metres: $9.40 per metre;',
  '(b) vans and lorries above 5 metres: $47.00 plus $11.20 per metre above 5 metres.',
  '',
  '3. Foot passengers shall travel free.',
  '',
  '4. The Commission notes that the operator carried 1.9 million passengers in 2033, 6.1% more than in 2032.',
].join('\n');

const FARM_ORDER = [
  'Ministry of Agriculture',
  'Determination of scheme payments, 2035',
  '',
  '1. The Minister, having considered the advice of the Scheme Board, determines the drainage levies below.',
  '',
  '2. Drainage levies shall be charged per hectare as follows:',
  '(i) arable land: €142 per hectare;',
  '(ii) permanent grassland: €96 per hectare.',
  '',
  '3. Farm incomes grew 4.4% in 2033.',
].join('\n');

describe('v226: charges a body approved for years to come are its decision, actual', () => {
  it.each([
    // A port tariff: a column headed as approved, for the years after the dateline.
    [PORT_TABLE, '£1.18', 'Tariff decision 3/2034'],
    [PORT_TABLE, '£2.70', 'Tariff decision 3/2034'],
    // A water utility: "Allowed for 2035/36".
    [WATER_TABLE, '£4.55', 'Charges for 2035/36'],
    // A ferry order: a numbered paragraph's "shall … as follows:" over lettered sub-items.
    [FERRY_ORDER, '$9.40', 'Order No. 7 of 2034'],
    [FERRY_ORDER, '$47.00', 'Order No. 7 of 2034'],
    [FERRY_ORDER, '$11.20', 'Order No. 7 of 2034'],
    // …and the numbered paragraph after it, a fact of the year over, is no item of that list.
    [FERRY_ORDER, '6.1%', 'Order No. 7 of 2034'],
    // A farm scheme's determination, with roman sub-items.
    [FARM_ORDER, '€142', 'Determination of scheme payments, 2035'],
    [FARM_ORDER, '€96', 'Determination of scheme payments, 2035'],
    [FARM_ORDER, '4.4%', 'Determination of scheme payments, 2035'],
    // A pension fund's board adopts a fee schedule; a fee set as a share of a project's value.
    [
      'Pension fund adopts new administration fee schedule\n\nThe Trustee Board voted on Monday to adopt the revised schedule. Transfer requests will cost 0.4% of project valuation, with a minimum of $60.',
      '0.4%',
      'Pension fund adopts new administration fee schedule',
    ],
    // A building authority's fee row whose label names a project.
    [
      'Ostvale Borough\n\nCouncil has set the following fees under section 12 of the Building Act.\n\n| Item | 2034/35 | 2035/36 |\n|---|---|---|\n| Project information memorandum | $380.00 | $402.00 |',
      '$402.00',
      'Building fees 2035/36',
    ],
  ])('%#: %s → %s is actual', (text, number, title) => {
    expect(statusOf(text, number, source(title))).toBe('actual');
  });

  it.each([
    // Near-misses: a column proposed or requested, for a year to come.
    [PORT_TABLE.replace(/Approved due/g, 'Proposed due'), '£1.18', 'Tariff decision 3/2034'],
    [WATER_TABLE.replace('Allowed for', 'Requested for'), '£4.55', 'Charges for 2035/36'],
    // A numbered lead-in that forecasts, in a document that decides nothing.
    [
      'Outlook note\n\n1. Prices of feed will rise further.\n\n2. Farm costs will grow as follows:\n(a) fertiliser: 6.2% in 2035;\n(b) fuel: 3.1% in 2035.',
      '6.2%',
      'Outlook note',
    ],
    // A proposed ordinance's fee, no decision.
    [
      'Staff propose new fee schedule\n\nStaff have proposed a revised schedule for the Council to consider. Transfer requests would cost 0.4% of the value, with a minimum of $60.',
      '0.4%',
      'Staff propose new fee schedule',
    ],
    // An outcome forecast in a decided document keeps its reading.
    [
      FARM_ORDER.replace(
        'Farm incomes grew 4.4% in 2033.',
        'Farm incomes are expected to grow 4.4% in 2036.',
      ),
      '4.4%',
      'Determination of scheme payments, 2035',
    ],
  ])('%#: %s → %s stays expected', (text, number, title) => {
    expect(statusOf(text, number, source(title))).toBe('expected');
  });
});
