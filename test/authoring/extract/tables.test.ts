// Tests for src/authoring/extract/tables.ts: bare cells under a header that gives each column's unit
// in brackets, read through the extractor with the header in the quote; prose and tables without
// units stay unread.

import { describe, expect, it } from 'vitest';
import { listCellYear, tableCells, titlePeriod } from '../../../src/authoring/extract/tables.ts';
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

  it('reads a column whose year ended at the year-end its line names before the document as actual', () => {
    for (const [dateline, table, want] of [
      // A treasury's half-year update: the year ended 30 June 2033 is over in December 2033.
      [
        'Published 12 December 2033',
        'Year ended 30 June              2033     2034     2035\n                                Actual   Forecast Forecast\nNet core Crown debt (% of GDP)  43.9     45.7     46.8',
        ['actual', 'expected', 'expected'],
      ],
      // A state comptroller's report, month first: the year ended June 30, 2034 is over in September.
      [
        'Released September 15, 2034',
        'Fiscal year ended June 30         2034    2035\nGeneral fund balance (percent of revenue)  8.2  7.5',
        ['actual', 'expected'],
      ],
      // A budget office's outlook: the year ending 31 March 2034 is over in July 2034.
      [
        'Published 20 July 2034',
        'Year ending 31 March              2034    2035    2036\nNet borrowing (% of GDP)          4.1     3.6     3.0',
        ['actual', 'expected', 'expected'],
      ],
      // Near-misses: the year-end's own month is not yet past; a calendar year is not over in
      // December; a year named with no year-end keeps the document's year expected.
      [
        'Published 12 June 2033',
        'Year ended 30 June              2032     2033\nOBEGAL (% of GDP)               (2.7)    (2.1)',
        ['actual', 'expected'],
      ],
      [
        'Published 12 December 2033',
        '(Annual percentage change)\n                2032   2033   2034\nReal GDP        1.9    1.4    2.2',
        ['actual', 'expected', 'expected'],
      ],
      [
        'Published 12 December 2033',
        'Year ended in             2032   2033\nOBEGAL (% of GDP)         (2.7)  (2.1)',
        ['actual', 'expected'],
      ],
    ] as const) {
      const found = extractCandidates(`${dateline}\n\n${table}\n`, 'doc');
      expect(found.map((c) => c.status)).toEqual(want);
    }
  });
});

/** Small tables written as lines of "label: number" under a title that gives their unit, in the
 *  voices of statistics offices: regions, months and quarters as well as years. */
const LIST_TABLES = {
  'a labour force release by region': [
    'Unemployment rate by region, August 2035 (seasonally adjusted, %)',
    'North Coast: 5.1',
    'Midlands: 4.4',
    'Capital Region: 3.9',
  ],
  'a retail release with two cells a row': [
    'Changes in retail turnover, August 2035 (constant prices, %)',
    'All retail: +1.8 over the year; -0.3 over the month',
    'Household goods: -2.2 over the year; +0.6 over the month',
  ],
  'a flash estimate of quarters in one line': [
    'Change (%) to the previous quarter',
    'Q4 2034: +0.3 | Q1 2035: +0.5 | Q2 2035: +0.4*',
  ],
  'a price index release by month': [
    'Consumer prices, annual rate of change (per cent)',
    'May 2035: 2.4',
    'June 2035: 2.2',
    'July 2035: 2.0',
  ],
};

describe('list tables', () => {
  it.each(Object.entries(LIST_TABLES))(
    'reads %s cell by cell, the unit and kind from its title',
    (_, lines) => {
      const found = extractCandidates(`Issued 12 September 2035.\n\n${lines.join('\n')}\n`, 'doc');
      const cells = lines.slice(1).flatMap((r) => r.match(/(?<=: |; )[-+]?\d+\.\d/g) ?? []);
      expect(found.map((c) => c.stated.text)).toEqual(cells);
      const change = /change|Change/.test(lines[0]!);
      for (const c of found) {
        expect([c.kind, c.unit, c.status]).toEqual([
          change ? 'change' : 'share',
          'percent',
          'actual',
        ]);
        expect(c.quote.exact.startsWith(lines[0]!)).toBe(true);
        expect(c.value).toBe(Number(c.stated.text));
      }
    },
  );

  it.each([
    [
      'rows with no unit in the title',
      'Building permits issued, August 2035\nNorth: 412\nSouth: 398',
    ],
    // v69: a title in money lists sums (its block below); a currency with no scale gives none.
    ['a title in a currency with no scale', 'Minimum wage by sector (NZ$)\nRetail: 23.15'],
    ['a sentence ending in a colon', 'Inflation (%) stood as follows:\nNorth: 2.1'],
    ['a row whose number has its own unit', 'Jobless rate (%)\nNorth: 4.1 per cent'],
    [
      'a row of times and phone numbers',
      'Release (%)\nRelease time: 11:30\nPhone: +371 67 366 850',
    ],
    // A title with a blank line before its rows is a list since v58 (its block below); a title
    // with a heading or a sentence before the rows stays none.
    [
      'a title with a heading before the rows',
      'Jobless rate (seasonally adjusted, %)\n\nRegions\nNorth: 4.1',
    ],
  ])('finds no list cell in %s', (_, table) => {
    expect(tableCells(`Issued 12 September 2035.\n\n${table}\n`)).toEqual([]);
  });
});

/** Three voices of the tables whose rows are years and whose columns are measures. */
const YEAR_ROW_TABLES = {
  'a central bank outlook': [
    '(y/y % chg.)',
    'Real GDP; CPI (all items less fresh food); CPI (all items less energy)',
    'Fiscal 2034: +0.9; +2.9; +3.1',
    'Fiscal 2035: +0.7; +2.6; +2.8',
    'Fiscal 2036: +1.0; +2.0; +2.1',
  ],
  'a statistics office projection': [
    'Main projections (annual percentage change)',
    'Year    Household consumption    Exports    Imports',
    '2034    1.4    -0.6    2.2',
    '2035    1.8    2.1    2.9',
  ],
  'a finance ministry forecast': [
    'Table 3. Forecast (percent change from previous year)',
    '| GDP | Private consumption | Investment |',
    '| FY2034 | 2.0 | 1.5 | 3.3 |',
    '| FY2035 | 2.2 | 1.7 | 3.0 |',
  ],
};

describe('tables whose rows are years', () => {
  it.each(Object.entries(YEAR_ROW_TABLES))(
    'reads %s: each cell in its column title’s unit, outturns before the document year',
    (_, lines) => {
      const found = extractCandidates(`Issued 14 July 2035.\n\n${lines.join('\n')}\n`, 'doc');
      const rows = lines.filter((l) => /^\W*(?:fiscal |FY|year )?20\d\d\b/i.test(l));
      const cells = rows.flatMap(
        (r) => r.replace(/^\W*\w*\s?20\d\d/i, '').match(/[-+]?\d+\.\d/g) ?? [],
      );
      expect(found.map((c) => c.stated.text)).toEqual(cells);
      for (const c of found) {
        expect([c.kind, c.unit]).toEqual(['change', 'percent']);
        expect(c.status).toBe(
          /20(\d\d)/.exec(c.quote.exact.split('\n').at(-1)!)![1] === '34' ? 'actual' : 'expected',
        );
      }
      expect(found[0]!.quote.exact.split('\n')[0]).toBe(lines[0]);
    },
  );

  it.each([
    ['a table of counts', 'Year    Branches    Staff\n2034    41    480\n2035    44    502'],
    [
      'a level under a title of changes',
      '(Annual percentage change)\nYear   Unemployment rate   Policy rate\n2034   5.1   3.0',
    ],
    ['a row with a cell too many', '(Annual % change)\nGDP; CPI\nFiscal 2034: +0.9; +2.9; +3.1'],
    ['a year in prose', '(Annual % change)\nGDP; CPI\nIn 2034 GDP grew 1.0 and 2.0'],
  ])('reads no cell in %s', (_, table) => {
    const found = extractCandidates(`Issued 14 July 2035.\n\n${table}\n`, 'doc');
    expect(found.filter((c) => c.notes.some((n) => /table cell/i.test(n)))).toEqual([]);
  });
});

describe('year tables whose columns are fiscal years', () => {
  const cells = (text: string) =>
    extractCandidates(text, 'doc').map((c) => [c.stated.text, c.kind, c.status]);

  it.each([
    [
      'a treasury outlook (en dash, Actual over the first column)',
      'Released 15 December 2032.\n\nTable 1.1: Budget aggregates\n                                 Actual     Estimates          Projections\n                                 2031–32   2032–33   2033–34   2034–35\nUnderlying cash balance (per cent of GDP)  0.1  -0.9  -1.3  -1.1\nGross debt (per cent of GDP)     34.2      35.0      35.9      36.4\n',
      [
        ['0.1', 'share', 'actual'],
        ['-0.9', 'share', 'expected'],
        ['-1.3', 'share', 'expected'],
        ['-1.1', 'share', 'expected'],
        ['34.2', 'share', 'actual'],
        ['35.0', 'share', 'expected'],
        ['35.9', 'share', 'expected'],
        ['36.4', 'share', 'expected'],
      ],
    ],
    [
      'a budget book (hyphen, a year over by the date, no marker)',
      'Issued 1 February 2035.\n\n(Per cent of GDP)\n                    2032-33   2033-34   2034-35\nFiscal deficit      4.9       4.4       4.0\n',
      [
        ['4.9', 'share', 'actual'],
        ['4.4', 'share', 'actual'],
        ['4.0', 'share', 'expected'],
      ],
    ],
    [
      'a fiscal council (slash, percent change)',
      'Published 3 March 2030.\n\n(Annual percentage change)\n              2028/29   2029/30   2030/31\nReal GDP      1.1       1.6       1.8\n',
      [
        ['1.1', 'change', 'actual'],
        ['1.6', 'change', 'expected'],
        ['1.8', 'change', 'expected'],
      ],
    ],
  ])('reads %s', (_, text, want) => {
    expect(cells(text)).toEqual(want);
  });

  it.each([
    [
      'a range of years that is no fiscal year',
      'Issued 1 May 2035.\n\n(Per cent of GDP)\n          2031-35   2036-40\nDeficit   3.0       2.0\n',
    ],
    [
      'fiscal years in prose',
      'Issued 1 May 2035.\n\nThe deficit (per cent of GDP) in 2031–32 and 2032–33\nDeficit   3.0  2.0\n',
    ],
    [
      'a table of counts',
      'Issued 1 May 2035.\n\nProjects approved\n        2033–34  2034–35\nAsia      41    48\n',
    ],
  ])('reads no cell in %s', (_, text) => {
    expect(extractCandidates(text, 'doc')).toEqual([]);
  });
});

