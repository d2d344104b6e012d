// The currency sign alternation and namedCurrency's scan are written for speed (validation reads
// every figure with them); these tests hold them to the plain forms they replace, on every
// fixture text the project has.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CODE_NUMBER_AHEAD,
  CURRENCY_SIGN,
  CURRENCY_SIGNS,
  DECREASE,
  NAMED_CURRENCY_SOURCE,
  NUMBER_WORD,
  POINTS,
  groupSharedSuffix,
  namedCurrency,
  namedCurrencyMatches,
  readNumber,
  readOneIn,
  readGermanFraction,
  firstEndTakesScale,
  documentCurrencies,
  notedDollar,
} from '../../src/model/numberVocabulary.ts';

const PROSE = join(import.meta.dirname, '../fixtures/prose');
const texts = [
  ...readdirSync(PROSE)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(PROSE, f), 'utf8')),
  ...readdirSync(join(PROSE, 'held-out'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(PROSE, 'held-out', f), 'utf8')),
];

/** The alternation as it was written before: every sign with its own lookahead, longest first. */
const PLAIN_SIGN = [...CURRENCY_SIGNS]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([src]) => src)
  .join('|');

const matches = (re: RegExp, text: string) =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('groupSharedSuffix', () => {
  it('groups each run of neighbours that end with the suffix, keeping the order', () => {
    expect(groupSharedSuffix(['a(?=1)', 'b(?=1)', 'c', 'd(?=1)'], '(?=1)')).toBe(
      '(?:a|b)(?=1)|c|(?:d)(?=1)',
    );
    expect(groupSharedSuffix(['c', 'd'], '(?=1)')).toBe('c|d');
  });

  it('is at most a fifth of the plain alternation', () => {
    expect(PLAIN_SIGN.length).toBeGreaterThan(CURRENCY_SIGN.length * 5);
    expect(CURRENCY_SIGN.split(CODE_NUMBER_AHEAD).length - 1).toBeLessThanOrEqual(3);
  });
});

describe('CURRENCY_SIGN', () => {
  // Every fixture text: about 1.4 s on a quiet two-core machine, more on a loaded one (see below).
  it('matches what the plain alternation matches on every fixture text, with a number after', () => {
    const grouped = new RegExp(String.raw`(?:${CURRENCY_SIGN})\s?\d[\d.,]*`, 'gi');
    const plain = new RegExp(String.raw`(?:${PLAIN_SIGN})\s?\d[\d.,]*`, 'gi');
    let compared = 0;
    for (const text of texts) {
      const a = matches(grouped, text);
      expect(a).toEqual(matches(plain, text));
      compared += a.length;
    }
    // The fixtures hold hundreds of amounts: the comparison is not vacuous.
    expect(compared).toBeGreaterThan(300);
  }, 120_000);
});

describe('namedCurrencyMatches', () => {
  const plain = new RegExp(NAMED_CURRENCY_SOURCE, 'gi');
  const reference = (words: string) =>
    [...words.matchAll(plain)].map((m) => (m[1] ?? m[2] ?? m[3])!);

  // Every fixture sentence, scanned at every character: about 1.6 s on a quiet two-core machine and
  // growing with the fixture set; over 30 s (the default limit) when that machine is loaded.
  it('finds what a scan at every character finds, on every fixture sentence up to each digit', () => {
    let compared = 0;
    for (const text of texts) {
      for (const sentence of text.split(/(?<=[.;:!?])\s+|\n+/)) {
        for (const d of sentence.matchAll(/\d+/g)) {
          const words = sentence.slice(0, d.index);
          expect(namedCurrencyMatches(words)).toEqual(reference(words));
          compared++;
        }
        expect(namedCurrencyMatches(sentence)).toEqual(reference(sentence));
      }
    }
    expect(compared).toBeGreaterThan(4000);
  }, 120_000);

  it('reads the longest sign, far from any other digit', () => {
    const words = `${'word '.repeat(30)}New Israeli new shekels (ILS) 4.2 billion and then `;
    expect(namedCurrencyMatches(words)).toEqual(reference(words));
    expect(namedCurrencyMatches(words)).toEqual(['New Israeli new shekels (ILS) ']);
    expect(namedCurrency(words)).toBe('ILS');
  });

  it('reads signs glued, spaced and after many digits', () => {
    for (const words of [
      '2031 2032 2033 2034 $5 million, then ',
      'from US$ 27 to ',
      'receipts of 1.2 billion euros and ',
      'R318-billion in 2033 and ',
      'no currency at all, 12 13 14 ',
    ]) {
      expect(namedCurrencyMatches(words)).toEqual(reference(words));
    }
  });
});

