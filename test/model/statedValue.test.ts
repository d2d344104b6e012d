// Reading the number the stated words give, so validation can check `value` against the text.

import { describe, expect, it } from 'vitest';
import type { FigureKind, Unit } from '../../src/model/figure.ts';
import {
  YEAR_HEADER_RE,
  moneyTitleRow,
  hasWrittenMinus,
  readStatedValue,
  relativeChange,
  tableColumn,
  listTableColumn,
  listTableTitle,
  tableHeaderUnits,
  yearTableColumn,
  moneyRow,
  yearTableUnit,
  yearRowColumn,
  columnLabels,
} from '../../src/model/statedValue.ts';
import { readStatedRange } from '../../src/model/statedRange.ts';
import { PESO_DOLLARS } from '../../src/model/signCountry.ts';
import {
  NAMES_US_DOLLAR_RE,
  dollarSignIsForeign,
  documentCurrencies,
  OTHER_DOLLARS,
  type SourceMeta,
  namedCurrency,
  readFraction,
  readNumber,
  readOneIn,
  westernGroups,
  yenSignIsYuan,
} from '../../src/model/numberVocabulary.ts';

describe('readStatedValue', () => {
  it.each<{ text: string; kind: FigureKind; expected: { value: number; unit: string }[] }>([
    { text: 'increased 40%', kind: 'change', expected: [{ value: 40, unit: 'percent' }] },
    // v105: the verb of change sets the sign of its object, whatever noun the object is.
    {
      text: 'increased new contracts by 4 percent',
      kind: 'change',
      expected: [{ value: 4, unit: 'percent' }],
    },
    {
      text: 'cut new contracts by 4 percent',
      kind: 'change',
      expected: [{ value: -4, unit: 'percent' }],
    },
    { text: 'reduced increases by 2%', kind: 'change', expected: [{ value: -2, unit: 'percent' }] },
    { text: 'had doubled', kind: 'change', expected: [{ value: 100, unit: 'percent' }] },
    { text: 'tripled', kind: 'change', expected: [{ value: 200, unit: 'percent' }] },
    { text: 'is expected to double', kind: 'change', expected: [{ value: 100, unit: 'percent' }] },
    { text: '30% of Sakhalin 1', kind: 'share', expected: [{ value: 30, unit: 'percent' }] },
    { text: '$1 billion', kind: 'amount', expected: [{ value: 1e9, unit: 'USD' }] },
    { text: '$8 billion', kind: 'amount', expected: [{ value: 8e9, unit: 'USD' }] },
    // News agencies abbreviate scales "bln"/"mln"; operators write "US$ 7.6 billion" with a space.
    { text: '$13.1 bln', kind: 'amount', expected: [{ value: 13.1e9, unit: 'USD' }] },
    { text: '610 bln yen', kind: 'amount', expected: [{ value: 610e9, unit: 'JPY' }] },
    { text: '$600 mln', kind: 'amount', expected: [{ value: 600e6, unit: 'USD' }] },
    { text: 'US$ 7.6 billion', kind: 'amount', expected: [{ value: 7.6e9, unit: 'USD' }] },
    { text: '$ 27.5 million', kind: 'amount', expected: [{ value: 27.5e6, unit: 'USD' }] },
    // Thousands grouped by a space after a currency sign; a plural scale; a number word in points.
    { text: '€1 741.9 bn', kind: 'amount', expected: [{ value: 1741.9e9, unit: 'EUR' }] },
    { text: 'five billion dollars', kind: 'amount', expected: [{ value: 5e9, unit: 'USD' }] },
    // A minus written as the non-breaking hyphen U+2011; words that only size a fall keep its sign.
    { text: '\u20112.6%', kind: 'change', expected: [{ value: -2.6, unit: 'percent' }] },
    {
      text: 'fell €22 million (15 percent) in value, and 11 percent',
      kind: 'change',
      expected: [
        { value: -15, unit: 'percent' },
        { value: -11, unit: 'percent' },
      ],
    },
    {
      text: 'declined by a sizeable 22.3%',
      kind: 'change',
      expected: [{ value: -22.3, unit: 'percent' }],
    },
    {
      text: 'lower the main rate – the rate it steers lending with – by 25 basis points',
      kind: 'change',
      expected: [{ value: -0.25, unit: 'percentage-points' }],
    },
    {
      text: 'by 50 basis points in 2035, and 25 basis points',
      kind: 'change',
      expected: [
        { value: 0.5, unit: 'percentage-points' },
        { value: 0.25, unit: 'percentage-points' },
      ],
    },
    {
      text: 'a quarter-percentage-point cut',
      kind: 'change',
      expected: [{ value: -0.25, unit: 'percentage-points' }],
    },
    // Whole units, not 16399999999.999998.
    { text: 'USD 16.4 billion', kind: 'amount', expected: [{ value: 16.4e9, unit: 'USD' }] },
    { text: 'were off 1.4 per cent', kind: 'change', expected: [{ value: -1.4, unit: 'percent' }] },
    { text: 'USD 2 500 million', kind: 'amount', expected: [{ value: 2.5e9, unit: 'USD' }] },
    { text: '466 thousands USD', kind: 'amount', expected: [{ value: 466e3, unit: 'USD' }] },
    { text: '1 741.9 billion euros', kind: 'amount', expected: [{ value: 1741.9e9, unit: 'EUR' }] },
    { text: '30,4 mln. USD', kind: 'amount', expected: [{ value: 30.4e6, unit: 'USD' }] },
    {
      text: 'one percentage point higher',
      kind: 'change',
      expected: [{ value: 1, unit: 'percentage-points' }],
    },
    {
      text: '1.8% or €118 million below',
      kind: 'change',
      expected: [{ value: -1.8, unit: 'percent' }],
    },
    // A spaced dash after a label parts it from the amount; after "was" it is a minus.
    {
      text: 'export - 41,2 million USD',
      kind: 'amount',
      expected: [{ value: 41.2e6, unit: 'USD' }],
    },
    { text: 'was – 2.8 billion euros', kind: 'amount', expected: [{ value: -2.8e9, unit: 'EUR' }] },
    // Fractions in words: "by" one, or one before a comparative, whose sign the comparative gives.
    { text: 'increased by one fourth', kind: 'change', expected: [{ value: 25, unit: 'percent' }] },
    { text: 'One fifth more', kind: 'change', expected: [{ value: 20, unit: 'percent' }] },
    { text: 'one fourth less', kind: 'change', expected: [{ value: -25, unit: 'percent' }] },
    {
      text: 'fell by three eighths',
      kind: 'change',
      expected: [{ value: -37.5, unit: 'percent' }],
    },
    {
      text: 'decreased by 41.9% and 12.6%',
      kind: 'change',
      expected: [
        { value: -41.9, unit: 'percent' },
        { value: -12.6, unit: 'percent' },
      ],
    },
    { text: 'US$400 million', kind: 'amount', expected: [{ value: 4e8, unit: 'USD' }] },
    // A rate's level below zero keeps its written minus; a verb of decrease gives a level none.
    { text: '-0.5%', kind: 'share', expected: [{ value: -0.5, unit: 'percent' }] },
    { text: 'minus 0.1 percent', kind: 'share', expected: [{ value: -0.1, unit: 'percent' }] },
    { text: 'minus 0.1 percent', kind: 'change', expected: [{ value: -0.1, unit: 'percent' }] },
    // "pc" glued to the digits is the percent sign of British newspapers and trade bodies.
    { text: 'rose 26pc', kind: 'change', expected: [{ value: 26, unit: 'percent' }] },
    // The word "negative" right before a number is its sign, as statistics offices write it.
    {
      text: 'negative 0.4 per cent',
      kind: 'change',
      expected: [{ value: -0.4, unit: 'percent' }],
    },
    { text: 'fell to 0.5%', kind: 'share', expected: [{ value: 0.5, unit: 'percent' }] },
    // The currency after the scale, and a fraction of one percentage point (round 12).
    { text: '1.5 billion US$', kind: 'amount', expected: [{ value: 1.5e9, unit: 'USD' }] },
    { text: '5 billion dollar', kind: 'amount', expected: [{ value: 5e9, unit: 'USD' }] },
    { text: '4.2 billion €', kind: 'amount', expected: [{ value: 4.2e9, unit: 'EUR' }] },
    {
      text: 'a quarter-point cut',
      kind: 'change',
      expected: [{ value: -0.25, unit: 'percentage-points' }],
    },
    {
      text: '1.5 billion U.S. dollars',
      kind: 'amount',
      expected: [{ value: 1.5e9, unit: 'USD' }],
    },
    {
      text: 'raised the rate by ½ a percentage point',
      kind: 'change',
      expected: [{ value: 0.5, unit: 'percentage-points' }],
    },
    {
      text: 'cut by half a percentage point',
      kind: 'change',
      expected: [{ value: -0.5, unit: 'percentage-points' }],
    },
    {
      text: 'a quarter of a percentage point',
      kind: 'change',
      expected: [{ value: 0.25, unit: 'percentage-points' }],
    },
    // A bare "¥" is the yen first, and the yuan as a second reading (a document about China).
    {
      text: '¥120 billion',
      kind: 'amount',
      expected: [
        { value: 1.2e11, unit: 'JPY' },
        { value: 1.2e11, unit: 'CNY' },
      ],
    },
    { text: 'JPY 120 billion', kind: 'amount', expected: [{ value: 1.2e11, unit: 'JPY' }] },
    { text: '120 billion yen', kind: 'amount', expected: [{ value: 1.2e11, unit: 'JPY' }] },
    { text: '€2,500', kind: 'amount', expected: [{ value: 2500, unit: 'EUR' }] },
    { text: 'fell by half', kind: 'change', expected: [{ value: -50, unit: 'percent' }] },
    { text: 'halved', kind: 'change', expected: [{ value: -50, unit: 'percent' }] },
    { text: 'rose by half', kind: 'change', expected: [{ value: 50, unit: 'percent' }] },
    { text: 'rose by a third', kind: 'change', expected: [{ value: 33.33, unit: 'percent' }] },
    // The fraction straight after the verb, no "by": "Output fell one fourth in 2020".
    { text: 'fell one fourth', kind: 'change', expected: [{ value: -25, unit: 'percent' }] },
    // The half after the percent: "rose by a per cent and a half".
    {
      text: 'rose by a per cent and a half',
      kind: 'change',
      expected: [{ value: 1.5, unit: 'percent' }],
    },
    {
      text: 'fell one percent and a half',
      kind: 'change',
      expected: [{ value: -1.5, unit: 'percent' }],
    },
    { text: 'rose a third', kind: 'change', expected: [{ value: 33.33, unit: 'percent' }] },
    { text: 'dropped nearly half', kind: 'change', expected: [{ value: -50, unit: 'percent' }] },
    { text: 'fell by two-thirds', kind: 'change', expected: [{ value: -66.67, unit: 'percent' }] },
    // Round 14: a ratio of one to a whole is a share; an amount may be a hyphenated adjective.
    { text: 'one in every six', kind: 'share', expected: [{ value: 16.67, unit: 'percent' }] },
    { text: '1 in 5', kind: 'share', expected: [{ value: 20, unit: 'percent' }] },
    {
      text: 'two‑thirds of the rise',
      kind: 'share',
      expected: [{ value: 66.67, unit: 'percent' }],
    },
    { text: '450-million-dollar', kind: 'amount', expected: [{ value: 4.5e8, unit: 'USD' }] },
    { text: 'rose by less than 3%', kind: 'change', expected: [{ value: 3, unit: 'percent' }] },
    {
      text: 'decrease in household spending widened from 6.1% to 8.7%',
      kind: 'change',
      expected: [
        { value: -6.1, unit: 'percent' },
        { value: -8.7, unit: 'percent' },
        { value: 42.62, unit: 'percent' },
      ],
    },
    {
      text: 'narrowed by 0.7 per-\ncentage points',
      kind: 'change',
      expected: [{ value: -0.7, unit: 'percentage-points' }],
    },
    { text: 'decreased 5%', kind: 'change', expected: [{ value: -5, unit: 'percent' }] },
    { text: '12.5 percent', kind: 'change', expected: [{ value: 12.5, unit: 'percent' }] },
    { text: '12.5 percent', kind: 'share', expected: [{ value: 12.5, unit: 'percent' }] },
    {
      text: 'rose from $2 billion to $3 billion',
      kind: 'change',
      expected: [{ value: 50, unit: 'percent' }],
    },
    { text: 'from 7 to 10', kind: 'change', expected: [{ value: 42.86, unit: 'percent' }] },
    // The levels in "from X% to Y%" are not changes: only the relative change is a reading.
    { text: 'rose from 12% to 18%', kind: 'change', expected: [{ value: 50, unit: 'percent' }] },
    // Round 6: fractions in digits, basis points, a fall in money, the code before the scale.
    { text: '2 1/2 per cent', kind: 'share', expected: [{ value: 2.5, unit: 'percent' }] },
    { text: '3-3/4 percent', kind: 'share', expected: [{ value: 3.75, unit: 'percent' }] },
    { text: '1/4 per cent', kind: 'share', expected: [{ value: 0.25, unit: 'percent' }] },
    // Round 11: a fraction of a per cent; the first bare number of a list sharing one percent.
    {
      text: 'rose by one-half of a per cent',
      kind: 'change',
      expected: [{ value: 0.5, unit: 'percent' }],
    },
    {
      text: 'fell by a quarter of a percent',
      kind: 'change',
      expected: [{ value: -0.25, unit: 'percent' }],
    },
    {
      text: '10.9, 10.2 and 7.7 percent',
      kind: 'change',
      expected: [
        { value: 10.9, unit: 'percent' },
        { value: 10.2, unit: 'percent' },
        { value: 7.7, unit: 'percent' },
      ],
    },
    { text: '241, or 2.4 percent', kind: 'share', expected: [{ value: 2.4, unit: 'percent' }] },
    // Push 15: a minus written between a currency code and its number.
    {
      text: 'EUR –2.7 billion',
      kind: 'amount',
      expected: [{ value: -2.7e9, unit: 'EUR' }],
    },
    // Push 15: a bare first level before "to N percent" shares its percent, read last.
    {
      text: '18 to 27 percent',
      kind: 'share',
      expected: [
        { value: 27, unit: 'percent' },
        { value: 18, unit: 'percent' },
      ],
    },
    // Push 15: a list that shares one "percentage points"; a basis-point list is not read so.
    {
      text: 'cut by 0.4 and 0.15 percentage points',
      kind: 'change',
      expected: [
        { value: -0.15, unit: 'percentage-points' },
        { value: -0.4, unit: 'percentage-points' },
      ],
    },
    {
      text: 'raised 25 and 50 basis points',
      kind: 'change',
      expected: [{ value: 0.5, unit: 'percentage-points' }],
    },
    {
      text: 'fell by 3.1, 2.4 and 1.0 percent',
      kind: 'change',
      expected: [
        { value: -3.1, unit: 'percent' },
        { value: -2.4, unit: 'percent' },
        { value: -1, unit: 'percent' },
      ],
    },
    { text: 'about 2¼ per cent', kind: 'change', expected: [{ value: 2.25, unit: 'percent' }] },
    {
      text: 'cut the policy rate by 75 basis points',
      kind: 'change',
      expected: [{ value: -0.75, unit: 'percentage-points' }],
    },
    {
      text: 'raised by 50bp',
      kind: 'change',
      expected: [{ value: 0.5, unit: 'percentage-points' }],
    },
    // The size of a fall: an amount is never negative; the words keep the direction.
    { text: 'decrease of US$2 billion', kind: 'amount', expected: [{ value: 2e9, unit: 'USD' }] },
    { text: 'fell by €300m', kind: 'amount', expected: [{ value: 3e8, unit: 'EUR' }] },
    // "B" glued to the digits after a currency is billions; the bracketed "(-)" is a minus.
    { text: 'JPY 6.5B', kind: 'amount', expected: [{ value: 6.5e9, unit: 'JPY' }] },
    { text: 'one fifth', kind: 'share', expected: [{ value: 20, unit: 'percent' }] },
    {
      text: 'half a trillion US dollars',
      kind: 'amount',
      expected: [{ value: 5e11, unit: 'USD' }],
    },
    { text: 'growth of one quarter', kind: 'change', expected: [{ value: 25, unit: 'percent' }] },
    {
      text: 'a decline of a third',
      kind: 'change',
      expected: [{ value: -33.33, unit: 'percent' }],
    },
    { text: '(-) 0.4 per cent', kind: 'change', expected: [{ value: -0.4, unit: 'percent' }] },
    {
      text: 'detracted 0.3 percentage points',
      kind: 'change',
      expected: [{ value: -0.3, unit: 'percentage-points' }],
    },
    {
      text: 'downward revision in change of $19.4 billion',
      kind: 'amount',
      expected: [{ value: 19.4e9, unit: 'USD' }],
    },
    { text: 'less than $5 billion', kind: 'amount', expected: [{ value: 5e9, unit: 'USD' }] },
    { text: 'tax cuts of $1 trillion', kind: 'amount', expected: [{ value: 1e12, unit: 'USD' }] },
    { text: '33.00 USD billion', kind: 'amount', expected: [{ value: 33e9, unit: 'USD' }] },
    { text: 'a doubling', kind: 'change', expected: [{ value: 100, unit: 'percent' }] },
    // Round 8: "half the" with a possessive whole; a percent change named before its number.
    {
      text: 'half the region’s jobless',
      kind: 'share',
      expected: [{ value: 50, unit: 'percent' }],
    },
    {
      text: 'the percentage change was +2.2',
      kind: 'change',
      expected: [{ value: 2.2, unit: 'percent' }],
    },
    {
      text: 'the percentage change was −0.6',
      kind: 'change',
      expected: [{ value: -0.6, unit: 'percent' }],
    },
    // Round 10: points written as "ppt"/"ppts" onto the number, and "percent points".
    { text: 'down 0.3ppt', kind: 'change', expected: [{ value: -0.3, unit: 'percentage-points' }] },
    { text: '+1.0ppt', kind: 'change', expected: [{ value: 1, unit: 'percentage-points' }] },
    { text: 'fell 2 ppts', kind: 'change', expected: [{ value: -2, unit: 'percentage-points' }] },
    {
      text: 'rose 1.2 percent points',
      kind: 'change',
      expected: [{ value: 1.2, unit: 'percentage-points' }],
    },
    {
      text: 'up 0.5 per cent points',
      kind: 'change',
      expected: [{ value: 0.5, unit: 'percentage-points' }],
    },
    // Deflation is a fall in prices; inflation stays a rise.
    { text: 'a 0.3% deflation', kind: 'change', expected: [{ value: -0.3, unit: 'percent' }] },
    { text: 'deflation of 1.6%', kind: 'change', expected: [{ value: -1.6, unit: 'percent' }] },
    { text: '0.4% inflation', kind: 'change', expected: [{ value: 0.4, unit: 'percent' }] },
    // Round 11: a list of names, a bracketed percent each, under one verb shares its sign.
    {
      text: 'is down with Japan (34.7%), Korea (12%',
      kind: 'change',
      expected: [
        { value: -34.7, unit: 'percent' },
        { value: -12, unit: 'percent' },
      ],
    },
    {
      text: 'rose in A (3%) and B (2%',
      kind: 'change',
      expected: [
        { value: 3, unit: 'percent' },
        { value: 2, unit: 'percent' },
      ],
    },
    // "slumped", a hyphenated "2-percent", and a list whose verb runs past a bracketed aside.
    { text: 'slumped 23%', kind: 'change', expected: [{ value: -23, unit: 'percent' }] },
    { text: 'its 2-percent target', kind: 'change', expected: [{ value: 2, unit: 'percent' }] },
    {
      text: 'falls of 3.1% by sea (1.2% up without fuel), 2.4% by rail and 0.9%',
      kind: 'change',
      expected: [
        { value: -3.1, unit: 'percent' },
        { value: -2.4, unit: 'percent' },
        { value: -0.9, unit: 'percent' },
      ],
    },
    // A comma ends the percent: "71 percent, and points of contact" is a share in percent.
    { text: '71 percent, and points', kind: 'share', expected: [{ value: 71, unit: 'percent' }] },
  ])('"$text" as $kind', ({ text, kind, expected }) => {
    // A bare "$" may be any of the charted dollars (the document decides): the US dollar is first.
    expect(usFirst(readStatedValue(text, kind))).toEqual(expected);
  });

  it.each<{ text: string; kind: FigureKind }>([
    { text: 'increased 40%', kind: 'amount' },
    { text: '$1 billion', kind: 'change' },
    { text: 'Exports', kind: 'change' },
    { text: 'a lot', kind: 'share' },
    { text: '400 million', kind: 'amount' },
    { text: 'half the time', kind: 'share' },
    { text: 'the percentage change was 2.2 billion', kind: 'change' },
  ])('"$text" states no $kind', ({ text, kind }) => {
    expect(readStatedValue(text, kind)).toEqual([]);
  });

  it.each<{ text: string; currency?: 'USD' | 'EUR'; expected: { value: number; unit: string }[] }>([
    // The sentence named one currency before the bare number: it is counted in it.
    { text: '1.7599 billion', currency: 'USD', expected: [{ value: 1.7599e9, unit: 'USD' }] },
    { text: '4.2 bn', currency: 'EUR', expected: [{ value: 4.2e9, unit: 'EUR' }] },
    // Without that context a bare number states no amount.
    { text: '1.7599 billion', expected: [] },
    // A currency the words name themselves wins over the context.
    {
      text: '¥3 billion',
      currency: 'USD',
      expected: [
        { value: 3e9, unit: 'JPY' },
        { value: 3e9, unit: 'CNY' },
      ],
    },
  ])('"$text" with the sentence\'s currency $currency', ({ text, currency, expected }) => {
    expect(usFirst(readStatedValue(text, 'amount', { currency }))).toEqual(expected);
  });
});

