// Tests for src/authoring/extract/tables.ts (v126): the change column of a table whose other
// columns are counts or quantities, under heads that may name a month or carry a mark ("August
// 2033", "2032-33 (4th AE)"), and the total column of a money table of years ("Particulars
// 2032-33  2033-34  Total"). Sentences written before the rule, in voices other than the sets'
// crop estimates, livestock census, fish catch and irrigation appraisal.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-04-02') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } }).map(
    (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
  );

describe('v126: the change column beside columns of counts or quantities', () => {
  it.each([
    // A port authority's throughput: years in the heads, tonnes in the title.
    [
      'Cargo handled by terminal (thousand tonnes)\n\nTerminal        2032      2033    Change (%)\nNorth Quay     4,210     4,655        10.6\nSouth Quay     2,980     2,801        -6.0\n',
      ['10.6 change 10.6 percent actual', '-6.0 change -6 percent actual'],
    ],
    // A tourism board's arrivals: each head a month and its year.
    [
      'Tourism Board, 2 April 2034\n\nVisitor arrivals by market, March (number)\n\nMarket        March 2033    March 2034    % change\nGermany           41,220        44,980         9.1\nJapan             12,004        10,870        -9.4\n',
      ['9.1 change 9.1 percent actual', '-9.4 change -9.4 percent actual'],
    ],
    // A mining ministry's output: fiscal years with a mark in brackets, losses in brackets.
    [
      'Mineral production (thousand tonnes)\n\nMineral      2031-32 (Final)   2032-33 (Prov.)   Change (%)\nCoal             612.0             640.3             4.6\nBauxite           24.1              22.9            (5.0)\n',
      ['4.6 change 4.6 percent actual', '(5.0) change -5 percent actual'],
    ],
    // A dairy board's collection: plain years, head of animals and litres in the title.
    [
      'Table 3: Milk collection (million litres)\n\nRegion       2032     2033     Change (%)\nCoastal      88.4     91.0        2.9\nHighland     40.2     39.5       -1.7\n',
      ['2.9 change 2.9 percent actual', '-1.7 change -1.7 percent actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a change column with no unit written may be a sum; a table of counts with no
    // change column stays unread; a row in percent of its own states no change there.
    [
      'Cargo handled (thousand tonnes)\n\nTerminal    2032    2033    Change\nNorth      4,210   4,655     445\n',
      [],
    ],
    [
      'Visitor arrivals (number)\n\nMarket     March 2033    March 2034\nGermany       41,220        44,980\n',
      [],
    ],
    [
      'Hotel statistics (number)\n\nItem                 2032     2033    Change (%)\nOccupancy rate (%)   61.0     64.2         5.2\n',
      ['61.0 share 61 percent actual', '64.2 share 64.2 percent actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v126: the total column of a money table of years', () => {
  it.each([
    // A municipality's capital plan, a university's budget, a health ministry's phasing.
    [
      'Capital plan\n(R million)\nProject            2034/35    2035/36    Total\nBulk water          120.5      98.0     218.5\n',
      [
        '120.5 amount 120500000 ZAR expected',
        '98.0 amount 98000000 ZAR expected',
        '218.5 amount 218500000 ZAR expected',
      ],
    ],
    [
      'Budget (€ thousand)   2034    2035    2036    Total\nTeaching               812     840     866    2,518\n',
      [
        '812 amount 812000 EUR expected',
        '840 amount 840000 EUR expected',
        '866 amount 866000 EUR expected',
        '2,518 amount 2518000 EUR expected',
      ],
    ],
    [
      'Phasing of the programme\n(KSh million)\nComponent          2034/35    2035/36    2036/37    Total\nClinics             1,200      1,450        900    3,550\n',
      [
        '1,200 amount 1200000000 KES expected',
        '1,450 amount 1450000000 KES expected',
        '900 amount 900000000 KES expected',
        '3,550 amount 3550000000 KES expected',
      ],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a scale with no currency counts; a table of changes has no total of them.
    ['(thousand)\nItem        2034    2035    Total\nPatients     412     430      842\n', []],
    [
      '(Annual percentage change)\n              2034   2035   Total\nReal GDP       2.9    3.4     6.3\n',
      ['2.9 change 2.9 percent expected', '3.4 change 3.4 percent expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});
