// Tests for v254 (src/authoring/extract/pickedMember.ts, supposed.ts): worked examples the opened
// sets ho303–ho307 proposed as figures. A sentence that opens on one member picked by an exact
// quantity in a relative clause ("A household that buys 50 litres of petrol a week will pay …",
// "A driver who overstays … by 45 minutes will pay …"), by a quantity in words ("A guest staying
// three nights", "A resident with one car"), or that says what the member earns or spends ("would
// earn", "earns", "will spend"); a sentence labelled "Example:" on a stay or an act written as a
// gerund ("Example: parking from 09:00 to 13:30 … costs …"); and a stay of several units written in
// words ("A two-hour stay … now costs …"). Held here in other voices: a port tariff, a water
// utility, a pension notice, a farm scheme, a ferry operator, a library, a council tax bill, an
// energy regulator and a hostel levy. Every sum such a sentence states is illustrative: traps
// (README, "Worked examples", v254). A class a bound or a verb of exceeding defines, a rule with
// no quantity, a past case and a named subject keep their reading.

import { describe, expect, it } from 'vitest';
import { notice, readingsIn } from './readingOf.ts';

/** Each figure's stated words, kind, value and status under a notice titled `title`. */
const read = (title: string, text: string) => readingsIn(`${title}\n\n${text}\n`, notice(title));
/** Each figure's stated words alone. */
const stated = (title: string, text: string) => read(title, text).map((r) => r[0]);

describe('a worked example on a member picked by a relative clause, a quantity in words or its earnings (v254)', () => {
  it.each([
    // A water utility: a household picked by a relative clause with its quantity.
    [
      'Water tariff notice 2034',
      'A household that uses 18 kilolitres a month will pay about €41.60 a month more from July.',
      [],
    ],
    // A port tariff: a vessel picked by "which" and its tonnage, under a paragraph number.
    [
      'Port dues schedule 2034',
      '4. A coaster that berths for 36 hours at the inner quay pays €312.50 in berth dues, against €288.00 last season.',
      [],
    ],
    // A ferry operator: a commuter picked by "who" and a count of trips.
    [
      'Ferry fares 2035',
      'A commuter who makes 40 crossings a month will spend about NZ$18 a month more on fares.',
      [],
    ],
    // A pension notice: a member picked by a participle and the pension "would earn".
    [
      'Pension notice 2034',
      'A member contributing 6 per cent of a salary of £32,000 would earn £1,920 a year in extra pension.',
      [],
    ],
    // A farm scheme: a farmer picked by a quantity in words.
    [
      'Farm scheme 2035',
      'A farmer with two milking sheds and one bulk tank will receive €4,800 under the grant.',
      [],
    ],
    // A hostel levy: a guest picked by nights in words, and what the stay costs against before.
    [
      'Hostel levy 2035',
      'A visitor staying four nights in a hostel dormitory will pay CHF 10.00 instead of CHF 8.00.',
      [],
    ],
    // A library: a borrower picked by "who" and an overdue span.
    [
      'Library charges 2035',
      'A borrower who returns a 14-day loan 9 days late will pay $4.50 from March, against $2.70 today.',
      [],
    ],
    // A council tax bill: a pensioner picked by "who" and what she earns against a threshold.
    [
      'Council tax support 2034',
      '3.2 A pensioner living alone on 20 hours a week of work earns about £9,880 a year, against an allowance threshold of £7,200.',
      [],
    ],
    // An energy regulator: a labelled example on a gerund, a time with its colon.
    [
      'Charging tariff 2035',
      'Example: charging from 18:00 to 22:30 on a weekday costs NOK 96.',
      [],
    ],
    // A harbour car park: a stay of several hours in words, mid-paragraph.
    [
      'Harbour parking 2035',
      'The Board raised the hourly rate at the marina by $0.40 to $3.20. A three-hour stay at the marina now costs $9.60.',
      ['$0.40', '$3.20'],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('near-misses keep their reading (v254)', () => {
  it.each([
    // A class a bound defines is a rule, no example.
    [
      'Water tariff notice 2034',
      'A household that uses more than 30 kilolitres a month will pay €28.40 a kilolitre.',
      ['€28.40'],
    ],
    // A verb of exceeding defines a class too.
    [
      'Port dues schedule 2034',
      'A vessel that exceeds 5,000 gross tonnes pays €0.42 per tonne in light dues.',
      ['€0.42'],
    ],
    // A rule with no quantity: the penalty is the tariff's own.
    [
      'Parking penalties 2035',
      'A driver who parks in a loading bay will pay a penalty of $120 from 1 July.',
      ['$120'],
    ],
    // A past case, told as fact.
    [
      'Ferry fares 2035',
      'A commuter who made 40 crossings a month paid NZ$212 in 2034.',
      ['NZ$212'],
    ],
    // A named subject after "Example:" keeps its reading.
    [
      'Charging tariff 2035',
      'Example: the Northern depot raised its charge by 4.5% in 2034.',
      ['raised its charge by 4.5%'],
    ],
    // A date in the relative clause picks a class, no quantity: the refund is the rule's own.
    [
      'Marina berths 2035',
      'A berth holder who cancels before 1 March receives a refund of €240.',
      ['€240'],
    ],
    // A single-unit stay is the tariff's own price.
    ['Harbour parking 2035', 'From 1 May a one-hour stay at the marina costs $3.20.', ['$3.20']],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('a level supposed in the past tense after "if", and what would follow (v254)', () => {
  it.each([
    // A central bank: a supposed oil price and its effect on the reserve.
    [
      'Reserve bulletin 2035',
      'If Brent averaged US$102 a barrel in the second half, the stabilisation reserve would fall to about 41,000 million pesos by December.',
      [],
    ],
    // A farm board: a supposed exchange rate and its effect on export earnings.
    [
      'Wool board outlook 2035',
      'If the dollar stood at 0.58 US cents through the season, export receipts would rise by about NZ$140 million.',
      [],
    ],
    // A water utility: a supposed tariff level held and its revenue.
    [
      'Water utility plan 2035',
      'If the bulk tariff remained at €1.84 per cubic metre, the utility could lose about €6 million a year.',
      [],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });

  it.each([
    // The level as fact, with its outcome, keeps its reading.
    [
      'Reserve bulletin 2035',
      'Brent averaged US$88 a barrel in August, and the reserve fell to 52,000 million pesos.',
      ['US$88', '52,000 million pesos'],
    ],
    // A plain "if" in the present with "will" forecasts.
    [
      'Water utility plan 2035',
      'If the tariff order is approved, revenue will rise to €214 million in 2036.',
      ['€214 million'],
    ],
  ])('%s keeps its reading', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});
