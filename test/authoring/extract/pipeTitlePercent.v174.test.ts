// Tests for pipe tables whose bare cells take their percent from the title's bracket (v174):
// "Returns by asset class, fiscal year 2033 (net of fees, %)" ⏎ "| Public equities | 14.81 |
// 13.97 |" holds returns, `change`s; columns headed by period lengths or named periods ("| 3 months
// | 1 year | 5 years p.a. |") too; and label lines that name several measures under a title whose
// bracket opens with the unit and says what it is measured in ("(% in US dollars)"). Sentences
// written before the rule, in voices other than the open set's sovereign funds: a public pension
// fund, a university endowment, an insurer's investment report, a church commissioners' report.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-02-10') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`);

describe('v174: a pipe table whose title gives its bare cells a percent', () => {
  it.each([
    // A public pension fund's annual report: returns and the benchmark's, after a blank line.
    [
      'Investment returns by asset class, year to 30 June 2033 (net of costs, %)\n\n| Asset class | Fund | Benchmark |\n| --- | --- | --- |\n| Global equities | 12.40 | 11.85 |\n| Infrastructure | -1.20 | 0.40 |\n',
      [
        '12.40 change 12.4 percent actual',
        '11.85 change 11.85 percent actual',
        '-1.20 change -1.2 percent actual',
        '0.40 change 0.4 percent actual',
      ],
    ],
    // A university endowment: columns of named periods, and a value-added row that is a gap.
    [
      'Endowment returns to 30 June 2033, after fees (%)\n\n| | One year | Three years p.a. | Ten years p.a. |\n| --- | --- | --- | --- |\n| Endowment | 8.7 | 6.1 | 7.9 |\n| Policy portfolio | 8.1 | 5.8 | 7.2 |\n| Value added | 0.6 | 0.3 | 0.7 |\n',
      [
        '8.7 change 8.7 percent actual',
        '6.1 change 6.1 percent actual',
        '7.9 change 7.9 percent actual',
        '8.1 change 8.1 percent actual',
        '5.8 change 5.8 percent actual',
        '7.2 change 7.2 percent actual',
      ],
    ],
    // An insurer's investment report: period lengths with "p.a." and a quarter.
    [
      'Investment portfolio returns to 31 December 2033, in euros (%)\n\n| | 3 months | 1 year | 5 years p.a. |\n| --- | --- | --- | --- |\n| Fixed income | 1.10 | 3.95 | 1.80 |\n',
      [
        '1.10 change 1.1 percent actual',
        '3.95 change 3.95 percent actual',
        '1.80 change 1.8 percent actual',
      ],
    ],
    // A church commissioners' report: a mix of the fund's holdings, shares of the whole.
    [
      'Asset allocation at 31 December 2033 (% of fund)\n\n| Asset | Actual | Strategic |\n| Equities | 46.2 | 45.0 |\n| Property | 18.9 | 20.0 |\n',
      [
        '46.2 share 46.2 percent actual',
        '45.0 share 45 percent actual',
        '18.9 share 18.9 percent actual',
        '20.0 share 20 percent actual',
      ],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a table that counts, a title with no unit, a row whose label names its own
    // unit and a row naming the gap between two returns keep their reading.
    [
      'Holdings by asset class, 2033 (number of mandates)\n\n| Asset class | Mandates | Managers |\n| Equities | 14 | 9 |\n',
      [],
    ],
    [
      'Returns by asset class, fiscal year 2033\n\n| Asset class | Return | Benchmark |\n| Equities | 14.2 | 13.9 |\n',
      [],
    ],
    ['Pension fund summary, 2033 (%)\n\n| Item | 2033 |\n| Members (number) | 41,200 |\n', []],
    [
      'Returns against the benchmark, 2033 (%)\n\n| | Fund | Benchmark |\n| Excess return | 0.4 | |\n',
      [],
    ],
  ])('%j keeps its reading', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v174: label lines of named measures under a title whose bracket opens with "%"', () => {
  it.each([
    // A public pension fund's and an endowment's one-line summaries.
    [
      'Fund returns and benchmarks, 2033 (% in Canadian dollars)\n- Pension Plan: return 9.4 | benchmark 8.8\n- Reserve Fund: return 4.2 | benchmark 4.0\n',
      [
        '9.4 change 9.4 percent actual',
        '8.8 change 8.8 percent actual',
        '4.2 change 4.2 percent actual',
        '4.0 change 4 percent actual',
      ],
    ],
    [
      'Pool returns, fiscal 2033 (% in local currency)\n- Long-term pool: return 7.7 | benchmark 7.1\n',
      ['7.7 change 7.7 percent actual', '7.1 change 7.1 percent actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-miss: a bracket in thousands is no percent.
    [
      'Members by plan, 2033 (thousands in Canada)\n- Pension Plan: active 41.2 | retired 18.0\n',
      [],
    ],
  ])('%j keeps its reading', (text, expected) => expect(read(text)).toEqual(expected));
});
