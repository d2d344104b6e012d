// Tests for a pipe table's bare cells that a row label or a count of percent brackets took from
// their column (v255). First seen in a living-wage press release ("| 18-20 Year Old Rate | £10.40
// | £11.20 | 7.7 |" under "Increase (%)"), a visitor levy's options ("| B: lower rate, all year |
// 2% | 6.6 |" under "Revenue (NOK million)") and an audit of parking fines ("| Brayton | 412,600
// | 41.3 | 78.4 | 6.1 |" under "Value ($ million)" beside two percent columns) (ho303, ho305,
// ho307). Written here in other voices: a port tariff, a pension notice, a farm scheme, a water
// utility, a central bank and a transit agency. Near-misses keep their reading: a rate whose row
// writes no unit of its own, a rate column in percent, a count in a bracket, a text table.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string) =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2034-10-11' } })
    .filter((c) => /^[\d.,]+$/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit}`);

describe('v255: a rate the row writes in a cell of its own leaves the bare cell its column', () => {
  it.each([
    // A port's tariff: the rate is the money cells', the change the column's.
    [
      'Table 2: Pilotage rates\n| Service | 2034 | 2035 | Increase (%) |\n|---|---|---|---|\n| Inner harbour rate | €212.00 | €221.50 | 4.5 |\n| Night surcharge rate | €64.00 | €67.20 | 5.0 |\n',
      ['4.5 change 4.5 percent', '5.0 change 5 percent'],
    ],
    // A pension notice: the rates of pension and their rise.
    [
      'Weekly pension rates\n| Pension | Now | From April | Increase (%) |\n|---|---|---|---|\n| Full basic rate | £221.20 | £230.05 | 4.0 |\n| Reduced rate (spouse) | £132.60 | £137.90 | 4.0 |\n',
      ['4.0 change 4 percent', '4.0 change 4 percent'],
    ],
    // A farm scheme's options: the rate of grant in percent, the cost in money.
    [
      'Table 4: Options for the hedgerow grant\n| Option | Grant rate | Cost (£ million) |\n|---|---|---|\n| A: standard rate | 40% | 12.5 |\n| B: higher rate for uplands | 60% | 18.2 |\n',
      ['12.5 amount 12500000 GBP', '18.2 amount 18200000 GBP'],
    ],
    // A water utility's tariff options.
    [
      'Table 3: Tariff options\n| Option | Volumetric charge | Revenue (R million) |\n|---|---|---|\n| 1: flat price, all users | R14.20 | 412.6 |\n| 2: stepped price | R12.80 | 398.1 |\n',
      ['412.6 amount 412600000 ZAR', '398.1 amount 398100000 ZAR'],
    ],
    // A marina's berth charges, the price quoted per metre.
    [
      'Schedule 1: Berthing\n| Berth | 2034 | 2035 | Change (%) |\n|---|---|---|---|\n| Visitor berth price (per metre) | €4.10 | €4.30 | 4.9 |\n',
      ['4.9 change 4.9 percent'],
    ],
    // A transit agency's fares, the price named in the label.
    [
      'Fares from 1 July\n| Fare | Current | New | Change (%) |\n|---|---|---|---|\n| Adult cash price | $3.40 | $3.60 | 5.9 |\n| Concession price | $1.70 | $1.80 | 5.9 |\n',
      ['5.9 change 5.9 percent', '5.9 change 5.9 percent'],
    ],
    // A levy's bands: the band's rate in its own percent column, beside a threshold in money.
    [
      'Table 2: Levy bands\n| Band | Threshold | Rate (%) |\n|---|---|---|\n| Upper rate band | €50,000 | 12.5 |\n',
      ['12.5 share 12.5 percent'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v255: a pipe header cell in money outranks a count of percent brackets', () => {
  it.each([
    // A central bank's note on cash handling centres.
    [
      'Table 1: Cash centres, 2033\n| Centre | Notes processed (million) | Value (€ million) | Unfit (%) | Counterfeit (%) |\n|---|---|---|---|---|\n| North | 412 | 8,140.5 | 12.4 | 0.1 |\n| South | 298 | 5,902.0 | 10.9 | 0.2 |\n',
      [
        '8,140.5 amount 8140500000 EUR',
        '12.4 share 12.4 percent',
        '0.1 share 0.1 percent',
        '5,902.0 amount 5902000000 EUR',
        '10.9 share 10.9 percent',
        '0.2 share 0.2 percent',
      ],
    ],
    // A water utility's debt book by district.
    [
      'Table 2: Customer debt, 2033-34\n| District | Accounts (number) | Arrears (R million) | Paid within 60 days (%) | Written off (%) |\n|---|---|---|---|---|\n| East | 41,200 | 96.4 | 71.5 | 4.2 |\n',
      ['96.4 amount 96400000 ZAR', '71.5 share 71.5 percent', '4.2 share 4.2 percent'],
    ],
    // A transit agency's fare revenue by mode.
    [
      'Table 5: Fare revenue, 2033\n| Mode | Trips (million) | Revenue ($ million) | Recovery (%) | Concession (%) |\n|---|---|---|---|---|\n| Bus | 212.4 | 318.6 | 38.2 | 22.0 |\n',
      ['318.6 amount 318600000 USD', '38.2 share 38.2 percent', '22.0 share 22 percent'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v255 near-misses keep their reading', () => {
  it.each([
    // A rate whose row writes no unit of its own: its cells are the rate's, no column's sums.
    [
      'Table 1: Deposit facility\n| Facility | Rate | Usage (€ million) |\n|---|---|---|\n| Overnight rate | 3.25 | 412.0 |\n',
      [],
    ],
    // A rate whose row writes its level bare: the change column stays unread on that row.
    [
      'Table 3: Arrears\n| Measure | Previous | Current | Change (%) |\n|---|---|---|---|\n| Default rate | 2.1 | 2.4 | 14.3 |\n',
      [],
    ],
    // A pipe table with no money header: the percent columns keep their reading.
    [
      'Table 4: Inspections\n| Region | Sites (number) | Passed (%) | Failed (%) |\n|---|---|---|---|\n| West | 120 | 91.0 | 9.0 |\n',
      ['91.0 share 91 percent', '9.0 share 9 percent'],
    ],
    // A text table of percent columns stays a text table.
    [
      'Rate Previous (%) Change (bp) New (%)\nBase rate 4.25 25 4.50\n',
      ['4.25 share 4.25 percent', '25 change 0.25 percentage-points', '4.50 share 4.5 percent'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
