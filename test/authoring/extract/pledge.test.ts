// The reader of a party's pledges: a document that is a manifesto, a platform or a programme, and
// in it the numbers a party commits to ("we will", a bare-verb bullet), the rate in force a pledge
// names, and the levels changed from and facts beside a pledge that keep their reading.

import { describe, expect, it } from 'vitest';
import { pledgeDocument, pledgeReading } from '../../../src/authoring/extract/pledge.ts';

/** The sentence before the first occurrence of `stated` in `sentence`, and its line. */
function around(sentence: string, stated: string) {
  const lead = sentence.slice(0, sentence.indexOf(stated));
  return {
    lead: lead.replace(/^[\s\S]*\n/, '').replace(/^\s*(?:[-•*–]|\d{1,2}[.)])\s+/, ''),
    line: lead.replace(/^[\s\S]*\n/, ''),
  };
}

describe('pledgeDocument', () => {
  it.each([
    // a party's manifesto, by its title
    { title: 'A Fairer Britain: Manifesto 2034', top: '' },
    // a coalition agreement
    { title: 'Coalition Agreement 2033-2037 between the Greens and the Liberals', top: '' },
    // a programme for government
    { title: 'Programme for Government: Our Shared Future', top: '' },
    // a party's platform
    { title: 'Forward Together: Our Platform for 2031', top: '' },
    // a covenant named by the promises of its opening
    { title: "The People's Covenant", top: 'Every promise in this Covenant has a price.' },
    // a campaign's fact sheet: "our plan"
    { title: 'Fact sheet', top: 'Our plan for working families, costed line by line.' },
  ])('reads %j as a pledge document', (doc) => expect(pledgeDocument(doc)).toBe(true));

  it.each([
    // a central bank's report
    { title: 'Monetary Policy Report, May 2033', top: 'We will raise the policy rate if needed.' },
    // a ministry's annual report
    { title: 'Annual Report 2032-33', top: 'Spending was 4% below budget.' },
    // an agency's release on contribution limits
    {
      title: 'Contribution limits for 2033-2034',
      top: 'Individuals may give $3,500 per election.',
    },
    // a company's results: its platform is a product, not a pledge
    { title: 'Third-quarter results 2033', top: 'Our platform now serves 4 million customers.' },
    // an investment agency's report: pledges counted, not made
    { title: 'FDI Report 2033', top: 'Investment pledges rose 14% in the year.' },
  ])('reads %j as no pledge document', (doc) => expect(pledgeDocument(doc)).toBe(false));
});

describe('pledgeReading', () => {
  it.each([
    // a manifesto's first person, a rate set
    ['We will cut the small-business rate to 15% in our first budget.', '15%'],
    // a platform's contraction
    ["We'll double the child benefit supplement to $1,200 a year.", '$1,200'],
    // a coalition agreement's own subject
    ['The Coalition will raise the minimum wage to €15 an hour by 2035.', '€15'],
    // a programme for government: "this government"
    ['This Government will increase the carbon tax to €100 per tonne by 2030.', '€100'],
    // a campaign: "we are going to"
    ['We are going to set the minimum wage at $17 an hour.', '$17'],
    // a verb coordinated with the commitment
    ['We will abolish tuition fees and freeze rents at 3% a year for the whole term.', '3%'],
    // what the pledge raises, after a coordinated verb
    [
      'We will charge VAT on private school fees and increase the levy by 5 points, raising a further £1.2 billion.',
      '£1.2 billion',
    ],
    // a party's promising verb
    ['The Green Party pledges to lift the top rate to 50% on incomes over £125,000.', '50%'],
    // bullets of bare verbs, as manifestos list them
    ['- Introduce an annual wealth tax of 1% on net assets above KSh 500 million.', '1%'],
    ['• Lower the top rate of income tax to 40%.', '40%'],
    ['3. Cap annual rent rises at 3%.', '3%'],
    ['- Cut the corporate income tax rate to 25% from 30% for listed firms.', '25%'],
  ])('%j: %s is a pledge', (sentence, stated) =>
    expect(pledgeReading(around(sentence, stated))).toBe('pledge'),
  );

  it.each([
    // the rate in force a pledge names
    ['We will charge VAT at the standard rate of 20% on private school fees.', '20%'],
    ['We will apply stamp duty at the current rate of 3% to overseas buyers.', '3%'],
  ])('%j: %s is the rate in force', (sentence, stated) =>
    expect(pledgeReading(around(sentence, stated))).toBe('in force'),
  );

  it.each([
    // the level a pledge changes from
    ['We will cut the basic rate of income tax from 20% to 19%.', '20%'],
    ['- Cut the corporate income tax rate to 25% from 30% for listed firms.', '30%'],
    // a rate in force stated as fact before the pledge
    ['Corporation tax is 25% today, and we will cap it at that rate.', '25%'],
    // a fact beside the pledge, in its own clause
    ['We will protect pensioners, who currently receive 4.1% less than in 2030.', '4.1%'],
    // the party's record in office, told in the past
    ['When we were last in government we cut the deficit to 2% of GDP.', '2%'],
    // a limit in force, told by the rule that binds
    ['Parties may spend up to £35,000 in each constituency.', '£35,000'],
    // a bullet of facts, not of verbs
    ['- Unemployment among young people: 13.9%', '13.9%'],
    // after a colon, a statement of its own
    ['We will keep our promise: debt fell to 68% of GDP last year.', '68%'],
  ])('%j: %s keeps its reading', (sentence, stated) =>
    expect(pledgeReading(around(sentence, stated))).toBeUndefined(),
  );
});
