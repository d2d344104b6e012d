// Tests for src/authoring/extract/matching.ts: how a number's own words set the status a match
// carries (here, "up to" before the cap of a deal its clause says was made). Every sentence is
// our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { settledCap } from '../../../src/authoring/extract/matching.ts';

const STATEMENT = { publisher: 'Ministry', title: 'Statement', url: 'https://example.org/s' };
/** Each figure of a text as "value status", in a ministry's statement dated `date`. */
const valueStatus =
  (date: string) =>
  (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date, ...STATEMENT } }).map(
      (c) => `${c.value} ${c.status}`,
    );

describe('v19: "up to" before the cap of a loan, credit or grant its clause says was made', () => {
  it.each([
    // A foreign ministry's readout, an export credit agency, a farm ministry, a development bank.
    [
      'The Exchange of Notes concerning a yen loan of up to 21.3 billion yen for the Harbour Bridge Project was signed today.',
      ['21300000000 actual'],
    ],
    [
      'The upgrade of the northern line is financed by an export credit of up to 640 million euros approved in March.',
      ['640000000 actual'],
    ],
    [
      'Grants for farm ponds of up to £40,000 a holding were awarded to 310 farms.',
      ['40000 actual'],
    ],
    [
      'A guarantee of up to US$75 million (about 1.1 trillion rupiah at 14,700 to the dollar) has been approved by the Board.',
      ['75000000 actual', '1100000000000 actual'],
    ],
    // Near-misses: a deal still to be made, a cap with no deal stated, and a hedge of a level.
    [
      'A yen loan of up to 21.3 billion yen for the Harbour Bridge Project will be signed next month.',
      ['21300000000 expected'],
    ],
    ['Farmers can apply for grants of up to £40,000 a holding.', ['40000 actual']],
    [
      'An export credit of up to 640 million euros is expected to be approved in March.',
      ['640000000 expected'],
    ],
    ['Exports could reach up to US$75 million, officials said.', ['75000000 expected']],
  ])('%s', (text, want) => {
    expect(valueStatus('2034-05-20')(text)).toEqual(want);
  });

  it.each([
    ['a loan of up to ', ' for the port was signed today.', true],
    ['a credit of up to ', ' approved in June.', true],
    ['a loan of up to ', ' will be signed next month.', false],
    ['a loan of up to ', ', once it has been approved.', false],
    ['exports of up to ', ' were recorded.', false],
    ['a loan of ', ' was signed today.', false],
  ])('settledCap(%j, %j) is %s', (lead, after, want) => {
    expect(settledCap(lead, after)).toBe(want);
  });
});

/** Each figure of a text as "value kind", in a ministry's statement dated 2034-05-20. */
/** The stated words of each candidate, in a statement published on `date`. */
const statedOn =
  (date: string) =>
  (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date, ...STATEMENT } }).map((c) => c.stated.text);

/** Whether a candidate overlaps `stated` (where those words first stand), in a statement of
 *  2 April 2031. */
const proposed = (text: string, stated: string): boolean => {
  const at = [...text.slice(0, text.indexOf(stated))].length;
  const end = at + [...stated].length;
  return extractCandidates(text, 'doc', { source: { date: '2031-04-02', ...STATEMENT } }).some(
    (c) => c.stated.start < end && c.stated.end > at,
  );
};

const valueKind = (text: string): string[] =>
  extractCandidates(text, 'doc', { source: { date: '2034-05-20', ...STATEMENT } }).map(
    (c) => `${c.value} ${c.kind}`,
  );

describe('v28: an estimate\'s uncertainty "of" its band, and its revisions "by an average of"', () => {
  it.each([
    // An emissions inventory, a statistics office's note, a central bank's box, a survey.
    [
      'Quarterly estimates are preliminary and carry an uncertainty of plus or minus 4 per cent at a 90 per cent confidence level.',
      [],
    ],
    ['The total has an uncertainty of about ±6% for the energy sector.', []],
    [
      'Over the past 20 quarters, the first estimate of annual emissions has been revised by an average of 0.3 per cent.',
      [],
    ],
    ['Flash GDP growth has been revised by a mean of 0.2 percentage points since 2015.', []],
    ['First estimates of retail sales were revised by 0.4 per cent on average over 2020-2024.', []],
    // Near-misses: a revision made, uncertainty as a subject that moves, a survey's measured rise.
    ['Growth in the first quarter was revised up by 0.3 per cent.', ['0.3 change']],
    ['Emissions were revised by 0.3 per cent in the latest inventory.', ['0.3 share']],
    ['Uncertainty in markets rose 4 per cent in May.', ['4 change']],
    ['Sales rose by an average of 2 per cent a year.', ['2 change']],
  ])('%s', (text, want) => {
    expect(valueKind(text)).toEqual(want);
  });
});

