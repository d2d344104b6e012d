// Tests for list tables and year tables whose unit sits in a title, a column header or a row
// label's bracket (v163): a list row's earlier value in a bare bracket after its cell ("Premium
// income: 2,918 (2,604)"), a year table titled by its year-end and a currency in words, a "nil"
// cell among a year row's cells. Sentences written before the rules, in voices other than the
// open sets' export credit agency and tax policy paper.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-04-02') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`);

describe('v163: a list row’s earlier value in a bare bracket after its cell', () => {
  it.each([
    // A Nordic insurer's results release, a Swedish pension fund's half-year report, a Danish
    // port's key figures.
    [
      'Highlights 2033 (SEK million)\n- Net sales: 4,812 (4,390)\n- Operating profit: 611 (548)\n\nThe board proposes a dividend.\n',
      [
        '4,812 amount 4812000000 SEK actual',
        '4,390 amount 4390000000 SEK actual',
        '611 amount 611000000 SEK actual',
        '548 amount 548000000 SEK actual',
      ],
    ],
    [
      'Key figures, first half of 2033 (DKK million)\nRevenue: 1,204.5 (1,118.2)\nEBITDA: 402.1 (388.0)\n\nOutlook\n',
      [
        '1,204.5 amount 1204500000 DKK actual',
        '1,118.2 amount 1118200000 DKK actual',
        '402.1 amount 402100000 DKK actual',
        '388.0 amount 388000000 DKK actual',
      ],
    ],
    [
      'Fund result 2033 (EUR million)\n1. Contributions received: 912 (874)\n2. Benefits paid: 655 (631)\n\nNotes follow.\n',
      [
        '912 amount 912000000 EUR actual',
        '874 amount 874000000 EUR actual',
        '655 amount 655000000 EUR actual',
        '631 amount 631000000 EUR actual',
      ],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a lone bracketed cell is a loss, as accounts write it; a bracket of words
    // after the cell, or a sentence, is no earlier value.
    [
      'Key figures 2033 (NOK million)\n- Net result: (412)\n- Premium income: 2,918\n',
      ['(412) amount -412000000 NOK actual', '2,918 amount 2918000000 NOK actual'],
    ],
    ['Key figures 2033 (NOK million)\n- Premium income: 2,918 (see note 4)\n', []],
    ['Premium income rose to 2,918 (2,604) in the year.\n', []],
  ])('%j keeps its reading', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v163: a year table under a title of its year-end and a currency in words', () => {
  it.each([
    // A state pension fund's annual report, a port authority's statistics, a university's accounts.
    [
      'Benefit payments (fiscal years ended June 30; in millions of U.S. dollars)\n\n| Plan | 2033 | 2034 |\n| Retirement | 812.4 | 866.0 |\n\nNotes\n',
      ['812.4 amount 812400000 USD actual', '866.0 amount 866000000 USD actual'],
      '2034-09-30',
    ],
    [
      'Harbour dues collected (years ended 31 March; in thousands of Canadian dollars)\nDue 2033 2034\nWharfage 4,120 4,388\n\nOutlook\n',
      ['4,120 amount 4120000 CAD actual', '4,388 amount 4388000 CAD actual'],
      '2034-06-15',
    ],
    [
      'Research income (fiscal years ended September 30; $ millions)\n| Source | FY 2033 | FY 2034 |\n| Federal grants | 301.5 | 322.9 |\n\nNotes\n',
      ['301.5 amount 301500000 USD actual', '322.9 amount 322900000 USD actual'],
      '2034-11-20',
    ],
  ])('%j → %j', (text, expected, date) => expect(read(text, date)).toEqual(expected));

  it('keeps a year still open when the title names no year-end', () => {
    expect(
      read(
        'Research income ($ millions)\n| Source | 2033 | 2034 |\n| Federal grants | 301.5 | 322.9 |\n\nNotes\n',
        '2034-11-20',
      ),
    ).toEqual(['301.5 amount 301500000 USD actual', '322.9 amount 322900000 USD expected']);
  });
});

describe('v163: a blank cell between pipes holds its year’s place', () => {
  it.each([
    // A finance ministry's costing table, a regulator's levy table, a council's savings plan.
    [
      '| | 2034-35 | 2035-36 | 2036-37 |\n| Revenue effect ($m) | nil | 120 | 135 |\n\nThe costing is final.\n',
      ['120 amount 120000000 USD expected', '135 amount 135000000 USD expected'],
    ],
    [
      '| Levy | 2033 | 2034 | 2035 |\n| Industry levy (€ million) | – | 14.2 | 15.0 |\n\nNotes\n',
      ['14.2 amount 14200000 EUR actual', '15.0 amount 15000000 EUR expected'],
    ],
    [
      'Savings plan (£ million)\n| Scheme | 2034 | 2035 | 2036 |\n| Libraries | 1.2 | n.a. | 0.8 |\n\nNotes\n',
      ['1.2 amount 1200000 GBP actual', '0.8 amount 800000 GBP expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text, '2035-02-10')).toEqual(expected));

  it('reads no zero and moves no cell when a row is whole', () => {
    expect(
      read('| | 2034 | 2035 |\n| Revenue effect ($m) | 10 | 12 |\n\nNotes\n', '2035-02-10'),
    ).toEqual(['10 amount 10000000 USD actual', '12 amount 12000000 USD expected']);
  });
});
