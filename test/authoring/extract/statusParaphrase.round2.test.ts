// A paraphrase audit of the status calls, round 2 (test/fixtures/prose/README.md, "Status"): the
// classes the first audit (statusParaphrase.test.ts) and the tuned sets left open. For each, six
// sentences in six voices (a ministry, a central bank, a regulator, a company, an international
// body, a statistics office), written from the class alone, and near-misses whose reading is the
// other one; all are read through the whole extractor, dated 2 April 2031.
// A row the extractor still misreads is kept, as `open` with its reason, and asserted to fail, so
// that a rule that mends it shows here.

import { describe, expect, it } from 'vitest';
import { describeClasses, type AuditClass } from '../../support/statusAudit.ts';

const AUDIT: Record<string, AuditClass> = {
  'subject to approval': {
    call: 'a level or sum that the sentence makes wait on a body\'s approval, vote, consent or consultation ("subject to") is not yet decided, expected, whatever verb states it; "subject to" a tax or to conditions, a condition told in the past, and a number with another number between it and the condition keep their reading',
    rows: [
      [
        "The levy on plastic packaging will rise to €0.80 per kilogram in 2032, subject to Parliament's approval.",
        '€0.80',
        'expected',
      ],
      [
        'Subject to the approval of the Monetary Board, the reserve requirement ratio will be cut to 7% from June.',
        '7%',
        'expected',
      ],
      [
        'The water regulator has set out a new price cap of £1,720 a year, subject to consultation.',
        '£1,720',
        'expected',
      ],
      [
        "A final dividend of 24.5 pence per share will be paid on 20 June, subject to shareholders' approval at the annual general meeting.",
        '24.5 pence',
        'expected',
      ],
      [
        "Disbursement of the next tranche of US$210 million is subject to the Executive Board's approval.",
        'US$210 million',
        'expected',
      ],
      [
        'The fee for customised data extracts rises to $180 per request from July, subject to approval by the Minister.',
        '$180',
        'expected',
      ],
      [
        'The transfer of €2 billion to the pension fund, subject to a vote of the assembly in May, would be the largest since 2019.',
        '€2 billion',
        'expected',
      ],
      // Near-misses: the other status.
      [
        'The final dividend of 24.5 pence per share, approved by shareholders at the annual general meeting, was paid on 20 June.',
        '24.5 pence',
        'actual',
      ],
      ['Interest income is subject to a withholding tax of 15%.', '15%', 'actual'],
      [
        'Parliament approved the levy on plastic packaging, which will rise to €0.80 per kilogram in 2032.',
        '€0.80',
        'actual',
      ],
      [
        'The board approved a loan of US$50 million, subject to conditions on procurement.',
        'US$50 million',
        'actual',
      ],
      [
        'Revenue rose 5% in 2030 and the board proposes a dividend of €1.10, subject to shareholder approval.',
        '5%',
        'actual',
      ],
      [
        'The sale of the 30% stake was subject to regulatory approval, which was granted in March.',
        '30%',
        'actual',
      ],
      [
        'The operator can raise tolls each year by no more than 4%, subject to approval by the regulator.',
        '4%',
        'actual',
      ],
    ],
  },
  'later phase of an adopted schedule': {
    call: 'a rate, charge or benefit a schedule already adopted sets for a later phase is that decision, actual, when its sentence names the schedule, law or decision (README: a decision its sentence names sets the rate even for a later year); an outcome the schedule aims at (emissions, debt) and a schedule still proposed are expected',
    rows: [
      [
        'Under the tariff path approved by the regulator, electricity tariffs will increase by 8% in 2032 and by a further 6% in 2033.',
        '6%',
        'actual',
      ],
      [
        'Under the 2029 Act, the statutory minimum wage rises in steps to R$1,900 a month in 2033.',
        'R$1,900',
        'actual',
      ],
      // Near-misses: the other status.
      [
        "Under the government's plan, the carbon tax could rise to €100 a tonne by 2040.",
        '€100',
        'expected',
      ],
      ['Under the climate law, emissions are to fall by 55% by 2035.', '55%', 'expected'],
      // A later phase of what a rule sets, under its law, act, statute, schedule or price control (v55).
      [
        'The carbon tax rose to €45 a tonne this year and, under the law, will rise to €60 in 2033.',
        '€60',
        'actual',
      ],
      [
        'Under the phase-in schedule the Bank adopted in 2029, the countercyclical buffer will rise to 2% in January 2032.',
        '2%',
        'actual',
      ],
      [
        'Under the agreed schedule, member contributions will rise to 0.12% of gross national income in 2034.',
        '0.12%',
        'actual',
      ],
      [
        'Under the price control it set last year, the allowed return on equity will fall to 4.6% in 2033.',
        '4.6%',
        'actual',
      ],
    ],
  },
  'approval of a proposal': {
    call: 'a proposed or recommended level that a body approves, adopts or passes in the sentence is decided, actual: the verb of approval governs, not the adjective "proposed"; a vote still to come keeps it expected',
    rows: [
      [
        'Shareholders approved the proposed dividend of €1.40 per share at the annual meeting.',
        '€1.40',
        'actual',
      ],
      ['Cabinet approved the proposed increase of 5% in public sector salaries.', '5%', 'actual'],
      [
        'The Monetary Policy Committee adopted the proposed cut of 25 basis points in the policy rate.',
        '25 basis points',
        'actual',
      ],
      [
        'The Commission approved the proposed tariff of 14.2 cents per kilowatt-hour.',
        '14.2 cents',
        'actual',
      ],
      [
        'The Board of Governors approved the recommended capital increase of US$25 billion.',
        'US$25 billion',
        'actual',
      ],
      [
        'Parliament passed the proposed budget of NOK 1,850 billion for 2032.',
        'NOK 1,850 billion',
        'actual',
      ],
      // Near-misses: the other status.
      [
        'The board proposed a dividend of €1.40 per share, which shareholders will vote on in May.',
        '€1.40',
        'expected',
      ],
      [
        'Shareholders will vote on the proposed dividend of €1.40 per share in May.',
        '€1.40',
        'expected',
      ],
    ],
  },
  'aim or course with a level': {
    call: 'a level a body "seeks", "aims to" reach or keep, is "on track for", "set to" reach or "on course for" is an aim or a forecast, expected; a level reached "as it had aimed" is actual',
    rows: [
      ['The ministry seeks a reduction in the deficit to 2.5% of GDP by 2034.', '2.5%', 'expected'],
      ['The central bank aims to keep inflation at 3% over the medium term.', '3%', 'expected'],
      ['The regulator is on track for a 15% cut in network losses by 2033.', '15%', 'expected'],
      ['The company is set to reach an operating margin of 18% next year.', '18%', 'expected'],
      [
        'The programme seeks to lift the primary surplus to 1.5% of GDP in 2032.',
        '1.5%',
        'expected',
      ],
      [
        'Tourism receipts are on course for a record €14.2 billion this year.',
        '€14.2 billion',
        'expected',
      ],
      [
        'The central bank said inflation remains on course for 2.5% by the end of the year.',
        '2.5%',
        'expected',
      ],
      [
        "The ministry's revenue collection is well on track for Ksh 2.9 trillion in the current fiscal year.",
        'Ksh 2.9 trillion',
        'expected',
      ],
      [
        'Exports look on course for growth of about 6% this year, the statistics office said.',
        '6%',
        'expected',
      ],
      // Near-misses: the other status.
      [
        'The project is on track for completion in 2033 and 85% of the works are done.',
        '85%',
        'actual',
      ],
      [
        'The company reached an operating margin of 18% last year, as it had aimed to.',
        '18%',
        'actual',
      ],
      ["Inflation was 3.1% in 2030, on track with the central bank's aim.", '3.1%', 'actual'],
    ],
  },
  'estimated at, by period': {
    call: 'a level "estimated at" for a period over by the dateline is actual, for one not over expected, whatever voice or tense the estimate takes',
    rows: [
      [
        'Revenue for fiscal 2029-30 is estimated at ₹24.1 lakh crore.',
        '₹24.1 lakh crore',
        'actual',
      ],
      ['The current account deficit for 2030 was estimated at 1.8% of GDP.', '1.8%', 'actual'],
      ['Network losses in 2031 are estimated at 6.5%.', '6.5%', 'expected'],
      [
        'Capital expenditure for the current year is estimated at €1.2 billion.',
        '€1.2 billion',
        'expected',
      ],
      ['Global trade volume growth in 2030 is estimated at 2.9 percent.', '2.9 percent', 'actual'],
      ['Unemployment in the fourth quarter of 2030 is estimated at 5.4%.', '5.4%', 'actual'],
      // Near-misses: the other status.
      ['Wheat exports last year were estimated at US$3.2 billion.', 'US$3.2 billion', 'actual'],
      ['The deficit for 2032 is estimated at 2.1% of GDP.', '2.1%', 'expected'],
    ],
  },
  'preliminary outturn': {
    call: 'a preliminary, provisional, flash or unaudited figure of a period over is an outturn, actual; a preliminary projection or a provisional forecast is expected',
    rows: [
      ['Provisional figures show that GDP grew by 1.7% in 2030.', '1.7%', 'actual'],
      [
        'According to preliminary data, the budget deficit in 2030 was 3.1% of GDP.',
        '3.1%',
        'actual',
      ],
      [
        'Preliminary data show foreign reserves at US$42.3 billion at the end of March.',
        'US$42.3 billion',
        'actual',
      ],
      [
        'Provisional outturn data put leakage at 21% of water put into supply in 2029-30.',
        '21%',
        'actual',
      ],
      ['Unaudited preliminary results show revenue up 8% for 2030.', '8%', 'actual'],
      [
        'Preliminary estimates indicate that remittances to the region grew 4.1% in 2030.',
        '4.1%',
        'actual',
      ],
      // Near-misses: the other status.
      ['Preliminary projections suggest GDP will grow 2% in 2032.', '2%', 'expected'],
      ['Growth is provisionally forecast at 1.9% for 2031.', '1.9%', 'expected'],
    ],
  },
  'allocated or spent': {
    call: 'money a body allocates, sets aside or earmarks is a decision, actual, also for a year to come, and money spent in a period over is actual; what a draft budget allocates or a body plans to spend is expected',
    rows: [
      [
        'The ministry has allocated ₹12,000 crore to rural housing for 2031-32.',
        '₹12,000 crore',
        'actual',
      ],
      [
        'The central bank set aside R$2.4 billion for credit losses in 2031.',
        'R$2.4 billion',
        'actual',
      ],
      [
        'The regulator earmarked £80 million for its innovation fund over the next five years.',
        '£80 million',
        'actual',
      ],
      ['The group allocated €600 million to share buybacks for 2031.', '€600 million', 'actual'],
      [
        'The Bank spent US$1.9 billion on climate projects in fiscal 2030.',
        'US$1.9 billion',
        'actual',
      ],
      [
        'Of the €90 million allocated to the census, €71 million was spent in 2030.',
        '€71 million',
        'actual',
      ],
      // Near-misses: the other status.
      ['The draft budget allocates €2.1 billion to defence in 2032.', '€2.1 billion', 'expected'],
      [
        'The draft estimates tabled in Parliament set aside NZ$640 million for flood defences.',
        'NZ$640 million',
        'expected',
      ],
      [
        'The 2032 budget bill earmarks US$1.3 billion for climate adaptation.',
        'US$1.3 billion',
        'expected',
      ],
      [
        'The Finance Bill 2032 reserves ₹6,000 crore for the new pension scheme.',
        '₹6,000 crore',
        'expected',
      ],
      [
        'Parliament passed the draft budget, which allocates €2.1 billion to defence.',
        '€2.1 billion',
        'actual',
      ],
      ['The 2032 Budget Law allocates €2.1 billion to defence.', '€2.1 billion', 'actual'],
      ['The ministry plans to spend ₹8,000 crore on roads next year.', '₹8,000 crore', 'expected'],
    ],
  },
  'would have been': {
    call: 'a level a condition against the facts says "would have been" is a supposition, no figure (README, traps: a counterfactual); the level measured beside it is actual',
    rows: [
      [
        'Had the policy rate not been raised, the krona would have fallen by about 6%.',
        '6%',
        'no figure proposed',
      ],
      [
        'Had the price cap not been in place, the typical bill would have risen to £2,400.',
        '£2,400',
        'no figure proposed',
      ],
      [
        'Had the census not been revised, the population would have grown by 0.9% in 2030.',
        '0.9%',
        'no figure proposed',
      ],
      // v53: "Without", "Absent" or "But for" with the past unreal, whatever its verb.
      [
        'Without the energy subsidies, inflation would have been 4.3% in 2030.',
        '4.3%',
        'no figure proposed',
      ],
      [
        'Without the one-off gain, the group would have posted a loss of €120 million.',
        '€120 million',
        'no figure proposed',
      ],
      [
        'Absent the debt relief, the debt ratio would have climbed to 95% of GDP.',
        '95%',
        'no figure proposed',
      ],
      // Near-misses: the other status.
      [
        'Inflation was 2.9% in 2030; without the energy subsidies it would have been higher.',
        '2.9%',
        'actual',
      ],
      ['The debt ratio fell to 81% of GDP in 2030 after the debt relief.', '81%', 'actual'],
    ],
    open: [],
  },
  'target met': {
    call: 'a target a finite verb of attainment says was met, reached, hit or achieved ("met its target of 40%") is the level reached, actual; one passed ("exceeded its goal of") is so for a period named and over; a target still to be met, not met, or measured against since a date, is expected',
    rows: [
      ['The ministry met its target of 40% renewable electricity in 2030.', '40%', 'actual'],
      ['The central bank achieved its inflation target of 2% last year.', '2%', 'actual'],
      [
        'The regulator reports that the utility hit its leakage-reduction target of 15% in 2029-30.',
        '15%',
        'actual',
      ],
      [
        'The company exceeded its cost-savings goal of €300 million in 2030.',
        '€300 million',
        'actual',
      ],
      [
        'The country reached its vaccination goal of 90% coverage last year, the agency said.',
        '90%',
        'actual',
      ],
      [
        'The statistics office said the 2030 target of 75% employment was attained.',
        '75%',
        'actual',
      ],
      [
        "Exporters reached the government's goal of US$50 billion in sales in 2030.",
        'US$50 billion',
        'actual',
      ],
      // Near-misses: the other status.
      [
        'The ministry is on track to meet its target of 45% renewable electricity by 2035.',
        '45%',
        'expected',
      ],
      [
        'The company aims to meet a cost-savings goal of €400 million by 2033.',
        '€400 million',
        'expected',
      ],
      ["Inflation has exceeded the central bank's target of 2% since mid-2029.", '2%', 'expected'],
      ['The province has yet to reach its goal of 95% broadband coverage.', '95%', 'expected'],
      ['The 2030 target of 75% employment was not met, the office said.', '75%', 'expected'],
      [
        "The Fund's programme target of a 3% primary surplus will be met next year.",
        '3%',
        'expected',
      ],
    ],
  },
};

describe('status paraphrase audit, round 2: each class read in other voices', () => {
  describeClasses(AUDIT);

  it('keeps at least six sentences and two near-misses a class', () => {
    for (const [name, { rows, open = [] }] of Object.entries(AUDIT))
      expect(rows.length + open.length, name).toBeGreaterThanOrEqual(8);
  });
});
