// Tests for src/authoring/extract.ts (v141): readings found in pension funds' reports, held here in
// other voices. A portfolio's gap against its benchmark, however the sentence words it, is a trap
// (README, "A holding's return"): an opening "Relative to its benchmark," before a return, "ahead
// of the benchmark by", a verb of beating with a pronoun or no object where the sentence names the
// benchmark, a noun of value added "over" the benchmark, and a sum that restates the gap after
// ", or". A heading that names an example after a noun of what it shows ("Fee example", "Tax
// illustration") heads a worked example (README, "Worked examples"). Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Northfield University Endowment',
    title: 'Annual investment review',
    url: 'https://example.org/review',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => `${c.stated.text} ${c.kind} ${c.status}`);

describe('a gap against a benchmark is no figure, however it is worded', () => {
  it.each([
    // A university endowment's review.
    ['Relative to its policy benchmark, the endowment returned 1.1 per cent in the year.', []],
    // A central bank's reserves management report.
    [
      'The reserves returned 3.4% in 2033, ahead of the strategic benchmark by 12 basis points.',
      ['3.4% change actual'],
    ],
    // A mutual fund's factsheet.
    [
      'The benchmark index returned 7.1% over the year, so the fund outperformed by 1.2 percentage points.',
      ['7.1% change actual'],
    ],
    // An insurer's investment report.
    [
      'Fixed income trailed its benchmark by 0.15 percentage points, while equities beat theirs by 0.4 percentage points.',
      [],
    ],
    // A sovereign wealth fund's annual report.
    ['Value added over the reference portfolio of 0.7%, or NZ$410 million, came from credit.', []],
    // A foundation's trustees' report.
    ['The excess return relative to the benchmark portfolio was 0.8 percentage points.', []],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: no benchmark named, a benchmark's own return, a return against its own past.
    ['Exports lagged by 3 percent in May.', ['3 percent change actual']],
    [
      'Against a benchmark return of 6.2%, the fund returned 5.6%.',
      ['6.2% change actual', '5.6% change actual'],
    ],
    [
      'Relative to last year, the endowment returned 2.1 percentage points more.',
      ['2.1 percentage points change actual'],
    ],
    ['Gross value added over the year of 2.4% came mostly from services.', ['2.4% share actual']],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a heading naming an example after its subject heads a worked example', () => {
  it.each([
    // A tax office's guide.
    ['Tax example\nA resident with a salary of $80,000 would pay $14,200 in tax.', []],
    // An energy regulator's bill guide.
    ['Bill illustration\nA household using 3,100 kWh would pay £1,020 a year.', []],
    // A student loans agency's leaflet.
    ['Repayment example\nA graduate earning R420,000 repays 9% of income above R300,000.', []],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: real cases under a plural heading, and a sentence that names an example.
    [
      'Examples of good practice\nThe Northern council cut its charge by 4.5%.',
      ['cut its charge by 4.5% change actual'],
    ],
    ['Our members\nMembership rose 3.2% to 412,000 in 2033.', ['rose 3.2% change actual']],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a performance of a percent is a return, a change', () => {
  it.each([
    // An insurer's with-profits report.
    ['The with-profits fund delivered a net performance of 5.2% in 2033.', ['5.2% change actual']],
    // A university endowment's review.
    [
      'The endowment recorded an investment performance of 7.4 per cent for the fiscal year.',
      ['7.4 per cent change actual'],
    ],
    // A mutual fund's quarterly letter.
    [
      'The fund achieved a gross performance of 3.1 percent over the quarter.',
      ['3.1 percent change actual'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: a fee named after performance, a share of a whole.
    ['The manager charges a performance fee of 20% of gains.', ['20% of gains share actual']],
    ['Equities made up 41.6% of assets.', ['41.6% of assets share actual']],
    [
      'Revenue was $1.21 billion against a target of $1.26 billion, a performance of 96.0 per cent.',
      [
        '$1.21 billion amount actual',
        '$1.26 billion amount expected',
        '96.0 per cent share actual',
      ],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
