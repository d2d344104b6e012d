// Tests for src/authoring/extract/tradePrice.ts (v198): the price per unit a body states by its own
// "will" or "shall" verb of trade, found in the opened set ho276 (a grain board's release headed
// "2035 grain purchase prices announced": "TMO will buy Anatolian hard red bread wheat (second
// group) at 14,250 lira per tonne", "Barley will be bought at 11,750 lira per tonne"; a cereals
// board's review: "will, with immediate effect, pay KSh 4,200 for a 90-kilogramme bag") and held
// here in other voices: a dairy cooperative, a fuel retailer, a sugar board, a forestry agency, a
// coffee board. In a document that records a decision on prices the body's verb of trade is the
// decision, actual, from whatever date (README, Status, v198); a guess, a forecast word, a modal
// other than "will"/"shall", a condition, a total and a market review keep their reading.

import { describe, expect, it } from 'vitest';
import { tradePrice } from '../../../src/authoring/extract/tradePrice.ts';
import { notice, statusesIn } from './readingOf.ts';

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  statusesIn(`${title}\n\n${text}\n`, notice(title));

describe('a price a body states by its own verb of trade, in a decision on prices', () => {
  it.each([
    // A dairy cooperative's season price, from a date to come; the level it replaces is actual too.
    [
      'Milk price for the 2035 season set',
      'The Cooperative will pay 52.4 cents per litre for milk delivered from 1 July 2035, up from 49.8 cents.',
      ['52.4 cents actual', '49.8 cents actual'],
    ],
    // A fuel retailer's pump price, passive.
    [
      'Fuel pump price reviewed',
      'From Monday, petrol will be sold at ₦617 per litre at all company stations.',
      ['₦617 actual'],
    ],
    // A sugar board's purchase price, the goods and the sellers between the verb and "at".
    [
      'Cane purchase price fixed',
      'The Sugar Board will purchase raw cane from growers at Rs 3,450 per tonne for the 2035-36 crushing season.',
      ['Rs 3,450 actual'],
    ],
    // A forestry agency's sale price to its buyers, from a month to come.
    [
      'Timber sale prices for 2035 announced',
      'Spruce logs will be released to sawmills at €48 a cubic metre from 1 March 2035.',
      ['€48 actual'],
    ],
    // A coffee board's bonus, what the growers "will receive".
    [
      'Coffee producer price announced',
      'In addition, growers will receive a bonus of 20 cents per kilogram at the point of sale.',
      ['20 cents actual'],
    ],
    // …and a premium the board "will also pay" "of" a sum per bag.
    [
      'Coffee producer price announced',
      'The Board will also pay a transport premium of KSh 150 per bag to cooperatives.',
      ['KSh 150 actual'],
    ],
    // An aside between "will" and the verb, and the unit "for a" bag.
    [
      'Review of maize buying price',
      'The Board will, with immediate effect, pay KSh 4,200 for a 90-kilogramme bag of maize.',
      ['KSh 4,200 actual'],
    ],
    // A price as the subject of "will be", per unit.
    [
      'Grain purchase prices announced',
      "The Office's sale price of bread wheat to millers from October will be TL 14,900 per tonne.",
      ['TL 14,900 actual'],
    ],
    // Near miss: a guess and a forecast word.
    [
      'Cocoa outlook',
      'Traders expect that cocoa will be sold at around $3,100 a tonne next season.',
      ['$3,100 expected'],
    ],
    // Near miss: a modal other than "will" and a condition.
    [
      'Review of maize buying price',
      'The Board could buy maize at KSh 4,000 a bag if funds allow.',
      ['KSh 4,000 expected'],
    ],
    // Near miss: a total, no price per unit.
    [
      'Review of maize buying price',
      'The Treasury will pay KSh 7.6 billion to farmers for the purchases.',
      ['KSh 7.6 billion expected'],
    ],
    // Near miss: a market review records no decision on prices.
    [
      'Grain market review',
      'Prices are expected to ease, and millers will pay $290 a tonne for wheat in 2035.',
      ['$290 expected'],
    ],
    // Near miss: a past purchase keeps its reading.
    [
      'Review of maize buying price',
      'The Board bought maize at KSh 3,600 a bag last season.',
      ['KSh 3,600 actual'],
    ],
  ])('%s ⏎ %s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('tradePrice', () => {
  const view = (title: string, sentence: string, stated: string) => {
    const at = sentence.indexOf(stated);
    const digit = stated.search(/\d/);
    return {
      title,
      text: sentence,
      ownLead: sentence.slice(0, at) + stated.slice(0, digit),
      statedText: stated,
      after: sentence.slice(at + stated.length),
      sentence,
      hedgeText: sentence,
    };
  };
  it('reads a will-verb of trade at a price per unit under a title that announces prices', () => {
    expect(
      tradePrice(
        view(
          'Maize buying price reviewed',
          'Grade 2 maize will be bought at KSh 4,000 a bag.',
          'KSh 4,000',
        ),
      ),
    ).toBe(true);
  });
  it('leaves a sum with no unit, a guess and an undecided document alone', () => {
    expect(
      tradePrice(
        view(
          'Maize buying price reviewed',
          'The Board will pay KSh 4,000 to the cooperative.',
          'KSh 4,000',
        ),
      ),
    ).toBe(false);
    expect(
      tradePrice(
        view(
          'Maize buying price reviewed',
          'Maize will be bought at about KSh 4,000 a bag.',
          'KSh 4,000',
        ),
      ),
    ).toBe(false);
    expect(
      tradePrice(view('Grain market review', 'Millers will pay $290 a tonne for wheat.', '$290')),
    ).toBe(false);
  });
});
