// The reader of a document's context on its own: the heading a sentence sits under, in the shapes
// official documents write them (a bare line, a numbered line), and the lines that are no heading.

import { describe, expect, it } from 'vitest';
import { sectionHeading } from '../../../src/authoring/extract/documentContext.ts';

/** The heading over the first occurrence of `marker` in `text`. */
function over(text: string, marker: string): string | undefined {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`"${marker}" is not in the text: fix the row`);
  return sectionHeading(text, at);
}

describe('sectionHeading', () => {
  it.each([
    // a competition authority's press release
    [
      'Commission fines cartel\n\nFines\n\nThe basic amount may reach up to 30%.',
      'The basic',
      'Fines',
    ],
    // a regulator's order: a numbered heading
    [
      'Order No. 3\n\n4. Incentives\n\n4.1 Water user associations shall receive a rebate.',
      'Water user',
      'Incentives',
    ],
    // a funder's report: the nearest heading, not an earlier one
    [
      'Grants\n\nWe paid out $4m.\n\nTax deduction scheme\n\nCompanies may deduct 19%.\n\nCosts are eligible up to $2m.',
      'Costs',
      'Tax deduction scheme',
    ],
    // a heading with a colon, as a ministry writes it
    ['Co-financing:\n\nPartners must contribute at least half.', 'Partners', 'Co-financing'],
  ])('finds the heading over a sentence (%#)', (text, marker, heading) => {
    expect(over(text, marker)).toBe(heading);
  });

  it.each([
    // a sentence of its own line is no heading
    ['The Authority opened 12 cases.\n\nThe Act allows fines of up to 10%.', 'The Act'],
    // no heading at all
    ['Prices rose 4% in May.', 'Prices'],
    // a dateline is no heading
    ['Brussels, 18 March 2032\n\nThe Commission fined five producers.', 'The Commission'],
  ])('finds none over %j', (text, marker) => {
    expect(over(text, marker)).toBeUndefined();
  });
});
