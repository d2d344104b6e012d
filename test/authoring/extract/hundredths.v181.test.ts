// Held sentences of the v181 class (test/fixtures/prose/README.md, "The calls"): a currency's
// hundredths named by their own word — pesewas of the Ghana cedi, centimes of the Moroccan dirham
// or the Swiss franc — and "MAD" before a two-decimal price. Written in voices other than the ones
// the class was first seen in (a fisheries landings note, a road fund's allocations): a Moroccan
// auction and central bank, a Swiss agriculture office and utility, Ghana's petroleum authority and
// drivers' union. Near-misses keep their reading: centimes where neither Morocco nor Switzerland is
// named, the French franc's centimes, pesewa coins counted, and a rating scale.

import { describe, expect, it } from 'vitest';
import { figuresAt, NEUTRAL } from './readingOf.ts';

const SOURCE = { ...NEUTRAL, date: '2034-03-12' };

/** The unit and value of the figure overlapping `number`, or "none" for no money figure. */
function moneyAt(text: string, number: string): string {
  const c = figuresAt(text, number, SOURCE)[0];
  return c && ['MAD', 'CHF', 'GHS', 'EUR', 'XOF'].includes(c.unit)
    ? `${c.value} ${c.unit}`
    : 'none';
}

describe('v181: hundredths named by their own word, and MAD before a two-decimal price', () => {
  it.each([
    [
      'Morocco: the wholesale price of sardines at the Agadir auction rose 35 centimes to MAD 4.10 per kilogram in March.',
      '35 centimes',
      '0.35 MAD',
    ],
    [
      'Morocco: the wholesale price of sardines at the Agadir auction rose 35 centimes to MAD 4.10 per kilogram in March.',
      'MAD 4.10',
      '4.1 MAD',
    ],
    [
      'Bank Al-Maghrib noted that the regulated price of flour was held at MAD 3.50 per kilogram, unchanged from 2033.',
      'MAD 3.50',
      '3.5 MAD',
    ],
    [
      'The Swiss Federal Office for Agriculture said the target price for milk fell by 3 centimes per kilogram in the quarter.',
      '3 centimes',
      '0.03 CHF',
    ],
    [
      'In Switzerland the surcharge on electricity rises to 2.3 centimes per kilowatt hour from January.',
      '2.3 centimes',
      '0.023 CHF',
    ],
    [
      'Ghana: the National Petroleum Authority raised the price stabilisation levy by 16 pesewas per litre of petrol.',
      '16 pesewas',
      '0.16 GHS',
    ],
    [
      'The Ghana Cedi closed the week at 12.40 to the dollar, while the Energy Sector Levy on diesel stayed at 90 pesewas.',
      '90 pesewas',
      '0.9 GHS',
    ],
    [
      'Moroccan tomato growers were paid an average of 85 centimes a kilo more than a year earlier.',
      '85 centimes',
      '0.85 MAD',
    ],
    [
      'Geneva utilities: the grid tariff is CHF 0.12 per kWh and the levy rises by 4 centimes next year.',
      '4 centimes',
      '0.04 CHF',
    ],
    [
      'Accra: commercial drivers agreed to raise the minimum fare by 50 pesewas from Monday.',
      '50 pesewas',
      '0.5 GHS',
    ],
  ])('%s (%s) is %s', (text, number, want) => {
    expect(moneyAt(text, number)).toBe(want);
  });

  it.each([
    [
      'Dakar price note: the consumer price of a baguette was raised by 25 centimes in the capital.',
      '25 centimes',
    ],
    [
      'The booklet explains that the old French franc was divided into 100 centimes before 2002.',
      '100 centimes',
    ],
    ['Collectors in Accra sorted 2,400 pesewa coins by year of issue.', '2,400 pesewa'],
    ['The MAD 2 rating scale was applied to 24 patients.', 'MAD 2'],
  ])('%s (%s) is no money figure', (text, number) => {
    expect(moneyAt(text, number)).toBe('none');
  });
});
