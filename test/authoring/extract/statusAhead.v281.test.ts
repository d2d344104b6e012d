// Held sentences of the v281 class (test/fixtures/prose/README.md, "Status"): what a bill not yet
// enacted, a proposal, a request or a recommendation says, and the costing or projection of a
// measure for a period not yet over, read expected, in the shapes the blind sets ho318–ho322
// showed read actual. Written in voices other than theirs: an excise bill, harbour dues, a pension
// supplement, a heating allowance, a fuel-duty freeze, battery plants, hospital grants, a
// regulator's final charge and a tax panel.
//  - expected: the change a bill or a part of one makes ("Part 2 of the Bill amends the Excise
//    Tariff Act to raise …", "Clause 6 of the Bill lowers …"); the cells of a table its caption
//    names proposed ("(proposed)") or as what the proposals cost; the second number of a gapped
//    clause after a proposal or a forecast ("…, and the carer's supplement from €150 to €165");
//    "This gives households savings of" after a forecast; what a measure costs or is worth ("The
//    freeze of fuel duty costs"); investments announced; the later end of a decision's path
//    ("…, rising to $4.6 billion in 2036-37"); the level a change starts from "in the draft
//    determination"; an item of a list a recommendation leads.
// Near-misses keep their reading: an enacted act's change, the "from" level of a bill's change, an
// uncaptioned table, a gapped clause of an outturn, a measure's cost told in the past, investment
// made, an allocation's own year, a "from" level of a year over and a decided list's item.

import { describe, expect, it } from 'vitest';
import { nthStatusOf, statusOf, type Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-03-12',
  publisher: 'Arland Office',
  url: 'https://example.org/note',
};

const ahead: [string, string][] = [
  [
    '2.4 Part 2 of the Bill amends the Excise Tariff Act 1995 to raise the duty on cider from 12 per cent to 14 per cent from 1 July 2034.',
    '14 per cent',
  ],
  ['Clause 6 of the Finance Bill lowers the small-profits rate to 17 per cent.', '17 per cent'],
  [
    'Table 3: Harbour dues per gross tonne (proposed)\n| Vessel class | Current | From 1 July 2034 |\n|---|---|---|\n| Coastal | $0.42 | $0.47 |',
    '$0.47',
  ],
  [
    'Table 2: Revenue cost of the proposed measures, 2034-35\n| Measure | Cost |\n|---|---|\n| Higher personal allowance | £1.3 billion |',
    '£1.3 billion',
  ],
  [
    "The pension supplement is proposed to rise from €310 to €330 a month, and the carer's supplement from €150 to €165.",
    '€165',
  ],
  [
    'A household on $40,000 will save about $320 a year, and a household earning $80,000 about $510.',
    '$510',
  ],
  [
    'The heating allowance will be raised by 6 per cent next winter. This gives households savings of about £140 million.',
    '£140 million',
  ],
  ['The freeze of fuel duty costs the Exchequer about £2.4 billion in 2034-35.', '£2.4 billion'],
  ['The cut of one point is worth around €260 a year to a worker on the median wage.', '€260'],
  [
    'Carmakers have announced investments of €4.2 billion in battery plants to 2038.',
    '€4.2 billion',
  ],
  [
    'The Budget allocates $4.1 billion to hospital grants in 2034-35, rising to $4.6 billion in 2036-37.',
    '$4.6 billion',
  ],
  ['The final charge is 2.1p per minute, down from 2.4p in the draft determination.', '2.4p'],
  [
    'The Panel recommends that the Minister:\n1. Raise the tax-free allowance to £14,000 for single earners.',
    '£14,000',
  ],
];

