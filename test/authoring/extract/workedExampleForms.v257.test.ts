// Tests for v257 (src/authoring/extract/supposed.ts, pickedMember.ts, extract.ts): worked examples
// the opened sets ho308–ho312 proposed as figures. A heading run in at a paragraph's top ("4.
// Illustration. A taxpayer was assessed …"), an "Example:" label on a member whose sum opens with
// its currency sign ("Example: a ¥1,000,000 one-year time deposit … earns ¥6,000"), a plural
// heading of priced examples over a list ("Fare examples" ⏎ "- 2 km trip: ¥910"), a trip of a
// measured distance and what it costs ("A 15-kilometre trip will cost AED 1.35 less"), a member
// placed on a scale point ("A registered nurse on step 5 who works 0.8 FTE …", "For example, a Band
// 5 nurse …") and a member after a fronted phrase ("With the lower caps …, a dual-income family with
// a household income of S$6,000 … will pay about S$265"). Held here in other voices: a water
// utility, a farm scheme, a mortgage lender, a car-loan notice, a bridge authority, an electricity
// supplier, a coach operator, a ride-hail regulator, a civil service and a teachers' pay notice, a
// childcare cap and a dairy scheme. Every number such a sentence or list states is illustrative:
// traps (README, "Worked examples", v257). A run-in heading of something else, a heading of real
// cases, a thing built, a bounded trip, a named subject, a fronted phrase with no member and a class
// a bound defines keep their reading.

import { describe, expect, it } from 'vitest';
import { notice, readingsIn } from './readingOf.ts';

/** Each figure's stated words, kind, value and status under a notice titled `title`. */
const read = (title: string, text: string) => readingsIn(`${title}\n\n${text}\n`, notice(title));

describe('worked examples under a run-in heading, a label, a plural heading, a measured trip, a scale point or a fronted phrase (v257)', () => {
  it.each([
    // A water utility: a run-in "Illustration." after a paragraph number, told in the past.
    [
      'Water charges 2034',
      '3. Illustration. A household used 142 cubic metres in the quarter and was billed €318.60, of which €41.20 was the standing charge.',
    ],
    // A farm scheme: a run-in "Worked example." with no number.
    [
      'Farm support scheme 2035',
      'Worked example. A holding of 120 hectares receives €14,400 at the basic rate of €120 a hectare.',
    ],
    // A mortgage lender: the member's sum opens with its currency sign after "Example:".
    [
      'Mortgage rate notice 2034',
      'Example: a €250,000 mortgage over 25 years costs €1,312 a month at 4.10%.',
    ],
    // A car-loan notice: the same with "$", and a total.
    [
      'Car loan rates 2035',
      'Example: a $15,000 car loan over four years costs $352 a month at 6.90%, or $16,896 in all.',
    ],
    // A bridge authority: a plural heading of toll examples over a list.
    [
      'Bridge tolls 2035',
      'Toll examples\n- Car, one crossing: $4.60 (now $4.20)\n- Truck, one crossing: $13.80 (now $12.60)',
    ],
    // An electricity supplier: a plural heading with a word before its charge noun.
    [
      'Electricity tariff 2034',
      'Monthly bill examples\n- Small flat: £38.10\n- Family house: £61.75\n- Farmhouse: £94.20',
    ],
    // A coach operator: a journey of a measured distance and what it costs, against last year.
    [
      'Coach fares 2034',
      'A 40-mile coach journey costs £18.60 off-peak, against £17.20 last year.',
    ],
    // A ride-hail regulator: a typical ride, its distance spaced from its unit.
    [
      'Ride-hail fares 2033',
      'A typical 6 km ride would cost KSh 540 at night under the proposal, compared with KSh 480 today.',
    ],
    // A civil service pay notice: a member on a grade, picked by a relative clause.
    [
      'Civil service pay 2035',
      'A clerk on grade 7 who works 30 hours a week will receive about £1,240 more a year and a one-off payment of £300.',
    ],
    // A teachers' pay notice: "For example," and a member named by a grade.
    [
      'Teachers pay 2034',
      'For example, a Grade 3 officer earning $52,400 will receive $1,834 more from July.',
    ],
    // A childcare cap: a clause of time fronted before the member.
    [
      'Childcare fee cap 2035',
      'When the cap takes effect, a family with two children in care for 50 hours a week will pay about $212 a week, down from $268.',
    ],
    // A dairy scheme: a fronted "From July," before a member with a herd.
    [
      'Dairy scheme 2035',
      'From July, a farmer with a herd of 220 cows will receive €3,960 under the scheme, against €3,520 now.',
    ],
  ])('%s: no figure in "%s"', (title, text) => {
    expect(read(title, text)).toEqual([]);
  });
});

describe('near-misses keep their reading (v257)', () => {
  it.each([
    // A run-in heading that names no example.
    [
      'Water charges 2034',
      '5. Arrears. Arrears on water accounts stood at €4.1 million at the end of 2034.',
      [['€4.1 million', 'amount', '4100000 EUR', 'actual']],
    ],
    // A plural heading of real cases.
    [
      'Rates review 2034',
      'Regional examples\n- Northern district: rates rose 4.2% in 2034',
      [['rose 4.2%', 'change', 4.2, 'actual']],
    ],
    // A thing built of a measured length is no trip.
    [
      'Rail plan 2035',
      'A 12-kilometre rail extension will cost €240 million.',
      [['€240 million', 'amount', '240000000 EUR', 'expected']],
    ],
    // A trip bounded by "up to": the tariff's first step.
    [
      'Taxi fares 2034',
      'A trip of up to 2 km costs ¥500.',
      [['¥500', 'amount', '500 JPY', 'actual']],
    ],
    // "For example," on a named subject.
    [
      'Water charges 2034',
      'For example, the Northern Water Board raised its charge by 4.5% in 2034.',
      [['raised its charge by 4.5%', 'change', 4.5, 'actual']],
    ],
    // A fronted phrase with no member after it.
    [
      'Water use 2034',
      'Under the new tariff, households used 4% less water in 2034.',
      [['4% less', 'change', -4, 'actual']],
    ],
    // A fronted phrase before a class a bound defines.
    [
      'Water tariff 2035',
      'From July, a household that uses more than 30 kilolitres a month will pay €2.80 a kilolitre.',
      [['€2.80', 'amount', '2.8 EUR', 'expected']],
    ],
    // "Example:" on a named subject.
    [
      'Port dues 2035',
      'Example: the Harbour Board raised berth dues by 3.5%.',
      [['raised berth dues by 3.5%', 'change', 3.5, 'actual']],
    ],
  ])('%s: "%s"', (title, text, want) => {
    expect(read(title, text)).toEqual(want);
  });
});
