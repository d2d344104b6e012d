// The reader of a number under a supposition, on its own: each reading (a scenario, a sensitivity,
// a condition against the facts, a worked example) and each limit that keeps a number a figure.
// Every sentence is our own; the fixtures read the same numbers through the whole extractor.

import { describe, expect, it } from 'vitest';
import {
  continuesScenario,
  exampleHeading,
  introducesExample,
  namesScenario,
  opensExample,
  supposedRow,
  supposition,
  withoutAbbreviationStops,
  type SuppositionMatch,
  type SuppositionReading,
} from '../../../src/authoring/extract/supposed.ts';

/** The match of `stated` in `sentence`, with its kind. */
function at(sentence: string, stated: string): SuppositionMatch {
  const start = sentence.indexOf(stated);
  if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
  const kind = /[$£€]|billion|million/.test(stated) ? 'amount' : 'change';
  return { start, end: start + stated.length, kind };
}

/** A sentence, the stated words, and the reading expected. */
type Row = readonly [sentence: string, stated: string, expected: SuppositionReading | undefined];

const read = ([sentence, stated]: Row) => supposition(sentence, at(sentence, stated));

describe('supposition: a sensitivity', () => {
  it.each<Row>([
    ['A 2% drop in ticket sales would trim income by £3 million.', '2%', 'sensitivity'],
    ['A 2% drop in ticket sales would trim income by £3 million.', '£3 million', 'sensitivity'],
    ['As a rule of thumb, a 1% rise in wages would add $80 million.', '$80 million', 'sensitivity'],
    ['Were grain prices to climb 8%, feed bills would rise by €40 million.', '8%', 'sensitivity'],
    ['Should yields rise 1 point, costs would go up $2 billion; sales fell 3%.', '3%', undefined],
    [
      'Sales were $4 billion; each $1 change in the fare moves them by $9 million.',
      '$9 million',
      'sensitivity',
    ],
    [
      'Sales were $4 billion; each $1 change in the fare moves them by $9 million.',
      '$4 billion',
      undefined,
    ],
    ['Every extra 1% of pay growth adds £1.5 billion to the bill.', '£1.5 billion', 'sensitivity'],
    ['Analysts note that a 10% fall in copper would cut receipts.', '10%', 'sensitivity'],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a limit — a change that happened, or a forecast', () => {
  it.each<Row>([
    ['A 2% drop in ticket sales cut income by £3 million last year.', '£3 million', undefined],
    ['If growth holds at 3%, receipts will reach $2 billion.', '$2 billion', undefined],
    ['Each year output rose by 2%.', '2%', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a condition against the facts', () => {
  it.each<Row>([
    [
      'If the levy had been 1% higher, receipts would have reached $5 billion.',
      '$5 billion',
      'counterfactual',
    ],
    [
      'Prices rose 4%, but if rates were raised again, demand would slow by 2%.',
      '2%',
      'counterfactual',
    ],
    ['Prices rose 4%, but if rates were raised again, demand would slow by 2%.', '4%', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a worked example', () => {
  it.each<Row>([
    ['A bakery with sales of $900,000 would owe $4,500.', '$4,500', 'example'],
    ['A bakery with sales of $900,000 paid $4,500.', '$4,500', undefined],
    ['A reading of 110 would mean that costs are 10% above the base.', '10%', 'example'],
    ['A hypothetical lender with a share of 20% is assumed.', '20%', 'example'],
    ['For a house valued at $400,000, the bill will rise by $3 a week.', '$400,000', 'example'],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a supposed scenario', () => {
  it.each<Row>([
    ['In a scenario where fares drop 9%, losses would reach $60 million.', '9%', 'scenario'],
    [
      'In a scenario where fares drop 9%, losses would reach $60 million.',
      '$60 million',
      'scenario',
    ],
    ['Fares rose 3%; we modelled a downside in which they drop 9%.', '3%', undefined],
    ['In the baseline scenario, where fares rise 2%, revenue grows.', '2%', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a number a named scenario governs', () => {
  it.each<Row>([
    ['The adverse scenario assumes that output shrinks 4% and rents fall 20%.', '4%', 'scenario'],
    ['The adverse scenario assumes that output shrinks 4% and rents fall 20%.', '20%', 'scenario'],
    ['Under the severe scenario, the lenders’ ratio would drop to 8.1%.', '8.1%', 'scenario'],
    ['The regulator ran a stress scenario that assumed jobless rates of 9%.', '9%', 'scenario'],
    [
      'A harsh scenario, with exports 7% below baseline, would cut profits by $3 billion.',
      '$3 billion',
      'scenario',
    ],
    [
      'A harsh scenario, with exports 7% below baseline, would cut profits by $3 billion.',
      '7%',
      'scenario',
    ],
    ['In a combined shock scenario, debt would reach 88% of output.', '88%', 'scenario'],
    [
      'Arrears may reach 2% in the baseline; under the severe stress scenarios they may reach 6%.',
      '6%',
      'scenario',
    ],
    ['The ratio is projected at 15% and would fall to 11% under severe stress.', '11%', 'scenario'],
    ['In the 2031 stress test, losses would come to $30 billion.', '$30 billion', 'scenario'],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a limit — the baseline, a stress test’s starting level, a real shock', () => {
  it.each<Row>([
    [
      'Arrears may reach 2% in the baseline; under the severe stress scenarios they may reach 6%.',
      '2%',
      undefined,
    ],
    ['The ratio is projected at 15% and would fall to 11% under severe stress.', '15%', undefined],
    ['In the baseline scenario output grows 1.6% next year.', '1.6%', undefined],
    ['Under its central scenario, inflation eases to 2.4%.', '2.4%', undefined],
    ['Lenders entered the 2031 stress test with a capital ratio of 13.8%.', '13.8%', undefined],
    [
      'In the stress test, lenders held capital of $90 billion at the start.',
      '$90 billion',
      undefined,
    ],
    [
      'Policy rates rose 150 basis points last year, a real shock to borrowers.',
      '150 basis points',
      undefined,
    ],
    ['The minister said spending would rise to $4 billion.', '$4 billion', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a sentence that points back to the scenario before it', () => {
  /** A row read as the second sentence of a paragraph whose first named a scenario or not. */
  type Pointed = readonly [
    sentence: string,
    stated: string,
    before: boolean,
    expected: SuppositionReading | undefined,
  ];
  it.each<Pointed>([
    ['It includes a drop in farm prices of 25%.', '25%', true, 'scenario'],
    ['Under it, the insurers’ cover would fall to 140%.', '140%', true, 'scenario'],
    ['It includes a drop in farm prices of 25%.', '25%', false, undefined],
    ['It rose 25% last year.', '25%', true, undefined],
  ])('%s → %s', (sentence, stated, before, expected) =>
    expect(supposition(sentence, at(sentence, stated), { scenarioBefore: before })).toBe(expected),
  );
});

describe('namesScenario: a scenario or a stress test the next sentence may point back to', () => {
  it.each<readonly [string, boolean]>([
    ['The scenario for next year’s exercise is harsh.', true],
    ['The 2031 stress test covers nine lenders.', true],
    ['The baseline scenario sees growth of 2%.', false],
    ['Lending grew 4% in the year.', false],
  ])('%s → %s', (sentence, expected) => expect(namesScenario(sentence)).toBe(expected));
});

describe('supposition: a supposed step written after an opening phrase or "that"', () => {
  it.each<Row>([
    [
      'On the tables the auditor keeps for the council, a 1 percentage point rise in rates would add £2 million.',
      '£2 million',
      'sensitivity',
    ],
    [
      'The model shows that a 50-basis-point increase in yields would raise costs by $1.1 billion.',
      '50-basis-point',
      'sensitivity',
    ],
    [
      'The office reckons that a broad increase of 2% in nurses’ pay costs about €90 million a year.',
      '€90 million',
      'sensitivity',
    ],
    ['Fuel costs rose 6% last year, and a 1% rise followed in May.', '6%', undefined],
    [
      'The office reports that an increase of 2% in pay cost €90 million last year.',
      '€90 million',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: what a condition against the facts would do', () => {
  it.each<Row>([
    ['Without the new grant, the fund would have shrunk by about 3%.', '3%', 'counterfactual'],
    ['Holding balance sheets fixed, the cover ratio would fall to 118%.', '118%', 'counterfactual'],
    ['If the bill passes, the share of savers covered would rise to 98%.', '98%', 'counterfactual'],
    [
      'Lenders check whether buyers could keep paying if their loan rate rose 3 points.',
      '3 points',
      'counterfactual',
    ],
    [
      'Had every seat been sold, takings would have been about $31 million.',
      '$31 million',
      'counterfactual',
    ],
    ['Had prices held, the index rose 2% all the same.', '2%', undefined],
    ['Without fuel, prices rose 2% in the year.', '2%', undefined],
    ['Without fuel, inflation would be 1.9% in the year.', '1.9%', undefined],
    ['If the bill passes, cover would rise by $2 billion in 2033.', '$2 billion', undefined],
    ['If the bill passes, spending will rise to $4 billion.', '$4 billion', undefined],
    ['If fees were left out, revenue would be $3 billion.', '$3 billion', undefined],
    ['Their loan rate rose 3 points last year.', '3 points', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a sentence that goes on with the scenario before it', () => {
  it.each<readonly [string, string, SuppositionReading | undefined]>([
    ['Jobless rates climb to 10% and rents fall 15%.', '10%', 'scenario'],
    ['Lending margins would narrow by 0.3 points.', '0.3 points', 'scenario'],
    ['Jobless rates climbed to 10% last year.', '10%', undefined],
    ['In the baseline, rents rise 2%.', '2%', undefined],
    ['Rents rise 2% in 2032.', '2%', undefined],
  ])('%s → %s', (sentence, stated, expected) =>
    expect(supposition(sentence, at(sentence, stated), { scenarioBefore: true })).toBe(expected),
  );
  it('reads a present path as a figure when no scenario comes before it', () =>
    expect(supposition('Rents fall 15%.', at('Rents fall 15%.', '15%'))).toBeUndefined());
});

describe('continuesScenario: a sentence that keeps describing a scenario', () => {
  it.each<readonly [string, boolean]>([
    ['Share prices drop 35% and the currency falls 12%.', true],
    ['Lenders would need $4 billion more.', true],
    ['Share prices dropped 35% in the year.', false],
    ['The minister said lenders would need $4 billion.', false],
    ['In the central case, prices rise 2% a year.', false],
  ])('%s → %s', (sentence, expected) => expect(continuesScenario(sentence)).toBe(expected));
});

describe('supposition: an official sensitivity — a named step, a step done, a past-tense "if"', () => {
  it.each<Row>([
    // A step named by its noun, at the opening or after "that", and what it would or could do.
    [
      'A one percentage point shortfall in export growth would lift the deficit by 0.8 point.',
      '0.8 point',
      'sensitivity',
    ],
    [
      'A 15 percent devaluation of the dinar would add about 6 percent of GDP to public debt.',
      '15 percent',
      'sensitivity',
    ],
    [
      'The secretariat estimates that a further 5% hike in freight rates could reduce shipments by $2 billion.',
      '$2 billion',
      'sensitivity',
    ],
    [
      'Bank staff find that a 2 percentage point slowdown in China trims regional growth by 0.5 percentage point.',
      '2 percentage point',
      'sensitivity',
    ],
    // Doing a step, as the sentence's subject.
    [
      'Raising the retirement age by two years would cut pension outlays by 1.2 percent of GDP.',
      '1.2 percent',
      'sensitivity',
    ],
    [
      'Lowering tariffs on inputs by 10 percent could boost manufacturing output by 3 percent.',
      '10 percent',
      'sensitivity',
    ],
    // A condition in the past tense and what would or could follow.
    [
      'The Bank estimates that if oil prices rose by 20 percent, inflation would be 1.1 points higher.',
      '20 percent',
      'sensitivity',
    ],
    [
      'If member states removed the remaining barriers, intra-regional trade could be 9% higher.',
      '9%',
      'sensitivity',
    ],
    [
      'Exports grew 4% last year, but if demand in Europe slowed by a point, they would rise only 2%.',
      '4%',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a limit — a step that happened, a plan, a decision', () => {
  it.each<Row>([
    ['The data show that a 2% rise in rents lifted costs by 1% in 2031.', '1%', undefined],
    ['A 3% hike in fares could take effect in July.', '3%', undefined],
    [
      'Raising the policy rate by 50 basis points, the committee said inflation would ease.',
      '50 basis points',
      undefined,
    ],
    ['If the bill passes, spending would rise by $4 billion in 2033.', '$4 billion', undefined],
    ['If the toll is raised, receipts would rise by $3 billion in 2034.', '$3 billion', undefined],
    ['Even if exports fell 2% last year, output grew 3%.', '3%', undefined],
    [
      'A 10 percent depreciation of the currency in 2031 raised import prices.',
      '10 percent',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('a supposed step in a price written as a sum of money, and what it does', () => {
  it.each<Row>([
    // An energy agency, a national oil company, a mining commission, a carbon-market regulator.
    [
      'A $12/bbl rise in crude prices would cut import demand by $3 billion.',
      '$12/bbl',
      'sensitivity',
    ],
    [
      'A $12/bbl rise in crude prices would cut import demand by $3 billion.',
      '$3 billion',
      'sensitivity',
    ],
    [
      'Brent averaged $81 a barrel in June; a $4 drop in the price would lower monthly receipts by $700 million.',
      '$700 million',
      'sensitivity',
    ],
    [
      'Brent averaged $81 a barrel in June; a $4 drop in the price would lower monthly receipts by $700 million.',
      '$81',
      undefined,
    ],
    [
      'As a rule of thumb, a change of 5 cents in the zinc price moves the state’s royalties by about $90 million.',
      '$90 million',
      'sensitivity',
    ],
    [
      'The regulator estimates that a €3 a tonne increase in the carbon price would raise €250 million.',
      '€250 million',
      'sensitivity',
    ],
    // Near-misses: a step that happened, and a price that moved, keep their reading.
    [
      'A $5 rise in the price of Brent lifted revenue by $2 billion in May.',
      '$2 billion',
      undefined,
    ],
    ['Brent fell $5 to $78 a barrel over the month.', '$5', undefined],
    ['Each year the fee rose by $5 a tonne.', '$5', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v1: a step named by its noun, its size after what it changes or per unit', () => {
  it.each<Row>([
    [
      'A sustained fall in gas prices of 20% would raise production by about 1.5 percentage points.',
      '20%',
      'sensitivity',
    ],
    [
      'A sustained fall in gas prices of 20% would raise production by about 1.5 percentage points.',
      '1.5 percentage points',
      'sensitivity',
    ],
    [
      'The ministry estimates that a rise in interest rates of one point would add $3 billion to the bill.',
      '$3 billion',
      'sensitivity',
    ],
    [
      'By our reckoning, an increase in freight rates of 10% could cut exporters’ margins by 2%.',
      '2%',
      'sensitivity',
    ],
    [
      'The spokesman noted that every one-baht appreciation against the US dollar reduces annual export earnings by about 12 billion baht.',
      '12 billion baht',
      'sensitivity',
    ],
    [
      'Each 1-cent depreciation of the rand adds roughly R400 million to the import bill.',
      'R400 million',
      'sensitivity',
    ],
    [
      'Sales rose 4%; every further cut of a quarter point in the policy rate would lower mortgage bills by £90 million.',
      '£90 million',
      'sensitivity',
    ],
    [
      'Sales rose 4%; every further cut of a quarter point in the policy rate would lower mortgage bills by £90 million.',
      '4%',
      undefined,
    ],
    [
      'It estimates that a fall in freight rates of 10% would lift margins by 0.8 points, and that every one-cent depreciation against the dollar adds $40 million.',
      '10%',
      'sensitivity',
    ],
    // Near-misses: a step that happened, and a run of decisions, keep their reading.
    [
      'A fall in gas prices of 20% cut members’ costs by €2 billion in 2032.',
      '€2 billion',
      undefined,
    ],
    [
      'Every increase of the fee since 2029 was approved by the board, and receipts rose 6%.',
      '6%',
      undefined,
    ],
    ['A rise in exports of 4% lifted output by 1.2% last year.', '1.2%', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a supposed step that opens the clause after a semicolon', () => {
  it.each<Row>([
    [
      'Mining is about 25% of GDP; a 10% fall in coal prices would reduce revenue by 1.2% of GDP.',
      '10%',
      'sensitivity',
    ],
    [
      'Mining is about 25% of GDP; a 10% fall in coal prices would reduce revenue by 1.2% of GDP.',
      '1.2% of GDP',
      'sensitivity',
    ],
    [
      'Mining is about 25% of GDP; a 10% fall in coal prices would reduce revenue by 1.2% of GDP.',
      '25% of GDP',
      undefined,
    ],
    [
      'Tourism brings in 12% of receipts; a 5 percent drop in arrivals would cut revenue by $40 million.',
      '$40 million',
      'sensitivity',
    ],
    [
      'Wages rose 3%; a 1 percentage point rise in interest rates would add €2 billion to debt service.',
      '€2 billion',
      'sensitivity',
    ],
    // Near-misses: a step that happened after the semicolon keeps its reading.
    ['Exports fell 4%; a 10% fall in prices was recorded in March.', '10%', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a sum lent, saved or invested picked as an example, and what it would cost', () => {
  const LOAN =
    'For a US$100 million loan with a 12-year average maturity, the first-year interest and fees would come to about US$4.9 million.';
  const MORTGAGE =
    'On a €200,000 mortgage over 25 years, the monthly repayment would be about €1,050.';
  const DEPOSIT =
    'For a $10,000 deposit held for a year, interest at the new rate would come to $420.';
  const MADE =
    'For a $500 million loan approved in May, disbursements reached $120 million by December.';
  const LATER =
    'For a ¥1 billion loan, the fee would amount to ¥2.5 million; the bank lent ¥90 billion.';
  it.each<Row>([
    [LOAN, 'US$100 million', 'example'],
    [LOAN, 'US$4.9 million', 'example'],
    [MORTGAGE, '€200,000', 'example'],
    [MORTGAGE, '€1,050', 'example'],
    [DEPOSIT, '$420', 'example'],
    [LATER, '¥2.5 million', 'example'],
    [`5. Illustration\n${LOAN}`, 'US$100 million', 'example'],
    // Near-misses: a loan that was made, and a sum after the example's clause.
    [MADE, '$500 million', undefined],
    [MADE, '$120 million', undefined],
    [LATER, '¥90 billion', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a step named by its noun before its size ("a depreciation of 10% in …") and what it would do', () => {
  it.each<Row>([
    // A central bank, a fiscal council, a farm ministry.
    [
      'A depreciation of 10% in the rand would add about 0.4 percentage points to headline inflation.',
      '10%',
      'sensitivity',
    ],
    [
      'A depreciation of 10% in the rand would add about 0.4 percentage points to headline inflation.',
      '0.4 percentage points',
      'sensitivity',
    ],
    [
      'A rise of 1 percentage point in interest rates would cost the Treasury £20 billion a year.',
      '£20 billion',
      'sensitivity',
    ],
    [
      'An increase of 5% in feed prices would cut margins by about €4,000 a farm.',
      '5%',
      'sensitivity',
    ],
    // Near-misses: a step that happened, a forecast, a size with no "in" or "of" after it.
    ['A depreciation of 10% in the rand was recorded over the year.', '10%', undefined],
    ['A rise of 2.1% in wages is expected next year.', '2.1%', undefined],
    ['A rise of 0.4% would be the smallest in two years.', '0.4%', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: an alternative or risk scenario, named with its quoted name or not', () => {
  it.each<Row>([
    [
      'Under the alternative “Risk” scenario, with oil prices at $40 per barrel, inflation would exceed the baseline path by 1.5 pp.',
      '$40',
      'scenario',
    ],
    [
      'Under the alternative “Risk” scenario, with oil prices at $40 per barrel, inflation would exceed the baseline path by 1.5 pp.',
      '1.5 pp',
      'scenario',
    ],
    [
      'In the alternative scenario of a prolonged trade war, GDP growth would be 0.8 percentage points lower.',
      '0.8 percentage points',
      'scenario',
    ],
    ['Under the risk scenario, unemployment rises to 7.5% by 2028.', '7.5%', 'scenario'],
    // Near-misses: the baseline, and an alternative measure that is no scenario.
    ['In the baseline scenario, inflation is projected at 2.1% in 2027.', '2.1%', undefined],
    ['An alternative measure of core inflation rose 2.4% over the year.', '2.4%', undefined],
    [
      'Given the risk of further shocks, the Bank raised rates by 25 basis points.',
      '25 basis points',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('a supposition under a heading line the sentence carries at its top', () => {
  it.each<Row>([
    // A budget office, a debt office, a provincial finance ministry, a central bank's box.
    [
      'Sensitivity\nA permanent 100 basis point increase in interest rates would add about $9 billion to debt charges.',
      '$9 billion',
      'sensitivity',
    ],
    [
      'Risks to the forecast\nIf GDP growth were 1 percentage point lower, the budget balance would deteriorate by about SEK 15 billion.',
      'SEK 15 billion',
      'counterfactual',
    ],
    [
      'Box 2.3 Commodity prices\nWere oil prices to fall 10%, royalties would drop by $400 million.',
      '10%',
      'sensitivity',
    ],
    [
      'Fiscal risks\nA 1 percentage point rise in yields would add £20 billion to interest costs.',
      '£20 billion',
      'sensitivity',
    ],
    // Near-misses: an outturn and a forecast under a heading keep their reading.
    [
      'Sensitivity\nA 2% drop in ticket sales cut income by £3 million last year.',
      '£3 million',
      undefined,
    ],
    [
      'Revenue outlook\nIf growth holds at 3%, receipts will reach $2 billion.',
      '$2 billion',
      undefined,
    ],
    [
      'Debt interest\nInterest costs rose 14.5 per cent to $61.2 billion.',
      '$61.2 billion',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: doing a step to a level, and what it would do', () => {
  it.each<Row>([
    // A budget office, a pensions actuary, a treasury's tax ready-reckoner, a debt office.
    [
      'Raising the probability of achieving the anchor to 80 per cent would require an improvement of $38 billion, or about 1.1 per cent of GDP.',
      '80 per cent',
      'sensitivity',
    ],
    [
      'Raising the probability of achieving the anchor to 80 per cent would require an improvement of $38 billion, or about 1.1 per cent of GDP.',
      '$38 billion',
      'sensitivity',
    ],
    [
      'Lifting the state pension age to 68 would cut pension outlays by 0.4 per cent of GDP.',
      '0.4 per cent',
      'sensitivity',
    ],
    [
      'Increasing the top rate to 45% would raise about £1.2 billion a year.',
      '£1.2 billion',
      'sensitivity',
    ],
    [
      'Reducing the share of bills to 10 per cent of the stock would add $200 million to annual interest costs.',
      '10 per cent',
      'sensitivity',
    ],
    // Near-misses: a step taken, a decision told, a plan's "will".
    [
      'Raising the policy rate to 5.25%, the committee said inflation would ease.',
      '5.25%',
      undefined,
    ],
    ['Raising the rate to 5% was the right decision, the governor said.', '5%', undefined],
    [
      'Cutting the deficit to 3% of GDP will require savings of $4 billion.',
      '$4 billion',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: "each" or "every" change in something, only with a verb of effect', () => {
  // A treasury's rule of thumb, a central bank's sensitivity, a utility's annual report: a step
  // and what it does or would do; a run of changes that happened, "approved by", "matched by",
  // "confirmed by", supposes nothing.
  it.each<Row>([
    [
      'Every one-point rise in interest rates raises debt service costs by NZ$1.1 billion.',
      'NZ$1.1 billion',
      'sensitivity',
    ],
    [
      'Each 10-cent fall in the exchange rate would add $2 billion to receipts.',
      '$2 billion',
      'sensitivity',
    ],
    [
      'Every rise in the oil price of $10 a barrel lifts the import bill by $3 billion.',
      '$3 billion',
      'sensitivity',
    ],
    [
      'Every increase in the fee was approved by the board, and fees rose 4.5% in 2031.',
      '4.5%',
      undefined,
    ],
    [
      'Each rise in the levy was confirmed by ministers; the levy went up by 2% in 2030.',
      '2%',
      undefined,
    ],
    [
      'Every change in the tariff has been matched by the regulator, which raised the cap by 3% in 2030.',
      '3%',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a step written as a comparative before what it moves', () => {
  it.each<Row>([
    // A treasury's budget review, a farm advisory service, a debt office, a dairy board, a palm oil
    // council: "a 10% stronger rand would cut", "a 20 per cent higher feed price would reduce".
    [
      'A 10% stronger rand would cut mining revenue by about R4 billion, the Treasury estimates.',
      '10%',
      'sensitivity',
    ],
    [
      'A 10% stronger rand would cut mining revenue by about R4 billion, the Treasury estimates.',
      'R4 billion',
      'sensitivity',
    ],
    [
      'A 20 per cent higher feed price would reduce margins on pig farms by €12 a head.',
      '€12',
      'sensitivity',
    ],
    [
      'Our modelling shows that a 1 percentage point higher interest rate would add $350 million to debt service costs.',
      '$350 million',
      'sensitivity',
    ],
    [
      "In the dairy board's estimate, a 10 percent weaker New Zealand dollar would lift the milk price by 60 cents a kilogram.",
      '10 percent',
      'sensitivity',
    ],
    [
      'Exports rose 4% in 2031; a 5% cheaper ringgit would raise palm oil receipts by RM2 billion.',
      '5%',
      'sensitivity',
    ],
    // Near-misses: a comparative that happened or is assumed, with no "would", and the change
    // before the supposition.
    ['A 10% higher minimum wage took effect in April.', '10%', undefined],
    ['Prices were 10% higher than a year ago.', '10%', undefined],
    ['The budget assumes a 5% weaker rand and growth of 1.8%.', '5%', undefined],
    [
      'Exports rose 4% in 2031; a 5% cheaper ringgit would raise palm oil receipts by RM2 billion.',
      '4%',
      undefined,
    ],
  ])('%s (%s) → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v24: a price a clause opens by supposing "at" a number, and what a step can do to one member\'s bill', () => {
  it.each<Row>([
    [
      'Its resources are estimated at some €40 billion, depending on the carbon price; at an average price of €75 per tonne the figure would rise by about €5 billion.',
      '€75',
      'sensitivity',
    ],
    [
      'Its resources are estimated at some €40 billion, depending on the carbon price; at an average price of €75 per tonne the figure would rise by about €5 billion.',
      '€5 billion',
      'sensitivity',
    ],
    [
      'At a carbon price of $100 a tonne, revenue from the levy would reach $12 billion.',
      '$12 billion',
      'sensitivity',
    ],
    [
      'At an oil price of $60 a barrel, the deficit could widen to 4.5% of GDP.',
      '4.5%',
      'sensitivity',
    ],
    [
      "Moving from a BER of E1 to B2 can cut a household's energy bill by about €1,800 a year.",
      '€1,800',
      'example',
    ],
    [
      "Switching from an oil boiler to a heat pump can cut a typical household's heating bill by about £500 a year.",
      '£500',
      'example',
    ],
    ['Installing loft insulation could save a homeowner around $300 a year.', '$300', 'example'],
    // Near-misses: the sum before the supposition, a price stated as a fact, no member named, a
    // saving made.
    [
      'Its resources are estimated at some €40 billion, depending on the carbon price; at an average price of €75 per tonne the figure would rise by about €5 billion.',
      '€40 billion',
      undefined,
    ],
    ['At a price of €88, the auction raised €600 million.', '€600 million', undefined],
    ['Heat pumps can cut energy bills by up to 60%.', '60%', undefined],
    ['The average household saved €300 last year.', '€300', undefined],
  ])('%s → %s: %s', (...row) => {
    expect(read(row)).toBe(row[2]);
  });
});

describe('v23: a worked example a sentence opens as one, with a supposed member and "would"', () => {
  it.each<Row>([
    // A pension ministry, a tax office, a provident fund, a wage board.
    [
      'Example: a monthly pension of €1,200 based on 29 earnings points would increase by about €45 a month.',
      '€1,200',
      'example',
    ],
    [
      'Example: a monthly pension of €1,200 based on 29 earnings points would increase by about €45 a month.',
      '€45',
      'example',
    ],
    [
      'By way of illustration, a member with a balance of R200,000 would earn R14,600 in interest.',
      'R14,600',
      'example',
    ],
    [
      'To illustrate, a full-time worker on the new rate would take home $1,450 a month after tax.',
      '$1,450',
      'example',
    ],
    [
      'Worked example: a claimant with savings of £9,000 would see the award cut by £12.50 a week.',
      '£9,000',
      'example',
    ],
    // Near-misses: an example reported with no "would", a named subject, a case told as fact.
    ['For example, the fund paid out €1.2 billion in benefits in 2031.', '€1.2 billion', undefined],
    ['Example: the standard pension rose to €1,840 a month in 2031.', '€1,840', undefined],
    [
      'To illustrate the scale, the reserve would need €41.6 billion to cover a year.',
      '€41.6 billion',
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v31: a charge supposed at a level, and what it would do, is a sensitivity', () => {
  it.each<Row>([
    // A finance ministry, a central bank's staff, a trade agency's study, a company, an
    // international body, a treasury, and two trade-promotion agencies.
    ['A 15% tax on sugary drinks would raise about $300 million a year.', '15%', 'sensitivity'],
    [
      'A 15% tax on sugary drinks would raise about $300 million a year.',
      '$300 million',
      'sensitivity',
    ],
    [
      "Staff estimate that a 25 per cent tariff on the country's car exports would lower GDP growth by 0.4 percentage points.",
      '0.4 percentage points',
      'sensitivity',
    ],
    [
      'The study finds that a new 10 percent levy on imported steel could cut import volumes by 18%.',
      '10 percent',
      'sensitivity',
    ],
    [
      'Management estimates that a 5% export duty on nickel ore would reduce operating profit by about €40 million.',
      '€40 million',
      'sensitivity',
    ],
    [
      'Risks are tilted to the downside: an additional 20 per cent duty on EU goods would shave 0.3 per cent off world trade.',
      '20 per cent',
      'sensitivity',
    ],
    [
      "A flat 2% surcharge on card payments would add about $1.2 billion to retailers' costs, the Treasury estimates.",
      '$1.2 billion',
      'sensitivity',
    ],
    [
      'Risks remain: a 20 percent U.S. tariff on Vietnamese electronics would reduce export growth by about 2 percentage points.',
      '20 percent',
      'sensitivity',
    ],
    [
      'Respondents estimate that a further 10% tariff on their products would lower their sales by 4.0% on average.',
      '4.0%',
      'sensitivity',
    ],
    // Near-misses: a charge set or in force, a plan's charge and its yield, a charge that will
    // apply, a charge that "would take effect".
    ['A 10% tariff on steel took effect in May.', '10%', undefined],
    [
      'The government imposed a 25 per cent tariff on steel imports, which cut imports by 12% in 2030.',
      '12%',
      undefined,
    ],
    ['A 20% tariff on Chinese electric vehicles will apply from 1 July.', '20%', undefined],
    ['A 25% tariff on cars would take effect in July under the proposal.', '25%', undefined],
    [
      'Under the proposal, a 2% levy on bank assets would raise about $1.5 billion a year.',
      '$1.5 billion',
      undefined,
    ],
    ['Exports to the US, which face a 10 percent tariff, fell 4.1%.', '4.1%', undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v32: a supposition that opens a clause inside its sentence, and what it would do', () => {
  it.each<Row>([
    // A step sized in a noun phrase after a joining word (while, whereas, but, although, and):
    // a company, a ministry, a central bank, an agency, an international body.
    [
      'Staff estimates that output will grow 3%, while a 10 percent rise in oil prices would widen the deficit by about 0.7 percent of GDP.',
      '10 percent',
      'sensitivity',
    ],
    [
      'Staff estimates that output will grow 3%, while a 10 percent rise in oil prices would widen the deficit by about 0.7 percent of GDP.',
      '0.7 percent of GDP',
      'sensitivity',
    ],
    [
      'Margins held up last year, whereas a 5% fall in wholesale prices would cut earnings by about €40 million.',
      '€40 million',
      'sensitivity',
    ],
    [
      'The ministry expects receipts of $3 billion, but a 10 per cent drop in tourist arrivals would reduce them by $200 million.',
      '$200 million',
      'sensitivity',
    ],
    [
      'Inflation is projected at 2.4 percent, although a 1 percentage point rise in energy prices could lift it by 0.3 points.',
      '1 percentage point',
      'sensitivity',
    ],
    [
      'Reserves are ample and a 20% depreciation of the rupee would raise external debt by 9% of GDP.',
      '9% of GDP',
      'sensitivity',
    ],
    // A step done, written as a gerund that opens a clause after "that", a lead-in or a semicolon.
    [
      'Staff analysis suggests that halving the gap with peer economies would raise GDP by around 6 percent in the long run.',
      '6 percent',
      'sensitivity',
    ],
    [
      'The reforms would support growth; for instance, closing half of the gap in employment rates could raise output by 1½% over a decade.',
      '1½%',
      'sensitivity',
    ],
    [
      'The ministry estimates that raising the retirement age to 67 would cut pension outlays by 0.4% of GDP.',
      '0.4% of GDP',
      'sensitivity',
    ],
    [
      'The bank calculates that lowering the reserve requirement by 2 percentage points would release about $3 billion.',
      '$3 billion',
      'sensitivity',
    ],
    ['In the company’s view, doubling the fleet would lift revenue by 30%.', '30%', 'sensitivity'],
    // A subjunctive condition ("were to", "Were … to") whose result "could" or "might" follow.
    [
      'If trade tensions were to escalate further, world trade growth in 2027 could be 0.9 percentage points lower than in the baseline.',
      '0.9 percentage points',
      'sensitivity',
    ],
    [
      'Were the currency to weaken by 10%, import costs could climb by $2 billion.',
      '$2 billion',
      'sensitivity',
    ],
    [
      'If copper prices were to drop 15%, the company’s earnings might fall by 25%.',
      '25%',
      'sensitivity',
    ],
    // Near-misses: a step that happened, a plan's "will", a number before the supposition, a
    // gerund of a step taken, a plain "if" of what may come.
    [
      'Exports rose 4%, while a 3% rise in imports widened the deficit to 2.1% of GDP.',
      '2.1% of GDP',
      undefined,
    ],
    ['Prices rose 2% while a 3.1% rise in wages lifted spending.', '3.1%', undefined],
    [
      'Revenue was $9 billion, while a 5% increase in the levy will raise a further $200 million from July.',
      '$200 million',
      undefined,
    ],
    [
      'Inflation is projected at 2.4 percent, although a 1 percentage point rise in energy prices could lift it by 0.3 points.',
      '2.4 percent',
      undefined,
    ],
    [
      'The report notes that raising the policy rate by 50 basis points in March helped bring inflation down to 3.1%.',
      '3.1%',
      undefined,
    ],
    ['Officials expect that reducing tariffs will lift exports by 5% next year.', '5%', undefined],
    ['If growth holds at 3%, receipts could reach $2 billion.', '$2 billion', undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v32: a result "would" or "could" give, stated before an "if" of a supposed past', () => {
  it.each<Row>([
    [
      'The chapter finds that agriculture, which accounts for 21.8 percent of GDP, could double its exports to US$12 billion by 2035 if farmers adopted certified seed.',
      'US$12 billion',
      'counterfactual',
    ],
    ['Exports could rise by 8% a year if the port were expanded.', '8%', 'counterfactual'],
    [
      'The utility would save $40 million a year if it replaced its oldest turbines.',
      '$40 million',
      'counterfactual',
    ],
    [
      'Tax revenue could reach 15% of GDP if exemptions were removed.',
      '15% of GDP',
      'counterfactual',
    ],
    [
      'Arrears would fall to 2% of loans if borrowers repaid on time.',
      '2% of loans',
      'counterfactual',
    ],
    // Near-misses: a number before the modal, a plain "if" of what may come, a forecast's "will",
    // a decision reported with its "would".
    [
      'The chapter finds that agriculture, which accounts for 21.8 percent of GDP, could double its exports to US$12 billion by 2035 if farmers adopted certified seed.',
      '21.8 percent of GDP',
      undefined,
    ],
    ['Growth could reach 3% next year if the harvest recovers.', '3%', undefined],
    ['Exports will rise by 8% if the port opens in May.', '8%', undefined],
    [
      'The bank said it would cut rates by 25 basis points if inflation eased further.',
      '25 basis points',
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v40: an inverted condition that opens a clause inside the sentence', () => {
  it.each<Row>([
    [
      'Staff calculations show that, were copper prices to fall 18%, mining royalties would drop by $420 million.',
      '18%',
      'sensitivity',
    ],
    [
      'Staff calculations show that, were copper prices to fall 18%, mining royalties would drop by $420 million.',
      '$420 million',
      'sensitivity',
    ],
    [
      'The regulator warns that should wholesale gas prices rise 30 percent, household bills would climb by £240 a year.',
      '30 percent',
      'sensitivity',
    ],
    [
      'Revenue rose 4% in 2030; were the levy to be doubled, receipts would increase by a further €90 million.',
      '€90 million',
      'sensitivity',
    ],
    [
      'The ministry of health notes that if vaccination rates were to slip by 5 percentage points, hospital admissions could rise 9%.',
      '5 percentage points',
      'sensitivity',
    ],
    [
      'According to the port authority, should container volumes drop 10 per cent, terminal income would fall about A$35 million.',
      '10 per cent',
      'sensitivity',
    ],
    [
      'The central bank finds that, were the currency to depreciate 15%, inflation would be 2 percentage points higher.',
      '15%',
      'sensitivity',
    ],
    [
      'The authority estimates that, had fares been frozen, ridership would have risen 6% last year.',
      '6%',
      'counterfactual',
    ],
    // Near-misses: the fact before the semicolon, a forecast's "should" with no subject, a
    // participle after "were", a result with "will".
    [
      'Revenue rose 4% in 2030; were the levy to be doubled, receipts would increase by a further €90 million.',
      '4%',
      undefined,
    ],
    [
      'Prices rose 3%, and should rise a further 2% next year, which would bring inflation back to target.',
      '2%',
      undefined,
    ],
    [
      'Costs that were passed on to consumers rose 4%, the agency said, and margins would hold.',
      '4%',
      undefined,
    ],
    [
      'The board said that should the merger close, the group will keep its dividend; revenue grew 7%.',
      '7%',
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v147: a step "of" a measure that runs past a bound, and what it costs', () => {
  it.each<Row>([
    // An electricity regulator (the voice it was found in), then a water regulator, an airport
    // concession, a central bank's pay rule and a health-insurance fund.
    [
      'For every 1 per cent of losses above the trajectory, the licensees bear a disallowance of about Rs. 420 crore.',
      'Rs. 420 crore',
      'sensitivity',
    ],
    [
      'For every 1 per cent of leakage above the allowed level, the utility forgoes about £3 million of revenue.',
      '1 per cent',
      'sensitivity',
    ],
    [
      'For each 1% of flights delayed beyond the agreed standard, the airport operator pays a rebate of about $2 million.',
      '$2 million',
      'sensitivity',
    ],
    [
      "For every 1 percentage point of inflation above the target, the bank's bonus pool shrinks by €4 million.",
      '€4 million',
      'sensitivity',
    ],
    [
      'For each 1 per cent of claims paid late past the 30-day limit, the insurer is fined about KSh 5 million.',
      'KSh 5 million',
      'sensitivity',
    ],
    // Near-misses: a share "of" a whole, and an excess measured, with no step.
    [
      'For every 10 percent of households surveyed, one in four reported arrears, and arrears rose 3%.',
      '3%',
      undefined,
    ],
    [
      'Losses above the trajectory reached 1.2 per cent in 2033, costing Rs. 130 crore.',
      'Rs. 130 crore',
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v40: a step per unit whose own clause names what moves by it', () => {
  it.each<Row>([
    [
      'For every 10 percent the kina loses against the dollar, the import bill for fuel climbs by roughly K180 million.',
      '10 percent',
      'sensitivity',
    ],
    [
      'For each 1% that wages rise, the health budget needs a further £140 million.',
      '£140 million',
      'sensitivity',
    ],
    [
      'Every 10 per cent that the rand depreciates adds about 0.5 percentage points to inflation.',
      '10 per cent',
      'sensitivity',
    ],
    [
      'For every 1 percentage point by which unemployment rises, benefit spending grows by $2.3 billion.',
      '$2.3 billion',
      'sensitivity',
    ],
    [
      'The mining agency reckons that for every $100 an ounce the gold price gains, royalties rise by A$45 million.',
      'A$45 million',
      'sensitivity',
    ],
    [
      'Each 25 basis points the central bank adds to its rate lifts debt service by €90 million.',
      '€90 million',
      'sensitivity',
    ],
    // Near-misses: no unit, a fact before the semicolon, a share "of" a whole, no step.
    ['For each year of the plan, output rose by 2%.', '2%', undefined],
    [
      'Exports rose 10 percent; for every container shipped the port earned more.',
      '10 percent',
      undefined,
    ],
    [
      'For every 10 percent of households surveyed, one in four reported arrears, and arrears rose 3%.',
      '3%',
      undefined,
    ],
    ['Every region grew by more than 2% in 2030.', '2%', undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a supposed revision or adjustment, a direction adjective before its noun', () => {
  it.each<Row>([
    [
      'The margin is wide, and a 1% upward revision to household consumption would raise the gap by EUR 1.1 billion.',
      '1%',
      'sensitivity',
    ],
    [
      'The margin is wide, and a 1% upward revision to household consumption would raise the gap by EUR 1.1 billion.',
      'EUR 1.1 billion',
      'sensitivity',
    ],
    [
      'For the fiscal forecast, a 1 percentage point upward adjustment to the wage bill would add around £3 billion to spending.',
      '£3 billion',
      'sensitivity',
    ],
    [
      'Staff estimate that a 10% downward revision in house prices would cut bank capital by about $4 billion.',
      '10%',
      'sensitivity',
    ],
    [
      'Management notes that a 5% further fall in copper prices would reduce EBITDA by $120 million.',
      '$120 million',
      'sensitivity',
    ],
    [
      'On Fund estimates, a 10 per cent permanent increase in oil prices would lower importers’ output by $30 billion.',
      '10 per cent',
      'sensitivity',
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
  it.each<Row>([
    // a revision made, told in the past, keeps its reading
    [
      'The 1% upward revision to consumption raised the gap by EUR 1.1 billion.',
      'EUR 1.1 billion',
      undefined,
    ],
    ['The office made a 0.3% upward revision to GDP in the quarter.', '0.3%', undefined],
    [
      'Data show that a 2% downward revision to investment lowered the level by $5 billion.',
      '$5 billion',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v55: a perfect conditional after "Without", "Absent" or "But for" is a level against the facts', () => {
  // README, traps: "would have" + any participle after such an opening says what a period already
  // over would have measured had a part of it not been there: a supposition, whatever the verb. The
  // present conditional ("Without tourism, growth would be 2.6%") works a level out again without a
  // part, as "excluding" does, and keeps its reading.
  it.each<Row>([
    [
      'Without the energy subsidies, inflation would have been 4.3% in 2030.',
      '4.3%',
      'counterfactual',
    ],
    [
      'Without the one-off gain, the group would have posted a loss of €120 million.',
      '€120 million',
      'counterfactual',
    ],
    [
      'Absent the debt relief, the debt ratio would have climbed to 95% of GDP.',
      '95%',
      'counterfactual',
    ],
    [
      'But for the rate cuts, unemployment would have reached 7.8% last year.',
      '7.8%',
      'counterfactual',
    ],
    [
      'Absent the tariff rebate, the average household bill would have come to £1,950 in 2030.',
      '£1,950',
      'counterfactual',
    ],
    [
      'Without the drawdown of reserves, the fund would have recorded a deficit of $2.3 billion.',
      '$2.3 billion',
      'counterfactual',
    ],
    ['Absent the one-offs, the deficit would have posted 3.1% of GDP.', '3.1%', 'counterfactual'],
    // Near-misses: no perfect conditional, or one of obligation.
    ['Without tourism, growth would be 2.6% this year.', '2.6%', undefined],
    [
      'But for the pay deal, the wage bill would have grown by 7.5%; it rose 5.1%.',
      '5.1%',
      undefined,
    ],
    ['Without the energy component, inflation was 2.1% in 2030.', '2.1%', undefined],
    ['Absent further shocks, inflation would return to 2% by 2033.', '2%', undefined],
    [
      'Without new revenue, the deficit would have to be cut to 3% of GDP by 2033.',
      '3%',
      undefined,
    ],
    [
      'Inflation was 2.9% in 2030; without the subsidies it would have been higher.',
      '2.9%',
      undefined,
    ],
    // Near-misses (v272): a sentence after the full stop states its own level, as a clause after a
    // semicolon does, even where the document runs both on one line.
    [
      'Without the grant, the levy would have doubled. The council will collect about €4.2 million in 2035, its budget office estimates.',
      '€4.2 million',
      undefined,
    ],
    [
      'But for the hedges, fuel costs would have risen 30%. They rose 12% in 2031.',
      '12%',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v52: a supposed step written as a comparative after the thing it moves ("a WACC 1 point higher would")', () => {
  it.each<Row>([
    // A telecoms regulator, a central bank, a finance ministry, a company, an international body,
    // an energy regulator: the measure named first, with "a", then its step and a comparative.
    [
      'Our sensitivity analysis found that a WACC 1 percentage point higher would raise the fibre access charge by about 60 cents a month.',
      '1 percentage point',
      'sensitivity',
    ],
    [
      'Our sensitivity analysis found that a WACC 1 percentage point higher would raise the fibre access charge by about 60 cents a month.',
      '60 cents',
      'sensitivity',
    ],
    [
      'Staff estimate that a policy rate 50 basis points higher would lower inflation by 0.2 percentage points after two years.',
      '0.2 percentage points',
      'sensitivity',
    ],
    [
      'An oil price 10% lower than assumed in the budget would cut petroleum revenue by about NOK 40 billion.',
      '10%',
      'sensitivity',
    ],
    [
      'A euro 5 per cent stronger against the dollar would reduce reported revenue by roughly €120 million.',
      '€120 million',
      'sensitivity',
    ],
    [
      'Our simulations show that an exchange rate 10 per cent weaker would add 0.6 percentage points to inflation.',
      '10 per cent',
      'sensitivity',
    ],
    [
      'The authority calculates that a cost of capital half a percentage point lower would reduce allowed revenue by £35 million a year.',
      '£35 million',
      'sensitivity',
    ],
    // Near-misses: a comparative told as a fact, an assumption joined by a comma or "and", a margin
    // over another rate, and a gap stated before the supposition.
    ['Retail prices were 12% higher than a year earlier.', '12%', undefined],
    [
      'The plan assumes a deficit 0.5 percentage points lower than last year, which would bring debt to 58% of GDP.',
      '0.5 percentage points',
      undefined,
    ],
    [
      'Households paid a price 8% higher than last year and would pay more without the subsidy.',
      '8%',
      undefined,
    ],
    [
      'The tariff, 5% higher than in 2031, would still be among the lowest in the region.',
      '5%',
      undefined,
    ],
  ])('%s (%s) → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v53: a condition against the facts ("Without", "Absent", "But for") and what "would have" been', () => {
  // The past unreal ("would have been", "would have reported") says what did not happen; the
  // present "would be" after "Without" is a level worked out again without a part, and keeps.
  it.each<Row>([
    [
      'Without the transitional measures, the solvency ratio of life insurers would have been 138 per cent.',
      '138 per cent',
      'counterfactual',
    ],
    [
      'Absent the temporary tariff suspension, import prices would have risen 6.4% in the second quarter.',
      '6.4%',
      'counterfactual',
    ],
    [
      'But for the write-down of goodwill, the company would have reported net income of $2.3 billion.',
      '$2.3 billion',
      'counterfactual',
    ],
    [
      "Without the central bank's liquidity support, money market rates would have reached 9 percent in March.",
      '9 percent',
      'counterfactual',
    ],
    [
      "Without the debt relief granted under the initiative, the country's debt would have stood at 112% of GDP at end-2030.",
      '112%',
      'counterfactual',
    ],
    // Near-misses: a level worked out again, a past fact, a fact before the condition.
    ['Without fuel, inflation would be 1.9% in the year.', '1.9%', undefined],
    ['Without the reliefs, the ratio fell to 16.2 per cent.', '16.2 per cent', undefined],
    [
      'Inflation was 2.9% in 2030; without the energy subsidies it would have been higher.',
      '2.9%',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v67: a supposed step whose size is abbreviated or whose noun carries its kind, and what it would do', () => {
  it.each<Row>([
    // The size's unit abbreviated ("bp", "bps", "pp"), as rating agencies and central banks write it.
    [
      'A 50bp increase in the policy rate would lower household income by about 0.4pp.',
      '50bp',
      'sensitivity',
    ],
    [
      'A 50bp increase in the policy rate would lower household income by about 0.4pp.',
      '0.4pp',
      'sensitivity',
    ],
    [
      'Our calculations suggest that a 25 bps parallel shift in the yield curve would cut the value of the portfolio by $40 million.',
      '$40 million',
      'sensitivity',
    ],
    // Words between the size and the step's noun that say what kind of step it is.
    [
      'A 10 percent nominal depreciation of the shilling would add about 4 percentage points to the debt ratio.',
      '4 percentage points',
      'sensitivity',
    ],
    [
      'Management estimates that a 5% adverse exchange-rate movement would reduce operating profit by €12 million.',
      '5%',
      'sensitivity',
    ],
    [
      'Staff analysis shows that a 2 pp permanent growth shock would push debt to 90 percent of GDP by 2030.',
      '90 percent',
      'sensitivity',
    ],
    [
      'A one-time 10 percent of GDP increase in other debt-creating flows would raise debt to 75 percent of GDP.',
      '10 percent',
      'sensitivity',
    ],
    // Near-misses: a step that happened, a plan's step with a "will".
    ['A 100bp rise in yields since January has raised funding costs by 0.4pp.', '0.4pp', undefined],
    [
      'Real depreciation of 30 percent in 2031 added 9 percentage points to the debt ratio.',
      '30 percent',
      undefined,
    ],
    [
      'The budget provides for a 3% real increase in wages, which will cost $200 million.',
      '3%',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v67: a shock a clause puts itself "under" or "in", and what would happen there', () => {
  it.each<Row>([
    [
      'Under a combined contingent liability shock, public debt would rise to 96 percent of GDP by 2035.',
      '96 percent',
      'scenario',
    ],
    [
      'Under a historical commodity-price shock, the fiscal deficit would widen to 7.5% of GDP in 2034.',
      '7.5%',
      'scenario',
    ],
    [
      "In a prolonged demand shock, the group's net debt would rise to €4.2 billion.",
      '€4.2 billion',
      'scenario',
    ],
    [
      'We estimate that under a standardised interest-rate shock, interest costs would absorb 14% of revenue by 2035.',
      '14%',
      'scenario',
    ],
    [
      'Under a natural disaster shock calibrated to past events, debt would climb to 88 percent of GDP.',
      '88 percent',
      'scenario',
    ],
    // Near-misses: a shock that happened, a shock after the number, a clause after a semicolon.
    [
      'After a commodity price shock, the deficit widened to 5.1% of GDP in 2032.',
      '5.1%',
      undefined,
    ],
    [
      'Debt would fall to 60 percent of GDP by 2035 under the baseline, despite a shock to exports in 2031.',
      '60 percent',
      undefined,
    ],
    [
      'The bank weathered a liquidity shock in March; its ratio stood at 140% and would remain above 120%.',
      '140%',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposition: a step picked with "a" and what it does in the present of a rule of thumb (v84)', () => {
  it.each<Row>([
    // ho233: governors' answers state the pass-through as a general rule, in the present.
    [
      "Our staff's rule of thumb is that a 10 percent depreciation of the yen pushes up the core CPI by around 0.3 to 0.5 percentage point over one year.",
      '10 percent',
      'sensitivity',
    ],
    [
      'As a rule of thumb, a 10 per cent depreciation adds something like a quarter of a percentage point to inflation over two years.',
      'a quarter of a percentage point',
      'sensitivity',
    ],
    [
      'Our rule of thumb is that a 10% depreciation of the rand adds roughly 0.4 to 0.5 of a percentage point to inflation.',
      '0.4 to 0.5',
      'sensitivity',
    ],
    // Held sentences in other voices, written before the rule.
    [
      'Broadly, a 1 percentage point rise in the policy rate lowers output by about 0.3 per cent after two years.',
      '0.3 per cent',
      'sensitivity',
    ],
    [
      'In our models, a 10 per cent appreciation of the krona reduces CPIF inflation by around 0.5 percentage points within a year.',
      '10 per cent',
      'sensitivity',
    ],
    [
      'As a rough guide, a 1% increase in world oil prices raises the import bill by about 0.2% of GDP.',
      '0.2% of GDP',
      'sensitivity',
    ],
    [
      'For the Treasury, a 1 percentage point fall in nominal GDP growth widens the deficit by roughly 0.4 per cent of GDP.',
      '0.4 per cent',
      'sensitivity',
    ],
    [
      'Typically, a 5% decline in copper prices cuts export receipts by US$ 1.1 billion.',
      'US$ 1.1 billion',
      'sensitivity',
    ],
    [
      'A 10 per cent rise in the exchange rate typically takes around 0.25 percentage points off inflation.',
      '10 per cent',
      'sensitivity',
    ],
    [
      'The company notes that a 1% change in the average selling price moves operating profit by about €12 million.',
      '€12 million',
      'sensitivity',
    ],
    [
      'Experience shows a 25 basis point hike in the repo rate trims credit growth by about 1 percentage point.',
      '1 percentage point',
      'sensitivity',
    ],
    [
      'A 10% fall in the terms of trade tends to subtract about 1.5 per cent from national income.',
      '1.5 per cent',
      'sensitivity',
    ],
    // Near-misses: a step that happened (a past verb, "the" step, an aside), a step that takes effect.
    [
      'A 10 per cent depreciation of the rand added 0.4 percentage points to inflation last year.',
      '0.4 percentage points',
      undefined,
    ],
    ['A 25 basis point cut takes effect on 1 July.', '25 basis point', undefined],
    [
      'The 10% depreciation of the yen since January has pushed up import prices by 4%.',
      '4%',
      undefined,
    ],
    [
      'A 3% rise in food prices was the main driver, adding 0.6 percentage points to inflation.',
      '0.6 percentage points',
      undefined,
    ],
    [
      'The Board decided on a 25 basis point increase, which takes the cash rate to 4.10 per cent.',
      '4.10 per cent',
      undefined,
    ],
    [
      'A 25 basis point increase takes the cash rate to 4.10 per cent, the highest since 2011.',
      '25 basis point',
      undefined,
    ],
    [
      'Inflation rose 0.3 per cent in March, and a 2.1% rise in fuel prices added 0.1 points.',
      '0.1 points',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v93: what a supposed event with no number of its own would or could do', () => {
  // The event is picked with "a", "an", "another", "any" or "a further" before a noun of shock or
  // turn; the number after its modal verb of effect is what the supposition would do.
  it.each<Row>([
    [
      'Another failed harvest would take up to 1 percentage point off growth, the agency estimates.',
      '1 percentage point',
      'sensitivity',
    ],
    [
      'A one-year recession of the size seen in 2008-09 would add roughly $25 billion to the federal deficit.',
      '$25 billion',
      'sensitivity',
    ],
    [
      'Our research suggests that a severe fragmentation of trade could, in the long run, cost the world up to 7 percent of GDP.',
      '7 percent',
      'sensitivity',
    ],
    [
      'A disorderly repricing in global bond markets could push domestic yields up by as much as 150 basis points.',
      '150 basis points',
      'sensitivity',
    ],
    [
      "A prolonged outage at the smelter would cut the company's annual revenue by about $300 million.",
      '$300 million',
      'sensitivity',
    ],
    [
      'Staff note that a drought on the scale of the last one would lower agricultural output by 8 per cent.',
      '8 per cent',
      'sensitivity',
    ],
    [
      'Any escalation of the conflict in the region could lift oil prices by 20 percent, the Fund warns.',
      '20 percent',
      'sensitivity',
    ],
    [
      'A sharp correction in house prices might reduce household wealth by as much as €45 billion.',
      '€45 billion',
      'sensitivity',
    ],
    [
      "In the bank's view, a sudden stop in capital inflows would drain reserves by some US$6 billion within months.",
      'US$6 billion',
      'sensitivity',
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v93: a limit — a plan named, a subject with no article, a past event, a dated result', () => {
  it.each<Row>([
    [
      'The new levy would add about €2 billion a year to revenue, the finance ministry estimates.',
      '€2 billion',
      undefined,
    ],
    [
      'AI could lift global growth by 0.8 percentage points, our staff estimate.',
      '0.8 percentage points',
      undefined,
    ],
    ['The recession cut tax receipts by $4 billion in 2009.', '$4 billion', undefined],
    ['A recession is expected to cut revenue by $4 billion next year.', '$4 billion', undefined],
    [
      'A recovery in tourism would lift growth to 3.5 per cent in 2034, the central bank projects.',
      '3.5 per cent',
      undefined,
    ],
    ['A new hospital would cost about $450 million, the ministry said.', '$450 million', undefined],
    ['A strong harvest lifted growth by 1.2 percent last year.', '1.2 percent', undefined],
    [
      'A downturn in 2034 would cut receipts by $3 billion in that year, the budget assumes.',
      '$3 billion',
      undefined,
    ],
    ['Exports fell 4%, while a drought would cut output further.', '4%', undefined],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v93: a limit — a fact a relative clause states after the supposed event', () => {
  it.each<Row>([
    [
      "A prolonged drought would hit hydropower output, which supplies 45 percent of the country's electricity.",
      '45 percent',
      undefined,
    ],
    [
      'A strike at the mine would halt exports, which earned $2.1 billion last year.',
      '$2.1 billion',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v93: a supposed step in money whose noun names what moves with "of" rather than "in"', () => {
  it.each<Row>([
    [
      'A further ¥10 fall of the yen against the dollar would add roughly ¥190 billion to the cost of foreign military sales.',
      '¥190 billion',
      'sensitivity',
    ],
    [
      'A $5 rise of the oil price would lift export receipts by about $1.1 billion, the ministry estimates.',
      '$1.1 billion',
      'sensitivity',
    ],
    [
      'The company notes that a one-cent appreciation of the Canadian dollar reduces its annual earnings by C$12 million.',
      'C$12 million',
      'sensitivity',
    ],
    [
      'The $5 rise of the oil price in March lifted export receipts by $1.1 billion.',
      '$1.1 billion',
      undefined,
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v93: a step in cents written with a hyphen', () => {
  it.each<Row>([
    [
      'A 10-cent depreciation of the kina against the dollar would raise the import bill by about $90 million.',
      '$90 million',
      'sensitivity',
    ],
  ])('%s → %s', (...row) => expect(read(row)).toBe(row[2]));
});

describe('supposedRow: a row of a sensitivity table (v95)', () => {
  it.each([
    // a pension protection fund's index: the lead-in says what would change
    [
      'A 0.1 percentage point rise in gilt yields: +8.7',
      'The table shows how the surplus would change under market movements.\nChange in surplus (£ billion)',
    ],
    // a central bank's stability report
    [
      'A 100 basis point rise in bond yields: -0.8',
      'Sensitivity of bank capital to market shocks (percentage points of CET1)',
    ],
    // a finance ministry's budget, with no lead-in
    ['A 10 per cent depreciation of the rupee: -8.1', 'Budget balance (Rs billion)'],
    // a budget office's long-term projection: a comparative after the size
    [
      'An interest rate 1 percentage point higher: +9.8',
      'Change in the 2040 debt ratio (% of GDP)',
    ],
    ['A 0.5 percentage point lower productivity growth: +6.3', ''],
    // a company's pension note: a signed shift of a named assumption, under a sensitivity title
    ['Discount rate +0.5%: -420', 'Sensitivity of the defined benefit obligation (€ million)'],
    // an insurance supervisor: a variable "down" a size, under an impact title
    ['- Equity prices down 30%: -14', 'Impact on the SCR ratio of the shocks (percentage points)'],
    // a number in words
    ['A one-year increase in life expectancy: +0.12', 'Sensitivity of the contribution rate'],
  ])('%j is a supposed row', (line, heading) => expect(supposedRow(line, heading)).toBe(true));

  it.each([
    // outturns by label, the movement named without an article and under no sensitivity title
    ['Gilt yields: +8.7', 'Change in funding position over the month (£ billion)'],
    ['Rise in gilt yields: 0.4 percentage points', 'Main movements in March'],
    ['Equity prices down 30%: -14', 'Market moves in 2031'],
    // a movement told with its date, a sentence, and no label at all
    ['A 0.4 percentage point rise in gilt yields in March: +8.7', ''],
    ['A 2.5 per cent rise in equity markets lifted assets.', 'Sensitivity'],
    ['Discount rate: 5.2%', 'Sensitivity of the obligation'],
  ])('%j is no supposed row', (line, heading) => expect(supposedRow(line, heading)).toBe(false));
});

describe('v112: a supposed step in money written as a number and its currency word or the "p" of pence', () => {
  it.each<Row>([
    [
      "On the department's estimates, a 2p rise in the tobacco duty per stick adds roughly £310 million a year to receipts.",
      '£310 million',
      'sensitivity',
    ],
    [
      'For the airline, a 10 cent change in the jet fuel price per gallon moves annual costs by about $95 million.',
      '$95 million',
      'sensitivity',
    ],
    [
      'A 5 rupee increase in the minimum support price per quintal raises the procurement bill by an estimated Rs 2,400 crore.',
      'Rs 2,400 crore',
      'sensitivity',
    ],
    [
      'The mining house notes that a 1 rand move in the rand-dollar exchange rate shifts annual earnings by some R1.8 billion.',
      'R1.8 billion',
      'sensitivity',
    ],
    [
      "A 100 yen fall in the yen-dollar rate lowers the carmaker's operating profit by about 40 billion yen.",
      '40 billion yen',
      'sensitivity',
    ],
    [
      'A 20 naira rise in the pump price would cut fuel subsidy costs by ₦90 billion.',
      '₦90 billion',
      'sensitivity',
    ],
    // Near misses: a step that happened, one with no effect, and one with no currency.
    [
      'A 2p rise in the tobacco duty per stick took effect in April and added £310 million to receipts.',
      '£310 million',
      undefined,
    ],
    [
      "Last year a 10 cent rise in the jet fuel price per gallon raised the airline's costs by $95 million.",
      '$95 million',
      undefined,
    ],
    [
      'A 5 rupee increase in the minimum support price was announced in June.',
      '5 rupee',
      undefined,
    ],
    ['A 20 percent share of the market raised sales by $4 million.', '$4 million', undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('v112: a paragraph number before a sentence is skipped as a heading is', () => {
  it.each<Row>([
    [
      '3.4 A 5 per cent rise in world oil prices would add about 0.3 percentage points to headline inflation.',
      '0.3 percentage points',
      'sensitivity',
    ],
    [
      '(b) A 1 percentage point increase in interest rates raises annual debt service by around N$450 million.',
      'N$450 million',
      'sensitivity',
    ],
    [
      '12. A further 10 per cent fall in copper prices would cut mineral royalties by about K800 million.',
      'K800 million',
      'sensitivity',
    ],
    [
      '4.2 A 10 per cent fall in dividends would reduce receipts by about KSh 1.7 billion.',
      '10 per cent',
      'sensitivity',
    ],
    // Near misses: the same paragraph numbers before facts.
    [
      '4.2 Dividend receipts rose by 12 per cent to KSh 14.6 billion in 2031/32.',
      '12 per cent',
      undefined,
    ],
    [
      '12. Copper prices fell 10 per cent in the quarter, cutting royalties by K800 million.',
      'K800 million',
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});

describe('a worked example’s paragraph (v129)', () => {
  it.each([
    ['Worked example', true],
    ['Example', true],
    ['Example 2: a member retiring early', true],
    ['Illustration', true],
    ['How the taper works: a worked example', true],
    ['Examples of good practice in 2033', false],
    ['Example of the year’s results.', false],
    ['Payments in 2033', false],
  ] as const)('heading %s: %s', (line, want) => {
    expect(exampleHeading(line)).toBe(want);
  });

  it.each([
    ['Worked example\nA business has a reference amount of £42,000.', true],
    ['Suppose a graduate earns R420,000 a year.', true],
    ['Take, for example, a household that uses 3,100 kWh a year.', true],
    ['Imagine one farm of 200 hectares.', true],
    ['Suppose the board agrees. Revenue rose 6.1%.', false],
    ['Consider the results for 2033: revenue rose 6.1%.', false],
  ] as const)('paragraph %s: %s', (text, want) => {
    expect(opensExample(text)).toBe(want);
  });

  it.each([
    ['The following example shows how a couple’s award is tapered:', true],
    ['Here is an illustration:', true],
    ['For example:', true],
    ['Examples of eligible costs include:', false],
    ['The reductions are as follows:', false],
  ] as const)('lead-in %s: %s', (text, want) => {
    expect(introducesExample(text)).toBe(want);
  });
});

describe('supposition: a dotted abbreviation inside a sensitivity (v162)', () => {
  it.each<Row>([
    [
      'A 10 per cent rise in U.K. gas prices would add £240 to the typical bill.',
      '£240',
      'sensitivity',
    ],
    [
      'Staff estimate that a 1 percentage point rise in U.S. interest rates would lower growth by 0.3 per cent.',
      '0.3 per cent',
      'sensitivity',
    ],
    [
      'A 5% appreciation of the euro against the U.S. dollar would reduce exports by €3 billion.',
      '€3 billion',
      'sensitivity',
    ],
    [
      'The debt ratio is sensitive to the exchange rate: a 20 percent depreciation of the peso against the U.S. dollar would raise the ratio by about 4 percentage points.',
      '4 percentage points',
      'sensitivity',
    ],
    [
      'An increase of 10% in U.S. import prices would cut the trade surplus by $2 billion.',
      '$2 billion',
      'sensitivity',
    ],
    [
      'A 10% fall in the price of crude, e.g. Brent, would reduce revenue by $1.2 billion.',
      '$1.2 billion',
      'sensitivity',
    ],
    ['The U.S. dollar rose 10% in 2032, and exports fell 2%.', '2%', undefined],
    ['A 10% tariff on U.S. steel took effect in May, and imports fell 12%.', '12%', undefined],
    ['Exports to the U.K. rose 4.2% in 2033.', '4.2%', undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));

  it.each([
    ['a rise in U.S. rates would', 'a rise in U_S_ rates would'],
    ['exports to the U.K.', 'exports to the U_K.'],
    ['crude, e.g. Brent, would', 'crude, e_g_ Brent, would'],
    ['0.5 p.p. higher', '0.5 p.p. higher'],
  ] as const)('%s → %s', (s, want) => expect(withoutAbbreviationStops(s)).toBe(want));
});

describe('supposition: a supposed shock with a size of its own (v162)', () => {
  it.each<Row>([
    [
      'A natural disaster shock equivalent to 10 percent of GDP would raise the debt ratio by about 8 percentage points.',
      '10 percent',
      'sensitivity',
    ],
    [
      'A natural disaster shock equivalent to 10 percent of GDP would raise the debt ratio by about 8 percentage points.',
      '8 percentage points',
      'sensitivity',
    ],
    [
      'A banking-sector contingent liability shock of 5% of GDP would push government debt up by €12 billion.',
      '5%',
      'sensitivity',
    ],
    [
      'A contingent liability shock amounting to 2 per cent of GDP, concentrated in state-owned utilities, would add roughly R140 billion to gross debt.',
      '2 per cent',
      'sensitivity',
    ],
    [
      'Risks are tilted to the downside: a combined financial sector shock equal to 3% of GDP, mostly from state banks, would add about $4 billion to public debt.',
      '$4 billion',
      'sensitivity',
    ],
    [
      'A shock equivalent to 5 percent of GDP hit the economy in 2031, adding US$2 billion to public debt.',
      '5 percent',
      undefined,
    ],
    [
      'The contingent liability shock of 2032, equivalent to 4 percent of GDP, added GH¢40 billion to public debt.',
      '4 percent',
      undefined,
    ],
    [
      'A stabilisation fund equivalent to 5 percent of GDP would cushion revenue, the Treasury said.',
      '5 percent',
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[2]));
});
