// The v40 trap audit by the role of the number: for each class of trap the 17 open sets' writers
// recorded (scenarios and sensitivities, probabilities and error margins, exchange rates, index
// levels, benchmark differentials, formula parameters, grades and contents, years, counts, ids,
// durations, quantities), six sentences of our own in voices unlike the sets' (ministries,
// central banks, agencies, companies, regional governments) whose number must not be proposed,
// and two near-misses that must stay figures. A sentence the extractor still misreads is listed
// with it.fails, so the audit shows what is left. Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';

const SOURCE = {
  source: {
    date: '2031-04-02',
    publisher: 'Arland Statistics Office',
    title: 'Bulletin',
    url: 'https://example.org/b',
  },
};

/** True when a proposal's stated words overlap `stated` in `text` (code points). */
function proposed(text: string, stated: string): boolean {
  return figuresAt(text, stated, SOURCE.source).length > 0;
}

describe('v40 audit: sensitivity (proposed before the audit: 3/6)', () => {
  it.each([
    [
      'For every 10 percent the kina loses against the dollar, the import bill for fuel climbs by roughly K180 million.',
      '10 percent',
    ],
    [
      'Treasury modelling shows that were coal royalties to drop by 15%, the provincial deficit would widen by R4.2 billion.',
      '15%',
    ],
    [
      'The airline estimates that a sustained 20% jump in jet fuel costs would erase about €310 million of operating profit.',
      '€310 million',
    ],
    [
      "Under the adverse scenario, a 3 percentage point rise in bond yields lowers the pension fund's funding ratio by 11 points.",
      '3 percentage point',
    ],
    [
      "Each additional 1 per cent on nurses' pay costs the health service an estimated £620 million a year.",
      '£620 million',
    ],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.fails(
    'still proposed: Assuming ridership falls a further 8 percent, fare revenue for the transit authority would come in at $1.9 billion.',
    () =>
      expect(
        proposed(
          'Assuming ridership falls a further 8 percent, fare revenue for the transit authority would come in at $1.9 billion.',
          '8 percent',
        ),
      ).toBe(false),
  );
  it.each([
    [
      'A 15% drop in coal royalties widened the provincial deficit by R4.2 billion last year.',
      'R4.2 billion',
    ],
    ['The airline said jet fuel costs jumped 20% in the quarter.', '20%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: probability (proposed before the audit: 3/6)', () => {
  it.each([
    [
      'The mining ministry puts the likelihood of the smelter restarting before June at 40 percent.',
      '40 percent',
    ],
    ['Forecasters assign a 65% probability to a further cut in the policy rate this year.', '65%'],
    [
      'The hydrological agency sees a one-in-five, or 20 per cent, chance of drought in the northern basin.',
      '20 per cent',
    ],
    ['Our central projection sits inside an 80 percent fan chart band.', '80 percent'],
    [
      "The survey's estimates carry a margin of error of 3.1 percentage points at the 95% level.",
      '95%',
    ],
    ['Odds of the toll road meeting its traffic forecast are estimated at about 30%.', '30%'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['The share of firms that see a recession as likely rose to 45%.', '45%'],
    ['Inflation is likely to ease to 3.2% by December.', '3.2%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: error (proposed before the audit: 3/6)', () => {
  it.each([
    [
      "Since 2015 the ministry's first revenue estimates have missed the outturn by 4 per cent on average.",
      '4 per cent',
    ],
    [
      'The flash estimate of GDP growth has on average been revised by 0.2 percentage points.',
      '0.2 percentage points',
    ],
    [
      'Results from the labour force survey are subject to a sampling error of plus or minus 1.5%.',
      '1.5%',
    ],
    [
      'The regional price index is considered accurate to within 0.3 percentage points.',
      '0.3 percentage points',
    ],
    [
      'Estimates for small districts may differ from the true value by up to 8 percent.',
      '8 percent',
    ],
    [
      "The tax authority's forecasts of company tax receipts have usually erred by around 6% either way.",
      '6%',
    ],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    [
      'The first estimate of growth was revised up by 0.2 percentage points to 1.4%.',
      '0.2 percentage points',
    ],
    ['Company tax receipts came in 6% below the forecast.', '6%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: exchange rate (proposed before the audit: 0/6)', () => {
  it.each([
    ['The budget assumes the shilling trades at KSh 135 per US dollar through the year.', '135'],
    ['At the central rate of 7.53 kuna to the euro, conversion was completed in January.', '7.53'],
    ['The rand weakened to R19.20 against the dollar in April.', 'R19.20'],
    ['Amounts have been converted at an average rate of ¥151 to the dollar.', '¥151'],
    ['The peso closed the week at 17.8 per dollar.', '17.8'],
    ["The lira's rate against the euro moved to 36.4.", '36.4'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['The rand weakened 4% against the dollar in April.', '4%'],
    ['Exports were worth R19.2 billion in April.', 'R19.2 billion'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: currency not charted (proposed before the audit: 0/3)', () => {
  it.each([
    [
      'The regional development bank approved a loan of 45 billion CFA francs for the port.',
      '45 billion',
    ],
    ['Quota increases total SDR 2.3 billion for the member.', '2.3 billion'],
    ["Jordan's treasury raised JD 250 million in bonds.", '250 million'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    [
      'The regional development bank approved a loan of US$ 75 million for the port.',
      'US$ 75 million',
    ],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: per unit own currency (proposed before the audit: 0/6)', () => {
  it.each([
    ['Bondholders are expected to recover around 30 cents on the dollar.', '30 cents'],
    ['Administration absorbs 14 pence of each pound the charity raises.', '14 pence'],
    ['Roughly 18 cents of every rand collected in fuel levy goes to road maintenance.', '18 cents'],
    ['Creditors were offered 42 cents in the euro.', '42 cents'],
    [
      'For every dollar of tuition revenue the university spends 22 cents on administration.',
      '22 cents',
    ],
    ['Only 9p out of every £1 of fines is ever collected.', '9p'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Petrol rose 30 cents a litre.', '30 cents'],
    ['Each household received 14 pounds a week in support.', '14 pounds'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: index level (proposed before the audit: 2/6)', () => {
  it.each([
    ['The consumer confidence index fell to 87.4 in March.', '87.4'],
    ['The producer price index (2020=100) stood at 118.2.', '118.2'],
    ['The manufacturing PMI rose to 52.3 from 50.8.', '52.3'],
    ['The share index closed the year at 7,420 points.', '7,420'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.fails('still proposed: The house price index reached 104.6 percent of its 2015 base.', () =>
    expect(
      proposed('The house price index reached 104.6 percent of its 2015 base.', '104.6 percent'),
    ).toBe(false),
  );
  it.fails('still proposed: The volume index of industrial output stood at 97.1 percent.', () =>
    expect(
      proposed('The volume index of industrial output stood at 97.1 percent.', '97.1 percent'),
    ).toBe(false),
  );
  it.each([
    ['The consumer confidence index fell 3.2% in March.', '3.2%'],
    ['The producer price index rose 1.8 percent over the year.', '1.8 percent'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: benchmark differential (proposed before the audit: 3/6)', () => {
  it.each([
    [
      'The state oil company set its crude at a premium of $1.40 a barrel over Oman futures.',
      '$1.40',
    ],
    ['Cargoes are priced at a discount of US$2.10 per barrel to Brent.', 'US$2.10'],
    ['Auction bonds cleared at €0.35 below the secondary market price on the same day.', '€0.35'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.fails('still proposed: The gas contract indexes the price to oil at a slope of 11.5%.', () =>
    expect(
      proposed('The gas contract indexes the price to oil at a slope of 11.5%.', '11.5%'),
    ).toBe(false),
  );
  it.fails(
    'still proposed: The new term contract sets the price at 13.2% of the Japan crude cocktail.',
    () =>
      expect(
        proposed(
          'The new term contract sets the price at 13.2% of the Japan crude cocktail.',
          '13.2%',
        ),
      ).toBe(false),
  );
  it.fails(
    'still proposed: Long-term offtakers pay $0.90 per tonne above the Newcastle index.',
    () =>
      expect(
        proposed('Long-term offtakers pay $0.90 per tonne above the Newcastle index.', '$0.90'),
      ).toBe(false),
  );
  it.each([
    ['The official selling price was raised by $1.40 a barrel for May.', '$1.40'],
    ['Crude sold at a discount of 12% to the list price.', '12%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: formula parameter (proposed before the audit: 2/6)', () => {
  it.each([
    [
      'Borrowers pay interest at the policy rate plus a margin of 2.5 percentage points.',
      '2.5 percentage points',
    ],
    ['Public sector wages are indexed to inflation plus 1.5 per cent each year.', '1.5 per cent'],
    ['The loans carry a spread of 180 basis points over SOFR.', '180 basis points'],
    ['Pensions rise each year by CPI plus 1 percent.', '1 percent'],
    ['The facility is priced at Euribor plus 0.75%.', '0.75%'],
    ['Mortgage rates are reset at the bank rate plus 3 percentage points.', '3 percentage points'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['The policy rate was raised by 2.5 percentage points.', '2.5 percentage points'],
    ['The spread on sovereign bonds narrowed by 40 basis points.', '40 basis points'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: grade/content (proposed before the audit: 3/6)', () => {
  it.each([
    ['The refinery began selling 95-octane petrol with 5% ethanol in March.', '5%'],
    ['Cocoa beans exported must not exceed 7.5 percent moisture.', '7.5 percent'],
    ['The mine ships copper concentrate grading 28% copper.', '28%'],
    ['Diesel sold in the region has a sulphur content of 0.05 per cent.', '0.05 per cent'],
    ['Exporters ship mostly long-grain 25% broken rice.', '25%'],
    ["The ministry's subsidy covers fertiliser blends containing 15 percent potash.", '15 percent'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Exports of broken rice rose 25% in March.', '25%'],
    ['Ethanol made up 5% of petrol sales.', '5%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: coupon/ownership (proposed before the audit: 2/6)', () => {
  it.each([
    ['The Treasury reopened the 3.25% bond due 2040 for a further £2 billion.', '3.25%'],
    ['Sales at its 60%-owned joint venture rose sharply.', '60%'],
    ['Profits at the 51%-held mining unit doubled.', '51%'],
    ['The agency auctioned the 4⅛% notes maturing in 2036.', '4⅛%'],
    ['Holders of the 5 per cent 2029 stock will be repaid at par.', '5 per cent'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.fails("still proposed: The group's wholly owned (100%) subsidiaries hired 200 staff.", () =>
    expect(proposed("The group's wholly owned (100%) subsidiaries hired 200 staff.", '100%')).toBe(
      false,
    ),
  );
  it.each([
    ['The new bond carries a coupon of 3.25%.', '3.25%'],
    ['The group raised its stake in the joint venture to 60%.', '60%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: years/dates (proposed before the audit: 0/6)', () => {
  it.each([
    ['The 2031 budget was tabled on 14 March.', '2031'],
    ['Measures take effect from 1 July 2032.', '2032'],
    ['In FY2030/31 receipts rose 4%.', '2030'],
    ['Figures for Q3 2031 show exports up 2%.', 'Q3 2031'],
    ['The council met at 10:30 on Tuesday.', '10:30'],
    ['The 2029-30 season closed in June.', '2029-30'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['In FY2030/31 receipts rose 4%.', '4%'],
    ['Figures for Q3 2031 show exports up 2%.', '2%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: counts (proposed before the audit: 0/6)', () => {
  it.each([
    ['Grants went to 412 farmers in 23 districts.', '412'],
    ['The agency inspected 1,250 vehicles and fined 87 operators.', '1,250'],
    ['The ministry approved 36 projects worth a total of $4 billion.', '36'],
    ['Some 14,300 jobs were added across 9 sectors.', '14,300'],
    ['Nineteen member states ratified the accord, 3 more than last year.', '3'],
    ['The port handled 2.1 million containers.', '2.1 million'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['The ministry approved 36 projects worth a total of $4 billion.', '$4 billion'],
    ["The port's throughput rose 2.1%.", '2.1%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: ids/ranks (proposed before the audit: 0/6)', () => {
  it.each([
    ['See paragraph 14 of Annex 3 for the detail.', '14'],
    ['Under section 45(2) of the Income Tax Act, relief applies.', '45'],
    ['The country ranked 12th of 140 economies.', '12th'],
    ['Call 0800 123 456 for details.', '0800'],
    ['Table 7 shows the detail by region.', '7'],
    ['Press release No. 231/2031 was issued today.', '231'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Table 7 shows exports rose 3% by region.', '3%'],
    ['The country ranked 12th as exports rose 8%.', '8%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: durations/ages (proposed before the audit: 0/6)', () => {
  it.each([
    ['Loans have a term of 25 years at a fixed rate.', '25'],
    ['Reserves cover 4.5 months of imports.', '4.5'],
    ['Workers aged 55 and over may retire early.', '55'],
    ['The bond has a 10-year maturity.', '10'],
    ['Waiting times averaged 18 weeks.', '18'],
    ['The programme runs for 36 months.', '36'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Loans have a term of 25 years at a fixed rate of 4.2%.', '4.2%'],
    ['Reserves rose 4.5% to cover more months of imports.', '4.5%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40 audit: physical quantities (proposed before the audit: 0/6)', () => {
  it.each([
    ['Output reached 1.2 million barrels per day.', '1.2 million'],
    ['The wind farm adds 450 MW of capacity.', '450'],
    ['Harvests totalled 3.4 million tonnes.', '3.4 million'],
    ['Emissions fell to 41 million tonnes of CO2.', '41 million'],
    ['Farmers planted 120,000 hectares of maize.', '120,000'],
    ['Each bag holds 60 kg of coffee.', '60'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Output rose 1.2% to a record.', '1.2%'],
    ['The wind farm cost $450 million.', '$450 million'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});