describe('v31: year tables that mark years with a footnote sign or a letter', () => {
  const cells = (text: string) =>
    extractCandidates(text, 'doc').map((c) => [c.stated.text, c.kind, c.status]);

  it.each([
    [
      'a trade agency outlook (a label over the rows, asterisks on forecast years)',
      'Issued 18 June 2036.\n\n(Change in percent unless otherwise stated)\nIndicator              2034    2035    2036*   2037*\nReal GDP (% change)    7.1     7.4     6.8     6.5\nPublic debt (% of GDP) 34.0    33.1    33.8    34.4\n* Forecast.\n',
      [
        ['7.1', 'change', 'actual'],
        ['7.4', 'change', 'actual'],
        ['6.8', 'change', 'expected'],
        ['6.5', 'change', 'expected'],
        ['34.0', 'share', 'actual'],
        ['33.1', 'share', 'actual'],
        ['33.8', 'share', 'expected'],
        ['34.4', 'share', 'expected'],
      ],
    ],
    [
      'a bank research note (e and f after the years)',
      'Published 2 March 2036.\n\n(Annual percentage change)\n                 2035e   2036f   2037f\nExports          3.1     2.9     4.0\n',
      [
        ['3.1', 'change', 'actual'],
        ['2.9', 'change', 'expected'],
        ['4.0', 'change', 'expected'],
      ],
    ],
    [
      'a finance ministry (a capital P on the projections)',
      'Released 10 April 2036.\n\n                             2035    2036P   2037P\nFiscal balance (per cent of GDP)  -3.2  -2.9  -2.5\n',
      [
        ['-3.2', 'share', 'actual'],
        ['-2.9', 'share', 'expected'],
        ['-2.5', 'share', 'expected'],
      ],
    ],
    [
      'an international body (fiscal years with a dagger)',
      'Issued 1 February 2036.\n\n(Per cent of GDP)\n                    2034-35   2035-36†  2036-37†\nFiscal deficit      4.9       4.4       4.0\n',
      [
        ['4.9', 'share', 'actual'],
        ['4.4', 'share', 'expected'],
        ['4.0', 'share', 'expected'],
      ],
    ],
    [
      'a company report (two asterisks)',
      'Issued 20 May 2036.\n\nGroup revenue (annual % change)\nSegment     2035    2036**\nRetail      5.5     4.0\n',
      [
        ['5.5', 'change', 'actual'],
        ['4.0', 'change', 'expected'],
      ],
    ],
  ])('reads %s', (_, text, want) => {
    expect(cells(text)).toEqual(want);
  });

  it.each([
    [
      'a year with a word after it, no mark',
      'Issued 1 May 2036.\n\n(Per cent of GDP)\n          2034   2035 est ok\nDeficit   3.0  2.0\n',
    ],
    [
      'marked years in prose',
      'Issued 1 May 2036.\n\nThe deficit (per cent of GDP) in 2035* and 2036*\nDeficit   3.0  2.0\n',
    ],
    [
      'a table of counts under marked years',
      'Issued 1 May 2036.\n\nProjects approved\n        2035*  2036*\nAsia      41    48\n',
    ],
  ])('reads no cell in %s', (_, text) => {
    expect(extractCandidates(text, 'doc')).toEqual([]);
  });
});

describe('v32: year tables whose year line marks its columns with a letter ("2027f", "2026e")', () => {
  const cells = (text: string) =>
    extractCandidates(text, 'doc').map((c) => [c.stated.text, c.kind, c.status]);

  it.each([
    [
      'a development bank (fiscal year-end, f for forecast)',
      'Issued October 8, 2026.\n\nPakistan: Macroeconomic outlook\nFiscal year ended June 30              2026     2027f    2028f\nReal GDP growth (percent change)         3.0       2.8      3.4\nFiscal balance (percent of GDP)         (5.4)     (5.0)    (4.6)\n',
      [
        ['3.0', 'change', 'actual'],
        ['2.8', 'change', 'expected'],
        ['3.4', 'change', 'expected'],
        ['(5.4)', 'share', 'actual'],
        ['(5.0)', 'share', 'expected'],
        ['(4.6)', 'share', 'expected'],
      ],
    ],
    [
      'an international body (e for estimate, p for projection)',
      'Issued 1 October 2026.\n\n(Annual percent change)\n            2025   2026e   2027p\nReal GDP     3.1    2.9     3.0\n',
      [
        ['3.1', 'change', 'actual'],
        ['2.9', 'change', 'expected'],
        ['3.0', 'change', 'expected'],
      ],
    ],
    [
      'a central bank (capital F)',
      'Issued 4 February 2026.\n\nTable 2. Projections\n                             2024   2025   2026F   2027F\nInflation (percent change)   2.1    2.6    2.4     2.2\n',
      [
        ['2.1', 'change', 'actual'],
        ['2.6', 'change', 'actual'],
        ['2.4', 'change', 'expected'],
        ['2.2', 'change', 'expected'],
      ],
    ],
    [
      'an agency (pipes)',
      'Issued 2 May 2032.\n\n| | 2031 | 2032e | 2033f |\n| Exports (% change) | 4.1 | 3.2 | 2.9 |\n',
      [
        ['4.1', 'change', 'actual'],
        ['3.2', 'change', 'expected'],
        ['2.9', 'change', 'expected'],
      ],
    ],
    [
      'a ministry (a star for a projection)',
      'Issued 2 May 2032.\n\n                       2031    2032*    2033*\nDebt (percent of GDP)  61.2    60.4     59.8\n',
      [
        ['61.2', 'share', 'actual'],
        ['60.4', 'share', 'expected'],
        ['59.8', 'share', 'expected'],
      ],
    ],
    // Near-misses: a table of counts, a year mark that is a word.
    [
      'a table with no unit',
      'Issued 2 May 2032.\n\nPopulation   2031   2032f\nNorth   4.1   4.2\n',
      [],
    ],
    [
      'a year line whose mark is a word',
      'Issued 2 May 2032.\n\nGrowth (percent change)   2031   2032fy\nNorth   4.1   4.2\n',
      [],
    ],
  ])('%s', (_, text, want) => expect(cells(text)).toEqual(want));
});

describe('v32: list tables whose title bracket names its unit with a change noun or qualifiers after it', () => {
  const cells = (text: string) =>
    extractCandidates(text, 'doc').map((c) => [c.stated.text, c.kind, c.status]);

  it.each([
    [
      'an international body (a forecast year after the unit)',
      'Issued 7 October 2026.\n\nMerchandise trade volume by region\n(Annual % change, 2026 forecast)\nNorth America exports: 1.6\nNorth America imports: -4.9\n',
      [
        ['1.6', 'change', 'expected'],
        ['-4.9', 'change', 'expected'],
      ],
    ],
    [
      'a statistics office (the comparison after the unit)',
      'Issued 7 October 2026.\n\nRetail sales by region (% change, year on year)\nNorth: 2.1\nSouth: 1.8\n',
      [
        ['2.1', 'change', 'actual'],
        ['1.8', 'change', 'actual'],
      ],
    ],
    [
      'a central bank (the period after the unit)',
      'Issued 7 October 2026.\n\nHouse prices by city (percent change, 12 months to June)\nAuckland: -2.4\nWellington: 1.1\n',
      [
        ['-2.4', 'change', 'actual'],
        ['1.1', 'change', 'actual'],
      ],
    ],
    [
      'a tourism agency (a frequency before the unit)',
      'Issued 7 October 2026.\n\nTourist arrivals by market (annual percent change)\nEurope: 6.2\nAsia: 11.4\n',
      [
        ['6.2', 'change', 'actual'],
        ['11.4', 'change', 'actual'],
      ],
    ],
    [
      'a finance ministry (a share with its period)',
      'Issued 7 October 2026.\n\nBudget execution by ministry (% of allocation, January–June)\nHealth: 48.2\nEducation: 51.6\n',
      [
        ['48.2', 'share', 'actual'],
        ['51.6', 'share', 'actual'],
      ],
    ],
    // v79: a title in money with its period lists sums, as v69's money titles do.
    [
      'a title in money with its period',
      'Issued 7 October 2026.\n\nExports by partner (NZ$ million, year to June)\nChina: 1,812\n',
      [['1,812', 'amount', 'actual']],
    ],
    // Near-misses: a unit of another column named in the bracket, a count first.
    [
      'a bracket whose percent is a column of its own',
      'Issued 7 October 2026.\n\nJobs by sector (thousands, % of total in brackets)\nServices: 41\n',
      [],
    ],
    [
      'a bracket that counts before its percent',
      'Issued 7 October 2026.\n\nJobs by sector (thousands, % of total)\nServices: 41\n',
      [],
    ],
  ])('%s', (_, text, want) => expect(cells(text)).toEqual(want));
});

