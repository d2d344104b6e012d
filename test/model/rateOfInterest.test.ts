// Which levels in percent are rates of interest or return their sentence names ("the policy rate …
// 118%", "209% EAR", "133 percent per annum"), so a share above 100 may stand as a level; rates of
// change, exchange rates and rates of unemployment are not (test/data/validate.test.ts: the rule).

import { describe, expect, it } from 'vitest';
import { aboveWhole, rateOfInterest } from '../../src/model/rateOfInterest.ts';

describe('rateOfInterest', () => {
  it.each([
    {
      name: 'an acronym earlier in the sentence',
      words: {
        before: 'By then the APR on one-month bills had climbed to ',
        stated: '118%',
        after: ' (209% EAR).',
      },
      expected: 'APR',
    },
    {
      name: 'an acronym right after the number, in a bracket',
      words: { before: 'had risen to 118% (', stated: '209%', after: ' EAR).' },
      expected: 'EAR',
    },
    {
      name: '"per annum" right after the percent',
      words: { before: 'Banks lent at ', stated: '133', after: ' percent per annum last month.' },
      expected: 'per annum',
    },
    {
      name: '"p.a." at the sentence end',
      words: { before: 'Deposits paid ', stated: '112%', after: ' p.a. Loans cost more.' },
      expected: 'p.a.',
    },
    {
      name: 'an annual effective rate after the percent',
      words: { stated: '160%', after: ' annual effective rate on the new notes' },
      expected: 'annual effective rate',
    },
    {
      name: 'a policy rate named before',
      words: {
        before: 'The policy rate was raised to ',
        stated: '133 percent',
        after: ' on Monday.',
      },
      expected: 'policy rate',
    },
    {
      name: 'a lending rate',
      words: { before: 'Firms faced a lending rate of ', stated: '110%', after: '.' },
      expected: 'lending rate',
    },
    {
      name: 'a money-market rate',
      words: { before: 'Money-market rates climbed to ', stated: '140%', after: '.' },
      expected: 'Money-market rates',
    },
    {
      name: 'a yield',
      words: { before: 'The yield on one-year bills stood at ', stated: '124%', after: '.' },
      expected: 'yield',
    },
    {
      name: 'a rate of interest',
      words: { before: 'The rate of interest on arrears is ', stated: '120%', after: '.' },
      expected: 'rate of interest',
    },
    // Near-misses.
    {
      name: 'an inflation rate is a change',
      words: { before: 'The inflation rate of ', stated: '211%', after: ' was a record.' },
      expected: undefined,
    },
    {
      name: 'a growth rate is a change',
      words: { before: 'The growth rate reached ', stated: '120%', after: '.' },
      expected: undefined,
    },
    {
      name: 'an exchange rate',
      words: { before: 'The exchange rate moved ', stated: '150%', after: ' in a year.' },
      expected: undefined,
    },
    {
      name: 'a rate of unemployment',
      words: { before: 'The rate of unemployment rose ', stated: '120%', after: '.' },
      expected: undefined,
    },
    {
      name: 'inflation between the rate named and the number',
      words: { before: 'The policy rate was raised as inflation hit ', stated: '211%', after: '.' },
      expected: undefined,
    },
    {
      name: 'a rate named in an earlier sentence',
      words: { before: 'The policy rate was cut. Then sales rose ', stated: '130%', after: '.' },
      expected: undefined,
    },
    {
      name: 'lower-case "ear" and "tea" are words, no acronyms',
      words: { before: 'Tea output per ear ', stated: '120%', after: ' tea' },
      expected: undefined,
    },
    {
      name: 'an index names no rate',
      words: { before: 'A volume index of ', stated: '104.9 percent', after: ' was recorded.' },
      expected: undefined,
    },
    {
      name: '"per annum" after the next number is not its own',
      words: { stated: '130%', after: ' and 20% per annum' },
      expected: undefined,
    },
  ])('$name', ({ words, expected }) => {
    expect(rateOfInterest(words)).toBe(expected);
  });
});

describe('aboveWhole', () => {
  it.each([
    { words: { stated: '255 percent', after: ' of GDP.' }, expected: 'ratio' },
    { words: { before: 'a loan-to-deposit ratio of ', stated: '104%' }, expected: 'ratio' },
    { words: { before: 'the policy rate rose to ', stated: '118%' }, expected: 'rate' },
    { words: { stated: '209%', after: ' EAR)' }, expected: 'rate' },
    {
      words: { before: 'Coverage reached ', stated: '130%', after: ' in June.' },
      expected: undefined,
    },
  ])('$words.stated → $expected', ({ words, expected }) => {
    expect(aboveWhole(words)).toBe(expected);
  });
});