describe('yenSignIsYuan', () => {
  it.each([
    { text: 'National Bureau of Statistics of China: sales were ¥2 trillion.', yuan: true },
    { text: 'Sales, in yuan, were ¥2 trillion.', yuan: true },
    { text: 'Chinese retail sales were ¥2 trillion.', yuan: true },
    // Japan or the yen named anywhere keeps "¥" the yen.
    { text: 'Exports of Japan to the People’s Republic of China were ¥2 trillion.', yuan: false },
    { text: 'Bonds of ¥2 trillion (in yen) were sold to Chinese buyers.', yuan: false },
    // A country only named as a place is no document about China.
    { text: 'Buyers in China bought bonds of ¥2 trillion.', yuan: false },
    { text: 'Bonds of ¥2 trillion were sold.', yuan: false },
  ])('$text → $yuan', ({ text, yuan }) => {
    expect(yenSignIsYuan(text)).toBe(yuan);
  });
});

/** The readings without the other dollars and the pesos a bare "$" may be (tested on their own
 *  below). */
function usFirst<T extends { unit: string }>(readings: T[]): T[] {
  return readings.filter((r) => ![...OTHER_DOLLARS, ...PESO_DOLLARS].includes(r.unit as Unit));
}

describe('a list in points past the level the first reached', () => {
  it('gives the second number the verb\'s minus: "was down 30 bp to 9.2%, and 15 bp"', () => {
    const readings = readStatedValue('was down 30 bp to 9.2%, and 15 bp', 'change');
    expect(readings).toContainEqual({ value: -0.3, unit: 'percentage-points' });
    expect(readings).toContainEqual({ value: -0.15, unit: 'percentage-points' });
  });
});

