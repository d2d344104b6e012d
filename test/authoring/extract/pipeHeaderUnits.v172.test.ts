// Tests for pipe tables whose unit sits in a column's header cell (v172): "| Stage | Projects
// (number) | Value (RM million) |" gives the unit and scale of that column's bare cells, and
// "Share (%)" a percent. Sentences written before the rule, in voices other than the open set's
// investment promotion agency: a city's capital budget, a development bank's portfolio, a
// university's annual accounts, a water utility's performance report.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-04-02') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`);

describe('v172: a pipe table column whose header cell gives its unit', () => {
  it.each([
    // A development bank's portfolio at a past date: sums under "Amount (€ m)", counts beside.
    [
      'Portfolio by sector at 31 December 2033\n\n| Sector | Operations (number) | Amount (€ m) |\n| Energy | 41 | 2,310 |\n| Transport | 27 | 1,845.5 |\n',
      ['2,310 amount 2310000000 EUR actual', '1,845.5 amount 1845500000 EUR actual'],
    ],
    // A university's accounts: a money column and a percent column, with a markdown rule line.
    [
      'Income by source, 2032-33\n\n| Source | Income (£ million) | Share (%) |\n| --- | --- | --- |\n| Tuition fees | 412.6 | 48.1 |\n| Research grants | 198.3 | 23.1 |\n',
      [
        '412.6 amount 412600000 GBP actual',
        '48.1 share 48.1 percent actual',
        '198.3 amount 198300000 GBP actual',
        '23.1 share 23.1 percent actual',
      ],
    ],
    // A water utility's performance report: a change column and a sum column in billions.
    [
      'Revenue by region in 2033\n\n| Region | Revenue (R billion) | Change (%) |\n| North | 3.4 | 6.2 |\n| South | 2.9 | -1.4 |\n',
      [
        '3.4 amount 3400000000 ZAR actual',
        '6.2 change 6.2 percent actual',
        '2.9 amount 2900000000 ZAR actual',
        '-1.4 change -1.4 percent actual',
      ],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a header that names a count, or no unit at all, gives its cells none; a
    // header with no currency ("(million)") gives a bare cell no money.
    ['Projects by stage\n\n| Stage | Projects (number) | Jobs |\n| Enquiry | 118 | 2,400 |\n', []],
    ['Visitors by site\n\n| Site | Visitors (million) |\n| Museum | 1.2 |\n', []],
  ])('%j keeps its reading', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v172: a pipe table titled as a pipeline or a programme of works', () => {
  it.each([
    // A port authority's project pipeline, a venture fund's deal pipeline, a city's capital works
    // programme: the sums the projects would come to, not yet spent (the README's pipeline call).
    [
      'Project pipeline at 31 March 2034\n\n| Stage | Projects (number) | Value (A$ million) |\n| Feasibility | 9 | 1,240 |\n| Design | 4 | 615.0 |\n',
      ['1,240 amount 1240000000 AUD expected', '615.0 amount 615000000 AUD expected'],
    ],
    [
      'Deal pipeline, end-June 2034\n| Stage | Amount (US$ m) |\n|---|---|\n| Term sheet | 85 |\n',
      ['85 amount 85000000 USD expected'],
    ],
    [
      'Capital works programme\n\n| Project | Budget ($ million) |\n| Central library | 12.5 |\n',
      ['12.5 amount 12500000 USD expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a portfolio valued at a past date, and a programme whose year is over, keep
    // the reading of their cells (actual).
    [
      'Loan portfolio at 31 December 2033\n\n| Sector | Amount (€ m) |\n| Energy | 2,310 |\n',
      ['2,310 amount 2310000000 EUR actual'],
    ],
    [
      'Capital works programme 2031-32\n\n| Project | Spent ($ million) |\n| Central library | 12.5 |\n',
      ['12.5 amount 12500000 USD actual'],
    ],
  ])('%j keeps its reading', (text, expected) => expect(read(text)).toEqual(expected));
});