const near: [string, string, string][] = [
  // An enacted act's change is law.
  [
    'The Excise Tariff Amendment Act 2033 raised the duty on cider from 12 per cent to 14 per cent.',
    '14 per cent',
    'actual',
  ],
  // The level a bill's change starts from is the one in force.
  [
    '2.4 Part 2 of the Bill amends the Excise Tariff Act 1995 to raise the duty on cider from 12 per cent to 14 per cent from 1 July 2034.',
    '12 per cent',
    'actual',
  ],
  // A table its caption does not name proposed keeps its reading.
  [
    'Table 3: Harbour dues per gross tonne\n| Vessel class | 2032 | 2033 |\n|---|---|---|\n| Coastal | $0.42 | $0.47 |',
    '$0.47',
    'actual',
  ],
  // A gapped clause of an outturn borrows the past.
  [
    "The pension supplement rose from €310 to €330 a month in 2031, and the carer's supplement from €150 to €165.",
    '€165',
    'actual',
  ],
  // A measure's cost told in the past is an outturn.
  ['The freeze of fuel duty cost the Exchequer £2.4 billion in 2031-32.', '£2.4 billion', 'actual'],
  // Investment made, not announced.
  ['Carmakers invested €4.2 billion in battery plants in 2032.', '€4.2 billion', 'actual'],
  // The allocation for its own year is the decision.
  [
    'The Budget allocates $4.1 billion to hospital grants in 2034-35, rising to $4.6 billion in 2036-37.',
    '$4.1 billion',
    'actual',
  ],
  // The level a proposal would raise "from" is no cost of it.
  [
    'The majority proposal would raise the hourly wage from €11.80 to €12.40 from 1 March 2035.',
    '€11.80',
    'actual',
  ],
  // A "from" level of a year over is the outturn.
  ['The final charge is 2.1p per minute, down from 2.4p in 2031.', '2.4p', 'actual'],
];

// The other way (v281, from ho318 and ho320): findings beside a recommended column, a level named
// by a word of the level in force in a list of proposals, and the rates table of a budget that
// sets its rates are actual; the recommended column, the proposed rate and a proposed table stay
// expected.
const BUDGET_REVIEW =
  'Ministry of Finance\nBudget 2034 Review, Annex B: Personal income tax\nTabled in Parliament on 21 February 2034\n\nB.1 All brackets will be increased by 3.9 per cent.\n\n';
const BUDGET_SOURCE: Source = { ...SOURCE, date: '2034-02-21' };
const otherWay: [string, string, string][] = [
  [
    'Recommended anti-dumping duties\n\n| Product | Dumping margin | Recommended duty |\n|---|---|---|\n| Steel wire | 22.4% | 18.0% |',
    '22.4%',
    'actual',
  ],
  [
    'Recommended anti-dumping duties\n\n| Product | Dumping margin | Recommended duty |\n|---|---|---|\n| Steel wire | 22.4% | 18.0% |',
    '18.0%',
    'expected',
  ],
  [
    'The Ministry proposes the following concessions. Comments close on 4 June 2034.\n- Solar inverters: normal tariff 15%, proposed concession rate 5%;',
    '15%',
    'actual',
  ],
  [
    'The Ministry proposes the following concessions. Comments close on 4 June 2034.\n- Solar inverters: normal tariff 15%, proposed concession rate 5%;',
    '5%',
    'expected',
  ],
];
const budgetRates: [string, string, string][] = [
  [
    'Table B.1 Personal income tax rates, 2034/35\n| Taxable income | Rates of tax |\n|---|---|\n| R0 – R256 000 | 18% of taxable income |',
    '18%',
    'actual',
  ],
  [
    'Table B.1 Proposed personal income tax rates, 2035/36\n| Taxable income | Rates of tax |\n|---|---|\n| R0 – R256 000 | 17% of taxable income |',
    '17%',
    'expected',
  ],
];

describe('v281: findings, levels in force and the rates table a budget sets stay actual', () => {
  it.each(otherWay)('%s → %s %s', (text, number, want) => {
    expect(nthStatusOf(text, number, SOURCE)).toBe(want);
  });
  it.each(budgetRates)('%s → %s %s', (text, number, want) => {
    expect(statusOf(BUDGET_REVIEW + text, number, BUDGET_SOURCE)).toBe(want);
  });
});

describe('v281: what bills, proposals and costings say is expected', () => {
  it.each(ahead)('%s → %s expected', (text, number) => {
    expect(statusOf(text, number, SOURCE)).toBe('expected');
  });
});

describe('v281: near-misses keep their reading', () => {
  it.each(near)('%s → %s %s', (text, number, want) => {
    expect(statusOf(text, number, SOURCE)).toBe(want);
  });
  it('the level a gapped proposal starts from stays in force', () => {
    expect(
      nthStatusOf(
        "The pension supplement is proposed to rise from €310 to €330 a month, and the carer's supplement from €150 to €165.",
        '€150',
        SOURCE,
      ),
    ).toBe('actual');
  });
});
