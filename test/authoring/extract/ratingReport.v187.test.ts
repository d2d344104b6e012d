// What a rating agency's report states that is no figure (v187): rating triggers it lists under a
// heading with no colon, under a label of direction of its sensitivities, or writes in a sentence
// with an outlook's move; and the weights its scorecard gives its factors. Every sentence is our
// own, in voices other than the sovereign report's: a county, a utility, a bank, an insurer, a
// port.

import { describe, expect, it } from 'vitest';
import { ratingTrigger } from '../../../src/authoring/extract/ratingTrigger.ts';
import { awardWeighting } from '../../../src/authoring/extract/weighting.ts';

/** ratingTrigger on the number `num` of the last line of `doc` (the sentence is that line). */
function trigger(doc: string, num: string): boolean {
  const cut = doc.lastIndexOf('\n') + 1;
  const before = doc.slice(0, cut);
  const sentence = doc.slice(cut);
  const start = sentence.indexOf(num);
  if (start < 0) throw new Error(`"${num}" is not in "${sentence}": fix the row`);
  return ratingTrigger(before, sentence, start, num);
}

describe('ratingTrigger: trigger lists with no colon (v187)', () => {
  it.each([
    // A heading with no colon that names the trigger.
    [
      'Factors that could lower the county’s rating\n- Unrestricted reserves falling below 8% of spending for two years;',
      '8%',
    ],
    [
      'What could trigger a downgrade of the bank\n\n- A common equity tier 1 ratio below 11.5%',
      '11.5%',
    ],
    [
      'What could prompt an upgrade\n- Debt service coverage above 1.8x and liquidity of more than 250 days',
      '250 days',
    ],
    [
      'WHAT COULD LEAD TO A REVISION OF THE OUTLOOK TO STABLE\n- Port volumes recovering to above 4.5 million TEU;',
      '4.5 million TEU',
    ],
    [
      'Factors that could raise the ratings\n- Reserves of at least $40 million;\n- Pension costs under 9% of revenue',
      '9%',
    ],
    ['What could trigger a downgrade\n- Claims ratio in excess of 85%;', '85%'],
    // A polarity label under the heading of rating sensitivities or drivers of rating change.
    [
      'Rating Sensitivities\nUpward factors\n- Days cash on hand rising above 200;\nDownward factors\n- Operating margin below 2%',
      '2%',
    ],
    [
      'Rating-change drivers\nPositive:\n- Leverage below 4.0x;\nNegative:\n- The net debt of the utility on course to exceed 65% of its asset base;',
      '65%',
    ],
    [
      'RATING SENSITIVITIES\nNegative: a fall in liquidity below $120 million for a sustained period.',
      '$120 million',
    ],
    ['What could change the rating\nDown\n- Solvency ratio below 150%', '150%'],
  ] as const)('%#: a trigger: %s', (doc, num) => {
    expect(trigger(doc, num)).toBe(true);
  });

  it.each([
    // In a sentence: an outlook's move, a modal with an adverb before its verb.
    ['The outlook could return to stable if the insurer’s solvency ratio rose above 160%.', '160%'],
    ['We would likely downgrade the ratings if coverage fell below 1.2x.', '1.2x'],
    [
      'We would probably lower the county’s rating should reserves drop under 5% of spending.',
      '5%',
    ],
  ] as const)('%#: a trigger in the sentence: %s', (sentence, num) => {
    expect(trigger(sentence, num)).toBe(true);
  });

  it.each([
    // A heading that names what did move the rating, or the rating's drivers, or no rating.
    ['Factors that led to the upgrade\n- Reserves rising above 20% of spending', '20%'],
    ['Key Rating Drivers\n- Debt above 70% of GDP weighs on the rating', '70%'],
    ['Strengths\nPositive:\n- Exports above 40% of GDP', '40%'],
    ['Sensitivity\n- Claims above 85% of premiums', '85%'],
    // A sentence ending with a period above the list: prose, no heading.
    ['The plan aims to cut debt further.\n- Debt below 60% of GDP by 2035', '60%'],
    // A level told in the item, under a trigger heading.
    ['What could trigger an upgrade\n- Reserves rose above 25% of spending in 2033', '25%'],
    ['Rating Sensitivities\nUpward factors\n- Debt fell below 70% of GDP in 2032', '70%'],
    // A level with no bound before it.
    ['What could trigger a downgrade\n- Debt of 80% of GDP', '80%'],
    // An outlook told, no move.
    ['The outlook was stable in 2032 when reserves stood above 25% of spending.', '25%'],
  ] as const)('%#: no trigger: %s', (doc, num) => {
    expect(trigger(doc, num)).toBe(false);
  });
});

/** awardWeighting on the percent `num` of `sentence`, after the sentence `context`. */
function weight(sentence: string, num: string, context = ''): boolean {
  const start = sentence.indexOf(num);
  if (start < 0) throw new Error(`"${num}" is not in "${sentence}": fix the row`);
  return awardWeighting(sentence.slice(0, start), sentence.slice(start), context);
}

describe('awardWeighting: a rating scorecard’s weights (v187)', () => {
  it.each([
    ['The bank scorecard weights capital at 25% and funding at 20%.', '25%', ''],
    ['The bank scorecard weights capital at 25% and funding at 20%.', '20%', ''],
    [
      'Our county methodology weighs the economy at 30%, finances at 30% and management at 20%.',
      '20%',
      'The rating reflects a strong tax base.',
    ],
    [
      'The model weighs business profile at 40%, capital at 35% and liquidity at 25%.',
      '35%',
      'The insurer’s indicative rating is a-.',
    ],
  ] as const)('%#: a weight: %s', (sentence, num, context) => {
    expect(weight(sentence, num, context)).toBe(true);
  });

  it.each([
    // An index's weight, no word of rating or scoring: a share.
    ['The CPI basket weights food at 18.5% and energy at 8.1%.', '18.5%', 'Inflation fell in May.'],
    // A weight of the debt on growth: a clause, a level measured.
    ['High debt weighs on growth, which fell to 1.2% in 2032.', '1.2%', 'The rating is BBB.'],
    // A verb that weighs no factor at a percent.
    ['The agency weighs the risk that debt rises to 80% of GDP.', '80%', 'The rating is stable.'],
  ] as const)('%#: no weight: %s', (sentence, num, context) => {
    expect(weight(sentence, num, context)).toBe(false);
  });
});