describe('currencies of the contract', () => {
  it.each<{ text: string; expected: { value: number; unit: string }[] }>([
    {
      text: '$5 million',
      expected: ['USD', ...OTHER_DOLLARS, ...PESO_DOLLARS].map((unit) => ({ value: 5e6, unit })),
    },
    { text: 'US$5 million', expected: [{ value: 5e6, unit: 'USD' }] },
    { text: 'NZ$5 million', expected: [{ value: 5e6, unit: 'NZD' }] },
    { text: 'A$1.2 billion', expected: [{ value: 1.2e9, unit: 'AUD' }] },
    { text: 'HK$40 billion', expected: [{ value: 4e10, unit: 'HKD' }] },
    { text: 'R$ 3 billion', expected: [{ value: 3e9, unit: 'BRL' }] },
    { text: '£2.1 billion', expected: [{ value: 2.1e9, unit: 'GBP' }] },
    { text: '₹1,200 billion', expected: [{ value: 1.2e12, unit: 'INR' }] },
    { text: '₺45 billion', expected: [{ value: 4.5e10, unit: 'TRY' }] },
    { text: '₦2.5 trillion', expected: [{ value: 2.5e12, unit: 'NGN' }] },
    { text: 'R61 billion', expected: [{ value: 6.1e10, unit: 'ZAR' }] },
    { text: 'SEK 3.4 billion', expected: [{ value: 3.4e9, unit: 'SEK' }] },
    { text: '3.4 billion SEK', expected: [{ value: 3.4e9, unit: 'SEK' }] },
    { text: '4 billion kronor', expected: [{ value: 4e9, unit: 'SEK' }] },
    { text: '12 billion rand', expected: [{ value: 1.2e10, unit: 'ZAR' }] },
    { text: '3 billion Swiss francs', expected: [{ value: 3e9, unit: 'CHF' }] },
    // A bare "pounds": sterling, or Egypt's pound in a document about Egypt.
    {
      text: '800 million pounds',
      expected: ['GBP', 'EGP'].map((unit) => ({ value: 8e8, unit })),
    },
    {
      text: '500 billion rupees',
      expected: ['INR', 'PKR', 'LKR'].map((unit) => ({ value: 5e11, unit })),
    },
    { text: '500 billion Pakistani rupees', expected: [{ value: 5e11, unit: 'PKR' }] },
    { text: '2 billion New Zealand dollars', expected: [{ value: 2e9, unit: 'NZD' }] },
    // Not currencies of the contract, or not money: no reading.
    { text: 'UA 943.6 million', expected: [] },
    { text: 'SDR 2 billion', expected: [] },
    { text: '2.5 billion pounds of pork', expected: [] },
    { text: 'try 5 million', expected: [] },
    // A code of this round's list before a number needs a scale or a grouped number: "COP 28" is a
    // conference, "ILS 3" a bond's name.
    { text: 'COP 28', expected: [] },
    { text: 'ILS 3', expected: [] },
    { text: 'INR 12,500', expected: [{ value: 12500, unit: 'INR' }] },
    // Glued to its digits a code needs no scale; "COP28" (a conference) and "RON95" (a fuel) stay none.
    { text: 'GBP90', expected: [{ value: 90, unit: 'GBP' }] },
    { text: 'COP28', expected: [] },
    { text: 'RON95', expected: [] },
    // Egypt's "LE" is the Egyptian pound like a code: before a scale or a grouped number only.
    { text: 'LE 5.3 trillion', expected: [{ value: 5.3e12, unit: 'EGP' }] },
    { text: 'LE 1,250', expected: [{ value: 1250, unit: 'EGP' }] },
    { text: 'LE 5', expected: [] },
    // India's scales: a crore is ten million, a lakh crore a trillion.
    { text: '₹1,200 crore', expected: [{ value: 1.2e10, unit: 'INR' }] },
    { text: '₹2.8 lakh crore', expected: [{ value: 2.8e12, unit: 'INR' }] },
    { text: 'SEK 300m', expected: [{ value: 3e8, unit: 'SEK' }] },
    { text: '40 billion CFA francs', expected: [] },
  ])('"$text"', ({ text, expected }) => {
    expect(readStatedValue(text, 'amount')).toEqual(expected);
  });
});

