// Held sentences of the v160 class (test/fixtures/prose/README.md, "The calls"): a change told for
// one part with "by" an amount and its percent in brackets, then for the next part with "and by"
// another amount and bracket, its verb left out ("bills will rise by about $24 (2.2 per cent) in
// the metropolitan area and by about $71 (6.3 per cent) in regional areas"). The second bracket is
// the same change in percent, as the first is. Written in voices other than the water price review
// it was first seen in: company results, rail fares, insurance premiums, export sales, road tolls,
// university fees. Near-misses keep their reading. Each row is read through the whole extractor:
// the number's own words, then "kind value unit" wanted.

import { describe, expect, it } from 'vitest';
import { type Row, readingOf } from './readingOf.ts';

const ELIDED_BY_BRACKETS: readonly Row[] = [
  ['Typical household bills will rise by about $24 (2.2 per cent) in the metropolitan area and by about $71 (6.3 per cent) in regional areas.', '6.3 per cent', 'change 6.3 percent'],
  ['Group revenue rose by €3.1 million (4.2%) in the Nordic unit and by €5.4 million (7.9%) in the Baltic unit.', '7.9%', 'change 7.9 percent'],
  ['Average fares will go up by £1.20 (3.1 per cent) on peak services and by £0.80 (2.7 per cent) off-peak.', '2.7 per cent', 'change 2.7 percent'],
  ['Premiums increase by $310 (8 percent) for single cover and by nearly $700 (9.4 percent) for family cover.', '9.4 percent', 'change 9.4 percent'],
  ['Sales climbed by ¥2.1 billion (6 per cent) at home, and by ¥1.3 billion (11 per cent) abroad.', '11 per cent', 'change 11 percent'],
  ['Tolls rose by $1.10 (4.5 per cent) on the bridge and by $0.90 (3.8 per cent) in the tunnel.', '3.8 per cent', 'change 3.8 percent'],
  ['Enrolment fees went up by €150 (6 percent) for residents, and by about €420 (9.5 percent) for international students.', '9.5 percent', 'change 9.5 percent'],
  // Near-misses: a bracket that names its whole, a "by" that names what drove the change, and a
  // clause with a verb of its own keep their reading.
  ['Spending rose by 4% and by $5 million (12% of the budget) in the capital.', '12%', 'share 12 percent'],
  ['Bills rose by $24 (2.2 per cent), and customers paid $71 (6.3 per cent of income) on average.', '6.3 per cent', 'share 6.3 percent'],
  ['Membership rose by 3 per cent, driven by $40 million (60 per cent) of new grants.', '60 per cent', 'share 60 percent'],
  ['Profit rose by $2 million (5 per cent), while the group held $71 million (6.3 per cent) in reserve.', '6.3 per cent', 'share 6.3 percent'],
]; // prettier-ignore

describe('a change told again for the next part with "and by" an amount and a bracket (v160)', () => {
  it.each(ELIDED_BY_BRACKETS)('%s → %s', (text, number, want) => {
    expect(readingOf(text, number)).toBe(want);
  });
});