describe('v32: a list table of outturns measured against their plan, "(per cent of … target)"', () => {
  const cells = (text: string) =>
    extractCandidates(text, 'doc').map((c) => [c.stated.text, c.kind, c.status]);

  it.each([
    [
      'an education ministry (half-year target)',
      'Accra, 24 July 2026\n\nTable 1: Summary of releases (per cent of half-year target)\nFeeding: 79.2\nTuition and fees: 91.5\n',
      [
        ['79.2', 'share', 'actual'],
        ['91.5', 'share', 'actual'],
      ],
    ],
    [
      'a revenue authority (annual target)',
      'Issued 20 July 2026.\n\nCollection by tax (percent of annual target)\nVAT: 48.1\nIncome tax: 52.3\n',
      [
        ['48.1', 'share', 'actual'],
        ['52.3', 'share', 'actual'],
      ],
    ],
    [
      'a finance ministry (budget)',
      'Issued 20 July 2026.\n\nCapital spending by province (% of budget)\nNorth: 61.0\nSouth: 47.5\n',
      [
        ['61.0', 'share', 'actual'],
        ['47.5', 'share', 'actual'],
      ],
    ],
    [
      'a health agency (approved plan)',
      'Issued 20 July 2026.\n\nGrant releases by programme (% of approved plan)\nVaccines: 88.0\nClinics: 70.4\n',
      [
        ['88.0', 'share', 'actual'],
        ['70.4', 'share', 'actual'],
      ],
    ],
    // Near-misses: a list of targets, a list of forecasts, a percent of GDP.
    [
      'a list of targets',
      'Issued 20 July 2026.\n\nTargets for 2027 (% of GDP)\nDeficit: 3.0\nDebt: 58.0\n',
      [
        ['3.0', 'share', 'expected'],
        ['58.0', 'share', 'expected'],
      ],
    ],
    [
      'a list of forecasts',
      'Issued 20 July 2026.\n\nInflation forecast by region, 2027 (%)\nNorth: 2.9\n',
      [['2.9', 'share', 'expected']],
    ],
  ])('%s', (_, text, want) => expect(cells(text)).toEqual(want));
});

/** Five voices of the money rows of year tables: a row label whose bracket names the currency and
 *  the scale ("Revenue (R billion)", "Underlying cash balance ($b)"), as budget, balance-of-payments
 *  and annual-report tables write them. */
const MONEY_ROWS: [string, string, [string, number, string, string][]][] = [
  [
    'a finance ministry (rand, fiscal years, a negative in brackets)',
    'National Treasury, 21 February 2033.\n\nTable 2: Consolidated fiscal framework\n                            2031/32   2032/33   2033/34\nRevenue (R billion)         2,010.6   2,131.9   2,270.4\nBudget balance (R billion)  (318.2)   (341.0)   (322.5)\n',
    [
      ['2,010.6', 2010.6e9, 'ZAR', 'actual'],
      ['2,131.9', 2131.9e9, 'ZAR', 'expected'],
      ['2,270.4', 2270.4e9, 'ZAR', 'expected'],
      ['(318.2)', -318.2e9, 'ZAR', 'actual'],
      ['(341.0)', -341e9, 'ZAR', 'expected'],
      ['(322.5)', -322.5e9, 'ZAR', 'expected'],
    ],
  ],
  [
    'a central bank (US dollars in millions, a written minus)',
    'Published 10 March 2034.\n\nTable 4. External sector\n                               2032      2033\nGross reserves (US$ million)   12,450    13,020\nCurrent account (US$ million)  -1,230    -980\n',
    [
      ['12,450', 12450e6, 'USD', 'actual'],
      ['13,020', 13020e6, 'USD', 'actual'],
      ['-1,230', -1230e6, 'USD', 'actual'],
      ['-980', -980e6, 'USD', 'actual'],
    ],
  ],
  [
    'a government agency (a currency code and "bn", years not yet over)',
    'Oslo, 6 October 2033\n\nPetroleum revenue, central government\n                          2033    2034\nNet cash flow (NOK bn)     812     760\n',
    [
      ['812', 812e9, 'NOK', 'expected'],
      ['760', 760e9, 'NOK', 'expected'],
    ],
  ],
  [
    'a company (pounds in millions written "£m", the latest year first)',
    'Published 4 March 2034.\n\n                          2033      2032\nRevenue (£m)             1,310.2   1,204.5\nOperating profit (£m)       48.0    (12.4)\n',
    [
      ['1,310.2', 1310.2e6, 'GBP', 'actual'],
      ['1,204.5', 1204.5e6, 'GBP', 'actual'],
      ['48.0', 48e6, 'GBP', 'actual'],
      ['(12.4)', -12.4e6, 'GBP', 'actual'],
    ],
  ],
  [
    'an international lender (a code, then a sign, among rows of counts)',
    'Luxembourg, 30 January 2034\n\nKey figures                        2033     2032\nSignatures (EUR million)          88,500   87,200\nNumber of projects                   912      874\nDisbursements (€ bn)                62.1     58.4\n',
    [
      ['88,500', 88500e6, 'EUR', 'actual'],
      ['87,200', 87200e6, 'EUR', 'actual'],
      ['62.1', 62.1e9, 'EUR', 'actual'],
      ['58.4', 58.4e9, 'EUR', 'actual'],
    ],
  ],
];

describe('year tables whose row labels name a currency and a scale', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => [c.stated.text, c.value, c.unit, c.status]);

  it.each(MONEY_ROWS)('reads %s as amounts', (_, text, want) => {
    const found = extractCandidates(text, 'doc');
    expect(found.map((c) => c.kind)).toEqual(want.map(() => 'amount'));
    expect(read(text)).toEqual(want);
  });

  it.each([
    [
      'an exchange rate, a count and a price per unit',
      'Published 10 March 2034.\n\n                               2032      2033\nExchange rate (R per US$)      18.2      18.6\nPopulation (million)            5.5       5.6\nBrent price (US$ per barrel)     82        78\n',
    ],
    [
      'a label in brackets in prose',
      'Published 10 March 2034.\n\nRevenue (R billion) came in above the estimate for 2033 and 2034.\n',
    ],
    [
      'a currency with no scale',
      'Published 10 March 2034.\n\n                    2032    2033\nMinimum wage (R)    27.58   28.79\n',
    ],
  ])('reads no amount in %s', (_, text) => {
    expect(extractCandidates(text, 'doc').filter((c) => c.kind === 'amount')).toEqual([]);
  });
});

