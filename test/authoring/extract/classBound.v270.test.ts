// Held sentences of the v270 class (test/fixtures/prose/README.md, "Bounds in a rule's running
// prose"): the price or value that picks the member a rule covers, a "whose" clause's threshold,
// the ends of the slice a rate is charged on, the steps of a charge told in one sentence, the size
// of a move that triggers a review, a present condition's bound, a quantile group named by its
// income, another group's bare prices after a gap, a worked-out sum ("would have paid", "will
// therefore pay"), a fuel's sulphur grade in a price table and an exchange rate's earlier value,
// seen in ho313–ho317. Written in voices other than the sets' VAT, property transfer tax, fares,
// medicine prices and energy subsidies: a council land tax, farm machinery relief, vehicle duty,
// harbour dues, a site levy, a water tariff, a tourist tax, a power tariff review, a grant
// formula, ferry fares, a café's power bill, a krone rate, a gasoil price list and care home fees.
// Near-misses keep their reading: a sum told of one named thing, a past act, a cap after a comma,
// grants "of up to", a change's size before "up to", a move that triggered an event, a past
// condition, a portion raised "from … to", a gap to an earlier time and a content that fell.

import { describe, expect, it } from 'vitest';
import { readingOf } from './readingOf.ts';

/** Each sentence and the sum in it that must be proposed as no figure. */
const held: [string, string][] = [
  [
    'From July a pensioner pays no council land tax on a cottage valued at up to NZ$410,000.',
    'NZ$410,000',
  ],
  ['The relief covers a farmer buying a second tractor costing not more than €85,000.', '€85,000'],
  ['Vehicle duty is waived for any car priced at €22,000 or less.', '€22,000'],
  ['An importer buying a lorry for more than £60,000 pays a surcharge of 4%.', '£60,000'],
  [
    'A guesthouse whose room income reaches NOK 50 000 in a calendar year must collect the tourist tax.',
    'NOK 50 000',
  ],
  [
    'Harbour dues are charged at 2% on the part of the cargo value from €10,001 to €50,000.',
    '€10,001',
  ],
  [
    'Harbour dues are charged at 2% on the part of the cargo value from €10,001 to €50,000.',
    '€50,000',
  ],
  ['The site levy is 3% of excess over A$2,000,000 of land value.', 'A$2,000,000'],
  [
    'Under the water tariff a household pays the full cost of its water up to R180 a month.',
    'R180',
  ],
  [
    'A household pays 40 per cent of the bill up to R900, 20 per cent up to R1,500 and 10 per cent up to R2,400.',
    'R900',
  ],
  [
    'A household pays 40 per cent of the bill up to R900, 20 per cent up to R1,500 and 10 per cent up to R2,400.',
    'R2,400',
  ],
  [
    'A movement in the diesel price of more than 8 percent will trigger an interim tariff review.',
    '8 percent',
  ],
  ['Where the collection rate is below 85%, the grant is reduced by a tenth.', '85%'],
  [
    'About 41% of the rebate goes to the highest-income 20% of households and 9% to the lowest-income 20%.',
    '20% of households',
  ],
  [
    'Students pay half fare on all ferries. A student crossing 12 kilometres to Saltholm will therefore pay NOK 28.',
    'NOK 28',
  ],
  [
    'A typical bakery using 9,000 kWh a year would have paid about €2,900 without the cap.',
    '€2,900',
  ],
  [
    'The average krone/euro exchange rate was NOK 11.62, compared with NOK 11.48 a quarter earlier.',
    'NOK 11.48',
  ],
  [
    '| Product | Change | Price |\n|---|---|---|\n| Gasoil 0.1% sulphur (bulk) | +2.10 | €1.84 |',
    '0.1%',
  ],
  [
    'Council care homes charge fees that were on average 22% below private care home fees in 2034.',
    '22%',
  ],
];

/** Near-misses: each sentence, its number and the reading it keeps. */
const near: [string, string, string][] = [
  [
    'The new library, costing up to $48 million, opens in 2036.',
    '$48 million',
    'amount 48000000 USD',
  ],
  [
    'The council sold a depot valued at more than £2 million in 2033.',
    '£2 million',
    'amount 2000000 GBP',
  ],
  ['The council is buying a depot for more than £5 million.', '£5 million', 'amount 5000000 GBP'],
  [
    'The port signed an agreement to set up a repair facility worth up to $30 million.',
    '$30 million',
    'amount 30000000 USD',
  ],
  ['The grant covers 50% of costs, up to £5,000 per farm.', '£5,000', 'amount 5000 GBP'],
  ['Grants of up to £40,000 are available to each village hall.', '£40,000', 'amount 40000 GBP'],
  [
    'Exports increased by 12.4% up to €80 million, while imports increased by 3.1% up to €52 million.',
    '€80 million',
    'amount 80000000 EUR',
  ],
  [
    'A rise of more than 10 percent in bread prices triggered protests in 2031.',
    '10 percent',
    'change 10 percent',
  ],
  ['Where inflation was below 2%, wages rose by 3%.', 'rose by 3%', 'change 3 percent'],
  [
    'The council raised the tax-free portion from £10,000 to £12,000.',
    '£10,000',
    'amount 10000 GBP',
  ],
  ['Fares are now 12% below pre-pandemic prices.', '12%', 'change -12 percent'],
  ['The sulphur content of diesel fell to 0.05% in 2033.', '0.05%', 'share 0.05 percent'],
];

describe('v270: bounds in a rule’s running prose are no figures', () => {
  it.each(held)('%s → %s none', (text, number) => {
    expect(readingOf(text, number)).toBe('none');
  });
  it.each(near)('%s → %s %s', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});
