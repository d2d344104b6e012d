// The reader of a number that defines membership, on its own: each reading (a group, a rank's cut,
// a tier, a condition) and each limit that keeps a number a figure. Every sentence is our own; the
// grammar tests read the same numbers through the whole extractor.

import { describe, expect, it } from 'vitest';
import {
  membershipBound,
  type MembershipMatch,
  type MembershipReading,
} from '../../../src/authoring/extract/membership.ts';

/** The match of `stated` in `sentence`, with its kind and, for a share, its whole. */
function at(
  sentence: string,
  stated: string,
  over: Partial<MembershipMatch> = {},
): MembershipMatch {
  const start = sentence.indexOf(stated);
  if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
  const kind = /%|per\s?cent/.test(stated) ? 'share' : 'amount';
  return { start, end: start + stated.length, kind, ...over };
}

/** A sentence, the stated words, what to change in the match, and the reading expected. */
type Row = readonly [
  sentence: string,
  stated: string,
  over: Partial<MembershipMatch>,
  expected: MembershipReading | undefined,
];

const read = ([sentence, stated, over]: Row) =>
  membershipBound(sentence, at(sentence, stated, over));

describe('membershipBound: a bound on what each member holds', () => {
  it.each<Row>([
    ['Lenders with capital ratios under 9% face a review.', '9%', {}, 'group'],
    ['Six provinces carrying debts exceeding 40% of output were named.', '40%', {}, 'group'],
    ['Any tenant paying over 35% of income in rent may apply.', '35%', {}, 'group'],
    ['Clubs earning more than €4 million pay the levy.', '€4 million', {}, 'group'],
    ['The levy falls on purchases above $20,000.', '$20,000', {}, 'group'],
    ['Nine councils with reserves below 5% were warned.', '5%', {}, 'group'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a rank, a tier and a condition', () => {
  it.each<Row>([
    ['The richest 5% of savers hold half the deposits.', '5%', { object: 'savers' }, 'rank'],
    ['A lower rate applies to the first £30,000 of each estate.', '£30,000', {}, 'tier'],
    ['If inflation is higher than 4% the council meets again.', '4%', {}, 'condition'],
    ['Payments of more than $8,000 must be reported.', '$8,000', {}, 'condition'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a level the sentence reports stays a figure', () => {
  it.each<Row>([
    ['Inflation stayed above 3% through the spring.', '3%', {}, undefined],
    ['Public debt is below 60% of GDP.', '60%', {}, undefined],
    ['Exports of over $2 billion were shipped in May.', '$2 billion', {}, undefined],
    ['The lenders provided a more than £40 million cut in fees.', '£40 million', {}, undefined],
    ['Three development banks pledged more than $10 billion.', '$10 billion', {}, undefined],
    ['The threshold is £50,000 from April.', '£50,000', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: members and the word that picks which of them count', () => {
  it.each<Row>([
    ['The credit goes to renters with household income below $62,000.', '$62,000', {}, 'group'],
    [
      'Farms in the upland zone whose yields fall below 3 tonnes get aid worth $900.',
      '$900',
      {},
      undefined,
    ],
    [
      'Workers in the coastal towns whose pay falls below £400 a week are topped up.',
      '£400',
      {},
      'group',
    ],
    [
      'Only quarries extracting more than $2 million a year report to the office.',
      '$2 million',
      {},
      'group',
    ],
    ['Parcels valued at or under €120 pass without duty.', '€120', {}, 'group'],
    ['Leases at a rent above $3,000 are registered.', '$3,000', {}, 'group'],
    ['Small lots pay a flat fee; those under $40,000 pay nothing.', '$40,000', {}, 'group'],
    [
      'Grants go to families earning R4 000 to R9 000 a month.',
      'R4 000 to R9 000',
      { range: { low: 4000, high: 9000 } },
      'group',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // a report of what members came to, a sentence with no members, a size "with up to"
    ['Shipments of over $4 billion left the port in May.', '$4 billion', {}, undefined],
    ['Wage growth stayed above 4% all year.', '4%', {}, undefined],
    [
      'Ministers unveiled two funds with up to $30 billion in capital.',
      '$30 billion',
      {},
      undefined,
    ],
    ['The rules require the reserve level to stay above 85% at all times.', '85%', {}, undefined],
    [
      'Analysts told the Housing Board they see prices rising between 2% and 4%.',
      '2% and 4%',
      { range: { low: 2, high: 4 } },
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a tier of a schedule', () => {
  it.each<Row>([
    ['– under $900 a tonne: 2%;', '$900', {}, 'tier'],
    ['– $900 to $1,499: 3%;', '$900 to $1,499', { range: { low: 900, high: 1499 } }, 'tier'],
    ['– $1,500 and above: 4%.', '$1,500', {}, 'tier'],
    [
      'Between $40 and $55 a barrel the levy is 12%.',
      '$40 and $55',
      { range: { low: 40, high: 55 } },
      'tier',
    ],
    ['The 45% band applies to earnings over $150,000 from July.', '$150,000', {}, 'tier'],
    [
      'Small firms pay 15%; under £30,000 the reduced rate of 10% is charged.',
      '£30,000',
      {},
      'tier',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // the rate a tier carries, and a price listed with no bound and no label
    ['– under $900 a tonne: 2%;', '2%', {}, undefined],
    ['– $1,500 a tonne was the average price.', '$1,500', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a condition for something to apply', () => {
  it.each<Row>([
    ['The fund tops up its reserve when the surplus exceeds 1% of GDP.', '1%', {}, 'condition'],
    [
      'A retired couple can own savings of up to $410,000 and still get the full allowance.',
      '$410,000',
      {},
      'condition',
    ],
    [
      '• Refunds: requests of up to $500 will now be settled the same day.',
      '$500',
      {},
      'condition',
    ],
    [
      'Under the charter, a rise of more than 6 percent would have required a public vote.',
      '6 percent',
      {},
      'condition',
    ],
    [
      'As a rule, a shop selling less than £60,000 a year need not register.',
      '£60,000',
      {},
      'condition',
    ],
    ['Fees above $9,000 and below $500 are waived.', '$500', {}, 'condition'],
    ['Staff will first handle claims under $2,000.', '$2,000', {}, 'group'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // a time something happened, a level reached, a total reported
    ['Rates were cut when inflation exceeded 5% in 2031.', '5%', {}, undefined],
    ['Savings rose to over $410,000 by March.', '$410,000', {}, undefined],
    ['Sales of over $2 billion were booked in May.', '$2 billion', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a bound either way, some members past it, one item at a time', () => {
  it.each<Row>([
    ['Each water bill may move by more or less than 2.5 per cent.', '2.5 per cent', {}, 'group'],
    ['Fares will vary: some may get cuts of over 12%, others none.', '12%', {}, 'group'],
    ['In the year, 48 houses sold for $2 million or more.', '$2 million', {}, 'group'],
    [
      'The fund pays 3% on the first $9,000, for loans of up to $40,000 only.',
      '$40,000',
      {},
      'group',
    ],
    ['The totals leave out partner funding below $500,000 per project.', '$500,000', {}, 'group'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // the most some could face, an average per person
    ['Most bills will fall; others might pay rises of up to 2%.', '2%', {}, undefined],
    ['Spending of over $900 per person was recorded.', '$900', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('p3: a condition written with "at least" or "at most"', () => {
  it.each<Row>([
    [
      'A loan is concessional if its grant element is at least 35 percent.',
      '35 percent',
      {},
      'condition',
    ],
    ['The bonus is paid only when sales are at least €2 million.', '€2 million', {}, 'condition'],
    ['Unless the ratio is no less than 8%, the bank may not pay dividends.', '8%', {}, 'condition'],
    ["The grant is repaid if the firm's debt ratio is at most 60%.", '60%', {}, 'condition'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // a clause closed before the bound, a level required of a subject, a time it was reached
    [
      'If approved, the budget provides at least $5 billion for roads.',
      '$5 billion',
      {},
      undefined,
    ],
    [
      'Banks must hold at least 4.5% of risk-weighted assets as common equity.',
      '4.5%',
      {},
      undefined,
    ],
    ['Rates were cut when inflation was at least 5% in 2031.', '5%', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('u1: a bound on the growth a goal would require', () => {
  it.each<Row>([
    // an exporters' council, a ports body, a chamber's survey note
    [
      'Meeting the 2035 goal would require annual growth of over 12 per cent.',
      '12 per cent',
      {},
      'condition',
    ],
    [
      'Doubling throughput by 2040 requires volume growth of at least 6% a year.',
      '6%',
      {},
      'condition',
    ],
    [
      'Restoring margins would need price increases of more than 8 percent, members said.',
      '8 percent',
      {},
      'condition',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // growth reached, a sum a body asks for, growth a forecast bounds
    ['Exports recorded annual growth of over 12 per cent.', '12 per cent', {}, undefined],
    [
      'The relief body requires over $80 million to reach the region.',
      '$80 million',
      {},
      undefined,
    ],
    ['Members expect volume growth of more than 4% next year.', '4%', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('u1: a bound each member of a named group passes, set off by a comma', () => {
  it.each<Row>([
    // a ports body, a steel federation, a trade promotion agency
    ['The five new berths, each over 400 metres long, opened in May.', '400 metres', {}, 'group'],
    [
      'Twelve contracts, each worth more than $1 billion, went to member firms.',
      '$1 billion',
      {},
      'group',
    ],
    [
      'The largest investors, each above €50 million, account for most of the total.',
      '€50 million',
      {},
      'group',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // each rose past a bound, a bound with no "each", a share each holds
    ['Exports and imports each rose by more than 5% in 2031.', '5%', {}, undefined],
    ['The five berths handled over 400,000 boxes.', '400,000', {}, undefined],
    ['The two firms, each holding 30% of the market, merged.', '30%', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('u3: a bound the sentence verb reaches after members named in its subject or a "that" clause', () => {
  it.each<Row>([
    // a flow of members named by a participle phrase, then the sentence's own verb of passing
    [
      'Remittances from Velmorans working abroad now exceed $2 billion a year.',
      '$2 billion',
      {},
      undefined,
    ],
    [
      'Remittances from workers living abroad now exceed $2 billion a year.',
      '$2 billion',
      {},
      undefined,
    ],
    [
      'Exports of firms operating in the free zone exceeded $5 billion in 2030.',
      '$5 billion',
      {},
      undefined,
    ],
    [
      'Deposits of households living abroad rose to more than $3 billion.',
      '$3 billion',
      {},
      undefined,
    ],
    ['Spending by visitors arriving by sea exceeds €900 million.', '€900 million', {}, undefined],
    // a verb of estimating whose "that" opens a clause with its own subject
    [
      'The Commission estimates that the investment gap already exceeds €120 billion per year.',
      '€120 billion',
      {},
      undefined,
    ],
    ['It estimates that output exceeds €120 billion.', '€120 billion', {}, undefined],
    [
      'The Treasury believes that receipts now exceed £40 billion a year.',
      '£40 billion',
      {},
      undefined,
    ],
    [
      'Staff calculations suggest that arrears exceeded 4% of GDP at end-2030.',
      '4%',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // near-misses: the participle or the relative still sorts the members
    [
      'Firms operating in the zone with turnover exceeding $5 million pay the tax.',
      '$5 million',
      {},
      'group',
    ],
    ['Households earning more than $100,000 pay the top rate.', '$100,000', {}, 'group'],
    ['Projects that exceed $50 million go to the board.', '$50 million', {}, 'group'],
    ['Estimates that exceed 5% of GDP are flagged.', '5%', {}, 'group'],
    ['Firms that already exceed $10 million in sales pay the levy.', '$10 million', {}, 'group'],
    ['Seven members still carry debt ratios exceeding 65%.', '65%', {}, 'group'],
    [
      'Firms that export goods that exceed $1 million in value pay the fee.',
      '$1 million',
      {},
      'group',
    ],
    [
      'Workers living abroad with savings above $20,000 may open an account.',
      '$20,000',
      {},
      'group',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v3: a run of periods past a line, a band of incomes, a German income bound', () => {
  it.each<Row>([
    // The line each period of a run passed: a development bank, a statistics office, a ministry.
    [
      'Growth is forecast at 6.5 percent in 2033, the third year in a row above 6 percent.',
      '6 percent',
      {},
      'group',
    ],
    ['Inflation eased to 2.9%, the fifth consecutive month below 3%.', '3%', {}, 'group'],
    [
      'Exports reached $41 billion, a second straight quarter over $40 billion.',
      '$40 billion',
      {},
      'group',
    ],
    // An income band a tax schedule names by its two ends: a budget speech, a revenue office.
    [
      'The rate for the slab of ₹16 lakh to ₹20 lakh is reduced to 20 per cent.',
      '₹16 lakh to ₹20 lakh',
      { range: { low: 1.6e6, high: 2e6 } },
      'group',
    ],
    [
      'Incomes in the bracket from $45,000 to $120,000 are taxed at 32.5 per cent.',
      '$45,000 to $120,000',
      { range: { low: 45000, high: 120000 } },
      'group',
    ],
    [
      'A new tax band of £50,271 to £125,140 applies from April.',
      '£50,271 to £125,140',
      { range: { low: 50271, high: 125140 } },
      'group',
    ],
    // German: members picked by what they take in, "mit einem Einkommen oberhalb von".
    [
      'Der Zuschlag wird nur bei Steuerpflichtigen mit einem zu versteuernden Einkommen oberhalb von 73 000 € erhoben.',
      '73 000 €',
      {},
      'group',
    ],
    [
      'Unternehmen mit einem Jahresumsatz von mehr als 50 Mio. € sind berichtspflichtig.',
      '50 Mio. €',
      {},
      'group',
    ],
    ['Haushalte mit Einkommen unter 20 000 € erhalten den Zuschuss.', '20 000 €', {}, 'group'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));

  it.each<Row>([
    // Near-misses: a run with no line, a bound reached, a tax rate, a target band, a German sum.
    [
      'Growth picked up to 6.5 percent, the third year in a row of faster growth.',
      '6.5 percent',
      {},
      undefined,
    ],
    ['Growth in the second quarter rose above 6 percent.', '6 percent', {}, undefined],
    ['The top slab of 30 per cent now starts at ₹24 lakh.', '30 per cent', {}, undefined],
    [
      'The target band of 2 to 6 per cent is unchanged.',
      '2 to 6 per cent',
      { range: { low: 2, high: 6 } },
      undefined,
    ],
    ['Die Einnahmen stiegen auf über 73 Mrd. €.', '73 Mrd. €', {}, undefined],
    [
      'Der Bund legt ein Programm mit einem Volumen von über 5 Mrd. € auf.',
      '5 Mrd. €',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v1: a level named with "the" that a goal needs', () => {
  it.each<Row>([
    [
      'Capacity utilisation averaged 77.3%, well below the 82% needed for profitable operation of most large plants.',
      '82%',
      {},
      'condition',
    ],
    [
      'Growth of 1.1% falls short of the 3% growth required to stabilise the debt ratio.',
      '3%',
      {},
      'condition',
    ],
    [
      'Occupancy reached 64%, still short of the roughly 70% that is needed for hotels to break even.',
      '70%',
      {},
      'condition',
    ],
    // Near-misses: the level reached, a sum needed, and a share with no goal keep their reading.
    [
      'Capacity utilisation averaged 77.3%, well below the 82% needed for profitable operation of most large plants.',
      '77.3%',
      {},
      undefined,
    ],
    [
      'The council still lacks the $2 billion needed to finish the road.',
      '$2 billion',
      {},
      undefined,
    ],
    ['Exports made up the 40% of output needed by the region last year.', '40%', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v1: a bound on what the members a survey counts plan or expect', () => {
  it.each<Row>([
    ['A third of firms in Europe plan to raise prices by more than 5%.', '5%', {}, 'group'],
    [
      'Some 41% of respondents expect to cut their workforce by at least 10% next year.',
      '10%',
      {},
      'group',
    ],
    [
      'The share of members planning to lift wages by over 4 per cent fell to 22%.',
      '4 per cent',
      {},
      'group',
    ],
    // Near-misses: the share itself, a plan with no bound and a bound the whole sector expects.
    [
      'The share of members planning to lift wages by over 4 per cent fell to 22%.',
      '22%',
      {},
      undefined,
    ],
    ['A third of firms in Europe plan to raise prices by 5%.', '5%', {}, undefined],
    ['Manufacturers expect output to grow by more than 2% this year.', '2%', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v9: a bound on the change each counted member made to what it holds', () => {
  it.each<Row>([
    // A replenishment outcome, a fiscal surveillance report, a statistics office's survey.
    [
      'Thirty-one donors took part, and twelve of them raised their pledges by more than 20 percent.',
      '20 percent',
      {},
      'group',
    ],
    [
      'Seven of the 27 member states cut their deficits by at least 1.5% of GDP in 2025.',
      '1.5%',
      {},
      'group',
    ],
    ['In the year, 41 firms increased their export prices by over 10%.', '10%', {}, 'group'],
    [
      'Only nine municipalities reduced their arrears by more than 25 per cent.',
      '25 per cent',
      {},
      'group',
    ],
    // Near-misses: no count, one member, a count with no bound, a bound the whole group reached.
    ['The donors raised their pledges by more than 20 percent.', '20 percent', {}, undefined],
    ['Germany raised its pledge by more than 20 percent.', '20 percent', {}, undefined],
    ['Twelve of them raised their pledges by 20 percent.', '20 percent', {}, undefined],
    [
      'Exports of the twelve members rose by more than 20 percent in 2025.',
      '20 percent',
      {},
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v9: a bound an aside names as the threshold that sorts members into groups', () => {
  it.each<Row>([
    // A development bank's country strategy, a tax office's guide, a statistics office's note.
    [
      "The country's income per head is now above $4,500, the threshold used to place countries in the blend group.",
      '$4,500',
      {},
      'group',
    ],
    [
      'Claimants earning under £18,000, the cut-off that sorts claimants into the lower band, pay nothing.',
      '£18,000',
      {},
      'group',
    ],
    [
      'Poverty in the district is above 30%, the line the ministry uses to classify districts as priority areas.',
      '30%',
      {},
      'group',
    ],
    // Near-misses: a threshold named for another use, a ceiling of a band, no bound before.
    [
      'Debt rose above 60% of GDP, the threshold for review under the fiscal rule.',
      '60%',
      {},
      undefined,
    ],
    ['Inflation stayed above 3%, the ceiling of the target band.', '3%', {}, undefined],
    ['Income per head reached $4,700, up from $4,300 a year earlier.', '$4,700', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v20: a bound in a rule subject whose items skip a step of the usual procedure', () => {
  it.each<Row>([
    // A tax ministry's release, a customs notice, a procurement rule, a benefits office.
    [
      'Under Section 119 of the Act, refunds of up to Rs. 5 lakh per case will now be issued without a manual verification.',
      'Rs. 5 lakh',
      {},
      'condition',
    ],
    [
      'From 1 July, parcels of up to €150 will be cleared without a customs declaration.',
      '€150',
      {},
      'condition',
    ],
    ['Contracts of up to $250,000 are awarded without a tender.', '$250,000', {}, 'condition'],
    ['Claims of less than £500 will be paid automatically.', '£500', {}, 'condition'],
    // Near-misses: a scheme's cap, a handling with no step skipped, a sum paid with no bound.
    [
      'Small capital grants of up to £15,000 per farm will open in March.',
      '£15,000',
      {},
      undefined,
    ],
    [
      'Interest-free crop loans of up to Rs 3 lakh will continue for small farmers.',
      'Rs 3 lakh',
      {},
      undefined,
    ],
    [
      'Refunds amounting to Rs. 2,86,640 crore have been issued without a manual check.',
      'Rs. 2,86,640 crore',
      {},
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v20: the items a procedure, window or scheme is for, picked out by a bound', () => {
  it.each<Row>([
    // A joint trade committee's minutes, a competition authority, a customs service.
    [
      'The co-chairs agreed to set up a fast-track mechanism for investment proposals above Rs 500 crore, and to convene the next session in 2034.',
      'Rs 500 crore',
      {},
      'group',
    ],
    [
      'The agreement creates a review window for acquisitions above €250 million.',
      '€250 million',
      {},
      'group',
    ],
    ['A green lane for shipments over $5,000 opens in March.', '$5,000', {}, 'group'],
    // Near-misses: a facility's own size, approvals that rose, a bound an application reached.
    ['The fund set aside a facility for loans of $40 million.', '$40 million', {}, undefined],
    ['Approvals for projects rose to $5 billion.', '$5 billion', {}, undefined],
    ['Applications for grants rose by more than 12%.', '12%', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v24: a bound in brackets right after the members it sorts', () => {
  it.each<Row>([
    [
      'General decarbonisation, large-scale projects (capital expenditure above €100 million): 31 projects, €2.71 billion',
      '€100 million',
      {},
      'group',
    ],
    [
      'Small firms (turnover below £10 million) received 40% of the grants.',
      '£10 million',
      {},
      'group',
    ],
    [
      'Medium-sized enterprises (annual revenue between $5 million and $50 million) received $310 million in loans.',
      'between $5 million and $50 million',
      { own: undefined, range: { low: 5e6, high: 5e7 } },
      'group',
    ],
    [
      'Farms (with an annual turnover of more than €250,000) pay the full levy of €12 a head.',
      '€250,000',
      {},
      'group',
    ],
    // Near-misses: a change, a sum or a share in brackets that names no measure of each member.
    ['Exports (up 5% on the year) rose to €2 billion.', '5%', { kind: 'change' }, undefined],
    ['Grants (€2.71 billion in total) went to 31 projects.', '€2.71 billion', {}, undefined],
    ['Households (about 40% of the total) received $300 million.', '40%', {}, undefined],
    ['Revenues (a record €2 billion) went to the fund.', '€2 billion', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v23: both bounds of a band of money that opens a list item of a schedule', () => {
  it.each<Row>([
    // A social-security fund's contribution table, a tax office's bands, a payroll agency's levy.
    ['- from R$ 1,708.01 to R$ 2,952.14: 9%', 'R$ 1,708.01', {}, 'tier'],
    ['- from R$ 1,708.01 to R$ 2,952.14: 9%', 'R$ 2,952.14', {}, 'tier'],
    ['• from £12,571 to £50,270 a year: 20%', '£12,571', {}, 'tier'],
    ['• from £12,571 to £50,270 a year: 20%', '£50,270', {}, 'tier'],
    ['– over ₹4 lakh and up to ₹8 lakh: 5 per cent;', '₹4 lakh', {}, 'tier'],
    ['– over ₹4 lakh and up to ₹8 lakh: 5 per cent;', '₹8 lakh', {}, 'tier'],
    ['- between €10,909 and €15,999: 11%', '€15,999', {}, 'tier'],
    // Near-misses: two levels a list item reports, no label colon after the band, a rate's rise.
    ['- Pension value: from €41.20 to €42.74 a month', '€41.20', {}, undefined],
    ['- Pension value: from €41.20 to €42.74 a month', '€42.74', {}, undefined],
    ['- National Living Wage: £13.08, up from £12.54', '£12.54', {}, undefined],
    ['- from R$ 1,708.01 to R$ 2,952.14: 9%', '9%', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v23: a change a rule waits for, in the perfect; a member with pay of up to a sum', () => {
  it.each<Row>([
    // A labour ministry's revaluation rule, a pension fund's uprating clause, a regulator's reset.
    [
      'The law provides for a revaluation whenever the index has risen by 2% or more since the last one.',
      '2%',
      {},
      'condition',
    ],
    [
      'Pensions are uprated early if prices have increased by at least 5% since the last uprating.',
      '5%',
      {},
      'condition',
    ],
    ['Once the index has risen by more than 3%, the tariffs are reset.', '3%', {}, 'condition'],
    // A provident fund's incentive, a wage subsidy, a tax credit.
    [
      'Employers receive Rs 3,000 for each additional employee with a salary of up to Rs 1 lakh.',
      'Rs 1 lakh',
      {},
      'group',
    ],
    ['The credit goes to workers with gross monthly pay of up to €2,100.', '€2,100', {}, 'group'],
    ['It covers apprentices with a wage of up to £1,600 a month.', '£1,600', {}, 'group'],
    // Near-misses: a change reported, a condition with no bound, a capped sum each member gets.
    ['Consumer prices have risen by 2% since the last revaluation.', '2%', {}, undefined],
    [
      'When prices have risen by 2.4%, as they did last year, pensions follow.',
      '2.4%',
      {},
      undefined,
    ],
    ['Each beneficiary receiving up to $400 a month is paid first.', '$400', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v30: a bound stated as the whole’s average, and what the members qualify for', () => {
  it.each<Row>([
    [
      'Projects in counties with unemployment above the state average of 3.3 percent qualify for an enhanced credit of up to 15 percent of eligible investment.',
      '3.3 percent',
      {},
      'group',
    ],
    [
      'Projects in counties with unemployment above the state average of 3.3 percent qualify for an enhanced credit of up to 15 percent of eligible investment.',
      'up to 15 percent',
      {},
      undefined,
    ],
    [
      'Municipalities with poverty rates above the national average of 12 percent are eligible for grants of up to 80 percent of project costs.',
      '12 percent',
      {},
      'group',
    ],
    [
      'Districts where household income falls below the regional average of $42,000 qualify for a rebate of 25 percent on fees.',
      '$42,000',
      {},
      'group',
    ],
    [
      'Firms in regions with growth below the EU average of 1.8% receive aid covering up to 40% of costs.',
      '1.8%',
      {},
      'group',
    ],
    [
      'Firms in regions with growth below the EU average of 1.8% receive aid covering up to 40% of costs.',
      'up to 40%',
      {},
      undefined,
    ],
    // Near-misses: a level reported against the average, and an average as the subject's level.
    [
      'Unemployment stood at 5.1 percent, above the state average of 3.3 percent.',
      '3.3 percent',
      {},
      undefined,
    ],
    ['Wages in the county rose above the state average of $58,000.', '$58,000', {}, undefined],
    [
      'Regions with growth below 2% receive aid covering up to 40% of costs.',
      'up to 40%',
      {},
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v35: a bound on the sum a verb of giving provides, and a criterion its main verb ends', () => {
  it.each<Row>([
    // The instrument a lender, donor or government gives, sized by a bound: the sum given.
    [
      'The Government has decided to provide yen loans up to JPY 287.4 billion for three projects.',
      'JPY 287.4 billion',
      {},
      undefined,
    ],
    [
      'Japan has extended cumulative yen loans exceeding JPY 3.1 trillion to the country.',
      'JPY 3.1 trillion',
      {},
      undefined,
    ],
    [
      'The Bank approved loans over US$2 billion for climate projects in 2033.',
      'US$2 billion',
      {},
      undefined,
    ],
    [
      'The central bank has made available credit lines exceeding R40 billion to small lenders.',
      'R40 billion',
      {},
      undefined,
    ],
    [
      'The ministry awarded subsidies in excess of ₹1,200 crore to sugar mills last year.',
      '₹1,200 crore',
      {},
      undefined,
    ],
    // A criterion ends at the sentence's main verb, a modal one too: the bound after it sizes
    // what the members get.
    [
      'Businesses with an annual turnover below $10 million can apply for co-marketing grants of up to $25,000.',
      '$25,000',
      {},
      undefined,
    ],
    [
      'Households with incomes under £30,000 can claim a rebate of up to £150 on their bills.',
      '£150',
      {},
      undefined,
    ],
    [
      'Exporters with sales above $1 million can obtain credit guarantees of up to $200,000.',
      '$200,000',
      {},
      undefined,
    ],
    [
      'Pensioners with savings below €10,000 should receive a heating supplement of up to €300.',
      '€300',
      {},
      undefined,
    ],
    // Near-misses: the criterion's own bound, items sorted by a bound with no giving verb, a
    // prohibition, and the members a relative names.
    [
      'Businesses with an annual turnover below $10 million can apply for co-marketing grants of up to $25,000.',
      '$10 million',
      {},
      'group',
    ],
    ['Loans up to $50,000 carry no arrangement fee.', '$50,000', {}, 'group'],
    ['The fee is waived on loans exceeding $1 million.', '$1 million', {}, 'group'],
    [
      'Banks may not grant loans exceeding $1 million to a single borrower.',
      '$1 million',
      {},
      'group',
    ],
    ['Lenders that extend loans exceeding $500,000 must report them.', '$500,000', {}, 'group'],
    [
      'Firms whose turnover can exceed $5 million must register for the tax.',
      '$5 million',
      {},
      'group',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a band of two ends right after the members or items it sorts', () => {
  const band = (low: number, high: number): Partial<MembershipMatch> => ({ range: { low, high } });
  it.each<Row>([
    // A competition authority, a tax office, a development bank, a revenue service, a state
    // procurement board, an education ministry, a regional farm agency, a deposit insurer.
    [
      'Firms with turnover from €2 million to €10 million count as medium-sized.',
      '€2 million',
      {},
      'group',
    ],
    [
      'Firms with turnover from €2 million to €10 million count as medium-sized.',
      '€10 million',
      {},
      'group',
    ],
    [
      'Incomes between £12,571 and £50,270 are taxed at 20%.',
      '£12,571 and £50,270',
      band(12571, 50270),
      'tier',
    ],
    [
      'Loans of between €25,000 and €250,000 qualify for the guarantee.',
      '€25,000 and €250,000',
      band(25000, 250000),
      'group',
    ],
    ['Salaries from £50,271 to £125,140 attract the higher rate.', '£125,140', {}, 'tier'],
    [
      'Companies with annual sales of $1 million to $5 million pay the reduced rate.',
      '$1 million to $5 million',
      band(1e6, 5e6),
      'group',
    ],
    [
      'Schools with budgets of €1 million to €3 million get one extra teacher.',
      '€1 million to €3 million',
      band(1e6, 3e6),
      'group',
    ],
    [
      'Hospitals whose budgets are between £50 million and £80 million report to the board.',
      '£50 million and £80 million',
      band(5e7, 8e7),
      'group',
    ],
    [
      'Deposits of between €100,000 and €1 million are covered in full.',
      '€100,000 and €1 million',
      band(1e5, 1e6),
      'group',
    ],
    // Near-misses: a subject's own levels, a forecast range, the sizes of items a body made or will
    // sign, a verb of range.
    ['Turnover of the sector rose from €2 million to €10 million.', '€10 million', {}, undefined],
    ['Loans to small firms grew from €25 billion to €30 billion.', '€30 billion', {}, undefined],
    [
      'Loans of €25,000 to €250,000 were made to 300 firms.',
      '€25,000 to €250,000',
      band(25000, 250000),
      undefined,
    ],
    [
      'The fund expects to sign loans of €40 million to €55 million in 2032.',
      '€40 million to €55 million',
      band(4e7, 5.5e7),
      undefined,
    ],
    [
      'Salaries in the sector range from £30,000 to £45,000.',
      '£30,000 to £45,000',
      band(30000, 45000),
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v39: both ends of a band of a base, with the rate its clause levies on it', () => {
  it.each<Row>([
    // A tax ministry, a land registry's duty schedule, a revenue authority's pay bands, a state
    // tax table, a ministry's rental schedule.
    [
      'Income between €30,001 and €60,000 is taxed at 35%.',
      '€30,001 and €60,000',
      { range: { low: 30001, high: 60000 } },
      'tier',
    ],
    [
      "the portion of a home's price from £250,001 to £925,000 attracts duty of 5%.",
      '£250,001',
      {},
      'tier',
    ],
    [
      "the portion of a home's price from £250,001 to £925,000 attracts duty of 5%.",
      '£925,000',
      {},
      'tier',
    ],
    ['Band B (monthly pay from KES 24,001 to KES 32,333): 25%', 'KES 24,001', {}, 'tier'],
    [
      'For taxable profits between A$50,000 and A$250,000, the rate falls to 25%.',
      'A$50,000 and A$250,000',
      { range: { low: 50000, high: 250000 } },
      'tier',
    ],
    [
      'Rental income from $18,201 to $45,000 will be taxed at 16 per cent from July.',
      '$45,000',
      {},
      'tier',
    ],
    [
      "the portion of a taxpayer's income from €45,001 to €120,000 attracts a surcharge of 2.8%.",
      '€45,001',
      {},
      'tier',
    ],
    [
      'For turnover between R2 million and R5 million, the surcharge is 1%.',
      'R2 million and R5 million',
      { range: { low: 2e6, high: 5e6 } },
      'tier',
    ],
    // Near-misses: a band nothing is levied on, two levels a verb joins.
    [
      'Turnover between $2 million and $3 million was reported by the company.',
      '$2 million and $3 million',
      { range: { low: 2e6, high: 3e6 } },
      undefined,
    ],
    [
      'Average earnings rose from $30,000 to $35,000 and are now taxed at 20%.',
      '$30,000',
      {},
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v39: a restrictive relative whose verb of passing takes the bound as its object', () => {
  it.each<Row>([
    // A regional government, a health ministry, a social fund, a transport agency, a central bank,
    // a treasury.
    [
      'Municipalities where the jobless rate tops 12 percent qualify for the grant.',
      '12 percent',
      {},
      'group',
    ],
    ['Hospitals whose bed occupancy surpasses 95% will get extra staff.', '95%', {}, 'group'],
    [
      'Counties in which the poverty rate passes 20 per cent receive a larger share.',
      '20 per cent',
      {},
      'group',
    ],
    [
      'Ports where yearly cargo value tops $2 billion pay a security levy.',
      '$2 billion',
      {},
      'group',
    ],
    [
      'Banks whose deposits surpass €50 billion are designated as systemic.',
      '€50 billion',
      {},
      'group',
    ],
    [
      'Districts for which tax arrears top R10 million are placed under administration.',
      'R10 million',
      {},
      'group',
    ],
    // Near-misses: a relative set off by a comma describes all the members; a subject's own verb.
    [
      'The eastern provinces, where the jobless rate tops 12 percent, received the largest grants.',
      '12 percent',
      {},
      undefined,
    ],
    ['The jobless rate topped 12 percent in March.', '12 percent', {}, undefined],
    ['Deposits at the largest bank surpassed €50 billion in 2030.', '€50 billion', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v39: a band whose rate is levied before it, and items named by a participle of value', () => {
  it.each<Row>([
    // A revenue service, a tax code, a customs note, a land registry, a mining ministry.
    [
      'A rate of 12% applies to the slice of profits between R1 million and R3 million.',
      'R1 million and R3 million',
      { range: { low: 1e6, high: 3e6 } },
      'tier',
    ],
    ['The 20% band is levied on earnings from £12,571 to £50,270.', '£50,270', {}, 'tier'],
    [
      'Cars priced between $40,000 and $60,000 pay a luxury tax of 8%.',
      '$40,000 and $60,000',
      { range: { low: 40000, high: 60000 } },
      'group',
    ],
    [
      'Stamp duty of 3% is payable on homes costing from A$800,000 to A$1 million.',
      'A$800,000',
      {},
      'tier',
    ],
    [
      'The reduced royalty applies only to sales between US$10 million and US$50 million.',
      'US$10 million and US$50 million',
      { range: { low: 1e7, high: 5e7 } },
      'group',
    ],
    [
      'Properties valued from €500,000 to €1.5 million are charged a 1% tax.',
      '€500,000',
      {},
      'tier',
    ],
    // Near-misses: a band nothing is levied on; a relative set off by a comma.
    [
      'Homes valued from €500,000 to €1.5 million sold quickly last year.',
      '€500,000',
      {},
      undefined,
    ],
    [
      'The levy applies to sales, which were between $2 million and $3 million in 2030.',
      '$2 million and $3 million',
      { range: { low: 2e6, high: 3e6 } },
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v42: a count of items or places, each of which passed the bound', () => {
  it.each<Row>([
    ['Only three deals exceeded $500 million.', '$500 million', {}, 'group'],
    [
      'Only four contracts exceeded $200 million last year, the ministry said.',
      '$200 million',
      {},
      'group',
    ],
    [
      'Just 12 transactions topped €50 million in the quarter, the central bank noted.',
      '€50 million',
      {},
      'group',
    ],
    ['Seven acquisitions exceeded $1 billion in 2031, the OECD said.', '$1 billion', {}, 'group'],
    [
      'Seven acquisitions were above $1 billion in 2031, the competition authority said.',
      '$1 billion',
      {},
      'group',
    ],
    [
      'Only 23 of the 101 counties reached vaccination coverage of 95 per cent or more.',
      '95 per cent',
      {},
      'group',
    ],
    // The bound as the items' own attribute, right after them: a "the" before the count stays.
    [
      'The 56 projects of more than €100 million accounted for 71% of that sum.',
      '€100 million',
      {},
      'group',
    ],
    [
      "The 14 projects of over £50 million made up half of the agency's pipeline.",
      '£50 million',
      {},
      'group',
    ],
    [
      'The company said 31 orders of more than $10 million were booked in the year.',
      '$10 million',
      {},
      'group',
    ],
    // Near-misses: what the items took or were worth together, a verb after "the" and its count,
    // items with no count, a total.
    ['The three deals were worth a combined $500 million.', '$500 million', {}, undefined],
    ['Three projects together cost more than €100 million.', '€100 million', {}, undefined],
    ['The 56 projects attracted more than €100 million.', '€100 million', {}, undefined],
    ['Investments of more than €21 billion were announced in 2025.', '€21 billion', {}, undefined],
    ['Exports topped $500 million in May.', '$500 million', {}, undefined],
    // Items "worth more than" a sum after a count are what they are worth together.
    [
      'The co-chairs witnessed the signing of 9 commercial agreements worth more than 74 billion roubles.',
      '74 billion roubles',
      {},
      undefined,
    ],
    ['The minister signed 12 deals worth more than $3 billion.', '$3 billion', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound: a bracketed value of the same bound for another group', () => {
  it.each<Row>([
    [
      'The 24% rate applies to incomes over $110,400 ($220,800 for married couples filing jointly).',
      '$220,800',
      {},
      'tier',
    ],
    [
      'Pensioners with incomes below €18,000 (€36,000 for couples) are exempt from the charge.',
      '€36,000',
      {},
      'group',
    ],
    [
      'Mortgages with a loan-to-value ratio above 80% (70% for buy-to-let loans) count towards the limit.',
      '70%',
      {},
      'group',
    ],
    [
      'Countries with income per head below $1,315 ($1,500 in the case of small island states) may borrow on IDA terms.',
      '$1,500',
      {},
      'group',
    ],
    [
      'Consignments valued at more than EUR 1,000 (EUR 500 for excise goods) require a full declaration.',
      'EUR 500',
      {},
      'group',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // the value before the bracket is a figure, or the bracket is no other group's value
    [
      'The standard deduction rises to $16,550 ($33,100 for married couples filing jointly).',
      '$33,100',
      {},
      undefined,
    ],
    ['Exports grew by more than 5% (7% for manufactured goods) in the year.', '7%', {}, undefined],
    [
      'Firms with turnover above £5 million (£4.2 million of them in services) were surveyed.',
      '£4.2 million',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v47: the income at which a benefit, credit or allowance is withdrawn in full', () => {
  it.each<Row>([
    // A tax office, a finance ministry, a social security agency, a family ministry, a revenue
    // agency's rebate, an allowance lost once income reaches a level.
    [
      'The credit phases out completely at an adjusted gross income of $95,000.',
      '$95,000',
      {},
      'group',
    ],
    ['The allowance is tapered away entirely at incomes of £125,140.', '£125,140', {}, 'group'],
    [
      'The supplement is withdrawn in full at a household income of R$ 4,500 a month.',
      'R$ 4,500',
      {},
      'group',
    ],
    ['Payments stop altogether at a family income of €42,000 a year.', '€42,000', {}, 'group'],
    [
      'The rebate is gradually reduced and ceases at a taxable income of A$66,667.',
      'A$66,667',
      {},
      'group',
    ],
    ['The grant is fully withdrawn at £31,000 of household income.', '£31,000', {}, 'group'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // Near-misses: a sum withdrawn or spent, a price, a total paid.
    [
      'The subsidy was withdrawn at a cost of £2 billion to the Treasury.',
      '£2 billion',
      {},
      undefined,
    ],
    ['The offer was withdrawn at 105 pence a share.', '105 pence', {}, undefined],
    ['The scheme ended at a cost of €1.2 billion.', '€1.2 billion', {}, undefined],
    [
      'The benefit ceases at a total of R$ 2.1 billion paid this year.',
      'R$ 2.1 billion',
      {},
      undefined,
    ],
    [
      'Payments stopped at $4.5 billion in March after the fund ran dry.',
      '$4.5 billion',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v47: a minimum an applicant must hold to qualify, bid or take part', () => {
  it.each<Row>([
    // A lender's scheme, a procurement agency, an energy ministry's tender, a central bank's
    // licensing, an export agency, a family ministry.
    [
      'Applicants need a minimum annual income of £12,000 to qualify for the loan.',
      '£12,000',
      {},
      'condition',
    ],
    [
      'Bidders must have a net worth of at least US$20 million to take part in the tender.',
      'US$20 million',
      {},
      'condition',
    ],
    [
      'Developers were required to show a minimum turnover of Rs 50 crore over the last three years.',
      'Rs 50 crore',
      {},
      'condition',
    ],
    [
      'To be eligible for a licence, a payments firm must hold paid-up capital of at least ₦2 billion.',
      '₦2 billion',
      {},
      'condition',
    ],
    [
      'Exporters need annual sales of at least €250,000 to join the programme.',
      '€250,000',
      {},
      'condition',
    ],
    [
      'Households need a minimum gross income of €900 a month for couples and €600 for single parents to qualify.',
      '€600',
      {},
      'condition',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // Near-misses: a floor a rule sets on the firms it binds, a sum a programme needs, an income
    // needed to live, a minimum reported.
    [
      'Banks must hold at least 4.5% of risk-weighted assets as common equity.',
      '4.5%',
      {},
      undefined,
    ],
    [
      'Insurers are required to hold minimum capital of R$ 15 million.',
      'R$ 15 million',
      {},
      undefined,
    ],
    [
      'The programme needs a minimum budget of €4 billion to meet its goals.',
      '€4 billion',
      {},
      undefined,
    ],
    [
      'Households need an income of €2,400 a month to cover basic costs, the institute estimates.',
      '€2,400',
      {},
      undefined,
    ],
    ['Firms reported a minimum turnover of Rs 50 crore last year.', 'Rs 50 crore', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v45: a band whose upper end carries its own bound word, in a schedule item', () => {
  it.each<Row>([
    // A mines ministry's royalty steps, a tax office's bands, a land registry's stamp duty, a
    // social-security fund's table, a chamber's fee scale, a gold regulator's sliding royalty.
    ['- from US$4,000 to below US$5,000 per tonne: 5.5%', 'US$4,000', {}, 'tier'],
    ['- from US$4,000 to below US$5,000 per tonne: 5.5%', 'US$5,000', {}, 'tier'],
    ['– from ₹5 lakh to less than ₹10 lakh: 10 per cent', '₹5 lakh', {}, 'tier'],
    ['– from ₹5 lakh to less than ₹10 lakh: 10 per cent', '₹10 lakh', {}, 'tier'],
    ['• over £125,000 but not more than £250,000: 2%', '£125,000', {}, 'tier'],
    ['• over £125,000 but not more than £250,000: 2%', '£250,000', {}, 'tier'],
    ['- from R$ 2,000.01 up to R$ 4,000.00 a month: 12%', 'R$ 2,000.01', {}, 'tier'],
    ['- from R$ 2,000.01 up to R$ 4,000.00 a month: 12%', 'R$ 4,000.00', {}, 'tier'],
    ['- from A$80 to under A$100 a barrel: 7.5%', 'A$80', {}, 'tier'],
    ['- from A$80 to under A$100 a barrel: 7.5%', 'A$100', {}, 'tier'],
    ['* above €40,000 and not exceeding €80,000 of turnover: 1.5%', '€40,000', {}, 'tier'],
    ['* above €40,000 and not exceeding €80,000 of turnover: 1.5%', '€80,000', {}, 'tier'],
    ['- from $1,200 up to and including $1,800 an ounce: 4%', '$1,200', {}, 'tier'],
    ['- from $1,200 up to and including $1,800 an ounce: 4%', '$1,800', {}, 'tier'],
    // Near-misses: two levels an item reports after its label, a fall told in a sentence, a
    // rise past a level with no label colon, and the rate after the band.
    [
      '- Average copper price: from US$9,150 to below US$8,800 per tonne',
      'US$9,150',
      {},
      undefined,
    ],
    [
      '- Average copper price: from US$9,150 to below US$8,800 per tonne',
      'US$8,800',
      {},
      undefined,
    ],
    [
      'Prices fell from $4,000 to below $3,500 a tonne: the lowest in a decade.',
      '$3,500',
      {},
      undefined,
    ],
    [
      'Receipts climbed from £2.1 billion to over £2.4 billion in the year.',
      '£2.4 billion',
      {},
      undefined,
    ],
    ['- from US$4,000 to below US$5,000 per tonne: 5.5%', '5.5%', {}, undefined],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v44: a bound that includes its number, "equal to or below", in a condition', () => {
  it.each<Row>([
    // A state oil company's payout rule, a bank regulator, a tax office, a supervisor, an
    // international lender, a pension agency.
    [
      'Under the remuneration policy, the company pays out 45% of free cash flow in quarters when gross debt is equal to or below US$ 75 billion.',
      'US$ 75 billion',
      {},
      'condition',
    ],
    [
      "The surcharge applies whenever the bank's leverage ratio is equal to or less than 4 percent.",
      '4 percent',
      {},
      'condition',
    ],
    [
      'Households qualify for the rebate when their income is equal to or below R350,000 a year.',
      'R350,000',
      {},
      'condition',
    ],
    [
      'A bank is classed as systemic when its assets are equal to or greater than €30 billion.',
      '€30 billion',
      {},
      'condition',
    ],
    [
      'Members may draw on the facility whenever their reserves are equal to or below US$ 2 billion.',
      'US$ 2 billion',
      {},
      'condition',
    ],
    [
      'Benefits are cut in years when the funding ratio is equal to or below 90 percent.',
      '90 percent',
      {},
      'condition',
    ],
    // Near-misses: the same bound told of a past level, a ceiling named with its number, and a
    // forecast bound stay figures.
    [
      'Inflation was equal to or below 2 percent in every month of 2031.',
      '2 percent',
      {},
      undefined,
    ],
    [
      'Gross debt fell to US$ 68 billion, below the US$ 75 billion ceiling.',
      'US$ 75 billion',
      {},
      undefined,
    ],
    [
      'The ratio is expected to be equal to or above 12 percent next year.',
      '12 percent',
      {},
      undefined,
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v51: the most or least an applicant may earn or hold to enter a scheme', () => {
  it.each<Row>([
    // A housing ministry, a central bank's refinancing window, a shared-ownership agency, a
    // lender, an international lender's window, a housing authority (held sentences written before
    // the rule), then the housing authority and guarantee agency that prompted it.
    [
      'To qualify for the rent rebate, tenants must have a gross household income below R$ 4,200 a month.',
      'R$ 4,200',
      {},
      'condition',
    ],
    [
      "To be eligible for the central bank's green refinancing window, small firms must report turnover not exceeding ₦500 million.",
      '₦500 million',
      {},
      'condition',
    ],
    [
      'Applicants must have net assets of up to €350,000 and an income under €60,000 to be eligible for the shared-ownership scheme.',
      '€350,000',
      {},
      'condition',
    ],
    [
      'Applicants must have net assets of up to €350,000 and an income under €60,000 to be eligible for the shared-ownership scheme.',
      '€60,000',
      {},
      'condition',
    ],
    [
      'To apply for the starter loan, customers must earn no more than £45,000 a year.',
      '£45,000',
      {},
      'condition',
    ],
    [
      'To borrow from the concessional window, a member country must have a gross national income per capita of no more than US$1,335.',
      'US$1,335',
      {},
      'condition',
    ],
    [
      'Participants must have a household income not exceeding 120% of the area median income to enter the programme.',
      '120%',
      {},
      'condition',
    ],
    [
      'To qualify, buyers must have a taxable income of up to NZ$95,000 for a single buyer or NZ$150,000 for two buyers.',
      'NZ$150,000',
      {},
      'condition',
    ],
    [
      "Applicants' household income must not exceed S$14,000 a month to be eligible.",
      'S$14,000',
      {},
      'condition',
    ],
    [
      'White Form applicants must have a monthly household income not exceeding $68,450 and assets not exceeding $1.78 million.',
      '$1.78 million',
      {},
      'condition',
    ],
    [
      'To be eligible, applicants must be at least 18 years old and have a taxable income of up to $150,000 as a single or $240,000 as a couple.',
      '$240,000',
      {},
      'condition',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // Near-misses: an income reported, a fee, a grant's cap, a floor a rule sets with no entry, a
    // sum required with no bound, a level reached, a loan to repay, a growth needed.
    [
      'Applicants had an average household income of $52,300, up 3% on last year.',
      '$52,300',
      {},
      undefined,
    ],
    ['Applicants must pay a fee of up to $500 to register.', '$500', {}, undefined],
    [
      'Eligible buyers received grants of up to $25,000 to help with deposits.',
      '$25,000',
      {},
      undefined,
    ],
    ['Banks must hold capital of at least 8% of risk-weighted assets.', '8%', {}, undefined],
    ['Applicants must have an income of $40,000 to qualify.', '$40,000', {}, undefined],
    [
      "Applicants' median household income was below $50,000 last year, the agency said.",
      '$50,000',
      {},
      undefined,
    ],
    [
      'Buyers must register by June and have paid a deposit of up to $20,000 to qualify.',
      '$20,000',
      {},
      undefined,
    ],
    [
      "A small company's turnover must not exceed £10.2 million under the new accounts rules.",
      '£10.2 million',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v53: "one" standing for a member, right before the bound that sorts it, in a coordination', () => {
  // A classification whose later members are the pronoun "one" (or "ones") after a comma or "and",
  // with their class and no verb of their own: each bound sorts, as "those between" does.
  it.each<Row>([
    [
      'A company whose turnover is below €2 million is small, one between €2 million and €10 million medium, and one above €10 million large.',
      '€2 million and €10 million',
      { range: { low: 2e6, high: 1e7 } },
      'group',
    ],
    [
      'A company whose turnover is below €2 million is small, one between €2 million and €10 million medium, and one above €10 million large.',
      '€10 million large',
      {},
      'group',
    ],
    [
      'An insurer with a solvency ratio of 150% or more is rated green, one between 100% and 150% amber, and one under 100% red.',
      '100% and 150%',
      { range: { low: 100, high: 150 } },
      'group',
    ],
    [
      'An insurer with a solvency ratio of 150% or more is rated green, one between 100% and 150% amber, and one under 100% red.',
      '100% red',
      {},
      'group',
    ],
    [
      'A fund whose ongoing charges exceed 1.5% counts as high-cost, and one below 0.75% as low-cost.',
      '0.75%',
      {},
      'group',
    ],
    [
      'A bank whose leverage ratio is 5 percent or higher pays the base premium, one below 5 percent a surcharge of 10 percent.',
      '5 percent a',
      {},
      'group',
    ],
    [
      'A supplier with annual sales over $10 million is tier 1, and one with sales under $10 million tier 2.',
      '$10 million tier',
      {},
      'group',
    ],
    [
      'Each municipality with debt above 80% of revenue goes under supervision, and one between 60% and 80% gets a warning letter.',
      '60% and 80%',
      { range: { low: 60, high: 80 } },
      'group',
    ],
    // Near-misses: "one" with a verb of its own, "one" as a number of a measure, a rate a class
    // pays after its bound, and "one" of a count with a verb.
    ['Two funds returned more than 5 percent, and one lost 1 percent.', '1 percent', {}, undefined],
    [
      'A bank whose leverage ratio is 5 percent or higher pays the base premium, one below 5 percent a surcharge of 10 percent.',
      '10 percent',
      {},
      undefined,
    ],
    [
      'The policy rate stands at 4 percent, and one year ago it was above 5.5 percent.',
      '5.5 percent',
      {},
      undefined,
    ],
    ['Premiums rose 4 percent in one year and 6 percent in another.', '6 percent', {}, undefined],
  ])('%s — %s', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v60: a band in the bracket of a row label, before the colon and the row value', () => {
  it.each<Row>([
    // A council's tax bands, a tax agency's brackets, a metro's property tiers, a central bank's
    // loan-size classes, a finance ministry's slabs, a company-tax rate table.
    ['Band A (up to £40,000): £1,555.03', '£40,000', {}, 'tier'],
    ['Bracket 3 ($89,076 to $170,050): 24%', '$89,076', {}, 'tier'],
    ['Bracket 3 ($89,076 to $170,050): 24%', '$170,050', {}, 'tier'],
    ['- Tier 2 (R250 001 to R500 000): R1 200 a year', 'R250 001', {}, 'tier'],
    ['Category C (over $1.5 million): 0.42%', '$1.5 million', {}, 'tier'],
    ['Loans of medium size (€250,000 to €1 million): 3.1%', '€250,000', {}, 'tier'],
    ['Slab II (above ₹5 lakh and up to ₹10 lakh): 10 per cent', '₹10 lakh', {}, 'tier'],
    ['• Small companies (less than A$50 million): 25 per cent', 'A$50 million', {}, 'tier'],
    // Near-misses: the row's value, a change or a level in the bracket, a bracket with no colon.
    ['Band A (up to £40,000): £1,555.03', '£1,555.03', {}, undefined],
    ['Rates revenue (up 4.1%): $96.2 million', '4.1%', { kind: 'change' }, undefined],
    ['Capital works (from $80.1 million): $84.6 million', '$80.1 million', {}, undefined],
    ['Net debt (£312.4 million last year): £330.1 million', '£312.4 million', {}, undefined],
    ['Pension value (from €41.20 to €42.74 a month) rose.', '€41.20', {}, undefined],
  ])('%s — %s', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v57: a bound in the condition a rule or a class applies under', () => {
  it.each<Row>([
    // a notice, a licence, a levy, a presumption, a duty, a class: the bound in the "where",
    // "if" or "unless" clause says when it applies; nothing measured it
    [
      'A merger must be notified to the Commission where the combined turnover of the parties in Kenya is at least KSh 1 billion.',
      'KSh 1 billion',
      {},
      'condition',
    ],
    [
      "Under the Banking Act, a licence is required if a firm's deposits exceed €5 million.",
      '€5 million',
      {},
      'condition',
    ],
    [
      // an earlier reader already takes it as members sorted; either way it is no figure
      'The levy applies only where annual sales are more than $2 million.',
      '$2 million',
      {},
      'group',
    ],
    [
      'A supplier is presumed dominant unless its market share is below 25%.',
      '25%',
      {},
      'condition',
    ],
    [
      'The company must publish a profit warning if its quarterly earnings fall by more than 10%.',
      '10%',
      {},
      'condition',
    ],
    [
      'A transaction is reportable where the target has assets valued at Rs 350 crore or more.',
      'Rs 350 crore',
      {},
      'condition',
    ],
    [
      'An acquisition shall be notified if the buyer will hold a stake of between 25% and 50%.',
      '25% and 50%',
      { range: { low: 25, high: 50 } },
      'condition',
    ],
    [
      'Notification is mandatory where one group had revenue of at least R$ 750 million and another of at least R$ 75 million.',
      'R$ 75 million',
      {},
      'condition',
    ],
    [
      'Banks are deemed systemic if the five largest of them together hold 60% or more of deposits.',
      '60%',
      {},
      'condition',
    ],
    [
      'A deal is notifiable where the target is valued at $1.5 billion or more.',
      '$1.5 billion',
      {},
      'condition',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // no rule before the conjunction, a cause, a number before the condition, no "or more"
    [
      'A merger is notifiable where the parties hold 45% of the market, as they do here.',
      '45%',
      {},
      undefined,
    ],
    ['Prices rose by more than 12% where the new levy applied.', '12%', {}, undefined],
    [
      'The firm must repay $40 million because its sales were more than 20% below plan.',
      '20%',
      {},
      undefined,
    ],
    [
      'The Commission must rule within 30 days if the parties offer remedies worth $5 million.',
      '$5 million',
      {},
      undefined,
    ],
    [
      'The fine was cut where the firm had paid at least $2 million in refunds.',
      '$2 million',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe("membershipBound (v63): a bound on a noun in its clause's subject sorts the members a rule speaks of", () => {
  it.each<Row>([
    // customs office, central bank, utility, international body, council, company, regulator (the
    // central bank's exemption is read first as a band a charge spares, a tier)
    [
      'Under the new rules, imports of goods of a value not exceeding USD 200 are cleared without duty.',
      'USD 200',
      {},
      'group',
    ],
    [
      'Under the central bank circular, card payments of up to ₦5,000 remain free of any charge.',
      '₦5,000',
      {},
      'tier',
    ],
    [
      'Customers owing more than $2,000 who have not agreed a payment plan will have their water supply restricted.',
      '$2,000',
      {},
      'group',
    ],
    [
      'Member countries with a per capita income below US$1,315 may borrow on concessional terms.',
      'US$1,315',
      {},
      'group',
    ],
    [
      'Pensioners aged 70 or over with savings below £16,000 can apply for a reduction in council tax.',
      '£16,000',
      {},
      'group',
    ],
    [
      'Suppliers with invoices of up to €10,000 are paid within 15 days of delivery.',
      '€10,000',
      {},
      'group',
    ],
    [
      'Lenders charging more than 36% a year are barred from the guarantee scheme.',
      '36%',
      {},
      'group',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // an event told once, a cap on what is given, a total planned or to come, a verb's level
    ['Exports of over $2 billion were shipped in May.', '$2 billion', {}, undefined],
    ['Grants of up to £40,000 are available to farmers.', '£40,000', {}, undefined],
    ['Investments of more than $3 billion are planned for 2032.', '$3 billion', {}, undefined],
    ['Remittances of more than $2 billion will arrive this year.', '$2 billion', {}, undefined],
    ['Households spent more than 30% of their income on food.', '30%', {}, undefined],
    ['Loans of up to $5 million will be offered to small firms.', '$5 million', {}, undefined],
    ['Deposits of over €900 billion are held by households.', '€900 billion', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('membershipBound (v63): a bound in a subject whose predicate exempts it is a band of the base', () => {
  it.each<Row>([
    // tax office, revenue agency, ministry, treaty, council, pension fund
    [
      'Under the new regime, in which income up to Rs 7 lakh is effectively tax-free, most salaried filers switched.',
      'Rs 7 lakh',
      {},
      'tier',
    ],
    ['Turnover below €85,000 remains exempt from VAT registration.', '€85,000', {}, 'tier'],
    // already held by older readers: a rule's subject with what the rule does, and a plural base
    [
      'Interest income of up to ₦500,000 is exempt from withholding tax.',
      '₦500,000',
      {},
      'condition',
    ],
    [
      'Under the treaty, profits below $1 million are not taxed in the host country.',
      '$1 million',
      {},
      'group',
    ],
    ['Land values below $50,000 are free of the levy.', '$50,000', {}, 'tier'],
    ['Contributions of up to 15% of salary are tax-free.', '15%', {}, 'tier'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // a past event, no bound in the subject, no exemption
    ['Profits of more than $2 billion were tax-free last year.', '$2 billion', {}, undefined],
    ['The exemption is worth more than $3 billion a year.', '$3 billion', {}, undefined],
    ['Income of over $4 billion is expected from the levy.', '$4 billion', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v80: a bound that opens the criterion of a class or a trigger, or a bare bound the class is named for', () => {
  it.each<Row>([
    // a bounded part opens the subject of a present condition: the criterion a class, a status or
    // a rule waits on (ministry, regulator, company, agency, statistics office, competition body)
    [
      'A region is declared a disaster area when more than 30 per cent of its crops are lost.',
      '30 per cent',
      {},
      'condition',
    ],
    [
      'A supplier is rated high risk if more than 30% of its revenue comes from a single client.',
      '30%',
      {},
      'condition',
    ],
    [
      'A school is placed in special measures whenever fewer than 60 per cent of its pupils pass the core tests.',
      '60 per cent',
      {},
      'condition',
    ],
    [
      'A neighbourhood is treated as deprived where over 25% of residents receive income support.',
      '25%',
      {},
      'condition',
    ],
    [
      'Mergers need not be notified, provided at least 70 per cent of the combined turnover is earned abroad.',
      '70 per cent',
      {},
      'condition',
    ],
    // the second criterion of a list the opener governs
    [
      'A zone is classed as in crisis when at least 15 per cent of households lack food, at least 10 per cent of children are wasted, and prices keep rising.',
      '10 per cent',
      {},
      'condition',
    ],
    // a plural verb of passing in a present condition, as the singular one is
    [
      'A bank is designated as systemically important when its assets exceed 5% of GDP.',
      '5%',
      {},
      'condition',
    ],
    [
      'A lender is flagged for review once its arrears exceed 4 per cent of the loan book.',
      '4 per cent',
      {},
      'condition',
    ],
    // a bare bound opening its clause, with the class its predicate gives it
    ['Non-revenue water: 38.2% (benchmark: below 20% is rated "good")', '20%', {}, 'condition'],
    ['Below 3 per cent is classed as full employment.', '3 per cent', {}, 'condition'],
    ['Anything above 10% counts as high inflation.', '10%', {}, 'condition'],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    // a past condition tells when something happened; a cause or a time is no condition
    [
      'When more than 40% of households reported losses in 2024, the ministry declared a disaster.',
      '40%',
      {},
      undefined,
    ],
    [
      'Since at least 20 per cent of households face an extreme lack of food, the area is classified in Famine.',
      '20 per cent',
      {},
      undefined,
    ],
    ['Even if more than 60% of the loans were repaid, the fund lost money.', '60%', {}, undefined],
    [
      "The bank's assets exceeded 5% of GDP when it was designated systemically important.",
      '5%',
      {},
      undefined,
    ],
    // a level a subject reached, then the class it is given
    ['Non-revenue water fell below 20% and is rated good.', '20%', {}, undefined],
    ['Coverage stood above 90%, which is graded "A".', '90%', {}, undefined],
    [
      'More than 30 per cent of its crops were lost when the floods came.',
      '30 per cent',
      {},
      undefined,
    ],
    // "provided" as a verb, a sum given
    [
      'The Fund has provided more than $45 billion to its eligible countries since 1972.',
      '$45 billion',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v80: a bound on the measure a class predicate rates, and "provided" with a clause of its own', () => {
  it.each<Row>([
    [
      'Under the framework, collection efficiency above 95% is rated "good" and below 80% is rated "poor".',
      '95%',
      {},
      'condition',
    ],
    [
      'Under the framework, collection efficiency above 95% is rated "good" and below 80% is rated "poor".',
      '80%',
      {},
      'condition',
    ],
    [
      'A capital ratio under 8 per cent is classed as critically undercapitalised.',
      '8 per cent',
      {},
      'condition',
    ],
    ['Arrears of more than 5% of the loan book are considered high.', '5%', {}, 'condition'],
    ['Vacancy rates below 3 per cent are regarded as tight.', '3 per cent', {}, 'condition'],
    [
      'A utility qualifies for a performance grant provided at least 90 per cent of its bills are issued on time.',
      '90 per cent',
      {},
      'condition',
    ],
    [
      'Lenders keep the guarantee provided no more than 5% of the pool is in arrears.',
      '5%',
      {},
      'condition',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    ['The grant provided more than $5 million to farms in 2031.', '$5 million', {}, undefined],
    ['The agency was provided more than $12 million by donors.', '$12 million', {}, undefined],
    ['Collection efficiency rose above 95% and is rated good.', '95%', {}, undefined],
    ['Collection efficiency of 88.5% is rated fair.', '88.5%', {}, undefined],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v95: a bound fronted before a clause of what must or may be done there', () => {
  it.each<Row>([
    // an insurance supervisor's ladder of intervention, clause after clause
    [
      'Below 100 per cent, an insurer must present a plan; below 80 per cent, FINMA may restrict its business, and below 33 per cent it may withdraw the licence.',
      '100 per cent',
      {},
      'condition',
    ],
    [
      'Below 100 per cent, an insurer must present a plan; below 80 per cent, FINMA may restrict its business, and below 33 per cent it may withdraw the licence.',
      '80 per cent',
      {},
      'condition',
    ],
    [
      'Below 100 per cent, an insurer must present a plan; below 80 per cent, FINMA may restrict its business, and below 33 per cent it may withdraw the licence.',
      '33 per cent',
      {},
      'condition',
    ],
    // a central bank's macroprudential rule, the bound's noun named
    [
      'Below a leverage ratio of 3 per cent, a bank must suspend dividend payments.',
      '3 per cent',
      {},
      'condition',
    ],
    // a pension supervisor: a permission
    [
      'Above 110 per cent, the trustees may grant full indexation.',
      '110 per cent',
      {},
      'condition',
    ],
    // a ministry's fiscal rule: a passive of obligation
    [
      'Over 60% of GDP, the government is required to table a debt-reduction plan.',
      '60%',
      {},
      'condition',
    ],
    // a company's covenant
    [
      'Under 1.5%, the borrower cannot pay a dividend without the lenders’ consent.',
      '1.5%',
      {},
      'condition',
    ],
  ])('%j: %j is a %s', (...row) => expect(read(row)).toBe(row[3]));

  it.each<Row>([
    // a past outturn after the fronted bound, and a level reached, keep their reading
    ['Below 2 per cent, inflation stayed for most of the year.', '2 per cent', {}, undefined],
    ['Below 100 per cent, the ratio fell to 96 per cent in March.', '100 per cent', {}, undefined],
    [
      'The ratio stood at 96 per cent, below the 100 per cent minimum.',
      '96 per cent',
      {},
      undefined,
    ],
  ])('%j: %j (%j) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v95: a bound on the measure counted members report', () => {
  it.each<Row>([
    // a pension regulator: a count of schemes
    [
      'At the end of 2031, 97 schemes reported a ratio below 100 per cent.',
      '100 per cent',
      {},
      'group',
    ],
    // an insurance supervisor: a share of undertakings, with an aside
    [
      'Only 1 per cent of undertakings, representing less than 0.5 per cent of total assets, reported a ratio below 100 per cent, the level at which supervisory intervention is required.',
      '100 per cent',
      {},
      'group',
    ],
    // a central bank: a share of banks and the ratio's name
    ['About 4% of banks reported a leverage ratio under 3%.', '3%', {}, 'group'],
    // a ministry: a count in words, deficits above a line
    ['Twelve municipalities recorded deficits above 3% of revenue.', '3%', {}, 'group'],
    // a rating agency: coverage below a line
    ['Three rated issuers had interest coverage below 150 per cent.', '150 per cent', {}, 'group'],
    // a fund supervisor: "of less than"
    ['Some 40 funds showed a funding position of less than 90%.', '90%', {}, 'group'],
  ])('%j: %j (%j) is a %s', (...row) => expect(read(row)).toBe(row[3]));

  it.each<Row>([
    // a level the members reached together, and a subject that counts no members
    [
      'The 97 schemes reported an average ratio of 118.6 per cent.',
      '118.6 per cent',
      {},
      undefined,
    ],
    [
      'The sector reported a ratio below 100 per cent for the first time.',
      '100 per cent',
      {},
      undefined,
    ],
    ['Banks reported a ratio of 14.2% at the end of June.', '14.2%', {}, undefined],
  ])('%j: %j (%j) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});

describe('v120: a bound whose present copula names a class by a bare adjective, or by a rater named', () => {
  it.each<Row>([
    // a trade remedy's de minimis margin, a regulator's risk class, a health guideline, a lender's
    // rule, a statistician's note: the bound says which cases the adjective or class covers
    [
      'A subsidy amount of less than 1% ad valorem is negligible and the proceeding is closed.',
      '1%',
      {},
      'condition',
    ],
    [
      'Import volumes below 3 per cent of total imports are negligible.',
      '3 per cent',
      {},
      'condition',
    ],
    ['A blood pressure above 140 is high; below 90 is low.', '140', {}, 'condition'],
    ['Debt service above 40% of income is generally unaffordable.', '40%', {}, 'condition'],
    [
      'Occupancy above 95 per cent is regarded by the regulator as a safety risk.',
      '95 per cent',
      {},
      'condition',
    ],
    [
      'A coefficient of variation above 30% is treated by the statistics office as unreliable.',
      '30%',
      {},
      'condition',
    ],
    [
      'Loan-to-value ratios above 90% are considered by most lenders risky.',
      '90%',
      {},
      'condition',
    ],
  ])('%s (%s)', (...row) => expect(read(row)).toBe(row[3]));
  it.each<Row>([
    ['Utilisation was above 80% in March.', '80%', {}, undefined],
    ['Inflation above 3% is expected to persist.', '3%', {}, undefined],
    ['Inflation above 3% is likely next year.', '3%', {}, undefined],
    ['Growth was above 4% and is strong.', '4%', {}, undefined],
    ['Utilisation rose above 80% and was regarded by the board as high.', '80%', {}, undefined],
    [
      'Output of more than 2 million tonnes is possible this year.',
      '2 million tonnes',
      {},
      undefined,
    ],
  ])('%s (%s) stays a figure', (...row) => expect(read(row)).toBe(row[3]));
});
