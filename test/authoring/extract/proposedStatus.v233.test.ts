// Held sentences of the v233 class (test/fixtures/prose/README.md, "The calls", Status: what a
// party proposes or asks to do, a request row of a decision's table and a draft's column are not
// yet decided, expected): "PDA proposes to raise its aeronautical charges by 38.5% on 1 July 2035,
// lifting the average charge per passenger from $21.40 to $29.64" (ho292, an airline association's
// response), "| KAC request | €10.01 | €10.38 |" under a final price-cap decision (ho292) and "|
// Valley | Entitlement charge, current | Entitlement charge, draft |" in a regulator's draft report
// (ho291). Written in voices other than the sets': a harbour board, a water utility, a pension
// fund, a college, a farm payment authority, a toll road, a water tariff determination and a
// pension scheme's contribution table. Near-misses keep their reading: a proposal the sentence says
// was approved, an outturn, a fee item whose name opens with "Request", a request row named as
// approved and a level a proposal keeps. Before v233 the extractor read 7 of the 9 held sentences
// as actual.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

const NOTICE = notice('Notice');
const FINAL = notice('Final determination on water tariffs 2035-2036');
const DRAFT = notice('Draft pilotage tariff for consultation');

describe('v233: what a party proposes or asks for, or a draft puts forward, is expected', () => {
  it.each([
    // A harbour board's proposal, its act in the infinitive.
    [
      'The Harbour Board proposes to raise its pilotage charges by 7.5% from 1 March 2035.',
      ['raise its pilotage charges by 7.5% expected'],
    ],
    // A water utility's: the change and the level it moves to; the level it starts from is in force.
    [
      'Lakeside Water is proposing to lift its fixed service charge by 4.2% in 2035, taking it from $212 to $221 a year.',
      ['lift its fixed service charge by 4.2% expected', '$212 actual', '$221 expected'],
    ],
    // A pension fund's application.
    [
      'The Fund has applied to increase the employer contribution rate by 1.5 percentage points from July.',
      ['increase the employer contribution rate by 1.5 percentage points expected'],
    ],
    // A farm payment authority and a toll road operator (already read right before v233).
    [
      'The Authority proposes to cut the basic hectare payment to €182 from 2035.',
      ['€182 expected'],
    ],
    [
      'The operator seeks to raise the peak toll to $6.40 per trip, up from $5.90.',
      ['$6.40 expected', '$5.90 actual'],
    ],
    // A college.
    [
      'The college is proposing to increase tuition fees by 3.9% next autumn.',
      ['increase tuition fees by 3.9% expected'],
    ],
  ])('%s', (text, want) => {
    expect(statusesIn(text, NOTICE)).toEqual(want);
  });

  it.each([
    // A water tariff determination: the utility's request beside the tariff determined.
    [
      'Table 2: Maximum water tariff (per kL)\n| | 2035 | 2036 |\n|---|---|---|\n| Determined tariff | $2.41 | $2.48 |\n| Utility request | $2.66 | $2.79 |',
      FINAL,
      ['$2.41 actual', '$2.48 actual', '$2.66 expected', '$2.79 expected'],
    ],
    // A port's draft tariff: the draft column beside the charge in force.
    [
      'Table 4: Pilotage charges per movement\n| Vessel class | Charge, current | Charge, draft |\n|---|---|---|\n| Under 5,000 GT | $1,180 | $1,260 |\n| 5,000 GT and over | $2,340 | $2,510 |',
      DRAFT,
      ['$1,180 actual', '$1,260 expected', '$2,340 actual', '$2,510 expected'],
    ],
    // A pension scheme's table: the trustees' proposal beside the rate set.
    [
      "Contribution rates\n| Member class | 2035 |\n|---|---|\n| Rate set | 9.5% |\n| Trustees' proposal | 10.25% |",
      FINAL,
      ['9.5% actual', '10.25% expected'],
    ],
  ])('%s', (text, source, want) => {
    expect(statusesIn(text, source)).toEqual(want);
  });

  it.each([
    // A past proposal the sentence says was approved.
    [
      'The Harbour Board proposed to raise its pilotage charges by 7.5%, which the Minister approved in May.',
      NOTICE,
      ['raise its pilotage charges by 7.5% actual'],
    ],
    // An outturn.
    [
      'Pilotage charges rose 7.5% in 2034 after the Board raised them.',
      NOTICE,
      ['rose 7.5% actual'],
    ],
    // A fee item whose name opens with the noun of asking.
    [
      'Table 1: Court fees\n| Item | Fee |\n|---|---|\n| Request to review an order | $58.00 |',
      FINAL,
      ['$58.00 actual'],
    ],
    // A request row named as approved.
    [
      'Table 2: Maximum water tariff (per kL)\n| | 2033 |\n|---|---|\n| Approved request | $2.41 |',
      FINAL,
      ['$2.41 actual'],
    ],
    // A level a proposal keeps where it is, and a rise a body approved.
    [
      'The Authority proposes that the levy be kept at $4 a tonne, and it approved a rise of 3% in the fee.',
      NOTICE,
      ['$4 actual', 'rise of 3% actual'],
    ],
  ])('%s keeps its reading', (text, source, want) => {
    expect(statusesIn(text, source)).toEqual(want);
  });
});
