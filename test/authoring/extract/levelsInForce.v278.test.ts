// Held sentences of the v278 class (test/fixtures/prose/README.md, "Status"): levels already in
// force read actual, and proposals, requests, forecasts and costings read expected, in the
// shapes the blind sets ho318–ho322 (income-tax bands, payroll contributions, customs duties,
// benefit uprating, telecom price caps) showed. Written in voices other than theirs: an excise
// schedule, a road fund, a housing grant, a pension fund, a ports board, a training levy, a
// childcare subsidy, an airport charge and a bridge toll.
//  - actual: a level a charge "will continue to attract", a share that "will continue to be
//    earmarked", a limit that "shall remain at" or "remains at up to", a bound the law sets ("the
//    statutory upper limit of", "the minimum … that the Pensions Act lays down"), levels an
//    appositive holds "unchanged since" a year over, the "from" end of a change of a rate or a
//    bound (the year under way included) and the level set "instead of", a "Today" or "Current,
//    2033/34" column beside a proposed one, items under "The following continue to apply
//    regardless of the consultation:", and rates named by their level that "would not change";
//  - expected: a measure's yearly cost ("The reform costs about NOK 2.4 billion a year") and its
//    parts after ", of which", "by an estimated … a year", "which it costed at", what a party
//    "wanted … set at", "argued for …, with a final charge of", "applied … for an increase … from
//    12% to 16%", "asked for … to be halved", a proposal "to index … by", a present "projects 3.1
//    per cent for 2034", "expected inflation of", an estimate restated ", or about 0.2 per cent of
//    GDP", a proposal "in the spring bill that …" and "The increase is 12 per cent." after it.
// Near-misses keep their reading: an outcome that "will remain at", a permission "may apply for a
// reduction of up to", a part "has been paid", a unit's price "costs £1,950 a year", a forecast's
// path, a level a proposal would hold after its verb and a floor no law sets.

import { describe, expect, it } from 'vitest';
import { statusOf, type Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-03-12',
  publisher: 'Arland Office',
  url: 'https://example.org/note',
};

const inForce: [string, string][] = [
  ['Imported stout will continue to attract excise of 18% under the schedule.', '18%'],
  ['At least 30% of the levy will continue to be earmarked for the road fund.', '30%'],
  ['The annual household income limit for the grant shall remain at $42,000.', '$42,000'],
  ['The dependant allowance remains at up to £1,200 a year.', '£1,200'],
  ['The statutory upper limit of 18 per cent would not be breached before 2040.', '18 per cent'],
  [
    'The funding ratio is projected to fall to 81 per cent, below the minimum of 90 per cent that the Pensions Act lays down.',
    '90 per cent',
  ],
  [
    'Apprentices pay 1.5 per cent of wages, matched by 1.6 per cent from employers, a rate unchanged since 2027.',
    '1.5 per cent',
  ],
  [
    'Apprentices pay 1.5 per cent of wages, matched by 1.6 per cent from employers, a rate unchanged since 2027.',
    '1.6 per cent',
  ],
  [
    'The Board proposes that the contribution ceiling be raised to NOK 780,000 from NOK 720,000.',
    'NOK 720,000',
  ],
  [
    'The Minister proposes that the earnings threshold be raised to ₱26,000 in 2035, from ₱24,500 in 2034.',
    '₱24,500',
  ],
  [
    'Under the proposal the training levy would be 0.8 per cent of payroll, instead of the full 1.2 per cent.',
    '1.2 per cent',
  ],
  [
    'Proposed monthly childcare subsidies\n\n| Household | Today | Proposed from 1 July 2035 |\n|---|---|---|\n| Single parent | €410 | €445 |',
    '€410',
  ],
  [
    'Levy consultation\n\n| Levy | Current, 2033/34 | Proposed 2034/35 |\n|---|---|---|\n| Motor (per vehicle) | $113.50 | $119.00 |',
    '$113.50',
  ],
  [
    'DRAFT NOTICE: TRAINING LEVY\n\nThe Minister proposes to raise the levy to 1.2% of payroll.\n\nThe following continue to apply regardless of the consultation:\n\n- Apprenticeship grant: up to $2,000 a year for each apprentice.',
    '$2,000',
  ],
  [
    'The Minister proposes to raise the ceiling. The employer and employee rates of 4% each would not change.',
    '4%',
  ],
];

