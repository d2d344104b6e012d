// Tests for src/authoring/extract/matching.ts: how a number's own words set the status a match
// carries (here, "up to" before the cap of a deal its clause says was made). Every sentence is
// our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { settledCap } from '../../../src/authoring/extract/matching.ts';

const STATEMENT = { publisher: 'Ministry', title: 'Statement', url: 'https://example.org/s' };
/** Each figure of a text as "value status", in a ministry's statement dated `date`. */
const valueStatus =
  (date: string) =>
  (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date, ...STATEMENT } }).map(
      (c) => `${c.value} ${c.status}`,
    );

describe('v19: "up to" before the cap of a loan, credit or grant its clause says was made', () => {
  it.each([
    // A foreign ministry's readout, an export credit agency, a farm ministry, a development bank.
    [
      'The Exchange of Notes concerning a yen loan of up to 21.3 billion yen for the Harbour Bridge Project was signed today.',
      ['21300000000 actual'],
    ],
    [
      'The upgrade of the northern line is financed by an export credit of up to 640 million euros approved in March.',
      ['640000000 actual'],
    ],
    [
      'Grants for farm ponds of up to £40,000 a holding were awarded to 310 farms.',
      ['40000 actual'],
    ],
    [
      'A guarantee of up to US$75 million (about 1.1 trillion rupiah at 14,700 to the dollar) has been approved by the Board.',
      ['75000000 actual', '1100000000000 actual'],
    ],
    // Near-misses: a deal still to be made, a cap with no deal stated, and a hedge of a level.
    [
      'A yen loan of up to 21.3 billion yen for the Harbour Bridge Project will be signed next month.',
      ['21300000000 expected'],
    ],
    ['Farmers can apply for grants of up to £40,000 a holding.', ['40000 actual']],
    [
      'An export credit of up to 640 million euros is expected to be approved in March.',
      ['640000000 expected'],
    ],
    ['Exports could reach up to US$75 million, officials said.', ['75000000 expected']],
  ])('%s', (text, want) => {
    expect(valueStatus('2034-05-20')(text)).toEqual(want);
  });

  it.each([
    ['a loan of up to ', ' for the port was signed today.', true],
    ['a credit of up to ', ' approved in June.', true],
    ['a loan of up to ', ' will be signed next month.', false],
    ['a loan of up to ', ', once it has been approved.', false],
    ['exports of up to ', ' were recorded.', false],
    ['a loan of ', ' was signed today.', false],
  ])('settledCap(%j, %j) is %s', (lead, after, want) => {
    expect(settledCap(lead, after)).toBe(want);
  });
});

/** Each figure of a text as "value kind", in a ministry's statement dated 2034-05-20. */
const valueKind = (text: string): string[] =>
  extractCandidates(text, 'doc', { source: { date: '2034-05-20', ...STATEMENT } }).map(
    (c) => `${c.value} ${c.kind}`,
  );

describe('v28: an estimate\'s uncertainty "of" its band, and its revisions "by an average of"', () => {
  it.each([
    // An emissions inventory, a statistics office's note, a central bank's box, a survey.
    [
      'Quarterly estimates are preliminary and carry an uncertainty of plus or minus 4 per cent at a 90 per cent confidence level.',
      [],
    ],
    ['The total has an uncertainty of about ±6% for the energy sector.', []],
    [
      'Over the past 20 quarters, the first estimate of annual emissions has been revised by an average of 0.3 per cent.',
      [],
    ],
    ['Flash GDP growth has been revised by a mean of 0.2 percentage points since 2015.', []],
    ['First estimates of retail sales were revised by 0.4 per cent on average over 2020-2024.', []],
    // Near-misses: a revision made, uncertainty as a subject that moves, a survey's measured rise.
    ['Growth in the first quarter was revised up by 0.3 per cent.', ['0.3 change']],
    ['Emissions were revised by 0.3 per cent in the latest inventory.', ['0.3 share']],
    ['Uncertainty in markets rose 4 per cent in May.', ['4 change']],
    ['Sales rose by an average of 2 per cent a year.', ['2 change']],
  ])('%s', (text, want) => {
    expect(valueKind(text)).toEqual(want);
  });
});

describe('v28: an exchange rate in words, an amount that buys one unit of a currency', () => {
  it.each([
    // A treasury's budget, a central bank's review, a statistics release, a ministry's note.
    ['At the time of the Budget, R18.40 bought one US dollar.', []],
    ['In March, 151 yen would buy a dollar.', []],
    ['At the end of the year it took Rs 83 to buy one US dollar.', []],
    ['On the reference date, €0.92 was needed to buy one dollar.', []],
    // Near-misses: an amount that buys goods, and a scaled sum in dollars.
    ['In March, 151 yen would buy a loaf of bread.', ['151 amount']],
    ['At the end of the year it took Rs 83 to buy one kilogram of rice.', ['83 amount']],
    ['Exports of $2 billion bought one year of imports.', ['2000000000 amount']],
  ])('%s', (text, want) => {
    expect(valueKind(text)).toEqual(want);
  });
});

describe('v38: odds named by their noun, put at a level by any verb of appraisal or moved by a verb of change', () => {
  const stated = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2031-04-02', ...STATEMENT } }).map(
      (c) => c.stated.text,
    );
  it.each([
    // A finance ministry, a central bank's model, a rating agency, a market note, an international
    // body, traders, an actuary, a forecasting panel.
    ['The ministry puts the probability that output contracts next year at 60 percent.', []],
    ['The Fund judges the chances of the target being met at no more than 30 per cent.', []],
    ['The model pegs the probability of a recession next year at 35 per cent.', []],
    ['The chances of a rate cut in June are reckoned at 40 per cent by traders.', []],
    ['The likelihood of a default on the bonds is estimated at 12%, the agency said.', []],
    ['Market-implied odds of a hike have climbed to 70%.', []],
    ['The likelihood that the scheme runs out of money by 2040 fell to 20 percent.', []],
    // The event's own bound goes with its odds, as with "is put at".
    ['The probability of inflation exceeding 3% in 2032 has risen to 45%.', []],
    // Near-misses: a share of firms expecting, a forecast, a rate, a level after a clause of its
    // own, a forecast put at a level with no odds named.
    ['The share of firms expecting a recession rose to 35%.', ['35%']],
    ['The default rate on the bonds rose to 4.1%.', ['4.1%']],
    ['The probability of a cut rose after inflation fell to 2.1%.', ['2.1%']],
    ['The chance of a recession is low, with unemployment at 3.9%.', ['3.9%']],
    ['The bank puts growth next year at 2.1 per cent.', ['2.1 per cent']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});