describe('v28: an exchange rate in words, an amount that buys one unit of a currency', () => {
  it.each([
    // A treasury's budget, a central bank's review, a statistics release, a ministry's note.
    ['At the time of the Budget, R18.40 bought one US dollar.', []],
    ['In March, 151 yen would buy a dollar.', []],
    ['At the end of the year it took Rs 83 to buy one US dollar.', []],
    ['On the reference date, €0.92 was needed to buy one dollar.', []],
    // Near-misses: an amount that buys goods, and a scaled sum in dollars.
    ['In March, 151 yen would buy a loaf of bread.', ['151 amount']],
    ['At the end of the year it took Rs 83 to buy one kilogram of rice.', ['83 amount']],
    ['Exports of $2 billion bought one year of imports.', ['2000000000 amount']],
  ])('%s', (text, want) => {
    expect(valueKind(text)).toEqual(want);
  });
});

describe('v36: the second of two numbers joined by "and" under one verb takes the first\'s status', () => {
  it.each([
    // A pensions department, a benefits agency, a health fund, an international body, a tax office.
    [
      'The Pension Credit guarantee will rise to £236.40 a week for single pensioners and £360.90 for couples.',
      ['236.4 actual', '360.9 actual'],
    ],
    [
      'Statutory Sick Pay and Statutory Maternity Pay will rise to £121.40 and £192.20 a week respectively.',
      ['121.4 actual', '192.2 actual'],
    ],
    [
      'Under the scheme, the subsidy will be cut to 40,000 baht per car for hybrids and 25,000 baht for petrol cars.',
      ['40000 actual', '25000 actual'],
    ],
    [
      'The daily subsistence allowance for staff on mission will be kept at $180 per day in Geneva and $145 in Nairobi.',
      ['180 actual', '145 actual'],
    ],
    [
      'Spending on the allowance is projected to reach $4.1 billion in 2034 and $4.5 billion in 2035.',
      ['4100000000 expected', '4500000000 expected'],
    ],
    // Near-misses: a second number with a verb of its own, or a new subject after "and".
    [
      "The co-payment will fall to $4 per visit, and the scheme's spending is projected at $40 million.",
      ['4 actual', '40000000 expected'],
    ],
    [
      'The basic pension will rise to £230 a week and average earnings to £38,000 a year by 2033, the OBR forecasts.',
      ['230 expected', '38000 expected'],
    ],
    ['The allowance was £80 a week in 2030 and £95 in 2031.', ['80 actual', '95 actual']],
    [
      'The fund has been allocated $2.3 billion for roads and $1.1 billion is projected for rail.',
      ['2300000000 actual', '1100000000 expected'],
    ],
  ])('%s', (text, want) => {
    expect(valueStatus('2031-11-26')(text)).toEqual(want);
  });
});