describe('documentCurrencies', () => {
  it.each<{ text: string; source?: SourceMeta; prefer: string[]; dollar: string | null }>([
    { text: 'Exports rose $5 billion.', prefer: ['USD'], dollar: 'USD' },
    // The record says whose dollar when the text never does: a publisher, a country's host.
    {
      text: 'Exports rose $5 billion.',
      source: { publisher: 'Stats NZ' },
      prefer: ['NZD'],
      dollar: 'NZD',
    },
    {
      text: 'Exports rose $5 billion.',
      source: { url: 'https://www.stats.govt.nz/news/trade' },
      prefer: ['NZD'],
      dollar: 'NZD',
    },
    // An international organisation's bare "$" is the US dollar, whatever country it writes about.
    {
      text: 'New Zealand: staff concluding statement. Exports rose $5 billion.',
      source: { publisher: 'International Monetary Fund', url: 'https://www.imf.org/x' },
      prefer: ['USD'],
      dollar: 'USD',
    },
    // An international organisation named in the opening before the country: the US dollar.
    {
      text: 'World Bank: Fiji Economic Update. Roads got $45 million.',
      prefer: ['USD'],
      dollar: 'USD',
    },
    // A dollar the contract does not chart: no dollar.
    { text: 'Reserve Bank of Fiji: exports rose $85 million.', prefer: [], dollar: null },
    // The rupee and the peso of the country the opening names.
    {
      text: 'State Bank of Pakistan: reserves rose 500 billion rupees.',
      prefer: ['USD', 'PKR'],
      dollar: 'USD',
    },
    // A country that writes its peso "$" named first: its peso (v224).
    { text: 'Banco de México: remittances rose.', prefer: ['MXN'], dollar: 'MXN' },
    // A host named for the place the publisher is named for, with a word beside it: a regional
    // tourism body, a state's visitor agency, a city's promotion agency (v18, ho208).
    {
      text: 'Visitor spending reached $1.12 billion.',
      source: { publisher: 'Destination Queenstown', url: 'https://www.queenstownnz.co.nz/m' },
      prefer: ['NZD'],
      dollar: 'NZD',
    },
    {
      text: 'Visitor spending reached $1.12 billion.',
      source: { publisher: 'Tourism Whitsundays', url: 'https://www.visitwhitsundays.com.au/m' },
      prefer: ['AUD'],
      dollar: 'AUD',
    },
    {
      text: 'Hotel takings rose $40 million.',
      source: { publisher: 'Visit Canberra', url: 'https://canberravisit.com.au/news' },
      prefer: ['AUD'],
      dollar: 'AUD',
    },
    // Near-misses: a reposting host and one sharing only a word any institution bears.
    {
      text: 'Exports rose $5 billion.',
      source: { publisher: 'Turkish Statistical Institute', url: 'https://btd.com.au/x' },
      prefer: ['USD'],
      dollar: 'USD',
    },
    {
      text: 'Exports rose $5 billion.',
      source: { publisher: 'National Tourism Office', url: 'https://tourismnews.co.nz/x' },
      prefer: ['USD'],
      dollar: 'USD',
    },
  ])('$text ($source)', ({ text, source, prefer, dollar }) => {
    const { prefer: p, dollar: d } = documentCurrencies(text, source);
    expect({ prefer: p, dollar: d }).toEqual({ prefer, dollar });
  });

  // A bare name that, in the document's country, is a currency the contract does not chart.
  it.each([
    ['Central Bank of Jordan: reserves rose.', '4.2 billion dinars', true],
    ['Bank of Uganda: revenue rose.', '3,200 billion shillings', true],
    ['Banque du Liban: deposits fell.', '90 trillion pounds', true],
    ['Nepal Rastra Bank: remittances rose.', '900 billion rupees', true],
    ['Central Bank of Oman: revenue rose.', '11 billion rials', true],
    ['Central Bank of Jordan: aid arrived.', '4.2 billion Kuwaiti dinars', false],
    ['Kuwait, Ministry of Finance: revenue fell.', '4.2 billion dinars', false],
    ['Central Bank of Kenya: lending rose.', '140 billion shillings', false],
    // "Rs" before the number is the document's own rupee too; India's, Pakistan's and Sri Lanka's stay.
    ['Nepal Rastra Bank: remittances rose.', 'Rs 1,310 billion', true],
    ['Ministry of Finance, Nepal: receipts rose.', 'Rs. 402.6 billion', true],
    ['Bank of Mauritius: reserves rose.', 'Rs 95 billion', true],
    ['Reserve Bank of India: exports to Nepal rose.', 'Rs 7,480 crore', false],
    ['State Bank of Pakistan: remittances rose.', 'Rs 620 billion', false],
  ])('%s %s is a namesake: %s', (text, stated, namesake) => {
    const { namesakes } = documentCurrencies(text);
    expect(namesakes.some((re) => re.test(stated))).toBe(namesake);
  });

  // The country may be named only by the source's record: its publisher's name.
  it('takes the rupee from the publisher of the source record', () => {
    const { namesakes } = documentCurrencies('Inflows climbed to Rs 1,310 billion.', {
      publisher: 'Nepal Rastra Bank',
    });
    expect(namesakes.some((re) => re.test('Rs 1,310 billion'))).toBe(true);
    expect(documentCurrencies('Inflows climbed to Rs 1,310 billion.').namesakes).toEqual([]);
  });
});

describe('dollarSignIsForeign', () => {
  it.each([
    {
      text: 'Goods trade\nStatistics New Zealand, 28 April 2031\nExports rose $85 million.',
      own: true,
    },
    { text: 'Reserve Bank of Australia: the bank bought $2 billion of bonds.', own: true },
    { text: 'The Bank of Canada said C$ bonds worth $3 billion were sold.', own: true },
    // Named first, the United States keeps "$" the US dollar, wherever the other country comes.
    { text: 'U.S. trade: exports to Canada rose $1.1 billion.', own: false },
    { text: 'United States exports to New Zealand were $0.4 billion.', own: false },
    // A country named only after the opening (its first 400 characters) is no publisher.
    {
      text: `Exports rose $5 billion.${' More goods were sold.'.repeat(20)} Canada bought some.`,
      own: false,
    },
    { text: 'Exports rose $5 billion.', own: false },
  ])('$text → $own', ({ text, own }) => {
    expect(dollarSignIsForeign(text)).toBe(own);
  });

  it('words that name the US dollar keep it in any document', () => {
    for (const words of [
      'US$12 million',
      'USD 3 billion',
      '5 billion U.S. dollars',
      '2 billion US dollars',
    ])
      expect(NAMES_US_DOLLAR_RE.test(words), words).toBe(true);
    for (const words of ['$12 million', '5 billion dollars', 'NZ$4 billion'])
      expect(NAMES_US_DOLLAR_RE.test(words), words).toBe(false);
  });
});

describe('namedCurrency and readNumber (number vocabulary)', () => {
  it.each([
    { words: 'it was planned to earn 2.296 billion US dollars, and ', expected: 'USD' },
    { words: 'exports of €5 million, up from ', expected: 'EUR' },
    { words: '$5 million and €3 million, and ', expected: undefined },
    { words: 'growth of 3 per cent and ', expected: undefined },
    // A number right after a unit of its own the contract lacks borrows no currency.
    { words: 'about USD 2.88 billion, or Units of Account (UA) ', expected: undefined },
    { words: 'USD 2.88 billion, of which UA ', expected: undefined },
    // …but a word before it is no unit: "and", a month, a quarter.
    { words: 'USD 410 million in January to March and ', expected: 'USD' },
    { words: 'USD 3.45 billion in Q1 and ', expected: 'USD' },
  ])('namedCurrency("$words") = $expected', ({ words, expected }) => {
    expect(namedCurrency(words)).toBe(expected);
  });

  it.each([
    { words: '2 1/2', expected: 2.5 },
    { words: '3-3/4', expected: 3.75 },
    { words: '1/8', expected: 0.125 },
    { words: '2½', expected: 2.5 },
    { words: '¾', expected: 0.75 },
    { words: '1,200.5', expected: 1200.5 },
    // Round 11: a fraction in words is a fraction of one ("one-half of a per cent").
    { words: 'one-half', expected: 0.5 },
    { words: 'a quarter', expected: 0.25 },
    { words: 'three quarters', expected: 0.75 },
  ])('readNumber("$words") = $expected', ({ words, expected }) => {
    expect(readNumber(words)).toBe(expected);
  });

  it.each([
    { words: 'two-thirds', expected: 66.67 },
    { words: 'one fourth', expected: 25 },
    { words: 'one sixth', expected: 16.67 },
    { words: 'two fifths', expected: 40 },
    { words: 'nine tenths', expected: 90 },
    { words: 'fourth', expected: undefined },
  ])('readFraction("$words") = $expected', ({ words, expected }) => {
    expect(readFraction(words)).toBe(expected);
  });

  it.each([
    { words: 'one in every nine', expected: 11.11 },
    { words: 'One out of eight', expected: 12.5 },
    { words: '1 in 20', expected: 5 },
    { words: 'one in ten years', expected: undefined },
    { words: 'a one-in-50-year flood', expected: undefined },
    { words: 'a 1 in 3 chance', expected: undefined },
  ])('readOneIn("$words") = $expected', ({ words, expected }) => {
    expect(readOneIn(words)).toBe(expected);
  });
});

