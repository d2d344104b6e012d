// Held sentences of the v253 class (test/fixtures/prose/README.md, "The calls": what is asked
// for, demanded, proposed, recommended or planned and not yet granted is expected, also in a
// document that records the decision taken beside it): a party's ask told with its verb ("had
// demanded an increase of", "had recommended", "had sought to raise it by"), with its noun ("the
// Board's recommendation of", "a demand by the shipowners for"), a proposal, amendment or request
// to change a level ("a proposal to round the tariff up by … to", "An amendment moved by … to limit
// the charge to", "asked the Minister to approve an increase to"), a report's "should … consider
// raising it to", and the cells of a table whose caption opens "Recommended"/"Proposed" or whose
// column is "Planned" or a "Guideline", seen in ho303–ho307. Written in voices other than the
// sets' minimum wages, postage, tourist taxes, fuel prices and parking: a port tariff, a pension
// scheme, a farm levy, a water utility and a central bank. Near-misses keep their reading: the
// level decided beside the ask, a request the sentence says was granted, a notice that names what
// is owed ("a bill of demand for"), a level a proposal keeps in force ("raised from"), and the
// current column of a recommended table.
// Before v253 the extractor read 10 of the 13 held figures wrong; the rule's first version (the
// prose asks alone) missed 3: the "sought to raise it by" change, the "should … consider raising it
// to" level after a rate with a decimal point, and the cell under a "Recommended" caption.

import { describe, expect, it } from 'vitest';
import { type Source, statusOf } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-06-20',
  publisher: 'Arland Office',
  title: 'Decision notice',
  url: 'https://example.org/notice',
};

const held: [string, string][] = [
  [
    'The Port Board raised berthing dues by 4 per cent. The Shipowners’ Association had demanded a freeze of 0 per cent, while the harbour workers’ union had demanded an increase of 9 per cent.',
    '9 per cent',
  ],
  [
    'The Pension Fund fixed the indexation at 2.1%. Its Actuarial Committee had recommended 2.6%; the employers proposed 1.8%.',
    '2.6%',
  ],
  [
    'The Pension Fund fixed the indexation at 2.1%. Its Actuarial Committee had recommended 2.6%; the employers proposed 1.8%.',
    '1.8%',
  ],
  [
    'The Ministry set the dairy levy at 0.6 cents a litre, against the Farm Levy Board’s recommendation of 0.9 cents and a demand by the Growers’ Federation for 0.4 cents.',
    '0.9 cents',
  ],
  [
    'The Ministry set the dairy levy at 0.6 cents a litre, against the Farm Levy Board’s recommendation of 0.9 cents and a demand by the Growers’ Federation for 0.4 cents.',
    '0.4 cents',
  ],
  [
    'The Regulator also rejected a proposal to round the standing charge up by 15 cents to $48.15.',
    '$48.15',
  ],
  [
    'An amendment moved by Director Lindqvist to limit the connection fee to €390 was not carried.',
    '€390',
  ],
  [
    'The Water Authority has asked the Minister for Utilities to approve an increase to $2.95 per kilolitre.',
    '$2.95',
  ],
  [
    'The bulk tariff stays at $1.10 per kilolitre; the utility had sought to raise it by 14 cents.',
    '14 cents',
  ],
  [
    'The Bank kept the penalty rate at 6.5 per cent, instead of the 7.25 per cent the Treasury had requested.',
    '7.25 per cent',
  ],
  [
    'Finding 4: The Fund should review the reserve levy, which at 1.25 per cent of payroll no longer covers its liabilities, and consider raising it to 1.6 per cent.',
    '1.6 per cent',
  ],
  [
    'Recommended pilotage charges (per movement)\n| Vessel size | Current (from 1 July 2033) | 1 July 2035 | 1 July 2036 |\n|---|---|---|---|\n| Under 5,000 GT | $410 | $440 | $470 |\n| 5,000 GT and over | $780 | $830 | $880 |',
    '$830',
  ],
  [
    'The operator plans the following fares.\n\n| Zone | Fare 2034 | Planned fare 2035 |\n|---|---|---|\n| Inner | €2.40 | €2.60 |\n| Outer | €3.10 | €3.40 |',
    '€3.40',
  ],
];

const nearMisses: [string, string, string][] = [
  [
    'The Port Board raised berthing dues by 4 per cent. The Shipowners’ Association had demanded a freeze, while the harbour workers’ union had demanded an increase of 9 per cent.',
    '4 per cent',
    'actual',
  ],
  [
    'The Pension Fund fixed the indexation at 2.1%. Its Actuarial Committee had recommended 2.6%; the employers proposed 1.8%.',
    '2.1%',
    'actual',
  ],
  [
    'Following an audit, the Revenue Office issued a bill of demand for $18,240 in unpaid water charges.',
    '$18,240',
    'actual',
  ],
  [
    'The Board accepted the Committee’s recommendation of a levy of 0.9 cents a litre, which the Minister approved in May.',
    '0.9 cents',
    'actual',
  ],
  [
    'Recommended pilotage charges (per movement)\n| Vessel size | Current (from 1 July 2033) | 1 July 2035 | 1 July 2036 |\n|---|---|---|---|\n| Under 5,000 GT | $410 | $440 | $470 |\n| 5,000 GT and over | $780 | $830 | $880 |',
    '$780',
    'actual',
  ],
  [
    'The Committee proposes that the mooring fee in the inner basin be raised from €55 to €60.',
    '€55',
    'actual',
  ],
  // A current column named after its place, under a "Proposed" caption (found on the merged tree:
  // ho283's "M13 current" column read as proposed).
  [
    'Proposed ferry fares per crossing from 1 April 2035\n| Fare | North Sound current | North Sound proposed |\n|---|---|---|\n| Adult | NZ$14.20 | NZ$15.10 |',
    'NZ$14.20',
    'actual',
  ],
];

describe('v253: what a party asked, proposed, recommended or planned beside a decision is expected', () => {
  it.each(held)('%s (%s) is expected', (text, number) => {
    expect(statusOf(text, number, SOURCE)).toBe('expected');
  });
  it.each(nearMisses)('%s (%s) keeps its reading', (text, number, want) => {
    expect(statusOf(text, number, SOURCE)).toBe(want);
  });
});
