// Tests for src/authoring/extract/appraisalRate.ts (v129): the rate an appraisal discounts at or
// tests a return against is a parameter, no figure. Every sentence is our own, in voices other
// than the development bank's appraisal the rule was found in; the near misses keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Orlan Ministry of Transport',
    title: 'Appraisal summary',
    url: 'https://example.org/appraisal',
  },
};

const read = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe('an appraisal’s discount rate or hurdle is a parameter', () => {
  it.each([
    // A transport ministry's business case.
    [
      'The scheme’s net present value is £310 million at the 3.5% Green Book discount rate.',
      ['£310 million'],
    ],
    // A water regulator's determination.
    [
      'Discounted at 7 per cent, the programme has a net present value of R1.9 billion.',
      ['R1.9 billion'],
    ],
    // A mining company's feasibility study.
    ['The post-tax NPV, using an 8% real discount rate, is US$640 million.', ['US$640 million']],
    // An energy agency's review: a return tested against a hurdle.
    ['The wind farm’s internal rate of return exceeds the 7% hurdle rate set by the ministry.', []],
    // A health department's evaluation.
    [
      'The vaccine programme has a net present value of $48 million, applying a discount rate of 3 percent.',
      ['$48 million'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: a central bank's discount rate, a regulator's allowed return, a rate moved.
    ['The central bank raised its discount rate to 5.25% in March.', ['5.25%']],
    ['The allowed weighted average cost of capital is 5.4% for 2034.', ['5.4%']],
    ['The Treasury cut its discount rate from 3.5% to 3% in 2033.', ['3.5%', '3%']],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text).length).toBe(want.length);
  });
});
