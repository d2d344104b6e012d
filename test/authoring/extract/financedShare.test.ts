// Tests for src/authoring/extract/financedShare.ts: the share of a cost a financing instrument pays
// is the instrument's rate, set, whether its verb is present or "will"; hedges, proposals,
// conditions and subjects that are no instrument keep their reading.

import { describe, expect, it } from 'vitest';
import { financedShare } from '../../../src/authoring/extract/financedShare.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

describe('financedShare', () => {
  it.each([
    ['The aid will cover up to ', '50%', ' of the funding gap of each project.', true],
    [
      'The aid will cover up to 50% of the funding gap of each project, and up to ',
      '60%',
      ' for SMEs.',
      true,
    ],
    ['of which the EU contribution covers ', '75%', '.', true],
    ['The EIB loan will finance up to ', '50%', ' of a €460 million investment plan.', true],
    ['The new scheme would cover up to ', '50%', ' of eligible costs.', false],
    ['Revenues will cover ', '80%', ' of operating costs by 2036.', false],
    ['The grant will cover up to ', '70%', ' of costs if Parliament approves it.', false],
    ['Insurance is expected to cover about ', '40%', ' of the losses.', false],
    ['Grants will cover up to ', '50%', ' of eligible costs from next year.', false],
  ])('%j %j %j → %j', (before, stated, after, expected) => {
    expect(financedShare(before, stated, after)).toBe(expected);
  });
});

describe('v81: the share of a cost a financing instrument pays is its rate, set, also with "will"', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.status}`);
  it.each([
    // Written before the rule: a ministry's grant, a development bank's loan, an agency's subsidy,
    // a company's state grant, an international body's credit and an EU contribution.
    [
      "Issued 3 February 2034.\n\nThe grant will cover up to 70% of the project's eligible costs.",
      ["70% of the project's eligible costs share 70 actual"],
    ],
    [
      "Issued 3 February 2034.\n\nThe Bank's loan will finance up to 50% of the total investment cost.",
      ['50% of the total investment cost share 50 actual'],
    ],
    [
      'Issued 3 February 2034.\n\nUnder the programme, the subsidy will pay up to 35 per cent of the purchase price of each heat pump.',
      ['35 per cent of the purchase price of each share 35 actual'],
    ],
    [
      'Issued 3 February 2034.\n\nThe government grant covers 40% of the capital expenditure for the new plant.',
      ['40% of the capital expenditure share 40 actual'],
    ],
    [
      "Issued 3 February 2034.\n\nThe World Bank credit will finance 60 percent of the programme's total cost, with the government funding the rest.",
      ["60 percent of the programme's total cost share 60 actual"],
    ],
    [
      'Issued 3 February 2034.\n\nThe EU contribution will cover up to 85% of the eligible expenditure in less developed regions.',
      ['85% of the eligible expenditure share 85 actual'],
    ],
    // Near-misses: a proposal, a forecast rise, an expected cover and a subject that is no
    // instrument.
    [
      'Issued 3 February 2034.\n\nThe new scheme would cover up to 50% of eligible costs if Parliament approves it.',
      ['50% of eligible costs share 50 expected'],
    ],
    [
      'Issued 3 February 2034.\n\nCosts could rise by up to 60%.',
      ['rise by up to 60% change 60 expected'],
    ],
    [
      'Issued 3 February 2034.\n\nInsurance is expected to cover about 40% of the losses from the floods.',
      ['40% of the losses share 40 expected'],
    ],
    [
      'Issued 3 February 2034.\n\nRevenues will cover 80% of operating costs by 2036.',
      ['80% of operating costs share 80 expected'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});
