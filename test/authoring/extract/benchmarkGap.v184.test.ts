// Held sentences of the v184 class (test/fixtures/prose/README.md, "The calls", a portfolio's gap
// against its benchmark): the gap worded with a verb of exceeding ("exceeded the policy benchmark
// by 0.72 percentage points"), with the rival return named in place of a benchmark ("has beaten
// the Treasury Bill return by 6.54 percent a year"), with a per-year phrase between the gap and
// its comparative ("0.19 percentage point a year higher than the return on the benchmark index"),
// and the gap restated in money after such a phrase (", or NZ$48.3 billion"). First seen in
// sovereign and pension fund reports (ho263); written here in other voices: a university
// endowment's report, an insurer's investment report, a local pension board's minutes, a unit
// trust's factsheet and a central bank's reserves report. Near-misses keep their reading: receipts
// over a budget, a return against its own earlier level, a return restated in money, a gap between
// other measures and a benchmark's own return.

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';

/** The values of the figures overlapping `number`, joined, or "none". */
function valuesAt(text: string, number: string): string {
  const found = figuresAt(text, number);
  return found.length ? found.map((c) => `${c.kind} ${c.value}`).join(', ') : 'none';
}

describe('v184: a gap against a benchmark or a rival return is a trap', () => {
  it.each([
    [
      'Since 2015 the endowment has beaten the CPI-plus-5 return by 1.8 percent a year, or $412 million.',
      '1.8 percent',
    ],
    [
      'Since 2015 the endowment has beaten the CPI-plus-5 return by 1.8 percent a year, or $412 million.',
      '$412 million',
    ],
    [
      'The general account portfolio exceeded its reference benchmark by 0.35 percentage points in 2033.',
      '0.35 percentage points',
    ],
    [
      "The Board noted that the Plan's return had surpassed the policy benchmark by 41 basis points, or $22.6 million.",
      '41 basis points',
    ],
    [
      "The Board noted that the Plan's return had surpassed the policy benchmark by 41 basis points, or $22.6 million.",
      '$22.6 million',
    ],
    [
      "Over five years the trust's return has been 1.1 percentage points a year higher than the return on its benchmark index.",
      '1.1 percentage points',
    ],
    [
      "The tranche's return was 12 basis points per annum lower than the return of the benchmark portfolio.",
      '12 basis points',
    ],
    [
      'Since 2010 the Foundation has outpaced the cash return by 3.2 per cent per annum.',
      '3.2 per cent',
    ],
    [
      'The cash sleeve lagged the Treasury bill return by 0.3 percent a year over the period.',
      '0.3 percent',
    ],
    [
      "The insurer's bond book fell short of its benchmark by 0.4 percentage points in the year.",
      '0.4 percentage points',
    ],
    [
      "The fund's return exceeded the policy benchmark by 0.72 percentage points, or $196 million.",
      '0.72 percentage points',
    ],
  ])('%s (%s)', (text, number) => {
    expect(valuesAt(text, number)).toBe('none');
  });
});

describe('v184 near-misses keep their reading', () => {
  it.each([
    ['Tax receipts exceeded the budget estimate by 4.2 percent in 2033.', '4.2 percent'],
    ['Exports outperformed imports by 3 percent in the year.', '3 percent'],
    ['The endowment returned 7.4 percent a year, or $3.1 billion, over the decade.', '7.4 percent'],
    ["The trust's return was 0.5 percentage point higher than in 2032.", '0.5 percentage point'],
    ['The benchmark return was 6.2 percent in 2033.', '6.2 percent'],
    ['Spending exceeded the 2032 level by 5 percent.', '5 percent'],
    [
      "The Fund's return exceeded last year's return by 2.1 percentage points.",
      '2.1 percentage points',
    ],
  ])('%s (%s)', (text, number) => {
    expect(valuesAt(text, number)).not.toBe('none');
  });
});
