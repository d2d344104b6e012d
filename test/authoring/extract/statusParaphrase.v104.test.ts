// Held sentences of the v104 classes (test/fixtures/prose/README.md, "The calls" and "Status"):
// written from each class alone, in voices other than the one it was first seen in (a ministry, a
// city, a transit agency, a company, a budget office, a fiscal council, a party, an actuary), with
// near-misses that keep their reading. Each row is a short document, its first line the title, read
// through the whole extractor dated 2 April 2031: the number's own words, then the kind and status
// wanted.

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';

type Row = readonly [text: string, number: string, kind: string, status: string];

/** The kind and status of the figure whose stated words overlap `number`, or why there is none. */
function readingOf(text: string, number: string): string {
  // Dated, with no title of its own: the text's first line is the document's title.
  const found = figuresAt(text, number)[0];
  return found ? `${found.kind} ${found.status}` : 'no figure proposed';
}

const CLASSES: readonly (readonly [name: string, call: string, rows: readonly Row[]])[] = [
  [
    'distance from a plan',
    'a percent "over", "under", "above" or "below" a budget, plan, target, forecast or projection, of an outturn, is a `change` measured from the plan, actual unless the sentence forecasts it; "over the forecast period" is a span, "under the plan" the plan\'s terms, and a share "of" a whole keeps its reading',
    [
      ['Revenue came in 18 percent over forecast in 2030.', '18 percent', 'change', 'actual'],
      ['Capital spending ended the year 12% above budget.', '12%', 'change', 'actual'],
      [
        'Operating costs finished 3 per cent under plan for 2030.',
        '3 per cent',
        'change',
        'actual',
      ],
      ['Tax receipts for the first half were 4.6% below target.', '4.6%', 'change', 'actual'],
      ['Ridership was 7 percent under projections last year.', '7 percent', 'change', 'actual'],
      [
        'The department spent 9.5 per cent over its budget in 2029-30.',
        '9.5 per cent',
        'change',
        'actual',
      ],
      [
        'Collections ran 2.1 percent ahead of plan through December.',
        '2.1 percent',
        'change',
        'actual',
      ],
      ['Outturn was 5% above the budgeted amount.', '5%', 'change', 'actual'],
      ['Programme costs are 11 per cent over budget so far.', '11 per cent', 'change', 'actual'],
      [
        'Health spending came in 6.2 per cent higher than budgeted.',
        '6.2 per cent',
        'change',
        'actual',
      ],
      ['Revenue came to 105 per cent of the amount budgeted.', '105 per cent', 'share', 'actual'],
      ['Spending was 3% of GDP in 2030.', '3%', 'share', 'actual'],
      ['Inflation was 2.2 percent above target in March.', '2.2 percent', 'change', 'actual'],
      [
        'Revenue is forecast to be 4 percent above budget in 2032.',
        '4 percent',
        'change',
        'expected',
      ],
      [
        'Growth is projected to average 2% a year over the forecast period.',
        '2%',
        'change',
        'expected',
      ],
      ['Under the projections, debt rises to 90% of GDP by 2040.', '90%', 'share', 'expected'],
      ['Under the plan, the levy rises to 30% in 2033.', '30%', 'share', 'expected'],
      ['Inflation will average 2.1% over the projection horizon.', '2.1%', 'change', 'expected'],
      ['Grants cover 60% under the plan.', '60%', 'share', 'actual'],
      ['Half the projects, or 48%, came in over budget.', '48%', 'share', 'actual'],
      ['The deficit is 3% of GDP under the budget.', '3%', 'share', 'actual'],
      ['About 20% of the schemes ran over their estimates.', '20%', 'share', 'actual'],
      [
        'The cost of the line is 14% over the original estimate, the audit found.',
        '14%',
        'change',
        'actual',
      ],
    ],
  ],
  [
    "a budget proposal's contents",
    'in a document presenting a budget proposal, request or draft for a period not over, what the budget "provides", "spends", "invests" or "allocates" is expected; an enacted budget, an act and a past verb keep actual',
    [
      [
        "The Mayor's Proposed Budget for Fiscal Year 2032\n\nThe 2032 budget proposal provides $4.1 billion for public schools.",
        '$4.1 billion',
        'amount',
        'expected',
      ],
      [
        'Draft State Budget 2032-33\n\nThe draft budget allocates R12.6 billion to provincial roads.',
        'R12.6 billion',
        'amount',
        'expected',
      ],
      [
        'Executive Budget Proposal, Fiscal Year 2032\n\nThe budget spends $310 million on transit operations.',
        '$310 million',
        'amount',
        'expected',
      ],
      [
        "The President's Budget Request for 2032\n\nThe request provides $2.4 billion for wildfire suppression.",
        '$2.4 billion',
        'amount',
        'expected',
      ],
      [
        'Governor unveils proposed budget\n\nThe proposed budget includes $640 million for housing vouchers.',
        '$640 million',
        'amount',
        'expected',
      ],
      [
        'Council budget consultation 2032/33\n\nThe draft budget sets aside £8.2 million for road repairs.',
        '£8.2 million',
        'amount',
        'expected',
      ],
      [
        'Budget proposal 2032\n\nThe budget provides for spending of €1.3 billion on defence.',
        '€1.3 billion',
        'amount',
        'expected',
      ],
      [
        'Enacted Budget Financial Plan, Fiscal Year 2031\n\nThe enacted budget provides $4.1 billion for public schools.',
        '$4.1 billion',
        'amount',
        'actual',
      ],
      [
        'Annual Report 2030\n\nThe 2030 budget provided $4.1 billion for public schools.',
        '$4.1 billion',
        'amount',
        'actual',
      ],
      [
        'Budget Act 2031\n\nThe Act provides $900 million for rural clinics.',
        '$900 million',
        'amount',
        'actual',
      ],
      [
        'Mid-year review\n\nThe adopted 2031 budget provides $3.2 billion for policing.',
        '$3.2 billion',
        'amount',
        'actual',
      ],
      [
        'Proposed Operating Budget, Fiscal Year 2032-33\n\nThe budget provides $86.4 million for the fire department.',
        '$86.4 million',
        'amount',
        'expected',
      ],
      [
        "Governor's Recommended Budget for Fiscal Year 2032\n\nThe recommended budget provides $1.2 billion for Medicaid.",
        '$1.2 billion',
        'amount',
        'expected',
      ],
      [
        'Draft Budget 2032 for consultation\n\nThe budget allocates £42 million to estates maintenance.',
        '£42 million',
        'amount',
        'expected',
      ],
      [
        "City Hall news\n\nThe Mayor's 2032 budget proposal spends $2.1 billion on policing.",
        '$2.1 billion',
        'amount',
        'expected',
      ],
      [
        'Ministry of Finance\n\nThe Minister today tabled the draft 2032 budget. The budget devotes ₦412.6 billion to health.',
        '₦412.6 billion',
        'amount',
        'expected',
      ],
      [
        'Budget Proposal for FY 2032\n\nThe proposal funds the new metro line with $780 million.',
        '$780 million',
        'amount',
        'expected',
      ],
      [
        'Budget Request for 2032\n\nThe budget invests $3.3 billion in broadband.',
        '$3.3 billion',
        'amount',
        'expected',
      ],
      [
        'Budget Proposal for FY 2032\n\nThe FY 2031 enacted budget provides $3.9 billion for schools.',
        '$3.9 billion',
        'amount',
        'actual',
      ],
      [
        'Budget Proposal for FY 2032\n\nLast year the council spent $3.1 billion on schools.',
        '$3.1 billion',
        'amount',
        'actual',
      ],
      [
        'Annual report 2030\n\nThe 2030 budget provided $4.1 billion for schools.',
        '$4.1 billion',
        'amount',
        'actual',
      ],
      [
        "Kestrel County\nRecommended Budget for Fiscal Year 2032\nPresented to the County Council, 3 March 2031\n\nThe budget provides $212.4 million for the sheriff's office.",
        '$212.4 million',
        'amount',
        'expected',
      ],
      [
        'Kestrel County\nAnnual Report 2030\n\nThe 2030 budget provided $212.4 million for the sheriff.',
        '$212.4 million',
        'amount',
        'actual',
      ],
      [
        'Appropriation Act 2031\n\nThe Act provides $640 million for housing vouchers.',
        '$640 million',
        'amount',
        'actual',
      ],
    ],
  ],
  [
    'a question headline',
    'a question on a line of its own restates a figure the body states and takes its status, whichever it is',
    [
      [
        "Proposed Budget for Fiscal Year 2032\n\nWhat's $1.9 billion buy? A new hospital wing\n\nThe budget provides $1.9 billion for the Eastside hospital wing.",
        '$1.9 billion',
        'amount',
        'expected',
      ],
      [
        'Draft Budget 2032-33\n\nWhere does the R4.2 billion go?\n\nThe draft budget allocates R4.2 billion to water infrastructure.',
        'R4.2 billion',
        'amount',
        'expected',
      ],
      [
        'Budget Request for 2032\n\nWhy $640 million for ports?\n\nThe request includes $640 million for port dredging.',
        '$640 million',
        'amount',
        'expected',
      ],
      [
        'Annual report 2030\n\nWhat did $3.1 billion buy?\n\nThe department spent $3.1 billion on roads in 2030.',
        '$3.1 billion',
        'amount',
        'actual',
      ],
      [
        'Quarterly bulletin\n\nIs 4.5% growth sustainable?\n\nThe economy grew 4.5% in 2030.',
        '4.5%',
        'change',
        'actual',
      ],
      [
        'Outlook 2032\n\nCan 3% growth last?\n\nGrowth is forecast at 3% in 2032.',
        '3%',
        'change',
        'expected',
      ],
      [
        'Annual report 2030\n\nWill $3.1 billion be enough?\n\nThe department spent $3.1 billion on roads in 2030.',
        '$3.1 billion',
        'amount',
        'actual',
      ],
      [
        'Fiscal monitor, March 2031\n\nHow far will a 6.1% deficit go?\n\nThe deficit is projected to reach 6.1% of GDP in 2032.',
        '6.1%',
        'share',
        'expected',
      ],
      [
        'Council news\n\nWhy is $45 million going to the pool?\n\nUnder the proposed 2032 budget, the aquatic centre gets $45 million.',
        '$45 million',
        'amount',
        'expected',
      ],
      [
        'Statistics bulletin\n\nWill 4% inflation return?\n\nPrices rose 2.1% in 2030.',
        '4%',
        'change',
        'expected',
      ],
    ],
  ],
  [
    "a costing document's body",
    'in a document that costs a party\'s proposals (named in the title) or in a manifesto, a sum a measure costs, raises, saves or pays in the present is expected; a past, a present measure ("currently", "today") and a period over keep their reading',
    [
      [
        "Costing of the Green Party's 2034 platform\n\nThe universal childcare programme costs $6.2 billion a year.",
        '$6.2 billion',
        'amount',
        'expected',
      ],
      [
        "Costing of the Green Party's 2034 platform\n\nFree public transit adds $1.4 billion to annual spending.",
        '$1.4 billion',
        'amount',
        'expected',
      ],
      [
        'Independent costing of the Labour manifesto\n\nThe wealth tax raises £9.8 billion by 2036.',
        '£9.8 billion',
        'amount',
        'expected',
      ],
      [
        "Fiscal Council assessment of the Civic Union's election programme\n\nThe pension top-up costs €2.3 billion in its first year.",
        '€2.3 billion',
        'amount',
        'expected',
      ],
      [
        "Costing of the Green Party's 2034 platform\n\nThe carbon dividend returns $410 per household.",
        '$410',
        'amount',
        'expected',
      ],
      [
        "Costing of the Green Party's 2034 platform\n\nFederal spending was $512 billion in 2030.",
        '$512 billion',
        'amount',
        'actual',
      ],
      [
        "Costing of the Green Party's 2034 platform\n\nThe GST is currently 5%.",
        '5%',
        'share',
        'actual',
      ],
      [
        'Ministry bulletin\n\nThe childcare programme costs $6.2 billion a year.',
        '$6.2 billion',
        'amount',
        'actual',
      ],
      [
        'Our Platform for a Fairer Province\n\nOur childcare plan costs $1.1 billion a year, paid for by the surtax.',
        '$1.1 billion',
        'amount',
        'expected',
      ],
      [
        "Costing of the Green Party's 2034 platform\n\nThe existing childcare subsidy costs $2.1 billion today.",
        '$2.1 billion',
        'amount',
        'actual',
      ],
      [
        "Costing of the Green Party's 2034 platform\n\nIn 2030 the rebate cost $900 million.",
        '$900 million',
        'amount',
        'actual',
      ],
      [
        'Analysis of the Liberal platform\n\nThe income tax cut lowers revenue by C$3.4 billion in 2035-36.',
        'C$3.4 billion',
        'amount',
        'expected',
      ],
    ],
  ],
  [
    'a projection carried',
    'after a sentence whose lead figure is a projection, a figure dated only by "by then", "at that point", "in that year", "over the same period", or moved on by a bare present verb of a path ("climbs to", "rise to", "peaks at"), is expected too; a past, a period of its own or "today" keep their reading',
    [
      [
        'Long-term outlook\n\nUnder current law, the deficit is projected to reach 6.1% of GDP in 2035. Debt climbs to 118% of GDP by 2040.',
        '118%',
        'share',
        'expected',
      ],
      [
        'Long-term outlook\n\nUnder current law, the deficit is projected to reach 6.1% of GDP in 2035. Debt stood at 98% in 2024.',
        '98%',
        'share',
        'actual',
      ],
      [
        'Pension outlook\n\nIn the baseline, contributions are projected to rise to 9.4% of payroll by 2045. Benefits reach 11.2% of payroll in 2060.',
        '11.2%',
        'share',
        'expected',
      ],
      [
        'Fiscal sustainability report\n\nOn unchanged policies, spending is projected to grow to 44% of GDP by 2050. Health spending accounts for 9.1% of GDP by then.',
        '9.1%',
        'share',
        'expected',
      ],
      [
        'Outlook\n\nThe central projection has inflation returning to 2% in 2033. Unemployment peaks at 5.4% in 2032.',
        '5.4%',
        'share',
        'expected',
      ],
      [
        'Outlook\n\nUnder current law, the deficit is projected to reach 6.1% of GDP in 2035. Debt is 92% of GDP today.',
        '92%',
        'share',
        'actual',
      ],
      [
        'Outlook\n\nUnder current law, the deficit is projected to reach 6.1% of GDP in 2035. Revenue rose 4% last year.',
        '4%',
        'change',
        'actual',
      ],
      [
        'Budget office long-term outlook\n\nUnder current law, federal debt is projected to reach 131% of GDP in 2055. Net interest costs rise to 5.4% of GDP.',
        '5.4%',
        'share',
        'expected',
      ],
      [
        "Pension fund report\n\nUnder the baseline, the fund's assets are projected to peak at 41% of GDP in 2048. At that point, benefit payments equal 7.9% of GDP.",
        '7.9%',
        'share',
        'expected',
      ],
      [
        'Health projections\n\nHealth spending is projected to grow 5.3% a year through 2040. In that year, it makes up 22.1% of the economy.',
        '22.1%',
        'share',
        'expected',
      ],
      [
        'Outlook\n\nUnder current law, the deficit is projected to reach 6.1% of GDP in 2035. Over the same period, revenue averages 18.4% of GDP.',
        '18.4%',
        'share',
        'expected',
      ],
      [
        'Outlook\n\nUnder current law, the deficit is projected to reach 6.1% of GDP in 2035. Back in 2024, revenue was 17.2% of GDP.',
        '17.2%',
        'share',
        'actual',
      ],
      [
        'Outlook\n\nUnder current law, the deficit is projected to reach 6.1% of GDP in 2035. Spending on defence is 2.9% of GDP this year.',
        '2.9%',
        'share',
        'expected',
      ],
    ],
  ],
  [
    'actuarial rates and results',
    'a rate the law fixes ("the legislated contribution rate of 9.9%", "fixed by law at 12.5%") is actual whatever the sentence projects; label lines under a heading of projections standing alone ("Projection results", "Key projected results") are expected; a heading set against experience keeps its lines actual',
    [
      [
        'Actuarial report on the pension fund\n\nThe legislated contribution rate of 9.9% applies to earnings up to the ceiling.',
        '9.9%',
        'share',
        'actual',
      ],
      [
        'Actuarial valuation 2030\n\nContributions are paid at the statutory rate of 12.4% of pay.',
        '12.4%',
        'share',
        'actual',
      ],
      [
        'Actuarial valuation 2030\n\nProjection results\n\nFunding ratio in 2050: 87%\nContribution rate needed in 2060: 14.2%',
        '87%',
        'share',
        'expected',
      ],
      [
        'Actuarial valuation 2030\n\nProjection results\n\nFunding ratio in 2050: 87%\nContribution rate needed in 2060: 14.2%',
        '14.2%',
        'share',
        'expected',
      ],
      [
        'Actuarial report\n\nProjected results\n- Asset-liability ratio, 2045: 112%\n- Reserve ratio, 2055: 4.1',
        '112%',
        'share',
        'expected',
      ],
      [
        'Actuarial valuation 2030\n\nValuation results\n\nFunding ratio at 31 December 2030: 94%',
        '94%',
        'share',
        'actual',
      ],
      [
        'Actuarial report\n\nThe contribution rate set in law is 18.6%.',
        '18.6%',
        'share',
        'actual',
      ],
      [
        'Actuarial report\n\nThe minimum contribution rate of 10.1% is projected to be sufficient.',
        '10.1%',
        'share',
        'expected',
      ],
      [
        'Actuarial report on the Canada-style pension plan\n\nProjection results\n\nFunding ratio at the end of the projection period: 87%\nLong-run steady-state contribution rate: 14.2%',
        '87%',
        'share',
        'expected',
      ],
      [
        'Actuarial report on the Canada-style pension plan\n\nProjection results\n\nFunding ratio at the end of the projection period: 87%\nLong-run steady-state contribution rate: 14.2%',
        '14.2%',
        'share',
        'expected',
      ],
      [
        'Triennial valuation\n\nKey projected results\n- Asset/expenditure ratio: 5.8\n- Reserve fund as a share of GDP: 31%',
        '31%',
        'share',
        'expected',
      ],
      [
        'Actuarial report\n\nThe legislated contribution rate of 9.9% is projected to be sufficient to sustain the plan.',
        '9.9%',
        'share',
        'actual',
      ],
      [
        'Actuarial report\n\nUnder the legislated contribution rate of 9.9%, assets are projected to grow.',
        '9.9%',
        'share',
        'actual',
      ],
      [
        'Actuarial report\n\nThe contribution rate, fixed by law at 12.5% of insurable earnings, is expected to be adequate until 2070.',
        '12.5%',
        'share',
        'actual',
      ],
      [
        'Actuarial report\n\nThe statutory contribution rate will rise to 10.4% in 2034 under the Act.',
        '10.4%',
        'share',
        'actual',
      ],
      [
        'Actuarial valuation as at 31 December 2030\n\nValuation results\n\nFunding ratio: 94%\nSurplus: $1.2 billion',
        '94%',
        'share',
        'actual',
      ],
      [
        'Actuarial report\n\nA legislated contribution rate of 11% would be needed to restore balance.',
        '11%',
        'share',
        'expected',
      ],
      [
        'Actuarial report\n\nProjections versus experience\n\nFunding ratio: 91%',
        '91%',
        'share',
        'actual',
      ],
    ],
  ],
];

for (const [name, call, rows] of CLASSES) {
  describe(`${name}: ${call}`, () => {
    it.each(rows)('%s (%s) is %s, %s', (text, number, kind, status) => {
      expect(readingOf(text, number)).toBe(`${kind} ${status}`);
    });
  });
}

describe('still misread', () => {
  it.fails(
    'a projected rate named with its year and a present copula reads as now ("The required contribution rate of 14.2% in 2060 is above the current one")',
    () => {
      expect(
        readingOf(
          'Actuarial report\n\nThe required contribution rate of 14.2% in 2060 is above the current one.',
          '14.2%',
        ),
      ).toBe('share expected');
    },
  );
});