const ahead: [string, string][] = [
  [
    'The reform costs about NOK 2.4 billion a year, of which NOK 1.9 billion falls on the state and NOK 0.5 billion on the counties.',
    'NOK 2.4 billion',
  ],
  [
    'The reform costs about NOK 2.4 billion a year, of which NOK 1.9 billion falls on the state and NOK 0.5 billion on the counties.',
    'NOK 1.9 billion',
  ],
  [
    'The reform costs about NOK 2.4 billion a year, of which NOK 1.9 billion falls on the state and NOK 0.5 billion on the counties.',
    'NOK 0.5 billion',
  ],
  ['The change reduces payroll tax revenue by an estimated $36 million a year.', '$36 million'],
  [
    'The union had instead proposed a flat rise of £30 a week, which it costed at about £85 million.',
    '£85 million',
  ],
  ['Retailers wanted the deposit set at $0.25 instead.', '$0.25'],
  ['Smaller airlines argued for a gentler path, with a final charge of €9.40.', '€9.40'],
  [
    'The brewers applied in May 2033 for an increase in the excise rate on lager from 12% to 16%.',
    '16%',
  ],
  ['Hauliers asked for the toll on the bridge to be halved.', 'halved'],
  [
    'The Council rejected a proposal from the Fair Pay Group to index the living allowance by 6 per cent.',
    '6 per cent',
  ],
  [
    'Prices rose 3.4 per cent in 2033, and the Reserve Bank projects 3.1 per cent for 2034.',
    '3.1 per cent',
  ],
  [
    'Pensions will rise by 3.0 per cent, just above expected inflation of 2.8 per cent.',
    '2.8 per cent',
  ],
  [
    'The Treasury estimates forgone revenue of R2.3 billion in 2035, or about 0.2 per cent of GDP.',
    '0.2 per cent',
  ],
  [
    'The Ministry proposes in the spring bill that the housing supplement be raised by SEK 200 a month. The increase is 12 per cent.',
    'SEK 200',
  ],
  [
    'The Ministry proposes in the spring bill that the housing supplement be raised by SEK 200 a month. The increase is 12 per cent.',
    '12 per cent',
  ],
];

const near: [string, string, string][] = [
  // An outcome, not a level a body sets.
  ['Revenue from the duty will remain at $2 billion.', '$2 billion', 'expected'],
  // The "from" end of a change still applied for is the level in force.
  [
    'The brewers applied in May 2033 for an increase in the excise rate on lager from 12% to 16%.',
    '12%',
    'actual',
  ],
  // A permission a scheme grants: "apply for … up to" asks for nothing.
  ['Community groups may apply for a reduction of up to 40% of the fee.', '40%', 'actual'],
  // A part told with its own past verb is done.
  [
    'Partners agreed to give $40 million, of which $15 million has been paid.',
    '$15 million',
    'actual',
  ],
  // A unit's price a year is no measure's cost.
  ['A mooring at Fenwick costs £1,950 a year.', '£1,950', 'actual'],
  // A forecast's path starts from no level in force.
  ['Inflation will fall from 5% to 3% next year.', '5%', 'expected'],
  // A level a proposal would hold, after its verb.
  ['We propose that the fee would stay at $0.80, unchanged.', '$0.80', 'expected'],
  // A floor no law sets.
  ['The funding ratio will fall below a floor of 70 per cent in 2037.', '70 per cent', 'expected'],
];

describe('v278: levels in force are actual beside proposals and forecasts', () => {
  it.each(inForce)('%s → %s actual', (text, number) => {
    expect(statusOf(text, number, SOURCE)).toBe('actual');
  });
});

describe('v278: proposals, requests, forecasts and costings are expected', () => {
  it.each(ahead)('%s → %s expected', (text, number) => {
    expect(statusOf(text, number, SOURCE)).toBe('expected');
  });
  it.each(near)('%s → %s %s', (text, number, want) => {
    expect(statusOf(text, number, SOURCE)).toBe(want);
  });
});
