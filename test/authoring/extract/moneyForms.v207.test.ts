// Held sentences of the v207 class (test/fixtures/prose/README.md, "The calls": money in forms the
// extractor did not read): the taka's dotted sign ("Tk. 120") and a price range glued by a dash
// before the unit it prices ("Tk 54-58 per kilogram"), a space as the thousands separator before a
// decimal point ("EUR 3 211.11 per tonne"), the Turkish lira's letters before a bare number in a
// document of Türkiye ("TL 500 per tonne") and its hundredth ("25 kuruş per kilogram"), and cents
// per pound in a sentence about a loan or support rate ("The loan rate … shall be 24.00 cents per
// pound"), as ho276 wrote them. Written in voices other than its procurement notices and farm acts:
// a port tariff, a water utility, a ferry operator, a dairy aid scheme and a farm support scheme.
// Near-misses keep their reading: "TL 5" outside Türkiye, a bare "$5-10" with no unit it prices, an
// exchange rate per pound, and the sentence end after a taka sum. Before v207 the extractor missed
// 11 of the 12 held sentences (all but the spaced thousands read alone).

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { NEUTRAL, notice, type Source } from './readingOf.ts';

/** Each figure's stated words, kind, value or range, and unit under `source`. */
const read = (text: string, source: Source = NEUTRAL): string[] =>
  extractCandidates(text, 'doc', { source }).map(
    (c) =>
      `${c.stated.text} | ${c.kind} ${c.value ?? `${c.range?.low}-${c.range?.high}`} ${c.unit}`,
  );

const TURKISH = notice('Tariff notice', { publisher: 'Izmir Port Authority of Türkiye' });
const BANGLA = notice('Water tariff', {
  publisher: 'Chattogram Water Supply Authority, Bangladesh',
});

describe('v207: money in the taka, lira, spaced-thousands and cents-per-pound forms reads right', () => {
  it.each([
    // A water utility in Bangladesh: the taka's dotted sign and a range it prices per unit.
    [
      'Bulk water is billed at Tk. 120 per thousand litres from 1 July.',
      BANGLA,
      ['Tk. 120 | amount 120 BDT'],
    ],
    ['Household connections cost Tk. 1,450 each.', BANGLA, ['Tk. 1,450 | amount 1450 BDT']],
    [
      'Tanker water sold at Tk 54-58 per drum in the northern wards.',
      BANGLA,
      ['Tk 54-58 | amount 54-58 BDT'],
    ],
    // A ferry operator in Europe: a range glued by an en dash before the unit.
    [
      'Day tickets cost €12–15 per passenger in the summer season.',
      NEUTRAL,
      ['€12–15 | amount 12-15 EUR'],
    ],
    // A dairy scheme: thousands parted by a space before a decimal point.
    [
      'The reference price for cheese is EUR 3 211.11 per tonne.',
      NEUTRAL,
      ['EUR 3 211.11 | amount 3211.11 EUR'],
    ],
    [
      'Aid is paid at 40 % of the reference price of EUR 1 698.50 per tonne.',
      NEUTRAL,
      ['40 % of the reference price | share 40 percent', 'EUR 1 698.50 | amount 1698.5 EUR'],
    ],
    // A port tariff in Türkiye: the lira's letters before a bare number, and its hundredth.
    [
      'Berth dues are TL 500 per call for vessels under 1,000 gross tonnes.',
      TURKISH,
      ['TL 500 | amount 500 TRY'],
    ],
    ['Reefer plugs are charged at TL 85.50 a day.', TURKISH, ['TL 85.50 | amount 85.5 TRY']],
    [
      'A wharfage surcharge of 25 kuruş per kilogram applies to bulk cargo.',
      TURKISH,
      ['25 kuruş | amount 0.25 TRY'],
    ],
    ['The pilotage levy was cut by 40 kurus a tonne.', TURKISH, ['40 kurus | amount 0.4 TRY']],
    // A farm support scheme: a price per pound in a sentence about a support or loan rate.
    [
      'The support rate for wool is 24.00 cents per pound.',
      NEUTRAL,
      ['24.00 cents | amount 0.24 USD'],
    ],
    [
      'The loan rate for peanuts shall be $355 per ton and for honey $0.69 per pound.',
      NEUTRAL,
      ['$355 | amount 355 USD', '$0.69 | amount 0.69 USD'],
    ],
  ])('%s', (text, source, want) => {
    expect(read(text, source)).toEqual(want);
  });

  it.each([
    // Near-misses: letters outside Türkiye, a range pricing nothing, an exchange rate, a year span.
    ['The TL 5 grade of steel is used in the hull.', NEUTRAL, []],
    ['Team leader TL 5 earned a bonus.', BANGLA, []],
    ['He said tickets were $5-10.', NEUTRAL, []],
    ['The exchange rate was 1.27 dollars per pound.', NEUTRAL, []],
    ['The rate averaged $1.27 per pound in March.', NEUTRAL, []],
    ['Rice sold at Tk 48. 2033 was a good year.', BANGLA, ['Tk 48 | amount 48 BDT']],
  ])('%s keeps its reading', (text, source, want) => {
    expect(read(text, source)).toEqual(want);
  });
});
