// Held sentences of the v256 fix (decided.ts, listLeadIn; listItem.ts, markShape): a numbered
// paragraph that ends with a colon is the lead-in of a list of another mark under it, a dash list
// or lettered items under a bracketed number ("3. From 1 April 2035 the berthing fees will be:" ⏎
// "- Vessels up to 100 m: €2.10 per metre"), as the v226 comment says. Before v256 the mark's parts
// were compared without their places, so "3." and "-" (and "(4)" and "(a)") were the same mark, the
// numbered paragraph was passed over as a sibling, and the four held figures read expected.
// Near-misses keep their reading: a numbered lead-in of a forecast or a hedge, and the same list
// under an unnumbered lead-in (read as before). The fixture sets hold no such list: no count moved.

import { describe, expect, it } from 'vitest';
import { notice, statusOf } from './readingOf.ts';

const approved = (title: string, body: string): string =>
  `Calloway Harbour Board\n${title}\n\nThe Board has approved new ${title.toLowerCase()}.\n\n${body}`;

const BERTHING = approved(
  'Port dues',
  '3. From 1 April 2035 the berthing fees will be:\n- Vessels up to 100 m: €2.10 per metre\n- Vessels over 100 m: €2.60 per metre',
);
const STANDING = approved(
  'Water charges',
  '2. From 1 July 2035 the standing charges will be:\n\n- Households: $41.20 a year\n- Businesses: $96.00 a year',
);
const PARKING = approved(
  'Parking charges',
  '(4) From 1 May 2035 the parking charges will be:\n(a) first hour: $2.40;\n(b) each further hour: $1.80.',
);

describe('v256: a numbered paragraph ending in ":" leads in to a list of another mark', () => {
  it.each([
    [BERTHING, '€2.10'],
    [BERTHING, '€2.60'],
    [STANDING, '$96.00'],
    [PARKING, '$1.80'],
  ])('%#: %s (%s) is actual', (text, number) => {
    expect(statusOf(text, number, notice(text.split('\n')[1]!))).toBe('actual');
  });
});

describe('v256 near-misses keep their reading', () => {
  it.each([
    [
      approved(
        'Port dues',
        '3. From 1 April 2035 the berthing fees could be:\n- Vessels over 100 m: €2.60 per metre',
      ),
      '€2.60',
      'expected',
    ],
    [
      'Arland Office\nOutlook\n\n3. Our forecasts for 2035 will be:\n- Growth: 2.1%\n- Inflation: 3.4%',
      '3.4%',
      'expected',
    ],
    [
      approved(
        'Port dues',
        'From 1 April 2035 the berthing fees will be:\n- Vessels over 100 m: €2.60 per metre',
      ),
      '€2.60',
      'actual',
    ],
  ])('%#: %s (%s) stays %s', (text, number, want) => {
    expect(statusOf(text, number, notice(text.split('\n')[1]!))).toBe(want);
  });
});
