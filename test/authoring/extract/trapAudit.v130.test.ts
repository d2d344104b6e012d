// The v130 class, a level inside the condition of a rating trigger, in voices other than the
// ratings release it was first seen in (a second agency's "factors that could lead to an upgrade"
// list, an agency's "We could lower the rating if" paragraph, a sovereign report's pressure that
// could arise, a bank's covenant-style trigger): the bound names a case the agency would act on,
// no level. Near-misses keep their reading: the same level reached, a level with no bound before
// it, a list under a lead that tells what did move the rating. The code before v130 proposed 6 of
// the 8 held sentences (two "if … fall below" conditions were already read as supposed); the first
// version of the rule missed the 3 list items, whose sentence opens on the lead line (a colon ends
// no sentence). Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-03-12',
    publisher: 'Northgate Credit Ratings',
    title: 'Rating report',
    url: 'https://example.org/r',
  },
};

/** The stated words of the proposals that hold the given number. */
function holding(text: string, num: string): string[] {
  return extractCandidates(text, 'doc', SOURCE)
    .map((c) => c.stated.text)
    .filter((t) => t.includes(num));
}

describe('v130: a bound inside the condition of a rating trigger is a trap', () => {
  it.each([
    // A second agency's list of factors, its lead ending with a colon.
    [
      'Factors that could lead to an upgrade:\n- Available fund balance sustained above 30% of revenue\n- Fixed costs below 15% of expenditures',
      '30%',
    ],
    [
      'Factors that could lead to an upgrade:\n- Available fund balance sustained above 30% of revenue\n- Fixed costs below 15% of expenditures',
      '15%',
    ],
    [
      'Factors that could, individually or collectively, lead to a downgrade:\n• Net direct debt exceeding 120% of operating revenue;\n• Liquidity under 25% of operating expenses.',
      '120%',
    ],
    // An agency's paragraph: the body that would move the rating, then its condition.
    [
      'We could lower the rating if the city’s reserves fall below 8% of expenditures for two years.',
      '8%',
    ],
    [
      'We may raise our issuer credit rating on the district should debt service drop under 6% of governmental spending.',
      '6%',
    ],
    // A sovereign report: pressure on the rating that could arise, and a rating that could be cut.
    [
      'Upward pressure on the rating could arise if general government debt falls below 60% of GDP.',
      '60%',
    ],
    [
      'The ratings could be lowered were interest payments to rise above 12 per cent of revenue.',
      '12 per cent',
    ],
    // The condition told before the trigger, in the subject.
    ['A rise in the tax burden above 40% of income could lead to negative rating action.', '40%'],
  ])('proposes nothing for %j', (text, num) => {
    expect(holding(text, num)).toEqual([]);
  });

  it.each([
    // The same level reached, a level with no bound, a list under a lead that tells what was.
    ['Reserves rose above 25% of spending in 2033.', '25%'],
    [
      'Reserves stood at 22.6% of spending, and we could raise the rating if they stay there.',
      '22.6%',
    ],
    [
      'Reserves climbed above 30% of revenue last year, and we could raise the rating if that holds.',
      '30%',
    ],
    [
      'Factors that led to the upgrade:\n- Fund balance rose to 28% of spending\n- Fixed costs fell below 15% of expenditures',
      '15%',
    ],
    ['Key credit strengths:\n- Reserves above 20% of spending since 2030\n- Low debt', '20%'],
    ['Debt is expected to fall below 60% of GDP by 2036.', '60%'],
  ])('keeps a reading of %j', (text, num) => {
    expect(holding(text, num).length).toBeGreaterThan(0);
  });
});
