// Held sentences of the v217 class (test/fixtures/prose/README.md, "The calls": a rise, a cap on a
// rise or an indexation rate whose change noun stands earlier in the sentence or in the sentence
// before is a change): a bare "the caps were", "the limit for … is", "the rate was", "the median
// is", "the 3.9 per cent limit", "the 5.33% average", "above the 2.0% cap" after a rise named
// before it, a rise's noun with ", which was" giving its size, and a range of rises under a
// rise's noun or a verb that raised a price "by between" (ho280, ho282). Written in voices other
// than the tuition and social-rent notices it was seen in: a port tariff, a pension notice, a
// water utility, a farm scheme, a transit authority and a central bank. Near-misses keep their
// reading: a rate whose rise was a rate's, a cap named as a share of income, a bare rate with
// no rise before it, a median of a level, a range of returns on assets, an interest rate after a
// fee rise.

import { describe, expect, it } from 'vitest';
import { figuresAt, kindValueUnit, notice } from './readingOf.ts';

const NOTICE = notice('Tariff and pension notice', { publisher: 'Carrow Port Authority' });

/** The kind and value (a range as JSON) of the figure whose stated words overlap `number`. */
const kindOf = (text: string, number: string): string => {
  const found = figuresAt(text, number, NOTICE)[0];
  return found ? kindValueUnit(found).replace(/ percent$/, '') : 'none';
};

describe('v217: a cap, rate, average or median of a rise named before it is a change', () => {
  it.each([
    // A port tariff: the caps of the year before, the rise named in the sentence before.
    [
      'Shipping lines had pressed for berth due increases of no more than 2.0% for coastal vessels. For 2033 the caps were 3.4% and 5.1% respectively.',
      '3.4%',
      'change 3.4',
    ],
    [
      'Shipping lines had pressed for berth due increases of no more than 2.0% for coastal vessels. For 2033 the caps were 3.4% and 5.1% respectively.',
      '5.1%',
      'change 5.1',
    ],
    // A pension notice: the indexation rate of a year before, its noun earlier in the sentence.
    [
      'Indexation added £41 million to pensions in payment this year, against £58 million in April 2033, when the rate was 4.6%.',
      '4.6%',
      'change 4.6',
    ],
    // A water utility: the statutory limit on bill rises, named in the sentence before.
    [
      'The determination held bill increases at CPI plus 0.5 per cent. September CPI was 2.2 per cent, so the limit for 2034-35 is 2.7 per cent.',
      '2.7 per cent',
      'change 2.7',
    ],
    [
      'The determination held bill increases at CPI plus 0.5 per cent in 2033-34. The Authority expects the 2.7 per cent limit to add about £11 to the average bill.',
      '2.7 per cent',
      'change 2.7',
    ],
    // A farm scheme: rises in payment rates, their median and the average of the year before.
    [
      'Payment rates for upland holdings were set with increases averaging 3.15% for 2035, 0.42 percentage points lower than the 3.57% average for 2034.',
      '3.57%',
      'change 3.57',
    ],
    [
      'Increases range from 1.10% to 6.25% across the 14 grant lines, and the median is 2.90%.',
      '2.90%',
      'change 2.9',
    ],
    [
      'Increases range from 1.10% to 6.25% across the 14 grant lines, and the median is 2.90%.',
      '1.10%',
      'change {"low":1.1,"high":6.25}',
    ],
    // A transit authority: a regulator setting the rate after a consultation on the fare movement.
    [
      'The Regulator consulted operators on a proposed maximum fare movement of 4.5%. Having weighed the responses, it has set the rate at 3.6%, in line with its forecast of wage costs.',
      '3.6%',
      'change 3.6',
    ],
    // A pension notice again: a rise's noun, then ", which was" and its size.
    [
      'The Board has now received the Treasury estimate of the average earnings increase over the year to March 2034, which was 3.3%.',
      '3.3%',
      'change 3.3',
    ],
    // A water utility: operators raised a charge "by between", above the cap on its rise.
    [
      'Three operators raised standing charges for rural customers by between 4.2% and 5.8% in 2034-35, above the 3.5% cap, and must refund the excess.',
      '4.2%',
      'change {"low":4.2,"high":5.8}',
    ],
    [
      'Three operators raised standing charges for rural customers by between 4.2% and 5.8% in 2034-35, above the 3.5% cap, and must refund the excess.',
      '3.5%',
      'change 3.5',
    ],
  ])('%s → %s', (text, number, want) => {
    expect(kindOf(text, number)).toBe(want);
  });
});

describe('v217 near-misses keep their reading', () => {
  it.each([
    // A central bank: the rise was a rate's, so "the rate" is that rate's level.
    [
      'The Bank announced further policy rate increases in March. By June the rate was 5.25%.',
      '5.25%',
      'share 5.25',
    ],
    // A rent cap named as a share of income after a rise.
    [
      'Rent increases were held to 2% last year. The cap is 30% of household income for new tenancies.',
      '30%',
      'share 30',
    ],
    // A bare rate with no rise named before it.
    ['The scheme pays interest on deposits, and the rate was 3.1% in 2034.', '3.1%', 'share 3.1'],
    // A median of a level after a rise in another sentence's noun.
    [
      'Tariff increases took effect in April. The median collection rate is 96.4% across the ports.',
      '96.4%',
      'share 96.4',
    ],
    // A range of returns on assets, no rise: levels.
    [
      'Returns on the harbour tangible assets ranged from 6.1% at the east quay to 9.4% at the west quay.',
      '6.1%',
      'share {"low":6.1,"high":9.4}',
    ],
    // A fee rise, then an interest rate that is its own level.
    [
      'Licence fee increases take effect on 1 July, and the interest rate on late payments will be 8%.',
      '8%',
      'share 8',
    ],
  ])('%s → %s', (text, number, want) => {
    expect(kindOf(text, number)).toBe(want);
  });
});
