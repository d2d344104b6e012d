// A paraphrase audit of the figure calls in test/fixtures/prose/README.md: for each class of figure
// construction the README settles, six sentences in voices the other tests do not use (a ministry,
// a central bank, a statistics office, a trade body, a company, an international body, a regional
// government, a health or education ministry), with other nouns, verbs and word order, and two
// near-misses the README makes traps. A figure is found when a proposal's stated words overlap the
// number's text with the kind, value or range and unit wanted; a near-miss when none overlaps it.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2031-04-02',
    publisher: 'Arland Statistics Office',
    title: 'Quarterly review',
    url: 'https://example.org/review',
  },
};

type Kind = 'change' | 'share' | 'amount';

/** A sentence, the number's text in it, and what it must be read as. */
interface Wanted {
  text: string;
  number: string;
  kind: Kind;
  value?: number;
  range?: { low: number; high: number };
  unit: string;
}

/** A sentence and a number in it that the README makes a trap: nothing may be proposed over it. */
interface NearMiss {
  text: string;
  number: string;
}

interface FigureClass {
  name: string;
  figures: Wanted[];
  nearMisses: NearMiss[];
}

const f = (text: string, number: string, kind: Kind, value: number, unit: string): Wanted => ({
  text,
  number,
  kind,
  value,
  unit,
});
const r = (
  text: string,
  number: string,
  kind: Kind,
  low: number,
  high: number,
  unit: string,
): Wanted => ({ text, number, kind, range: { low, high }, unit });
const n = (text: string, number: string): NearMiss => ({ text, number });

const PC = 'percent';
const PP = 'percentage-points';