describe('numbers in words with a half or a quarter, and hundreds', () => {
  // Official prose writes "two and a half percentage points", "one hundred and five per cent of
  // GDP": the whole number is read with its part, never the part ("a half") or the tail ("five")
  // alone.
  it.each<[string, number | undefined]>([
    ['two and a half', 2.5],
    ['One-and-a-half', 1.5],
    ['three and a quarter', 3.25],
    ['two and three quarters', 2.75],
    ['two and three-quarters', 2.75],
    // As American prose writes the part: "one and one-half", "two and one-fourth".
    ['one and one-half', 1.5],
    ['two and one quarter', 2.25],
    ['one and one-fourth', 1.25],
    ['four and three-fourths', 4.75],
    ['one hundred and five', 105],
    ['two hundred twenty-five', 225],
    ['one hundred and five and a half', 105.5],
    ['twenty-two', 22],
    // Near-misses: a fraction alone is still a fraction of one; a part after no number is none.
    ['a half', 0.5],
    ['three quarters', 0.75],
    ['firms and a half', undefined],
  ])('readNumber(%s) is %s', (words, n) => {
    expect(readNumber(words)).toBe(n);
  });

  it.each<[string, string]>([
    ['rose two and a half percent', 'two and a half'],
    ['one-and-a-quarter per cent', 'one-and-a-quarter'],
    ['at one hundred and twenty percent', 'one hundred and twenty'],
    // The range's "and" is no part: "between two and three" keeps its two ends.
    ['between two and three per cent', 'two'],
  ])('NUMBER_WORD finds %s as %s', (text, want) => {
    expect(new RegExp(`\\b(?:${NUMBER_WORD})\\b`, 'i').exec(text)?.[0]).toBe(want);
  });
});

describe('readOneIn: a count in a whole, in words or digits', () => {
  it.each<[string, number | undefined]>([
    ['Seven in ten', 70],
    ['nine out of ten', 90],
    ['3 in 10', 30],
    ['two of every three', 66.67],
    ['one in every four', 25],
    ['4 out of 5', 80],
    ['twenty in a hundred', 20],
    // Hyphenated, as an adjective or a noun: "a one-in-five share", "one-in-three households".
    ['one-in-five', 20],
    ['two-in-three', 66.67],
    ['one‑in‑ten', 10],
    // Near-misses: a period, a count above its whole, a year, a decimal before the count.
    ['one in ten years', undefined],
    ['a one-in-50-year flood', undefined],
    ['a one-in-ten-year drought', undefined],
    ['one-in-five years', undefined],
    ['seven in five', undefined],
    ['rose 5 in 2030', undefined],
    ['1.3 in 10', undefined],
  ])('readOneIn(%s) is %s', (words, n) => {
    expect(readOneIn(words)).toBe(n);
  });
});

describe('readGermanFraction', () => {
  it.each([
    ['gut ein Drittel', 33.33],
    ['Knapp zwei Drittel', 66.67],
    ['drei Viertel', 75],
    ['ein Fünftel', 20],
    ['Fast die Hälfte', 50],
    // Near-misses: the dative of a probability, an ordinal span, a count no fraction.
    ['einem Drittel', undefined],
    ['ersten Drittel', undefined],
    ['vier Viertel', undefined],
  ])('readGermanFraction(%s) is %s', (words, n) => {
    expect(readGermanFraction(words)).toBe(n);
  });
});

describe('firstEndTakesScale: a first end that states its size in full keeps it', () => {
  it.each([
    ['27', '276', true],
    ['1.5', '2', true],
    ['1,500', '2,000', true],
    ['3', '2', true],
    ['25,000', '2', false],
    ['500,000', '1', false],
    ['400 000', '1.5', false],
  ])('%s … %s', (first, second, takes) => {
    expect(firstEndTakesScale(first, second)).toBe(takes);
  });
});

describe('v67: a currency note anywhere in the document says whose dollar its bare "$" is', () => {
  // The note sits past the opening, as notes under a table or at the foot of a report do.
  const pad = "The issuer's finances remain sound and its management is prudent. ".repeat(8) + '\n';
  const record = { publisher: 'Harbourline Ratings', url: 'https://www.harbourline.com/r/1' };
  it.each([
    [
      'Revenue rose to $4.2 billion.\nAll amounts are expressed in Australian dollars unless otherwise stated.',
      'AUD',
    ],
    [
      'The ministry expects a surplus of $1.2 billion. Unless otherwise indicated, all figures in this statement are in Singapore dollars.',
      'SGD',
    ],
    [
      'Amounts are in Hong Kong dollars unless otherwise specified. The authority spent $3.1 billion.',
      'HKD',
    ],
    ['Figures are in New Zealand dollars. The council will borrow $600 million.', 'NZD'],
    ['Capital budget (All figures in Canadian dollars)\nRoads: $1.2 billion', 'CAD'],
    [
      'Budget 2033 forecasts a deficit of $6.4 billion.\n\nNotes:\nAll figures are in Canadian dollars unless otherwise noted.',
      'CAD',
    ],
    // Near-misses: a sum raised, issued or measured in a dollar names no whole set of figures.
    [
      'The requirement is $27.6 billion, of which roughly 60% will be raised in Canadian dollars.',
      'USD',
    ],
    ['Bonds issued in Australian dollars totalled $3 billion.', 'USD'],
    ['Exports, measured in Canadian dollars, rose 4%, to $5 billion.', 'USD'],
  ])('%s → %s', (text, dollar) => {
    expect(documentCurrencies(pad + text, record).dollar).toBe(dollar);
  });

  it('a note in US dollars outweighs the country the opening names', () => {
    const text = 'Toronto, Canada. Laurentian Gold reported revenue of $820 million.\n' + pad;
    expect(documentCurrencies(text, record).dollar).toBe('CAD');
    const noted = text + 'All dollar amounts are in U.S. dollars unless otherwise noted.';
    expect(documentCurrencies(noted, record).dollar).toBe('USD');
    expect(notedDollar(noted)).toBe('USD');
  });
});

