// Held sentences of the v248 class (test/fixtures/prose/README.md, "The calls": the level in force
// and the level decided, beside what was consulted on, are actual): a table whose header sets a
// "Current" column and a "Final" (or "Decided", "Final determination") column beside a column of
// what was consulted on, proposed or drafted, in a response or decision dated before the new
// levels take effect; and a made notice’s fee of a sum "plus" a percent of "the amount claimed"
// (the value a claim names, the base the charge is reckoned on, no party's claim), seen in ho298.
// Written in voices other than the sets' court fees: a port's pilotage dues, a water regulator's
// determination, a pension scheme's contribution rates, a farm insurance board and a customs
// drawback notice. Near-misses keep their reading: the proposed column of a consultation, a
// forecast table whose "Final" column is a dividend's, a party's claim in a judgment and a made
// notice's item whose party "claimed" a sum.
// Before v248 the extractor read 8 of the 17 held figures wrong (the water determination's it read
// right already, its title deciding the table); the rule's first version missed none.

import { describe, expect, it } from 'vitest';
import { statusesIn, notice } from './readingOf.ts';

const PILOTAGE = [
  'Port of Kestrel Bay Authority',
  'Pilotage Dues: Response to Consultation PD 3/2035',
  'Published 12 March 2035',
  '',
  'In November 2034 we consulted on raising pilotage dues by 8.8%. Having considered the 41 responses, the Authority has decided to raise them by 6.9% from 1 July 2035.',
  '',
  'The main dues will change as follows:',
  '',
  'Table 2: Pilotage dues per movement from 1 July 2035',
  '| Vessel length | Current | Consulted | Final |',
  '|---|---|---|---|',
  '| Up to 90 metres | $410 | $446 | $438 |',
  '| Over 90 metres | $730 | $795 | $780 |',
].join('\n');

const WATER = [
  'Office of the Water Regulator',
  'Bulk Water Charges 2036-2040: Final Determination',
  '14 May 2035',
  '',
  'Table 4: Bulk water charge per megalitre from 1 July 2036',
  '| Customer group | Current charge | Draft determination | Final determination |',
  '|---|---|---|---|',
  '| Irrigation | R1,120 | R1,260 | R1,215 |',
].join('\n');

const PENSION = [
  'Fenwater Local Government Pension Scheme',
  'Employee contribution rates: outcome of consultation',
  '2 February 2035',
  '',
  'The rates will change from 1 April 2035 as follows:',
  '',
  '| Pay band | Current | Proposed | Decided |',
  '|---|---|---|---|',
  '| Up to £30,000 | 5.5% | 6.1% | 5.8% |',
].join('\n');

const FARM = [
  'ARLAND CROP INSURANCE BOARD',
  'NOTICE No. 44 OF 2035',
  '',
  'The Board hereby revises the fees payable on claims. From 1 January 2036, the following fees shall be paid on lodging a claim:',
  '',
  '(a) claim not exceeding $10,000: $45;',
  '(b) claim exceeding $10,000: $45 plus 1 per cent of the amount claimed above $10,000, subject to a maximum fee of $900.',
].join('\n');

const DRAWBACK = [
  'CUSTOMS AND EXCISE DIRECTORATE',
  'NOTICE No. 12 OF 2035',
  '',
  'The Director hereby prescribes the fees below. From 1 March 2036, the following fees shall be paid on each drawback application:',
  '',
  '(a) application for a drawback of duty: $250 plus 0.5 per cent of the value claimed;',
  '(b) a grower who claimed a drawback last season: $30;',
].join('\n');

describe('v248: the current and the decided columns beside a consultation are actual', () => {
  it('a "Current" and a "Final" column beside "Consulted", in a response to consultation', () =>
    expect(
      statusesIn(
        PILOTAGE,
        notice('Pilotage Dues: Response to Consultation PD 3/2035', { date: '2035-03-12' }),
      ).filter((s) => s.startsWith('$')),
    ).toEqual([
      '$410 actual',
      '$446 expected',
      '$438 actual',
      '$730 actual',
      '$795 expected',
      '$780 actual',
    ]));
  it('"Current charge" and "Final determination" beside "Draft determination"', () =>
    expect(
      statusesIn(
        WATER,
        notice('Bulk Water Charges 2036-2040: Final Determination', { date: '2035-05-14' }),
      ).filter((s) => s.startsWith('R')),
    ).toEqual(['R1,120 actual', 'R1,260 expected', 'R1,215 actual']));
  it('"Current" and "Decided" beside "Proposed" under a "will change" lead-in', () =>
    expect(
      statusesIn(
        PENSION,
        notice('Employee contribution rates: outcome of consultation', { date: '2035-02-02' }),
      ).filter((s) => /^\d/.test(s)),
    ).toEqual(['5.5% actual', '6.1% expected', '5.8% actual']));
});

describe('v248: a made notice’s fee reckoned on "the amount claimed" is set, actual', () => {
  it('"$45 plus 1 per cent of the amount claimed above $10,000"', () =>
    expect(statusesIn(FARM, notice('Notice No. 44 of 2035', { date: '2035-10-01' }))).toEqual([
      '$45 actual',
      '$45 actual',
      '1 per cent of the amount claimed above actual',
      '$900 actual',
    ]));
  it('"$250 plus 0.5 per cent of the value claimed"', () =>
    expect(
      statusesIn(DRAWBACK, notice('Notice No. 12 of 2035', { date: '2035-11-20' })).slice(0, 2),
    ).toEqual(['$250 actual', '0.5 per cent of the value claimed actual']));
});

describe('v248 near-misses keep their reading', () => {
  it('the proposed column beside the current one in a consultation stays expected', () =>
    expect(
      statusesIn(
        [
          'Harbour charges: consultation',
          '',
          'Table 1: Proposed charges from 1 July 2036',
          '| Charge | Current | Proposed |',
          '|---|---|---|',
          '| Berth, per metre | $3.10 | $3.40 |',
        ].join('\n'),
        notice('Harbour charges: consultation', { date: '2035-06-01' }),
      ),
    ).toEqual(['$3.10 actual', '$3.40 expected']));
  it('a forecast table whose "Final" column is a dividend, with no proposal beside it', () =>
    expect(
      statusesIn(
        [
          'Dividend forecast',
          '',
          'Table 3: Forecast dividends per share, 2037',
          '| Payment | Interim | Final |',
          '|---|---|---|',
          '| Per share | $0.12 | $0.18 |',
        ].join('\n'),
        notice('Dividend forecast', { date: '2035-06-01' }),
      ),
    ).toEqual(['$0.12 expected', '$0.18 expected']));
  it('a party’s claim in a judgment stays asked', () =>
    expect(
      statusesIn(
        'The Plaintiff claimed $61,760 in berth dues.',
        notice('Harbour Board v. Nereid Lines: Judgment', { date: '2035-06-01' }),
      ),
    ).toEqual(['$61,760 expected']));
  it('a made notice’s item whose party "claimed" stays open', () =>
    expect(
      statusesIn(DRAWBACK, notice('Notice No. 12 of 2035', { date: '2035-11-20' })).at(-1),
    ).toBe('$30 expected'));
});
