// Held sentences of the v218 class (test/fixtures/prose/README.md, "The calls", v218): a fee or
// rate table a body has set for a period not yet begun, under a lead-in whose perfect or present
// passive verb of setting points at it ("The Minister of Fisheries and Wildlife has set the fees
// below for every licence sold from April 1, 2034 to March 31, 2035." over "| Resident annual |
// $29.00 | $29.75 | 2.6 |", ho284 maskwa). Every cell is decided, actual: the new year's column
// is set, the old year's column is in force, and the change between them is the change set.
// And a table of the rates a budget that sets its levels sets ("C.3 NLT rates" over "| Standard
// rate (per tonne) | £131.40 | £135.25 | +2.9% |", ho287 northmoor). Written in voices other than
// the sets' licence schedules and landfill annex: a port tariff, a pension scheme, a water
// utility, a central bank, a university, a farm scheme, a parking authority, an excise annex and a
// state budget paper. Near-misses keep their reading: a lead-in that will set, proposes, "sets
// out", expects, a table its own caption names a projection, a budget request and a table of
// receipts. Before v218 the extractor read all 10 held tables expected.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { notice } from './readingOf.ts';

/** Each table cell's stated words and status, in the text's order. */
const cells = (title: string, text: string) =>
  extractCandidates(`${title}\n\n${text}\n`, 'doc', { source: notice(title) })
    .filter((c) => /^\|/.test(text.slice(text.lastIndexOf('\n', text.indexOf(c.stated.text)) + 1)))
    .sort((a, b) => a.stated.start - b.stated.start)
    .map((c) => `${c.stated.text} ${c.status}`);

const TABLE = (caption: string, unit: string) =>
  `${caption}\n| Class | 2034-35 | 2035-36 | Change (%) |\n|---|---|---|---|\n| First | ${unit}41.20 | ${unit}43.10 | 4.6 |\n| Second | ${unit}12.00 | ${unit}12.50 | 4.2 |`;

const ALL_ACTUAL = (unit: string) => [
  `${unit}41.20 actual`,
  `${unit}43.10 actual`,
  '4.6 actual',
  `${unit}12.00 actual`,
  `${unit}12.50 actual`,
  '4.2 actual',
];

describe('v218: the cells of a table a lead-in says a body has set are actual', () => {
  it.each([
    // A port tariff: the board's perfect "has set … below", a paragraph between.
    [
      'Port of Kellan: tariff of dues 2035-36',
      'The Harbour Board has set the dues below for every vessel entering the port from 1 July 2035. All amounts exclude GST.\n\nDues are reviewed each year against the cost of dredging and pilotage.',
      'Table 1 – Cargo vessels',
      '$',
    ],
    // A pension scheme: trustees' "have determined … below".
    [
      'Wexford Staff Pension Scheme: member charges',
      'The Trustees have determined the charges below for the scheme year beginning 6 April 2035.',
      'Table A – Members',
      '£',
    ],
    // A water utility: a passive perfect, "have been set by".
    [
      'Orrin Water: household tariff',
      'The charges below have been set by the Water Board for the year from 1 July 2035.',
      'Household supply',
      '$',
    ],
    // A central bank: "has fixed the following …" over a table.
    [
      'Bank of Tessaly: notice to participants',
      'The Monetary Board has fixed the following fees for the payment system from 1 July 2035.',
      'Settlement accounts',
      '€',
    ],
    // A university: a present passive "are set as follows".
    [
      'Dunmore University: student accommodation',
      'Residence fees for the 2035-36 academic year are set as follows.',
      'Halls of residence',
      '£',
    ],
    // A farm scheme: "has approved the rates below", the caption a bare class.
    [
      'Rural Payments Office: upland scheme',
      'The Minister has approved the payment rates below for claims made in the 2035-36 scheme year.',
      'Upland holdings',
      '€',
    ],
    // A parking authority: "has prescribed the fees set out below".
    [
      'Bellhaven Parking Authority: permits',
      'The Authority has prescribed the fees set out below for permits valid from 1 April 2035.',
      'Resident permits',
      '$',
    ],
  ])('%s', (title, lead, caption, unit) => {
    expect(cells(title, `${lead}\n\n${TABLE(caption, unit)}`)).toEqual(ALL_ACTUAL(unit));
  });

  it('reads a second table under the same lead-in', () => {
    const text = `The Harbour Board has set the dues below for every vessel entering the port from 1 July 2035.\n\n${TABLE('Table 1 – Cargo vessels', '$')}\n\nTable 2 – Passenger vessels\n| Class | 2035-36 |\n|---|---|\n| Ferry | $88.40 |`;
    expect(cells('Port of Kellan: tariff of dues 2035-36', text).at(-1)).toBe('$88.40 actual');
  });
});

describe("v218: a budget's table of the rates it sets is actual", () => {
  it.each([
    // A finance ministry's budget annex on excise duty, its caption a bare "rates".
    ['Budget 2035-36: Annex B, excise duties', 'Table B.2 Tobacco duty rates'],
    // A state budget's paper on motor charges.
    ['State Budget 2035-36: Budget Paper 3, motor vehicle charges', 'Registration fees by class'],
  ])('%s', (title, caption) => {
    expect(
      cells(title, `This annex sets out the rates this Budget sets.\n\n${TABLE(caption, '£')}`),
    ).toEqual(ALL_ACTUAL('£'));
  });
});

describe('v218 near-misses keep their reading', () => {
  it.each([
    // A body that will set the levels: a decision still to come.
    [
      'Port of Kellan: tariff of dues 2035-36',
      'The Harbour Board will set the dues below for every vessel entering the port from 1 July 2035.',
      'Table 1 – Cargo vessels',
    ],
    // A proposal.
    [
      'Orrin Water: household tariff',
      'The Water Board has proposed the charges below for the year from 1 July 2035.',
      'Household supply',
    ],
    // "sets out", which a plan does too.
    [
      'Wexford Staff Pension Scheme: member charges',
      'This paper sets out the charges below for consultation.',
      'Table A – Members',
    ],
    // An expectation of the levels to be set.
    [
      'Bellhaven Parking Authority: permits',
      'The fees below are expected to be set in March 2035.',
      'Resident permits',
    ],
    // A lead-in that sets the fees, but a caption naming its rows a projection.
    [
      'Rural Payments Office: upland scheme',
      'The Minister has approved the payment rates below for claims made in the 2035-36 scheme year.',
      'Projected payments per holding',
    ],
    // A budget that asks: a request's rates are a proposal.
    [
      'Budget Request for 2035-36: motor vehicle charges',
      'This paper sets out the charges the Department asks for.',
      'Registration fees by class',
    ],
    // A budget's table of the receipts its rates raise.
    [
      'Budget 2035-36: Annex B, excise duties',
      'This annex sets out the receipts the duties raise.',
      'Table B.3 Duty receipts by product',
    ],
  ])('%s', (title, lead, caption) => {
    expect(cells(title, `${lead}\n\n${TABLE(caption, '$')}`)).toContain('$43.10 expected');
  });
});