describe('v143: a currency note that is a sentence or bracket of its own names any plural noun', () => {
  // The opening names Australia, a country with a dollar of its own, so without a note the bare
  // "$" would be the Australian dollar; the note at the foot says otherwise.
  const opening =
    'Perth, Western Australia. Iron ore cargoes thinned this week and rates fell to $30,600 a day.\n';
  const record = { publisher: 'Nordhavn Shipbrokers A/S', url: 'https://www.example.dk/weekly' };
  it.each([
    // A shipbroker's weekly report.
    ['All prices in US dollars. This report is for information only.', 'USD'],
    // A port authority's tariff.
    ['Rates are quoted in Singapore dollars.', 'SGD'],
    // A mining company's project update.
    ['Capital costs rose again.\n(Costs in US dollars)', 'USD'],
    // A commodity exchange's market note.
    ['Settlement prices are expressed in US dollars unless stated otherwise.', 'USD'],
    // A pension fund's factsheet.
    ['All returns and balances shown in Canadian dollars.', 'CAD'],
    // Near misses: a clause that goes on after the dollar, a sum raised in one, a rate measured in one.
    ['All loans in US dollars were repaid in 2033.', 'AUD'],
    ['Some 60% of the bonds will be raised in US dollars.', 'AUD'],
    ['Earnings in US dollars per day fell again.', 'AUD'],
  ])('%s → %s', (note, dollar) => {
    expect(documentCurrencies(opening + note, record).dollar).toBe(dollar);
  });
});

describe('POINTS: a bare "points" between a rate named before and a percent level after', () => {
  const pointsIn = (text: string) =>
    [...text.matchAll(new RegExp(String.raw`\d(?:[\d.]*\d)?${POINTS}`, 'gi'))].map((m) => m[0]);
  it.each([
    ['The jobless rate among 15-24-year-olds jumped 1.4 points to 20.3 percent.', ['1.4 points']],
    [
      'The saving ratio fell 0.9 points to 11.2%, while it rose 0.3 points to 15.1%.',
      ['0.9 points', '0.3 points'],
    ],
    ['The share of tech goods climbed 2.3 points to 31.6%.', []],
    ['The unemployment rate was 5.1%, and the stock index rose 12 points to 8,120.', []],
  ] as const)('%s', (text, want) => {
    expect(pointsIn(text)).toEqual(want);
  });
});

describe('v74: DECREASE reads a verb of taking away whose size "off" completes', () => {
  it.each([
    'shaved 0.3 percentage point off growth',
    'knocked 0.5 percentage points off GDP growth',
    'wiped 0.2 percentage points off',
    'took 0.4 percentage points off growth',
    'shaving about 2% off output',
  ])('%s is a fall', (text) => expect(DECREASE.test(text)).toBe(true));
  it.each([
    // No "off" after the size, and a verb of taking off with no size.
    'took 12% of the market',
    'took a 25% stake',
    'Exports took off, rising 12%',
    'added 0.3 percentage point to growth',
  ])('%s is not', (text) => expect(DECREASE.test(text)).toBe(false));
});

describe('v76: DECREASE reads the Portuguese words of a fall', () => {
  it.each([
    'com queda real de 1,4%',
    'registrou queda nominal de 2,3%',
    'recuou 0,6%',
    'caiu 3,5%',
    'caíram 12%',
    'teve retração de 1,1%',
    'diminuiu 4,0%',
  ])('%s is a fall', (text) => expect(DECREASE.test(text)).toBe(true));
  it.each(['cresceu 8,4%', 'teve alta de 6,7%', 'avançaram 3,3%', 'com crescimento real de 3,64%'])(
    '%s is not',
    (text) => expect(DECREASE.test(text)).toBe(false),
  );
});

describe('v79: readOneIn reads a count with its members\' noun before "in"', () => {
  it.each<[string, number | undefined]>([
    ['one employee in seven', 14.29],
    ['two firms in three expect', 66.67],
    ['one borrower in ten, the bank said', 10],
    // Near-misses: a member placed among counted things, a period.
    ['one bank in 20 countries', undefined],
    ['one project in 12 months', undefined],
  ])('readOneIn(%j) is %s', (words, n) => expect(readOneIn(words)).toBe(n));
});