describe('relativeChange', () => {
  it.each([
    { from: 2, to: 3, expected: 50 },
    { from: 7, to: 10, expected: 42.86 },
    { from: 10, to: 5, expected: -50 },
    { from: 0, to: 5, expected: undefined },
    { from: Number.NaN, to: 5, expected: undefined },
  ])('$from → $to = $expected', ({ from, to, expected }) => {
    expect(relativeChange(from, to)).toBe(expected);
  });
});

describe('hasWrittenMinus', () => {
  it.each([
    ['–2.8 billion euros', true],
    ['minus 0.1 percent', true],
    // The word "negative" before the number is its sign, so a level below zero may be stated so.
    ['the negative 0.4 per cent', true],
    ['negative in 3 of 12 months', false],
    ['a decrease of US$2 billion', false],
    // A bare table cell in brackets is the minus of accounts and fiscal tables; a bracket around
    // words is none.
    ['(318.2)', true],
    ['(38)', true],
    ['(about 38)', false],
  ])('"%s" → %s', (text, expected) => {
    expect(hasWrittenMinus(text)).toBe(expected);
  });
});

describe('bare numbers for later years after a percent for a year', () => {
  it('reads each bare number with a later year, and the last, in percent: "2.9 percent in 2031, to 3.2 in 2032 and 3.7"', () => {
    expect(
      readStatedValue('2.9 percent in 2031, to 3.2 in 2032 and 3.7', 'change').map((r) => r.value),
    ).toEqual(expect.arrayContaining([2.9, 3.2, 3.7]));
  });
  it('reads nothing more without a year after the percent: "2.9 percent, to 3.2"', () => {
    expect(readStatedValue('2.9 percent, to 3.2', 'change').map((r) => r.value)).not.toContain(3.2);
  });
});

describe('number-and-scale shapes of amounts', () => {
  it.each<[string, number, string]>([
    // A scale joined by a hyphen, after any sign or code.
    ['R318-billion', 318e9, 'ZAR'],
    ['R47,2-billion', 47.2e9, 'ZAR'],
    ['$23-billion', 23e9, 'USD'],
    ['€6-bn', 6e9, 'EUR'],
    ['Rs 85-crore', 85e7, 'INR'],
    // Billions and a part in millions, one amount.
    ['PLN 64 billion 302.5 million', 64.3025e9, 'PLN'],
    // The first of two amounts, with the scale written once after the second.
    ['$2.4 and $1.9 billion', 2.4e9, 'USD'],
    // The currency's name, then its code in brackets.
    ['Japanese Yen (JPY) 118.6 billion', 118.6e9, 'JPY'],
    ['Indian Rupees (INR) 9,300 crore', 93e9, 'INR'],
  ])('"%s" reads %d %s first', (text, value, unit) => {
    expect(readStatedValue(text, 'amount')[0]).toEqual({ value, unit });
  });

  it('keeps a plain amount with no millions after it: "PLN 64 billion"', () => {
    expect(readStatedValue('PLN 64 billion', 'amount')[0]).toEqual({ value: 64e9, unit: 'PLN' });
  });
});

describe('a plus written on the number', () => {
  it('outranks a fall verb later in the words: "+0.7%) and B (+0.3%) rose, but C (-0.4%) fell"', () => {
    expect(readStatedValue('+0.7%) and B (+0.3%) rose, but C (-0.4%) fell', 'change')[0]).toEqual({
      value: 0.7,
      unit: 'percent',
    });
  });
  it('keeps a fall verb with no plus negative: "fell 0.7%"', () => {
    expect(readStatedValue('fell 0.7%', 'change')[0]).toEqual({ value: -0.7, unit: 'percent' });
  });
});

describe('digits grouped in lakhs and crores', () => {
  // India's and Pakistan's grouping: the last group of three, the groups before it of two. One
  // number, never "1" and a list.
  it.each<[string, number]>([
    ['1,64,200', 164200],
    ['12,34,567', 1234567],
    ['2,45,000.75', 245000.75],
    ['1,00,00,000', 1e7],
    // Near-misses: the western grouping and a decimal comma keep their readings.
    ['1,234,567', 1234567],
    ['14,2', 14.2],
  ])('readNumber(%s) is %d', (words, n) => {
    expect(readNumber(words)).toBe(n);
  });

  it.each<[string, number, string]>([
    ['Rs 1,64,200 crore', 1.642e12, 'INR'],
    ['₹12,34,567 crore', 1.234567e13, 'INR'],
    ['INR 2,45,000 crore', 2.45e12, 'INR'],
    ['INR 2,45,000', 245000, 'INR'],
    ['Rs. 3,10,500 lakh', 3.105e10, 'INR'],
    ['PKR 4,56,000 million', 4.56e11, 'PKR'],
    ['1,64,200 crore rupees', 1.642e12, 'INR'],
  ])('%s reads %d %s', (text, value, unit) => {
    expect(readStatedValue(text, 'amount')[0]).toEqual({ value, unit });
  });

  it.each<[string, string]>([
    ['Rs 1,64,200 crore', 'Rs 164,200 crore'],
    ['Rs.12,34,567.5', 'Rs.1,234,567.5'],
    ['1,00,00,000 and 2,45,000', '10,000,000 and 245,000'],
    // Near-misses: western groups, a decimal comma, a list parted by spaces stay as written.
    ['1,234,567', '1,234,567'],
    ['14,25%', '14,25%'],
    ['1, 64, 200', '1, 64, 200'],
    ['0.1,64,200', '0.1,64,200'],
  ])('westernGroups(%s) is %s', (words, regrouped) => {
    expect(westernGroups(words)).toBe(regrouped);
  });

  it('reads both ends of a range grouped in lakhs: "Rs 1,50,000–2,00,000 crore"', () => {
    expect(readStatedRange('Rs 1,50,000–2,00,000 crore', 'amount')).toMatchObject({
      low: 1.5e12,
      high: 2e12,
      unit: 'INR',
    });
  });
});

describe('a bare "points" read back as percentage points', () => {
  // The extractor decides from the clause that the points are a rate's; the stated words alone
  // read them back, after every other reading.
  it.each<[string, number]>([
    ['rose 0.3 points', 0.3],
    ['slowed 0.5 points', -0.5],
    ['a 2-point rise', 2],
    ['a 2 point rise', 2],
    ['0.4 points', 0.4],
  ])('%s is %d points', (text, value) => {
    expect(readStatedValue(text, 'change')).toContainEqual({ value, unit: 'percentage-points' });
  });

  it('reads the percent first when the words state one too: "down 5 points (2.3 percent)"', () => {
    expect(readStatedValue('down 5 points (2.3 percent)', 'change')[0]).toEqual({
      value: -2.3,
      unit: 'percent',
    });
  });

  it('reads no points as a share: "85 points"', () => {
    expect(readStatedValue('85 points', 'share')).toEqual([]);
  });
});

describe('French words of a fall', () => {
  it.each([
    ['baisse de 4,1%', -4.1],
    ['replié, en glissement annuel, de 2,7%', -2.7],
    ['en repli de 0,6%', -0.6],
    ['reculé de 1,9%', -1.9],
    ['diminué de 2,2%', -2.2],
    // Near-misses: a rise keeps its plus.
    ['progression de 8,3%', 8.3],
    ['hausse de 6,4%', 6.4],
    ['progressé de 5,2%', 5.2],
  ])('%s reads %d', (text, value) => {
    expect(readStatedValue(text, 'change')[0]).toEqual({ value, unit: 'percent' });
  });
});

