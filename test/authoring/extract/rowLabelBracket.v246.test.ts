// Tests for a table row whose label carries words of its own that name no unit of its cells
// (v246). First seen in a council's market fees ("| Hall unit, standard (per week) | £68.40 |
// £70.79 | 3.5 |" under "| Charge | Current 2033/34 | Proposed 2034/35 | Change (%) |"), a
// wholesale market's rents, a conservation board's tariffs, a fiscal note's "Department expenditure
// (licensing system)" under "(thousands of dollars)" and a revenue service's "Number plates" under
// "(₦ million)" (ho299, ho300, ho302). Written here in other voices: a port, a water utility, a
// farm scheme, a crematorium, a pension fund and a roads authority. Near-misses keep their
// reading: a rate per a number, a rate or price named in the label, a count in a bracket, a plural
// noun that counts, "Number of permits".

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string) =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2034-10-11' } })
    .filter((c) => /^[\d.,]+$/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit}`);

describe('v246: a change column keeps its percent on a row priced per a unit', () => {
  it.each([
    // A port's berth charges.
    [
      'Table 3: Berth charges\n| Charge | 2033 | 2034 | Change (%) |\n|---|---|---|---|\n| Berth hire (per hour) | €41.00 | €43.10 | 5.1 |\n',
      ['5.1 change 5.1 percent'],
    ],
    // A water utility's miscellaneous charges, no rule line.
    [
      'Schedule of miscellaneous charges\n| Service | Current | Proposed | Change (%) |\n| Standpipe hire (per day) | $18.00 | $19.20 | 6.7 |\n| Meter test | $64.00 | $66.00 | 3.1 |\n',
      ['6.7 change 6.7 percent', '3.1 change 3.1 percent'],
    ],
    // A farm scheme's payment rates.
    [
      'Table 2: Payment rates\n| Option | 2033 | 2034 | Increase (%) |\n|---|---|---|---|\n| Hedgerow management (per metre) | £1.10 | £1.16 | 5.5 |\n',
      ['5.5 change 5.5 percent'],
    ],
    // A crematorium's fees.
    [
      'Bereavement services fees\n| Fee | Now | From April | Change (%) |\n|---|---|---|---|\n| Chapel use, extended (per booking) | £95.00 | £99.00 | 4.2 |\n',
      ['4.2 change 4.2 percent'],
    ],
    // A bulk water tariff, per a unit of volume.
    [
      'Table 1: Bulk tariffs\n| Tariff | 2034/35 | 2035/36 | Change (%) |\n|---|---|---|---|\n| Raw water (per cubic metre) | R12.40 | R13.10 | 5.6 |\n',
      ['5.6 change 5.6 percent'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v246: a money title gives its sums to a row the label only qualifies', () => {
  it.each([
    // A pension fund's cost note: a bracket that names what the spending is on.
    [
      'Estimated cost to the fund (thousands of dollars)\n| Item | FY 2034 | FY 2035 |\n|---|---|---|\n| Member notices | 210 | 45 |\n| Administration (records upgrade) | 340 | – |\n',
      ['210 amount 210000 USD', '45 amount 45000 USD', '340 amount 340000 USD'],
    ],
    // A roads authority's receipts: number plates are sold, not counted.
    [
      'Licensing receipts (R million)\n| Receipt | FY 2034 | FY 2035 |\n|---|---|---|\n| Number plates | 14.2 | 15.9 |\n| Permits | 8.1 | 8.4 |\n',
      [
        '14.2 amount 14200000 ZAR',
        '15.9 amount 15900000 ZAR',
        '8.1 amount 8100000 ZAR',
        '8.4 amount 8400000 ZAR',
      ],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v246 near-misses: a row that states its own unit stays unread', () => {
  it.each([
    // A rate per a number is the row's own unit.
    [
      'Table 4: Vital statistics\n| Measure | 2033 | 2034 | Change (%) |\n|---|---|---|---|\n| Births (per 1,000 people) | 11.2 | 10.8 | -3.6 |\n',
      [],
    ],
    // A rate named in the label, whatever its basis.
    [
      'Table 5: Charges\n| Charge | Current | Proposed | Change (%) |\n|---|---|---|---|\n| Interest rate (per annum) | 4.25 | 4.50 | 5.9 |\n',
      [],
    ],
    // A count in a bracket under a money title.
    [
      'Estimated cost (thousands of dollars)\n| Item | FY 2034 | FY 2035 |\n|---|---|---|\n| Staff (number) | 12 | 14 |\n',
      [],
    ],
    // A scale in the bracket counts.
    [
      'Estimated cost (thousands of dollars)\n| Item | FY 2034 | FY 2035 |\n|---|---|---|\n| Visitors (thousands) | 41 | 44 |\n',
      [],
    ],
    // "Number of" counts.
    [
      'Licensing receipts, first half (R million)\n| Receipt | H1 2034 | H1 2035 |\n|---|---|---|\n| Number of permits | 1,420 | 1,510 |\n',
      [],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
