// Text-fragment links to the original page: special characters percent-encoded, whole-word
// prefix and suffix only, long quotes as textStart,textEnd.

import { describe, expect, it } from 'vitest';
import {
  encodeTerm,
  firstWords,
  lastWords,
  textFragmentUrl,
} from '../../src/export/textFragment.ts';

describe('encodeTerm', () => {
  it.each([
    { term: 'Sakhalin-1', expected: 'Sakhalin%2D1' },
    { term: '1, 2', expected: '1%2C%202' },
    { term: 'A & B', expected: 'A%20%26%20B' },
    { term: '40%', expected: '40%25' },
    { term: 'two words', expected: 'two%20words' },
    { term: 'Putin’s “trade”', expected: 'Putin%E2%80%99s%20%E2%80%9Ctrade%E2%80%9D' },
  ])('$term → $expected', ({ term, expected }) => {
    expect(encodeTerm(term)).toBe(expected);
    expect(decodeURIComponent(encodeTerm(term))).toBe(term);
  });
});

describe('whole words', () => {
  it.each([
    { s: 'the quick brown', n: 2, expected: 'quick brown' },
    { s: 'ck brown fox ', n: 3, expected: 'brown fox' }, // "ck" is a cut word: dropped
    { s: ' whole words', n: 5, expected: 'whole words' },
    { s: 'cut', n: 3, expected: '' },
  ])('lastWords("$s", $n) = "$expected"', ({ s, n, expected }) => {
    expect(lastWords(s, n)).toBe(expected);
  });

  it.each([
    { s: '. So far Japan', n: 2, expected: '. So' },
    { s: ' So far Jap', n: 3, expected: 'So far' }, // "Jap" is a cut word: dropped
    { s: ' So far ', n: 5, expected: 'So far' },
    { s: 'cut', n: 3, expected: '' },
  ])('firstWords("$s", $n) = "$expected"', ({ s, n, expected }) => {
    expect(firstWords(s, n)).toBe(expected);
  });
});

describe('textFragmentUrl', () => {
  it.each([
    {
      name: 'short quote with whole-word prefix and suffix',
      url: 'https://x.test/p.html',
      q: { exact: 'increased 40%', prefix: ' in 2001 ', suffix: ' over ' },
      expected: 'https://x.test/p.html#:~:text=in%202001-,increased%2040%25,-over',
    },
    {
      name: 'a prefix and suffix that may be cut mid-word lose that word',
      url: 'https://x.test/p.html',
      q: { exact: 'increased 40%', prefix: 'in 2001 ', suffix: ' over' },
      expected: 'https://x.test/p.html#:~:text=2001-,increased%2040%25',
    },
    {
      name: 'cut words at the outer ends of prefix and suffix are dropped',
      url: 'https://x.test/p',
      q: { exact: '30% of Sakhalin-1', prefix: 'ital accounts for ', suffix: ' and 45% of Sakh' },
      expected:
        'https://x.test/p#:~:text=accounts%20for-,30%25%20of%20Sakhalin%2D1,-and%2045%25%20of',
    },
    {
      name: 'an existing fragment is replaced',
      url: 'https://x.test/p#top',
      q: { exact: 'A & B, C', prefix: '', suffix: '' },
      expected: 'https://x.test/p#:~:text=A%20%26%20B%2C%20C',
    },
    {
      name: 'line breaks and bullets in prefix collapse to spaces',
      url: 'https://x.test/p',
      q: { exact: 'Japan', prefix: ' the statements:\n\n  • ', suffix: '' },
      expected: 'https://x.test/p#:~:text=the%20statements%3A%20%E2%80%A2-,Japan',
    },
  ])('$name', ({ url, q, expected }) => {
    expect(textFragmentUrl(url, q)).toBe(expected);
  });

  it('a long quote becomes textStart,textEnd of five words each', () => {
    const exact =
      "Japan's exports to Russia in 2001 increased 40% over the previous year, and direct investment to Russia had doubled.";
    const url = textFragmentUrl('https://x.test/p', { exact, prefix: '', suffix: '' });
    const [start, end, ...rest] = url.split('#:~:text=')[1]!.split(',');
    expect(rest).toEqual([]);
    expect(decodeURIComponent(start!)).toBe("Japan's exports to Russia in");
    expect(decodeURIComponent(end!)).toBe('investment to Russia had doubled.');
  });

  it('never leaves a raw "-", "," or "&" inside a term', () => {
    const url = textFragmentUrl('https://x.test/p', {
      exact: 'a-b, c & d',
      prefix: ' x-y ',
      suffix: ' e-f ',
    });
    const terms = url.split('#:~:text=')[1]!.split(',');
    expect(terms).toEqual(['x%2Dy-', 'a%2Db%2C%20c%20%26%20d', '-e%2Df']);
  });
});
