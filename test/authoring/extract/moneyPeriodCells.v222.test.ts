// Tests for the money cells of pipe tables and lists whose unit is in a title, a row label or a
// column head, where the heads date the columns with more than a year or the rows are years
// (v222). First seen in a revenue authority's quarterly release ("| Measure | Jul to Sep 2033 |
// Jul to Sep 2034 [provisional] | % change |" over "| Tax due, standard rate (£ million) | 7.6 |
// 6.6 | -13% |"), a bridge owner's interim report ("Traffic and revenue, first half (DKK million)"
// over "| | H1 2035 | H1 2034 | Change (%) |"), a fiscal council's forecast ("| | 2035 (outturn)
// | 2036 |" under "(DKK million)"), a committee's report ("Levy receipts (€ million)" over "-
// 2031: 81.2") and a research briefing ("(£ million, cash)" over "| Year | Charge income | Change
// (%) |"; ho283, ho286, ho287). Written here in other voices: a port, a pension fund, a farm
// scheme, a water utility, a central bank and a university. Near-misses keep their reading: a
// count row, a scale with no currency, a currency with no scale, an index row.

import { describe, expect, it } from 'vitest';
import { type Source, readingsIn } from './readingOf.ts';

const AT = (date: string): Source => ({
  date,
  publisher: 'Arland Office',
  url: 'https://example.org/doc',
});

/** Each figure but the heads' own years, "stated kind value status". */
const read = (text: string, date: string) =>
  readingsIn(text, AT(date))
    .filter((r) => !/^(?:19|20)\d\d/.test(String(r[0])))
    .map((r) => r.join(' '));

describe('v222: money rows under heads that date their columns with a month, a quarter or a half', () => {
  it.each([
    // A port's quarterly statistics: month spans as heads, the unit in the row label.
    [
      'Table 1: Cargo and dues, with percentage change on a year earlier\n| Measure | Apr to Jun 2033 | Apr to Jun 2034 | % change |\n|---|---|---|---|\n| Wharfage dues (£ million) | 4.2 | 4.5 | 7% |\n',
      '2034-08-20',
      [
        // the change, written with its percent, is the sentence reader's and comes first
        '7% change 7 actual',
        '4.2 amount 4200000 GBP actual',
        '4.5 amount 4500000 GBP actual',
      ],
    ],
    // The same with a provisional mark in square brackets.
    [
      '| Item | Jan to Mar 2032 | Jan to Mar 2033 [provisional] | % change |\n|---|---|---|---|\n| Pilotage fees (NZ$ million) | 12.4 | 13.0 | 5% |\n',
      '2033-05-10',
      [
        // the change, written with its percent, is the sentence reader's and comes first
        '5% change 5 actual',
        '12.4 amount 12400000 NZD actual',
        '13.0 amount 13000000 NZD actual',
      ],
    ],
    // A pension fund's half-year report: halves as heads, the unit in the title.
    [
      'Contributions and benefits, first half (NOK million)\n| | H1 2034 | H1 2033 | Change (%) |\n|---|---|---|---|\n| Contributions received | 1,204 | 1,150 | 4.7 |\n| Benefits paid | 988 | 941 | 5.0 |\n',
      '2034-08-28',
      [
        '1,204 amount 1204000000 NOK actual',
        '1,150 amount 1150000000 NOK actual',
        '4.7 change 4.7 actual',
        '988 amount 988000000 NOK actual',
        '941 amount 941000000 NOK actual',
        '5.0 change 5 actual',
      ],
    ],
    // A water utility's quarterly update: quarters as heads.
    [
      'Billing, second quarter (A$ million)\n| | Q2 2035 | Q2 2034 | Change (%) |\n|---|---|---|---|\n| Water charges billed | 86.1 | 82.7 | 4.1 |\n',
      '2035-08-14',
      [
        '86.1 amount 86100000 AUD actual',
        '82.7 amount 82700000 AUD actual',
        '4.1 change 4.1 actual',
      ],
    ],
  ])('%s', (text, date, want) => {
    expect(read(text, date)).toEqual(want);
  });
});

