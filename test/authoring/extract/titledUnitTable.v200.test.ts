// Tests for tables whose unit sits in the title or a column head, and the taka before a number
// (v200). First seen in a hospital board's capital plan ("Table 1: Capital plan 2035/36 (£000)"
// over "| Scheme | 2035/36 |"), a state budget ("Capital outlay on medical and public health
// (₹ crore)" over year columns), a business case's list ("(£ million, outturn prices, including
// VAT)" over "- Works cost: 168.4"), a ratepayers' comparison ("| City | Residential rate (%) |")
// and a food ministry's procurement notice ("at Tk 36 per kilogram, up from Tk 33"; ho273, ho276,
// ho277). Written here in other voices: a water utility, a university, a transport authority, a
// port, a council and a relief agency. Near-misses keep their reading: a money title over a column
// that counts, a title with no currency, "Tcl/Tk 8.6".

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { readingOf } from './readingOf.ts';

const read = (text: string) =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2034-10-11' } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit}`);

describe('v200: a pipe table under a title whose bracket names a currency and a scale', () => {
  it.each([
    // A water utility's capital programme, one year column.
    [
      'Table 3: Capital programme 2035/36 (£000)\n\n| Scheme | 2035/36 |\n|---|---|\n| Mains renewal | 14,200 |\n| Total | 18,450 |\n',
      ['14,200 amount 14200000 GBP', '18,450 amount 18450000 GBP'],
    ],
    // A state budget's outlay table, years as columns.
    [
      'Capital outlay on school buildings (₹ crore)\n\n| Scheme | 2033-34 Actuals | 2034-35 RE |\n|---|---|---|\n| New schools | 512.40 | 618.75 |\n',
      ['512.40 amount 5124000000 INR', '618.75 amount 6187500000 INR'],
    ],
    // A university's estates table, no year heads.
    [
      'Estates investment by campus (€ million)\n| Campus | Budget | Spent |\n|---|---|---|\n| North | 42.5 | 18.1 |\n',
      ['42.5 amount 42500000 EUR', '18.1 amount 18100000 EUR'],
    ],
    // A port's dues table with a currency-first bracket.
    [
      'Harbour dues collected by terminal (US$ million)\n\n| Terminal | 2033 | 2034 |\n|---|---|---|\n| Container | 61.2 | 64.8 |\n',
      ['61.2 amount 61200000 USD', '64.8 amount 64800000 USD'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v200: a list under a money title whose bracket qualifies its unit twice', () => {
  it.each([
    [
      'Capital cost of the preferred option (£ million, outturn prices, including VAT)\n- Works cost: 168.4\n- Fees: 19.7\n',
      ['168.4 amount 168400000 GBP', '19.7 amount 19700000 GBP'],
    ],
    [
      'Whole-life cost of the new depot (A$ million, nominal, excluding GST)\n- Construction: 84.2\n- Land: 12.6\n',
      ['84.2 amount 84200000 AUD', '12.6 amount 12600000 AUD'],
    ],
    [
      'Budget of the relief programme (CHF million, 2035 prices, all donors)\n- Shelter: 3.21\n',
      ['3.21 amount 3210000 CHF'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v200: a pipe table whose header cells name a rate in percent', () => {
  it.each([
    [
      '| City | Residential rate (%) | Commercial rate (%) |\n|---|---|---|\n| Port Halden | 0.8714 | 1.9821 |\n',
      ['0.8714 share 0.8714 percent', '1.9821 share 1.9821 percent'],
    ],
    [
      '| Council | Band D rate (%) | Business rate (%) | Ratio |\n|---|---|---|---|\n| Alder | 0.65 | 1.42 | 2.18 |\n',
      ['0.65 share 0.65 percent', '1.42 share 1.42 percent'],
    ],
    [
      '| Fund | Interest rate (%) |\n|---|---|\n| Student loans | 4.3 |\n',
      ['4.3 share 4.3 percent'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v200: the taka written "Tk" before a number', () => {
  it.each([
    [
      'The ministry will buy paddy at Tk 36 per kilogram, up from Tk 33 last season.',
      'Tk 33',
      'amount 33 BDT',
    ],
    ['The toll for a truck rises to Tk 450 from 1 July.', 'Tk 450', 'amount 450 BDT'],
    ['Each household received Tk 2,500 in cash support.', 'Tk 2,500', 'amount 2500 BDT'],
    ['A bus ticket on the new route costs Tk 25.', 'Tk 25', 'amount 25 BDT'],
  ])('%s', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});

describe('v200 near-misses keep their reading', () => {
  it.each([
    // A money title over a column that counts: the count is no sum.
    [
      'Hospital projects by region (£ million)\n\n| Region | Projects (number) |\n|---|---|\n| North | 12 |\n',
      [],
    ],
    // A title with a scale and no currency gives no unit.
    ['Visitors by site (million)\n\n| Site | 2034 |\n|---|---|\n| Castle | 1.4 |\n', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it('reads no taka in a toolkit version', () => {
    expect(readingOf('The viewer is built on Tcl/Tk 8.6 and runs offline.', '8.6')).toBe('none');
  });
});
