// The reader of a bound or rate a rule lays on those it binds, on its own: which clauses it
// reads as set (a permission, an obligation or a ceiling on a fine, a grant, a fee or a relief),
// and the near-misses it leaves to the other readings (a possible change, a possible cost, an
// aggregate's path, a purpose, a proposal). Every sentence is our own, in several voices.

import { describe, expect, it } from 'vitest';
import { lawFixedRate, ruleBound } from '../../../src/authoring/extract/ruleBound.ts';

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

describe('v94: a spending or contribution limit told as what a rule lets those it binds spend, give or accept', () => {
  it.each([
    // elections agency: a contribution a law lets an individual make
    [
      'Under the Canada Elections Act, an individual may contribute up to $1,725 to each registered party in 2034.',
      '$1,725',
      undefined,
    ],
    // electoral commission: expenditure a party may incur, under a heading of caps
    [
      'For the 2034 federal election, a registered political party may incur electoral expenditure of up to $90,000 for each division it contests.',
      '$90,000',
      'Spending caps',
    ],
    // election regulator: a second limit coordinated after the first, its verb left out
    [
      'A presidential candidate may spend up to KSh 4.4 billion during the campaign period, and a governor candidate up to KSh 433 million.',
      'KSh 433 million',
      'Campaign spending limits',
    ],
    // campaign-finance agency: a sum added to the first limit with "plus"
    [
      'A registered party may spend up to $1,512,000 on election advertising, plus $33,700 for each electorate it contests.',
      '$33,700',
      'Election expenses limits',
    ],
    // federal election commission: what committees may make, no bound, two sums
    [
      'In 2034, national party committees may make coordinated expenditures of $140,200 on behalf of a Senate nominee in the smallest states and $4,420,300 in California.',
      '$4,420,300',
      'Coordinated party expenditure limits',
    ],
    [
      'In 2034, national party committees may make coordinated expenditures of $140,200 on behalf of a Senate nominee in the smallest states.',
      '$140,200',
      'Coordinated party expenditure limits',
    ],
    // standards commission: donations a candidate may accept
    [
      'A candidate may accept donations of up to €1,000 from any one donor in a calendar year.',
      '€1,000',
      'Donation limits',
    ],
    // the total a party may therefore spend, worked out from the limits
    [
      'A party contesting all 72 electorates may therefore spend $3,938,400.',
      '$3,938,400',
      'Spending limits',
    ],
  ])('reads %j as set', (sentence, stated, heading) => {
    expect(read(sentence, stated, heading)).toBe(true);
  });

  it.each([
    // a spending limit lifted in a condition: what could happen
    [
      'Parties could spend up to £50 million in the next campaign if the cap is lifted.',
      '£50 million',
      'Spending limits',
    ],
    // households' possible spending, no rule
    ['Households may spend up to 30% more on energy this winter.', '30%', undefined],
    // campaign spending forecast
    [
      'Campaign spending may reach $2 billion this cycle, analysts say.',
      '$2 billion',
      'Spending limits',
    ],
    // spending as an outturn beside its limit
    [
      'The Progressive Party spent £19.4 million, 55% of its limit.',
      '£19.4 million',
      'Spending limits',
    ],
  ])('leaves %j to the other readings', (sentence, stated, heading) => {
    expect(read(sentence, stated, heading)).toBe(false);
  });
});

describe('v157: a payment or coverage duty an auction or a licence lays on bidders and licensees', () => {
  it.each([
    [
      'Applicants must pay an Intention-to-Bid Deposit of 10 per cent of the reserve price.',
      '10 per cent',
      true,
    ],
    [
      'Each winning bidder must have on deposit a down payment equal to 20 percent of its net bids.',
      '20 percent',
      true,
    ],
    [
      'The concessionaire must lodge a performance guarantee equal to 10 per cent of the annual fee.',
      '10 per cent',
      true,
    ],
    [
      'MTN and Vodacom must each extend coverage to 97 per cent of the population.',
      '97 per cent',
      true,
    ],
    ['5G coverage must reach 95 per cent of the population by 2035.', '95 per cent', false],
    ['Exports must grow 5% a year.', '5%', false],
    ['Fibre must be open to 90 per cent of homes by the end of 2035.', '90 per cent', false],
  ])('%s — %s → %s', (sentence, stated, wanted) => expect(read(sentence, stated)).toBe(wanted));
});

describe('lawFixedRate: a rate the law fixes, named so before the number, is in force', () => {
  it('reads the legislated, statutory or law-fixed rate, not a result or a rate a law would set', () => {
    expect(lawFixedRate('The legislated contribution rate of ')).toBe(true);
    expect(lawFixedRate('Under the legislated contribution rate of ')).toBe(true);
    expect(lawFixedRate('Contributions are paid at the statutory rate of ')).toBe(true);
    expect(lawFixedRate('The contribution rate, fixed by law at ')).toBe(true);
    expect(lawFixedRate('The levy rate set out in the Pension Schemes Act is ')).toBe(true);
    expect(lawFixedRate('The minimum contribution rate of ')).toBe(false);
    expect(lawFixedRate('The required contribution rate of ')).toBe(false);
    expect(lawFixedRate('A legislated contribution rate of ')).toBe(false);
  });
});
