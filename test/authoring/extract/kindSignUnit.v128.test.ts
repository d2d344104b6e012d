// Held sentences of the v128 classes (test/fixtures/prose/README.md, "The calls"): kind, sign and
// unit, written from each class alone in voices other than the one it was first seen in (a feed-in
// tariff notice, a customs bulletin, a rate-case order, a bond auction): a rail board, a milk board,
// an excise office and a water tariff for bare cents; a debt office, a credit desk and a bank for
// spreads; revenue authorities and project reports for distances from a target; regulators and
// development lenders for rate levels. Near-misses keep their reading. Each row is read through the
// whole extractor: the number's own words, then "kind value unit" wanted.

import { describe, expect, it } from 'vitest';
import { figuresAt, kindValueUnit, type Source } from './readingOf.ts';

type Row = readonly [text: string, number: string, want: string, source?: Source];

/** The kind, value and unit of the figure whose stated words overlap `number`, or "none". */
function readingOf(text: string, number: string, source?: Source): string {
  const c = figuresAt(text, number, source)[0];
  return c ? kindValueUnit(c) : 'none';
}

const board = (body: string) => `Arland Rail Board\nNotice of 2 April 2031\n\n${body}`;
const bulletin = (body: string) =>
  `Arland Revenue Authority\nMonthly bulletin, 6 February 2031\n\n${body}`;
const record = (publisher: string, url: string): Source => ({ date: '2031-04-02', publisher, url });

const CENTS: readonly Row[] = [
  // A bare "cents" in a document whose sums are in euros and that names no dollar: the euro's.
  [board('Fare revenue reached €412 million in 2030. The base fare per kilometre rises to 18.5 cents.'), '18.5 cents', 'amount 0.185 EUR'],
  [board('The board paid farmers €1.2 billion in March, and the average milk price was 46.2 cents per litre.'), '46.2 cents', 'amount 0.462 EUR'],
  [board('Receipts reached EUR 2.1 billion, and excise duty on diesel stays at 41.4 cents per litre.'), '41.4 cents', 'amount 0.414 EUR'],
  [board('The water tariff of €1.85 per cubic metre falls by 6 cents from July.'), '6 cents', 'amount 0.06 EUR'],
  // Near-misses: a dollar anywhere, or no sum in euros, leaves the cents the dollar's.
  [board('Fare revenue reached $412 million in 2030. The base fare per kilometre rises to 18.5 cents.'), '18.5 cents', 'amount 0.185 USD'],
  [board('Revenue reached €412 million and $90 million. The base fare rises to 18.5 cents.'), '18.5 cents', 'amount 0.185 USD'],
  [board('The base fare per kilometre rises to 18.5 cents.'), '18.5 cents', 'amount 0.185 USD'],
]; // prettier-ignore

const HOSTS: readonly Row[] = [
  // A host named by the publisher's initials is the publisher's: its country names the dollar.
  ['Tasman Energy Regulator\nFinal decision\n\nWe allow revenue of $4.21 billion.', '$4.21 billion', 'amount 4210000000 AUD', record('Tasman Energy Regulator', 'https://www.ter.example.au/d')],
  ['Northland Water Authority\nAnnual plan\n\nCapital works of $310 million are funded.', '$310 million', 'amount 310000000 NZD', record('Northland Water Authority', 'https://nwa.example.nz/plan')],
  ['Lakeshore Power Council\nBulletin\n\nContracts worth $2.6 billion were signed.', '$2.6 billion', 'amount 2600000000 CAD', record('Lakeshore Power Council', 'https://www.lpc.example.ca/b')],
  ['Bank of Arland\nNotice\n\nThe fee is 18.5 cents per transfer; reserves are €4 billion.', '18.5 cents', 'amount 0.185 EUR', record('Bank of Arland', 'https://www.ba.example.ie/n')],
  // Near-misses: a host that is not the publisher's initials says nothing of its currency.
  ['Turkish Statistical Institute\nBulletin\n\nExports rose $1.1 billion.', '$1.1 billion', 'amount 1100000000 USD', record('Turkish Statistical Institute', 'https://btd.com.au/x')],
  ['Tasman Energy Regulator\nFinal decision\n\nWe allow revenue of $4.21 billion.', '$4.21 billion', 'amount 4210000000 USD', record('Tasman Energy Regulator', 'https://www.tre.example.au/d')],
]; // prettier-ignore

