// Held sentences of the v144 class (test/fixtures/prose/README.md, "The calls", Status: a cap,
// ceiling, floor or quota a rule sets is actual): written from the class alone, in voices other
// than the ones it was first seen in (a health-insurance committee's "may by law not fall below 36
// percent", a mines ministry's "must deliver 40% of purchases", a ministry circular's "not more than
// 5 per cent … may be spent"): an exchange-control notice, a banking regulation, a pension-fund
// rule, a grain board, a water charter. A modal of obligation split by the rule that lays it ("may
// by law not"), a bound the verb states ("fall below", "drop under"), a modal passive of an
// irregular verb ("may be spent", "may be lent") and a quota ("must sell 25 percent of its
// output") read as the rule's level. Near-misses keep their reading: an aggregate, a purpose, a
// proposal or a draft, a change a modal says must happen. Each row is a short document under a
// title line, dated 2 April 2031: the number's own words, then the status wanted.

import { describe, expect, it } from 'vitest';
import { kindAndStatusOf } from '../../support/statusAudit.ts';

type Row = readonly [text: string, number: string, status: string];

const HELD: readonly Row[] = [
  [
    "The employer's share of contributions may under the Act not fall below 50 percent of the total.",
    '50 percent',
    'actual',
  ],
  [
    'The reserve ratio of each bank may by regulation not drop below 8 percent of deposits.',
    '8 percent',
    'actual',
  ],
  [
    'Exporters must surrender 30% of their foreign-currency earnings to the central bank within 90 days.',
    '30%',
    'actual',
  ],
  [
    'Licensed mills must sell 25 percent of their flour output to the state grain board.',
    '25 percent',
    'actual',
  ],
  [
    'Trustees are reminded that not more than 10 per cent of the fund may be spent on administration.',
    '10 per cent',
    'actual',
  ],
  ['No more than 15 percent of the fund may be lent to a single borrower.', '15 percent', 'actual'],
];

const NEAR: readonly Row[] = [
  ['Growth may not fall below 2 percent this year.', '2 percent', 'expected'],
  [
    'Under the proposal, not more than 10 per cent of the grant would be spent on administration.',
    '10 per cent',
    'expected',
  ],
  [
    'Under the draft rules, licensed traders must deliver 40% of purchases to the central bank.',
    '40%',
    'expected',
  ],
  ['Exports must grow 5% a year to close the gap.', '5%', 'expected'],
];

describe('a cap, floor or quota a rule lays by a modal is actual (v144)', () => {
  it.each(HELD)('%s (%s) is %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});

describe('near-misses of the v144 class keep their reading', () => {
  it.each(NEAR)('%s (%s) is %s', (text, number, status) => {
    expect(kindAndStatusOf(text, number).split(' ')[1]).toBe(status);
  });
});
