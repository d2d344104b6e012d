// Tests for src/authoring/extract/supposed.ts (v202): a rule per step of a measure past a bound,
// found in the opened sets ho264 and ho276 ("A premium of ₹3.56 per quintal will be paid for every
// 0.1 per cent increase in recovery above 10.25 per cent", "The price shall be reduced by EUR 1.00
// per tonne for each 0.1 percentage point by which the moisture content exceeds 13.5 %", "For each
// 0.1 percentage point below 99.5%, the supplier pays a penalty of NOK 75,000 per month", "the TBP
// shall be reduced by 0.5 per cent for each kilometre of duplication not delivered") and held here
// in other voices. The sum per step, the step and the bound the rule counts from are a rule, traps
// (README, Rules of thumb, v202). A price per unit of a good, a grant per member and a change that
// happened keep their reading.

import { describe, expect, it } from 'vitest';
import { readingOf } from './readingOf.ts';

describe('a sum or a percent per step past a bound', () => {
  it.each([
    // A dairy board's milk price schedule: a premium per step of fat above a bound.
    [
      'A bonus of €0.35 per 100 litres is paid for every 0.1 per cent increase in butterfat above 4.2 per cent.',
      '€0.35',
    ],
    [
      'A bonus of €0.35 per 100 litres is paid for every 0.1 per cent increase in butterfat above 4.2 per cent.',
      '0.1 per cent',
    ],
    [
      'A bonus of €0.35 per 100 litres is paid for every 0.1 per cent increase in butterfat above 4.2 per cent.',
      '4.2 per cent',
    ],
    // A grain board's intake terms: a deduction per step by which a grade exceeds its bound.
    [
      'The board deducts $1.50 per tonne for each 0.5 percentage point by which screenings exceed 5 per cent.',
      '$1.50',
    ],
    [
      'The board deducts $1.50 per tonne for each 0.5 percentage point by which screenings exceed 5 per cent.',
      '5 per cent',
    ],
    // A water utility's performance contract: the step opens the sentence.
    [
      'For each 0.5 percentage point below 99.2%, the operator pays a penalty of R120,000 per quarter.',
      'R120,000',
    ],
    [
      'For each 0.5 percentage point below 99.2%, the operator pays a penalty of R120,000 per quarter.',
      '99.2%',
    ],
    // A rail concession: a percent per unit of works not done.
    [
      'The availability payment shall be reduced by 0.8 per cent for each station not upgraded by the deadline.',
      '0.8 per cent',
    ],
  ])('%s → "%s" is no figure', (text, number) => {
    expect(readingOf(text, number)).toBe('none');
  });

  it.each([
    // A price per unit of a good.
    ['The board pays €238 per tonne for milling wheat.', '€238', 'amount'],
    // A grant per member, no step.
    ['Each school receives R1,760 for every learner enrolled.', 'R1,760', 'amount'],
    // A change that happened.
    [
      'Butterfat content rose 0.1 per cent in 2033, above the 4.2 per cent bound.',
      '0.1 per cent',
      'change',
    ],
  ])('%s → "%s" keeps its reading', (text, number, kind) => {
    expect(readingOf(text, number).split(' ')[0]).toBe(kind);
  });
});