const SPREADS: readonly Row[] = [
  // A spread "tighter" or "narrower" than another closed: a fall in points.
  [board("The new notes priced 14 basis points tighter than the issuer's 2030 deal."), '14 basis points', 'change -0.14 percentage-points'],
  [board('High-yield spreads ended the quarter 35 basis points narrower than in June.'), '35 basis points', 'change -0.35 percentage-points'],
  [board('The 10-year benchmark traded at a spread of 1.2% over Bunds, 6 basis points tighter than a month earlier.'), '6 basis points', 'change -0.06 percentage-points'],
  [board('Lending margins were 0.15 percentage points narrower than a year before.'), '0.15 percentage points', 'change -0.15 percentage-points'],
  // Near-misses: a wider spread, and a spread that moved by its verb, keep their reading.
  [board('The clearing spread was 12 basis points wider than on the 2029 bond.'), '12 basis points', 'change 0.12 percentage-points'],
  [board('The spread over Bunds narrowed by 9 basis points in March.'), '9 basis points', 'change -0.09 percentage-points'],
  [board('The spread over Bunds widened by 20 basis points in March.'), '20 basis points', 'change 0.2 percentage-points'],
]; // prettier-ignore

const TARGETS: readonly Row[] = [
  // A percent of a target below the whole is a share.
  [bulletin('Disbursements in 2030 reached $412 million against a plan of $425 million, a performance of 96.9 percent.'), '96.9 percent', 'share 96.9 percent'],
  [bulletin('The station collected Rp 61.2 trillion in 2030, an achievement rate of 101.3% of its target.'), '101.3%', 'share 101.3 percent'],
  [bulletin('Domestic tax revenue in 2030 reached GH¢82.1 billion, a target achievement of 97.2 per cent.'), '97.2 per cent', 'share 97.2 percent'],
  // A distance from the target, by a verb of passing or missing it or a signed deviation: a change.
  [bulletin('The Bureau collected P97.412 billion in January, exceeding its target of P93.860 billion for the month by P3.552 billion, or 3.8 percent.'), '3.8 percent', 'change 3.8 percent'],
  [bulletin('The Collection mobilised GH¢39.84 billion in 2030 against its revised target of GH¢37.10 billion, exceeding the target by GH¢2.74 billion, a positive deviation of 7.39 per cent.'), '7.39 per cent', 'change 7.39 percent'],
  [bulletin('Excise receipts of KSh 18.2 billion in 2030 fell short of the target by KSh 1.4 billion, a negative deviation of 7.1 per cent.'), '7.1 per cent', 'change -7.1 percent'],
  [bulletin('Receipts in 2030 exceeded the target of R40.0 billion by R1.2 billion, or 3 per cent.'), '3 per cent', 'change 3 percent'],
  [bulletin('Receipts in 2030 fell short of the revised estimate of R40.0 billion by R1.2 billion, or 2.9 per cent.'), '2.9 per cent', 'change -2.9 percent'],
  [bulletin('The fleet landed 41,200 tonnes in 2030, exceeding its quota by 1,900 tonnes, or 4.8 per cent.'), '4.8 per cent', 'change 4.8 percent'],
  [bulletin('The bridge was completed in 2030 at a cost of $88 million, 12% over the appraisal estimate.'), '12%', 'change 12 percent'],
  // Near-misses: a part of the target, a rate, a change by its verb.
  [bulletin('Collections in 2030 were 97.4 percent of the target.'), '97.4 percent', 'share 97.4 percent'],
  [bulletin('The standard rate of VAT is 16 percent, and collections in 2030 reached KSh 12 billion.'), '16 percent', 'share 16 percent'],
  [bulletin('Receipts in 2030 rose by KSh 3.1 billion, or 4.2 per cent, on 2029.'), '4.2 per cent', 'change 4.2 percent'],
  [bulletin('Imports in 2030 exceeded exports by $2.1 billion, or 4 percent of GDP.'), '4 percent', 'share 4 percent'],
]; // prettier-ignore

