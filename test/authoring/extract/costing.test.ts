// Tests for src/authoring/extract/costing.ts: a costing listed under a heading that names what
// proposals, pledges, a platform or a bill would cost is expected (README, Status); headings of
// measures done, of spending and of years over keep the old reading.

import { describe, expect, it } from 'vitest';
import {
  costStated,
  costedInBody,
  costedListHeading,
  costingDocument,
  costingTitle,
} from '../../../src/authoring/extract/costing.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date: string) =>
  extractCandidates(text, 'doc', {
    source: { publisher: 'x', url: 'https://x.example', title: '', date },
  }).map((c) => `${c.stated.text} ${c.status}`);

describe('costingTitle', () => {
  it.each([
    ['Cost of platform measures (€ billion, cumulative 2033-2037)', true],
    ['Costing summary (KSh billion, five-year total)', true],
    ["Cost of the coalition agreement's reforms, 2035-2038 (SEK billion)", true],
    ['What our pledges cost (R billion a year)', true],
    ['Estimated budgetary effects of the Housing Supply Bill, 2034-2043 ($ billion)', true],
    ['Major proposals (ten-year cost through FY 2043, including interest)', true],
    ['Cost of measures taken in 2031 (€ billion)', false],
    ['Manifesto commitments delivered, cost to date (£ billion)', false],
    ['Campaign spending by party (£ million)', false],
    ['Donations accepted by party (NZ$)', false],
  ])('%s → %s', (title, expected) => expect(costingTitle(title)).toBe(expected));
});

describe('costedListHeading', () => {
  it.each([
    [
      'Major proposals (ten-year cost)\n\nSenator Alvarez\n- Extend the cuts: ',
      'Major proposals (ten-year cost)',
    ],
    ['6.4 Costing of our pledges\n- Free school meals: ', 'Costing of our pledges'],
    ['Campaign spending by party\n- Progressive Party: ', undefined],
    ['Our pledges cost a great deal. We say so.\n- Free school meals: ', undefined],
    ['What our pledges cost\n\nTax\n\nSpending\n\nOther\n- Free meals: ', undefined],
  ])('%j → %j', (before, expected) => expect(costedListHeading(before)).toBe(expected));
});

describe('v94: a costing listed under a heading that names what proposals would cost', () => {
  it.each([
    // A finance ministry costs a coalition agreement (list table, span ahead).
    [
      "Cost of the coalition agreement's reforms, 2035-2038 (SEK billion)\nDefence: 30.1\nChildcare fee cap: 4.2\n",
      '2034-11-02',
      ['30.1 expected', '4.2 expected'],
    ],
    // A department costs a programme for government (no year).
    [
      'Full-year cost of Programme for Government commitments (€ million)\nGP care for under-12s: 310\nHousing grants: 455\n',
      '2033-06-30',
      ['310 expected', '455 expected'],
    ],
    // A budget office scores a bill.
    [
      'Estimated budgetary effects of the Housing Supply Bill, 2034-2043 ($ billion)\nRevenues: 54.2\nOutlays: 38.0\n',
      '2033-07-12',
      ['54.2 expected', '38.0 expected'],
    ],
    // A party prices its own pledges, each line with its own currency.
    [
      'What our pledges cost (a year, from 2035)\n\n- Basic income grant: R180 billion\n- Free tertiary tuition: R45 billion\n',
      '2034-03-01',
      ['R180 billion expected', 'R45 billion expected'],
    ],
    // A think tank lists each candidate's proposals under a sub-heading, imperative lines.
    [
      'Main proposals and their cost over the next term\n\nOpposition leader Dupont\n- Raise child benefit to €300 a month: €14.2 billion\n- Cut VAT on energy: €9.1 billion\n',
      '2031-03-10',
      ['€300 expected', '€14.2 billion expected', '€9.1 billion expected'],
    ],
    // A fiscal council's platform costing, with the rate a proposal starts from kept as it is.
    [
      'Platform costings (2034-35 to 2038-39)\n\n- Lower the small business rate from 9% to 7%: $4.1 billion\n',
      '2033-09-01',
      ['9% actual', '7% expected', '$4.1 billion expected'],
    ],
    // Near-misses: measures done, years over, campaign spending, donations received.
    [
      'Cost of measures taken in 2031 (€ billion)\nEnergy rebate: 2.4\nFuel duty cut: 1.1\n',
      '2033-03-01',
      ['2.4 actual', '1.1 actual'],
    ],
    [
      'Cost of the pandemic support schemes, 2020-2021 ($ billion)\nWage subsidy: 98\nRent relief: 12\n',
      '2033-03-01',
      ['98 actual', '12 actual'],
    ],
    [
      'Campaign spending by party, 2032 general election\n\n- Progressive Party: £19.4 million\n- Commonwealth Party: £16.2 million\n',
      '2033-04-01',
      ['£19.4 million actual', '£16.2 million actual'],
    ],
    [
      'Manifesto commitments delivered since 2029\n\n- Free childcare: £2.1 billion\n',
      '2033-04-01',
      ['£2.1 billion actual'],
    ],
  ])('%j (%s)', (text, date, expected) => expect(read(text, date)).toEqual(expected));
});

