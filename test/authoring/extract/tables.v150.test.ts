// Held tables of the v150 fiscal-year column class (test/fixtures/prose/README.md, "The calls",
// tables: a column's year is over by the document's date, actual, and a fiscal year written over
// two years ends in March, or June where fiscal years run from July). Written from the class
// alone, in voices other than the one it was seen in (a health insurer's annual report, "(KSh
// billion) 2028/29 … 2032/33" dated October 2033): an Indian state's budget memorandum, a UK
// department's accounts, a Canadian province's public accounts, a Pakistani ministry's yearbook.
// Near-misses keep their reading: a fiscal year that ends in June and is still open on the
// document's date, a calendar year still running, and a year before the document's. Each table is
// a body under the title line "Annual report", dated 2 April 2031.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const HELD: readonly Row[] = [
  [
    'Expenditure on school education\n(₹ crore)\nParticulars   2028-29   2029-30   2030-31\nSalaries   4,210.50   4,630.20   5,120.80\n',
    '5,120.80',
    'actual',
  ],
  [
    'Departmental capital spending\n(£ million)\n   2028-29   2029-30   2030-31\nFlood defences   812   845   901\n',
    '901',
    'actual',
  ],
  [
    'Summary of operations\n(C$ million)\n   2028–29   2029–30   2030–31\nHealth transfers   1,402   1,488   1,561\n',
    '1,561',
    'actual',
  ],
  [
    'Provincial revenue\n(₹ crore)\n   2029/30   2030/31\nOwn tax revenue   18,640   20,115\n',
    '20,115',
    'actual',
  ],
];

const NEAR_MISSES: readonly Row[] = [
  // A fiscal year that runs from July is still open in April.
  [
    'Development spending\n(PKR billion)\n   2028/29   2029/30   2030/31\nFederal PSDP   710   802   950\n',
    '950',
    'expected',
  ],
  [
    'Fund summary\n(KSh billion)\n   2028/29   2029/30   2030/31\nContributions   55.4   61.2   70.9\n',
    '70.9',
    'expected',
  ],
  [
    'Fund summary\n(KSh billion)\n   2028/29   2029/30   2030/31\nContributions   55.4   61.2   70.9\n',
    '61.2',
    'actual',
  ],
  // A calendar year still running.
  [
    'Group revenue\n(€ million)\n   2029   2030   2031\nTolls   410   436   455\n',
    '455',
    'expected',
  ],
  ['Group revenue\n(€ million)\n   2029   2030   2031\nTolls   410   436   455\n', '436', 'actual'],
];

describe('a fiscal-year column written over two years ends in its fiscal year-end month (v150)', () => {
  it.each(HELD)('%s — %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
  it.each(NEAR_MISSES)('%s — %s keeps its reading', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});
