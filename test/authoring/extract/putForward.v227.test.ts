// Held sentences of the v227 class (test/fixtures/prose/README.md, "The calls", Status: what is asked
// for and not yet granted is expected): a level a party sought, proposed, requested, consulted on
// or submitted for approval, named by a relative after the number ("the €10.01 that the airport
// operator, Kilbarra Airport Company (KAC), sought in its revenue submission", "the 4.5% rise the
// Agency put to consultation"), by a participle ("Rs. 7,800 and Rs. 2,100 proposed in that
// costing"), as the object of the verb ("The Company had consulted on a rise of 4.1%", "The
// Petitioners sought a reduction of the irrigation charge to KSh 0.75", "PDA seeks a weighted
// average cost of capital of 7.9%", "It has asked us to set charges that recover $48.7 million"), or
// by a passive that submits it for approval ("a revised schedule raising dues by an average of 35
// per cent had been submitted to the Ministry for approval"), ho288, ho291 and ho292. Written in
// voices other than the airport, water and harbour documents it was seen in: a port tariff, a
// pension notice, a farm scheme, a water utility, a central bank and a rail regulator.
// Near-misses keep their reading: the level granted beside the one sought, a request the sentence
// says was approved, a level paid, a rule's cap anyone may request and a level set "as proposed".

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

const SOURCE = notice('Determination of charges');

describe('v227: what a party put forward, asked for or consulted on is expected', () => {
  it.each([
    // A port tariff: the level sought, in a relative after the number.
    [
      'The approved wharfage rate is 6.2% below the $14.80 that the port operator, Harlow Terminals Ltd (HTL), sought in its tariff filing.',
      '$14.80',
    ],
    [
      'The pilotage charge rises by 2.1%, less than the 3.6% rise the Port Board put to consultation in May.',
      '3.6% rise',
    ],
    // A pension notice: consulted on, and a relative in the present.
    [
      'The Trustee had consulted on a contribution rise of 1.5%; the lower figure reflects the new valuation.',
      '1.5%',
    ],
    ['Members will pay 7.0% of salary rather than the 7.8% the Trustee proposes.', '7.8%'],
    // A farm scheme: a participle after two coordinated numbers, and a sum submitted for approval.
    [
      'Dairy farmers received €212 a cow and beef farmers €148, against €260 and €190 proposed in the scheme review.',
      '€260',
    ],
    [
      'The secretariat replied that a revised scheme raising payments by an average of 12 per cent had been submitted to the Minister for approval.',
      '12 per cent',
    ],
    // A water utility: the object of the verb of asking, a long noun phrase and a change "to".
    [
      'The Ratepayers Association sought a reduction of the sewerage charge to $1.15 per kilolitre.',
      '$1.15',
    ],
    ['The utility seeks a weighted average cost of capital of 6.4% (real, pre-tax).', '6.4%'],
    [
      'The utility has asked us to set prices that recover $212.5 million a year over the five years to 2039.',
      '$212.5 million',
    ],
    [
      'The utility has asked us to set prices that recover $212.5 million a year over the five years to 2039, an increase of 9% on its current allowance.',
      '9%',
    ],
    // A central bank: a bank's request of its supervisor.
    ['The bank requested an exposure limit of 25% of capital for the project.', '25% of capital'],
    // A rail regulator: the operator's submission.
    [
      'Access charges fall 3.0%, against the €4.12 per train-km the infrastructure manager requested in its business plan.',
      '€4.12',
    ],
    [
      'Track access fees of €2.95 and €3.40 requested by the operator were cut back in the final decision.',
      '€2.95',
    ],
  ])('%s', (text, number) => {
    const got = statusesIn(text, SOURCE).find((s) => s.includes(number));
    expect(got).toMatch(/ expected$/);
  });

  it.each([
    // Near-misses: the level granted beside the one sought, a request approved, a level paid, a
    // rule's cap and a level set as proposed.
    [
      'The approved wharfage rate is 6.2% below the $14.80 that the port operator sought in its tariff filing.',
      '6.2% below',
      'actual',
    ],
    [
      'The Trustee proposed a contribution rise of 1.5%, which the employers approved in May.',
      '1.5%',
      'actual',
    ],
    ['Dairy farmers received €212 a cow in 2033, against €190 in 2032.', '€212', 'actual'],
    ['Ratepayers can request a rebate of up to $350 on their sewerage charge.', '$350', 'actual'],
    [
      'The Authority set the sewerage charge at $1.15 per kilolitre, below the level the utility sought.',
      '$1.15',
      'actual',
    ],
    [
      'The utility collected $212.5 million in 2033, the board said in its annual report.',
      '$212.5 million',
      'actual',
    ],
  ])('%s keeps %s %s', (text, number, status) => {
    const got = statusesIn(text, SOURCE).find((s) => s.includes(number));
    expect(got).toMatch(new RegExp(` ${status}$`));
  });
});
