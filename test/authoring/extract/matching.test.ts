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

describe('v43: a gap to other members or objects after a comparative, its measure or unit between, or a sum "below that of" another', () => {
  const stated = statedOn('2033-06-15');
  it.each([
    // A transport agency, a statistics office, an energy agency, a farm ministry, an international
    // body, a bank's staff survey, a company's fare table, a central bank, a ports regulator, a
    // health ministry.
    [
      'The new electric buses emit 60% less carbon per kilometre than the diesel buses they replace.',
      [],
    ],
    [
      'Households in the northern provinces spend 12 per cent more of their income on energy than households in the capital.',
      [],
    ],
    [
      'Heat pumps use about 70 percent less electricity per unit of heat than conventional electric heaters, the agency said.',
      [],
    ],
    [
      "Irrigated farms produce 45 per cent more rice per hectare than rain-fed farms, the ministry's survey found.",
      [],
    ],
    ['Firms in the free zone pay 25% less tax than firms outside it, the report notes.', []],
    ['Branch staff handle 30% fewer transactions per hour than call-centre staff.', []],
    ['Card holders pay 20% more than cash customers for the same journey.', []],
    ['Non-members pay 15% more than members.', []],
    [
      'Borrowers on variable rates pay about 1.5 percentage points more than borrowers on fixed-rate loans.',
      [],
    ],
    [
      'Small importers pay 18 per cent more per container than large shipping lines, the regulator found.',
      [],
    ],
    ['Rural clinics cost 22% more per patient than the average of comparable urban clinics.', []],
    // The same gap in money, to "that" or "those" of another member.
    ['Its bid was $40 million below that of the runner-up.', []],
    ['The winning tender was €12 million lower than that of the next-lowest bidder.', []],
    ['Exports to China were $3 billion higher than those to the United States.', []],
    // One other object of the same kind, named by an adjective of reference: a utility, a
    // transport ministry, an agency, an international body, a central bank.
    [
      'The upgraded plant burns 25% less coal per megawatt-hour than the existing unit, the utility said.',
      [],
    ],
    [
      'An electric ferry costs about 30 per cent more to build than a conventional vessel of the same size.',
      [],
    ],
    ['The new headquarters will use 50% less water than the current building.', []],
    ['A hybrid bus emits 35 percent less carbon dioxide than a standard diesel bus.', []],
    [
      'The redesigned note costs 20% more to print than the old paper note, the central bank said.',
      [],
    ],
    // Near-misses: the same subject at an earlier time, against a plan or a forecast, the same
    // measure before it changed, and a gap bounded "up to".
    ['The new tariff is 10% higher than the existing tariff.', ['10% higher']],
    ['The plant used 8% less coal than the previous year.', ['8% less']],
    ['Passengers pay 10% more per trip than the current fare.', ['10% more']],
    ['The building used 15% less energy than the existing target.', ['15% less']],
    [
      'Exporting plants can pay up to 14 percent more per hour than plants that sell only at home.',
      ['14 percent more'],
    ],
    [
      'Refunds of Rs 3,000 crore were issued, 20.6 per cent higher than refunds issued during the same period in the preceding year.',
      ['Rs 3,000 crore', '20.6 per cent higher'],
    ],
    ['Arrivals were 8% higher than arrivals in the previous quarter.', ['8% higher']],
    ['Exports were 5% more than exports in the prior month.', ['5% more']],
    ['The terminal used 12% less energy per passenger than in 2030.', ['12% less']],
    ['Visitors spent 8% more per night than a year earlier.', ['8% more']],
    ['Tankers carried 5 per cent more crude than planned.', ['5 per cent more']],
    ['Customers paid 4% more than last year.', ['4% more']],
    ['Revenue was 3% more than the Board had forecast.', ['3% more']],
    ['Fares were 6% higher than analysts expected.', ['6% higher']],
    ['Toll users paid 5% more than users did in 2031.', ['5% more']],
    ['Revenue was $5 million above that of 2032.', ['$5 million']],
    ['The port handled 7% more cargo than in the same period last year.', ['7% more']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v43: a bare "from" number whose pair ends on a counted plural borrows no currency from its sentence', () => {
  const stated = statedOn('2033-06-15');
  it.each([
    // An airport authority, a port, a ministry of energy, a water mission, a development bank.
    [
      "The Board has approved a $4.2-billion program to replace the terminal, raising the airport's annual capacity from 14 million to 22 million passengers.",
      ['$4.2-billion'],
    ],
    [
      "The $900 million upgrade will lift the port's capacity from 1.2 million to 2 million containers a year.",
      ['$900 million'],
    ],
    [
      "The ministry's R3 billion plan raises the network's reach from 4 million to 6.5 million households.",
      ['R3 billion'],
    ],
    [
      'With a budget of ₹5,000 crore, the mission aims to take tap connections from 2 crore to 3.5 crore rural homes.',
      ['₹5,000 crore'],
    ],
    [
      'The bank lent US$4 billion, lifting its reach from 1.5 million to 2.1 million people.',
      ['US$4 billion'],
    ],
    // Near-misses: both ends in the currency, or the currency word after the second end.
    ['The fund grew from $14 million to $22 million.', ['$14 million', '$22 million']],
    [
      'Revenue of $4.2 billion was up from 14 million to 22 million dollars.',
      ['$4.2 billion', '14 million', '22 million dollars'],
    ],
    [
      'Spending of $3 billion rose from 14 million to 22 million in the year.',
      ['$3 billion', '14 million', '22 million'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v49: a fraction that is its clause subject, its whole named just before', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A farm ministry, a central bank, a statistics office, a mining company, an aid agency, a
    // chamber's survey, a treasury.
    [
      'The ministry disbursed €4.2 billion in farm grants last year; about a third went to young farmers.',
      ['€4.2 billion', 'a third'],
    ],
    [
      'Banks extended NOK 48 billion in new mortgages in the quarter. Roughly half carried a fixed rate.',
      ['NOK 48 billion', 'half'],
    ],
    [
      'Some 40% of households reported higher energy bills in the survey. Two-thirds said they had cut back on heating.',
      ['40% of households', 'Two-thirds'],
    ],
    [
      'Capital expenditure came to US$1.9 billion, and nearly two-fifths was spent on the new smelter.',
      ['US$1.9 billion', 'two-fifths'],
    ],
    [
      'Donor countries disbursed USD 12.4 billion in humanitarian aid in 2031; more than half was channelled through UN agencies.',
      ['USD 12.4 billion', 'half'],
    ],
    [
      'Forty percent of exporters plan to raise prices next quarter. A fifth expect to cut staff.',
      ['Forty percent of exporters plan', 'A fifth'],
    ],
    [
      'Of the R3.1 billion collected in fuel levies, a quarter is paid to provinces, the Treasury said.',
      ['R3.1 billion', 'a quarter'],
    ],
    // Near-misses: an ordinal, a span of time, a half of the year, no whole named, no verb after.
    ['A third round of talks is planned for May, with tariffs of 12% on the table.', ['12%']],
    [
      'Sales rose 4% in the year. A quarter later, margins had recovered to 11%.',
      ['rose 4%', '11%'],
    ],
    [
      'The first half saw growth of 2.1%, while the second half saw growth of 1.4%.',
      ['growth of 2.1%', 'growth of 1.4%'],
    ],
    ['Half went unreported in the survey, the office said.', []],
    ['Half the time, the index moved by less than 1%.', ['1%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v49: after "of which", a verb of paying a part takes a fraction that ends its clause', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A public works agency, an aid programme, a company, a municipal budget, a development bank,
    // a farm ministry.
    [
      'The project costs €800 million, of which the state provides about a third.',
      ['€800 million', 'a third'],
    ],
    [
      'Total spending on the programme is R12 billion, of which donors fund roughly half.',
      ['R12 billion', 'half'],
    ],
    [
      'Revenue reached $3.4 billion in 2030, of which exports contributed nearly two-thirds.',
      ['$3.4 billion', 'two-thirds'],
    ],
    [
      'The budget for 2031 is NOK 9 billion, of which the municipalities cover a quarter.',
      ['NOK 9 billion', 'a quarter'],
    ],
    [
      'The facility totals US$2 billion, of which the Bank finances three-quarters.',
      ['US$2 billion', 'three-quarters'],
    ],
    // Near-misses: a comparative, no whole named, a fraction of a whole after it.
    ['The state provides about a third more than it did last year.', ['a third more']],
    ['The state will provide a quarter, the minister said.', []],
    [
      'Of the 40 staff, the ministry provides a third of the salaries.',
      ['a third of the salaries'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v47: a gap to another group stated by any comparative of degree, "weaker", "stronger", "faster", "better"', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A chamber of commerce's survey, a central bank, a statistics office, a labour ministry, an
    // international body, a customs agency.
    [
      'The profit outlook of retailers was 4.3 percentage points weaker than that of wholesalers.',
      [],
    ],
    [
      'Credit growth at regional banks ran 2.1 percentage points slower than that at the large lenders.',
      [],
    ],
    ['Productivity growth in services was 1.5 per cent faster than in manufacturing.', []],
    [
      'The employment outcomes of graduates were 9 percentage points better than those of non-graduates.',
      [],
    ],
    [
      'Investment intentions among small firms were 5 per cent stronger than those of large firms.',
      [],
    ],
    ['Compliance among large traders was 12% worse than among small traders.', []],
    // Near-misses: the same subject at an earlier time, a forecast, a year.
    [
      'Growth was 0.5 percentage points weaker than in the previous quarter.',
      ['0.5 percentage points weaker'],
    ],
    ['The yen was 3% weaker than a year earlier.', ['3% weaker']],
    ['Sales grew 2% faster than forecast.', ['grew 2%']],
    ['Demand was 4% stronger than in 2029.', ['4% stronger']],
    [
      'Exports were 3 percentage points stronger than those of the first half.',
      ['3 percentage points stronger'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v47: a gap to the whole\'s balance, ratio or share, and a whole named "worldwide"', () => {
  it.each([
    // A chamber of commerce abroad, a statistics office, a business survey, an international
    // body, a labour ministry, an energy agency.
    [
      'In Asia the balance of expectations stands at +18 percent, 4 percentage points below the worldwide balance.',
      '4 percentage points',
    ],
    [
      'Wales recorded a net balance of -6%, 9 percentage points under the UK-wide balance.',
      '9 percentage points',
    ],
    [
      'The confidence balance of manufacturers in the north was 3.2 percentage points above the countrywide balance.',
      '3.2 percentage points',
    ],
    [
      'Youth unemployment in the region is 6 percentage points above the worldwide rate.',
      '6 percentage points',
    ],
    [
      'The participation ratio in rural districts is 4 percentage points below the national ratio.',
      '4 percentage points',
    ],
    [
      "The province's share of renewables is 11 percentage points higher than the global share.",
      '11 percentage points',
    ],
  ])('%s: %s is two levels set side by side', (text, stated) =>
    expect(proposed(text, stated)).toBe(false),
  );
  it.each([
    // Near-misses: the whole's own move, an earlier level of the same ratio, a plan.
    ['The worldwide balance rose 6 percentage points to +21 percent.', '6 percentage points'],
    [
      'The ratio of debt to GDP is 4 percentage points above the ratio of 2020.',
      '4 percentage points',
    ],
    ['Exports were 3% above the national target.', '3%'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v47: a multiple of the level of a place named by its adjective or its name, "the Vietnamese level"', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A trade promotion agency, a statistics office, a central bank, an energy regulator, a
    // housing ministry, a health agency.
    [
      'The monthly pay of a factory worker reached US$1,978 in Singapore, 5.2 times the Vietnamese level.',
      ['US$1,978'],
    ],
    ['Labour productivity in Ireland is 2.3 times the Portuguese figure.', []],
    ['Household debt per head is about 3.1 times the Mexican level.', []],
    ['Electricity prices for industry in Germany are 1.7 times the French rate.', []],
    ['Rents in Auckland are 1.4 times the Wellington level.', []],
    ['Clinic fees charged in Lagos are 2.5 times the Nairobi rate.', []],
    // Near-misses: the same measure at an earlier time, by year, month or "of".
    ['Exports reached 2.5 times the 2019 level.', ['2.5 times the']],
    ['Spending rose to 1.5 times the January level.', ['1.5 times the']],
    ['Debt reached 1.6 times the level of 2010.', ['1.6 times the']],
    ['Output in Chile reached 1.3 times the Chilean level of 2020.', ['1.3 times the']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v47: an exchange rate in Portuguese, Spanish or French, "por dólar", "taxa de câmbio", "taux de change"', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // A tax agency, a central bank, another central bank, a treasury, a statistics office, a
    // French-speaking central bank.
    [
      'O valor em dólar das importações cresceu 5,2%, e a taxa média de câmbio passou de R$ 5,41 para R$ 5,63 por dólar.',
      // v76: the Portuguese verb of change now stands in the stated words, as in Spanish.
      ['cresceu 5,2%'],
    ],
    ['A taxa de câmbio fechou o trimestre em R$ 5,12 por dólar.', []],
    ['El tipo de cambio se ubicó en 18,35 pesos por dólar al cierre de junio.', []],
    ['O real encerrou o ano cotado a R$ 6,18 por dólar.', []],
    ['El tipo de cambio promedio del año fue de 3,75 soles por dólar.', []],
    ['A taxa de câmbio média utilizada na conversão foi de R$ 5,37.', []],
    ["Le taux de change s'est établi en moyenne à 1,09 dollar pour un euro.", []],
    // Near-misses: a price per litre, sums with a scale, a sum the rate moved.
    ['O preço médio do diesel passou de R$ 5,41 para R$ 5,63 por litro.', ['R$ 5,41', 'R$ 5,63']],
    [
      'A arrecadação passou de R$ 200,1 bilhões para R$ 215,3 bilhões.',
      ['R$ 200,1 bilhões', 'R$ 215,3 bilhões'],
    ],
    [
      'La recaudación por derechos de exportación alcanzó $ 1.200 millones por la suba del tipo de cambio.',
      ['$ 1.200 millones'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v45: odds named by their noun before a percent that a bound word opens', () => {
  const stated = statedOn('2032-11-26');
  it.each([
    // A fisheries regulator's harvest rule, a central bank, a pension agency, an international
    // body's scenario, a company's risk note, an analyst.
    [
      'The catch is set so that there is a probability of at least 80% that the stock stays above the limit reference point.',
      [],
    ],
    [
      'The Bank sees a probability of no more than 25 percent that inflation returns to target next year.',
      [],
    ],
    ['Stress tests give a likelihood of roughly 10% that the fund needs a top-up before 2040.', []],
    ['Staff attach a probability of almost 30 per cent to the downside scenario.', []],
    ['Management sees a chance of at most 5% that the licence is revoked.', []],
    ['The odds are at least 60% that the board cuts rates in March, traders said.', []],
    // Near-misses: a level reached by a measure after the odds' clause, a share of stocks named
    // by a probability of collapse, a credit-risk measure.
    [
      'Stocks with a high probability of collapse made up at least 12% of the catch.',
      ['12% of the catch'],
    ],
    ['The probability of a closure rose after prices fell to below $70.', ['$70']],
    ['The probability of default on mining loans rose to 2.1%.', ['2.1%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v45: bare numbers that share the points written after the last are changes in points', () => {
  /** Each figure of a text as "kind value unit". */
  const read = (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date: '2033-09-12', ...STATEMENT } }).map(
      (c) => `${c.kind} ${c.value} ${c.unit}`,
    );
  it.each([
    // A mines ministry's bulletin, a statistics office, a central bank, a national accounts
    // release, a trade ministry.
    [
      'PGMs, manganese ore and chromium ore were the largest positive contributors, adding 2.3, 1.1 and 0.6 percentage points respectively.',
      [
        'change 2.3 percentage-points',
        'change 1.1 percentage-points',
        'change 0.6 percentage-points',
      ],
    ],
    [
      'Mining, manufacturing and trade contributed 2.3, 1.1 and 0.6 percentage points.',
      [
        'change 2.3 percentage-points',
        'change 1.1 percentage-points',
        'change 0.6 percentage-points',
      ],
    ],
    [
      'Food and energy accounted for 0.8 and 0.5 percentage points of headline inflation.',
      ['change 0.8 percentage-points', 'change 0.5 percentage-points'],
    ],
    [
      'Household and government consumption made up 1.4 and 0.3 percentage points of the growth.',
      ['change 1.4 percentage-points', 'change 0.3 percentage-points'],
    ],
    [
      'Machinery, chemicals and fuels provided 0.9, 0.4 and 0.2 percentage points of export growth.',
      [
        'change 0.9 percentage-points',
        'change 0.4 percentage-points',
        'change 0.2 percentage-points',
      ],
    ],
    // Near-misses: a list in percent of a whole, a list of rates, a range in points.
    [
      'Services and industry made up 61 and 28 per cent of output.',
      ['share 61 percent', 'share 28 percent'],
    ],
    [
      'The three regions had unemployment rates of 4.1, 5.2 and 6.3 per cent.',
      ['share 4.1 percent', 'share 5.2 percent', 'share 6.3 percent'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v45: a tax, levy, duty or fee "of up to" a rate that applies is the rate set, no hedge', () => {
  const values = valueStatus('2033-01-20');
  it.each([
    // A mines ministry, a tax office, an energy ministry, a trade ministry, a mining regulator, a
    // fund company.
    [
      'A variable profit tax of up to 15% applies where assessable income exceeds 8% of gross sales.',
      ['15 actual'],
    ],
    ['A surcharge of up to 5% applies to late filers.', ['5 actual']],
    ['A windfall levy of up to 25% is charged on profits above the threshold.', ['25 actual']],
    ['Export duty of up to 10% applies to raw hides.', ['10 actual']],
    ['Royalties of up to 7% are payable on the value of minerals sold.', ['7 actual']],
    ['An exit fee of up to 2% is levied on redemptions within a year.', ['2 actual']],
    // Near-misses: a levy that could apply, a tax proposed, a tax that would apply under a bill.
    ['A levy of up to 5% could apply from 2035.', ['5 expected']],
    ['The ministry proposes a tax of up to 15% on windfall profits.', ['15 expected']],
    ['Under the bill, a tax of up to 15% would apply to windfall profits.', ['15 expected']],
  ])('%s → %j', (text, expected) => expect(values(text)).toEqual(expected));
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

describe('v52: a gap in percent or points to the average, mean or median "of" a group of other members', () => {
  const stated = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2032-03-01', ...STATEMENT } }).map(
      (c) => c.stated.text,
    );
  it.each([
    // A telecoms ministry, a central bank, a regional agency, a company, an international body, a
    // communications regulator: the average named first, the group "of" it after.
    ['The new national fee is 18% below the average of the OECD comparators examined.', []],
    ['Mortgage rates here are 0.6 percentage points above the average of euro area countries.', []],
    [
      'Broadband prices in the county were 12 per cent higher than the median of the ten comparator regions.',
      [],
    ],
    ['Our unit costs are 7% below the mean of the listed peers.', []],
    ['Tax revenue stands 4.1 percentage points below the average of OECD member states.', []],
    ['Mobile termination charges are 25% lower than the average of other EU member states.', []],
    // Near-misses: the average of an earlier period or of earlier auctions is the same measure at
    // an earlier time, a change.
    ['House prices were 5% below the average of 2022.', ['5% below']],
    ['The clearing price was 4% above the average of the previous three auctions.', ['4% above']],
    ['Spending was 3% above the average of the past five years.', ['3% above']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v52: a multiple of a bound or benchmark the sentence sets the level against (a reserve, a minimum, a cap, a budget)', () => {
  const stated = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2032-03-01', ...STATEMENT } }).map(
      (c) => c.stated.text,
    );
  it.each([
    // A spectrum regulator, a central bank, a ministry, an international body, a benefits agency,
    // a securities regulator: the multiple compares the level with a bound or benchmark at the same
    // time, no change over time.
    ['The winners will pay £612.5 million, roughly three times the reserve.', ['£612.5 million']],
    ["Banks' liquid assets stood at 2.4 times the regulatory minimum.", []],
    ['Applications for the scheme reached four times the budget available.', []],
    ["The country's reserves are 1.8 times the IMF's adequacy benchmark.", []],
    ['Claims ran at twice the cap set in the scheme rules.', []],
    ['Subscriptions came to 3.5 times the statutory threshold.', []],
    // Near-misses: a multiple of the same measure at an earlier time is a change.
    ['Fees are now 1.5 times the level of 2020.', ['1.5 times the']],
    ['Exports reached three times the 2019 total.', ['three times the']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v64: a sum set against the same measure in another place or group is a gap, no figure', () => {
  // The class: a sum, maybe with the unit it prices, then a comparative and another place, group
  // or the whole's average ("higher than in the five largest cities", "above the average for the
  // country", "cheaper than at competing stations"), as the same gap in percent is read already.
  // A time, a plan or a cap after "than" keeps the sum a figure.
  const read = (text: string) =>
    extractCandidates(`${text}\n`, 'doc', {
      source: { publisher: 'Arland Statistics Office, Australia', date: '2032-12-01' },
    }).map((c) => c.stated.text);
  it.each([
    ['Average prices in regional locations were 6.2 cpl higher than in the five largest cities.'],
    ['Rents in the capital were $85 a week higher than in other cities.'],
    ['Bills in rural areas were $120 above the average for the country.'],
    ['Our pump price was 3 cents a litre cheaper than at competing stations.'],
    ['Fees at private clinics were $40 higher than those in public hospitals.'],
  ])('%s proposes nothing', (text) => expect(read(text)).toEqual([]));
  it.each([
    ['Prices were 6.2 cpl higher than in the June quarter.', ['6.2 cpl']],
    ['Rents were $85 higher than in 2031.', ['$85']],
    ['Bills were $120 above the price cap.', ['$120']],
    ['Prices were 5 cents a litre lower than at the top of the cycle.', ['5 cents']],
    // A time after "at" or "in" that names no place: the price now, or before.
    ['The stamp will cost £1.45 from April, 11p more than at present.', ['£1.45', '11p']],
    ['Fares are now $2 higher than in the past.', ['$2']],
  ])('%s keeps %j', (text, want) => expect(read(text)).toEqual(want));
});

describe('v74: a departure "of" a size, both ways, and a tolerance band "of plus or minus" a size are tolerances, no figure', () => {
  const stated = statedOn('2033-06-10');
  it.each([
    // A wire report of a central bank, a central bank's framework, a currency board, a council's
    // rules, a fund's mandate.
    ['The central bank tolerates deviations of 1 percentage point either side.', []],
    [
      "Inflation was 3.1%, close to the NBP's target of 2.5%, which allows a tolerance band of plus or minus 1 percentage point.",
      ['3.1%', '2.5%'],
    ],
    ['The peg permits fluctuations of 2.25 percent on either side.', []],
    ["The council's rules allow spending variations of 2% either way between budget lines.", []],
    [
      "The fund's mandate allows a deviation of 0.5 percentage point either way from its benchmark.",
      [],
    ],
    // Near-misses: a fluctuation measured, a departure measured, a corridor set, a band of two ends.
    ['Price fluctuations of 5% were recorded in May.', ['5%']],
    ['Spending deviated from the budget by 4% in 2032.', ['4%']],
    [
      'The corridor is narrowed to plus or minus 1 percentage point.',
      ['plus or minus 1 percentage point'],
    ],
    ['The bank allowed a band of 15% to 20% for the ratio.', ['15% to 20%']],
  ])('%s', (text, want) => expect(stated(text)).toEqual(want));
});

describe('v74: a verb of taking away, a size, then "off" what it was taken from, is a fall', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-10', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.value}`,
    );
  it.each([
    // A wire report of a cabinet office, a statistics office, a ministry, a central bank.
    [
      'The slump in car shipments shaved 0.3 percentage point off growth in the quarter.',
      ['shaved 0.3 percentage point off growth -0.3'],
    ],
    [
      'Net trade knocked 0.5 percentage points off GDP growth in the first quarter, the statistics office said.',
      ['knocked 0.5 percentage points off GDP growth -0.5'],
    ],
    [
      'The strike wiped 0.2 percentage points off quarterly output growth, the ministry estimated.',
      ['wiped 0.2 percentage points off -0.2'],
    ],
    [
      'Lower oil output took 0.4 percentage points off growth last year, the central bank said.',
      ['took 0.4 percentage points off growth -0.4'],
    ],
    [
      'Higher import costs, shaving 0.3 percentage point off growth, weighed on the recovery.',
      ['shaving 0.3 percentage point off growth -0.3'],
    ],
    // Near-misses: a part added, a verb of taking from, a rise.
    [
      'Inventories added 0.3 percentage point to growth in the quarter.',
      ['added 0.3 percentage point 0.3'],
    ],
    [
      'Weaker exports subtracted 0.3 percentage point from growth, the Cabinet Office said.',
      ['subtracted 0.3 percentage point -0.3'],
    ],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe("v72: a number set against another group's, place's or party's level is a trap", () => {
  /** What is proposed in `text`, as "stated kind". */
  const proposed = (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date: '2032-03-01', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.kind}`,
    );
  it.each([
    // statistics office, central bank, company, international body, rating agency, ministry
    ['Average weekly earnings in Wales were 9% below the UK average in April 2031.', []],
    [
      'Mortgage arrears stood at 1.4%, 0.3 percentage points above the rate on loans held by other banks.',
      ['1.4% share'],
    ],
    ["The company's unit labour costs are about 2.5 times the price charged by Asian rivals.", []],
    ['Youth unemployment in the region runs at nearly double the OECD median.', []],
    [
      "Debt service absorbed 31% of revenue in 2031, more than twice the 'BB' median.",
      ['31% of revenue share'],
    ],
    ['Per-capita income in the county is 87 percent of the statewide level.', []],
    ['Vacancy rates in Bulawayo are 6 percentage points higher than the Harare rate.', []],
    ['The retail price of maize meal was 3.1 times the price received by growers.', []],
    [
      'Average rents in Auckland remain about 28% above the New Zealand average, the ministry said.',
      [],
    ],
  ] as const)('%s', (text, want) => expect(proposed(text)).toEqual(want));

  it.each([
    // near-misses: the subject's own level at another time, a whole, another measure, a plan
    ['Exports rose 53% above their 2019 level.', ['rose 53% change']],
    ['Public debt reached 74% of GDP in 2031.', ['74% of GDP share']],
    ['Prices were 5% below the average of 2022.', ['5% below change']],
    ['Rents are now 12% above the pre-pandemic level.', ['12% above change']],
    ['Fares are 1.5 times the level of a decade earlier.', ['1.5 times the change']],
    [
      'The policy rate is 2 percentage points above the neutral rate.',
      ['2 percentage points above change'],
    ],
    ['Spending came to 97% of the budgeted level in 2030.', ['97% of the budgeted level share']],
    ['Wheat output rose to nearly double the level of 2019.', ['nearly double change']],
    ['The typical deposit was 12% of the purchase price.', ['12% of the purchase price share']],
    [
      'We will triple renewable capacity and double the global average rate of efficiency gains by 2030.',
      ['triple change', 'double change'],
    ],
  ] as const)('keeps: %s', (text, want) => expect(proposed(text)).toEqual(want));
});

describe('v76: a Portuguese word of change before a percent makes it a change', () => {
  const kindOf = (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date: '2028-06-01', ...STATEMENT } }).map(
      (c) => `${c.kind} ${c.value}`,
    );
  it.each([
    // A central bank, a state treasury, a company, a statistics agency, a trade ministry.
    ['O crédito às famílias teve expansão de 11,2% em doze meses, informou o Banco Central.', 11.2],
    ['A arrecadação do ICMS registrou queda nominal de 2,3% no trimestre.', -2.3],
    ['A receita líquida da companhia cresceu 8,4% em relação a 2027.', 8.4],
    ['O volume de serviços recuou 0,6% em março frente a fevereiro, informou o IBGE.', -0.6],
    ['As exportações de soja avançaram 14,0% no semestre.', 14],
    ['Os preços ao produtor tiveram alta média de 1,7% no mês.', 1.7],
    ['A produção de veículos caiu 3,5% na comparação anual.', -3.5],
    ['As vendas do varejo subiram 0,9% em abril.', 0.9],
  ])('%s', (text, value) => {
    expect(kindOf(text)).toEqual([`change ${value}`]);
  });
  it.each([
    // Levels and shares keep their reading.
    ['A taxa de desemprego ficou em 6,2% no trimestre.', 6.2],
    ['A Selic subiu para 15% ao ano.', 15],
    ['A participação da indústria no PIB é de 24,1%.', 24.1],
    ['Incide a alíquota adicional de 0,38% por operação.', 0.38],
    ['A inadimplência das empresas caiu para 3,1% em maio.', 3.1],
  ])('%s stays a share', (text, value) => {
    expect(kindOf(text)).toEqual([`share ${value}`]);
  });
});

describe('v76: a Portuguese word of a fall makes the change negative', () => {
  const valueOf = (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date: '2028-06-01', ...STATEMENT } }).map(
      (c) => `${c.kind} ${c.value}`,
    );
  it.each([
    // A state treasury, a statistics agency, a central bank, a company, a farm ministry.
    ['A arrecadação do ICMS registrou queda nominal de 2,3% no trimestre.', -2.3],
    ['O volume de serviços recuou 0,6% em março, informou o IBGE.', -0.6],
    ['A indústria teve retração de 1,1% em 2027, segundo o Banco Central.', -1.1],
    ['O lucro líquido da companhia diminuiu 4,0% no ano.', -4],
    ['As importações de trigo caíram 12% no semestre, informou o ministério.', -12],
  ])('%s', (text, value) => expect(valueOf(text)).toEqual([`change ${value}`]));
  it.each([
    // A level reached keeps its sign and its kind.
    ['A Selic caiu para 10,5% ao ano.', 'share 10.5'],
    ['A taxa de desemprego recuou para 6,2% no trimestre.', 'share 6.2'],
    ['A receita líquida da companhia cresceu 8,4% em relação a 2027.', 'change 8.4'],
  ])('%s keeps its reading', (text, reading) => expect(valueOf(text)).toEqual([reading]));
});

describe('v79: a fraction in words as the earlier level of a share named before it ("up from a quarter a decade ago")', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-16', ...STATEMENT } }).map(
      (c) => `${c.stated.text}|${c.kind} ${c.value} ${c.status}`,
    );
  it.each([
    // Held before the rule: a rating agency, UNCTAD, a presidential statement, a central bank, a
    // ministry, a company, an energy agency.
    [
      'Tourism now accounts for about a fifth of output, down from a quarter a decade ago.',
      ['a fifth of output|share 20 actual', 'a quarter|share 25 actual'],
    ],
    [
      'Screening regimes now cover about two thirds of global FDI stock, up from less than a third a decade ago.',
      ['two thirds of global FDI stock|share 66.67 actual', 'a third|share 33.33 actual'],
    ],
    [
      'More than 90 percent of mutual payments are now made in national currencies, compared with just over a third three years ago.',
      ['90 percent of mutual payments|share 90 actual', 'a third|share 33.33 actual'],
    ],
    [
      'Card payments made up 62% of retail transactions in 2032, against about half in 2028.',
      ['62% of retail transactions|share 62 actual', 'half|share 50 actual'],
    ],
    [
      'Women now hold 41% of senior civil service posts, up from one third in 2025.',
      ['41% of senior civil service posts|share 41 actual', 'one third|share 33.33 actual'],
    ],
    [
      'Exports now take three quarters of the group’s output, compared with two thirds.',
      ['three quarters of the group’s output|share 75 actual', 'two thirds|share 66.67 actual'],
    ],
    [
      'Renewables supplied 48% of electricity last year, up from roughly a quarter in 2024.',
      ['48% of electricity|share 48 actual', 'a quarter|share 25 actual'],
    ],
    // Near-misses: a period after "from", a share named by no "of", an ordinal, half a year.
    [
      'The bank raised its stake to 12% of the shares, up from a quarter earlier.',
      ['12% of the shares|share 12 actual'],
    ],
    ['Sales rose 3% from a quarter earlier.', ['rose 3%|change 3 actual']],
    [
      'Loans to firms made up 30% of credit, down from half a year earlier.',
      ['30% of credit|share 30 actual'],
    ],
    ['Inflation eased to 3.1%, down from a third consecutive rise.', ['3.1%|change 3.1 actual']],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v79: a count out of a whole with the members\' noun before "in" ("one employee in seven") is a share', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-16', ...STATEMENT } }).map(
      (c) => `${c.stated.text}|${c.kind} ${c.value}`,
    );
  it.each([
    // Held before the rule: a labour ministry, a statistics office, a chamber's survey, a pensions
    // regulator, a central bank, an industry body.
    [
      'It estimated that about 14.6% of private-sector employees, or roughly one employee in seven, were paid at the minimum wage.',
      ['14.6% of private-sector employees|share 14.6', 'one employee in seven|share 14.29'],
    ],
    [
      'One household in five now rents its home, the statistics office said.',
      ['One household in five|share 20'],
    ],
    [
      'Two firms in three expect to raise prices in the coming year.',
      ['Two firms in three|share 66.67'],
    ],
    ['Roughly one adult in four has no pension savings.', ['one adult in four|share 25']],
    [
      'The central bank says one borrower in ten is behind on repayments.',
      ['one borrower in ten|share 10'],
    ],
    ['Nearly one job in six is in manufacturing.', ['one job in six|share 16.67']],
    // Near-misses: a member placed among counted things, a period, a year, the bare ratio.
    ['One bank in 20 countries failed the test.', []],
    ['One project in 12 months was approved.', []],
    ['The agency opened one office in 2031.', []],
    ['One firm in three sectors reported losses.', []],
    ['One in five workers is self-employed.', ['One in five|share 20']],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v80: a band both ways ("±") that a noun of uncertainty, precision or interval in its sentence names', () => {
  it.each([
    // an emissions inventory, a farm ministry, a statistics office, a central bank, a census
    // bureau, a regulator, a project's owner: the width of how sure an estimate is, no level
    ['Uncertainty in the landfill gas estimates is about ±15%.', []],
    ['The precision of the crop estimates is ±4 per cent at the district level.', []],
    ['Sampling variability for the regional series is roughly ±2.5 percentage points.', []],
    [
      'Error bands, typically ±0.8 percentage points for the quarterly figures, are shown as shaded areas.',
      [],
    ],
    ['The estimates carry intervals such as the ±6.3 percent shown for multifamily permits.', []],
    ['The accuracy of the meter readings is ±1.5%, within the limits the standard sets.', []],
    ['Uncertainty about the cost estimate remains high, at ±30 per cent at this design stage.', []],
    // near-misses: a corridor or band a decision sets, a level beside its margin, uncertainty that
    // moves, a change told beside the word
    [
      'The central bank narrowed the corridor to ±1 percentage point around the policy rate.',
      ['undefined change'],
    ],
    [
      'The exchange rate is allowed to move within a band of ±2% against the basket.',
      ['undefined change'],
    ],
    [
      'Uncertainty rose: the index of economic policy uncertainty climbed 15% in March.',
      ['15 change'],
    ],
    ['Emissions fell 4.2% in 2031, with an uncertainty of ±1.1%.', ['-4.2 change']],
    [
      'Despite the uncertainty, exports rose 6.3 percent and imports 2.1 percent.',
      ['6.3 change', '2.1 change'],
    ],
  ])('%s', (text, want) => {
    expect(valueKind(text)).toEqual(want);
  });
});

describe('v84: a currency as the subject of its own price, in the perfect, after "is now" or a coordinated verb', () => {
  const RESERVE_BANK = {
    publisher: 'Reserve Bank',
    title: 'Media conference',
    url: 'https://example.org/m',
  };
  const read = (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date: '2033-11-04', ...RESERVE_BANK } }).map(
      (c) => `${c.kind} ${c.value} ${c.unit}`,
    );
  it.each([
    // ho233: a governor's answer and a committee statement.
    ['The dollar has fallen to 61 US cents. Does that worry you?'],
    [
      'Since our January meeting, the rand has traded in a range of R17.40 to R18.20 against the US dollar and is currently around R17.85.',
    ],
    // Held sentences in other voices, written before the rule.
    ['Sterling has climbed to $1.34, its strongest level in three years.'],
    ['The New Zealand dollar has slipped to 56 US cents since the decision.'],
    ['The shilling weakened in March and has since recovered to around Ksh 129.'],
    ['The euro is now at $1.19, and the yen is currently around ¥158.'],
    ['The Canadian dollar has depreciated to about 72 US cents this year.'],
  ])('%s is an exchange rate, no sum', (text) => expect(read(text)).toEqual([]));
  it.each([
    // Near-misses: a sum with a scale, a price in a currency, a money value a currency names.
    ['The dollar value of exports has fallen to $25.1 billion.', ['amount 25100000000 USD']],
    [
      'The euro area has seen wages rise and is now at €2,400 a month on average.',
      ['amount 2400 EUR'],
    ],
    ['The Australian dollar price of gold has risen to A$4,100 an ounce.', ['amount 4100 AUD']],
  ])('%s keeps its sum', (text, want) => expect(read(text)).toEqual(want));
  it('reads a coordinated verb whose currency is named more than 80 characters before, in a rand release', () => {
    const sarb = {
      publisher: 'South African Reserve Bank',
      title: 'MPC statement',
      url: 'https://example.org/mpc',
    };
    const text =
      'Since our January meeting, the rand has traded in a range of R17.40 to R18.20 against the US dollar and is currently around R17.85.';
    expect(extractCandidates(text, 'doc', { source: { date: '2034-03-26', ...sarb } })).toEqual([]);
  });
});

describe("v81: a fraction of a counted series or set after an owner's possessive is a rank or a count, no share", () => {
  const read = (text: string) =>
    extractCandidates(`Issued 3 February 2034.\n\n${text}`, 'doc').map(
      (c) => `${c.stated.text} ${c.kind} ${c.value}`,
    );
  it.each([
    // Written before the rule: an IMF review, a ministry's tranche, a treasury's counties, a
    // development bank's instalments, an international fund's members.
    ["The IMF completed the third of the programme's six reviews in January.", []],
    ["The ministry released the second of the grant's four tranches.", []],
    ["A third of Kenya's 47 counties reported deficits.", []],
    ["The Bank paid the first of the loan's two instalments on 3 May.", []],
    ["Half of the Fund's 30 member countries met the target.", []],
    // Near-misses: a fraction of a whole, with or without an owner, of a year's budget and of a sum.
    ['A fifth of the budget went to rail.', ['A fifth of the budget went share 20']],
    [
      "A quarter of the country's exports went to China.",
      ["A quarter of the country's exports went share 25"],
    ],
    [
      "A third of the ministry's 2034 budget went to schools.",
      ["A third of the ministry's 2034 budget went share 33.33"],
    ],
    [
      "Half of the company's 12 billion euros of debt matures in 2035.",
      ["Half of the company's 12 billion euros share 50"],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v92: a range that leaves out the verb of the single change before it shares its kind', () => {
  const read = (text: string) =>
    extractCandidates(`Issued 3 February 2033.\n\n${text}`, 'doc').map(
      (c) => `${c.kind} ${c.range ? `${c.range.low}…${c.range.high}` : c.value}`,
    );
  it.each([
    // Written before the rule: a steel body, a central bank, a company, a ministry in rupees, a
    // regional communiqué, a trade agency, an international fund.
    [
      'India: steel demand is forecast to grow 8.2% to 176 Mt in 2033 and between 7% and 8% in 2034.',
      ['change 8.2', 'change 7…8'],
    ],
    [
      'The Bank projects GDP to expand by 1.2 per cent this year and by 1.5 to 2.0 per cent in 2035.',
      ['change 1.2', 'change 1.5…2'],
    ],
    [
      'Group revenue is expected to rise 4.5% to $3.3 billion in 2033 and 5-6% in 2034.',
      ['change 4.5', 'amount 3300000000', 'change 5…6'],
    ],
    [
      'Exports are projected to expand 5.5 percent to ₹42 lakh crore in 2033-34 and 6 to 7 percent in 2034-35.',
      ['change 5.5', 'amount 42000000000000', 'change 6…7'],
    ],
    [
      "The region's economy is projected to grow by 4.8 percent in 2033 and between 4.7 and 5.0 percent in 2034.",
      ['change 4.8', 'change 4.7…5'],
    ],
    [
      'For 2034, total merchandise trade is forecast to grow by 1.0 to 3.0 per cent and NODX by 0 to 2.0 per cent.',
      ['change 1…3', 'change 0…2'],
    ],
    [
      'The Fund expects world trade volumes to grow 3.1 percent in 2034 and 2.8 to 3.4 percent in 2035.',
      ['change 3.1', 'change 2.8…3.4'],
    ],
    // Near-misses: a level in percent the change reached starts a list of levels; a clause with a
    // measure of its own; a whole named after the range; points before a percent range.
    [
      'The deficit widened by 0.4 percent to 3.2 percent of GDP in 2032 and 3.5 to 4 percent in 2033.',
      ['change 0.4', 'share 3.2', 'share 3.5…4'],
    ],
    [
      'Prices rose 2% in May and the policy rate is 4 to 4.25 percent.',
      ['change 2', 'share 4…4.25'],
    ],
    [
      'Sales grew 5% in 2032 and between 30% and 35% of revenue came from exports.',
      ['change 5', 'share 30…35'],
    ],
    [
      'Output rose 2.1 per cent in 2032, while unemployment held between 5 and 6 per cent.',
      ['change 2.1', 'share 5…6'],
    ],
    [
      'Exports rose 0.3 percentage points in 2032 and 1 to 2 percent in 2033.',
      ['change 0.3', 'share 1…2'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v92: the level a share came from or stands against is a share, whatever change word its sentence has', () => {
  const read = (text: string) =>
    extractCandidates(`Issued 3 February 2034.\n\n${text}`, 'doc').map(
      (c) => `${c.kind} ${c.value}`,
    );
  it.each([
    // Written before the rule: an audit court, a water regulator, a water office, a ministry of
    // finance, a company, a treasury, a central bank's banking report, a statistics agency.
    [
      'The Court estimated the level of error in EU spending at 3.6% for 2024, down from 5.6% a year earlier but still above the 2% materiality threshold.',
      ['share 3.6', 'share 5.6', 'share 2'],
    ],
    [
      'The allowed return on capital is set at 3.91% (CPIH-real, appointee level), up from 2.96% at the last review.',
      ['share 3.91', 'share 2.96'],
    ],
    [
      'Non-revenue water averaged 12.8 percent, while the west concession reduced its rate to 24.6 percent from 27.3 percent a year earlier.',
      ['share 12.8', 'share 24.6', 'share 27.3'],
    ],
    [
      'Despite strong export growth, the current-account deficit was 2.1% of GDP in 2033, down from 2.9% a year earlier.',
      ['share 2.1', 'share 2.9'],
    ],
    [
      "With sales up strongly, the group's net debt to EBITDA ratio stood at 1.8 per cent, down from 2.3 per cent a year earlier.",
      ['share 1.8', 'share 2.3'],
    ],
    [
      "Loan growth slowed, and the banks' capital adequacy ratio rose to 18.4 percent from 17.9 percent a year earlier, well above the 12.5 percent minimum.",
      ['share 18.4', 'share 17.9', 'share 12.5'],
    ],
    // Near-misses: a change measure between or in the number's own clause, a change before the
    // base, and points from a year earlier.
    [
      'Household debt was 92% of income in 2033, while prices rose 3.1% from a year earlier.',
      ['share 92', 'change 3.1'],
    ],
    ['The jobless rate was 5%, compared with a 2% rise in prices.', ['share 5', 'change 2']],
    [
      'The savings ratio was 8.1 per cent, and consumption grew 2.3 per cent from a year earlier.',
      ['share 8.1', 'change 2.3'],
    ],
    ['Exports grew 4.2% in 2033, down from 5.6% a year earlier.', ['change 4.2', 'change 5.6']],
    [
      'The policy rate is 4%, down 0.5 percentage points from a year earlier.',
      ['share 4', 'change -0.5'],
    ],
    [
      'Revenue reached R98 billion in the half year, 12% higher than a year earlier but 3.5% below the R101.6 billion budgeted.',
      ['amount 98000000000', 'change 12', 'change -3.5', 'amount 101600000000'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v102: odds with the event they are of, the odds as the subject of a copula or as a percent before their noun', () => {
  const stated = statedOn('2031-04-02');
  it.each([
    // An actuary, a central bank, a bank stress test, a pension supervisor, an insurer's model:
    // the odds the subject of "is", "are", "was", with a bound word, the event's bound inside.
    [
      'Based on stochastic modelling, the probability that the contribution rate exceeds 10.5% is less than 10%.',
      [],
    ],
    [
      'The likelihood that headline inflation is above 4 per cent at the end of 2027 is about 15 per cent.',
      [],
    ],
    [
      'In the severe scenario, the probability of the CET1 ratio dropping below 7% is under 2%.',
      [],
    ],
    [
      'The odds that the funding ratio falls under 90 percent within five years are no more than 5 percent.',
      [],
    ],
    [
      "The chance of an annual loss greater than 20% of own funds was below 1% in the agency's model.",
      [],
    ],
    // The odds as a percent before their noun, then the event to the end of its clause.
    [
      'There is a 75% probability that the minimum contribution rate stays below the legislated rate of 9.9% over the projection period.',
      [],
    ],
    ['The staff see a 30 per cent chance that growth falls below 1.5 per cent next year.', []],
    [
      'Our model gives a 40% likelihood of inflation above 3% in 2028, and the bank holds its rate.',
      [],
    ],
    ['We estimate a 20 percent probability that the deficit exceeds 3.5% of GDP in 2029.', []],
    [
      "The rating agency assigns a 10% risk that the sovereign's debt ratio passes 90% by 2030.",
      [],
    ],
    // Near-misses: the probability of default (a bank's credit-risk measure), a second clause, a
    // figure told before the odds, a figure after a semicolon, a level the odds were given of.
    ['The probability of default on corporate loans was 2.1% at end-2025.', ['2.1%']],
    // A level measured at a date that the event is told against is a fact, not the odds' bound.
    [
      'We estimate a 58 per cent chance that the debt ratio in 2039 will be below its 2033 level of 41.6 per cent.',
      ['41.6 per cent'],
    ],
    [
      'The probability that unemployment ends the year above its current level of 5.2% is about 30%.',
      ['5.2%'],
    ],
    ['The chance of a recession has faded and unemployment is 4.2%.', ['4.2%']],
    ['Inflation was 3.4% in May, with a 30% chance that it eases over the summer.', ['3.4%']],
    ['The risk that inflation stays high has eased; inflation was 3.4% in May.', ['3.4%']],
    ['Unemployment rose to 5.1%, a level the ministry had given a 10% probability.', ['5.1%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v162: the "or" alternative of a bound that sets a criterion is the same criterion', () => {
  const stated = statedOn('2034-03-02');
  it.each([
    // A company's related-party policy, a bank supervisor, a council's scheme of delegation, an EU
    // regulation, a city's procurement rules, a municipal tender rule, a rebate scheme: the first
    // bound sorts what the rule applies to, and the "or" offers the same criterion's other arm.
    [
      'Related-party transactions that exceed $2 million or 5% of net assets require shareholder approval.',
      [],
    ],
    [
      'Banks whose exposure to a single borrower exceeds €50 million or 25% of capital must report it within a day.',
      [],
    ],
    [
      "Projects costing more than £10 million or 5% of the authority's annual budget are referred to the minister.",
      [],
    ],
    [
      "Under the Regulation, a disaster is considered major where it causes total direct damage exceeding EUR 3 billion in 2011 prices or 0.6% of the country's gross national income (GNI), whichever is lower.",
      [],
    ],
    [
      'Change orders that exceed $100,000 or 10% of the original contract require a Council resolution.',
      [],
    ],
    ['Contracts worth over R5 million or 10% of the municipal budget must go to open tender.', []],
    [
      'Households earning less than $30,000 or 60% of the median income qualify for the rebate.',
      [],
    ],
    // Near-misses: a level reached, a change told two ways, a cap that is itself a figure, and
    // the bracketing "or" of a share of GDP keep both numbers.
    ['Exports exceeded $2 billion or 5% of GDP in 2033.', ['$2 billion', '5% of GDP']],
    ['Revenue rose 4% or $2 billion in 2033.', ['rose 4%', '$2 billion']],
    [
      'Grants of up to £40,000 or 50% of eligible costs are available.',
      ['£40,000', '50% of eligible costs'],
    ],
    ['The deficit came to €4.1 billion in 2033, or 2.3% of GDP.', ['€4.1 billion', '2.3% of GDP']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});
