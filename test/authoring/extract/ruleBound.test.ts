// The reader of a bound or rate a rule lays on those it binds, on its own: which clauses it
// reads as set (a permission, an obligation or a ceiling on a fine, a grant, a fee or a relief),
// and the near-misses it leaves to the other readings (a possible change, a possible cost, an
// aggregate's path, a purpose, a proposal). Every sentence is our own, in several voices.

import { describe, expect, it } from 'vitest';
import { ruleBound } from '../../../src/authoring/extract/ruleBound.ts';

/** The view of one number in its sentence, the sentence taken as the number's clause. */
function read(sentence: string, stated: string, heading?: string): boolean {
  const start = sentence.indexOf(stated);
  if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
  return ruleBound({
    lead: sentence.slice(0, start),
    stated,
    after: sentence.slice(start + stated.length),
    heading,
  });
}

describe('ruleBound', () => {
  it.each([
    // customs office: a permissive modal, a fine, a bound
    [
      'Under the Customs Code, the Director may impose a fine of up to 25% of the duty evaded.',
      '25%',
    ],
    // energy regulator: what those it binds may charge
    ['Suppliers may charge no more than £95 a year in standing charges.', '£95'],
    // housing ministry: a prohibition with a bound, no noun of a charge needed
    ['Landlords must not raise rents by more than 3% in any twelve-month period.', '3%'],
    // research funder: an obligation with a floor
    [
      'Each recipient must fund at least 20 per cent of the project from its own resources.',
      '20 per cent',
    ],
    // statute: a rule that provides for a sanction
    ['The Act provides for penalties of up to €500,000 per breach.', '€500,000'],
    // tax agency: what applicants are eligible for
    ['Applicants are eligible for relief of up to 40% of qualifying costs.', '40%'],
    // revenue authority: "shall" with a surcharge, no bound
    ['A late payer shall pay a surcharge of 2% per month on the unpaid tax.', '2%'],
    // international fund: a ceiling on contributions
    ['Contributions to the fund may in no case exceed 1.5% of payroll.', '1.5%'],
    // central bank: the rule is the subject, a charge its object
    [
      'The Banking Act allows the central bank to levy a charge of up to 1% of the deficient reserves.',
      '1%',
    ],
    // company plan rules: the verb takes the rate as its object
    [
      'Participating members can obtain a rebate of 12 per cent on the annual subscription.',
      '12 per cent',
    ],
    // the passive modal after the number
    ['A penalty of 2 per cent per month shall be levied on delayed payment.', '2 per cent'],
    // a relief available to a class of applicant
    [
      'The first applicant qualifies for the reduction of up to 100% available to whistle-blowers.',
      '100%',
    ],
  ])('reads %j as set', (sentence, stated) => {
    expect(read(sentence, stated)).toBe(true);
  });

  it('reads the heading a sentence sits under as what its amount is of', () => {
    expect(
      read('The basic amount may reach up to 30% of the value of sales.', '30%', 'Fines'),
    ).toBe(true);
    expect(read('The basic amount may reach up to 30% of the value of sales.', '30%')).toBe(false);
  });

  it.each([
    // a possible change: no act a rule permits
    ['Prices may rise by up to 5%.', '5%'],
    // a possible cost
    ['The project may cost up to $40 million.', '$40 million'],
    // a forecast in a modal of advice
    ['Inflation should not exceed 3% this year.', '3%'],
    // a hedge that is no permission
    ['Exports could fall by as much as 8% next year.', '8%'],
    // a rule still proposed
    ['The draft bill would allow fines of up to 10% of turnover.', '10%'],
    // what a charge yields, no charge
    ['Fee income may rise by up to 6% next year.', '6%'],
    // a purpose, no requirement
    ['Companies must grow at least 5% to break even.', '5%'],
    // an aggregate's path a rule aims at
    ['Under the fiscal rule, the deficit must not exceed 3% of GDP.', '3%'],
    // a fee that may move, with no bound and no act of a payer
    ['Fees may rise 4% next year.', '4%'],
    // a quota of goods a licence allows: the duty named after the number is not what it is of
    [
      'The concession allows the operator to import up to $60 million of equipment free of duty.',
      '$60 million',
    ],
    // what a rule allows of an aggregate, its subject no charge of those it binds
    ['Under a net rule, higher taxes allow a state to lift spending by more than 5%.', '5%'],
    // what is available to a fund is no relief a rule offers
    ['Leaders agreed to raise by 30% the resources available to the Facility.', '30%'],
  ])('leaves %j to the other readings', (sentence, stated) => {
    expect(read(sentence, stated)).toBe(false);
  });
});
