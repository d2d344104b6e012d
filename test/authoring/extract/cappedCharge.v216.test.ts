// v216: a cap a body lays on a charge or its rise is the figure, no line that sorts members (README,
// "The calls", v216). Found in the opened sets ho280 ("confirming that tuition fee increases for
// the 2036 academic year must not exceed 4.4%") and ho282 ("housing corporations have agreed that
// their total rent increase in 2036 may not exceed 3.2%", the second arm of "an increase of up to
// €50 a month to … and of up to €100 a month to …", "Households earning more pay higher rents, up
// to S$620 a month"), and held here in other voices: a port authority, a water utility, a pension
// regulator, a central bank, a council, ferry operators, a farm scheme, a growers' subsidy, an
// airport, a power distributor and a toll road. A bound that sorts members, in the "that" clause or
// in a list whose first arm sorts too, keeps its reading.

import { describe, expect, it } from 'vitest';
import { figuresAt, kindValueUnit, notice } from './readingOf.ts';

const SOURCE = notice('Notice on charges', { date: '2034-11-14' });
const readingAt = (text: string, number: string): string => {
  const found = figuresAt(text, number, SOURCE)[0];
  return found ? kindValueUnit(found) : 'none';
};

describe('a cap a body lays on a charge or its rise (v216)', () => {
  const held: [text: string, number: string, want: string][] = [
    // A port authority's letter: the cap in a "that" clause after the members it was told to.
    [
      'The Port Authority has confirmed to terminal operators that tariff increases for the 2034 season must not exceed 3.1%.',
      '3.1%',
      'change 3.1 percent',
    ],
    // Water companies' agreement: "have agreed that … may not exceed".
    [
      'Water companies have agreed that average bill increases in 2033 may not exceed 2.4%.',
      '2.4%',
      'change 2.4 percent',
    ],
    // A central bank's notice to banks: a cap on a fee in money.
    [
      'The Central Bank has notified commercial banks that monthly account fees must not exceed KSh 250.',
      'KSh 250',
      'amount 250 KES',
    ],
    // Ferry operators' undertaking: a cap on a rise a year.
    [
      'Ferry operators have accepted that fare rises on lifeline routes must not exceed 2.5% a year.',
      '2.5%',
      'change 2.5 percent',
    ],
    // A power distributor's licence condition told to network operators: "shall in no case exceed".
    [
      'The Energy Board has informed network operators that connection charge increases for 2035 shall in no case exceed 4 per cent.',
      '4 per cent',
      'change 4 percent',
    ],
    // A toll road concession: the cap after "that" with a period in its subject.
    [
      'The Ministry has reminded toll road operators that toll increases in any one year may not exceed 6%.',
      '6%',
      'change 6 percent',
    ],
    // A growers' subsidy: the second arm of a list of caps, after a band that sorts growers.
    [
      'The scheme pays a subsidy of up to $3,000 to growers with fewer than 20 hectares and of up to $5,000 to growers with between 20 and 100 hectares.',
      '$5,000',
      'amount 5000 USD',
    ],
    // A power distributor: the second arm after a bound on arrears, set off by a comma.
    [
      'Distributors may charge a reconnection fee of up to $45 to households with arrears below $2,000, and of up to $90 to those with larger arrears.',
      '$90',
      'amount 90 USD',
    ],
    // A pension scheme's levy: the arm joined by "or of no more than".
    [
      'Schemes may levy an exit charge of no more than 1% on members with fewer than five years of service, or of no more than 0.5% on members with longer service.',
      '0.5%',
      'share 0.5 percent',
    ],
    // A fisheries licence: the top of what larger firms pay, after the comma.
    [
      'Firms earning more than $2 million from the catch pay higher licence fees, up to $4,800 a year for a trawler.',
      '$4,800',
      'amount 4800 USD',
    ],
  ];

  it.each(held)('%s → %s', (text, number, want) => {
    expect(readingAt(text, number)).toBe(want);
  });

  // Near-misses: a bound that sorts members stays a line, not a figure.
  const nearMisses: [text: string, number: string, want: string][] = [
    // A bound on the members inside the "that" clause.
    [
      'The regulator noted that firms with turnover above £10 million must report quarterly.',
      '£10 million',
      'none',
    ],
    [
      'Growers have agreed that members whose yields exceed 8 tonnes a hectare must report them.',
      '8 tonnes',
      'none',
    ],
    // A list whose first arm sorts members: its second arm sorts too.
    [
      'Households with incomes of up to £18,000 and of up to £24,000 for couples may apply.',
      '£24,000',
      'none',
    ],
    // A bound on savings after members, no list of caps.
    [
      'Tenants with incomes between €30,000 and €45,000, and those with savings of up to €20,000, qualify for the allowance.',
      '€20,000',
      'none',
    ],
    // A bound on loans in the "that" clause sorts the loans.
    [
      'Banks have confirmed that loans of more than $2 million require board approval.',
      '$2 million',
      'none',
    ],
    // A relative whose charge must stay under a cap keeps its reading (a line on providers).
    [
      'Councils whose spending exceeds £5 million must publish audited accounts.',
      '£5 million',
      'none',
    ],
    // An aggregate's cap told after "that" keeps its share.
    [
      'The ministry stated that the deficit must not exceed 3% of GDP in 2034.',
      '3%',
      'share 3 percent',
    ],
  ];

  it.each(nearMisses)('%s keeps %s as %s', (text, number, want) => {
    expect(readingAt(text, number)).toBe(want);
  });
});
