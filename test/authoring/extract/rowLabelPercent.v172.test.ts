// Tests for a year table's row whose label's bracket ends in its unit after a comma ("SMEs (share
// of exporters supported, %)   79.6   80.8" under a title in € million, v172): a percent, a share,
// or a change when the bracket's words before the unit name one ("(annual change, %)").
// Sentences written before the rule, in voices other than the open set's export credit agency: a
// port's key figures, a university's annual report, a utility's results.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-04-02') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`);

describe('v172: a year table row whose bracket ends in ", %"', () => {
  it.each([
    [
      'Port key figures (€ million)\n2032 2033\nRevenue 412.0 438.5\nContainer berths (share of quay length, %) 61.2 63.0\n',
      [
        '412.0 amount 412000000 EUR actual',
        '438.5 amount 438500000 EUR actual',
        '61.2 share 61.2 percent actual',
        '63.0 share 63 percent actual',
      ],
    ],
    [
      'University at a glance (£ million)\n2032 2033\nIncome 812.4 845.1\nInternational students (share of enrolment, per cent) 24.8 26.1\n',
      [
        '812.4 amount 812400000 GBP actual',
        '845.1 amount 845100000 GBP actual',
        '24.8 share 24.8 percent actual',
        '26.1 share 26.1 percent actual',
      ],
    ],
    [
      'Utility results (R million)\n2032 2033\nRevenue 5,120 5,480\nSales volume (annual change, %) 2.1 3.4\n',
      [
        '5,120 amount 5120000000 ZAR actual',
        '5,480 amount 5480000000 ZAR actual',
        '2.1 change 2.1 percent actual',
        '3.4 change 3.4 percent actual',
      ],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it.each([
    // Near-misses: a bracket of a count after a comma, and a bracket of words with no unit.
    [
      'Port key figures (€ million)\n2032 2033\nRevenue 412.0 438.5\nShips (calls, number) 1,204 1,310\n',
      ['412.0 amount 412000000 EUR actual', '438.5 amount 438500000 EUR actual'],
    ],
  ])('%j keeps its reading', (text, expected) => expect(read(text)).toEqual(expected));
});
