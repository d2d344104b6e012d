// Tests for src/authoring/extract/madeOrder.ts's provisionClause: how the clause of a number in a
// made or issued order reads, with the words that leave it unset and the extra "shall be" test
// after the number given by the caller (madeOrderLevel, issuedOrder.ts's issuedOrderLevel).

import { describe, expect, it } from 'vitest';
import { provisionClause, type ProvisionWords } from '../../../src/authoring/extract/madeOrder.ts';

const MAY: ProvisionWords = { notProvided: /\b(?:may|if|proposed)\b/i };
const SHALL_AFTER: ProvisionWords = { ...MAY, shallAfter: /^[^.;]{0,160}?\bshall\s+be\b/i };

/** The reading of the first `number` in `text`, its sentence cut at the number. */
function read(text: string, number: string, words: ProvisionWords) {
  const at = text.indexOf(number);
  if (at < 0) throw new Error(`"${number}" is not in "${text}": fix the row`);
  const sentenceStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('. ', at)) + 1;
  const end = text.indexOf('\n', at);
  return provisionClause(
    text,
    at,
    text.slice(sentenceStart, at).trimStart(),
    text.slice(at, end < 0 ? text.length : end),
    words,
  );
}

describe('provisionClause', () => {
  it.each([
    // A "shall" before the number, in its clause.
    { text: 'The fee shall be US$75.', number: 'US$75', words: MAY, expected: 'provided' },
    // A list item under a "shall" lead-in closing with a colon, a sub-heading between.
    {
      text: 'The fees shall be:\n\n1. Passports\n(a) adult: US$75;',
      number: 'US$75',
      words: MAY,
      expected: 'provided',
    },
    // A line with the year before's level in brackets.
    {
      text: 'Fees\n- Vans: £345 (2033-34: £332)',
      number: '£345',
      words: MAY,
      expected: 'provided',
    },
    // A word of the caller's list in the clause, before or after the number, or in the lead-in.
    { text: 'The fee may be US$75.', number: 'US$75', words: MAY, expected: 'unset' },
    { text: 'The fee shall be US$75 if approved.', number: 'US$75', words: MAY, expected: 'unset' },
    {
      text: 'The proposed fees shall be:\n(a) adult: US$75;',
      number: 'US$75',
      words: MAY,
      expected: undefined,
    },
    // Another clause's word, past a semicolon, leaves this one alone.
    {
      text: 'The fee may rise; the charge shall be US$75.',
      number: 'US$75',
      words: MAY,
      expected: 'provided',
    },
    // A "shall be" after the number counts only where the caller asks for it.
    {
      text: 'At least 40% of the levy shall be spent on parks.',
      number: '40%',
      words: MAY,
      expected: undefined,
    },
    {
      text: 'At least 40% of the levy shall be spent on parks.',
      number: '40%',
      words: SHALL_AFTER,
      expected: 'provided',
    },
    // No provision: a plain statement.
    { text: 'The fee is US$75.', number: 'US$75', words: MAY, expected: undefined },
  ])('$text ($number)', ({ text, number, words, expected }) => {
    expect(read(text, number, words)).toBe(expected);
  });
});