const CLASSES: FigureClass[] = [
  {
    name: 'a change in percent told by any verb of change, a fall negative',
    figures: [
      f('Manufacturing output contracted 2.3% in the second quarter.', '2.3%', 'change', -2.3, PC),
      f(
        "The group's order intake expanded by 7.5 per cent on the year.",
        '7.5 per cent',
        'change',
        7.5,
        PC,
      ),
      f(
        'Hospital admissions for influenza slipped 4 percent in January, the health ministry reported.',
        '4 percent',
        'change',
        -4,
        PC,
      ),
      f('Regional tourism receipts advanced 11.2% in 2030.', '11.2%', 'change', 11.2, PC),
      f(
        'Enrolment in vocational colleges shrank by 3.8 per cent, according to the education ministry.',
        '3.8 per cent',
        'change',
        -3.8,
        PC,
      ),
      f(
        'World merchandise trade volumes grew 1.7 percent last year, the secretariat estimates.',
        '1.7 percent',
        'change',
        1.7,
        PC,
      ),
    ],
    nearMisses: [
      n(
        'The ministry puts the probability that output contracts next year at 60 percent.',
        '60 percent',
      ),
      n('Output fell in 2029 for the first time since 2009.', '2029'),
    ],
  },
  {
    name: 'a multiple of the same measure at an earlier time is a change',
    figures: [
      f('Solar capacity in the province has tripled since 2025.', 'tripled', 'change', 200, PC),
      f(
        'Exports of electric cars doubled in 2030, the trade association said.',
        'doubled',
        'change',
        100,
        PC,
      ),
      f(
        'Waiting lists for hip operations have halved over two years.',
        'halved',
        'change',
        -50,
        PC,
      ),
      f(
        'Lending to small firms rose fourfold between 2020 and 2030.',
        'fourfold',
        'change',
        300,
        PC,
      ),
      f(
        'Remittance inflows grew two and a half times over the decade, the World Bank notes.',
        'two and a half times',
        'change',
        150,
        PC,
      ),
      f(
        'Spending on broadband has risen five-fold since the plan began.',
        'five-fold',
        'change',
        400,
        PC,
      ),
    ],
    nearMisses: [
      n('Wages in the capital are 1.4 times the national average.', '1.4 times'),
      n('The bank raised rates for a third time this year.', 'third'),
    ],
  },
  {
    name: 'a change in percentage points, never turned into percent',
    figures: [
      f(
        'The jobless rate edged down 0.2 percentage points to 5.1% in March.',
        '0.2 percentage points',
        'change',
        -0.2,
        PP,
      ),
      f('The share of renewables in generation rose 3.5 pp in 2030.', '3.5 pp', 'change', 3.5, PP),
      f(
        'Vaccination coverage among infants increased by 2.1 percentage points, the health ministry said.',
        '2.1 percentage points',
        'change',
        2.1,
        PP,
      ),
      f(
        "The firm's operating margin improved 1.3 percentage points to 14.2%.",
        '1.3 percentage points',
        'change',
        1.3,
        PP,
      ),
      f(
        'Youth unemployment across the bloc declined by half a percentage point, the OECD said.',
        'half a percentage point',
        'change',
        -0.5,
        PP,
      ),
      f(
        'The participation rate of women went up by 1.8 percentage points over the decade.',
        '1.8 percentage points',
        'change',
        1.8,
        PP,
      ),
    ],
    nearMisses: [
      n(
        'The target is 2% within a band of plus or minus 1 percentage point.',
        '1 percentage point',
      ),
      n(
        "Women's employment rate was 64%, some 9 percentage points below the rate for men.",
        '9 percentage points',
      ),
    ],
  },
  {
    name: 'basis points, divided by a hundred, in percentage points',
    figures: [
      f(
        'The Monetary Policy Committee lowered the repo rate by 25 basis points to 6.25%.',
        '25 basis points',
        'change',
        -0.25,
        PP,
      ),
      f(
        'Ten-year yields climbed 40 basis points over the month.',
        '40 basis points',
        'change',
        0.4,
        PP,
      ),
      f(
        "The bank's net interest margin contracted by 12 bps in the half.",
        '12 bps',
        'change',
        -0.12,
        PP,
      ),
      f(
        'The central bank hiked its key rate by 75 basis points on Thursday.',
        '75 basis points',
        'change',
        0.75,
        PP,
      ),
      f(
        'Spreads on provincial bonds tightened 18 basis points, the debt agency said.',
        '18 basis points',
        'change',
        -0.18,
        PP,
      ),
      f(
        'The Reserve Bank raised the cash rate by fifty basis points.',
        'fifty basis points',
        'change',
        0.5,
        PP,
      ),
    ],
    nearMisses: [
      n('Loans are priced at 150 basis points above the reference rate.', '150 basis points'),
      n('The notes pay a spread of 90 basis points over SOFR.', '90 basis points'),
    ],
  },
  {
    name: '"from … to …" between two levels is two levels',
    figures: [
      f('The unemployment rate fell from 6.1% to 5.4% over the year.', '5.4%', 'share', 5.4, PC),
      f(
        'The central bank lowered its policy rate from 7.5 per cent to 7 per cent.',
        '7.5 per cent',
        'share',
        7.5,
        PC,
      ),
      f(
        'The share of pupils reaching the standard rose from 58% to 63%, the education ministry said.',
        '63%',
        'share',
        63,
        PC,
      ),
      f(
        'Public debt climbed from 48.2% of GDP to 51.7% of GDP between 2028 and 2030.',
        '51.7% of GDP',
        'share',
        51.7,
        PC,
      ),
      f(
        "The company's market share slipped from 22 percent to 19.5 percent.",
        '19.5 percent',
        'share',
        19.5,
        PC,
      ),
      f(
        'Coverage of the pension scheme widened from 41 per cent to 47 per cent of workers, the ILO reports.',
        '41 per cent',
        'share',
        41,
        PC,
      ),
    ],
    nearMisses: [
      n('Firms with turnover from €2 million to €10 million count as medium-sized.', '€2 million'),
      n('The survey ran from 2 to 16 March 2030.', '16'),
    ],
  },
  {
    name: 'a level in percent: a rate, a yield, a percent of GDP, a part of a whole',
    figures: [
      f('The jobless rate stood at 4.8 per cent in September.', '4.8 per cent', 'share', 4.8, PC),
      f('The key policy rate is now 3.25%.', '3.25%', 'share', 3.25, PC),
      f(
        'Ten-year government bond yields averaged 2.9 percent in May.',
        '2.9 percent',
        'share',
        2.9,
        PC,
      ),
      f(
        'Health spending reached 9.6% of GDP in 2029, the health ministry said.',
        '9.6% of GDP',
        'share',
        9.6,
        PC,
      ),
      f(
        'Women hold 38 per cent of board seats at listed companies.',
        '38 per cent',
        'share',
        38,
        PC,
      ),
      f("Renewables supplied 46% of the region's electricity last year.", '46%', 'share', 46, PC),
    ],
    nearMisses: [
      n('There is a 70 percent chance that the rate will be cut in June.', '70 percent'),
      n('Countries growing faster than 5% attract most of the inflows.', '5%'),
    ],
  },
  {
    name: 'a ratio above 100 naming its denominator or a ratio',
    figures: [
      f('Public debt reached 112.4% of GDP at the end of 2030.', '112.4%', 'share', 112.4, PC),
      f(
        "The bank's liquidity coverage ratio stood at 164 percent.",
        '164 percent',
        'share',
        164,
        PC,
      ),
      f(
        'Household debt is equivalent to 131 per cent of disposable income.',
        '131 per cent',
        'share',
        131,
        PC,
      ),
      f("The insurer's solvency ratio rose to 210%.", '210%', 'share', 210, PC),
      f(
        'External debt amounts to 145 percent of exports, the Fund notes.',
        '145 percent',
        'share',
        145,
        PC,
      ),
      f(
        'The loan-to-deposit ratio of the sector was 118.5 per cent in June.',
        '118.5 per cent',
        'share',
        118.5,
        PC,
      ),
    ],
    nearMisses: [
      n('The volume index of industrial production was 104.2 percent.', '104.2 percent'),
      n('The terms-of-trade index reached 108 per cent in the quarter.', '108 per cent'),
    ],
  },
  {
    name: "a survey's net or weighted balance is a level",
    figures: [
      f('The net balance of firms expecting higher orders rose to +14%.', '+14%', 'share', 14, PC),
      f(
        'The services confidence indicator showed a balance of −6% in March.',
        '−6%',
        'share',
        -6,
        PC,
      ),
      f(
        'Among retailers, a weighted balance of 23% reported higher sales, the trade body said.',
        '23%',
        'share',
        23,
        PC,
      ),
      f(
        'The balance of respondents planning to hire stood at +9 per cent.',
        '+9 per cent',
        'share',
        9,
        PC,
      ),
      f('Expectations for selling prices eased to a net balance of 31%.', '31%', 'share', 31, PC),
      f(
        'In the lending survey a net balance of −12% of banks reported tighter standards.',
        '−12%',
        'share',
        -12,
        PC,
      ),
    ],
    nearMisses: [
      n('The survey has a margin of error of 3 percentage points.', '3 percentage points'),
      n('Results are reported with a 95% confidence interval.', '95%'),
    ],
  },
  {
    name: 'a contribution to growth',
    figures: [
      f(
        'Net exports added 0.6 percentage points to growth.',
        '0.6 percentage points',
        'change',
        0.6,
        PP,
      ),
      f(
        'Household consumption contributed 1.1 percentage points to GDP growth in 2030.',
        '1.1 percentage points',
        'change',
        1.1,
        PP,
      ),
      f(
        'Inventories subtracted 0.3 percentage points from quarterly growth.',
        '0.3 percentage points',
        'change',
        -0.3,
        PP,
      ),
      f(
        'Construction made a contribution of 0.4 percentage points, the statistics office said.',
        '0.4 percentage points',
        'change',
        0.4,
        PP,
      ),
      f('Government spending contributed 0.7% to the rise in output.', '0.7%', 'change', 0.7, PC),
      f(
        'Energy added 0.9 percentage points to headline inflation in May.',
        '0.9 percentage points',
        'change',
        0.9,
        PP,
      ),
    ],
    nearMisses: [
      n('The bonds pay inflation plus 2 percentage points.', '2 percentage points'),
      n('Public pay rises by CPI plus 1.5 per cent each April.', '1.5 per cent'),
    ],
  },
  {
    name: 'money in a charted currency, its scale read whole',
    figures: [
      f(
        'The ministry allocated ZAR 4.2 billion to school infrastructure.',
        'ZAR 4.2 billion',
        'amount',
        4.2e9,
        'ZAR',
      ),
      f(
        'The board approved a capital budget of ₹12,500 crore.',
        '₹12,500 crore',
        'amount',
        1.25e11,
        'INR',
      ),
      f('Group revenue reached €3.4bn in 2030.', '€3.4bn', 'amount', 3.4e9, 'EUR'),
      f(
        'The World Bank approved a US$350 million loan for rural roads.',
        'US$350 million',
        'amount',
        3.5e8,
        'USD',
      ),
      f(
        'The regional government will invest £85m in flood defences.',
        '£85m',
        'amount',
        8.5e7,
        'GBP',
      ),
      f(
        "The health ministry's budget rises to NOK 240 billion.",
        'NOK 240 billion',
        'amount',
        2.4e11,
        'NOK',
      ),
    ],
    nearMisses: [
      n('Niger received 50 billion CFA francs in budget support.', '50 billion'),
      n('The new €2 coin enters circulation in May.', '€2'),
    ],
  },
  {
    name: 'a sum in cents or pence, in whole units',
    figures: [
      f('Diesel fell 9.5 pence a litre in June.', '9.5 pence', 'amount', 0.095, 'GBP'),
      f('The regulator cut the tariff by 1.8p per kWh.', '1.8p', 'amount', 0.018, 'GBP'),
      f(
        'Milk prices rose 3 euro cents a litre, the dairy board said.',
        '3 euro cents',
        'amount',
        0.03,
        'EUR',
      ),
      f(
        'Petrol in the state averaged 12 US cents a litre more than in May.',
        '12 US cents',
        'amount',
        0.12,
        'USD',
      ),
      f(
        'The company raised its dividend by 4 pence to 42 pence a share.',
        '42 pence',
        'amount',
        0.42,
        'GBP',
      ),
      f('The bus fare goes up 20p to £2.', '20p', 'amount', 0.2, 'GBP'),
    ],
    nearMisses: [
      n('The retailer keeps 12 cents of every dollar of sales.', '12 cents'),
      n('A new 50p coin marks the anniversary.', '50p'),
    ],
  },
  {
    name: "a fund's return over a period is a change",
    figures: [
      f('The pension fund earned a return of 7.4% in 2030.', '7.4%', 'change', 7.4, PC),
      f(
        'The sovereign wealth fund returned 11.2 per cent last year.',
        '11.2 per cent',
        'change',
        11.2,
        PC,
      ),
      f('The portfolio posted a net return of −3.1% in the year.', '−3.1%', 'change', -3.1, PC),
      f(
        'Our balanced fund has returned 5.6 percent a year since launch.',
        '5.6 percent',
        'change',
        5.6,
        PC,
      ),
      f(
        'The reserve fund generated an annual return of 4.9%, the finance ministry reports.',
        '4.9%',
        'change',
        4.9,
        PC,
      ),
      f(
        'The endowment achieved an investment return of 8 per cent in the fiscal year.',
        '8 per cent',
        'change',
        8,
        PC,
      ),
    ],
    nearMisses: [
      n('The fund holds a 60% equity and 40% bond portfolio.', '60%'),
      n('There is a 90% chance that returns stay positive.', '90%'),
    ],
  },
  {
    name: 'a range with both ends stated',
    figures: [
      r(
        'Inflation is projected at between 2.5% and 3% next year.',
        '2.5% and 3%',
        'change',
        2.5,
        3,
        PC,
      ),
      r(
        'The economy is expected to grow 1.5 to 2 per cent in 2032.',
        '1.5 to 2 per cent',
        'change',
        1.5,
        2,
        PC,
      ),
      r(
        'The company guides for an operating margin of 18–20 percent.',
        '18–20 percent',
        'share',
        18,
        20,
        PC,
      ),
      r(
        'Growth of 3-3.5% is forecast for the region, the Fund said.',
        '3-3.5%',
        'change',
        3,
        3.5,
        PC,
      ),
      r(
        'The ministry estimates the cost at €1.2 billion to €1.5 billion.',
        '€1.2 billion to €1.5 billion',
        'amount',
        1.2e9,
        1.5e9,
        'EUR',
      ),
      r(
        'Enrolment is expected to rise by between four and six per cent.',
        'four and six per cent',
        'change',
        4,
        6,
        PC,
      ),
    ],
    nearMisses: [
      n('Incomes between £12,571 and £50,270 are taxed at 20%.', '£12,571'),
      n(
        'The band runs plus or minus 1 percentage point around the 3% target.',
        '1 percentage point',
      ),
    ],
  },
  {
    name: 'a fraction or a count out of a whole is a share',
    figures: [
      f('A third of the budget goes to health.', 'A third', 'share', 33.33, PC),
      f('Two fifths of farms in the region are family-owned.', 'Two fifths', 'share', 40, PC),
      f('One in five workers is employed in the public sector.', 'One in five', 'share', 20, PC),
      f(
        'Seven in ten firms reported higher costs, the chamber of commerce said.',
        'Seven in ten',
        'share',
        70,
        PC,
      ),
      f('Nearly half of the new loans went to women.', 'half', 'share', 50, PC),
      f(
        'Two of every three new jobs were in services, the labour ministry said.',
        'Two of every three',
        'share',
        66.67,
        PC,
      ),
    ],
    nearMisses: [
      n('There is a one in three chance of a recession next year.', 'one in three'),
      n('Customers rated the service 8 out of 10.', '8 out of 10'),
    ],
  },
  {
    name: 'a fraction taken by a verb of change is a change',
    figures: [
      f('Coal imports fell by a third in 2030.', 'a third', 'change', -33.33, PC),
      f('Sales of new cars dropped by a quarter.', 'a quarter', 'change', -25, PC),
      f('Tourist arrivals rose by half last year.', 'half', 'change', 50, PC),
      f('The deficit was cut by two thirds over three years.', 'two thirds', 'change', -66.67, PC),
      f('Staff absences declined one fifth in the quarter.', 'one fifth', 'change', -20, PC),
      f(
        'Spending on research grew by a tenth, the education ministry says.',
        'a tenth',
        'change',
        10,
        PC,
      ),
    ],
    nearMisses: [
      n('The bank raised rates a third time in May.', 'third'),
      n('Prices rose for the fourth month in a row.', 'fourth'),
    ],
  },
  {
    name: 'a number in words read whole',
    figures: [
      f('Exports rose twelve per cent in May.', 'twelve per cent', 'change', 12, PC),
      f(
        'The rate was raised by one and a half percentage points.',
        'one and a half percentage points',
        'change',
        1.5,
        PP,
      ),
      f(
        'Public debt reached one hundred and five per cent of GDP.',
        'one hundred and five per cent',
        'share',
        105,
        PC,
      ),
      f('Unemployment fell to five per cent in the spring.', 'five per cent', 'share', 5, PC),
      f('Revenue rose by two and a half percent.', 'two and a half percent', 'change', 2.5, PC),
      f(
        'Sales are expected to grow by twenty-five per cent.',
        'twenty-five per cent',
        'change',
        25,
        PC,
      ),
    ],
    nearMisses: [
      n('Ten of the twelve regions reported growth.', 'Ten'),
      n('The plan has three pillars and five goals.', 'five'),
    ],
  },
  {
    name: 'a bound a subject reached or is forecast to hold stays a figure',
    figures: [
      f('Exports rose by more than 3% in 2030.', '3%', 'change', 3, PC),
      f('Inflation will stay above 3 per cent until mid-2032.', '3 per cent', 'change', 3, PC),
      f('The jobless rate fell below 4.2% in June.', '4.2%', 'share', 4.2, PC),
      f(
        'Sales grew by at least 8 per cent, the trade association said.',
        '8 per cent',
        'change',
        8,
        PC,
      ),
      f('Costs climbed by almost 15 percent.', '15 percent', 'change', 15, PC),
      f('The deficit is expected to remain below 3% of GDP.', '3% of GDP', 'share', 3, PC),
    ],
    nearMisses: [
      n('Firms with turnover above $5 million must file quarterly.', '$5 million'),
      n('Exports passed the $50 billion mark in 2030.', '$50 billion'),
    ],
  },
  {
    name: 'a threshold, cap or ceiling named with its number',
    figures: [
      f(
        'Mergers above the €40 million threshold for review must be notified.',
        '€40 million',
        'amount',
        4e7,
        'EUR',
      ),
      f('The fiscal rule sets a ceiling of 3% of GDP on the deficit.', '3% of GDP', 'share', 3, PC),
      f('The price cap on annual energy bills falls to £1,690.', '£1,690', 'amount', 1690, 'GBP'),
      f('The debt limit is set at 60 per cent of GDP.', '60 per cent', 'share', 60, PC),
      f(
        'Borrowing by municipalities is capped at NZD 2 billion a year.',
        'NZD 2 billion',
        'amount',
        2e9,
        'NZD',
      ),
      f(
        'Public wage growth is limited to a maximum of 2.5 per cent in 2032.',
        '2.5 per cent',
        'change',
        2.5,
        PC,
      ),
    ],
    nearMisses: [
      n('Households earning less than £30,000 qualify for the grant.', '£30,000'),
      n('Public debt crossed the 100% of GDP mark in 2030.', '100%'),
    ],
  },
  {
    name: 'a small table written as lines under a title whose bracket gives the unit',
    figures: [
      f(
        'Unemployment rate, October 2030 (seasonally adjusted, %)\nNorth: 4.5\nSouth: 6.1\n',
        '6.1',
        'share',
        6.1,
        PC,
      ),
      f(
        'Change on the previous quarter (%)\nQ1 2030: +0.6\nQ2 2030: -0.2\n',
        '-0.2',
        'change',
        -0.2,
        PC,
      ),
      f(
        'Retail sales by region, annual change (%)\nCoast: 3.1\nHighlands: 1.9\nIslands: -0.4\n',
        '1.9',
        'change',
        1.9,
        PC,
      ),
      f('Vacancy rate, March 2031 (%)\nHospitals: 7.2\nClinics: 5.4\n', '5.4', 'share', 5.4, PC),
      f(
        'Pass rate in final examinations (per cent)\nState schools: 81.3\nPrivate schools: 88.9\n',
        '81.3',
        'share',
        81.3,
        PC,
      ),
      f(
        'Producer prices, change over the year (%)\nJanuary: 2.2\nFebruary: 2.6\n',
        '2.6',
        'change',
        2.6,
        PC,
      ),
    ],
    nearMisses: [
      n('Branches by region (number)\nNorth: 45\nSouth: 38\n', '45'),
      n('Contents\nChapter 1: 4\nChapter 2: 17\n', '17'),
    ],
  },
  {
    name: 'a figure in brackets after its member or as the earlier period',
    figures: [
      f(
        'Exports rose 4%, led by Machinery (6.1 per cent) and Food (3.2 per cent).',
        '6.1 per cent',
        'change',
        6.1,
        PC,
      ),
      f('Regional output grew 2.1% in 2030 (2.8% in 2029).', '2.8%', 'change', 2.8, PC),
      f('Unemployment edged up to 5.3% (previous month: 5.1%).', '5.1%', 'share', 5.1, PC),
      f(
        'Operating profit came to €412 million (2029: €388 million).',
        '€388 million',
        'amount',
        3.88e8,
        'EUR',
      ),
      f(
        'Spending on hospitals rose 5.2% (primary care: 3.9%), the health ministry said.',
        '3.9%',
        'change',
        3.9,
        PC,
      ),
      f(
        'Enrolment in tertiary education reached 44 per cent of the age group (men 39 per cent).',
        '39 per cent',
        'share',
        39,
        PC,
      ),
    ],
    nearMisses: [
      n('The review (see Table 2 on page 14) covers all regions.', '14'),
      n('The loan (CFA 20 billion) was signed in May.', '20 billion'),
    ],
  },
  {
    name: '"respectively" pairs each number with its subject',
    figures: [
      f('Exports and imports rose 4.2% and 3.1% respectively.', '3.1%', 'change', 3.1, PC),
      f(
        'The North and South regions received €120 million and €95 million respectively.',
        '€95 million',
        'amount',
        9.5e7,
        'EUR',
      ),
      f(
        "Men's and women's employment rates were 78% and 71% respectively.",
        '71%',
        'share',
        71,
        PC,
      ),
      f(
        'Revenue and profit grew by 8 percent and 12 percent, respectively, the company said.',
        '12 percent',
        'change',
        12,
        PC,
      ),
      f(
        'Gross enrolment ratios in primary and secondary schools reached 98% and 87%, respectively.',
        '87%',
        'share',
        87,
        PC,
      ),
      f(
        'Wheat and maize prices fell 6.5% and 9.2% respectively, the agriculture ministry said.',
        '9.2%',
        'change',
        -9.2,
        PC,
      ),
    ],
    nearMisses: [
      n('The 2029 and 2030 reports, respectively, cover the north and the south.', '2030'),
      n('Funds rated 4 and 5 stars respectively were kept.', '5'),
    ],
  },
];