const RATES: readonly Row[] = [
  // A rate of return a regulator allows is a level, as a return on capital is.
  [bulletin('We apply the rate of return instrument, which sets a nominal vanilla rate of return of 5.87% for 2031–32.'), '5.87%', 'share 5.87 percent'],
  [bulletin('The Authority allows a real pre-tax rate of return of 4.1 per cent on the regulated asset base.'), '4.1 per cent', 'share 4.1 percent'],
  [bulletin('The Board approved a weighted average cost of capital of 6.35 percent for the water utilities.'), '6.35 percent', 'share 6.35 percent'],
  // The base a gap in points is measured from is a level.
  [bulletin('The Commission sets an authorized return on equity of 9.45%, 25 basis points lower than the 9.70% allowed in its last rate case in 2029.'), '9.70%', 'share 9.7 percent'],
  [bulletin('The new cap sets a margin of 2.1%, 0.3 percentage points below the 2.4% approved in 2029.'), '2.4%', 'share 2.4 percent'],
  [bulletin('In 2030, utilities earned an average ROE of 9.84 per cent, 1.21 percentage points above the approved level of 8.63 per cent.'), '8.63 per cent', 'share 8.63 percent'],
  // A duty rate's levels in a clause joined after a change are levels.
  [bulletin('Import duty rose 3.1% as imports increased, although the effective import duty rate eased to 1.42% from 1.51%.'), '1.42%', 'share 1.42 percent'],
  [bulletin('Import duty rose 3.1% as imports increased, although the effective import duty rate eased to 1.42% from 1.51%.'), '1.51%', 'share 1.51 percent'],
  [bulletin('The excise rate on spirits was lowered to 12.5% from 14%.'), '14%', 'share 14 percent'],
  // A mark-up is a margin, a level.
  [bulletin("The Istisna'a financing carries a mark-up of 4.35% per annum with a 20-year repayment period."), '4.35%', 'share 4.35 percent'],
  [bulletin('The loan carries the 4.35% mark-up that the Bank charges on ordinary financing.'), '4.35%', 'share 4.35 percent'],
  // Near-misses: a fund's rate of return, a gap in points itself, a rise.
  [bulletin('The rate of return on the pension portfolio was 5.8 per cent in 2030.'), '5.8 per cent', 'change 5.8 percent'],
  [bulletin('The Commission sets an authorized return on equity of 9.45%, 25 basis points lower than the 9.70% allowed in 2029.'), '25 basis points', 'change -0.25 percentage-points'],
  [bulletin('The allowed revenue rises by 2.8% in 2031.'), '2.8%', 'change 2.8 percent'],
]; // prettier-ignore

/** Rows the extractor still misreads, with why. */
const OPEN: readonly (readonly [...Row, why: string])[] = [
  [bulletin('At its completion in March 2030 the phase had disbursed 27,910 million yen, and its actual cost came in 6.2% under the appraisal estimate.'), '6.2%', 'change -6.2 percent', undefined, '"under" a plan is read as a distance but not as a fall (the transit fixture holds "3 per cent under" plan at +3)'],
  [bulletin('The resulting overall rate of return is 7.08%.'), '7.08%', 'share 7.08 percent', undefined, 'an "overall" rate of return names no regulator'],
  [bulletin('Imports of rice remained subject to the 15 percent MFN tariff under the executive order.'), '15 percent', 'share 15 percent', undefined, 'a tariff qualified by an acronym is no bound level noun'],
]; // prettier-ignore

const CLASSES: readonly (readonly [name: string, rows: readonly Row[]])[] = [
  ['bare cents in a document whose sums are in euros are the euro’s', CENTS],
  ["a host named by its publisher's initials names the dollar", HOSTS],
  ['a spread tighter or narrower than another is a fall in points', SPREADS],
  ['a percent of a target is a share, a distance from it a change', TARGETS],
  ['rates a regulator sets, bases of a gap in points and mark-ups are levels', RATES],
];

for (const [name, rows] of CLASSES) {
  describe(`v128: ${name}`, () => {
    for (const [text, number, want, source] of rows) {
      it(`${text} (${number}) reads ${want}`, () => {
        expect(readingOf(text, number, source)).toBe(want);
      });
    }
  });
}

describe('v128: rows still misread', () => {
  for (const [text, number, want, source, why] of OPEN) {
    it.fails(`${why}: ${number}`, () => {
      expect(readingOf(text, number, source)).toBe(want);
    });
  }
});
