// Tests for v232 (src/authoring/extract/supposed.ts, ruleCondition.ts): four kinds of trap the
// opened sets ho288–ho292 still proposed as figures. A rule per unit of time a limit or a date is
// overrun ("the fee is reduced by 25% for each week or part of a week by which the time limit is
// exceeded", "For each month that the pier is delayed beyond its trigger date, the cap is reduced
// by €0.03 per passenger"); the gap a rule's condition sets, opened by an inverted "Should"
// ("Should actual volumes fall short of the forecast by more than 10% in any year, …"); a supposed
// step written as a gerund after a colon ("…: moving it to 2.6% would raise roughly £74,000 a
// year"); and a rule of thumb per step of a counted quantity ("Every 10,000 extra visitors adds
// roughly R7.8 million"). Held here in other voices: a port tariff, a pension notice, a water
// utility, a supervisory charge, a farm scheme, a building contract, a concession, a council levy
// and a central bank. Each is a rule per step, a criterion or a sensitivity, no figure (README,
// "Rules per unit of a gap" and "Traps", v232). A late-payment interest rate, a daily fine for a
// continuing offence, a modal "should" after its subject, a step taken and a price per unit keep
// their reading.

import { describe, expect, it } from 'vitest';
import { notice, readingsIn } from './readingOf.ts';

/** Each figure's stated words, kind, value and status under a notice titled `title`. */
const read = (title: string, text: string) => readingsIn(`${title}\n\n${text}\n`, notice(title));
/** Each figure's stated words alone. */
const stated = (title: string, text: string) => read(title, text).map((r) => r[0]);

describe('a rule per unit of time a limit or a date is overrun (v232)', () => {
  it.each([
    // A port tariff: a cut per day a berthing window is overrun.
    [
      'Port tariff 2034',
      'The berth charge is reduced by 10% for each day or part of a day by which the berthing window is exceeded.',
      [],
    ],
    // A pension notice: an uplift per month a transfer is delayed.
    [
      'Pension notice 2034',
      'For each month that a transfer is delayed beyond the statutory deadline, the scheme adds 0.5% to the transfer value.',
      [],
    ],
    // A supervisory charge: a cut per month a decision overruns its deadline.
    [
      'Supervisory charges 2034',
      'The supervisory charge is cut by 2 per cent for every month by which the decision exceeds the statutory deadline.',
      [],
    ],
    // A farm scheme: a sum per hectare per week of overrun, the passive effect after the opening.
    [
      'Farm scheme 2034',
      'For each week that a claim is delayed past the closing date, the payment is reduced by €15 per hectare.',
      [],
    ],
    // A building contract: liquidated damages per day completion is delayed.
    [
      'Building contract 2034',
      'For each day by which completion is delayed beyond the contract date, the contractor pays damages of £4,500.',
      [],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('a condition opened by an inverted "Should" (v232)', () => {
  it.each([
    // A water utility's price limit.
    [
      'Water price limit 2034',
      'Should actual demand exceed the forecast by more than 8 per cent in any year, the regulator may reopen the price limit.',
      [],
    ],
    // A port concession.
    [
      'Port concession 2034',
      'Should throughput fall short of the projection by more than 15%, the concession fee will be reviewed.',
      [],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('a supposed step as a gerund after a colon (v232)', () => {
  it.each([
    // A pension board's sensitivity.
    [
      'Pension board report 2034',
      'The board looked at a higher contribution rate: moving it to 9.5% would bring in about €31 million a year.',
      [],
    ],
    // A council levy.
    [
      'Council levy review 2034',
      'The council weighed a lower levy: setting it at 1.2% would cost roughly $410,000 a year.',
      [],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('a rule of thumb per step of a counted quantity (v232)', () => {
  it.each([
    // A cruise port.
    [
      'Cruise port dues 2034',
      'Every 1,000 additional cruise passengers adds roughly $46,000 in port dues.',
      [],
    ],
    // A water utility.
    [
      'Water utility plan 2034',
      'Each 10,000 new connections adds about R3.1 million a year to revenue.',
      [],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('a bound or a base that sorts what a rule applies to (v232)', () => {
  it.each([
    // A harbour levy: the base of a rate per unit, repeated after "or part of".
    [
      'Harbour levy 2034',
      'The harbour levy is $0.60 per $100 (or part of $100) of declared cargo value.',
      ['$0.60'],
    ],
    // An export inspection fee: a value bound on what the fee is charged on.
    [
      'Export inspection fees 2034',
      'The export inspection fee is $85 on freight valued at $50,000 or more.',
      ['$85'],
    ],
    // A customs surcharge: the same after "applies to".
    ['Customs notice 2034', 'The surcharge applies to shipments worth €10,000 or more.', []],
    // A heat network tariff: a condition's bound, a past in a relative clause after its verb.
    [
      'Heat network tariff 2034',
      'Where at least 80 per cent of the heat recovered is supplied to the network from which it was drawn, the connection charge is waived.',
      [],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});

describe('near-misses keep their reading (v232)', () => {
  it.each([
    // A stake bought: a size told, no rule.
    [
      'Fund annual report 2034',
      'The fund bought a stake worth $500 million or more in 2033.',
      ['$500 million'],
    ],
    // A past condition: the survey's share is told.
    [
      'Housing survey 2034',
      'When more than 40 per cent of the households which were surveyed said so, the plan changed.',
      ['40 per cent of the households'],
    ],
    // Late-payment interest: a rate charged, a figure.
    [
      'Water charges 2034',
      'Interest of 1.5% a month is charged for each month that an invoice remains unpaid.',
      ['1.5%'],
    ],
    // A daily fine for a continuing offence, with no limit overrun.
    [
      'Fisheries notice 2034',
      'The fine is $2,000, and $150 for each day the offence continues.',
      ['$2,000', '$150'],
    ],
    // A late-payment penalty per month of delay, with no limit overrun in its own clause.
    [
      'Health fund report 2034',
      'Late-payment penalties run at 2 percent of the invoice for each month of delay.',
      ['2 percent of the invoice'],
    ],
    // A modal "should" after its subject: a forecast.
    [
      'Central bank bulletin 2034',
      'Inflation should fall to 2.4 per cent in 2035.',
      ['2.4 per cent'],
    ],
    // A step taken, told after a colon.
    [
      'Pension board report 2034',
      'The board acted on contributions: it moved the rate to 9.5% in April.',
      ['9.5%'],
    ],
    // A price per counted unit, no step.
    ['Water tariff 2034', 'Every 1,000 litres costs $2.40 under the new tariff.', ['$2.40']],
    // A gap told of a past year keeps its reading.
    [
      'Port annual report 2034',
      'Throughput fell short of the projection by 15% in 2033.',
      ['fell short of the projection by 15%'],
    ],
  ])('%s', (title, text, want) => {
    expect(stated(title, text)).toEqual(want);
  });
});