/** The sentences the extractor still misreads, each with why it was left: they run as known
 *  failures (`it.fails`), which turn red once one is read right, so the table follows the fix. */
const KNOWN: Record<string, string> = {
  'Spreads on provincial bonds tightened 18 basis points, the debt agency said.':
    '"tightened" is a fall for a spread and a rise for policy ("tightened policy by 50 basis points"): the direction needs what tightened',
  'The band runs plus or minus 1 percentage point around the 3% target.':
    'a tolerance band sized by a verb ("runs") rather than by "a band of"',
  'Spending on hospitals rose 5.2% (primary care: 3.9%), the health ministry said.':
    'a labelled part in brackets after a change takes its kind from its own subject, not from the change before it',
};

/** What the extractor proposes over the number's text, as "kind value unit" strings. */
function readOver(
  text: string,
  number: string,
): {
  kind: string;
  value?: number;
  range?: { low: number; high: number };
  unit: string;
  stated: string;
}[] {
  const at = text.indexOf(number);
  if (at < 0)
    throw new Error(`"${number}" is not in "${text}": write the number as the sentence does`);
  const end = at + number.length;
  return extractCandidates(text, 'doc', SOURCE)
    .filter((c) => c.stated.start < end && c.stated.end > at)
    .map((c) => ({
      kind: c.kind,
      value: c.value,
      range: c.range,
      unit: c.unit,
      stated: c.stated.text,
    }));
}

