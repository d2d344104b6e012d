// Tests for src/authoring/extract (v153): traps proposed on the fresh sets ho253–ho257 (sovereign
// debt, catastrophe funds), held here in other voices. A bond's price per 100 of face value
// ("Average accepted price: £98.367 (yield 4.745%)", "priced at 99.318 per cent of par" keeps its
// share) is what is paid per unit owed, no sum, while a rate per a sum of money ("0.62 paise per
// ₹100", "$3.15 per $1,000 of assessed valuation") is a price and stays a figure; the share of
// holders whose consent a change of terms needs ("with the consent of holders of 75% of the
// aggregate principal amount outstanding … and 85% of all affected series taken together") is a
// rule of voting.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Debt Management Office',
    title: 'Notice',
    url: 'https://example.org/notice',
  },
};

const stated = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe('a rate per a sum of money stays a figure', () => {
  it.each([
    // A rate per a sum of money is a price a reader charts: a central bank's underwriting
    // commission, a county's levy (v153 call).
    [
      'The Reserve Bank set the underwriting commission at 0.62 paise per ₹100 for the 6.92% GS 2038.',
      ['0.62 paise'],
    ],
    ['The county levy will be $3.15 per $1,000 of assessed valuation next year.', ['$3.15']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe("a bond's price per 100 of face value", () => {
  it.each([
    // A gilt auction result, a treasury bill auction, a Eurobond pricing notice, a bund tender.
    ['Average accepted price: £98.367 (yield 4.745%)', ['4.745%']],
    ['Lowest accepted price: $99.412 (yield 4.91%)', ['4.91%']],
    [
      'Successful bidders will be allotted stock at the non-competitive allotment price of £98.367.',
      [],
    ],
    ['The bond was reopened at a price of €101.35, a yield of 2.61%.', ['2.61%']],
    // Near-misses: a price of a good, a share price, a price with a scale, a price for a bond of
    // a face value other than 100.
    ['The allotment price of rice was raised to $98.40 a bag.', ['$98.40']],
    ['The average price of a barrel was $98.37 in May.', ['$98.37']],
    [
      'The winning bidder has agreed to purchase the Bonds at a price of $52,451,306.25.',
      ['$52,451,306.25'],
    ],
    ['Each $1,000 face value bond was priced at $987.50.', ['$987.50']],
    [
      'The notes were priced at $992.40 per $1,000 principal amount, a yield of 5.1%.',
      ['$992.40', '5.1%'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('the share of holders whose consent a change of terms needs', () => {
  it.each([
    // An offering circular, a trust deed, a prospectus, a bond indenture.
    [
      'Reserve matters may be modified with the consent of holders of 75% of the aggregate principal amount outstanding of that series.',
      [],
    ],
    [
      'The terms of multiple series may be changed with the consent of holders of 66⅔% of the aggregate principal amount outstanding of each affected series and 85% of all affected series taken together.',
      [],
    ],
    [
      'An extraordinary resolution requires the approval of the holders of at least 75 per cent of the notes then outstanding.',
      [],
    ],
    [
      'Any waiver needs the written consent of the registered holders of more than 50 percent of the bonds outstanding.',
      [],
    ],
    [
      'A meeting may be called with the support of holders of not less than 10% of the principal amount of the notes.',
      [],
    ],
    // Near-misses: a share held, a share of consents received, a share the government owns.
    [
      'Holders of 82% of the aggregate principal amount outstanding accepted the exchange offer.',
      ['82% of the aggregate principal amount outstanding'],
    ],
    ['The government holds 45% of the outstanding notes.', ['45% of the outstanding notes']],
    [
      'Holders of 82% of the notes and 60% of the bonds tendered in the exchange.',
      ['82% of the notes', '60% of the bonds tendered'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('a spread or margin stated over its benchmark', () => {
  it.each([
    // A Eurobond pricing notice, a supranational's syndication, a catastrophe bond's terms, a
    // structured note's term sheet.
    ['The final spreads were 412 and 468 basis points over US Treasuries respectively.', []],
    ['The final spread was 95 basis points over mid-swaps.', []],
    ['The re-offer spread was 128 basis points over the benchmark Bund.', []],
    [
      'Class A notes pay a risk margin of 5.25 percent a year over the return on the collateral.',
      [],
    ],
    [
      'The notes carry a margin of 3.1 per cent per annum over the yield on the collateral assets.',
      [],
    ],
    // Near-misses: a spread that moved, a spread's level held, a return against inflation.
    ['The spread over Bunds widened by 20 basis points in May.', ['widened by 20 basis points']],
    [
      'The spread over Treasuries stood at 250 basis points at the end of June.',
      ['250 basis points'],
    ],
    ['The fund returned 4.1 per cent in 2033.', ['4.1 per cent']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});
