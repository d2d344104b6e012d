// Tests for src/authoring/extract/startingLevel.ts (v228): the facts a proposal or a forecast
// starts from, found in the opened sets ho288–ho292 (a planning consultation's "A fee unit is worth
// $16.42 in 2033-34, up from $15.86 in 2032-33, after the Treasurer's annual indexation of 3.5%",
// "against 74 fee units ($1,215) now", "up from $182 plus $12.10"; a museum statement's "| Current |
// Year 1 | Year 3 |" under "Proposed fees"; a fisheries notice's "(a) Hake: from R205 to R290"
// under "Proposed catch levies"; an order's "Receipts, which came to €49.8 million in 2032, are
// expected to reach"; a tariff order's "traffic grew 11.8% in FY 2033-34"; regulations' "the £114
// million by which fee income fell short of processing costs in 2032-33"; a scheme's "£3.12 …,
// unchanged from 2033/34"), and held here in other voices: a port's revenue outlook, a pension
// fund, a central bank, a pilotage consultation, a pension notice, a water utility, a harbour levy,
// a ferry operator, a parking authority and a sewer connection charge. The level in force and an
// outturn of a period over are facts, actual (README, Status, v228); the new level, a forecast, a
// period not over and a level proposed to be held keep their reading.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

/** Each figure's stated words and status under a notice titled `title`, dated 14 November 2034. */
const read = (title: string, text: string) => statusesIn(`${title}\n\n${text}\n`, notice(title));

describe('the facts a proposal or a forecast starts from (v228)', () => {
  it.each([
    // A port's revenue outlook: an outturn a relative clause tells, beside the forecast.
    [
      'Port of Kelby: revenue outlook to 2036',
      'Harbour dues, which came to $12.4 million in 2033, are expected to reach about $14 million in 2035.',
      ['$12.4 million actual', '$14 million expected'],
    ],
    // A pension fund's proposal: a sum a past verb of its own relative clause tells, a year over.
    [
      'Consultation paper: proposed contribution rates 2035-36',
      'Members would pay 7.5% of salary, enough to cover about 40% of the $8.2 million by which benefits exceeded contributions in 2033.',
      ['$8.2 million actual'],
    ],
    // A central bank: a change a relative clause tells for a year over, beside a projection.
    [
      'Monetary Policy Statement, November 2034',
      'Reserve money, which grew 9.1% in 2033, is projected to grow 7% in 2035.',
      ['grew 9.1% actual', 'grow 7% expected'],
    ],
    // A pilotage consultation: a past verb of a change for a fiscal year over, and a level the
    // sentence's year over dates.
    [
      'Consultation paper: proposed pilotage charges for 2035-36',
      'The Authority notes that pilotage revenue fell 3.2% in 2032-33 and that its operating costs were $41.6 million.',
      ['fell 3.2% actual', '$41.6 million actual'],
    ],
    // A pension notice in a consultation: a unit's worth in the year under way, the "from" end of
    // its change dated to a year over, and the uprating that brought it.
    [
      'Consultation paper: proposed pension scale for 2035-36',
      'The pension point is worth $48.20 in 2034-35, up from $46.55 in 2033-34, after the statutory uprating of 3.5%.',
      ['$48.20 actual', '$46.55 actual', '3.5% actual'],
    ],
    // A water utility: the level "now" in brackets beside the proposed one.
    [
      'Consultation paper: proposed water charges 2035-36',
      'We propose a standing charge of £96 a year (£88 now) from April 2035.',
      ['£96 expected', '£88 actual'],
    ],
    // A harbour levy: a level held "unchanged" in a consultation's present.
    [
      'Consultation paper: proposed harbour levies',
      'The levy on bulk liquids is $1.10 per tonne, unchanged from last year, and the Board proposes to raise it to $1.25.',
      ['$1.10 actual', '$1.25 expected'],
    ],
    // A ferry operator: the "from" end of each item's change under a title naming fares proposed.
    [
      'Island Ferries: fares review',
      'Proposed fares from 1 May 2035 (per trip)\n- Adult single: from $7.40 to $7.90\n- Child single: from $3.70 to $3.95',
      ['$7.40 actual', '$7.90 expected', '$3.70 actual', '$3.95 expected'],
    ],
    // A parking authority: a "Current" column beside phased steps under a proposed schedule.
    [
      'Parking Authority: permit charges',
      'Proposed permit charges (per year)\n| Permit | Current | Year 1 | Year 2 |\n|---|---|---|---|\n| Resident | $120 | $150 | $180 |\n| Business | $480 | $560 | $640 |',
      ['$120 actual', '$150 expected', '$480 actual', '$640 expected'],
    ],
    // A sewer connection charge: the second part of the level a change starts from, after "plus".
    [
      'Consultation paper: proposed connection charges',
      'The connection fee would rise to $420 plus $12 per metre of pipe, up from $380 plus $10.',
      ['$420 expected', '$12 expected', '$380 actual', '$10 actual'],
    ],
    // A tollway's forecast: an outturn a relative clause tells with "totalled".
    [
      'Tollway Authority: traffic and revenue forecast',
      'Toll income, which totalled $212.5 million in 2033, is forecast to rise to $240 million by 2036.',
      ['$212.5 million actual', '$240 million expected'],
    ],
  ])('%s: %s', (title, text, want) => {
    const got = read(title, text);
    for (const w of want) expect(got).toContain(w);
  });
});

describe('what keeps its reading beside such facts (v228)', () => {
  it.each([
    // A relative clause that forecasts.
    [
      'Port of Kelby: revenue outlook to 2036',
      'Harbour dues, which are expected to reach $14 million in 2035, fund the breakwater.',
      ['$14 million expected'],
    ],
    // The "from" end dated to a year not over: a forecast's path.
    [
      'Consultation paper: proposed pension scale for 2035-36',
      'The pension point would be worth $50.10 in 2036-37, up from $49.00 in 2035-36.',
      ['$50.10 expected', '$49.00 expected'],
    ],
    // "now that" is a conjunction, no level today.
    [
      'Consultation paper: proposed water charges 2035-36',
      'The standing charge would rise to £96 a year now that the new works are built.',
      ['£96 expected'],
    ],
    // A level proposed to be held, "unchanged", stays the proposal.
    [
      'Consultation paper: proposed harbour levies',
      'The levy on dry bulk would stay at $0.80 per tonne, unchanged.',
      ['$0.80 expected'],
    ],
    // The proposed steps of the schedule.
    [
      'Parking Authority: permit charges',
      'Proposed permit charges (per year)\n| Permit | Current | Year 1 | Year 2 |\n|---|---|---|---|\n| Visitor | $30 | $36 | $42 |',
      ['$36 expected', '$42 expected'],
    ],
    // A list whose title names no proposal: the items keep their reading.
    [
      'Island Ferries: annual report 2034',
      'Fares in 2034 (per trip)\n- Adult single: from $7.10 to $7.40\n- Child single: from $3.55 to $3.70',
      ['$7.10 actual', '$7.40 actual'],
    ],
    // A sum a relative clause plans for a year not over.
    [
      'Tollway Authority: traffic and revenue forecast',
      'Toll income, which reached $212.5 million in 2034, is forecast to rise to $240 million by 2036.',
      ['$240 million expected'],
    ],
  ])('%s: %s', (title, text, want) => {
    const got = read(title, text);
    for (const w of want) expect(got).toContain(w);
  });
});