const near = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Math.abs(a - b) < 0.006 * Math.max(1, Math.abs(b) / 100);

/** Whether a proposal over the number's text has the kind, unit and value or range wanted. */
const found = (want: Wanted) =>
  readOver(want.text, want.number).some(
    (c) =>
      c.kind === want.kind &&
      c.unit === want.unit &&
      (want.range
        ? near(c.range?.low, want.range.low) && near(c.range?.high, want.range.high)
        : near(c.value, want.value)),
  );

for (const cls of CLASSES) {
  describe(cls.name, () => {
    const run = <T extends { text: string }>(cases: T[], known: boolean) =>
      cases.filter((c) => (KNOWN[c.text] !== undefined) === known);
    it.each(run(cls.figures, false))('$text → $number', (want) => {
      expect(found(want), JSON.stringify(readOver(want.text, want.number))).toBe(true);
    });
    it.each(run(cls.nearMisses, false))('near-miss: $text → not $number', (miss) => {
      expect(readOver(miss.text, miss.number)).toEqual([]);
    });
    // Known misreadings, each with its reason: `it.fails` turns red once one is fixed, so the
    // table is updated with the fix.
    it.fails.each(run(cls.figures, true))('known miss: $text → $number', (want) => {
      expect(found(want)).toBe(true);
    });
    it.fails.each(run(cls.nearMisses, true))('known trap: $text → $number', (miss) => {
      expect(readOver(miss.text, miss.number)).toEqual([]);
    });
  });
}
