// Tests for v231 (src/authoring/extract/otherMeasureMultiple.ts, supposed.ts): two kinds of trap
// the opened sets ho288–ho292 proposed as figures. A multiple of another measure after "its" or
// "their", or with no article, whose head is a yearly cost or budget or a granted quantity (a
// committee report's "about 2.3 times its annual building division budget", "capped at 1.5 times
// its average annual enforcement costs", a sales organisation's "2.4 times annual operating costs",
// a petition report's "assessed at 1.2 times their permitted volume"); and a worked example that
// opens on one member picked by a measured adjective ("A 2,400-square-foot home pays $1,488 …") or
// under a paragraph's number ("1.3 A farmer abstracting 3,000 cubic metres a month now pays …").
// Held here in other voices: a harbour board, a water utility, an irrigation review, a groundwater
// notice, a farm scheme, a pension fund, a dairy levy, a refuse tariff, a sewer petition and a port
// tariff. The multiple sets or compares two measures at one time and the example's sums are
// illustrative: traps (README, "Fractions and multiples in words" and "Worked examples", v231).
// The same measure at another time ("1.5 times their 2020 level", "their previous rates"), a class
// a bound defines and a named subject keep their reading.

import { describe, expect, it } from 'vitest';
import { notice, readingsIn } from './readingOf.ts';

/** Each figure's stated words, kind, value and status under a notice titled `title`. */
const read = (title: string, text: string) => readingsIn(`${title}\n\n${text}\n`, notice(title));
/** Each figure's stated words alone. */
const stated = (title: string, text: string) => read(title, text).map((r) => r[0]);

describe('a multiple of another measure after "its", "their" or no article (v231)', () => {
  it.each([
    // A harbour board: a reserve against its yearly budget.
    [
      'Harbour Board annual report 2034',
      "The harbour board's reserve fund stood at $18.2 million at year end, about 3.1 times its annual maintenance budget.",
      ['$18.2 million'],
    ],
    // A water utility: reserves against annual operating costs, no article.
    [
      'Water utility annual report 2034',
      'Reserves rose to R412 million, or 2.6 times annual operating costs.',
      ['R412 million'],
    ],
    // An irrigation review: a cap a recommendation sets from a yearly cost.
    [
      'Irrigation review 2034',
      "The Panel recommends that each district's carry-over reserve be capped at 1.25 times its average annual running costs.",
      [],
    ],
    // A groundwater notice: an assessment rule from a granted volume.
    [
      'Groundwater notice 2034',
      'Only 41 per cent of wells are metered. Unmetered wells are assessed at 1.15 times their authorised volume.',
      ['41 per cent of wells'],
    ],
    // A farm scheme: the same with a licensed quantity.
    [
      'Farm scheme 2034',
      'Farms without a meter are charged on 1.3 times their licensed quantity, and interest of 1.5% a month applies to late payment.',
      ['1.5%'],
    ],
    // A pension fund: liquid assets against its yearly payroll.
    [
      'Pension fund report 2034',
      'The fund held liquid assets of €640 million, about 1.8 times its yearly pension payroll costs.',
      ['€640 million'],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('a worked example on a measured member or under a paragraph number (v231)', () => {
  it.each([
    // A dairy levy: a member picked by its size in a hyphenated adjective.
    [
      'Dairy levy 2034',
      'What it means for a typical farm\nA 150-hectare dairy farm pays €2,310 in scheme levies under the new rates, against about €1,980 under the old ones.',
      [],
    ],
    // A refuse tariff: the same with a floor area.
    [
      'Refuse charges 2034',
      'A 90-square-metre flat pays R1,240 a year in refuse charges from July 2034, against R1,105 under the old tariff.',
      [],
    ],
    // A sewer petition: the example under a numbered paragraph, "now pays".
    [
      'Sewer petition 2034',
      '2.2 The tariff also adds a sewer levy of 12 per cent of the water bill.\n2.3 A household using 12 kilolitres a month now pays $418 including the levy, against $362 before the tariff took effect.',
      ['12 per cent of the water bill'],
    ],
    // A port tariff: a measured vessel that "now pays".
    [
      'Port dues 2034',
      'A 40-metre trawler now pays £1,140 a month in berth dues, against £960 last year.',
      [],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('near-misses keep their reading (v231)', () => {
  it.each([
    // The same measure at an earlier time: a change.
    ['Rent report 2034', 'Rents are now 1.5 times their 2020 level.', ['1.5 times their']],
    ['Fee review 2034', 'Fees now stand at 1.5 times their previous rates.', ['1.5 times their']],
    [
      'Fund report 2034',
      'The fund held $2.1 billion, 1.4 times its level of 2030.',
      ['$2.1 billion', '1.4 times its'],
    ],
    // A class a bound defines: no example.
    [
      'Tax notice 2034',
      'A household with an income over $50,000 pays the full rate of 2%.',
      ['$50,000', '2%'],
    ],
    // A change of a charge, no member.
    [
      'Water notice 2034',
      'A 4.5% increase in water charges takes effect in July 2034.',
      ['4.5% increase'],
    ],
    // A named subject with a measured adjective.
    ['Estate rates 2034', 'The 1,200-hectare estate pays $4,100 in rates each year.', ['$4,100']],
    // A term of years is no measured member.
    ['Bond notice 2034', 'A 10-year savings bond now pays 4.2% a year.', ['4.2%']],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});
