// Tests for src/authoring/extract (v157): in a document that puts a decision forward (a proposal,
// an appraisal, a draft determination), the facts the proposal starts from and the rules already
// in force, found in the fresh set ho257 (a solidarity-fund mobilisation proposal) and held here in
// other voices. A body's past act on a sum ("The Commission accepted EUR 7 947.9 million as
// plausible"), the damage a past event did ("estimate total direct damage at …", its share of
// GDP), a bound a rule in force sets ("the threshold applicable to Romania, EUR 1 787.5 million",
// "an annual ceiling of EUR 1.2 billion in 2018 prices, set by the MFF Regulation") and a rule
// stated of a whole class ("Advances may amount to up to 25% of the expected contribution", "For
// regional disasters the EUSF covers 2.5%", a rate tiered at a threshold) are actual; what the
// proposal itself lays out keeps its expected reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const source = (title: string) => ({
  source: {
    date: '2033-10-15',
    publisher: 'Example Body',
    title,
    url: 'https://example.org/proposal',
  },
});

/** The status of the figure whose stated words hold `stated`. */
const statusOf = (title: string, text: string, stated: string) =>
  extractCandidates(text, 'doc', source(title)).find((c) => c.stated.text.includes(stated))?.status;

describe('in a proposal document, the facts it starts from and the rules in force', () => {
  it.each([
    // A development bank's report and recommendation on a proposed emergency loan.
    [
      'Report and Recommendation of the President: Proposed Emergency Loan to Tonga',
      'The Government estimates total damage from the cyclone at US$164.2 million.',
      'US$164.2 million',
    ],
    [
      'Report and Recommendation of the President: Proposed Emergency Loan to Tonga',
      'The Government estimates total damage from the cyclone at US$164.2 million, equivalent to 31.5% of gross domestic product.',
      '31.5%',
    ],
    [
      'Report and Recommendation of the President: Proposed Emergency Loan to Tonga',
      'The Bank cancelled US$12.5 million of the earlier loan.',
      'US$12.5 million',
    ],
    // A project appraisal document on a proposed credit.
    [
      'Project Appraisal Document on a Proposed Credit to Malawi',
      'Contingent grants may amount to up to 40% of a district’s allocation.',
      '40%',
    ],
    [
      'Project Appraisal Document on a Proposed Credit to Malawi',
      'The window has an annual ceiling of US$300 million in 2030 prices, set by the IDA21 replenishment.',
      'US$300 million',
    ],
    [
      'Project Appraisal Document on a Proposed Credit to Malawi',
      'For small municipalities the scheme covers 50% of eligible costs.',
      '50%',
    ],
    // A regulator's draft determination.
    [
      'Draft Determination: Allowed Revenue for Harlow Water 2035–2039',
      'The Authority accepted £412.6 million of the company’s claimed costs.',
      '£412.6 million',
    ],
    [
      'Draft Determination: Allowed Revenue for Harlow Water 2035–2039',
      'This exceeds the materiality threshold applicable to the company in 2034, £2.5 million.',
      '£2.5 million',
    ],
    [
      'Draft Determination: Allowed Revenue for Harlow Water 2035–2039',
      'The mechanism returns 50% of outperformance up to the threshold and 25% of the outperformance above it.',
      '25%',
    ],
  ])('%s — %s: %s actual', (title, text, stated) =>
    expect(statusOf(title, text, stated)).toBe('actual'),
  );

  it.each([
    // what the proposal itself lays out
    [
      'Report and Recommendation of the President: Proposed Emergency Loan to Tonga',
      'The proposed loan of $40 million will finance 80% of reconstruction.',
      '80%',
    ],
    [
      'Project Appraisal Document on a Proposed Credit to Malawi',
      'The credit covers 62.5% of the project cost.',
      '62.5%',
    ],
    [
      'Project Appraisal Document on a Proposed Credit to Malawi',
      'Disbursements may reach US$30 million in the first year.',
      'US$30 million',
    ],
    [
      'Draft Determination: Allowed Revenue for Harlow Water 2035–2039',
      'We propose a cost of capital of 4.2%.',
      '4.2%',
    ],
    [
      'Draft Determination: Allowed Revenue for Harlow Water 2035–2039',
      'The programme will reduce flood damage by 30%.',
      '30%',
    ],
    [
      'Draft Determination: Allowed Revenue for Harlow Water 2035–2039',
      'The investment programme is expected to reduce leakage losses by 15%.',
      '15%',
    ],
    [
      'Project Appraisal Document on a Proposed Credit to Malawi',
      'For the first phase the credit covers 60% of eligible costs.',
      '60%',
    ],
    // a participle after the subject, then the verb of the proposal's own return
    [
      'Project Appraisal Document on a Proposed Credit to Malawi',
      'The financial internal rate of return for the four utilities combined is 8.9 percent.',
      '8.9 percent',
    ],
  ])('%s — %s: %s stays expected', (title, text, stated) =>
    expect(statusOf(title, text, stated)).toBe('expected'),
  );
});
