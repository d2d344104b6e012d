// Held sentences of the v239 class (test/fixtures/prose/README.md, "The calls"): recall on the
// fresh sets ho293–ho297. An audit table titled "(₹ in crore)" whose rows open with a serial
// number, a money table's row labelled ", state share", a fraction of the general, regular or
// ordinary fee ("half the ordinary passport fee"), the stamps a fee is paid in ("a national revenue
// stamp of ¥7,300"), a price "in the euro area", a recommended step to "no more than $400", an
// option put forward ("Alternative B, an increase of 6% …, would raise about $22,000") and a rule
// for owners registering several vessels "within 12 months". Written in voices other than the
// sets' audit reports, fiscal notes, passport notices and marine notices: a water board, a farm
// scheme, a museum, a port, a pension office, a utility regulator and a parking authority.
// Near-misses keep their reading: a worked example, a ratio of money, another group's level, a
// postage stamp's face value, a bound that sorts firms, a sensitivity and a span of time. Before
// v239 the extractor missed all 11 held sentences' figures (one of them in part, 13 figures).

import { describe, expect, it } from 'vitest';
import { NEUTRAL, readingsIn } from './readingOf.ts';

describe('v239: money tables, fractions of a named fee, fee stamps, caps and options read', () => {
  it.each([
    // A state water board's audit table: serial numbers open the rows; counts stay unread.
    [
      'Table 3.2: Arrears of water charges (₹ in crore)\n| Sl. No. | Category | Number of connections | Amount |\n|---|---|---|---|\n| 1 | Domestic | 1,204 | 12.65 |\n| 2 | Industrial | 86 | 31.40 |\n',
      [
        ['12.65', 'amount', '126500000 INR', 'actual'],
        ['31.40', 'amount', '314000000 INR', 'actual'],
      ],
    ],
    // A farm scheme's costing: the first row is labelled by the payer's share after a comma.
    [
      'Table 1: Cost of the crop insurance bill (in thousands of dollars)\n| | FY 2035 | FY 2036 |\n|---|---|---|\n| Premium subsidy, state share | – | 1,260 |\n| Premium subsidy, county share | – | 340 |\n',
      [
        ['1,260', 'amount', '1260000 USD', 'expected'],
        ['340', 'amount', '340000 USD', 'expected'],
      ],
    ],
    // A museum, a farm scheme and a water utility: a fraction of the whole fee.
    [
      'Students pay half the regular admission charge.',
      [['half the regular admission charge', 'share', 50, 'actual']],
    ],
    [
      'Farmers under 25 pay half of the general registration fee.',
      [['half of the general registration fee', 'share', 50, 'actual']],
    ],
    [
      'Concession card holders pay half the standard water connection fee.',
      [['half the standard water connection fee', 'share', 50, 'actual']],
    ],
    // A port: the stamps a fee is paid in are its parts.
    [
      'The berth fee is paid as a harbour fee stamp of €85 and a port revenue stamp of €15.',
      [
        ['€85', 'amount', '85 EUR', 'actual'],
        ['€15', 'amount', '15 EUR', 'actual'],
      ],
    ],
    // A pension office: the euro area is a place, no unit of a ratio.
    [
      'A replacement pension card costs £12 in the United Kingdom and €15 in the euro area.',
      [
        ['£12', 'amount', '12 GBP', 'actual'],
        ['€15', 'amount', '15 EUR', 'actual'],
      ],
    ],
    // A utility regulator's recommended step to a capped level.
    [
      'The regulator recommends that the board lower the annual water connection charge to no more than R1,200 from 2035.',
      [['R1,200', 'amount', '1200 ZAR', 'expected']],
    ],
    // A parking authority's option put forward, and one under a heading.
    [
      'Option 2, a rise of 4% in April 2034, would raise about £180,000 a year.',
      [
        ['rise of 4%', 'change', 4, 'expected'],
        ['£180,000', 'amount', '180000 GBP', 'expected'],
      ],
    ],
    [
      'Options\nOption C, an increase of 3% in 2035, would raise about $9,000.',
      [
        ['increase of 3%', 'change', 3, 'expected'],
        ['$9,000', 'amount', '9000 USD', 'expected'],
      ],
    ],
    // A farm scheme's rule for a class: a window of months picks no example member.
    [
      '3. Multi-field discounts\nA farmer enrolling several fields within 24 months receives a discount of 5% on the enrolment fee.',
      [['5%', 'share', 5, 'actual']],
    ],
  ] as const)('%s', (text, want) => {
    expect(readingsIn(text, NEUTRAL)).toEqual(want);
  });
});

describe('v239 near-misses keep their reading', () => {
  it.each([
    // A worked example on a member picked by its quantity (v231).
    ['1.3 A farmer abstracting 3,000 cubic metres a month now pays KSh 6,300.', []],
    // A ratio of money counted on one unit of a currency.
    ['The bank recovered 35 pence in the pound.', []],
    // A postage stamp's face value.
    ['The first-class stamp of 85p is unchanged.', []],
    // A bound that sorts the firms a rule exempts.
    ['Firms with fees of no more than $400 are exempt.', []],
    // A sensitivity: a supposed step and what it would do.
    ['A 1 percentage point rise in the levy would raise about £40,000.', []],
    // A fraction of time, and of another group's level.
    ['Half the time the office is closed.', []],
    ['Smallholders pay half the rate charged to estates.', []],
  ] as const)('%s', (text, want) => {
    expect(readingsIn(text, NEUTRAL)).toEqual(want);
  });
});
