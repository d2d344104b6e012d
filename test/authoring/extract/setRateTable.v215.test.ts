// v215: the levels a made instrument or a budget that sets its levels decides, printed in a rate
// table with year or date columns or in a list with the year before's level in brackets, and the
// levels of a rate table whose period has begun, are set or in force, actual: the column's year is
// a date of effect, no forecast's period (README, Status, v215). Found in the opened set ho279 (a
// rates notice after a made excise duty order, a presented budget's table "Until 30 June 2035 |
// From 1 July 2035", a research brief's "Registration charges for a private car, 2033-34") and
// held here in other voices: a harbour, a water utility, a pension up-rating, a farm scheme's
// budget, a court fees brief and a stamp duty budget. A
// proposal, a draft, a forecast of market rates, a receipts table, a brief's table of a year to
// come and an earnings release keep their reading.

import { describe, expect, it } from 'vitest';
import { figuresAt, notice } from './readingOf.ts';

const statusOf = (text: string, number: string, date: string): string | undefined =>
  figuresAt(text, number, notice(text.split('\n')[0]!, { date }))[0]?.status;

/** A document, its date, and the numbers in it with the status each must read. */
type Case = [text: string, date: string, numbers: [number: string, status: string][]];

describe('levels a made instrument or a setting budget decides, in rate tables and lists (v215)', () => {
  const held: Case[] = [
    // A harbour's notice after its dues order: both financial-year columns are set.
    [
      'Harbour Dues: rates from 1 April 2035\n\nThe Harbour Dues (Amendment) Order 2035, made by the Minister for Transport on 12 January 2035, raises the dues on cargo landed at the port from 1 April 2035.\n\nTable 1: Cargo dues per tonne\n| Cargo | 2034-35 | 2035-36 |\n|---|---|---|\n| Containers | €1.85 | €1.95 |\n| Bulk grain | €0.92 | €0.97 |\n',
      '2035-01-20',
      [
        ['€1.85', 'actual'],
        ['€1.95', 'actual'],
        ['€0.97', 'actual'],
      ],
    ],
    // A water utility's tariff after the regulator's determination was made.
    [
      'Water tariffs 2035-36\n\nThe Water Tariff Determination 2035 was made by the Utilities Commission on 3 February 2035 and applies from 1 April 2035.\n\nVolumetric tariff per cubic metre\n| Service | 2034-35 | 2035-36 |\n|---|---|---|\n| Water supply | £2.12 | £2.26 |\n| Sewerage | £1.48 | £1.55 |\n',
      '2035-03-04',
      [
        ['£2.12', 'actual'],
        ['£2.26', 'actual'],
      ],
    ],
    // A pension up-rating: a list line with the year before's level in brackets.
    [
      'Pension rates from 6 April 2035\n\nThe Pensions Up-rating Order 2035, made on 20 February 2035, raises the weekly state pension from 6 April 2035.\n\nWeekly rates\n- Full basic pension: £241.30 (2034-35: £230.25)\n- Adult dependant: £98.10 (2034-35: £94.00)\n',
      '2035-03-01',
      [
        ['£241.30', 'actual'],
        ['£230.25', 'actual'],
        ['£98.10', 'actual'],
      ],
    ],
    // A farm scheme's budget: a table dated by the days its payments hold.
    [
      'Budget 2036: measures for farmers\nPresented to the Assembly by the Minister for Finance and Budget, 10 November 2035\n\nThe grazing premium is indexed by 5.8% on 1 July 2036.\n\nGrazing premium per hectare\n| Zone | Until 30 June 2036 | From 1 July 2036 |\n|---|---|---|\n| Upland | €112.00 | €118.50 |\n| Lowland | €64.00 | €67.70 |\n',
      '2035-11-10',
      [
        ['€112.00', 'actual'],
        ['€118.50', 'actual'],
        ['€67.70', 'actual'],
      ],
    ],
    // A library brief's table of the fees for a year that has begun: the fees in force.
    [
      'Court fees for small claims\nLibrary briefing paper, 12 September 2034\n\nTable 2: Court fees for small claims, 2034-35\n| Claim value band | Online | Paper |\n|---|---|---|\n| Lower band | £35 | £50 |\n| Upper band | £70 | £90 |\n',
      '2034-09-12',
      [
        ['£35', 'actual'],
        ['£90', 'actual'],
      ],
    ],
    // A stamp duty budget's rate table in percent.
    [
      'Budget 2035-36: property measures\nPresented to Parliament by the Treasurer, 14 May 2035\n\nStamp duty rates on residential property\n| Band | 2034-35 | 2035-36 |\n|---|---|---|\n| Main band | 4.5% | 5.0% |\n',
      '2035-05-14',
      [['5.0%', 'actual']],
    ],
  ];

  for (const [text, date, numbers] of held)
    for (const [number, status] of numbers)
      it(`reads ${number} in "${text.split('\n')[0]}" ${status}`, () => {
        expect(statusOf(text, number, date)).toBe(status);
      });

  const nearMisses: Case[] = [
    // A proposal: the tolls for the coming year are asked for, not set.
    [
      'Bridge tolls: consultation\n\nThe Bridge Authority proposes to raise tolls from 1 January 2035 and invites comments.\n\nProposed tolls by vehicle class\n| Class | 2034-35 | 2035-36 |\n|---|---|---|\n| Car | $4.40 | $4.60 |\n',
      '2034-10-10',
      [['$4.60', 'expected']],
    ],
    // A draft order laid for approval sets nothing yet.
    [
      'Draft Harbour Dues Order 2035\n\nThe draft Harbour Dues Order 2035 is laid before the Assembly for approval by resolution.\n\nCargo dues per tonne\n| Cargo | 2034-35 | 2035-36 |\n|---|---|---|\n| Containers | €1.85 | €1.95 |\n',
      '2035-01-20',
      [['€1.95', 'expected']],
    ],
    // A central bank's forecast of market rates: no levels a body sets.
    [
      'Monetary Policy Report, November 2034\n\nThe staff projection assumes the following path.\n\nInterest rates (per cent)\n| Rate | 2034 | 2035 |\n|---|---|---|\n| Ten-year bond yield | 3.4 | 3.6 |\n',
      '2034-11-05',
      [['3.6', 'expected']],
    ],
    // The receipts a made order brings in are an estimate.
    [
      'Harbour Dues: rates from 1 March 2035\n\nThe Harbour Dues (Amendment) Order 2035, made by the Minister for Transport on 12 January 2035, raises the dues from 1 March 2035.\n\nExpected receipts from harbour dues (€ million)\n| Cargo | 2035-36 | 2036-37 |\n|---|---|---|\n| Containers | 14.2 | 14.9 |\n',
      '2035-01-20',
      [['14.9', 'expected']],
    ],
    // A brief's table of charges for a year still to begin, which no one has set yet.
    [
      'Water charges outlook\nLibrary briefing paper, 20 August 2035\n\nThe Commission will determine the charges for 2036-37 next spring.\n\nTable 1: Indicative water charges, 2036-37\n| Service | Charge |\n|---|---|\n| Water supply | $3.40 |\n',
      '2035-08-20',
      [['$3.40', 'expected']],
    ],
    // An earnings release: the year before's level in brackets is no charge set.
    [
      'Labour market statistics, March 2035\n\nAverage earnings rose again this year.\n\n- Average weekly earnings: £745 (2034-35: £720)\n',
      '2035-03-12',
      [['£745', 'expected']],
    ],
  ];

  for (const [text, date, numbers] of nearMisses)
    for (const [number, status] of numbers)
      it(`keeps ${number} in "${text.split('\n')[0]}" ${status}`, () => {
        expect(statusOf(text, number, date)).toBe(status);
      });
});
