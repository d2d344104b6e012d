// Held sentences of the v156 classes (test/fixtures/prose/README.md, "The calls"): kind and sign
// against a reference, written in voices other than the spectrum auction, bond desk, water
// gazette and pension office they were first seen in. A percent above or below a price set
// beforehand as the least a sale may clear at (a reserve, floor, upset, minimum bid or asking
// price) is the sale's distance from it, a change: an art auction, a timber concession, a share
// offering, a carbon auction, a land sale, a coal block. Pricing or spreads tightened is a fall in
// points, and a return a comparative in points follows keeps its sign. A label line naming the
// adjustment of a price or a payment gives a change. Near-misses keep their reading. Each row is
// read through the whole extractor: the number's own words, then "kind value unit" wanted.

import { describe, expect, it } from 'vitest';
import { type Row, readingOf } from './readingOf.ts';

const SET_PRICES: readonly Row[] = [
  ['The hammer price of the painting was 64 percent above the reserve price agreed with the seller.', '64 percent', 'change 64 percent'],
  ['The winning bid for the timber concession came in 18% above the minimum bid price set by the ministry.', '18%', 'change 18 percent'],
  ['Shares in the offering priced at HK$12.40, 9 per cent below the floor price of the indicated range.', '9 per cent', 'change -9 percent'],
  ['The clearing price of the carbon allowance auction was 23 per cent higher than the auction floor price.', '23 per cent', 'change 23 percent'],
  ['Lots of the land sale fetched 41% over the upset price fixed by the district collector.', '41%', 'change 41 percent'],
  ['The coal block was sold at a premium of 112 per cent over the floor price.', '112 per cent', 'change 112 percent'],
  ['The house sold for 7 percent less than the asking price.', '7 percent', 'change -7 percent'],
  // Near-misses: a part of a whole, a change of the reserve itself, another group's level, and a
  // support price or a reverse auction's ceiling price (two prices at one time) keep their reading.
  ['The reserve price was set at 70 per cent of the average valuation.', '70 per cent', 'none'],
  ['The reserve price rose 12 per cent from the 2030 auction.', '12 per cent', 'change 12 percent'],
  ['Only 38 per cent of the spectrum offered was sold at the reserve price.', '38 per cent', 'share 38 percent'],
  ['Incomes there are 12 percent below the national average.', '12 percent', 'none'],
  ['Wholesale prices averaged 9 per cent below the minimum support price during the harvest weeks.', '9 per cent', 'none'],
  ['In the 2031 auction, the winning tariff was 11.6% lower than the ceiling price.', '11.6%', 'none'],
]; // prettier-ignore

const POINTS: readonly Row[] = [
  ['The order book let the Treasury tighten pricing by 40 basis points from initial price thoughts.', '40 basis points', 'change -0.4 percentage-points'],
  ['Demand allowed the issuer to tighten the spread by 15 basis points.', '15 basis points', 'change -0.15 percentage-points'],
  ['The bank tightened guidance by 10 basis points before launch.', '10 basis points', 'change -0.1 percentage-points'],
  ['The allowed return is 30 basis points lower than the 7.10% set in the last review.', '30 basis points', 'change -0.3 percentage-points'],
  ['The return is 25 basis points lower than in the last rate case.', '25 basis points', 'change -0.25 percentage-points'],
  // Near-misses: policy tightened is a rise of the rate; a fund's return keeps its change.
  ['The central bank tightened policy by 50 basis points.', '50 basis points', 'change 0.5 percentage-points'],
  ['The fund returned 4.5% over the year.', '4.5%', 'change 4.5 percent'],
]; // prettier-ignore

const ADJUSTMENTS: readonly Row[] = [
  ['Key figures\n- Pension adjustment: 3.42 per cent', '3.42 per cent', 'change 3.42 percent'],
  ['Maximum applicable price adjustment for the period: 6.10%', '6.10%', 'change 6.1 percent'],
  ['Tariff adjustment earned: 5.39%', '5.39%', 'change 5.39 percent'],
  ['- Cost-of-living adjustment: 2.8%', '2.8%', 'change 2.8 percent'],
  ['- Rent adjustment for 2034: 4.1%', '4.1%', 'change 4.1 percent'],
  // Near-misses: a rate or a share on a label line keeps its reading.
  ['- Discount rate: 4.6%', '4.6%', 'share 4.6 percent'],
  ['- Share of pensions adjusted: 64%', '64%', 'share 64 percent'],
]; // prettier-ignore

describe('v156: kind and sign against a reference', () => {
  for (const [name, rows] of [
    ['set prices', SET_PRICES],
    ['points', POINTS],
    ['adjustments', ADJUSTMENTS],
  ] as const) {
    it(`reads ${name}`, () => {
      const got = rows.map(([text, number]) => readingOf(text, number));
      expect(got).toEqual(rows.map(([, , want]) => want));
    });
  }
});