describe('v33: list tables whose title bracket opens with the unit, and rows of years', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

  it.each([
    // An education ministry's release table, a hospital agency's waits, a treasury's growth by
    // fiscal year, a health ministry's coverage by year, a central bank's lending growth, a
    // company's revenue mix, an energy agency's shares by year, a labour ministry's rates by year.
    [
      'Accra, 24 July 2032.\n\nTable 1: Summary of releases (per cent of half-year target)\nFeeding: 79.2\nUtilities: 100.0\n',
      ['79.2 share actual', '100.0 share actual'],
    ],
    [
      'Released 18 June 2032.\n\nEmergency department waits (% of patients seen within recommended time, by triage category)\nResuscitation (category 1): 100\nEmergency (category 2): 69\n',
      ['100 share actual', '69 share actual'],
    ],
    [
      'Pretoria, 25 February 2032.\n\nGrowth in social grant spending (% change on previous year)\n2030/31: 6.1\n2031/32: 4.0\n2032/33: 7.5\n',
      ['6.1 change actual', '4.0 change expected', '7.5 change expected'],
    ],
    [
      'Nairobi, 28 April 2032.\n\nCoverage by antigen, 2031 and 2030 (%)\nBCG: 93.1 in 2031; 92.4 in 2030\nHPV, girls aged 10: 52.8 in 2031; 38.1 in 2030\n',
      ['93.1 share actual', '92.4 share actual', '52.8 share actual', '38.1 share actual'],
    ],
    [
      'Issued 3 March 2032.\n\nLending growth by sector (% change over 12 months)\nHouseholds: 5.2\nBusinesses: 3.8\n',
      ['5.2 change actual', '3.8 change actual'],
    ],
    [
      'Annual report, 3 March 2032.\n\nRevenue by region (% of group total)\nEurope: 41.0\nAmericas: 35.5\n',
      ['41.0 share actual', '35.5 share actual'],
    ],
    [
      'Issued 3 March 2032.\n\nRenewables share of electricity generation (%)\n2030: 38.2\n2031: 41.0\n2032: 44.5\n',
      ['38.2 share actual', '41.0 share actual', '44.5 share expected'],
    ],
    [
      'Issued 3 March 2032.\n\nUnemployment rate by region (%)\nNorth: 4.1 in 2031; 3.9 in 2032\n',
      ['4.1 share actual', '3.9 share expected'],
    ],
    // Near-misses: one in counts, a sentence over the rows, a label that is a year with a sum of
    // its own; a title in money lists sums (v69).
    [
      'Issued 3 March 2032.\n\nExports by partner (NZ$ million)\nChina: 1,812\n',
      ['1,812 amount actual'],
    ],
    ['Issued 3 March 2032.\n\nStudents per teacher (learners)\nPrimary: 31\n', []],
    ['Issued 3 March 2032.\n\nPopulation (% of total) rose as follows.\nNorth: 4.2\n', []],
    [
      'Issued 3 March 2032.\n\nGrowth in spending (% change on previous year)\n2031: 4.0 per cent\n',
      ['4.0 per cent change actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    ['2024/25: 6.1', 9, 3, 2025],
    ['2031: 44.5', 6, 4, 2031],
    ['BCG: 93.1 in 2025; 92.4 in 2024', 5, 4, 2025],
    ['BCG: 93.1 in 2025; 92.4 in 2024', 19, 4, 2024],
    ['North: 4.0', 7, 3, undefined],
    ['2024/27: 6.1', 9, 3, undefined],
  ])('listCellYear(%j, %d, %d) is %j', (row, at, length, year) => {
    expect(listCellYear(row, at, length)).toBe(year);
  });
});

describe('v43: the cells of a list titled as charges a decision set are that decision, actual', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    [
      'Issued 25 January 2034.\n\nApproved tariff adjustments for 2034/35 (%)\nMarine services: 3.9\nCargo dues: -2.5\n',
      ['3.9 actual', '-2.5 actual'],
    ],
    [
      'Issued 25 January 2034.\n\nWater charges set for 2034-35 (annual % change)\nNorthern region: 5.2\nSouthern region: 4.8\n',
      ['5.2 actual', '4.8 actual'],
    ],
    // Near-misses: a proposal and a forecast for the same year.
    [
      'Issued 25 January 2034.\n\nProposed tariff adjustments for 2034/35 (%)\nMarine services: 3.9\n',
      ['3.9 expected'],
    ],
    [
      'Issued 25 January 2034.\n\nForecast tariff changes for 2035 (%)\nHouseholds: 4.1\n',
      ['4.1 expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe("v44: list tables of a fund's returns, by asset class or over periods of a given length", () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

  it.each([
    // A pension fund, a central bank's reserves, a savings scheme, a buffer fund, an international
    // body's review, a sovereign fund by portfolio, a public investor by mandate.
    [
      'Issued 3 May 2032.\n\nAnnualised returns to 31 March 2032 (% p.a.)\n3 years: 6.2\n5 years: 7.1\n10 years: 8.0\n',
      ['6.2 change actual', '7.1 change actual', '8.0 change actual'],
    ],
    [
      'Issued 3 May 2032.\n\nReturn on the investment tranche, periods to end-December 2031 (% per annum)\n1 year: 4.3\n3 years: 2.9\n',
      ['4.3 change actual', '2.9 change actual'],
    ],
    [
      'Issued 3 May 2032.\n\nGrowth fund returns after fees (% a year)\n1 year: 9.6\n5 years: 7.4\n',
      ['9.6 change actual', '7.4 change actual'],
    ],
    [
      'Issued 3 May 2032.\n\nReal returns of the buffer fund (annualised, %)\n5 years: 4.9\n10 years: 5.6\n',
      ['4.9 change actual', '5.6 change actual'],
    ],
    [
      'Issued 3 May 2032.\n\nAverage annual returns, periods to end-2031 (%)\n5-year: 3.1\n10-year: 4.2\n',
      ['3.1 change actual', '4.2 change actual'],
    ],
    [
      'Issued 3 August 2032.\n\nReturn by portfolio, first half of 2032 (%)\nDomestic equities: 6.4\nForeign bonds: -0.7\n',
      ['6.4 change actual', '-0.7 change actual'],
    ],
    [
      'Issued 3 August 2032.\n\nTotal return by mandate, year to June (%)\nCore: 8.1\nGrowth: 10.2\n',
      ['8.1 change actual', '10.2 change actual'],
    ],
    // Near-misses: a return on equity or assets is a ratio, a count by length of service has no
    // unit, and an allocation is a set of shares.
    [
      'Issued 3 August 2032.\n\nReturn on equity by segment (%)\nRetail: 14.2\nWholesale: 11.8\n',
      ['14.2 share actual', '11.8 share actual'],
    ],
    ['Issued 3 August 2032.\n\nEmployees by years of service\n5 years: 1,204\n10 years: 830\n', []],
    [
      'Issued 3 August 2032.\n\nAsset allocation at 30 June (%)\nEquities: 60.1\nBonds: 30.4\n',
      ['60.1 share actual', '30.4 share actual'],
    ],
    [
      'Issued 3 August 2032.\n\nReturn on assets, by bank group (%)\nState banks: 1.1\nPrivate banks: 1.6\n',
      ['1.1 share actual', '1.6 share actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v56: a price or volume index row under a title of changes reads the index’s change', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

  it.each([
    // An international body's country note, a finance ministry's forecast, a central bank's
    // projections, a statistics office's release, a company's cost outlook, a table whose rows
    // are years: each index's row under a title of changes is that index's change, as
    // "Consumer price index 3.9" under "(Annual percentage change, volume)" is inflation.
    [
      'Issued 2 December 2035.\n\nArland: Demand, output and prices\n(Annual percentage change, volume)\n                      2034   2035   2036\nConsumer price index   3.9    3.2    2.9\n',
      ['3.9 change actual', '3.2 change expected', '2.9 change expected'],
    ],
    [
      'Issued 2 December 2035.\n\nMacroeconomic forecast (annual % change)\n                                        2034   2035\nHarmonised index of consumer prices      2.4    2.1\n',
      ['2.4 change actual', '2.1 change expected'],
    ],
    [
      'Issued 2 December 2035.\n\n(Percentage change on previous year)\n               2034   2035\nGDP deflator    3.1    2.6\n',
      ['3.1 change actual', '2.6 change expected'],
    ],
    [
      'Issued 2 December 2035.\n\nIndustry and prices (annual percent change)\n                                 2033   2034\nIndex of industrial production    2.3    1.9\nProducer price index             -1.2    0.8\n',
      ['2.3 change actual', '1.9 change actual', '-1.2 change actual', '0.8 change actual'],
    ],
    [
      'Issued 2 December 2035.\n\nCost drivers (annual % change)\n                  2035   2036\nWage cost index    4.1    3.6\n',
      ['4.1 change expected', '3.6 change expected'],
    ],
    [
      'Issued 2 December 2035.\n\n(Annual % change)\nYear   Real GDP   Consumer price index\n2034   1.2   2.9\n',
      ['1.2 change actual', '2.9 change actual'],
    ],
    // Near-misses: a survey's index is a level of sentiment, an index on a base year states its
    // level, a rate stays a level, and an index-linked count is no index.
    [
      'Issued 2 December 2035.\n\n(Annual percentage change)\n                            2034   2035\nConsumer confidence index   -12.4   -9.8\n',
      [],
    ],
    [
      "Issued 2 December 2035.\n\n(Annual percentage change)\n                            2034   2035\nPurchasing managers' index   51.2   50.4\n",
      [],
    ],
    [
      'Issued 2 December 2035.\n\n(Annual percentage change)\n                                2034   2035\nExport price index (2030=100)   104.2  106.0\n',
      [],
    ],
    [
      'Issued 2 December 2035.\n\n(Annual percentage change)\n                             2034   2035\nUnemployment rate             5.1    5.0\n',
      [],
    ],
    [
      'Issued 2 December 2035.\n\n(Annual percentage change)\n                             2034   2035\nIndex-linked bonds issued      12     14\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v56: a one-line row of year–value pairs, each cell after its own year', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

  it.each([
    // An international body's key indicators, a central bank's and a ministry's one-line rows
    // whose label's bracket gives the unit, a statistics office's rows under a title, a company's
    // rows whose years carry the letter of an estimate or forecast: each cell's year, written
    // right before it with a colon or a space, maybe with its mark ("2036 proj.", "2035e"), is
    // the cell's, and its status goes by it.
    [
      'Issued 9 October 2035.\n\nArland: Key indicators\n(Annual % change)\nReal GDP: 2034 2.6; 2035 2.1; 2036 2.5\n',
      ['2.6 change actual', '2.1 change expected', '2.5 change expected'],
    ],
    [
      'Issued 9 October 2035.\n\nSelected indicators\nHeadline inflation (percent, y/y): 2033: 4.1 | 2034: 3.0 | 2035 proj.: 2.6\n',
      ['4.1 change actual', '3.0 change actual', '2.6 change expected'],
    ],
    [
      'Issued 9 October 2035.\n\nFiscal deficit (% of GDP): 2034: 3.8 | 2035 est.: 3.4 | 2036 proj.: 3.0\n',
      ['3.8 share actual', '3.4 share expected', '3.0 share expected'],
    ],
    [
      'Issued 9 October 2035.\n\nEmployment growth (annual % change)\nManufacturing: 2033 1.2 | 2034 0.8\nServices: 2033 2.0 | 2034 1.7\n',
      ['1.2 change actual', '0.8 change actual', '2.0 change actual', '1.7 change actual'],
    ],
    [
      'Issued 9 October 2035.\n\nSales volume (% change on previous year)\nEurope: 2034 3.1; 2035e 2.4; 2036f 2.9\n',
      ['3.1 change actual', '2.4 change expected', '2.9 change expected'],
    ],
    [
      'Issued 9 October 2035.\n\nCurrent account balance (percent of GDP): 2033: -1.9 | 2034: -2.4 | 2035 proj.: -2.2\n',
      ['-1.9 share actual', '-2.4 share actual', '-2.2 share expected'],
    ],
    // Near-misses: a calendar of dates, a list of ids, a table of counts, a footnote line, and a
    // sentence with years in it.
    ['Issued 9 October 2035.\n\nRelease calendar\nGDP: 2035 14; 2036 13\n', []],
    ['Issued 9 October 2035.\n\nLoan identifiers: 2034: 4411 | 2035: 4412\n', []],
    [
      'Issued 9 October 2035.\n\nProjects approved (thousands, % of total)\nAsia: 2034 41; 2035 48\n',
      [],
    ],
    ['Issued 9 October 2035.\n\nReal GDP (percent): see note 2 for 2034: revised.\n', []],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v53: a table or list titled as a supposed scenario holds what the scenario would give, no figures', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

  it.each([
    // A banking supervisor, a central bank, an insurance supervisor, a securities regulator, a
    // ministry's fiscal risks table, a listed insurer, each titling a list or table by the
    // scenario its numbers come from.
    [
      'Issued 26 November 2031.\n\nContributions to the change in the CET1 ratio, stress scenario (percentage points)\nNet interest income: +5.1\nLoan losses: (6.8)\n',
      [],
    ],
    [
      'Issued 3 July 2031.\n\nProjected losses under the severely adverse scenario (USD billion)\nCredit cards: 41.2\nCommercial real estate: 17.9\n',
      [],
    ],
    [
      'Issued 3 July 2031.\n\nChange in solvency ratio, adverse scenario (percentage points)\nLife insurers: -38\nNon-life insurers: -21\n',
      [],
    ],
    [
      'Issued 3 July 2031.\n\nImpact of the hypothetical shock on fund liquidity (%)\nMoney market funds: -12.5\nBond funds: -7.0\n',
      [],
    ],
    [
      'Issued 3 July 2031.\n\nGeneral government balance under the downside scenario (% of GDP)\nCentral government: -4.8\nLocal government: -0.6\n',
      [],
    ],
    [
      'Issued 3 July 2031.\n\nSolvency ratio in the pessimistic scenario (%)\nGroup: 168\nLife business: 152\n',
      [],
    ],
    [
      'Issued 3 July 2031.\n\nAlternative scenario: real GDP (annual % change)\n          2031   2032\nArland    -1.9   -0.4\n',
      [],
    ],
    // Near-misses: the levels banks entered the test with, the baseline (the forecast itself), an
    // outturn table beside a scenario named in the prose.
    [
      'Issued 26 November 2031.\n\nCapital ratios of the banks entering the stress test (%)\nLarge banks: 18.4\nSmall banks: 19.9\n',
      ['18.4 share actual', '19.9 share actual'],
    ],
    [
      'Issued 3 July 2031.\n\nBaseline scenario: real GDP (annual % change)\n          2031   2032\nArland    1.9   2.4\n',
      ['1.9 change expected', '2.4 change expected'],
    ],
    [
      'Issued 3 July 2031.\n\nLoan losses by sector, first half of 2031 (% of loans)\nHouseholds: 0.4\nCommercial property: 1.3\n',
      ['0.4 share actual', '1.3 share actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v58: a list table set off from its title by a blank line is still that title’s list', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.status}`);
  it.each([
    // A ministry, a central bank, an agency, a company and an international body lay out a title,
    // then an empty line, then its rows, as pages copied from PDF or HTML do.
    [
      'Issued 4 April 2034.\n\nRegistered unemployment by region, March 2034 (%)\n\nNorthern region: 4.1\nCoastal region: 5.3\n\nThe ministry will publish the April figures in May.\n',
      ['4.1 share actual', '5.3 share actual'],
    ],
    [
      'Issued 4 April 2034.\n\nPolicy rates of the region’s central banks (per cent)\n\nArland: 4.25\nBrenia: 3.50\n',
      ['4.25 share actual', '3.50 share actual'],
    ],
    [
      'Issued 4 April 2034.\n\nCompliance with discharge permits, 2033 (% of sites)\n\nUpper basin: 92\nLower basin: 87\n\nEnforcement\n',
      ['92 share actual', '87 share actual'],
    ],
    [
      'Issued 4 April 2034.\n\nSales by segment, 2033 (% change on a year earlier)\n\nRetail: +3.2\nWholesale: −1.4\n',
      ['+3.2 change actual', '−1.4 change actual'],
    ],
    [
      'Issued 4 April 2034.\n\nGovernment debt at the end of 2033 (% of GDP)\n\n\nAdvanced economies: 109.4\nEmerging economies: 71.2\n',
      ['109.4 share actual', '71.2 share actual'],
    ],
    // Near-misses: a title followed by prose, by a heading with no number, and a note after the
    // list's closing blank line.
    [
      'Issued 4 April 2034.\n\nRegistered unemployment by region (%)\n\nThe rate rose in the north and fell on the coast.\n',
      [],
    ],
    [
      'Issued 4 April 2034.\n\nRegistered unemployment by region (%)\n\nRegions\nNorthern region: 4.1\n',
      [],
    ],
    [
      'Issued 4 April 2034.\n\nCompliance with discharge permits, 2033 (% of sites)\n\nUpper basin: 92\n\nNote: 3 sites were inspected twice.\n',
      ['92 share actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v66: a list title whose unit bracket is followed by a colon leads into its rows as the line break does', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.status}`);
  it.each([
    // Written before the rule: a committee's note (the one that prompted it), a statistics office,
    // a central bank, a ministry's budget execution, an international body.
    [
      'Issued 14 February 2034.\n\nSpending by quarter (% of adjusted appropriation):\nQ1: 24.1\nQ2: 25.3\nQ3: 24.5\n',
      ['24.1 share actual', '25.3 share actual', '24.5 share actual'],
    ],
    [
      'Issued 2 May 2034.\n\nUnemployment rate by region, March 2034 (seasonally adjusted, %):\nNorth: 5.2\nSouth: 4.7\n',
      ['5.2 share actual', '4.7 share actual'],
    ],
    [
      'Issued 2 May 2034.\n\nGrowth in lending by sector (annual % change):\nHouseholds: 6.1\nFirms: 3.4\n',
      ['6.1 change actual', '3.4 change actual'],
    ],
    [
      'Issued 2 August 2034.\n\nBudget execution by ministry (% of allocation, January–June):\nHealth: 47.3\nEducation: 51.0\n',
      ['47.3 share actual', '51.0 share actual'],
    ],
    [
      'Issued 2 May 2034.\n\nContribution to growth, 2033 (percentage points):\nConsumption: 1.2\nInvestment: 0.4\n',
      ['1.2 change actual', '0.4 change actual'],
    ],
    // Near-misses: a lead-in whose bracket gives no unit, and a sentence of many words that ends in
    // a unit's bracket and a colon.
    [
      'Issued 2 May 2034.\n\nThe ministry released the following figures (see annex):\nNorth: 5.2\n',
      [],
    ],
    [
      'Issued 2 May 2034.\n\nThe rates below were set by the Board, which met on 3 March and agreed to publish them in full (%):\nNorth: 5.2\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v69: a list whose title names a currency and a scale lists sums in them', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Written before the rule: a finance ministry's budget table, a company's results lines, an
    // appeal's sector requirements, a central bank's costs, a development bank's approvals, a
    // written answer's numbered States, a company's segments in yen, a county budget's lettered rows.
    [
      'Pretoria, 26 February 2034.\n\nConsolidated spending by function, 2034/35 (R billion)\nLearning and culture: 487.1\nHealth: 298.7\n',
      ['487.1 amount 487100000000 ZAR expected', '298.7 amount 298700000000 ZAR expected'],
    ],
    [
      'Annual results, 20 February 2034.\n\nRevenue by segment, year ended 31 December 2033 (US$ million)\nCopper: 4,812\nCorporate and other: 88\n',
      ['4,812 amount 4812000000 USD actual', '88 amount 88000000 USD actual'],
    ],
    [
      'Geneva, 14 March 2034.\n\nRequirements by sector (US$ million)\nFood security: 212.4\nShelter and NFI: 61.0\n',
      ['212.4 amount 212400000 USD expected', '61.0 amount 61000000 USD expected'],
    ],
    [
      'Frankfurt, 19 February 2034.\n\nOperating expenses, 2033 (€ thousand)\nStaff costs: 84,312\nInformation technology: 21,020\n',
      ['84,312 amount 84312000 EUR actual', '21,020 amount 21020000 EUR actual'],
    ],
    [
      'Manila, 15 January 2034.\n\nApproved financing by region, 2033 (US$ billion)\nAfrica: 4.1\nAsia and the Pacific: 6.8\n',
      ['4.1 amount 4100000000 USD actual', '6.8 amount 6800000000 USD actual'],
    ],
    [
      'New Delhi, 9 August 2034.\n\nFunds released to States, 2033-34 (₹ crore)\n1. Bihar: 512.40\n2. Odisha: 388.05\n',
      ['512.40 amount 5124000000 INR actual', '388.05 amount 3880500000 INR actual'],
    ],
    [
      'Tokyo, 12 May 2034.\n\nOperating profit by segment (¥ billion)\nAutomotive: 412.3\nFinancial services: 98.1\n',
      ['412.3 amount 412300000000 JPY actual', '98.1 amount 98100000000 JPY actual'],
    ],
    [
      'Nairobi, 2 July 2034.\n\nCounty equitable shares, FY 2034/35 (KSh million):\n(a) Mombasa: 8,412\n(b) Kisumu: 7,905\n',
      ['8,412 amount 8412000000 KES expected', '7,905 amount 7905000000 KES expected'],
    ],
    // Near-misses: rows that write their own unit or name a count or a part, a title with a count
    // beside its money, a currency with no scale, a rate of exchange, a heading over prose, and a
    // row after the blank line that ends the list.
    [
      'Geneva, 14 March 2034.\n\nRequirements by sector (US$ million)\nFood security: 41%\nHealth: US$ 48.9 million\n',
      ['41% share 41 percent actual', 'US$ 48.9 million amount 48900000 USD expected'],
    ],
    [
      'Issued 3 February 2034.\n\nHousing programme (€ million)\nNumber of projects: 18\nHomes completed (number): 412\nBudget spent: 96.2\n',
      ['96.2 amount 96200000 EUR actual'],
    ],
    [
      'Issued 3 February 2034.\n\nHousing programme (€ million)\n- Budget spent: 96.2\n- Number of projects: 18\n(c) No. of homes: 412\n',
      ['96.2 amount 96200000 EUR actual'],
    ],
    [
      'Issued 3 February 2034.\n\nGrants and their value (number; € million)\nSmall firms: 412\n',
      [],
    ],
    ['Issued 3 February 2034.\n\nMinimum wage by sector (R)\nDomestic workers: 27.58\n', []],
    ['Issued 3 February 2034.\n\nExchange rates (R per US$)\nMarch: 18.2\n', []],
    [
      'Issued 3 February 2034.\n\nCapital spending (€ million)\nThe Council spent 18.4 on the quayside scheme in the first half.\n',
      [],
    ],
    [
      'Issued 3 February 2034.\n\nRequirements (US$ million)\nFood: 12.0\n\nOther: 3.1\n',
      ['12.0 amount 12000000 USD expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v69: every row of a list takes the status its title gives the first row', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // A city's capital programme over years to come, a statistics office's regional forecast, a
    // development bank's planned disbursements, a treasury's budget estimates.
    [
      'Issued 3 February 2034.\n\nCapital programme 2035–2037 (£ million)\n- Schools expansion: 42.5\n- Highways maintenance: 18.0\n- Leisure centre: 9.75\n',
      ['42.5 expected', '18.0 expected', '9.75 expected'],
    ],
    [
      'Issued 3 February 2034.\n\nGrowth by region 2035 (%)\n- North: 4.5\n- South: 3.0\n',
      ['4.5 expected', '3.0 expected'],
    ],
    [
      'Manila, 15 January 2034.\n\nPlanned disbursements by country, 2035 (US$ million)\nViet Nam: 812.0\nIndonesia: 640.5\n',
      ['812.0 expected', '640.5 expected'],
    ],
    [
      'Canberra, 10 May 2034.\n\nRevenue by source, 2034-35 Budget estimates (A$ billion)\nIndividuals income tax: 342.1\nCompany tax: 141.9\n',
      ['342.1 expected', '141.9 expected'],
    ],
    // Near-misses: rows that carry their own years keep them; outturns stay outturns.
    [
      'Issued 3 February 2034.\n\nRevenue (US$ million)\n2033: 4,112\n2035: 5,230\n',
      ['4,112 actual', '5,230 expected'],
    ],
    [
      'Issued 3 February 2034.\n\nSpend to date on major projects (€ million)\nQuayside flood defence: 18.4\nNorthside Library: 6.2\n',
      ['18.4 actual', '6.2 actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v79: a row label or title whose unit bracket adds, after a comma, the period or basis it covers', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Held before the rule: a housing agency's forecast, a central bank's indicators, a labour
    // ministry's outlook, a treasury's Crown accounts, a company's results, a finance ministry's
    // fiscal table, a statistics office's list of regions.
    [
      'Washington, 20 November 2032.\n\nHousing forecast (annual, unless noted)\n                          2031    2032f\nTotal home sales (% change)   3.4   1.2\n30-year fixed mortgage rate (%, Q4 average)   6.4   5.9\n',
      [
        '3.4 change 3.4 percent actual',
        '1.2 change 1.2 percent expected',
        '6.4 share 6.4 percent actual',
        '5.9 share 5.9 percent expected',
      ],
    ],
    [
      'Issued 2 February 2033.\n\nMonetary indicators\n                      2032   2033\nPolicy rate (%, end of period)   4.50   4.00\n',
      ['4.50 share 4.5 percent actual', '4.00 share 4 percent expected'],
    ],
    [
      'Issued 2 February 2033.\n\nLabour market\n                      2032   2033\nUnemployment rate (per cent, annual average)   5.1   4.9\n',
      ['5.1 share 5.1 percent actual', '4.9 share 4.9 percent expected'],
    ],
    [
      'Wellington, 14 February 2034.\n\nCrown revenue\n                      2032    2033\nTax revenue (NZ$ million, year to June)   112,400   118,900\n',
      ['112,400 amount 112400000000 NZD actual', '118,900 amount 118900000000 NZD actual'],
    ],
    [
      'Frankfurt, 19 February 2033.\n\nGroup results\n                      2031    2032\nOperating revenue (€ million, current prices)   1,204   1,310\n',
      ['1,204 amount 1204000000 EUR actual', '1,310 amount 1310000000 EUR actual'],
    ],
    [
      'Pretoria, 26 February 2034.\n\nFiscal outlook\n                      2033/34   2034/35\nCapital spending (R billion, nominal)   91.7   98.3\n',
      // 2033/34 ends in March 2034: not over in February.
      ['91.7 amount 91700000000 ZAR expected', '98.3 amount 98300000000 ZAR expected'],
    ],
    [
      'Wellington, 14 February 2034.\n\nRegional council spending (NZ$ million, year to June)\nAuckland: 412.5\nCanterbury: 188.0\n',
      ['412.5 amount 412500000 NZD actual', '188.0 amount 188000000 NZD actual'],
    ],
    // Near-misses: a qualifier with no currency or one that is a rate of exchange, a count beside
    // the qualifier, an index on its base period, and a change written as the qualifier.
    [
      'Issued 2 February 2033.\n\nDemography\n                      2032   2033\nPopulation (million, mid-year)   5.2   5.3\n',
      [],
    ],
    [
      'Issued 2 February 2033.\n\nRates\n                      2032   2033\nExchange rate (R per US$, average)   18.2   18.9\n',
      [],
    ],
    [
      'Issued 2 February 2033.\n\nActivity\n                      2032   2033\nHousing starts (thousands, seasonally adjusted)   42.1   44.0\n',
      [],
    ],
    [
      'Issued 2 February 2033.\n\nPrices\n                      2032   2033\nExport price index (%, 2030=100)   104.2   106.1\n',
      [],
    ],
    [
      'Issued 2 February 2033.\n\nGrants\n                      2032   2033\nGrants awarded (number, year to June)   412   440\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v83: year columns written with the fiscal-year prefix ("FY2031") are years', () => {
  const read = (text: string, publisher = 'Budget Office') =>
    extractCandidates(text, 'doc', { source: { publisher, date: '2032-02-10' } }).map(
      (c) => `${c.stated.text} ${c.kind} ${c.status}`,
    );
  it.each([
    // A budget office's outlays, a ministry's indicators with a space after the prefix, a staff
    // report's two-year fiscal years, a money row under the prefixed years.
    [
      'Table 3. Outlays by function (percent of GDP)\n                  FY2031   FY2032\nNational defense    3.0      2.9\n',
      ['3.0 share actual', '2.9 share expected'],
    ],
    [
      'Disbursements (annual percentage change)\n                 FY 2031   FY 2032\nInfrastructure     12.4      9.8\n',
      ['12.4 change actual', '9.8 change expected'],
    ],
    [
      'Selected indicators (percent of GDP)\n                   FY2030/31   FY2031/32\nOverall deficit      6.1         5.4\n',
      ['6.1 share actual', '5.4 share expected'],
    ],
    [
      '                               FY2031     FY2032\nTax revenue (trillion won)     402.5      421.0\n',
      ['402.5 amount actual', '421.0 amount expected'],
    ],
    // Near-misses: counts under prefixed years, and a row that names a level under changes.
    [
      'Staff numbers (persons)\n                FY2031   FY2032\nHeadquarters     1,204    1,180\n',
      [],
    ],
    [
      'Main indicators (percent change)\n                FY2031   FY2032\nUnemployment rate   2.5   2.4\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it('reads a Japanese "FY2031" as the year from April 2031 to March 2032', () => {
    const table =
      'Main indicators (percent change from the previous fiscal year)\n               FY2030   FY2031   FY2032\nReal GDP         0.7      1.1      1.2\n';
    // Dated February 2032: Japan's FY2031 runs to March, an estimate still; elsewhere it is over.
    expect(read(table, 'Cabinet Office, Government of Japan')).toEqual([
      '0.7 change actual',
      '1.1 change expected',
      '1.2 change expected',
    ]);
    expect(read(`Sales reached 4.1 trillion yen.\n\n${table}`).slice(1)).toEqual([
      '0.7 change actual',
      '1.1 change expected',
      '1.2 change expected',
    ]);
    expect(read(table)).toEqual(['0.7 change actual', '1.1 change actual', '1.2 change expected']);
  });
});

describe('v83: a title or row label whose money bracket writes its scale as a number lists sums', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { publisher: 'Ministry', date: '2032-09-10' } }).map(
      (c) => `${c.stated.text} ${c.value} ${c.unit}`,
    );
  it.each([
    // A statistics bureau's regions, a finance ministry's budget items in 100 million yen, a
    // ministry's fields after "Unit:", a county list in ten thousands, a year table's row label.
    [
      'Fixed asset investment by region, January-June (100 million yuan)\nEastern region: 12,345.6\nCentral region: 8,210.4\n',
      ['12,345.6 1234560000000 CNY', '8,210.4 821040000000 CNY'],
    ],
    [
      'General account expenditure, FY2032 draft (100 million yen)\nSocial security: 392,704\n',
      ['392,704 39270400000000 JPY'],
    ],
    [
      'Budget by field (Unit: 100 million won)\nHealth and welfare: 2,684,000\n',
      ['2,684,000 268400000000000 KRW'],
    ],
    ['Subsidies to counties (10,000 yuan)\nPingshan: 4,820\n', ['4,820 48200000 CNY']],
    [
      '                                        2030      2031\nTotal retail sales (100 million yuan)   48,210    50,330\n',
      ['48,210 4821000000000 CNY', '50,330 5033000000000 CNY'],
    ],
    // Near-misses: a count in ten thousands, a sum in brackets in a sentence, a sum in prose.
    ['Employment by sector (10,000 persons)\nManufacturing: 12,410\n', []],
    ['The new terminal (US$100 million) was opened in May.', ['US$100 million 100000000 USD']],
    [
      'The bank extended a loan of 100 million yuan to the company.',
      ['100 million yuan 100000000 CNY'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v82: the one year or fiscal year a list title names is each row’s, as a column’s year is', () => {
  const read = (text: string, date: string) =>
    extractCandidates(text, 'doc', {
      source: { publisher: 'x', url: 'https://x.example', title: '', date },
    }).map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // A defence ministry's budget for the year ahead, an alliance's estimates of the year under
    // way, a company's capital plan for its current year: periods not over, planned.
    [
      'Budget of the Ministry of National Defence, 2032 (PLN billion)\nPay and allowances: 46.8\nOther: 4.8\n',
      '2031-12-18',
      ['46.8 expected', '4.8 expected'],
    ],
    [
      'Defence expenditure of selected Allies (% of GDP, 2032 estimates)\nPoland: 4.71\nEstonia: 3.38\n',
      '2032-06-12',
      ['4.71 expected', '3.38 expected'],
    ],
    [
      'Group capital expenditure by segment, 2032 (£ million)\nNetworks: 640\nRetail: 85\n',
      '2032-06-01',
      ['640 expected', '85 expected'],
    ],
    // A department's spending in a fiscal year over (March year-end), a central bank's costs of
    // last year, an agency's revenue in a July–June year over, a statistics office's rates.
    [
      'Selected programs, expenditures 2031-32 ($ millions)\nPain and Suffering Compensation: 2,318.4\nTreatment benefits: 853.2\n',
      '2032-06-28',
      ['2,318.4 actual', '853.2 actual'],
    ],
    [
      'Central bank operating expenses, 2031 (US$ million)\nStaff costs: 84.2\nPremises: 12.6\n',
      '2032-04-10',
      ['84.2 actual', '12.6 actual'],
    ],
    [
      'Agency revenue by source, 2032-33 (A$ million)\nFees: 412.3\nGrants: 88.0\n',
      '2033-09-10',
      ['412.3 actual', '88.0 actual'],
    ],
    [
      'Unemployment rate by region, 2031 (%)\nWales: 4.8\nScotland: 4.2\n',
      '2032-02-20',
      ['4.8 actual', '4.2 actual'],
    ],
    // Near-misses: a title of charges a decision set, a year that is a base, a span inside the
    // year measured to date, and rows with their own years keep their reading.
    [
      'Approved tariff adjustments for 2034/35 (%)\nWater: 4.1\nSewerage: 3.2\n',
      '2033-06-01',
      ['4.1 actual', '3.2 actual'],
    ],
    [
      'Exports by destination, change on 2031 (%)\nAsia: 4.1\nEurope: -2.3\n',
      '2032-06-01',
      ['4.1 actual', '-2.3 actual'],
    ],
    [
      'Spending to date, January–June 2032 (€ million)\nDefence: 4,120\nPolice: 1,930\n',
      '2032-08-01',
      ['4,120 actual', '1,930 actual'],
    ],
    [
      'Defence spending (% of GDP)\n2031: 2.1\n2033: 2.5\n',
      '2032-06-01',
      ['2.1 actual', '2.5 expected'],
    ],
  ])('%j dated %s → %j', (text, date, expected) => expect(read(text, date)).toEqual(expected));

  it.each([
    [
      'Budget of the Ministry of National Defence, 2032 (PLN billion)',
      { year: 2032, fiscal: false },
    ],
    ['Selected programs, expenditures 2031-32 ($ millions)', { year: 2032, fiscal: true }],
    ['Disbursements to member states, FY2035 (US$ million)', { year: 2035, fiscal: false }],
    ['Exports by destination, change on 2031 (%)', undefined],
    ['Defence spending by country (US$ billion, constant 2024 prices)', undefined],
    ['Capital programme 2035–2037 (£ million)', { year: 2037, fiscal: false }],
    ['Spending to date, January–June 2032 (€ million)', undefined],
    ['Requirements by cluster (US$ million)', undefined],
  ])('titlePeriod(%j) is %j', (title, period) => expect(titlePeriod(title)).toEqual(period));
});

describe('v81: a list row may name each of its cells by a word before it, and part thousands by spaces', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Written before the rule: a finance ministry's accounts, a central bank's balance sheet, a
    // statistics office's trade by partner, a company's segments, a development bank's signatures,
    // a statistics office's growth by region and an EU draft budget by heading.
    [
      'Oslo, 12 March 2034.\n\nCentral government accounts, 2033 (NOK million)\nHealth: revenue 12 450.2; expenditure 14 980.7\n',
      ['12 450.2 amount 12450200000 NOK actual', '14 980.7 amount 14980700000 NOK actual'],
    ],
    [
      'Frankfurt, 19 February 2034.\n\nConsolidated balance sheet at 31 December 2033 (€ million)\nGold and claims: assets 4 512.3; liabilities 3 980.1\n',
      ['4 512.3 amount 4512300000 EUR actual', '3 980.1 amount 3980100000 EUR actual'],
    ],
    [
      'Wellington, 3 March 2034.\n\nGoods trade by partner, 2033 (NZ$ million)\nChina: exports 1,204.5 | imports 988.1\n',
      ['1,204.5 amount 1204500000 NZD actual', '988.1 amount 988100000 NZD actual'],
    ],
    [
      'Basel, 30 January 2034.\n\nSegment results, year ended 31 December 2033 (CHF million)\nPharmaceuticals: sales 45 210; operating profit 12 004\n',
      ['45 210 amount 45210000000 CHF actual', '12 004 amount 12004000000 CHF actual'],
    ],
    [
      'Luxembourg, 5 February 2034.\n\nSignatures by country, 2033 (€ million)\nPortugal: loans 2 104.5; guarantees 380.0\n',
      ['2 104.5 amount 2104500000 EUR actual', '380.0 amount 380000000 EUR actual'],
    ],
    [
      'Issued 3 February 2034.\n\nTrade growth by region, 2033 (% change)\nNorth: exports 4.2; imports 3.1\n',
      ['4.2 change 4.2 percent actual', '3.1 change 3.1 percent actual'],
    ],
    [
      'Brussels, 15 July 2034.\n\nDraft budget 2035 by heading (€ million)\n1. Cohesion: commitments 79 320.8; payments 44 106.9\nTotal: commitments 197 423.0; payments 151 060.0\n',
      [
        '79 320.8 amount 79320800000 EUR expected',
        '44 106.9 amount 44106900000 EUR expected',
        '197 423.0 amount 197423000000 EUR expected',
        '151 060.0 amount 151060000000 EUR expected',
      ],
    ],
    // Near-misses: a count named before its cell, years that label their cells, a sentence under a
    // title, spaced numbers with no title, and a label that is a clause.
    ['Issued 3 February 2034.\n\nHousing programme (€ million)\nSchools: number 18\n', []],
    [
      'Issued 3 February 2034.\n\nReal GDP growth (annual % change)\nGermany: 2033 0.2; 2034 0.8\n',
      ['0.2 change 0.2 percent actual', '0.8 change 0.8 percent expected'],
    ],
    [
      'Issued 3 February 2034.\n\nCapital spending (€ million)\nThe Council spent 18.4 on the quayside scheme.\n',
      [],
    ],
    ['Health: revenue 12 450.2; expenditure 14 980.7\n', []],
    [
      'Issued 3 February 2034.\n\nExports by partner (NZ$ million)\nChina: exports to China grew strongly 1,812\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('int53: a list title that says a decision put its rows somewhere dates none of them by its year', () => {
  const read = (text: string, date: string) =>
    extractCandidates(text, 'doc', {
      source: { publisher: 'x', url: 'https://x.example', title: '', date },
    }).map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // A planning commission's allocation, a ministry's appropriation, a fund's grants awarded:
    // money a decision put somewhere, actual for a year under way or to come (README).
    [
      'Central budget investment allocated by area, 2030 (100 million yuan)\nModern infrastructure: 2,310\nFood and water security: 1,540\n',
      '2030-07-10',
      ['2,310 actual', '1,540 actual'],
    ],
    [
      'Funds appropriated for 2033 (€ million)\nRoads: 412.5\nRail: 288.0\n',
      '2032-12-20',
      ['412.5 actual', '288.0 actual'],
    ],
    // Near-miss: a budget title with no verb of deciding keeps its year's reading.
    [
      'Budget of the Ministry of National Defence, 2032 (PLN billion)\nPay and allowances: 46.8\n',
      '2031-12-18',
      ['46.8 expected'],
    ],
  ])('%s (%s)', (text, date, expected) => expect(read(text, date)).toEqual(expected));
});

describe('v97: a line of words only between the rows of a year table heads a group of rows and ends no table', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2034-08-29' } }).map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Written before the rule: an international body's selected indicators, a ministry's fiscal
    // summary under a title's unit, a central bank's memorandum items, a statistics office's
    // chapter table with headings in capitals, a company's five-year summary.
    [
      'Table 1. Selected economic indicators\n                                          2032    2033\nReal sector\nReal GDP (annual percent change)           2.9     3.4\nExternal sector\nCurrent account balance (percent of GDP)  -2.1    -1.5\n',
      [
        '2.9 change 2.9 percent actual',
        '3.4 change 3.4 percent actual',
        '-2.1 share -2.1 percent actual',
        '-1.5 share -1.5 percent actual',
      ],
    ],
    [
      'Fiscal summary (percent of GDP)\n                       2032    2033\nREVENUE\nTax revenue            18.2    18.6\nEXPENDITURE\nCurrent spending       21.4    21.0\n',
      [
        '18.2 share 18.2 percent actual',
        '18.6 share 18.6 percent actual',
        '21.4 share 21.4 percent actual',
        '21.0 share 21 percent actual',
      ],
    ],
    [
      'Item                               2032    2033\nMonetary aggregates\nBroad money growth (%)              9.4     8.1\n\nMemorandum items:\nPolicy rate, end of period (%)      6.50    6.00\n',
      [
        '9.4 change 9.4 percent actual',
        '8.1 change 8.1 percent actual',
        '6.50 share 6.5 percent actual',
        '6.00 share 6 percent actual',
      ],
    ],
    [
      'Indicator                          2031   2032   2033\nLABOUR MARKET\nEmployment rate (%)                61.2   61.8   62.4\nWAGES AND PRICES\nAverage earnings growth (%)         3.8    4.1    3.6\n',
      [
        '61.2 share 61.2 percent actual',
        '61.8 share 61.8 percent actual',
        '62.4 share 62.4 percent actual',
        '3.8 change 3.8 percent actual',
        '4.1 change 4.1 percent actual',
        '3.6 change 3.6 percent actual',
      ],
    ],
    [
      'Five-year summary            2032    2033\nIncome statement\nRevenue ($ million)          4,790   5,034\nBalance sheet\nNet debt ($ million)           980     910\n',
      [
        '4,790 amount 4790000000 USD actual',
        '5,034 amount 5034000000 USD actual',
        '980 amount 980000000 USD actual',
        '910 amount 910000000 USD actual',
      ],
    ],
    // Near-misses: a heading that names its own unit ends the table (its rows are counts, not the
    // title's percent); a sentence after the table is no heading; a count, a rate per 1,000 and an
    // index on its base under a heading stay unread.
    [
      'Fiscal summary (percent of GDP)\n                       2032    2033\nTax revenue            18.2    18.6\nEmployment (thousands)\nIndustry                412     398\n',
      ['18.2 share 18.2 percent actual', '18.6 share 18.6 percent actual'],
    ],
    [
      'Fiscal summary (percent of GDP)\n                       2032    2033\nTax revenue            18.2    18.6\nThe tables are in the annex.\nIndustry                412     398\n',
      ['18.2 share 18.2 percent actual', '18.6 share 18.6 percent actual'],
    ],
    [
      "Item                                       2032    2033\nDEMOGRAPHY\nMid-year population ('000)              22,506  22,571\nCrude birth rate (per 1,000 population)    12.6    12.2\nPRICES\nConsumer Price Index (2031=100)           100.0   103.9\nUnemployment rate (percent)                 5.3     4.6\n",
      ['5.3 share 5.3 percent actual', '4.6 share 4.6 percent actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v97: a footnote mark after a year table’s cell (provisional, revised, estimated) leaves it a cell', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2034-08-29' } }).map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Written before the rule: a statistics office's provisional star, a labour-market release's
    // bracketed "[p]" and "[r]", a central bank's numbered footnotes, a ministry's dagger, an
    // international body's double star.
    [
      'Item                        2032    2033\nReal GDP growth (%)          2.8    4.2*\n',
      ['2.8 change 2.8 percent actual', '4.2 change 4.2 percent actual'],
    ],
    [
      'Indicator                   2032       2033\nEmployment rate (%)         75.9 [r]   76.1 [p]\n',
      ['75.9 share 75.9 percent actual', '76.1 share 76.1 percent actual'],
    ],
    [
      '                            2032    2033\nBroad money growth (%)       9.4¹    8.1²\nPrivate credit growth (%)    6.0     5.2\n',
      [
        '9.4 change 9.4 percent actual',
        '8.1 change 8.1 percent actual',
        '6.0 change 6 percent actual',
        '5.2 change 5.2 percent actual',
      ],
    ],
    [
      '                            2032       2033\nTax revenue (R billion)     1,682.1    1,741.9†\n',
      ['1,682.1 amount 1682100000000 ZAR actual', '1,741.9 amount 1741900000000 ZAR actual'],
    ],
    [
      'Selected indicators (percent of GDP)\n                      2032    2033**\nCurrent account       -2.1**  -1.5**\n',
      ['-2.1 share -2.1 percent actual', '-1.5 share -1.5 percent actual'],
    ],
    // Near-misses: a count, a rate per 1,000 and an index on its base keep no cells though starred;
    // a year to come under a starred column stays expected; a lone star is no cell.
    [
      "Item                                       2032     2033\nMid-year population ('000)              22,506   22,571*\nCrude birth rate (per 1,000 population)    12.6     12.2*\nConsumer Price Index (2031=100)           100.0    103.9*\n",
      [],
    ],
    [
      'Item                        2033    2035*\nReal GDP growth (%)          4.2     3.9*\n',
      ['4.2 change 4.2 percent actual', '3.9 change 3.9 percent expected'],
    ],
    ['Item                        2032    2033\nReal GDP growth (%)          2.8    *\n', []],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v97: a money bracket may write its scale as an abbreviation with its period ("Bn.", "Mn.", "Cr.")', () => {
  const read = (text: string, publisher = 'x') =>
    extractCandidates(text, 'doc', { source: { publisher, date: '2034-08-29' } }).map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Written before the rule: a statistics office's abstract, a central bank's monetary survey, a
    // finance ministry's outlay in crore, a company's five-year record, a development bank's list.
    [
      'Department of Census and Statistics, Sri Lanka\nItem                                     2032      2033\nGDP at current market prices (Rs. Bn.)  34,118    36,905\n',
      ['34,118 amount 34118000000000 LKR actual', '36,905 amount 36905000000000 LKR actual'],
    ],
    [
      '                                2032      2033\nTotal deposits (KSh Bn.)       5,120.4   5,488.9\n',
      ['5,120.4 amount 5120400000000 KES actual', '5,488.9 amount 5488900000000 KES actual'],
    ],
    [
      '                                 2031-32    2032-33\nCapital outlay (₹ Cr.)           7,50,246   8,37,112\n',
      ['7,50,246 amount 7502460000000 INR actual', '8,37,112 amount 8371120000000 INR actual'],
    ],
    [
      'Five-year record                 2032      2033\nRevenue (US$ Mn.)                4,790     5,034\n',
      ['4,790 amount 4790000000 USD actual', '5,034 amount 5034000000 USD actual'],
    ],
    [
      'Approvals by sector, 2033 (US$ Mn.)\nEnergy: 1,240.5\nTransport: 866.0\n',
      ['1,240.5 amount 1240500000 USD actual', '866.0 amount 866000000 USD actual'],
    ],
    // Near-misses: a count in millions, a currency with no scale and a rate of exchange stay unread.
    [
      'Item                                       2032       2033\nPopulation (Mn.)                            22.5       22.6\nPer capita GDP (Rs.)                   1,515,950  1,635,060\nExchange rate (Rs. per US$)                336.0      342.1\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v97: a list title’s unit bracket may say how its change is averaged and over what basis before the unit', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2033-09-14' } }).map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Written before the rule: a planning bureau's platform analysis, an international body's
    // regional outlook, a statistics office's productivity release, a ministry's investment plan
    // in real terms, a company's compound growth by segment.
    [
      'Median purchasing power, 2034-2037 (average annual % change)\n- Baseline: 0.6\n- Liberal Party: 0.9\n',
      ['0.6 change 0.6 percent expected', '0.9 change 0.9 percent expected'],
    ],
    [
      'Real GDP growth by region, 2034-2038 (average annual percent change)\nSub-Saharan Africa: 4.1\nEmerging Asia: 5.2\n',
      ['4.1 change 4.1 percent expected', '5.2 change 5.2 percent expected'],
    ],
    [
      'Labour productivity by industry, 2022-2032 (average yearly % change)\nManufacturing: 1.8\nConstruction: -0.4\n',
      ['1.8 change 1.8 percent actual', '-0.4 change -0.4 percent actual'],
    ],
    [
      'Public investment by ministry, 2034-2036 (average annual real % change)\n1. Transport: 3.5\n2. Health: 6.2\n',
      ['3.5 change 3.5 percent expected', '6.2 change 6.2 percent expected'],
    ],
    [
      'Revenue by segment, 2028-2032 (compound annual % growth)\nCloud services: 14.2\nDevices: 2.1\n',
      ['14.2 change 14.2 percent actual', '2.1 change 2.1 percent actual'],
    ],
    // Near-misses: an averaged count and an averaged number of thousands give no unit; a sentence
    // under the title is no row.
    ['Households by region, 2022-2032 (average annual number)\nNorth: 41,200\n', []],
    ['Employment by sector, 2022-2032 (average annual, thousands)\nIndustry: 412\n', []],
    [
      'Median purchasing power, 2034-2037 (average annual % change)\nThe baseline assumes no new policy.\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v107: a year table’s money unit on the year line or on a line of its own above it, and a last column of the change', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2034-04-02' } }).map(
      (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
    );
  it.each([
    // Written before the rule: a utility's key financials, a port authority's results, an auditor's
    // table of a corporation's receipts, a county treasury's summary (other voices than the state
    // railway's results of ho242 and the audit report of ho241).
    [
      'Key financials\n(EUR million)          2033      2032    Change (%)\nRevenue               4,812     4,501        +6.9\nOperating result       (215)     (388)          –\nInvestment            1,140       980       +16.3\n',
      [
        '4,812 amount 4812000000 EUR actual',
        '4,501 amount 4501000000 EUR actual',
        '+6.9 change 6.9 percent actual',
        '(215) amount -215000000 EUR actual',
        '(388) amount -388000000 EUR actual',
        '1,140 amount 1140000000 EUR actual',
        '980 amount 980000000 EUR actual',
        '+16.3 change 16.3 percent actual',
      ],
    ],
    [
      '(US$ million)        2032      2033    % change\nPort revenue        612.4     655.0       7.0\n',
      [
        '612.4 amount 612400000 USD actual',
        '655.0 amount 655000000 USD actual',
        '7.0 change 7 percent actual',
      ],
    ],
    [
      'Table 2.1: Receipts of the Corporation\n(Rs crore)\nParticulars   2031-32   2032-33\nTax revenue   412.50    455.10\n',
      ['412.50 amount 4125000000 INR actual', '455.10 amount 4551000000 INR actual'],
    ],
    [
      'Summary of county finances\n(KSh million)\n                    2030/31    2031/32\nTotal revenue        9,104      9,870\nAbsorption rate (%)   61.2       70.4\nStaff (number)        4,120      4,233\nWage-to-revenue ratio 0.41       0.43\n',
      [
        '9,104 amount 9104000000 KES actual',
        '9,870 amount 9870000000 KES actual',
        '61.2 share 61.2 percent actual',
        '70.4 share 70.4 percent actual',
      ],
    ],
    // Near-misses: a scale with no currency counts; a title of changes keeps its reading; a row in
    // percent of its own states no change in the change column.
    ['(million)            2032      2031\nPassengers          1,912     1,847\n', []],
    [
      '(Annual percentage change)\n                2032   2033\nReal GDP         2.9    3.4\n',
      ['2.9 change 2.9 percent actual', '3.4 change 3.4 percent actual'],
    ],
    [
      '(EUR million)        2033      2032    Change (%)\nReturn on equity (%)  8.1       7.4         9.5\n',
      ['8.1 share 8.1 percent actual', '7.4 share 7.4 percent actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v107: a list row’s cell may be a band of two ends, one figure in the title’s unit', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { publisher: 'x', date: '2034-04-02' } }).map(
      (c) =>
        `${c.stated.text} ${c.kind} ${c.range ? `${c.range.low}…${c.range.high}` : c.value} ${c.unit}`,
    );
  it.each([
    // Written before the rule: a competition authority's confidential shares, a trade ministry's
    // two margins a row, a regulator's changes by region (other voices than ho238's findings).
    [
      'Market shares, 2032 (%)\nApplicant: 30–40\nCompetitor A: 20–30\n',
      ['30–40 share 30…40 percent', '20–30 share 20…30 percent'],
    ],
    [
      'Subsidy and injury margins (%)\nCompany X: subsidy margin 4–6 | injury margin 8–10\n',
      ['4–6 share 4…6 percent', '8–10 share 8…10 percent'],
    ],
    [
      'Price change by region, 2032 (% change)\nNorth: 2-3; South: 1-2\n',
      ['2-3 change 2…3 percent', '1-2 change 1…2 percent'],
    ],
    // Near-misses: a band in the label and a span of years label the row's one cell.
    [
      'Unemployment rate by age, 2032 (%)\nAged 18–24: 11.2\nAged 25–54: 4.1\n',
      ['11.2 share 11.2 percent', '4.1 share 4.1 percent'],
    ],
    [
      'Average growth by period (annual % change)\n2025–2029: 2.4\n2030–2033: 1.9\n',
      ['2.4 change 2.4 percent', '1.9 change 1.9 percent'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});
