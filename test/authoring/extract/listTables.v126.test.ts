// Tests for list tables and money brackets (v126): a list row's label as long as a results
// framework's indicator, a cell's bracketed "of which" part, a money bracket that opens with the
// period it covers or closes with what it is per. Sentences written before the rule, in voices
// other than the sets' results matrices, revenue statements and bond offering statements.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-04-02') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } }).map(
    (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`,
  );

describe('v126: a list row whose label is an indicator’s long name', () => {
  it.each([
    // A health ministry's results indicators, a climate fund's framework, a school programme's.
    [
      'Results indicators (%)\nShare of births attended by skilled health personnel in the target districts: baseline 62 in 2031; target 80 in 2036\nMeasles immunisation: baseline 71 in 2031; target 90 in 2036\n',
      [
        '62 share 62 percent actual',
        '80 share 80 percent expected',
        '71 share 71 percent actual',
        '90 share 90 percent expected',
      ],
    ],
    [
      'Core indicators (%)\nHouseholds in the project area with a climate-resilient source of drinking water: 38 in 2032; 65 in 2037\n',
      ['38 share 38 percent actual', '65 share 65 percent expected'],
    ],
    [
      'Learning outcomes (%)\nPupils in grade 3 reading at the expected level in supported primary schools: baseline 41 in 2032; target 60 in 2036\n',
      ['41 share 41 percent actual', '60 share 60 percent expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-miss: a sentence longer than any label, with a colon, under a title, stays prose.
    [
      'Results indicators (%)\nThe evaluation mission that visited the districts in March found the following, among other results reported: 62\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v126: a list cell’s bracketed part, "of which"', () => {
  it.each([
    // A customs service's receipts, a treasury's grants, an excise office's duties.
    [
      'Customs receipts, January 2034 (KSh million)\n- Import duty: 4,210 (of which anti-dumping duty 312)\n- Excise: 2,845\n',
      [
        '4,210 amount 4210000000 KES actual',
        '312 amount 312000000 KES actual',
        '2,845 amount 2845000000 KES actual',
      ],
    ],
    [
      'Grants received, 2033 (US$ million)\nBudget support: 96.5 (of which: World Bank 40.0)\nProject grants: 51.2\n',
      [
        '96.5 amount 96500000 USD actual',
        '40.0 amount 40000000 USD actual',
        '51.2 amount 51200000 USD actual',
      ],
    ],
    [
      'Excise collections, 2033 (€ million)\nTobacco: 1,120 (including heated products 210)\nAlcohol: 845\n',
      [
        '1,120 amount 1120000000 EUR actual',
        '210 amount 210000000 EUR actual',
        '845 amount 845000000 EUR actual',
      ],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-miss: a bracket that is no part of the cell ends the list, as before (its change is
    // the prose reader's).
    [
      'Excise collections, 2033 (€ million)\nTobacco: 1,120 (up 4.2%)\nAlcohol: 845\n',
      ['up 4.2% change 4.2 percent actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v126: a money bracket that names its period first or what it is per', () => {
  it.each([
    // A utility's operating history, a college's accounts, a port's results.
    [
      'OPERATING RESULTS (years ended 31 March; £ thousands)\n2032: operating income 48,210; operating costs 31,905\n',
      ['48,210 amount 48210000 GBP actual', '31,905 amount 31905000 GBP actual'],
    ],
    [
      'Income and expenditure (calendar years; € thousand)\n2032: income 12,480; expenditure 11,905\n',
      ['12,480 amount 12480000 EUR actual', '11,905 amount 11905000 EUR actual'],
    ],
    [
      'Outcome indicators\n                                               2032    2035\nAverage farm income (KSh thousand, per household)   84.0    96.5\n',
      ['84.0 amount 84000 KES actual', '96.5 amount 96500 KES expected'],
    ],
    [
      'Programme indicators\n                                     2032    2036\nGrant paid (R thousand, per school)     410     520\n',
      ['410 amount 410000 ZAR actual', '520 amount 520000 ZAR expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a bracket that names another unit first keeps its reading (the percent before
    // the money), a rate of exchange stays unread.
    [
      'Results (% of revenue; $ thousands)\n2032: surplus 4,210\n',
      ['4,210 share 4210 percent actual'],
    ],
    [
      'Rates\n                        2032    2036\nExchange rate (R per US$)    17.8    18.4\n',
      [],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});