describe('a bare table cell in the unit of its column', () => {
  const header = 'Instrument  Old rate (percent)  Change (bp)  New rate (%)  Growth y/y (%)\n';
  it.each([
    { row: 'Base rate  ', words: '4.10', kind: 'share', value: 4.1, unit: 'percent' },
    {
      row: 'Base rate  4.10  ',
      words: '+35',
      kind: 'change',
      value: 0.35,
      unit: 'percentage-points',
    },
    {
      row: 'Base rate  4.10  ',
      words: '-35',
      kind: 'change',
      value: -0.35,
      unit: 'percentage-points',
    },
    {
      row: 'Base rate  4.10  +35  4.45  ',
      words: '+2.2',
      kind: 'change',
      value: 2.2,
      unit: 'percent',
    },
    {
      row: '| Base rate | 4.10 | +35 | ',
      words: '4.45',
      kind: 'share',
      value: 4.45,
      unit: 'percent',
    },
  ] as const)('$words after "$row"', ({ row, words, kind, value, unit }) => {
    expect(readStatedValue(words, kind, { lead: header + row })).toEqual([{ value, unit }]);
  });

  it.each([
    // No header at the quote's top: one line of prose.
    ['Base rate 4.10 ', '4.45', 'share'],
    // A header whose last cell names no unit.
    ['Rate (percent) Change (bp) Notes\nBase rate 4.10 ', '+35', 'change'],
    // One unit in brackets is no table header.
    ['Region  Output (percent)\nNorth  ', '3.1', 'share'],
    // More cells than the header has units.
    [header + 'Base rate 4.10 +35 4.45 +2.2 ', '7', 'change'],
    // Points are never a share.
    [header + 'Base rate 4.10 ', '+35', 'share'],
  ] as const)('reads nothing after %j', (lead, words, kind) => {
    expect(readStatedValue(words, kind, { lead })).toEqual([]);
  });

  it('counts the units of a header line only when its last cell ends with one', () => {
    expect(tableHeaderUnits('Rate  Old (%)  Change (basis points)  New (%)')).toBe(3);
    expect(tableHeaderUnits('| Segment | Share (%) | Growth (%) |')).toBe(2);
    expect(tableHeaderUnits('Prices (%) rose while wages (%) fell.')).toBe(0);
    expect(tableHeaderUnits('Output (percent)')).toBe(0);
    expect(tableColumn('Output (%)  Change (pp)\nNorth 2.0 ')).toEqual({
      kind: 'change',
      unit: 'percentage-points',
      basis: false,
    });
  });
});

describe('a table whose header line is years', () => {
  it.each([
    ['(Annual percentage change, volume)', 'change'],
    ['Regional outlook (merchandise volume, annual % change)', 'change'],
    ['Table 2.1 GDP growth (%)', 'change'],
    ['Fiscal balance (percent of GDP)', 'share'],
    ['Labour force participation (%)', 'share'],
    ['Gross external debt (US$ billion)', undefined],
    ['Number of approved projects', undefined],
  ] as const)('reads the unit of %j as %s', (words, kind) => {
    expect(yearTableUnit(words)).toBe(kind);
  });

  it.each([
    [
      'a title over the years',
      '(Annual percentage change)\n   2031  2032\nGDP  2.9 ',
      'change',
      2032,
    ],
    [
      'the row label',
      '   2030  2031\nProj.\nOverall balance (percent of GDP)  -6.1 ',
      'share',
      2031,
    ],
    [
      'a label on the year line',
      'Output (% change)\nExports  2031  2032\nNorth  4.2 ',
      'change',
      2032,
    ],
    [
      'a year-end date on the year line, over marks',
      'Year ended 30 June   2033   2034\n   Actual   Forecast\nOBEGAL (% of GDP)  (2.7) ',
      'share',
      2034,
    ],
    [
      'a fiscal year-end date',
      'Year ending 31 March   2034   2035\nNet borrowing (percent of GDP)  4.1 ',
      'share',
      2035,
    ],
    [
      'a year-end written month first',
      'Fiscal year ended June 30   2034   2035\nGeneral fund balance (percent of revenue)  8.2 ',
      'share',
      2035,
    ],
  ] as const)('gives a cell its column from %s', (_, lead, kind, year) => {
    expect(yearTableColumn(lead)).toEqual({ kind, year });
  });

  it.each([
    [
      'a row naming a level under a title of changes',
      '(Annual percentage change)\n  2031  2032\nUnemployment rate  5.1 ',
    ],
    ['a table with no unit', 'Projects approved\n  2031  2032\nAsia  41 '],
    ['a cell past the last year', '(Annual % change)\n  2031  2032\nGDP  2.9  3.1 '],
    [
      'prose between the years and the row',
      '(% change)\n  2031  2032\nGrowth was strong.\nGDP  2.9 ',
    ],
  ])('reads no column in %s', (_, lead) => {
    expect(yearTableColumn(lead)).toBeUndefined();
  });
});

describe('a from/to pair of levels that writes its percent once', () => {
  it.each([
    ['6¾ to 6½ percent', 'share', 6.75],
    ['7.4 to nearly 13 per cent', 'share', 7.4],
    ['58 in 2031 to 61.5 percent of GDP', 'share', 58],
    ['4.4 to 3.7 percent of GDP', 'share', 4.4],
    ['from 4.4 to 3.7 percent of GDP', 'share', 4.4],
    ['from 6 to 4.5 percent', 'change', 6],
  ] as const)("the first of %j is read in the second's percent", (words, kind, value) => {
    expect(readStatedValue(words, kind)).toContainEqual({ value, unit: 'percent' });
  });

  it.each([
    ['Inflation eased from 5.6 percent in February to ', '4.9', 'change', 4.9],
    ['The rate fell from 9.1% in January to ', '8.64', 'share', 8.64],
    ['The rate fell from 6¾ percent to ', '6¼', 'share', 6.25],
  ] as const)(
    "a bare second level after %j is read in the first's percent",
    (lead, words, kind, value) => {
      expect(readStatedValue(words, kind, { lead })).toEqual([{ value, unit: 'percent' }]);
    },
  );

  it.each([
    // No "from" level in percent before it.
    ['The rate fell from 9.1 in January to ', '8.64', 'share'],
    ['Output rose to ', '8.64', 'share'],
    // An amount is never read in percent.
    ['Exports rose from 9.1% in January to ', '8.64', 'amount'],
  ] as const)('reads nothing for a bare number after %j', (lead, words, kind) => {
    expect(readStatedValue(words, kind, { lead })).toEqual([]);
  });
});

describe('a bare dollar amount after a label that gives its currency and scale', () => {
  it.each([
    ["Imports (US'000) ", '$612,408', 612408000],
    ['Total Exports (US$ million)  ', '$1,312', 1312000000],
    ['Fees (USD bn) ', '$2.5', 2500000000],
  ])('%s%s is %d US dollars', (lead, words, value) => {
    expect(readStatedValue(words, 'amount', { lead })).toEqual([{ value, unit: 'USD' }]);
  });

  it.each([
    // A label that names no scale, or stands before other words.
    ['the customs office (main port) collected ', '$310,000', 310000],
    ["Imports (US'000) rose to ", '$512', 512],
    // A scale written with the amount wins over the label.
    ["Imports (US'000) ", '$1.2 billion', 1200000000],
  ])('%s%s keeps its own reading, %d', (lead, words, value) => {
    expect(readStatedValue(words, 'amount', { lead })[0]).toEqual({ value, unit: 'USD' });
  });
});

describe('thousands grouped with stops before a decimal comma', () => {
  it.each([
    ['€1.386,2 million', 1386200000],
    ['decrease of €2.047,55 million', 2047550000],
    ['€12.500,5', 12500.5],
    // Without the decimal comma the stop is a decimal point.
    ['€2.147', 2.147],
    ['€2.147 million', 2147000],
  ])('%s is %d euros', (words, value) => {
    expect(readStatedValue(words, 'amount')[0]).toEqual({ value, unit: 'EUR' });
  });
});

describe('Spanish words of a fall, and dots that group thousands before a Spanish plural scale', () => {
  it.each([
    ['descendiendo 7,4%', -7.4],
    ['cayendo 11,6%', -11.6],
    ['cayó 0,8%', -0.8],
    ['caída del 14,2%', -14.2],
    ['caída de 9,3%', -9.3],
    ['descendió 2,2%', -2.2],
    ['disminuyó 1,3%', -1.3],
    ['retrocedió 0,4%', -0.4],
    // Near-misses: a rise keeps its plus.
    ['creció un 3,1%', 3.1],
    ['aumentó en un 1,7%', 1.7],
    ['aumento interanual de 5,2%', 5.2],
  ])('%s reads %d', (text, value) => {
    expect(readStatedValue(text, 'change')[0]).toEqual({ value, unit: 'percent' });
  });
  it.each([
    ['USD 2.000 millones', 2e9],
    ['USD 1.250,5 millones', 1.2505e9],
    ['USD 6,5 millones', 6.5e6],
    ['USD 3.500 mil millones', 3.5e12],
    // Near-misses: before an English scale, before the Portuguese scales of releases written in
    // English, before a singular, or with no scale, a dot is a decimal point.
    ['US$ 1.425 bilhão', 1.425e9],
    ['US$ 1.200 milhões', 1.2e6],
    ['USD 1.500 millón', 1.5e6],
    ['USD 1.200 million', 1.2e6],
    ['USD 1.200 billion', 1.2e9],
    ['USD 1.200 bn', 1.2e9],
    ['USD 1.200-million', 1.2e6],
    ['USD 2.000', 2],
  ])('%s reads %d', (text, value) => {
    expect(readStatedValue(text, 'amount')[0]).toEqual({ value, unit: 'USD' });
  });
});