describe('costStated', () => {
  /** The sentence before the first occurrence of `stated`. */
  const lead = (sentence: string, stated: string) => sentence.slice(0, sentence.indexOf(stated));

  it.each([
    // a budget office's costing of a platform
    ["The party's platform puts the cost at $5.6 billion a year.", '$5.6 billion'],
    // a fiscal council on a platform's revenue raisers
    [
      'Its platform has the largest package, but also the largest revenue raisers, worth €21.4 billion over the term.',
      '€21.4 billion',
    ],
    // a coalition agreement's own costing
    ['The cost of the childcare pledge is €1.2 billion a year.', '€1.2 billion'],
    // a campaign's fact sheet
    ['The plan carries a price tag of $300 billion over ten years.', '$300 billion'],
    // a fiscal council on a party's proposals
    ["The Union's proposals have a gross cost of €4.3 billion over the term.", '€4.3 billion'],
    // a budget office's score of a bill
    ['The Office estimates the annual cost of the bill at $12 billion.', '$12 billion'],
    // an international body on a programme for government
    ['The programme for government sets out new measures, worth 1.2% of GDP by 2030.', '1.2%'],
  ])('%j: %s is a cost stated', (sentence, stated) =>
    expect(costStated(lead(sentence, stated), sentence)).toBe(true),
  );

  it.each([
    // a project's cost, no proposal
    ["The new hospital's cost is $400 million.", '$400 million'],
    // a programme's cost told in the past
    ['The programme was a pledge of 2029; its cost was $2.1 billion.', '$2.1 billion'],
    // money spent to date on a campaign
    ["The party's campaign costs to date are $3 million, under its plan.", '$3 million'],
    // a limit in force: what a party may spend
    ['Parties may spend up to £35,000 in each constituency under the plan.', '£35,000'],
    // a contract valued, with a plan in its sentence
    ['Exports rose under the plan, and the new port contract is worth Taka 8,215 million.', 'Taka'],
    // shares pledged as collateral, valued
    ['The bank pledged shares worth $300 million as collateral.', '$300 million'],
    // household bills, no bill put to a house
    [
      'The subsidies for electricity and city gas bills, worth 2.5 yen per kilowatt-hour, held down prices.',
      '2.5 yen',
    ],
    // a rate a pledge keeps
    ['We will charge VAT at the standard rate of 20%.', '20%'],
  ])('%j: %s keeps its reading', (sentence, stated) =>
    expect(costStated(lead(sentence, stated), sentence)).toBe(false),
  );
});

describe('costingDocument and costedInBody: a costing document costs the proposal its title names', () => {
  it('reads a costing or a study of a party’s proposals by its title, not a report or a programme done', () => {
    expect(costingDocument({ title: "Costing of the Green Party's 2034 platform", top: '' })).toBe(
      true,
    );
    expect(costingDocument({ title: 'Independent costing of the Labour manifesto', top: '' })).toBe(
      true,
    );
    expect(
      costingDocument({
        title: "Fiscal Council assessment of the Civic Union's election programme",
        top: '',
      }),
    ).toBe(true);
    expect(costingDocument({ title: 'Analysis of the Liberal platform', top: '' })).toBe(true);
    expect(costingDocument({ title: 'Cost of measures taken in 2031', top: '' })).toBe(false);
    expect(costingDocument({ title: 'Review of the National Roads Programme', top: '' })).toBe(
      false,
    );
    expect(costingDocument({ title: 'Annual report 2032', top: '' })).toBe(false);
    expect(
      costingDocument({
        title: 'Parliamentary Budget Office',
        top: "Parliamentary Budget Office\nCosting of the Green Party's 2034 platform\n12 August 2033\n\nThe …",
      }),
    ).toBe(true);
    expect(
      costingDocument({
        title: 'Ministry bulletin',
        top: 'Ministry bulletin\n\nA costing of the Green platform was published today.',
      }),
    ).toBe(false);
  });
  it('reads a present verb of cost before the sum, not a past or a present measure', () => {
    const reads = (s: string, n: string) => costedInBody(s.slice(0, s.indexOf(n)), s);
    expect(reads('The childcare programme costs $6.2 billion a year.', '$6.2')).toBe(true);
    expect(reads('Free transit adds $1.4 billion to annual spending.', '$1.4')).toBe(true);
    expect(reads('The tax cut lowers revenue by C$3.4 billion in 2035-36.', 'C$3.4')).toBe(true);
    expect(reads('The existing subsidy costs $2.1 billion today.', '$2.1')).toBe(false);
    expect(reads('In 2030 the rebate cost $900 million.', '$900')).toBe(false);
    expect(reads('Federal spending was $512 billion in 2030.', '$512')).toBe(false);
  });
});
