// The reader of a document that puts a loan, a project or an allowance forward for a decision
// still to come (a report and recommendation, an appraisal, a loan proposal, a consultation, a
// draft determination), what such a document lays out in the present, and an estimate an
// appraisal made ahead, named after its number.

import { describe, expect, it } from 'vitest';
import {
  appraisalEstimate,
  proposalContent,
  proposalDocument,
  startingFact,
} from '../../../src/authoring/extract/proposalStage.ts';

describe('proposalDocument', () => {
  it.each([
    // a multilateral bank's report and recommendation
    {
      title: 'Report and Recommendation of the President: Republic of Ostra: Coastal Rail',
      top: '',
    },
    // a project appraisal document on a proposed credit
    { title: 'Project Appraisal Document on a Proposed Credit to the Republic of Kenya', top: '' },
    // a bilateral agency's appraisal report
    { title: 'Appraisal Report: Dhaka Bus Rapid Transit Phase 2', top: '' },
    // a national development bank's appraisal note
    { title: 'Appraisal Note: Lower Baitarani Micro-Irrigation Project', top: '' },
    // a regional bank's loan proposal named in the title block under the publisher
    {
      title: 'Colombia: Family Farming Program, Annex II',
      top: 'CORPORACIÓN ANDINA\nLoan Proposal CO-L1294\nColombia: Family Farming Program\n\nThe …',
    },
    // a regulator's consultation paper
    {
      title: 'Price Control 6: Gas Networks Allowed Revenue 2033–2037, Consultation Paper',
      top: '',
    },
    // a regulator's draft determination
    { title: 'Draft Determination: Water and Sewerage Charges 2032–2037', top: '' },
    // a council report on proposed borrowing
    { title: 'Report to Council: Proposed Financing for the Harbour Bridge Renewal', top: '' },
  ])('reads %j as a proposal', (doc) => expect(proposalDocument(doc)).toBe(true));

  it.each([
    // a board's approval press release
    { title: 'Board of Executive Directors approves US$1.02 billion for 7 operations', top: '' },
    // a completion report
    { title: 'Implementation Completion and Results Report: Bangladesh Rural Roads', top: '' },
    // a regulator's final decision
    { title: 'Electricity distribution price path from 1 April 2032: final decision', top: '' },
    // a signing
    { title: 'Signing of Japanese ODA Loan Agreement with Viet Nam', top: '' },
    // a budget, read by documentStage.ts
    { title: 'Budget 2034: summary of tax measures', top: '' },
    // an annual report whose body mentions a proposed loan in passing
    { title: 'Annual Report 2032', top: 'The Bank approved 14 proposed loans in the year.' },
  ])('reads %j as no proposal', (doc) => expect(proposalDocument(doc)).toBe(false));
});

/** The clause before and after the first occurrence of `stated` in `clause`. */
const around = (clause: string, stated: string): [string, string] => {
  const at = clause.indexOf(stated);
  return [clause.slice(0, at), clause.slice(at + stated.length)];
};
/** A period is over when it names a year before 2031, the document's year. */
const over = (c: string) => [...c.matchAll(/\b(20\d\d)\b/g)].some((y) => Number(y[1]) < 2031);

describe('proposalContent', () => {
  it.each([
    // the return an appraisal states
    ['The economic internal rate of return is 15.8%.', '15.8%'],
    // a financing plan's line
    ['- NDB term loan: KSh 2.4 billion (60% of the total)', 'KSh 2.4 billion'],
    // a loan term
    ['a commitment charge of 0.15% per year', '0.15%'],
    // the proposal's own verb, with a year of prices
    ['We propose total allowed revenue of €2.46 billion in 2031 prices', '€2.46 billion'],
    // an estimate against the appraisal's, with a year of terms
    [
      'are estimated at LKR 7.8 billion a year, against LKR 5.6 billion in 2026 terms',
      'LKR 7.8 billion',
    ],
    // a change's end, with a participle clause whose past is its own
    ['The share falls from 23.3% to 9.4%, reflecting the restructuring completed in 2029', '9.4%'],
  ])('%s — %s is the proposal', (clause, stated) =>
    expect(proposalContent(...around(clause, stated), over)).toBe(true),
  );

  it.each([
    // an outturn
    ['Ridership on the line fell 38.2% in 2030.', '38.2%'],
    // a decision made
    [
      'The Board approved the original loan of $210.0 million on 14 October 2029.',
      '$210.0 million',
    ],
    // a present fact
    ['Network costs currently make up 29% of that bill.', '29%'],
    ['The City’s outstanding debt amounts to 8.2% of its assessed value.', '8.2%'],
    // a level a decision already allowed
    ['compared with the €2.31 billion allowed for the current price control', '€2.31 billion'],
    // a measure at a date
    ['As of 31 December 2030, disbursements stood at $171.3 million', '$171.3 million'],
  ])('%s — %s keeps its reading', (clause, stated) =>
    expect(proposalContent(...around(clause, stated), over)).toBe(false),
  );
});

describe('appraisalEstimate', () => {
  it.each([
    [' at appraisal, mainly because traffic grew more slowly.', true],
    [' estimated at appraisal.', true],
    [' in 2026 terms at appraisal.', true],
    [' in the appraisal.', true],
    [' of villages had all-weather road access.', false],
    [' after the appraisal mission left.', false],
  ])('%j → %s', (after, wanted) => expect(appraisalEstimate(after)).toBe(wanted));
});

describe('startingFact', () => {
  it.each([
    // a body's past act on the sum
    ['The Commission accepted ', ' as plausible.', true],
    ['The joint assessment mission accepted ', ' of the reported damage.', true],
    // the damage a past event did, and its share of an aggregate
    ['The Government estimates total damage at ', ', equivalent to 38.4% of GDP.', true],
    [
      'The authorities estimate total damage in the region at EUR 458.1 million, equivalent to ',
      '.',
      true,
    ],
    // a bound a rule in force sets
    ['This exceeds the threshold applicable to Romania in 2033, ', '.', true],
    ['The EUSF has an annual ceiling of ', ' in 2018 prices, set by the MFF Regulation.', true],
    // a rule stated of a whole class
    ['Advances may amount to up to ', ' of the expected contribution.', true],
    ['Advances may amount to up to 25% of the expected contribution, capped at ', '.', true],
    ['For regional disasters the EUSF covers ', ' of total direct damage.', true],
    ['', ' of the damage above it.', true],
    // what the proposal lays out
    ['The credit covers ', ' of the project cost.', false],
    ['For the first phase the credit covers ', ' of eligible costs.', false],
    ['Disbursements may reach ', ' in the first year.', false],
    ['The programme will reduce flood damage by ', '.', false],
    ['The amount proposed for Slovenia also includes ', ' for the floods.', false],
    ['The rate of return for the four utilities combined is ', '.', false],
    ['The loan of ', ' will finance a combined 80% of costs.', false],
  ])('%j … %j → %s', (before, after, wanted) => expect(startingFact(before, after)).toBe(wanted));
});
