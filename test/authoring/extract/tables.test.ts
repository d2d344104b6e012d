// Tests for src/authoring/extract/tables.ts: bare cells under a header that gives each column's unit
// in brackets, read through the extractor with the header in the quote; prose and tables without
// units stay unread.

import { describe, expect, it } from 'vitest';
import { tableCells } from '../../../src/authoring/extract/tables.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const RATES = [
  'Instrument   Previous rate (percent)   Change (basis points)   New rate (percent)',
  'Policy rate   3.50   +75   4.25',
  'Deposit rate   2.75   +75   3.50',
].join('\n');

describe('tableCells', () => {
  it('finds every cell of rows separated by runs of spaces, tabs or pipes', () => {
    const tabs = 'Item\tOld (%)\tNew (%)\nArland\t2.0\t2.4';
    const pipes = '| Item | Old (%) | New (%) |\n| Arland | 2.0 | 2.4 |';
    for (const text of [RATES, tabs, pipes]) {
      const cells = tableCells(text);
      expect(cells.length).toBe(text === RATES ? 6 : 2);
    }
  });

  it.each([
    ['prose with two bracketed units', 'Prices (%) and wages (%) were steady.\nArland 2.0 2.4'],
    ['a header that ends with no unit', 'Item Old (%) New (%) Source\nArland 2.0 2.4'],
    ['a row with a number too many', 'Item Old (%) New (%)\nArland 2035 2.0 2.4'],
    ['a row with no label', 'Item Old (%) New (%)\n2.0 2.4'],
    ['a table with no units', 'Region  Branches 2035  Branches 2036\nNorth  412  398'],
  ])('finds nothing in %s', (_, text) => {
    expect(tableCells(text)).toEqual([]);
  });

  it('ends a table at the first line that is not a row', () => {
    const text = `${RATES}\nThe next meeting is on 3 May, when 2.5 4.0 may change.\nLending rate 5.0 +75 5.75`;
    expect(tableCells(text).length).toBe(6);
  });
});

describe('a rate table through the extractor', () => {
  it('reads levels as shares and basis points as changes, each quoted with its header', () => {
    const found = extractCandidates(`Dated 2 May 2036.\n\n${RATES}\n`, 'doc');
    expect(found.map((c) => [c.stated.text, c.kind, c.value, c.unit])).toEqual([
      ['3.50', 'share', 3.5, 'percent'],
      ['+75', 'change', 0.75, 'percentage-points'],
      ['4.25', 'share', 4.25, 'percent'],
      ['2.75', 'share', 2.75, 'percent'],
      ['+75', 'change', 0.75, 'percentage-points'],
      ['3.50', 'share', 3.5, 'percent'],
    ]);
    expect(found[0]!.quote.exact.startsWith('Instrument')).toBe(true);
  });
});

/** Three voices of the year tables that close outlooks and staff reports. */
const YEAR_TABLES = {
  'a development bank outlook': [
    'Table 1.2 Selected economies: GDP growth (%)',
    '                 2034   2035   2036',
    'Mekong Union      5.1    5.4    5.6',
    'Coral Isles       2.8    3.0    3.2',
  ],
  'a fund staff report': [
    'Arland: Selected Indicators, 2034-37',
    '                                         2034   2035   2036   2037',
    '                                                       Proj.  Proj.',
    'Real GDP (percent change)                 3.1    2.9    3.3    3.5',
    'Overall fiscal balance (percent of GDP)  -4.2   -3.8   -3.1   -2.6',
  ],
  'a trade body forecast': [
    'Merchandise trade volume (annual % change)',
    'Imports        2034   2035   2036',
    'Europe          1.2   -0.4    2.0',
  ],
};

describe('year tables', () => {
  it.each(Object.entries(YEAR_TABLES))(
    'reads %s: changes and shares by unit, outturns before the document year',
    (_, lines) => {
      const found = extractCandidates(`Issued 14 March 2035.\n\n${lines.join('\n')}\n`, 'doc');
      const rows = lines.slice(lines.findIndex((l) => /\d{4}\s*$/.test(l)) + 1);
      const cells = rows.flatMap((r) => r.match(/-?\d+\.\d/g) ?? []);
      expect(found.map((c) => c.stated.text)).toEqual(cells);
      for (const c of found) {
        expect(c.unit).toBe('percent');
        expect(c.kind).toBe(/of GDP/.test(c.quote.exact.split('\n').at(-1)!) ? 'share' : 'change');
      }
      expect(found[0]!.status).toBe('actual');
      expect(found.at(-1)!.status).toBe('expected');
    },
  );

  it('reads the fund table cell by cell', () => {
    const text = `Issued 14 March 2035.\n\n${YEAR_TABLES['a fund staff report'].join('\n')}\n`;
    const found = extractCandidates(text, 'doc');
    expect(found.map((c) => [c.value, c.kind, c.status])).toEqual([
      [3.1, 'change', 'actual'],
      [2.9, 'change', 'expected'],
      [3.3, 'change', 'expected'],
      [3.5, 'change', 'expected'],
      [-4.2, 'share', 'actual'],
      [-3.8, 'share', 'expected'],
      [-3.1, 'share', 'expected'],
      [-2.6, 'share', 'expected'],
    ]);
    expect(found[0]!.quote.exact.startsWith('      ')).toBe(true);
  });

  it.each([
    ['a table of counts', 'Projects approved\n        2034  2035\nAsia      41    48'],
    [
      'a level under a title of changes',
      '(Annual percentage change)\n        2034  2035\nJobless rate   5.1   5.0',
    ],
    ['a row with a cell too many', '(Annual % change)\n        2034  2035\nGDP  1.0  2.9  3.1'],
    ['years in prose', 'Growth (%) was revised for 2034 and 2035\nGDP  2.9  3.1'],
  ])('reads no cell in %s', (_, table) => {
    expect(extractCandidates(`Issued 14 March 2035.\n\n${table}\n`, 'doc')).toEqual([]);
  });

  it('reads a year-end date on the year line and a negative written in brackets', () => {
    // A treasury's fiscal indicators (year ended 30 June), a budget book (year ending 31 March).
    for (const [table, want] of [
      [
        'Year ended 30 June            2033    2034    2035\n                              Actual  Actual  Forecast\nOperating balance (% of GDP)  (2.7)   (1.2)   0.2',
        [
          [-2.7, 'share', 'actual'],
          [-1.2, 'share', 'actual'],
          [0.2, 'share', 'expected'],
        ],
      ],
      [
        'Year ending 31 March                  2034   2035\nNet borrowing (% of GDP)              4.1    3.6\nCurrent budget balance (% of GDP)     (0.4)  0.3',
        [
          [4.1, 'share', 'actual'],
          [3.6, 'share', 'expected'],
          [-0.4, 'share', 'actual'],
          [0.3, 'share', 'expected'],
        ],
      ],
    ] as const) {
      const found = extractCandidates(`Issued 14 March 2035.\n\n${table}\n`, 'doc');
      expect(found.map((c) => [c.value, c.kind, c.status])).toEqual(want);
    }
    // Near-miss: a count in brackets under no unit stays unread.
    expect(
      extractCandidates(
        'Issued 14 March 2035.\n\nProjects approved\n   2034  2035\nAsia  (41)  48\n',
        'doc',
      ),
    ).toEqual([]);
  });
});
