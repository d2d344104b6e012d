// Tests for src/authoring/extract/choiceFormula.ts (v135): a percent "of" another measure that is
// one term of a formula picking the lesser or the greater of several ("funded at the lesser of
// maximum annual debt service, 125% of average annual debt service and 10% of proceeds") says how
// a sum is set from that measure, no figure (a trap). A sum of money among the terms keeps its
// reading ("the greater of €5 million or 2% of the contract value": €5 million stays). Every
// sentence is our own, in voices other than the bond reserve sizing the reading was found in.

import { describe, expect, it } from 'vitest';
import { choiceFormulaTerm } from '../../../src/authoring/extract/choiceFormula.ts';
import { ORLAN_REVIEW, statedIn } from './readingOf.ts';

const read = (text: string) => statedIn(text, ORLAN_REVIEW);

describe('a percent term of a lesser-of or greater-of formula is a trap', () => {
  it.each([
    // A bank's loan terms.
    ['The arrangement fee is the higher of $250 or 1.5% of the outstanding balance.', ['$250']],
    // A pension scheme's member guide.
    [
      'The tax-free lump sum is limited to the lower of 25% of the pension pot and £268,275.',
      ['£268,275'],
    ],
    // A bond indenture summary, the terms in another order.
    [
      'The reserve requirement is the least of 10% of the original principal, maximum annual debt service or 125 per cent of average annual debt service.',
      [],
    ],
    // A council's grant scheme.
    ['The grant is the lower of 40% of eligible costs and £20,000.', ['£20,000']],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: a share of a measure outside any such formula keeps its reading.
    [
      "The county's debt service fell to 8% of general fund spending in 2031.",
      ['8% of general fund spending'],
    ],
    // "the highest of" a span, then a level "at": no list of terms.
    ['Borrowing was the highest of the decade, at 5% of GDP.', ['5% of GDP']],
    // A money term of the formula keeps its reading.
    ['Fees are set at the greater of €5 million or the cost of the works.', ['€5 million']],
    // A list closed by "whichever is greater" keeps its percent: the cap itself (opened set ho238).
    [
      'The buyer pays a deposit of 10% of the purchase price or $5,000, whichever is greater.',
      ['10% of the purchase price', '$5,000'],
    ],
    // A sanction's cap keeps its percent (v96), after "the greatest of" too.
    [
      'The penalty is the greatest of €2 million, 4 percent of annual turnover and the gain made.',
      ['€2 million', '4 percent of annual turnover'],
    ],
    // A verb between the formula and the share ends the list.
    [
      'The fund chose the lesser of two options; its reserve reached 12% of revenue.',
      ['12% of revenue'],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('choiceFormulaTerm', () => {
  it('reads the term from the sentence and the number', () => {
    const s = 'Funded at the lesser of $4 million and 10% of proceeds.';
    expect(choiceFormulaTerm(s, s.indexOf('10%'))).toBe(true);
    expect(choiceFormulaTerm(s, s.indexOf('$4'))).toBe(false);
  });
});