describe('"por ciento" is a percent, also broken at a line end', () => {
  it.each([
    ['3,65 por ciento', 3.65],
    ['7,42 por\nciento', 7.42],
    ['9 por ciento', 9],
    ['subió 1,5 por ciento', 1.5],
  ])('%s reads %d percent', (text, value) => {
    expect(readStatedValue(text, 'share')[0]).toEqual({ value, unit: 'percent' });
  });
  it('"por" alone is no percent', () => {
    expect(readStatedValue('12 por tonelada', 'share')[0]?.unit).not.toBe('percent');
  });
});

describe('Spanish conditionals of a fall read negative, of a rise positive', () => {
  it.each([
    ['caerían 1,4%', -1.4],
    ['se reduciría 0,9%', -0.9],
    ['disminuiría 2%', -2],
    ['crecería 3,1%', 3.1],
    ['se expandiría 2,6%', 2.6],
  ])('%s reads %d', (text, value) => {
    expect(readStatedValue(text, 'change')[0]).toEqual({ value, unit: 'percent' });
  });
});

describe('Spanish basis and percentage points', () => {
  it.each([
    ['bajó 50 puntos básicos', -0.5],
    ['una reducción de unos 180 puntos básicos', -1.8],
    ['subió 0,4 puntos porcentuales', 0.4],
    ['cut by 25 basis points', -0.25],
  ])('%s reads %d points', (text, value) => {
    expect(readStatedValue(text, 'change')[0]).toEqual({ value, unit: 'percentage-points' });
  });
});

describe('a whole number parted from its fraction sign by a space', () => {
  it.each([
    ['2 ¾ percent', 'change', 2.75],
    ['about 1 ½ per cent', 'change', 1.5],
    ['6 ¼ %', 'share', 6.25],
  ] as const)('%s reads %d, as the joined "2¾" does', (text, kind, value) => {
    expect(readStatedValue(text, kind)[0]).toEqual({ value, unit: 'percent' });
  });
  it('a year before the sign stays apart from it', () => {
    expect(readNumber('2031 ¼')).toBeUndefined();
  });
});

describe('a bracketed minus between a currency and its number', () => {
  it.each([
    ['USD (-) 4.2 billion', -4.2e9],
    ['EUR (–) 610 million', -6.1e8],
    ['USD 4.2 billion', 4.2e9],
  ])('%s reads %d', (text, value) => {
    expect(readStatedValue(text, 'amount')[0]?.value).toBe(value);
    expect(hasWrittenMinus(text)).toBe(value < 0);
  });
});

describe('a multiple in words reads as its digits do', () => {
  // "two and a half times" is "2.5 times": the new level over the old, less one; "a hundredfold"
  // is a hundred times.
  it.each<[string, number]>([
    ['two and a half times', 150],
    ['one and a half times their', 50],
    ['three and a quarter times the', 225],
    ['rose a hundredfold', 9900],
    ['increased twenty-fold', 1900],
    ['grew fifty-fold', 4900],
  ])('readStatedValue(%s, change) is %d', (words, value) => {
    expect(readStatedValue(words, 'change')[0]).toEqual({ value, unit: 'percent' });
  });
});

describe('a percentage point and a half', () => {
  it.each<[string, number]>([
    ['widened by a percentage point and a half', 1.5],
    ['cut the cash rate by a percentage point and a half', -1.5],
    ['fallen a full percentage point and a half', -1.5],
    ['cut by a point and a half', -1.5],
  ])('readStatedValue(%s, change) is %d points', (words, value) => {
    expect(readStatedValue(words, 'change')[0]).toEqual({ value, unit: 'percentage-points' });
  });
});

describe('a list table of "label: number" rows under a title that gives their unit', () => {
  it.each([
    ['Jobless rate, May 2035 (seasonally adjusted, %)\nNorth: 4.0\nSouth: ', 'share'],
    ['Changes in retail turnover (constant prices, %)\nFood: +1.1 over the year; ', 'change'],
    ['Change (%) to the previous quarter\nQ3 2034: +0.6 | Q4 2034: ', 'change'],
  ] as const)('reads the cell after %j as a %s in percent', (lead, kind) => {
    expect(listTableColumn(lead)).toEqual({ kind, unit: 'percent', basis: false });
  });

  it.each([
    ['a sentence over the rows', 'Inflation (%) was as follows.\nNorth: '],
    ['a line between that is no row', 'Jobless rate (%)\nSee the note below\nNorth: '],
    ['a cell with no label', 'Jobless rate (%)\n'],
    // v69: a title in money lists sums (its block below); one whose currency has no scale is none.
    ['a title in a currency with no scale', 'Minimum wage (NZ$)\nRetail: '],
  ])('reads nothing after %s', (_, lead) => {
    expect(listTableColumn(lead)).toBeUndefined();
  });
});

describe('v33: a list table whose title bracket opens with the unit and says what it is of', () => {
  it.each([
    ['Table 1: Summary of releases (per cent of half-year target)\nFeeding: ', 'share'],
    ['Waits (% of patients seen on time, by triage category)\nUrgent (category 3): ', 'share'],
    ['Growth in grant spending (% change on previous year)\n2024/25: ', 'change'],
    ['Revenue by region (% of group total)\nEurope: ', 'share'],
    ['Coverage by antigen (%)\nBCG: 93.1 in 2025; ', 'share'],
  ] as const)('reads the cell after %j as a %s in percent', (lead, kind) => {
    expect(listTableColumn(lead)).toEqual({ kind, unit: 'percent', basis: false });
  });
  it.each([
    ['a bracket of money', 'Exports (NZ$ million of goods)\nChina: '],
    ['a unit that is no bracket opening', 'Pay (rise of 3 %)\nNorth: '],
  ])('reads nothing after %s', (_, lead) => {
    expect(listTableColumn(lead)).toBeUndefined();
  });
});

describe('v23: a list table titled for a readjustment, revaluation, uprating or indexation', () => {
  it.each([
    // A social-security fund's pro-rata table, a pension office's uprating list, a wage board's.
    ['Month benefit began (readjustment, %)\nUp to January 2031: 4.71\nFebruary 2031: '],
    ['Pension revaluation by year of award (%)\nAwarded in 2029: 3.1\nAwarded in 2030: '],
    ['Uprating of working-age benefits (%)\nUniversal Credit: '],
    ['Indexation applied to each scheme (%)\nBasic scheme: 2.2\nSupplementary scheme: '],
  ])('reads the cell after %j as a change in percent', (lead) => {
    expect(listTableColumn(lead)).toEqual({ kind: 'change', unit: 'percent', basis: false });
  });
  it.each([
    // Near-misses: a rate seasonally adjusted, a level after its seasonal adjustment.
    ['Unemployment rate, May 2035 (seasonally adjusted, %)\nNorth: '],
    ['Participation rate after seasonal adjustment (%)\nNorth: '],
  ])('reads the cell after %j as a share', (lead) => {
    expect(listTableColumn(lead)).toEqual({ kind: 'share', unit: 'percent', basis: false });
  });
});

describe('yearRowColumn', () => {
  it.each([
    [
      'a central bank outlook',
      '(y/y % chg.)\nReal GDP; CPI\nFiscal 2031: +0.9; +2.9\nFiscal 2032: +0.7; ',
      'change',
      2032,
    ],
    ['a label’s own unit', 'Year   GDP (% change)   Debt (% of GDP)\n2031   1.2   ', 'share', 2031],
    [
      'a pipe table',
      'Forecast (percent change)\n| GDP | Investment |\n| FY2033 | ',
      'change',
      2033,
    ],
  ] as const)('gives a cell its column from %s', (_, lead, kind, year) => {
    expect(yearRowColumn(lead)).toEqual({ kind, year });
  });

  it.each([
    ['a level under a title of changes', '(% change)\nGDP; Unemployment rate\n2031: 1.0; '],
    ['a table with no unit', 'Branches; Staff\n2031: 41; '],
    ['a cell past the last label', '(% change)\nGDP; CPI\n2031: 1.0; 2.0; '],
    ['a sentence over the rows', '(% change)\nGDP grew; prices rose.\n2031: 1.0 '],
  ])('reads no column in %s', (_, lead) => {
    expect(yearRowColumn(lead)).toBeUndefined();
  });

  it('splits labels outside their brackets and drops the year column’s own', () => {
    expect(columnLabels('Year  CPI (items; less food)  GDP')).toEqual([
      'CPI (items; less food)',
      'GDP',
    ]);
  });
});

describe('moneyRow', () => {
  it.each([
    ['Underlying cash balance ($b)   ', { sign: '$', scale: 1e9 }],
    ['Revenue (R billion) ', { sign: 'R', scale: 1e9 }],
    ['Gross reserves (US$ million) ', { sign: 'US$', scale: 1e6 }],
    ['Net cash flow (NOK bn) ', { sign: 'NOK', scale: 1e9 }],
    ['Revenue (£m) ', { sign: '£', scale: 1e6 }],
    ['Transfers (billion EUR) ', { sign: 'EUR', scale: 1e9 }],
  ])('reads the currency and scale of %s', (label, want) => {
    expect(moneyRow(label)).toEqual(want);
  });

  it.each([
    'Population (million) ',
    'Exchange rate (R per US$) ',
    'Minimum wage (R) ',
    'Number of projects ',
  ])('reads no money row in %s', (label) => {
    expect(moneyRow(label)).toBeUndefined();
  });
});

