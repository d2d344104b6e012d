// The hold-back, on its own and through the whole extractor: each position the sets show to be
// nearly always a trap, sentences of it in several publishers' voices, and the positive evidence
// (a verb the number is the level of, a preposition that governs it) that keeps a figure.
// Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { heldBack, type HeldBackMatch } from '../../../src/authoring/extract/heldBack.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

/** The match of `stated` in `sentence`, an amount unless it holds a percent. */
function at(sentence: string, stated: string): HeldBackMatch {
  const start = sentence.indexOf(stated);
  if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
  const kind = /%|per\s?cent/.test(stated) ? 'share' : 'amount';
  return { start, end: start + stated.length, kind };
}

/** A sentence, the stated words, and the position expected (undefined: no hold-back). */
type Row = readonly [sentence: string, stated: string, expected: string | undefined];

/** What the whole extractor proposes in one sentence: the stated words of each draft. */
const proposed = (sentence: string): string[] =>
  extractCandidates(sentence, 'held-back').map((c) => c.stated.text);

describe('heldBack: a sum right after "above" that a noun, not a verb, stands before', () => {
  it.each<Row>([
    // A tax office: the part of a base above a line is a tier, no sum anybody holds.
    [
      'A surcharge of 2% applies to the part of any estate above £2 million.',
      '£2 million',
      'above-sum',
    ],
    // A ministry of finance: the profit above a line a levy is charged on.
    [
      'The levy is charged at 1% on the share of annual profit above NOK 5 billion.',
      'NOK 5 billion',
      'above-sum',
    ],
    // A state procurement board: a class of tenders.
    [
      'Any single tender above Rs 25 crore goes to the finance committee.',
      'Rs 25 crore',
      'above-sum',
    ],
    // A reinsurance fund: the losses it covers.
    ['The fund now covers losses above $1 billion in a single season.', '$1 billion', 'above-sum'],
    // A central bank: a class of payments.
    [
      'Payments above €50,000 must be reported to the central bank within five days.',
      '€50,000',
      'above-sum',
    ],
    // A development bank: a group of members.
    [
      'Member countries with income per capita above US$12,000 no longer qualify for soft loans.',
      'US$12,000',
      'above-sum',
    ],
    // A company: a class of contracts, after a participle that sorts them.
    [
      'Contracts valued above €10 million require the approval of the board.',
      '€10 million',
      'above-sum',
    ],
    // A class inside a prepositional phrase, though a past passive follows.
    [
      'The fee charged on the guaranteed part of any loan above €500,000 was lowered to 0.8% in July.',
      '€500,000',
      'above-sum',
    ],
    // A schedule's band, at the start of a line.
    ['Above R$ 5,000: 27.5%', 'R$ 5,000', 'above-sum'],
  ])('%s — %s is held back', (sentence, stated, expected) => {
    expect(heldBack(sentence, at(sentence, stated))).toBe(expected);
  });

  it.each<Row>([
    // A verb of holding or of level before "above": the sum is the level its subject reached.
    ['Gold held above US$2,600 an ounce through the quarter.', 'US$2,600', undefined],
    ['The price is expected to stay above $80 a barrel next year.', '$80', undefined],
    ['Brent traded above $85 a barrel for most of March.', '$85', undefined],
    ['The deficit was above $3 billion in 2030.', '$3 billion', undefined],
    ['Sales have remained well above ¥40 billion since the spring.', '¥40 billion', undefined],
    // A preposition that governs the sum, with "above" as its hedge.
    ['Revenue rose to just above €4 billion in 2030.', '€4 billion', undefined],
    ['The surplus stood at slightly above £900 million.', '£900 million', undefined],
    // A bare subject whose size a past passive tells once: an event, no class.
    ['Losses above $800 billion were recorded in the worst year.', '$800 billion', undefined],
    ['Bids above €2 million were received for all three lots.', '€2 million', undefined],
    ['Insured claims above £40 million were paid out after the floods.', '£40 million', undefined],
    // Not "above": other bounds are figures too often to hold back.
    ['Investment of over $2 billion was approved in the quarter.', '$2 billion', undefined],
    // A percent after "above" is as often a level as a bound.
    ['Inflation stayed above 3% for the fourth month.', '3%', undefined],
  ])('%s — %s keeps its reading', (sentence, stated, expected) => {
    expect(heldBack(sentence, at(sentence, stated))).toBe(expected);
  });
});

describe('heldBack through the extractor', () => {
  it.each([
    ['A surcharge of 2% applies to the part of any estate above £2 million.', ['2%']],
    ['The levy is charged at 1% on the share of annual profit above NOK 5 billion.', ['1%']],
    ['Any single tender above Rs 25 crore goes to the finance committee.', []],
    ['The fund now covers losses above $1 billion in a single season.', []],
    ['Gold held above US$2,600 an ounce through the quarter.', ['US$2,600']],
    ['Revenue rose to just above €4 billion in 2030.', ['€4 billion']],
    ['The deficit was above $3 billion in 2030.', ['$3 billion']],
  ])('%s', (sentence, expected) => {
    expect(proposed(sentence)).toEqual(expected);
  });
});