describe('v31: a survey share of those who expect or plan, and its change in points, are counts made now', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-13', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.status}`,
    );

  it.each([
    // A central bank's business survey, a chamber of commerce, an export agency, a CFO poll, a
    // trade promotion agency's affiliates survey.
    [
      'Some 42% of firms expect to raise prices, up 6 percentage points from the previous survey.',
      ['42% of firms expect actual', 'up 6 percentage points actual'],
    ],
    [
      'In all, 35 percent of members plan to hire, down 4 percentage points on the spring.',
      ['35 percent of members plan actual', 'down 4 percentage points actual'],
    ],
    [
      'Half of exporters (51%) anticipate higher orders, up 3 points on a year earlier.',
      ['51% actual', 'up 3 points actual'],
    ],
    [
      'Of the CFOs polled, 28% said they would cut capital spending, down 5 percentage points from March.',
      ['28% actual', 'down 5 percentage points actual'],
    ],
    ['The share forecasting a loss fell to 12.4%, the lowest since 2019.', ['12.4% actual']],
    // Near-misses: the change of a rise the firms expect, of a forecast, and a change in the next
    // clause that a "will" forecasts.
    [
      'Firms expect sales to grow 4.5% in 2034, up 1 percentage point from the last survey.',
      ['grow 4.5% expected', 'up 1 percentage point expected'],
    ],
    [
      'Inflation is expected to reach 3.2%, up 0.4 percentage points from the previous forecast.',
      ['3.2% expected', 'up 0.4 percentage points expected'],
    ],
    [
      'Some 42% of firms expect to raise prices; margins will rise 3 percentage points next year.',
      ['42% of firms expect actual', 'rise 3 percentage points expected'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v32: a multiple of the whole’s own rate or level compares two levels, as of its average', () => {
  const stated = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2026-01-14', ...STATEMENT } }).map(
      (c) => `${c.stated.text}: ${c.value}`,
    );
  it.each([
    // An international body, a labour ministry, a central bank, a statistics office, a regulator.
    [
      "Africa's labour force is projected to grow by 2.9 per cent a year through 2030, three times the global rate.",
      ['grow by 2.9 per cent: 2.9'],
    ],
    ['Youth unemployment in the north reached 24%, twice the national rate.', ['24%: 24']],
    ['Arrears in the region are running at 1.5 times the national level.', []],
    ['Price growth in the capital was double the nationwide rate.', []],
    ['Default rates among small lenders came to 2.4 times the EU figure.', []],
    ['Job creation in the delta ran at four times the statewide pace in 2031.', []],
    // Near-misses: a multiple of an earlier level, of the whole's level at an earlier time, of
    // the subject's own rate.
    ['Exports are now three times the level of 2015.', ['three times the: 200']],
    [
      'Output in the region is 1.5 times the national level of a decade earlier.',
      ['1.5 times the: 50'],
    ],
    ['Lending grew at twice the rate recorded in 2029.', ['twice the: 100']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v32: a ± band a band noun names is the regime’s tolerance, no figure', () => {
  const stated = statedOn('2026-06-18');
  it.each([
    // An international body's country note, a central bank's statement and its inflation report,
    // a currency board, a ministry's project rules.
    [
      'Inflation will converge to the 3% target by early 2027, within the ±1 percentage point band.',
      ['3%'],
    ],
    [
      "The dirham's fluctuation band of ±5 percent around the central parity should be widened gradually.",
      [],
    ],
    ['The krone is kept within a band of ±2.25 percent around the central rate.', []],
    ['Headline inflation stayed inside the ±1.5 point tolerance band for a sixth month.', []],
    [
      'The bank aims at 2.5% inflation, its medium-term goal, and prices stayed inside the ±1 point band.',
      ['2.5%'],
    ],
    // Near-misses: a band that names no target or centre, a corridor a decision sets, a band a
    // decision moves to, a band around a level set.
    ["The currency board's intervention band of ±1% has not been tested this year.", ['±1%']],
    [
      'Ten-year yields move within a band of plus and minus 0.25 percentage points around the set level.',
      ['plus and minus 0.25 percentage points'],
    ],
    ['The corridor is narrowed to +/- 1 p.p. from today.', ['+/- 1 p.p.']],
    ['The board widened the band to ±7.5% in March.', ['±7.5%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v38: odds named by their noun, put at a level by any verb of appraisal or moved by a verb of change', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A finance ministry, a central bank's model, a rating agency, a market note, an international
    // body, traders, an actuary, a forecasting panel.
    ['The ministry puts the probability that output contracts next year at 60 percent.', []],
    ['The Fund judges the chances of the target being met at no more than 30 per cent.', []],
    ['The model pegs the probability of a recession next year at 35 per cent.', []],
    ['The chances of a rate cut in June are reckoned at 40 per cent by traders.', []],
    ['The likelihood of a default on the bonds is estimated at 12%, the agency said.', []],
    ['Market-implied odds of a hike have climbed to 70%.', []],
    ['The likelihood that the scheme runs out of money by 2040 fell to 20 percent.', []],
    // The event's own bound goes with its odds, as with "is put at".
    ['The probability of inflation exceeding 3% in 2032 has risen to 45%.', []],
    // Near-misses: a share of firms expecting, a forecast, a rate, a level after a clause of its
    // own, a forecast put at a level with no odds named.
    ['The share of firms expecting a recession rose to 35%.', ['35%']],
    ['The default rate on the bonds rose to 4.1%.', ['4.1%']],
    ['The probability of a cut rose after inflation fell to 2.1%.', ['2.1%']],
    ['The chance of a recession is low, with unemployment at 3.9%.', ['3.9%']],
    ['The bank puts growth next year at 2.1 per cent.', ['2.1 per cent']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v40: a percent that says how sure, by the grammar around it', () => {
  it.each([
    // A percent in apposition to odds in words, or with an aside before its noun of odds.
    ['Meteorologists give a one-in-four, or 25%, chance of a late monsoon.', '25%'],
    ['Meteorologists give a one-in-four, or 25%, chance of a late monsoon.', 'one-in-four'],
    [
      "The mine's feasibility study sees a 1-in-10 (10 percent) likelihood that the ore body is smaller than modelled.",
      '10 percent',
    ],
    [
      'The transport agency puts a 15 per cent (roughly one-in-seven) probability on the tunnel opening late.',
      '15 per cent',
    ],
    // A band a forecast is drawn with, named by its noun of uncertainty.
    [
      'Inflation should stay within the 90 per cent fan chart band shown in Chart 3.',
      '90 per cent',
    ],
    ['The shaded area marks the 70% prediction band for the debt path.', '70%'],
    // The level a survey's margin or sampling error is computed at.
    ['Figures carry a margin of error computed at the 95 percent level.', '95 percent'],
    ['The sampling error for the regional estimates is 1.1 points at the 90% level.', '90%'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Unemployment rose to 20 per cent, the highest since 2010.', '20 per cent'],
    ['The budget puts the deficit at 3.5% of GDP, at the upper end of the band.', '3.5% of GDP'],
    ['Prices rose 5%, chance events aside, in line with the forecast.', '5%'],
    ['Bond yields at the 10-year level rose to 4.2% in May.', '4.2%'],
    ['Exports rose 25%, or one in four containers, in May.', '25%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40: what a product holds, by the grammar of its content', () => {
  it.each([
    // A product's head noun and "with", a verb of grading, a substance's content.
    ['The refinery began selling 95-octane petrol with 5% ethanol in March.', '5%'],
    ['Subsidised fertiliser with 46 percent nitrogen goes to smallholders first.', '46 percent'],
    ["The health ministry's rules allow bread with no more than 1.2 percent salt.", '1.2 percent'],
    ['The plant turns out cement with up to 30 per cent slag.', '30 per cent'],
    ['The mine ships copper concentrate grading 28% copper.', '28%'],
    ['The new pit will produce ore assaying 2.3% zinc.', '2.3%'],
    ['Diesel sold in the region has a sulphur content of 0.05 per cent.', '0.05 per cent'],
    ['Exporters must certify that the coal has an ash content of 12% or less.', '12%'],
    ['Beer with an alcohol content of 4.5% pays the lower duty rate.', '4.5%'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Exports of ethanol rose 5% in March.', '5%'],
    ['The refinery ended the year with 5% higher output.', '5%'],
    ['Petrol with 10% ethanol accounts for 60% of sales.', '60%'],
    ['The sulphur content of diesel fell to 0.05 per cent.', '0.05 per cent'],
    ['Diesel sales closed the quarter with 12% growth.', '12%'],
    ['Among the items, fuel with 0.9% were the smallest monthly rises.', '0.9%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40: how far an estimate misses, by a verb of erring or differing', () => {
  it.each([
    [
      "The tax authority's forecasts of company tax receipts have usually erred by around 6% either way.",
      '6%',
    ],
    [
      'Estimates for small districts may differ from the true value by up to 8 percent.',
      '8 percent',
    ],
    [
      'Port throughput projections have historically deviated from the outturn by 5% in either direction.',
      '5%',
    ],
    [
      'Early crop estimates typically diverge from the final harvest count by about 3 per cent.',
      '3 per cent',
    ],
    [
      'The flash estimate of GDP growth has on average been revised by 0.2 percentage points.',
      '0.2 percentage points',
    ],
    [
      'Preliminary inflation readings have, on average, been revised by 0.1 percentage points.',
      '0.1 percentage points',
    ],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Actual tax receipts deviated from the budget by 6% in 2030.', '6%'],
    ['The first estimate was revised by 0.2 percentage points to 1.4%.', '0.2 percentage points'],
    ['Output erred on the side of caution, rising 2% in the year.', '2%'],
    [
      'On average, wages were revised up by 0.3 percentage points in the new data.',
      '0.3 percentage points',
    ],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v40: a class of ownership by its participle of holding or control', () => {
  it.each([
    ['Profits at the 51%-held mining unit doubled.', '51%'],
    ["The state's 70 per cent-controlled power utility raised tariffs.", '70 per cent'],
    ['Sales at its 49%-held joint venture in Chile rose 12%.', '49%'],
    ['The 60%-controlled port operator paid a dividend of $40 million.', '60%'],
    ["Dividends from the fund's 25% held associates fell sharply.", '25%'],
    ["The agency's 80 percent-controlled subsidiaries hired 300 staff.", '80 percent'],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['Sales at its 49%-held joint venture in Chile rose 12%.', '12%'],
    ["The province's holding is 35% held through a trust.", '35%'],
    ['The state controlled 51% of the utility.', '51%'],
    ['Foreign investors held 40% of government debt.', '40%'],
    ['Government debt stood at $90 billion, with 25% held abroad.', '25%'],
    ['Of the bonds, 30% held by pension funds matured in May.', '30%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v39: a gap to another group by a comparative and any preposition of place, an area-wide average, or "those" measured elsewhere', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A transport agency, a regulator, a statistics office, a ministry of labour, a university
    // funding council.
    ['The fatality rate on rural roads is 45 percent higher than on urban roads.', []],
    ['Broadband charges in rural counties are 30% higher than across the capital region.', []],
    ['Output per worker in mining outstrips the economy-wide average by 60%.', []],
    ['Margins at state-owned lenders trail the system-wide average by 1.2 percentage points.', []],
    ['Wages in the public sector now exceed those paid by private firms by 14 per cent.', []],
    ['Fees at public universities exceed those set by private colleges by about 25%.', []],
    // Near-misses: the same subject at an earlier time, or "on average".
    ['Doses given were 7.3 per cent more than at the same point in 2025.', ['7.3 per cent more']],
    ['Bookings were 4% higher than on the same day a year before.', ['4% higher']],
    ['Hospital costs were 8% higher than at the start of the year.', ['8% higher']],
    ['Prices were 5% higher than on average over the past decade.', ['5% higher']],
    ['Sales exceed those recorded in 2029 by 12%.', ['exceed those recorded in 2029 by 12%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v39: a gap to every other place, "those elsewhere" or "than anywhere else"', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A housing agency, a labour ministry, a health regulator, an energy office.
    [
      'Vacancy rates in the capital run about 2 percentage points below those elsewhere in the country.',
      [],
    ],
    ['Rents in the northern provinces are 18% lower than elsewhere, the housing agency said.', []],
    ['Wages in mining exceed those elsewhere in the economy by 30%.', []],
    ['Clinic fees in the capital are 25 percent higher than anywhere else in the province.', []],
    // Near-misses: the same subject at an earlier time, or against a forecast.
    ['Rents were 18% lower than a year before.', ['18% lower']],
    ['Prices rose 3% more than expected.', ['rose 3%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v44: the index or composite a fund is measured against, named by its mix', () => {
  const stated = statedOn('2032-08-19');
  it.each([
    // A pension fund, a finance ministry, a central bank's reserves, a superannuation scheme, an
    // international body's review.
    ['Performance is measured against a 60% equity and 40% bond index.', []],
    [
      'The Ministry sets a 65 per cent equity and 35 per cent fixed income benchmark index for the fund.',
      [],
    ],
    ['The reserve tranche tracks a 90% treasury and 10% equity composite.', []],
    [
      "The scheme's default option, a 70 per cent stocks and 30 per cent bonds index fund, returned 8.2% last year.",
      ['8.2%'],
    ],
    ['Its returns are compared with those of a 50% equity, 50% bond reference index.', []],
    // Near-misses: an index that moved, and a mix the fund holds.
    ['The equity index rose 12% in the half-year.', ['rose 12%']],
    ['Equities rose 8% against a 6% rise in the bond index.', ['rose 8%', '6% rise']],
    [
      'The fund holds 70 percent equities and 30 percent bonds, in line with its index.',
      ['70 percent', '30 percent'],
    ],
    [
      'The bond index fell 3.1 percent while the equity index gained 9 percent.',
      ['fell 3.1 percent', 'gained 9 percent'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v44: the face value of a share or bond written with no "of", or as a security "of" a sum "each"', () => {
  const stated = statedOn('2032-11-05');
  it.each([
    // A listed state company, a US issuer, a privatising treasury, a securities regulator's
    // prospectus note, a bond desk, an international bank's charter, a company's share register.
    [
      'The Board declared a final dividend of ₹4.50 per equity share of face value ₹10 each.',
      ['₹4.50'],
    ],
    ['The company issued 2 million shares of common stock with a par value of $0.01.', []],
    [
      'The Treasury sold 120 million shares of nominal value €1 each at €14.20 a share.',
      ['€14.20'],
    ],
    ['The rights issue offers one new share of Rs 10 each for every four held.', []],
    ['Each $1,000 face value bond was priced at $987.50.', ['$987.50']],
    ['Members subscribe to shares of the Bank with a par value of US$10,000 each.', []],
    ['The company has 500 million shares of $1 par value outstanding.', []],
    // Near-misses: a face value with a scale is a sum, a dividend and a sale price per share are
    // figures, and tickets are no security.
    ['The face value of bonds maturing in 2033 totals $4.2 billion.', ['$4.2 billion']],
    ['The company paid a dividend of ₹3.25 per share in August.', ['₹3.25']],
    ['The ministry repaid bonds with a face value of $2 billion.', ['$2 billion']],
    ['Tickets of ₹500 each were sold at the gate.', ['₹500']],
    ['The shares were sold at €14.20 each.', ['€14.20']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v44: what one unit of a currency "cost" in another is an exchange rate', () => {
  const stated = statedOn('2032-08-19');
  it.each([
    // A central bank, a finance ministry, a company's half-year report, a statistics office, a
    // sovereign fund.
    ['At the end of the year one US dollar cost 83.2 rupees.', []],
    ['On 30 June a single euro bought 7.46 kroner.', []],
    ['In December, one pound sterling was worth 1.17 euros.', []],
    ['By year-end each US dollar cost 151 yen, against 141 yen a year earlier.', []],
    ['On 30 June one euro cost 11.74 kroner.', []],
    // Near-misses: what a good, a share or a move of a currency cost keeps its reading.
    ['A litre of diesel cost €1.74 in June.', ['€1.74']],
    ['One share cost $12.50 at the close.', ['$12.50']],
    ['A stronger euro cost exporters €2 billion in lost sales.', ['€2 billion']],
    ['One tonne of copper cost US$9,120 on average.', ['US$9,120']],
    ['The dollar cost of imports rose to $2.1 billion.', ['$2.1 billion']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v44: the make-up of a fuel blend whose parts carry words that say which fuel', () => {
  const stated = statedOn('2032-08-19');
  it.each([
    // A transport ministry, a fuel retailer, an environment agency, a statistics office, an
    // airline, a national oil company.
    ['From April all pumps must sell E10, a blend of 10% bioethanol and 90% unleaded petrol.', []],
    [
      'Our B20 product, a mixture of 20% fatty acid methyl ester and 80% ultra-low sulphur diesel, now sells at 400 stations.',
      [],
    ],
    [
      'The trial fuel, a blend of 30 per cent hydrotreated vegetable oil and 70 per cent fossil diesel, cut emissions by 25 per cent.',
      ['cut emissions by 25 per cent'],
    ],
    [
      'Sales of E85, a blend of 85 percent ethanol and 15 percent regular gasoline, rose 12 percent.',
      ['rose 12 percent'],
    ],
    [
      'The airline flew on a blend of 40% sustainable aviation fuel and 60% conventional jet fuel.',
      [],
    ],
    [
      'Retail sales of B10 biodiesel, a blend of 10% palm methyl ester and 90% petroleum diesel, rose 7% in volume.',
      ['rose 7%'],
    ],
    // Near-misses: a power mix, a supply with a part that is no fuel, and a grade's sales.
    ['The power mix is a blend of 40% natural gas and 60% coal.', ['40%', '60%']],
    [
      'The energy supply was a mixture of 55% imported oil and 45% domestic hydropower.',
      ['55%', '45%'],
    ],
    ['Sales of B10 diesel rose 7% in volume.', ['rose 7%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});
