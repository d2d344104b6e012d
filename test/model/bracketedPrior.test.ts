// A level and the earlier period's level in brackets, the unit written once after both: the words
// each number is read as, and the look-alikes that keep their own reading.
import { describe, expect, it } from 'vitest';
import { priorBracketWords, sameShape } from '../../src/model/bracketedPrior.ts';
import { readStatedValue } from '../../src/model/statedValue.ts';

describe('priorBracketWords', () => {
  it.each([
    // A buffer fund's half-year report.
    ['SEK 512.6', 'Fund capital amounted to ', ' (478.3) billion on 30 June.', 'SEK 512.6 billion'],
    ['478.3', 'Fund capital amounted to SEK 512.6 (', ') billion on 30 June.', 'SEK 478.3 billion'],
    // An insurer's interim report: a signed bracketed number, and a glued percent.
    ['-2.9', 'The return was 6.7 (', ') per cent after costs.', '-2.9 per cent'],
    ['38.9', 'The cost ratio was ', ' (41.2)% for the year.', '38.9%'],
    // A bank's quarterly report: the scale and the currency word after it.
    ['4,120', 'Net interest income was ', ' (3,870) million kronor.', '4,120 million kronor'],
    // A listed company's per-share sum: no unit after the bracket, the sum's currency.
    ['1.97', 'Earnings per share were EUR 2.31 (', ') in the period.', 'EUR 1.97'],
    ['7,905', 'Net sales were SEK 8,412 (', ').', 'SEK 7,905'],
  ])('%s after %j', (words, lead, after, want) => {
    expect(priorBracketWords(words, lead, after)).toBe(want);
  });

  it.each([
    // Each number with its own unit.
    ['135%', 'The solvency ratio was ', ' (128%) at year end.'],
    ['SEK 12.4 billion', 'Revenue was ', ' (11.1 billion).'],
    // A footnote's mark after a sum.
    ['2', 'Net sales were EUR 3.2 (', ') in the year.'],
    // A bracket of words, and a bare number with no pair.
    ['5.5%', 'The fund returned ', ' (benchmark 5.1%).'],
    ['12', 'Clause ', ' of the rules applies.'],
  ])('%s after %j: none', (words, lead, after) => {
    expect(priorBracketWords(words, lead, after)).toBeUndefined();
  });

  it('gives the stated-value reader the scale after the bracket', () => {
    const lead = 'Fund capital amounted to SEK 512.6 (';
    expect(readStatedValue('478.3', 'amount', { lead, after: ') billion.' })[0]).toEqual({
      value: 478.3e9,
      unit: 'SEK',
    });
    expect(
      readStatedValue('SEK 512.6', 'amount', {
        lead: 'Capital was ',
        after: ' (478.3) billion',
      })[0],
    ).toEqual({ value: 512.6e9, unit: 'SEK' });
  });
});

describe('sameShape', () => {
  it.each([
    ['2.31', '1.97', true],
    ['8,412', '7,905', true],
    ['-0.4', '1.2', true],
    ['3.2', '2', false],
    ['45', '38', false],
  ])('%s and %s', (a, b, want) => {
    expect(sameShape(a, b)).toBe(want);
  });
});
