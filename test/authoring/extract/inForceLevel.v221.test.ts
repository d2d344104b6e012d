// Tests for src/authoring/extract/inForceLevel.ts (v221): the level in force beside a proposal or a
// change, in the constructions v210 did not read, found in the opened sets ho283, ho284, ho285 and
// ho287 (a toll consultation's "| Vehicle category | M13 current | M13 proposed |", a legislative
// paper's "light goods vehicles (currently HK$30) and heavy goods vehicles (HK$38)", a committee
// report's "€115 per tonne (currently €105)", a fee resolution's "| Material | Current | Oct. 2035 |"
// under "Proposed fee schedule", a fisheries estimate's "Outturn 2034" column, a fares notice's
// "season ticket …, now £4,860, will cost", a ministry's "NOK 352 …, up from NOK 339 this year"),
// and held here in other voices: a port tariff, a water utility, a pension scheme, a farm scheme, a
// ferry operator, a library service, a parking authority and a harbour board's estimate. The level
// charged on the document's day is a fact, actual (README, Status, v210 and v221); the proposed
// level, a forecast column and a level of a year to come keep their reading.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

/** Each figure's stated words and status under a notice titled `title`, dated 14 November 2034. */
const read = (title: string, text: string) => statusesIn(`${title}\n\n${text}\n`, notice(title));

