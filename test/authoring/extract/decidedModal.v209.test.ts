// v209: levels a body has decided, stated in a made instrument's or a decided notice's "shall",
// "may", "must" or "will", are actual (README, Status, v209). Found in the opened sets ho282 (a
// made rent direction's "may raise … by up to £2.00 a week" and its table of caps under "No Social
// Rent … shall exceed the following weekly caps:", a housing association's "Our Board decided …:
// your net rent will rise by 4.5%"), ho281 (a ministerial order that "orders as follows:") and ho278
// (a surcharge that "will apply" under an approved schedule), and held here in other voices: a
// harbour, a water utility, a pension scheme, a seed certification order, an airport, a housing
// co-operative, a port commission. A draft, a bare power to change a level later, an explanatory
// note, a market forecast and a proposal keep their reading.

import { describe, expect, it } from 'vitest';
import { madeInstrument } from '../../../src/authoring/extract/documentDecides.ts';
import { figuresAt, notice } from './readingOf.ts';

const statusOf = (text: string, number: string): string | undefined =>
  figuresAt(text, number, notice(text.split('\n')[0]!, { date: '2034-11-14' }))[0]?.status;

describe('levels a made instrument or a decided notice states with a modal (v209)', () => {
  const held: [text: string, number: string][] = [
    // A harbour's made regulations: a permission bounded by "up to" sets the most it allows.
    [
      'Harbour Dues (Amendment) Regulations 2034\n\nThe Minister makes the following Regulations:\n\n3. A harbour master may reduce the berthing due on a fishing vessel by up to €4.50 a day.\n',
      '€4.50',
    ],
    // A water utility's made order: a rise allowed "by up to" a sum.
    [
      'Water Tariff Order 2035\n\nMade 3 March 2035\n\n4. From 1 July 2035 the Utility may raise the standing charge for a domestic connection by up to $3.80 a month.\n',
      '$3.80',
    ],
    // A pension scheme's made regulations: an obligation by "must".
    [
      'Pension Contributions Regulations 2035\n\nMade on the 2nd May 2034\n\n5. From 1 April 2035 an employer must pay a contribution of 9.5 per cent of the salary of each member.\n',
      '9.5 per cent',
    ],
    // A seed certification order whose minister "orders as follows:".
    [
      'MINISTERIAL ORDER No. 2034-12\n\nThe Minister for Agriculture, in exercise of the powers conferred by section 8 of the Seeds Act, orders as follows:\n\n1. From 1 July 2036 the certification fee for a lot of seed potatoes shall be €27.50.\n',
      '€27.50',
    ],
    // An airport's made order: a table under a "shall" lead-in holds the levels it sets.
    [
      'Airport Charges Order 2034\n\nMade 2 June 2034\n\n2. No landing charge levied in 2035 shall exceed the following charges per tonne:\n\n| Aircraft weight | Charge per tonne |\n|---|---|\n| Light aircraft | €6.20 |\n| Heavy aircraft | €7.85 |\n',
      '€6.20',
    ],
    [
      'Airport Charges Order 2034\n\nMade 2 June 2034\n\n2. No landing charge levied in 2035 shall exceed the following charges per tonne:\n\n| Aircraft weight | Charge per tonne |\n|---|---|\n| Light aircraft | €6.20 |\n| Heavy aircraft | €7.85 |\n',
      '€7.85',
    ],
    // A minister's direction to a water regulator, given by its own words.
    [
      'Direction on Household Water Charges 2035\n\nThe Minister gives the following Direction to the Water Services Regulator under section 12 of the Water Act.\n\n3. The Regulator may allow the average household charge for 2035-36 to rise by up to 4.2 per cent.\n',
      '4.2 per cent',
    ],
    // A farm scheme's made regulations: "may set … at up to".
    [
      'Hedgerow Grant Regulations 2035\n\nThe Minister makes the following Regulations:\n\n6. The Agency may set the payment for a kilometre of new hedgerow at up to £3,100.\n',
      '£3,100',
    ],
    // A housing co-operative's rent notice after its board's decision.
    [
      'Riverside Housing Co-operative\nRent notice, 14 November 2034\n\nOur Board has decided the rents for 2035-36: your weekly rent will rise by 3.2% from 6 April 2035.\n',
      '3.2%',
    ],
    [
      'Riverside Housing Co-operative\nRent notice, 14 November 2034\n\nOur Board has decided the rents for 2035-36. From 6 April 2035 your rent will be £98.40 a week.\n',
      '£98.40',
    ],
    // A port commission's approved tariff: a surcharge that "will apply".
    [
      'Port Commission approves container tariff for 2035\n\nThe Port Commission approved the new tariff on 12 November 2034. A congestion surcharge of $45 per container will apply from 1 January 2035.\n',
      '$45',
    ],
  ];
  it.each(held)('%#: the level is actual', (text, number) => {
    expect(statusOf(text, number)).toBe('actual');
  });

  it('reads "orders as follows" and "gives the following Direction" as the making', () => {
    expect(
      madeInstrument('The Minister, in exercise of the powers …, orders as follows:\n1. …'),
    ).toBe(true);
    expect(
      madeInstrument('The Minister gives the following Direction to the Regulator.\n1. …'),
    ).toBe(true);
  });

  const kept: [text: string, number: string, status: string][] = [
    // A draft's permission stays proposed.
    [
      'Draft Harbour Dues (Amendment) Regulations 2034\n\n3. A harbour master may reduce the berthing due on a fishing vessel by up to €4.50 a day.\n',
      '€4.50',
      'expected',
    ],
    // What an officer may let off is no level set.
    [
      'Harbour Dues (Amendment) Regulations 2034\n\nThe Minister makes the following Regulations:\n\n4. The harbour master may waive up to €40 of the dues on a vessel in distress.\n',
      '€40',
      'expected',
    ],
    // The explanatory note is no part of the order.
    [
      'Water Tariff Order 2035\n\nMade 3 March 2035\n\n4. The standing charge may not exceed R38.40 a month.\n\nExplanatory note\nThe new charge is expected to raise R12.6 million a year from 2036.\n',
      'R12.6 million',
      'expected',
    ],
    // A table under a lead-in that estimates, not provides.
    [
      'Airport Charges Order 2034\n\nMade 2 June 2034\n\nEstimated receipts in 2035:\n\n| Aircraft weight | Receipts |\n|---|---|\n| Light aircraft | €6.2 million |\n',
      '€6.2 million',
      'expected',
    ],
    // A market's rents in a decided notice are a forecast.
    [
      'Riverside Housing Co-operative\nRent notice, 14 November 2034\n\nOur Board has decided the rents for 2035-36. Private rents in the city will rise by about 6% next year.\n',
      '6%',
      'expected',
    ],
    // A rent a landlord only proposes stays expected.
    [
      'Riverside Housing Co-operative\nRent consultation, 14 November 2034\n\nWe propose that from 6 April 2035 your weekly rent will rise by 3.2%, and we want your views.\n',
      '3.2%',
      'expected',
    ],
    // A surcharge still to be decided.
    [
      'Port Commission consults on container tariff for 2035\n\nThe Port Commission is consulting on a new tariff. A congestion surcharge of $45 per container would apply from 1 January 2035.\n',
      '$45',
      'expected',
    ],
  ];
  it.each(kept)('%#: keeps its reading', (text, number, status) => {
    expect(statusOf(text, number)).toBe(status);
  });
});
