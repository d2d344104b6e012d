// Tests for src/authoring/extract (v157): in a document that puts a decision forward (a proposal,
// an appraisal, a draft determination), the facts the proposal starts from and the rules already
// in force, found in the fresh set ho257 (a solidarity-fund mobilisation proposal) and held here in
// other voices. A body's past act on a sum ("The Commission accepted EUR 7 947.9 million as
// plausible"), the damage a past event did ("estimate total direct damage at …", its share of
// GDP), a bound a rule in force sets ("the threshold applicable to Romania, EUR 1 787.5 million",
// "an annual ceiling of EUR 1.2 billion in 2018 prices, set by the MFF Regulation") and a rule
// stated of a whole class ("Advances may amount to up to 25% of the expected contribution", "For
// regional disasters the EUSF covers 2.5%", a rate tiered at a threshold) are actual; what the
// proposal itself lays out keeps its expected reading. And (found in ho254, spectrum auctions) a
// payment duty or a coverage duty a rule or a licence lays on a named party or a class it binds
// ("Applicants must pay an Intention-to-Bid Deposit (IBD) of 10 per cent of the reserve price",
// "MTN and Vodacom must each extend coverage to 97 per cent of the population within four years")
// is set, actual; a general aim ("5G coverage must reach 95 per cent") keeps its reading.

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

describe('a payment or coverage duty a rule or licence lays on those it binds', () => {
  it.each([
    // A port authority's concession award.
    [
      'Port concession award',
      'The concessionaire must lodge a performance guarantee equal to 10 per cent of the annual fee.',
      '10 per cent',
    ],
    // A land agency's sale notice.
    [
      'Land sale notice',
      'Buyers must make a down payment of 20 per cent of the price and pay the remaining 80 per cent in four annual instalments.',
      '20 per cent',
    ],
    [
      'Land sale notice',
      'Buyers must make a down payment of 20 per cent of the price and pay the remaining 80 per cent in four annual instalments.',
      '80 per cent',
    ],
    // A telecoms ministry's broadband licence award.
    [
      'Broadband licence awarded',
      'Northlink must extend fibre coverage to 85 per cent of households within five years.',
      '85 per cent',
    ],
    // An energy regulator's auction rules.
    [
      'Renewables auction rules',
      'Winning bidders must post a completion bond equal to 8 per cent of the contract value.',
      '8 per cent',
    ],
    // A forestry agency's concession terms.
    [
      'Timber concession terms',
      'Applicants must pay a bid deposit of 5 per cent of the reserve price, KSh 12.5 million, by 30 June 2034.',
      '5 per cent',
    ],
    [
      'Timber concession terms',
      'Applicants must pay a bid deposit of 5 per cent of the reserve price, KSh 12.5 million, by 30 June 2034.',
      'KSh 12.5 million',
    ],
  ])('%s — %s: %s actual', (title, text, stated) =>
    expect(statusOf(title, text, stated)).toBe('actual'),
  );

  it.each([
    // a general aim, whose verb is a level reached
    [
      'Coverage plan',
      '5G coverage must reach 95 per cent of the population by the end of 2035.',
      '95 per cent',
    ],
    // a change that must happen, no duty
    ['Outlook', 'Exports must grow 5% a year to close the gap.', '5%'],
    // a duty a regulator only would lay
    [
      'Consultation',
      'The regulator would require a deposit of 10 per cent of the reserve price.',
      '10 per cent',
    ],
  ])('%s — %s: %s stays expected', (title, text, stated) =>
    expect(statusOf(title, text, stated)).toBe('expected'),
  );
});
