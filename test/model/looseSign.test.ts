// Tests for src/model/looseSign.ts: a loose sign finds what the sign list finds, a run that is no
// sign is dropped, and the matches read through it are those of the pattern as written.

import { describe, expect, it } from 'vitest';
import {
  LOOSE_SIGN,
  signedExec,
  signedMatches,
  signedPattern,
  signsHold,
} from '../../src/model/looseSign.ts';
import { CURRENCY_SIGN } from '../../src/model/numberVocabulary.ts';

/** "from" and an amount, with its sign read loosely and as written. */
const loose = new RegExp(String.raw`\bfrom\s+${LOOSE_SIGN}?\d+(?:\.\d+)?`, 'dgi');
const written = () => new RegExp(String.raw`\bfrom\s+(?:${CURRENCY_SIGN})?\d+(?:\.\d+)?`, 'gi');
const spans = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);

describe('signsHold', () => {
  it.each([
    { text: 'from $5', holds: true },
    { text: 'from US$ 5', holds: true },
    { text: 'from Japanese Yen (JPY) 118.6 billion', holds: true },
    { text: 'from USD\n 6 billion', holds: true },
    { text: 'from R12 500', holds: true },
    { text: 'from 5', holds: true }, // no sign read, nothing to check
    { text: 'from about 5', holds: false },
    { text: 'from the 2031 level', holds: false },
    { text: 'from COP28', holds: false }, // a code glued to these digits is the conference
  ])('$text → $holds', ({ text, holds }) => {
    loose.lastIndex = 0;
    const m = loose.exec(text)!;
    expect(signsHold(m, text)).toBe(holds);
  });
});

describe('signedMatches', () => {
  it.each([
    'Spending rose from $5 billion to $7 billion, and from €2 to €3 a head.',
    'Reserves fell from about 5 billion, from US$ 4.2 billion in 2031.',
    'Prices went from 3 to 4, then from the 2031 level of £6 to £9.',
    'Funding from USD 120 million and from COP28 pledges of 4 billion.',
    'No amounts here at all.',
  ])('finds what the written pattern finds: %s', (text) => {
    const re = written();
    expect(spans(signedMatches(loose, written, text))).toEqual(spans(text.matchAll(re)));
  });
});

describe('signedExec', () => {
  const looseAt = new RegExp(String.raw`^\s+or\s+${LOOSE_SIGN}?\d+`, 'di');
  const writtenAt = () => new RegExp(String.raw`^\s+or\s+(?:${CURRENCY_SIGN})?\d+`, 'i');
  it.each([' or $5 more', ' or about 5 more', ' or 5 more', ' or US$ 5', ' and $5'])(
    'returns what the written pattern returns: %j',
    (text) => {
      expect(signedExec(looseAt, writtenAt, text)?.[0]).toBe(writtenAt().exec(text)?.[0]);
    },
  );
});

describe('signsHold with groups and a space', () => {
  // "US$ 27 to 276 billion": group 1 the first sign as written, group 2 the loose second sign,
  // which the pattern as written parts from its number by one space at most.
  const pair = new RegExp(String.raw`^(${CURRENCY_SIGN})\s?\d+\s+to\s+${LOOSE_SIGN}?\s?\d+`, 'di');
  it.each([
    { text: 'US$ 27 to 276', holds: true },
    { text: 'US$ 27 to US$ 276', holds: true },
    { text: '$27 to $  276', holds: true }, // "$ " then the space the pattern allows
    { text: '$27 to $   276', holds: false }, // two spaces more than a sign and its space
    { text: '$27 to about 276', holds: false },
  ])('$text → $holds', ({ text, holds }) => {
    const m = pair.exec(text)!;
    expect(signsHold(m, text, { groups: [2], space: true })).toBe(holds);
  });
});

describe('signedPattern', () => {
  const source = (sign: string) => String.raw`\bfrom\s+${sign}?(\d+)\s+to\s+${sign}?(\d+)`;
  it('reads loosely in a short pattern and makes the written one once, groups numbered alike', () => {
    const [loose, written] = signedPattern(source, 'i', true);
    expect(loose.flags).toBe('di');
    expect(loose.source.length).toBeLessThan(300);
    expect(written()).toBe(written());
    expect(written().source.length).toBeGreaterThan(2 * CURRENCY_SIGN.length);
    const text = 'It went from $5 to US$ 7.';
    const m = signedExec(loose, written, text, { groups: [1, 3] })!;
    const w = written().exec(text)!;
    expect([m[0], m[2], m[4]]).toEqual([w[0], w[2], w[4]]);
  });
});