describe('the first end of a from/to pair whose digits state its size in full', () => {
  it.each<[string, number]>([
    ['from €500,000 to €1 million', 500_000],
    ['from $250,000 to $1.2 million', 250_000],
    // Near-misses: the first end takes the scale written after the second.
    ['from US$ 27 to 276 billion', 27e9],
    ['from €2 to €3 million', 2_000_000],
  ])('%s reads %d', (text, value) => {
    expect(readStatedValue(text, 'amount').map((r) => r.value)).toContain(value);
  });
});

describe('v58: a list table whose rows stand a blank line below their title', () => {
  it.each([
    ['Approved tariff adjustments for 2034/35 (%)\n\nNairobi City WSP: ', 'change'],
    ['Capital delivery against plan, 2033/34 (% of budgeted capex)\n\nTāmaki Water: ', 'share'],
    ['Jobless rate by region (per cent)\n\n\nNorth: 4.0\nSouth: ', 'share'],
  ] as const)('reads the cell after %j as a %s in percent', (lead, kind) => {
    expect(listTableColumn(lead)).toEqual({ kind, unit: 'percent', basis: false });
  });
  it.each([
    ['a blank line between rows', 'Jobless rate (%)\n\nNorth: 4.0\n\nSouth: '],
    ['a heading between title and rows', 'Jobless rate (%)\n\nRegions\nNorth: '],
  ])('reads nothing after %s', (_, lead) => {
    expect(listTableColumn(lead)).toBeUndefined();
  });
});

describe('v67: moneyRow reads the abbreviated scales rating agencies and European statistics write', () => {
  it.each<[string, { sign: string; scale: number } | undefined]>([
    ['Nominal GDP (bil. $)', { sign: '$', scale: 1e9 }],
    ['Gross external debt (mil. US$)', { sign: 'US$', scale: 1e6 }],
    ['Revenue (EUR mln)', { sign: 'EUR', scale: 1e6 }],
    ['Reserves (USD bln)', { sign: 'USD', scale: 1e9 }],
    ['Budget deficit (€ mil.)', { sign: '€', scale: 1e6 }],
    ['GDP per capita (thous. $)', { sign: '$', scale: 1e3 }],
    // Near-misses: no currency, a rate of exchange, and the Iberian "mil" (a thousand) with no period.
    ['Population (mil.)', undefined],
    ['Exchange rate (LC per US$)', undefined],
    ['Receita (R$ mil)', undefined],
  ])('%s', (label, want) => expect(moneyRow(label)).toEqual(want));
});

describe('v66: listTableTitle reads a title whose unit bracket is followed by a colon', () => {
  it.each([
    ['Spending by quarter (% of adjusted appropriation):', 'share'],
    ['Growth in lending by sector (annual % change):', 'change'],
    ['Unemployment rate by region, March 2034 (seasonally adjusted, %) :', 'share'],
  ])('%s', (line, kind) => {
    expect(listTableTitle(line)?.kind).toBe(kind);
  });

  it.each([
    'The figures are as follows:',
    'The ministry released the following figures (see annex):',
    'The rates below were set by the Board, which met on 3 March and agreed to publish them in full (%):',
  ])('%s is no title', (line) => {
    expect(listTableTitle(line)).toBeUndefined();
  });
});

describe('v69: a list table whose title names a currency and a scale lists sums', () => {
  it.each([
    ['Budget by area of focus (CHF million)\nShelter and settlements: ', 'CHF', 1e6],
    ['Funds released under Component-B, 2032-33 (₹ crore)\n1. Rajasthan: ', '₹', 1e7],
    ['Revenue by segment (US$ million)\nCopper: 4,812\nZinc: ', 'US$', 1e6],
    ['Operating expenses, 2033 (€ thousand)\nStaff costs: ', '€', 1e3],
    ['County equitable shares, FY 2034/35 (KSh million):\n(a) Mombasa: ', 'KSh', 1e6],
  ])('%j is a list of sums in %s', (lead, sign, scale) => {
    expect(listTableColumn(lead)).toEqual({ kind: 'amount', money: { sign, scale } });
  });

  it.each([
    ['a row that names a count', 'Housing programme (€ million)\nNumber of projects: '],
    ['a row whose bracket is a percent', 'Spending (€ million)\nShare of total (%): '],
    [
      'a title with a count beside the money',
      'Grants and their value (number; € million)\nSmall firms: ',
    ],
    ['a rate of exchange', 'Exchange rates (R per US$)\nMarch: '],
    ['a heading over prose', 'Capital spending (€ million)\nThe Council spent '],
  ])('reads nothing after %s', (_, lead) => {
    expect(listTableColumn(lead)).toBeUndefined();
  });

  it('reads a numbered row under a title in percent too', () => {
    expect(listTableColumn('Unemployment rate by region (%)\n2. South: ')).toEqual({
      kind: 'share',
      unit: 'percent',
      basis: false,
    });
  });

  it('reads a cell under a title in money as that sum, and no percent', () => {
    const lead = 'Requirements by cluster (US$ million)\nHealth: ';
    expect(readStatedValue('12.1', 'amount', { lead })).toEqual([{ value: 12.1e6, unit: 'USD' }]);
    expect(readStatedValue('12.1', 'share', { lead })).toEqual([]);
  });
});

describe('v79: a unit bracket may add, after a comma, the period or basis it covers', () => {
  it.each<[string, 'share' | 'change' | undefined]>([
    ['30-year fixed mortgage rate (%, Q4 average)', 'share'],
    ['Policy rate (%, end of period)', 'share'],
    ['Unemployment rate (per cent, annual average)', 'share'],
    // Near-misses: an index base, a count, a change written as the qualifier.
    ['Export price index (%, 2030=100)', undefined],
    ['Jobs (number, %)', undefined],
    ['Wages (%, change)', undefined],
  ])('yearTableUnit(%j) is %s', (label, kind) => expect(yearTableUnit(label)).toBe(kind));

  it.each<[string, { sign: string; scale: number } | undefined]>([
    ['Tax revenue (NZ$ million, year to June)', { sign: 'NZ$', scale: 1e6 }],
    ['Operating revenue (€ million, current prices)', { sign: '€', scale: 1e6 }],
    ['Capital spending (R billion, nominal)', { sign: 'R', scale: 1e9 }],
    ['Reserves (billion NOK, end-year)', { sign: 'NOK', scale: 1e9 }],
    // Near-misses: no currency, a rate of exchange, a second unit after the comma.
    ['Population (million, mid-year)', undefined],
    ['Exchange rate (R per US$, average)', undefined],
    ['Grants (€ million, % of total)', undefined],
  ])('moneyRow(%j)', (label, want) => expect(moneyRow(label)).toEqual(want));
});

describe('v83: moneyRow reads a scale written as a number before the currency, and after "Unit:"', () => {
  it.each<[string, { sign: string; scale: number } | undefined]>([
    // China's statistics bureau and finance ministry, Japan's finance ministry, Korea's ministries.
    ['Fixed asset investment by region (100 million yuan)', { sign: 'yuan', scale: 1e8 }],
    ['Local government bond issuance (hundred million yuan)', { sign: 'yuan', scale: 1e8 }],
    ['Subsidies to counties (10,000 yuan)', { sign: 'yuan', scale: 1e4 }],
    ['Average household assets (ten thousand yuan)', { sign: 'yuan', scale: 1e4 }],
    ['General account expenditure (100 million yen)', { sign: 'yen', scale: 1e8 }],
    ['Average salary (1,000 yen)', { sign: 'yen', scale: 1e3 }],
    ['Budget by field (Unit: 100 million won)', { sign: 'won', scale: 1e8 }],
    ['Expenditure by sector (unit: trillion won)', { sign: 'won', scale: 1e12 }],
    // Near-misses: a count in ten thousands, a sum with its sign, a number with no scale.
    ['Employment by sector (10,000 persons)', undefined],
    ['The new terminal (US$100 million)', undefined],
    ['Grants (US$ 250)', undefined],
  ])('%s', (label, want) => expect(moneyRow(label)).toEqual(want));
});

describe('v107: a year line may end with a change column, and a money title covers the rows that name no other measure', () => {
  it.each([
    ['(PLN million)   2032   2031   Change (%)', 'Change (%)'],
    ['(US$ million)   2032   2033   % change', '% change'],
    ['Item   2032   2033   y/y (%)', 'y/y (%)'],
    ['Item   2032   2033', undefined],
  ])('%j ends with the change column %j', (line, change) => {
    expect(YEAR_HEADER_RE.exec(line)?.[2]).toBe(change);
  });
  it('reads no bare "Change" (it may be a sum) as a change column', () => {
    expect(YEAR_HEADER_RE.test('Item   2032   2033   Change')).toBe(false);
  });
  it.each([
    ['Own revenue ', true],
    ['Operating result (EBIT) ', true],
    ['Passengers (million) ', false],
    ['Coal hauled (mt) ', false],
    ['Wage-to-revenue ratio ', false],
    ['Operating margin ', false],
    ['Number of depots ', false],
  ])('moneyTitleRow(%j) is %j', (label, money) => expect(moneyTitleRow(label)).toBe(money));
});
