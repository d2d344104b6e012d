// Tests for src/authoring/extract/costMargin.ts (v202): the margin of a support or producer price
// over the cost of producing the crop, found in the opened sets ho247 and ho276 ("The expected
// margin to farmers over their cost of production is 105 per cent for wheat, followed by rapeseed &
// mustard at 98 per cent", "the new price gives paddy growers a margin of about 14.6 percent over
// cost") and held here in other voices. The margin puts two levels of one time side by side, the
// price and the cost, as "1.5 times the cost of production" does: a trap (README, v202). A change
// in the cost itself, a profit margin with no cost named, a price's rise over last year's and a
// share of the cost keep their reading.

import { describe, expect, it } from 'vitest';
import { readingOf } from './readingOf.ts';

describe('the margin of a price over the cost of production', () => {
  it.each([
    // A cabinet release, the margins listed by crop after a copula.
    [
      'The expected margin over cost of production is 66 per cent for barley and 89 per cent for lentil.',
      '66 per cent',
    ],
    [
      'The expected margin over cost of production is 66 per cent for barley and 89 per cent for lentil.',
      '89 per cent',
    ],
    // A prices commission: margins in brackets after the crops, then a pronoun.
    [
      'The margin over A2+FL cost is widest for jowar (58 per cent), followed by urad (52 per cent); for cotton it is 50 per cent.',
      '58 per cent',
    ],
    [
      'The margin over A2+FL cost is widest for jowar (58 per cent), followed by urad (52 per cent); for cotton it is 50 per cent.',
      '50 per cent',
    ],
    // A grain board's price announcement: "a margin of" the percent "over" the cost.
    [
      'At TL 9,800 per tonne, the purchase price leaves growers a margin of about 22 percent over their production costs.',
      '22 percent',
    ],
    // A marketing board: a return "above" the cost of production, no margin noun.
    [
      'The floor price of KSh 4,200 a bag gives farmers a return of 31% above the cost of production.',
      '31%',
    ],
    // A ministry of agriculture: the price fixed a percent above the cost of cultivation.
    [
      'The support price is fixed at least 50 per cent above the weighted average cost of cultivation.',
      '50 per cent',
    ],
    // A farm-policy statute: a mark-up on the cost.
    [
      'The intervention price shall include a mark-up of 12% over the average cost of production in the Union.',
      '12%',
    ],
  ])('%s → "%s" is no figure', (text, number) => {
    expect(readingOf(text, number)).toBe('none');
  });

  it.each([
    // The cost itself moved: a change.
    [
      'The cost of production rose 9.8 percent since the last sowing season.',
      '9.8 percent',
      'change',
    ],
    // A profit margin with no cost named: a share.
    ['The operating margin of the mills was 14.2 per cent in 2033.', '14.2 per cent', 'share'],
    // A price's rise over last year's: a change.
    ['The MSP for wheat is 5.8 per cent above last year’s.', '5.8 per cent', 'change'],
    // Another measure in the same sentence after a new clause keeps its reading.
    [
      'The expected margin over cost of production is 50 per cent for paddy, while procurement rose 12 per cent in 2033.',
      '12 per cent',
      'change',
    ],
  ])('%s → "%s" keeps its reading', (text, number, kind) => {
    expect(readingOf(text, number).split(' ')[0]).toBe(kind);
  });
});

describe('a pipe table column of margins over a cost', () => {
  const TABLE =
    '| Crop | A2+FL | Recommended MSP | Margin over A2+FL (%) |\n|---|---|---|---|\n| Bajra | ₹1,773 | ₹2,890 | 63 |\n| Maize | ₹1,610 | ₹2,480 | 54 |';
  it('reads no figure in the column', () => {
    expect(readingOf(TABLE, '63 |')).toBe('none');
    expect(readingOf(TABLE, '54 |')).toBe('none');
  });
  it('keeps the prices beside it', () => {
    expect(readingOf(TABLE, '₹2,890')).toBe('amount 2890 INR');
  });
});
