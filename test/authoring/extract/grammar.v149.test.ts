// Tests for src/authoring/extract.ts (v149): the parameters of a rule are no reported quantities.
// A pipe table's column of tolerance bands a policy allows around each target weight ("| Permissible
// deviation |" over "±7%") holds traps, and the gap a portfolio's return fell short of its
// benchmark by, named by a noun of shortfall or excess right after the sentence that set the two
// returns side by side ("against its benchmark return of 6.2%. The shortfall of 0.6% came …"), is
// the same gap as "underperformed its benchmark by 0.6%" (v106). The share a vote needs, right
// before "needed" or "required" in a sentence that names the vote ("53.7% yes, 55% needed"), is a
// rule of the vote, and a share of the votes won, then "with" that share ("received 88.4% of the
// votes cast, with 75% required"), is no double majority. Every sentence is our own, in
// voices other than the reserve fund's quarterly report the class was found in.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Orlan Pension Reserve Fund',
    title: 'Quarterly report',
    url: 'https://example.org/report',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => `${c.stated.text} ${c.kind} ${c.value}`);

describe('a column of tolerance bands around target weights holds no figures', () => {
  it.each([
    // A university endowment's investment policy table.
    [
      '| Asset class | Actual weight | Target | Tolerance |\n| Global equities | 48.2% | 50% | ±5% |\n| Fixed income | 31.5% | 30% | ±4% |',
      ['48.2% share 48.2', '50% share 50', '31.5% share 31.5', '30% share 30'],
    ],
    // A central bank's reserve-management report.
    [
      '| Currency | Share of reserves | Benchmark share | Allowed deviation |\n| US dollar | 61.3% | 60% | +/- 3 percentage points |',
      ['61.3% share 61.3', '60% share 60'],
    ],
    // An insurer's strategic asset allocation.
    [
      '| Portfolio | Weight at year-end | Strategic weight | Permitted range around target |\n| Government bonds | 42.0% | 40% | ± 10% |',
      ['42.0% share 42', '40% share 40'],
    ],
    // A sovereign fund's rebalancing note.
    [
      '| Asset class | Weight | Deviation limit |\n| Equities | 70.4% | ±2 percentage points |',
      ['70.4% share 70.4'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    // A band with a level before it is that level's band, and the level stays.
    ['| Asset class | Weight | Target band |\n| Equities | 70.4% | 70% ± 5% |', '70.4% share 70.4'],
    // A column of changes is no column of bands.
    ['| Asset class | Weight | Change on quarter |\n| Equities | 70.4% | -1.2% |', '-1.2%'],
  ] as const)('%#: %s', (text, has) => {
    expect(read(text).some((r) => r.startsWith(has))).toBe(true);
  });
});

describe('a shortfall or excess named right after a return set against its benchmark is the gap', () => {
  it.each([
    // A pension fund's annual report (the voice the class was found in, kept for reference).
    [
      'The Fund returned 5.6% over the year, against its strategic benchmark return of 6.2%. The shortfall of 0.6% came mainly from infrastructure.',
      ['5.6% change 5.6', '6.2% change 6.2'],
    ],
    // An endowment's letter.
    [
      'The endowment earned 8.1% in fiscal 2033, while its policy benchmark returned 7.4%. This outperformance of 0.7 percentage points reflected private equity.',
      ['8.1% change 8.1', '7.4% change 7.4'],
    ],
    // A central bank's reserves report.
    [
      'The investment tranche returned 2.9 percent in 2033 compared with 3.3 percent for the benchmark portfolio. The underperformance, 0.4 percentage points, arose in the duration overlay.',
      ['2.9 percent change 2.9', '3.3 percent change 3.3'],
    ],
    // An insurer's investment review.
    [
      'Our bond portfolio returned 4.4% against a benchmark return of 4.1%. The excess return of 0.3% came from credit selection.',
      ['4.4% change 4.4', '4.1% change 4.1'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A shortfall against no benchmark, of a fund against its liabilities, is a sum.
    [
      'Assets were £5.3 billion against liabilities of £5.8 billion. The shortfall of £0.5 billion will be met by deficit contributions.',
      '£0.5 billion',
    ],
    // A shortfall of revenue against a plan, no benchmark named.
    ['Revenue came in at 96% of the budget. The shortfall of 4% was met from reserves.', '4%'],
  ] as const)('near-miss %#: %s', (text, has) => {
    expect(read(text).some((r) => r.startsWith(has))).toBe(true);
  });
});

describe('the share a vote needs, right before "needed" or "required", is a rule of the vote', () => {
  it.each([
    // A trade union's ballot result.
    [
      'Members backed strike action by 84% on a turnout of 56%, clearing the 50% turnout threshold required by law.',
      ['84% share 84', '56% share 56'],
    ],
    // A county's ballot roundup, as a list line.
    [
      '- Westfield library levy: $12 million, 61.0% yes, 66.7% required (passed)',
      ['$12 million amount 12000000', '61.0% share 61'],
    ],
    // A listed company's poll results.
    [
      '- Resolution 2 (directors’ remuneration report): 71.2% for, 50% needed (passed)',
      ['71.2% share 71.2'],
    ],
    // A referendum commission's statement.
    [
      'The proposal received 52.4% yes votes but fell below the 60% required for a constitutional amendment.',
      ['52.4% share 52.4'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A sum needed with no vote keeps its reading.
    ['Revenue of $3.1 billion fell short of the $3.3 billion needed.', '$3.3 billion'],
    // Growth needed names no vote.
    ['Growth of 3% is needed to stabilise the debt ratio, the council said.', 'Growth of 3%'],
    // Turnout itself is a share.
    ['Turnout was 56%, above the 48% recorded in 2030.', '48%'],
  ] as const)('near-miss %#: %s', (text, has) => {
    expect(read(text).some((r) => r.startsWith(has))).toBe(true);
  });
});

describe('a share of the votes won, then "with" the share the vote needs, is no double majority', () => {
  it.each([
    // A listed company's poll results (the voice the class was found in).
    [
      'Resolution 12, a special resolution to disapply pre-emption rights, received 88.4% of the votes cast, with 75% required.',
      ['88.4% of the votes cast share 88.4'],
    ],
    // A referendum commission's statement.
    [
      'The amendment won 63.5% of the valid votes cast, with 60% required for adoption.',
      ['63.5% of the valid votes cast share 63.5'],
    ],
    // A parliament's press office.
    [
      'The constitutional bill was adopted by 71% of deputies, with 66.7% needed to amend the basic law.',
      ['71% of deputies share 71'],
    ],
    // A city clerk's election results.
    [
      'Proposition 4 drew 54.2% of the votes, with 55% needed for passage, and failed.',
      ['54.2% of the votes share 54.2'],
    ],
    // A housing co-operative's members' meeting.
    [
      'The motion to dissolve the society was carried by 81.2% of members voting, with 75% needed under rule 40.',
      ['81.2% of members voting share 81.2'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A double majority's second share names its whole and stays a rule.
    ['Decisions need 55% of member states, with 65% of the population behind them.', []],
    [
      'A qualified majority is reached when 55% of member states representing 65% of the population vote in favour.',
      [],
    ],
    // A share needed that names no vote keeps its reading.
    [
      'Revenue rose 4.2%, with 5% required to meet the plan.',
      ['rose 4.2% change 4.2', '5% change 5'],
    ],
  ] as const)('near-miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