describe('v222: a year head marked with a word in brackets under a money title', () => {
  it.each([
    // A farm scheme's forecast: the outturn year marked, the rest forecast.
    [
      'Table 2: Scheme payments, outturn and forecast (€ million)\n| | 2034 (outturn) | 2035 | 2036 |\n|---|---|---|---|\n| Hill farm support | 212 | 198 | 181 |\n',
      '2035-02-20',
      [
        '212 amount 212000000 EUR actual',
        '198 amount 198000000 EUR expected',
        '181 amount 181000000 EUR expected',
      ],
    ],
    // A university's budget: the last year actual, the next budgeted.
    [
      'Tuition income (£ million)\n| Faculty | 2033 (actual) | 2034 (budget) |\n|---|---|---|\n| Medicine | 48.6 | 51.2 |\n',
      '2034-03-01',
      ['48.6 amount 48600000 GBP actual', '51.2 amount 51200000 GBP expected'],
    ],
  ])('%s', (text, date, want) => {
    expect(read(text, date)).toEqual(want);
  });
});

describe('v222: lists and pipe tables whose rows are years under a money title', () => {
  it.each([
    // A central bank's list of seigniorage paid, each row a year after a dash.
    [
      'Seigniorage paid to the Treasury (US$ million)\n- 2031: 412.5\n- 2032: 398.1\n- 2033: 377.0\n',
      '2034-04-02',
      [
        '412.5 amount 412500000 USD actual',
        '398.1 amount 398100000 USD actual',
        '377.0 amount 377000000 USD actual',
      ],
    ],
    // A farm scheme's payments by year, bullets.
    [
      'Agri-environment payments (€ million)\n• 2032: 64.8\n• 2033: 70.1\n',
      '2034-04-02',
      ['64.8 amount 64800000 EUR actual', '70.1 amount 70100000 EUR actual'],
    ],
    // A water utility's pipe table of years under a qualified money title.
    [
      'Table 4: Connection charges billed (A$ million, nominal)\n| Year | Charges billed | Change (%) |\n|---|---|---|\n| 2031-32 | 41.0 | 2.4 |\n| 2032-33 | 42.3 | 3.2 |\n',
      '2034-04-02',
      [
        '41.0 amount 41000000 AUD actual',
        '2.4 change 2.4 actual',
        '42.3 amount 42300000 AUD actual',
        '3.2 change 3.2 actual',
      ],
    ],
    // A port's pipe table of calendar years, the rows' sums in rand.
    [
      'Port dues collected (R million)\n| Year | Dues |\n|---|---|\n| 2032 | 1,842 |\n| 2033 | 1,915 |\n',
      '2034-04-02',
      ['1,842 amount 1842000000 ZAR actual', '1,915 amount 1915000000 ZAR actual'],
    ],
  ])('%s', (text, date, want) => {
    expect(read(text, date)).toEqual(want);
  });
});

describe('v222 near-misses: rows that name no money keep their reading', () => {
  it.each([
    // A count row under halves: only its change is read.
    [
      'Port traffic, first half (DKK million)\n| | H1 2034 | H1 2033 | Change (%) |\n|---|---|---|---|\n| Vessel calls (number) | 1,204 | 1,150 | 4.7 |\n',
      '2034-08-28',
      ['4.7 change 4.7 actual'],
    ],
    // A scale with no currency under month spans.
    [
      '| Measure | Apr to Jun 2033 | Apr to Jun 2034 | % change |\n|---|---|---|---|\n| Passengers (million) | 12.1 | 11.8 | -2% |\n',
      '2034-08-20',
      ['-2% change -2 actual'],
    ],
    // A currency with no scale under quarters.
    [
      '| | Q2 2035 | Q2 2034 | Change (%) |\n|---|---|---|---|\n| Average bill ($) | 412 | 398 | 3.5 |\n',
      '2035-08-14',
      ['3.5 change 3.5 actual'],
    ],
    // An index row under a money title with a marked year.
    [
      'Water tariffs (R million)\n| | 2034 (outturn) | 2035 |\n|---|---|---|\n| Tariff index (2030=100) | 118.2 | 123.9 |\n',
      '2035-02-20',
      [],
    ],
    // Years listed under a scale with no currency.
    ['Visitors to the national parks (million)\n- 2031: 4.2\n- 2032: 4.6\n', '2034-04-02', []],
    // Years under a currency with no scale: a near-miss until v273, which prices a pipe table's
    // cells by its title's currency with no scale, each of its row's year.
    [
      'Average pension paid (€)\n| Year | Pension |\n|---|---|\n| 2032 | 1,204 |\n| 2033 | 1,251 |\n',
      '2034-04-02',
      ['1,204 amount 1204 EUR actual', '1,251 amount 1251 EUR actual'],
    ],
  ])('%s', (text, date, want) => {
    expect(read(text, date)).toEqual(want);
  });
});