describe('the level in force beside a proposal or a change (v221)', () => {
  it.each([
    // A port tariff: "current" after the berth's name in the header, beside "proposed".
    [
      'Port of Arland: proposed berth dues from 1 April 2035',
      'Table 1: Dues per call\n| Vessel | Inner harbour current | Inner harbour proposed | Outer harbour current | Outer harbour proposed |\n|---|---|---|---|---|\n| Coaster | $410 | $445 | $380 | $400 |\n| Tanker | $1,250 | $1,320 | $1,100 | $1,180 |',
      ['$410', '$380', '$1,250', '$1,100'],
    ],
    // A water utility's consultation: the charge in force in brackets after the new one.
    [
      'Consultation on water charges 2035-36',
      'We propose to raise the standing charge to £44.00 a year (currently £41.20) and the volume charge to £1.74 per cubic metre (currently £1.66).',
      ['£41.20', '£1.66'],
    ],
    // A pension scheme: "(currently …)" and the bare bracket that runs on beside it.
    [
      'Pension Scheme: consultation on contribution rates',
      'Contributions for Band A members (currently 6.5% of pay) and Band B members (7.5% of pay) would each rise by one point from April 2035.',
      ['6.5% of pay', '7.5% of pay'],
    ],
    // A farm scheme notice: the payment "now" in an appositive.
    [
      'Farm Support Scheme: payment rates for 2035',
      'The basic payment, now €182 per hectare, will rise to €190 per hectare from January 2035.',
      ['€182'],
    ],
    // A ferry operator's proposal: the fare "this year" a new fare replaces.
    [
      'Island Ferries: proposed fares for 2035',
      'The Board proposes an adult return fare of $19.60 for 2035, up from $18.40 this year.',
      ['$18.40'],
    ],
    // A library service: the fine in force in brackets, "currently" alone before it.
    [
      'Library Service: review of charges',
      'The Council proposes that the fine for a late return (currently $0.50 a day) be abolished from 2035.',
      ['$0.50'],
    ],
    // A parking authority: a "Current" column beside dated columns under a proposed schedule.
    [
      'Parking Authority: proposed charges',
      'Proposed charge schedule (per hour)\n| Zone | Current | Apr. 2035 | Apr. 2036 |\n|---|---|---|---|\n| Central | $4.20 | $4.60 | $4.90 |\n| Fringe | $2.10 | $2.30 | $2.45 |',
      ['$4.20', '$2.10'],
    ],
    // A harbour board's estimate: the audited outturn of a year over beside forecast and estimate.
    [
      'Harbour Board: Estimate for 2035',
      'Table 1: Income ($000)\n| | Outturn 2033 | Forecast 2034 | Estimate 2035 |\n|---|---|---|---|\n| Harbour dues | 2,410 | 2,480 | 2,560 |\n| Rents | 1,120 | 1,150 | 1,190 |',
      ['2,410', '1,120'],
    ],
    // A water board's recommendations: the "from" end of a change in a list item.
    [
      'Water Board: review of household charges',
      '3. Draft recommendations\nThe review recommends that:\n(a) a volumetric charge of $2.10 per kilolitre replace the current flat charge;\n(b) the standing charge be frozen for two years; and\n(c) the annual cap on household charges be lowered to $900 from $1,100.',
      ['$1,100'],
    ],
    // A port consultation: another port's dues a present verb states.
    [
      'Consultation on port dues',
      'The Authority proposes new dues from 2035. The new dues would still be lower than at Kelby, where a coaster pays $520 a call.',
      ['$520'],
    ],
    // A farm scheme consultation: a neighbour's payment that "is already" a level.
    [
      'Farm Support Scheme: consultation on payment rates',
      "Consultation document\nWe propose to raise the basic payment to €190 per hectare from 2035. Evidence from elsewhere suggests a payment of at least €200 is needed. Westland's payment of €205 per hectare is already more than our upland rate.",
      ['€205'],
    ],
    // A fisheries trust: what a scheme in force offers.
    [
      'Harbour Trust: proposals for 2035',
      'The Harbour Improvement Fund offers grants of up to $25,000, and we propose a new fund for larger works.',
      ['$25,000'],
    ],
    // A regulator's draft decision: a sum a past verb of its own relative clause tells.
    [
      'Draft decision on the water network',
      'We propose an asset base of $2.1 billion at 1 July 2035, excluding $64 million that the utility spent on the Kelby main in 2031-32, which we do not consider prudent.',
      ['$64 million'],
    ],
    // A pension scheme's review: a fund that "stood at" a date over.
    [
      'Pension Scheme: proposed contribution rates',
      'We propose a deficit recovery plan for the fund, whose assets stood at £3.4 billion on 31 March 2034.',
      ['£3.4 billion'],
    ],
  ])('%s', (title, text, inForce) => {
    const got = read(title, text);
    for (const stated of inForce) expect(got).toContain(`${stated} actual`);
  });

  it.each([
    // The proposed column beside a "… current" one stays a proposal.
    [
      'Port of Arland: proposed berth dues from 1 April 2035',
      '| Vessel | Inner harbour current | Inner harbour proposed |\n|---|---|---|\n| Coaster | $410 | $445 |',
      '$445 expected',
    ],
    // The new level before "(currently …)" stays a proposal.
    [
      'Consultation on water charges 2035-36',
      'We propose to raise the standing charge to £44.00 a year (currently £41.20).',
      '£44.00 expected',
    ],
    // A forecast "currently" names is no level in force.
    [
      'Consultation on water charges 2035-36',
      'Revenue (currently forecast at £4.1 million) would rise by 6% under the proposal.',
      '£4.1 million expected',
    ],
    // The forecast and estimate columns beside an outturn keep their reading.
    [
      'Harbour Board: Estimate for 2035',
      'Table 1: Income ($000)\n| | Outturn 2033 | Forecast 2034 | Estimate 2035 |\n|---|---|---|---|\n| Harbour dues | 2,410 | 2,480 | 2,560 |',
      '2,560 expected',
    ],
    // The new level of a recommended change stays a recommendation.
    [
      'Water Board: review of household charges',
      'The review recommends that:\n(a) the annual cap on household charges be cut to $900 from $1,100; and\n(b) the standing charge be frozen for two years.',
      '$900 expected',
    ],
    // A level that stood at a figure in an estimate for a year, with no day, keeps its reading.
    [
      'Harbour Board: Estimate for 2035',
      'The Board expects income of $9.4 million again this year, as, on its estimate for the whole year, dues reached $5.2 million and rents stood at $3.8 million, up 4 percent.',
      '$3.8 million expected',
    ],
    // A level the proposal would set, in a relative clause with a modal, stays a proposal.
    [
      'Consultation on port dues',
      'The Authority proposes new dues from 2035. The dues would then match Kelby, where a coaster would pay $560 a call from 2036.',
      '$560 expected',
    ],
  ])('keeps the old reading: %s', (title, text, want) => {
    expect(read(title, text)).toContain(want);
  });
});
