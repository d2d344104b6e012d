// The reader of money and prices a decision has set, on its own: each reading, each exception that
// keeps a number's other readings, and the order the readings are asked in. Every sentence is our
// own; the grammar tests read the same rules through the whole extractor.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import {
  committedTo,
  decidedChargesTitle,
  decidedSetting,
  namesDecision,
  listLeadIn,
  listTitle,
  marketBill,
  ownPayerBill,
  proposalOf,
  proposedThat,
  setAt,
  underDecision,
  unenactedVersion,
  billProvides,
  type DecidedView,
} from '../../../src/authoring/extract/decided.ts';

/** A view of one number in one sentence: the sentence is its own clause, hedge and document. */
function view(
  sentence: string,
  stated: string,
  over: Partial<DecidedView> & { kind?: string } = {},
): DecidedView {
  const start = sentence.indexOf(stated);
  if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
  const { kind = 'amount', ...rest } = over;
  return {
    text: sentence,
    sentence,
    match: { kind, start, end: start + stated.length },
    statedText: stated,
    lead: sentence.slice(0, start),
    clauseText: sentence,
    hedgeText: sentence,
    requested: false,
    forecastItself: false,
    budgetOwn: false,
    ...rest,
  };
}

/** A sentence, the stated words, what to change in the view, and the reading expected. */
type Row = readonly [
  sentence: string,
  stated: string,
  over: Partial<DecidedView> & { kind?: string },
  expected: ReturnType<typeof decidedSetting>,
];

const PRICE_DECIDED = 'The regulator has decided the tariffs for the coming period. ';
/** A release titled for a funding settlement, and a document titled for rates a body agreed. */
const SETTLEMENT_TITLE = { title: 'Final Local Government Settlement 2037-38', top: '' };
const RATES_AGREED = { title: 'Council tax for 2037/38 agreed', top: '' };

describe('decidedSetting', () => {
  const readings: Record<string, readonly Row[]> = {
    allocated: [
      [
        'The clinic network has been allocated $3.1 million for 2035.',
        '$3.1 million',
        {},
        'allocated',
      ],
      ['A sum of $900,000 was earmarked for bridges.', '$900,000', {}, 'allocated'],
      ['Some $2 million has been ring-fenced for libraries.', '$2 million', {}, 'allocated'],
      // Both the allocation and the money reading apply: the allocation is asked first.
      ['The fund has been allocated $3 million.', '$3 million', {}, 'allocated'],
      // A label after "against" is the base's, not this sum's.
      ['Roads were allocated ₹800 crore against ₹700 crore (BE).', '₹800 crore', {}, 'allocated'],
    ],
    charge: [
      [
        'Tuition will go up by 3.5 percent from the autumn.',
        '3.5 percent',
        { kind: 'change' },
        'charge',
      ],
      ['The fee cap rises to £9,800 in 2036-37.', '£9,800', {}, 'charge'],
      // A "may" that allows a rise up to a bound is a permission.
      ['Fees may rise by no more than 2% next year.', '2%', { kind: 'change' }, 'charge'],
    ],
    money: [
      [
        'The ministry has today confirmed core funding of £1.6bn for 2036-37.',
        '£1.6bn',
        {},
        'money',
      ],
      ['A further £40 million is earmarked for new labs.', '£40 million', {}, 'money'],
    ],
    settlement: [
      [
        'Under the settlement agreed with the regulator, the landing charge will rise by £3 from 2037.',
        '£3',
        {},
        'settlement',
      ],
      [
        'Under the determination published today, the charge per flight will stay at £38.',
        '£38',
        {},
        'settlement',
      ],
    ],
    price: [
      ['The duty will be €12.50 a tonne from March.', '€12.50', { text: PRICE_DECIDED }, 'price'],
      [
        'The duty will be €12.50 a tonne in 2038.',
        '€12.50',
        { text: PRICE_DECIDED, documentYear: 2038 },
        'price',
      ],
      ['Households will pay $41 a month.', '$41', { text: PRICE_DECIDED }, 'price'],
    ],
    'scheme charge': [
      ['Members’ premiums will go up by 4% from July.', '4%', { kind: 'change' }, 'scheme charge'],
      ['Pensioners will continue to pay $4 per visit.', '$4', {}, 'scheme charge'],
    ],
    grant: [
      [
        'Core funding for parish councils will be £2.4 billion next year.',
        '£2.4 billion',
        { budgetTitle: SETTLEMENT_TITLE },
        'grant',
      ],
    ],
    'charge decided': [
      [
        'Band C homes will pay £1,540.20 next year.',
        '£1,540.20',
        { budgetTitle: RATES_AGREED },
        'charge decided',
      ],
      [
        'The general rate will rise by 3% in April.',
        '3%',
        { kind: 'change', budgetTitle: RATES_AGREED },
        'charge decided',
      ],
    ],
    'budget adopted': [
      [
        'The assembly adopted a $3.4 billion budget for 2037, of which $2.9 billion is for running costs.',
        '$2.9 billion',
        {},
        'budget adopted',
      ],
      // The budget named as the subject of its participle of adoption: a finance ministry, a
      // city council and a provincial treasury say what the adopted budget sets aside, allots or
      // earmarks.
      [
        'The 2037 budget approved by Parliament sets aside $640 million for school meals.',
        '$640 million',
        {},
        'budget adopted',
      ],
      [
        'Rents are frozen, and the budget adopted by the council on 12 December allots €18 million to housing repairs.',
        '€18 million',
        {},
        'budget adopted',
      ],
      [
        'The revised budget passed by the legislature in March earmarks R2.4 billion for drought relief.',
        'R2.4 billion',
        {},
        'budget adopted',
      ],
    ],
    'budget approved': [
      // "ratified" approves a budget but is no verb the adoption reading knows.
      ['The senate ratified a $1.2 billion capital budget.', '$1.2 billion', {}, 'budget approved'],
    ],
    'set at': [
      [
        'The regulator has capped the yearly toll rise at 2.5%.',
        '2.5%',
        { kind: 'change' },
        'set at',
      ],
      ['The path keeps X set at 1.5% a year.', '1.5%', { kind: 'share' }, 'set at'],
    ],
    'set by body': [
      [
        'Reserves stay above a floor of $700 million that the Treasury fixed in March.',
        '$700 million',
        {},
        'set by body',
      ],
    ],
  };
  for (const [reading, rows] of Object.entries(readings)) {
    it.each(rows)(`reads ${reading}: %s`, (sentence, stated, over, expected) => {
      expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
    });
  }

  const exceptions: readonly Row[] = [
    // A plan or the estimates as the subject, whose own level the budget readings keep (a budget
    // adopted that "has allocated" decides, v33).
    [
      'The 2036 investment plan has allocated $5 million to parks.',
      '$5 million',
      { budgetOwn: true },
      undefined,
    ],
    ['The 2036 budget has allocated $5 million to parks.', '$5 million', {}, 'allocated'],
    ['The draft 2036 budget allocates $5 million to parks.', '$5 million', {}, undefined],
    // A forecast word after the verb of allocation.
    ['Funds were allocated, it is expected, at $4 million.', '$4 million', {}, undefined],
    // A sum labelled as the budget's estimate.
    ['Roads were allocated ₹800 crore (BE) for 2036-37.', '₹800 crore', {}, undefined],
    ['Roads were allocated ₹800 crore (RE) for 2036-37.', '₹800 crore', {}, undefined],
    [
      'The ministry has confirmed funding of £1.6bn, against £1.4bn in the Revised Estimates.',
      '£1.6bn',
      {},
      undefined,
    ],
    // A forecast word in the hedge.
    [
      'Tuition will go up by 3.5 percent, officials expected.',
      '3.5 percent',
      { kind: 'change' },
      undefined,
    ],
    ['Fees may rise by 2% next year.', '2%', { kind: 'change' }, undefined],
    ['The ministry has confirmed funding that could reach £1.6bn.', '£1.6bn', {}, undefined],
    [
      'Under the settlement agreed with the regulator, the landing charge will rise by £3, analysts estimated.',
      '£3',
      {},
      undefined,
    ],
    ['The duty will likely be €12.50 a tonne.', '€12.50', { text: PRICE_DECIDED }, undefined],
    // Someone who expects the charge, not the body that sets it.
    ['The council expects tariffs will rise by 4%.', '4%', { kind: 'change' }, undefined],
    // Money a charge earns is no charge.
    ['Fee income will rise by 3%.', '3%', { kind: 'change' }, undefined],
    // Money decided is a sum, not a share.
    ['The ministry has confirmed funding of 40% of the cost.', '40%', { kind: 'share' }, undefined],
    // No decision on prices in the document.
    ['The duty will be €12.50 a tonne from March.', '€12.50', {}, undefined],
    // A request, or a forecast named as the number.
    [
      'The duty will be €12.50 a tonne from March.',
      '€12.50',
      { text: PRICE_DECIDED, requested: true },
      undefined,
    ],
    [
      'The duty will be €12.50 a tonne from March.',
      '€12.50',
      { text: PRICE_DECIDED, forecastItself: true },
      undefined,
    ],
    // A budget document, whose levels go by its verbs.
    [
      'The duty will be €12.50 a tonne from March.',
      '€12.50',
      { text: PRICE_DECIDED, budgetTitle: { title: 'Budget 2036: the main measures', top: '' } },
      undefined,
    ],
    // A year after the dateline's, and an estimate.
    [
      'The duty will be €12.50 a tonne in 2038.',
      '€12.50',
      { text: PRICE_DECIDED, documentYear: 2036 },
      undefined,
    ],
    ['We estimate the duty will be €12.50 a tonne.', '€12.50', { text: PRICE_DECIDED }, undefined],
    // What a premium earns, and someone who expects a premium, are no charge a scheme sets; nor
    // is a payment that goes on with no unit after it.
    ['Premium income will rise by 3%.', '3%', { kind: 'change' }, undefined],
    ['The fund expects premiums will rise by 4%.', '4%', { kind: 'change' }, undefined],
    ['Pensioners will continue to pay $4.', '$4', {}, undefined],
    // A grant the government plans to give, or with no settlement in the title.
    [
      'The ministry plans to provide £30 million in support.',
      '£30 million',
      { budgetTitle: SETTLEMENT_TITLE },
      undefined,
    ],
    [
      'Core funding for parish councils will be £2.4 billion next year.',
      '£2.4 billion',
      {},
      undefined,
    ],
    // A title that proposes, and a text that says the rates are still to be set.
    [
      'Band C homes will pay £1,540.20 next year.',
      '£1,540.20',
      { budgetTitle: { title: 'Draft council tax proposals agreed for consultation', top: '' } },
      undefined,
    ],
    [
      'Band C homes will pay £1,540.20 next year.',
      '£1,540.20',
      {
        budgetTitle: RATES_AGREED,
        text: 'Final rates will be set in May. Band C homes will pay £1,540.20 next year.',
      },
      undefined,
    ],
    // A budget adopted whose words after the verb say what it aims at, or what it will do.
    [
      'The assembly adopted a budget which targets a surplus of $200 million.',
      '$200 million',
      {},
      undefined,
    ],
    [
      'The assembly adopted a budget under which spending will reach $3 billion.',
      '$3 billion',
      {},
      undefined,
    ],
    // A budget named before its participle with a verb that puts no money anywhere ("provides",
    // left to the other readings), one still a draft, one still to be approved, and one whose
    // words after the participle say what it aims at.
    [
      'The draft budget approved by the Cabinet sets aside ¥640 billion for school meals.',
      '¥640 billion',
      {},
      undefined,
    ],
    [
      'The budget to be approved by Parliament sets aside $640 million for school meals.',
      '$640 million',
      {},
      undefined,
    ],
    [
      'The revised budget passed by the legislature in March provides R2.4 billion for drought relief.',
      'R2.4 billion',
      {},
      undefined,
    ],
    [
      'The budget approved by Parliament aims to cut spending to $4.1 billion.',
      '$4.1 billion',
      {},
      undefined,
    ],
    // A budget approved by the sum's own verb is a sum, not a share; a passive names no body.
    ['A $1.2 billion capital budget was ratified by the senate.', '$1.2 billion', {}, undefined],
    // A goal set at a level, and a level "to be set at".
    ['The agency has set its recycling target at 60%.', '60%', { kind: 'share' }, undefined],
    ['The fee is to be set at £90.', '£90', {}, undefined],
    // A relative clause whose subject is no named body.
    [
      'Reserves stay above a floor of $700 million that the firm proposed.',
      '$700 million',
      {},
      undefined,
    ],
  ];
  it.each(exceptions)('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('decidedSetting: a decision named by its maker or by its instrument', () => {
  // Each row is a charge, tax or benefit rate that "will" be a number, in a sentence that names
  // the decision with a bare past verb ("the Minister announced", "confirmed") or by the
  // instrument it was made in ("Following the Board's decision", "Under the determination").
  const named: readonly Row[] = [
    [
      'The Government has announced that the standard rate of VAT will be cut to 20% from 1 January 2037.',
      '20%',
      { kind: 'share', documentYear: 2036 },
      'charge dated',
    ],
    [
      'The Chancellor confirmed that the main rate of corporation tax will increase to 25% from April 2037.',
      '25%',
      { kind: 'share', documentYear: 2036 },
      'charge dated',
    ],
    [
      'From 1 April 2037, the prescription charge will be £9.90 per item, the Department confirmed.',
      '£9.90',
      { documentYear: 2036 },
      'charge dated',
    ],
    [
      'Following the Board’s decision, the standard fare will rise to $3.20 in 2037.',
      '$3.20',
      { documentYear: 2036 },
      'charge dated',
    ],
    [
      'The Minister announced that the benefit rate will rise by 2.5% from April.',
      '2.5%',
      { kind: 'change', documentYear: 2036 },
      'charge dated',
    ],
    [
      'The state pension will increase by 4.1% in April 2037, the Secretary of State confirmed.',
      '4.1%',
      { kind: 'change', documentYear: 2036 },
      'charge dated',
    ],
    [
      'In its final determination, the regulator said water charges will rise by 6.2% in 2037-38.',
      '6.2%',
      { kind: 'change', documentYear: 2036 },
      'charge dated',
    ],
  ];
  it.each(named)('reads charge dated: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });

  // Near-misses: a decision still awaited, a plan, a proposal, a forecast of prices, an
  // aggregate's spending, and a minister who only "said".
  const open: readonly Row[] = [
    ['The fare will be $3.40 from 2037 pending a decision by the Board.', '$3.40', {}, undefined],
    [
      'The Government announced plans under which the tax rate will rise to 21% in 2037.',
      '21%',
      { kind: 'share' },
      undefined,
    ],
    ['The Authority announced that the proposed fare would be $3.40.', '$3.40', {}, undefined],
    [
      'Consumer prices will rise 3% next year, the Minister announced.',
      '3%',
      { kind: 'change' },
      undefined,
    ],
    [
      'Pension spending will increase by 4% in 2037, the Ministry confirmed.',
      '4%',
      { kind: 'change' },
      undefined,
    ],
    [
      'The child benefit rate will be €140 a month in 2037, the Minister said.',
      '€140',
      {},
      undefined,
    ],
    [
      'The tax rate will rise to 21% once approved by Parliament.',
      '21%',
      { kind: 'share' },
      undefined,
    ],
  ];
  it.each(open)('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('decidedSetting: a date of effect is no later period', () => {
  const decided = 'The Authority has decided the fares for the coming year. ';
  it.each([
    ['The adult fare will be $3.20 from 4 January 2037.', '$3.20', 'price'],
    ['The landing charge will be €12.40 per passenger on 1 April 2037.', '€12.40', 'price'],
    ['The harbour dues will be $2.10 a tonne with effect from 2037.', '$2.10', 'price'],
    // A period a charge is of, after the dateline's, keeps the old reading.
    ['Household bills will be £1,700 in 2037.', '£1,700', undefined],
  ] as const)('%s → %s', (sentence, stated, want) => {
    const v = view(sentence, stated, { text: decided + sentence, documentYear: 2036 });
    expect(decidedSetting(v)).toBe(want);
  });
});

describe('namesDecision: the sentence names a decision already made', () => {
  it.each([
    ['The levy will rise to 0.9% of payroll on 1 January, the Minister announced.', true],
    ['Under the determination, the cap will fall to £1,690 in 2037.', true],
    ['Following the Board’s decision, the standard fare will be $3.20.', true],
    ['The Council has agreed that the charge will be £55.', true],
    ['The fee will be $40 from 2037 pending a decision by the Board.', false],
    ['The toll will rise to $5 in 2037 if the Board approves the proposal.', false],
    ['The fee will rise to $5 once approved by the Board.', false],
    ['The levy will rise to 1% in 2037.', false],
  ] as const)('%s → %s', (sentence, want) => {
    expect(namesDecision(sentence)).toBe(want);
  });
});

describe('underDecision: a line under a lead-in or heading that names a decision on charges', () => {
  it.each([
    // A transport board, a pensions ministry, a port authority, an airport regulator.
    [
      'The Board has approved the following fares, effective 1 January 2037:\n\n- Adult single: will rise to ',
      true,
    ],
    [
      'The Minister has set the following benefit rates, which take effect on 6 April 2037:\n\n- The basic state pension will be £176.45 a week.\n- Child benefit will rise to ',
      true,
    ],
    [
      'Port dues decided for 2037\n\nCargo dues will be $2.10 per tonne. The pilotage fee will rise by ',
      true,
    ],
    [
      'The Commission has decided the following charges:\n\nThe landing charge will be €12.40 per passenger.\n\nThe parking charge will rise by ',
      true,
    ],
    // Near-misses: a consultation, a forecast, a decision not yet taken, a heading that names
    // none, and a lead-in whose list an ordinary paragraph has ended.
    [
      'The council will consult on the following charges for 2037:\n\n- The garden waste charge will be ',
      false,
    ],
    [
      'The regulator forecasts the following charges for 2037:\n\n- Landing fees will fall by ',
      false,
    ],
    ['The Board has not yet decided the following fares:\n\n- Adult single: will rise to ', false],
    ['Port dues decided for 2037\n\nOutlook for trade\n\nCargo volumes will rise by ', false],
    [
      'The Commission has decided the following charges:\n\nThe landing charge will be €12.40.\n\nTraffic grew strongly last year.\n\nPassenger numbers will rise by ',
      false,
    ],
  ] as const)('%j → %s', (textBefore, want) => {
    expect(underDecision(textBefore)).toBe(want);
  });

  it('reads an item with no charge noun of its own as the charge the decision set', () => {
    const text =
      'The Board has approved the following fares, effective 1 January 2037:\n\n- Adult single: will rise to $3.40\n';
    const sentence = '- Adult single: will rise to $3.40';
    const v = view(sentence, '$3.40', {
      text,
      textBefore: text.slice(0, text.indexOf('$3.40')),
      documentYear: 2036,
    });
    expect(decidedSetting(v)).toBe('charge list');
    expect(decidedSetting({ ...v, textBefore: undefined })).toBeUndefined();
  });
});
describe('p3: a floor or ceiling a rule sets on regulated firms', () => {
  it.each<Row>([
    [
      'Banks must hold at least 4.5% of risk-weighted assets as common equity.',
      '4.5%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Under the new rules, lenders must keep a minimum of 10% of deposits in reserve.',
      '10%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Insurers are required to maintain a solvency ratio of no less than 120%.',
      '120%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Pension funds may hold no more than 5% of their assets in any one issuer.',
      '5%',
      { kind: 'share' },
      'requirement',
    ],
  ])('%s (%s)', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // What firms are forecast to need, what growth must reach, and a firm's own holding.
    [
      'Banks will probably need to hold at least $20 billion more capital, the regulator estimates.',
      '$20 billion',
      {},
      undefined,
    ],
    ['Growth must reach at least 5% to cut unemployment.', '5%', { kind: 'share' }, undefined],
    ['The bank holds at least 14% of its assets in cash.', '14%', { kind: 'share' }, undefined],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});
describe('r1: a floor or ceiling a rule sets on any firms it binds', () => {
  it.each<Row>([
    [
      'Companies must hold at least 30% of their workforce from the region.',
      '30%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Under the code, large employers are required to reserve at least 4% of posts for disabled workers.',
      '4%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Mining firms must source no less than 25% of their inputs from local suppliers.',
      '25%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Listed companies shall have at least 40% of board seats held by women.',
      '40%',
      { kind: 'share' },
      'requirement',
    ],
  ])('%s (%s)', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // What firms must achieve to prosper, what they will do, and what a firm holds.
    ['Companies must grow at least 5% a year to break even.', '5%', { kind: 'change' }, undefined],
    [
      'Firms will hold at least 30% of their cash in deposits next year.',
      '30%',
      { kind: 'share' },
      undefined,
    ],
    ['The company holds at least 12% of its assets abroad.', '12%', { kind: 'share' }, undefined],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v14: a subsidy, grant, rebate or benefit paid per unit, moved or held with "will"', () => {
  it.each<Row>([
    // An industry club on a carmaker subsidy, a budget speech on a social grant, a tax authority
    // on a child benefit and an energy ministry on a household rebate: the rate the scheme pays.
    [
      'Under the EV 3.5 scheme, the government subsidy of up to 100,000 baht per car will be reduced to 50,000 baht from January 2034.',
      '50,000 baht',
      {},
      'scheme charge',
    ],
    [
      'R12.8 billion is set aside for the relief grant, which will be kept at R370 a month per beneficiary until March 2034.',
      'R370',
      {},
      'scheme charge',
    ],
    ['The child benefit will rise to £27.05 a week from April.', '£27.05', {}, 'scheme charge'],
    [
      'The energy rebate for pensioners will be raised to $250 per household.',
      '$250',
      {},
      'scheme charge',
    ],
  ])('reads a benefit rate: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // A grant's whole sum, a programme's yearly total, what the benefit costs or pays out, and a
    // subsidy someone expects: no rate the scheme pays per unit.
    ['The grant will rise to $40 million next year.', '$40 million', {}, undefined],
    ['The grant will rise to $40 million a year.', '$40 million', {}, undefined],
    ['Benefit payments will rise to $12 billion per year by 2036.', '$12 billion', {}, undefined],
    ['The ministry expects the subsidy will be cut to €3,000 per unit.', '€3,000', {}, undefined],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v20: the least or most an auction, an operation or an issue lets one bid, tender or take', () => {
  it.each<Row>([
    // A debt office's auction notice, a treasury's bill auction, a central bank's operation, a
    // savings-bond prospectus.
    [
      'Gilt-edged Market Makers must submit bids of at least £1 million nominal.',
      '£1 million',
      {},
      'requirement',
    ],
    [
      'Successful bidders may take up to 10% of their allocation under the option facility.',
      '10%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Counterparties must tender at least €1 million in each operation.',
      '€1 million',
      {},
      'requirement',
    ],
    [
      'Only primary dealers with a minimum bid of ₱10 million may participate in the competitive window.',
      '₱10 million',
      {},
      'requirement',
    ],
    ['The minimum subscription is $1,000 per investor.', '$1,000', {}, 'requirement'],
  ])('%s (%s)', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // A forecast of what bidders take, a hedge that binds no bidder, a minimum forecast to move.
    [
      'Bidders are expected to take up about 40% of the offer.',
      '40%',
      { kind: 'share' },
      undefined,
    ],
    ['Exporters may take up to 12% more orders next year.', '12%', { kind: 'change' }, undefined],
    ['The minimum bid is expected to rise to ₱20 million next year.', '₱20 million', {}, undefined],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v23: a pension, allowance or statutory pay paid per week or month that "will" move is a rate the scheme sets', () => {
  it.each<Row>([
    // A pensions department's uprating, a social-security fund's notice, a labour ministry's rates.
    [
      'The full new State Pension will rise from £241.30 to £251.20 a week.',
      '£251.20',
      {},
      'scheme charge',
    ],
    [
      'The Pension Credit standard minimum guarantee will rise by 4.1% to £236.40 a week for single pensioners.',
      '£236.40',
      {},
      'scheme charge',
    ],
    [
      'Statutory Sick Pay and Statutory Maternity Pay will rise to £121.40 a week.',
      '£121.40',
      {},
      'scheme charge',
    ],
    [
      "The survivors' pension for a spouse will be raised to R$ 1,708.00 a month from January.",
      'R$ 1,708.00',
      {},
      'scheme charge',
    ],
    [
      'The carer allowance will increase to $96.50 per week in July.',
      '$96.50',
      {},
      'scheme charge',
    ],
  ])('reads a pension rate: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // Near-misses: what pensions cost over a year, a fund's assets, a rise someone expects.
    ['Spending on pensions will rise to £158 billion a year.', '£158 billion', {}, undefined],
    [
      'The pension fund will rise to $4.2 billion per member scheme.',
      '$4.2 billion',
      {},
      undefined,
    ],
    ['Analysts expect the basic pension will rise to €1,020 a month.', '€1,020', {}, undefined],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v23: what a class of worker "may be paid" as a part of a pay rate is a floor the rule sets', () => {
  it.each<Row>([
    // A labour ministry's minimum-wage notice, a wage decree, an apprenticeship rule.
    [
      'Workers under 17 with less than six months of experience may be paid 80% of the SMIC.',
      '80% of the SMIC',
      { kind: 'share' },
      'pay set',
    ],
    [
      'Probationary workers may be paid 90% of the minimum wage during the first three months.',
      '90% of the minimum wage',
      { kind: 'share' },
      'pay set',
    ],
    [
      'Apprentices in their first year may only be paid 70 per cent of the adult rate.',
      '70 per cent of the adult rate',
      { kind: 'share' },
      'pay set',
    ],
  ])('reads a pay floor: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // Near-misses: a rise someone may get, a proposal, what a worker may be paid more.
    [
      'Workers may be paid 5% more next year, analysts say.',
      '5% more',
      { kind: 'change' },
      undefined,
    ],
    [
      'Under the proposal, trainees may be paid 80% of the minimum wage.',
      '80% of the minimum wage',
      { kind: 'share' },
      undefined,
    ],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v26: a statutory wage named by its title or acronym that "will" move is a rate the rule sets', () => {
  it.each<Row>([
    // A labour ministry's revaluation, a pay review body's uprating, a wage board's order.
    ['The gross hourly SMIC will thus rise from €12.02 to €12.25.', '€12.25', {}, 'pay set'],
    ['The net monthly SMIC will reach €1,471.40 on 1 January.', '€1,471.40', {}, 'pay set'],
    [
      'In Mayotte, where a specific SMIC applies, the gross hourly rate will be €9.25.',
      '€9.25',
      {},
      'pay set',
    ],
    [
      'The National Living Wage will therefore increase from £11.44 to £12.21 an hour from April.',
      '£12.21',
      {},
      'pay set',
    ],
    [
      'The NLW for workers aged 21 and over will be uprated to £12.21 an hour.',
      '£12.21',
      {},
      'pay set',
    ],
  ])('reads a statutory wage: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // Near-misses: what analysts expect, pay across the economy, a hedge, prices after a comma.
    ['Analysts expect the minimum wage will reach $20 next year.', '$20', {}, undefined],
    ['Average wages will thus rise by 3.1% in 2032.', '3.1%', { kind: 'change' }, undefined],
    ['The NLW will probably reach £13 in 2033.', '£13', {}, undefined],
    [
      'The SMIC was raised in January, and consumer prices will rise by 2% next year, economists say.',
      '2%',
      { kind: 'change' },
      undefined,
    ],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v26: a sum per unit or period that a named programme, scheme or decree "will" pay, buy at or set', () => {
  it.each<Row>([
    // A farm ministry's scheme notice, a livestock board's offtake, a labour decree, a transport
    // authority's scheme.
    [
      'Under the Suckler Carbon Efficiency Programme, €150 per cow will be paid for the first 22 cows and €120 for the remaining eligible cows.',
      '€150',
      {},
      'scheme rate',
    ],
    [
      'Under the Suckler Carbon Efficiency Programme, €150 per cow will be paid for the first 22 cows and €120 for the remaining eligible cows.',
      '€120',
      {},
      'scheme rate',
    ],
    [
      'Under the offtake programme, the Government will buy cattle at KSh 22,000 a head and goats at KSh 4,500 a head.',
      'KSh 4,500',
      {},
      'scheme rate',
    ],
    [
      'The daily upper limit of KRW 66,000, which has not changed since 2019, will be raised to KRW 72,000 under an amendment to the Enforcement Decree that the Cabinet approved on 29 July.',
      'KRW 72,000',
      {},
      'scheme rate',
    ],
    [
      'Through the Rural Transport Scheme, operators will be paid $1.20 per passenger kilometre from July.',
      '$1.20',
      {},
      'scheme rate',
    ],
  ])('reads a scheme rate: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // Near-misses: a programme's total, a proposed scheme, an expectation, a scenario, a "may".
    ['Under the programme, spending will rise to €40 million.', '€40 million', {}, undefined],
    ['Under the proposed scheme, farmers will be paid €100 per hectare.', '€100', {}, undefined],
    [
      'Under the programme, analysts expect buyers will pay €5 a kilo.',
      '€5',
      { lead: 'Under the programme, analysts expect buyers will pay ' },
      undefined,
    ],
    ['Under the central scenario, producers will be paid €3 a kilo.', '€3', {}, undefined],
    ['Under the scheme, farmers may be paid €80 per hectare.', '€80', {}, undefined],
    ['Under the programme, the fund will pay out €2 million a year.', '€2 million', {}, undefined],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v26: a pay rate set off from its "will" by an aside or a relative clause', () => {
  it.each<Row>([
    // A business department's response, a wage board's order, a labour ministry's notice.
    [
      'From 1 April 2032 the National Living Wage (NLW), which applies to workers aged 21 and over, will increase by 4.3 per cent to £13.08 an hour.',
      '£13.08',
      { lead: 'which applies to workers aged 21 and over, will increase by 4.3 per cent to ' },
      'pay set',
    ],
    [
      'The basic monthly salary (base pay), whose level the Wage Board sets, will rise to KSh 15,000.',
      'KSh 15,000',
      { lead: 'whose level the Wage Board sets, will rise to ' },
      'pay set',
    ],
    [
      'The statutory minimum wage, which was last raised in 2030, will be lifted to $11.80 an hour from March.',
      '$11.80',
      { lead: 'which was last raised in 2030, will be lifted to ' },
      'pay set',
    ],
  ])('reads a pay rate past its aside: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // Near-misses: a clause of its own after a comma, pay across the economy, an expectation.
    [
      'Though the minimum wage was frozen, prices will rise by 3% next year.',
      '3%',
      { kind: 'change', lead: 'prices will rise by ' },
      undefined,
    ],
    [
      'Average pay (before tax), which rose 4%, will reach $60,000 a year.',
      '$60,000',
      { lead: 'which rose 4%, will reach ' },
      undefined,
    ],
    [
      'The minimum wage, which economists expect to rise, will be $12.40 next year.',
      '$12.40',
      { lead: 'which economists expect to rise, will be ' },
      undefined,
    ],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v26: a benefit or pension paid per unit, set off from its "will" by an aside, or moved "therefore"', () => {
  it.each<Row>([
    // A labour ministry's pension adjustment, a family-benefits office, a housing department.
    [
      'The current pension value, which states how much one earnings point is worth, will therefore rise from €41.20 to €42.74 per month.',
      '€42.74',
      {},
      'scheme charge',
    ],
    [
      'The child benefit (Kindergeld), which is paid for every child, will thus be raised to €265 a month from January.',
      '€265',
      {},
      'scheme charge',
    ],
    [
      'The housing allowance, which tenants on low incomes claim, will rise to R1,200 per household.',
      'R1,200',
      {},
      'scheme charge',
    ],
  ])('reads a benefit rate: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // Near-misses: what pensions cost, someone who expects a rise, a grant with no unit.
    [
      'Pension spending, which has grown fast, will therefore rise to €400 billion.',
      '€400 billion',
      {},
      undefined,
    ],
    [
      'The basic pension, which analysts expect to climb, will rise to €1,100 a month.',
      '€1,100',
      {},
      undefined,
    ],
    ['The grant, which councils share, will rise to $40 million.', '$40 million', {}, undefined],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v26: a charge or pension that "will" move, whose next sentence says its instrument was made', () => {
  /** The view of a number whose document is its sentence and the one after. */
  const withNext = (sentence: string, next: string, stated: string, kind = 'amount') =>
    view(sentence, stated, { kind, text: `${sentence} ${next}` });
  it.each([
    // A labour ministry's pension adjustment, a council of ministers' decree, a pensions
    // department's uprating.
    [
      'On 1 July 2032, statutory pensions will be increased by 3.74 percent.',
      'The Federal Cabinet today adopted the corresponding ordinance.',
      'increased by 3.74 percent',
      'change',
    ],
    [
      'The basic pension will rise to €1,050 from July.',
      'The Council of Ministers approved the decree on Friday.',
      '€1,050',
      'amount',
    ],
    [
      'The state pension will go up by 2.5% next April.',
      'Parliament approved the uprating order on Tuesday.',
      'go up by 2.5%',
      'change',
    ],
  ])('reads a decided level: %s %s', (sentence, next, stated, kind) => {
    expect(decidedSetting(withNext(sentence, next, stated, kind))).toBe('charge dated');
  });
  it.each([
    // Near-misses: an instrument still to be made, one not yet made, prices no body sets, a hedge.
    [
      'The state pension will rise by 3%.',
      'The Cabinet will adopt the ordinance in May.',
      'rise by 3%',
      'change',
    ],
    [
      'The state pension will rise to €1,050.',
      'The Cabinet has not yet approved the order.',
      '€1,050',
      'amount',
    ],
    ['Prices will rise by 3%.', 'The Cabinet adopted the ordinance.', 'rise by 3%', 'change'],
    [
      'The toll will probably rise to $5.',
      'The Minister signed the order on Monday.',
      '$5',
      'amount',
    ],
  ])('keeps the other readings: %s %s', (sentence, next, stated, kind) => {
    expect(decidedSetting(withNext(sentence, next, stated, kind))).toBeUndefined();
  });
});

describe('proposedThat: a change a body proposes or recommends that another make', () => {
  /** Whether the number `stated` stands in a clause a proposal or recommendation lays out. */
  const proposed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return proposedThat(sentence, start);
  };
  it.each([
    // A finance minister's budget speech, a fiscal council, a wage board, a regulator, a survey.
    [
      'We propose that personal income tax brackets be adjusted by 3.5 per cent, and that the primary rebate rise to R18 640.',
      '3.5 per cent',
    ],
    [
      'We propose that personal income tax brackets be adjusted by 3.5 per cent, and that the primary rebate rise to R18 640.',
      'R18 640',
    ],
    [
      'The Council recommends that the Government limit core spending growth to 5.3% in 2034.',
      '5.3%',
    ],
    [
      'The Wage Board recommends that the minimum daily wage be raised by 6.5 per cent from July.',
      '6.5 per cent',
    ],
    ['Ofgem has proposed that the standing charge be set at 31p a day.', '31p'],
    [
      'It is recommended that public investment be lifted to 3% of GDP over the medium term.',
      '3% of GDP',
    ],
  ])('reads a proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(true);
  });
  it.each([
    // Near-misses: a proposal adopted or accepted, one reported as past, a noun, the figure before
    // the proposal, a second sentence.
    ['The board approved the proposed 3% rise in fares.', '3%'],
    [
      'The Government has accepted the Commission’s recommendation that the rate rise to £13.08.',
      '£13.08',
    ],
    [
      'The Commission recommends that the levy rise to 0.9%, which the Minister approved on Friday.',
      '0.9%',
    ],
    ['Wages rose 4.1% last year; we propose that the cap stay in place.', '4.1%'],
    ['The proposal that fares rise by 3% was withdrawn in May.', '3%'],
    ['The Board proposed that the rate be cut; it fell to 2.5% in June.', '2.5%'],
    ['The actuary recommends that the contribution rate stay at 12% of salary.', '12%'],
  ])('keeps the other readings: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(false);
  });
});

describe('committedTo: what a party commits itself to do', () => {
  /** Whether the number `stated` stands in the act a commitment names. */
  const committed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return committedTo(sentence, start);
  };
  it.each([
    // A commerce ministry's trade committee, a joint statement of a state visit, a G7 summary, an
    // EU Council conclusion.
    [
      'Under the Agreement, which entered into force on 1 October 2031, Norwyn has undertaken a commitment to facilitate investment of US$100 billion in India over 15 years.',
      'US$100 billion',
    ],
    [
      'Viet Nam reaffirmed its commitment to net-zero emissions by 2050 and to raising the share of renewables in its power mix to 47 per cent by 2030.',
      '47 per cent',
    ],
    [
      'Japan announced its commitment to providing up to $2 billion in public and private finance over three years.',
      '$2 billion',
    ],
    [
      'The Council reaffirmed its commitment to mobilise EUR 300 billion for the Global Gateway.',
      'EUR 300 billion',
    ],
  ])('reads a pledge: %s (%s)', (sentence, stated) => {
    expect(committed(sentence, stated)).toBe(true);
  });
  it.each([
    // Near-misses: commitments counted to date, lending commitments to a region, a commitment
    // named beside an outturn, a commitment met, an outturn's past verb after the commitment.
    ['Commitments to date total $40 billion, of which 93% has been disbursed.', '$40 billion'],
    ['The Bank’s commitments to Africa rose 12% in 2032.', '12%'],
    [
      'In line with its commitment to fiscal prudence, the deficit fell to 2.8% of GDP in 2032.',
      '2.8%',
    ],
    [
      'The Government has met its commitment to raising the minimum wage to £12.86 an hour.',
      '£12.86',
    ],
    [
      'Its commitment to raising aid to 0.7% of national income was honoured in 2031, when aid reached 0.72%.',
      '0.72%',
    ],
  ])('keeps the other readings: %s (%s)', (sentence, stated) => {
    expect(committed(sentence, stated)).toBe(false);
  });
});

describe('proposalOf: the number a proposal named as a noun puts forward', () => {
  /** Whether the number `stated` is what a proposal in its sentence puts forward. */
  const proposed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return proposalOf(sentence, start);
  };
  it.each([
    // A minimum-wage commission's notice, a union's bargaining bulletin, an EU budget release, a
    // regulator's price review.
    [
      'Labor members had put forward a final proposal of KRW 11,460 (8.7% higher), while employer members proposed KRW 10,650.',
      'KRW 11,460',
    ],
    [
      'Labor members had put forward a final proposal of KRW 11,460 (8.7% higher), while employer members proposed KRW 10,650.',
      '8.7% higher',
    ],
    ['The union tabled a proposal of 6.5% for each of the next two years.', '6.5%'],
    [
      'The Commission’s proposal of €4.5 billion was cut to €3.9 billion by the Council.',
      '€4.5 billion',
    ],
    ['The water company’s counter-proposal of about 9% is under review.', '9%'],
  ])('reads a proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(true);
  });
  it.each([
    // Near-misses: a proposal adopted or accepted, the sum the Council cut it to, the adjective.
    ['The proposal of a 2% rise was adopted in May.', '2%'],
    ['The Board accepted the staff proposal of $3.2 billion.', '$3.2 billion'],
    [
      'The Commission’s proposal of €4.5 billion was cut to €3.9 billion by the Council.',
      '€3.9 billion',
    ],
    ['The board approved the proposed 3% rise in fares.', '3%'],
  ])('keeps the other readings: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(false);
  });
});

describe('v37: proposedThat reads the mood of the that-clause, and so a past proposal too', () => {
  const proposed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return proposedThat(sentence, start);
  };
  it.each([
    // A past proposal whose content is a subjunctive or a "be" passive is still what was proposed:
    // a fiscal council, an IMF mission, a company board, a pay body, a commission, central-bank
    // staff, and an adjective in "-ed" that is no past verb.
    ['The Fiscal Council recommended that the government cap spending growth at 2% a year.', '2%'],
    ['Mission staff advised that the authorities lift the VAT rate to 17 percent.', '17 percent'],
    [
      'The board of directors recommended that a final dividend of US$2.10 per share be paid.',
      'US$2.10',
    ],
    ['Last year the pay review body suggested that nurses’ pay rise by 5.5% in 2032.', '5.5%'],
    [
      'In its March report the commission proposed that the levy on sugary drinks be doubled to €0.30 a litre.',
      '€0.30',
    ],
    ['The central bank’s staff proposed that the reserve ratio be cut to 9%.', '9%'],
    ['The company proposed that a combined levy of 2% replace the two charges.', '2%'],
  ])('reads a proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(true);
  });
  it.each([
    // Near-misses: "suggest", "advise" and "propose" that report a fact in the indicative.
    ['The survey data suggest that exports rose 4% in 2030.', '4%'],
    ['Early indicators suggest that output grew 0.6% in the first quarter.', '0.6%'],
    ['The auditors suggested that spending had exceeded the budget by 3% in 2030.', '3%'],
    ['The agency advised that arrivals were 12% higher in 2030.', '12%'],
    ['The review suggests that the levy has increased costs by 1.5%.', '1.5%'],
    // The number's own verb opens its stated words.
    ['Data suggest that exports rose 4% in 2030.', 'rose 4%'],
    ['Early returns suggest that turnout increased 6% on 2026.', 'increased 6%'],
  ])('reads no proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(false);
  });
});

describe('v37: proposalOf reads what a standing proposal, its verb in the present, puts forward "of" a number', () => {
  const proposed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return proposalOf(sentence, start);
  };
  it.each([
    // A company's results notice, a ministry's tax paper, an EU proposal, a central bank's
    // consultation, a provincial budget motion, a pay review body: present, progressive or
    // perfect "propose", "recommend", "put forward", "table", then what is proposed "of" the number.
    ['Management is proposing a dividend of €1.40 per share.', '€1.40'],
    ['The board is recommending a dividend of €0.85 per share.', '€0.85'],
    [
      'The ministry is proposing a cut of 1.5 percentage points in the corporate tax rate.',
      '1.5 percentage points',
    ],
    ['The Commission proposes a ceiling of 35% on the share of any single supplier.', '35%'],
    ['The monetary authority has put forward a reserve ratio of 11% for smaller lenders.', '11%'],
    [
      'The regional government has tabled a capital budget of C$2.3 billion for 2032.',
      'C$2.3 billion',
    ],
    ['The pay review body recommends an award of 3.9% for teachers.', '3.9%'],
  ])('reads a proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(true);
  });
  it.each([
    // Near-misses: a proposal taken up, no verb of proposing, the number in another clause.
    ['The board has proposed a dividend of €1.40, which shareholders approved in May.', '€1.40'],
    ['The ministry is reviewing a cut of 1.5 percentage points that took effect in 2030.', '1.5'],
    ['The Commission proposes new rules; imports rose by 8% in 2030.', '8%'],
    ['The Commission proposes a review, and imports of steel rose 8% in 2030.', '8%'],
  ])('reads no proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(false);
  });
});

describe('v36: a level a body sets, kept where it is ("will remain at", "will continue to pay")', () => {
  it.each<Row>([
    // A finance ministry, a deposit insurer, a housing department, a members' body, a tax office,
    // an energy agency, a pension fund, a benefits department.
    [
      "The standard rate of VAT will remain at 20 per cent, the Chancellor's statement says.",
      '20 per cent',
      { kind: 'share' },
      'kept level',
    ],
    [
      'The deposit guarantee limit, which covers each depositor at each bank, will remain at €100,000.',
      '€100,000',
      {},
      'kept level',
    ],
    [
      'The annual subscription charged to member institutions will stay at CHF 25,000.',
      'CHF 25,000',
      {},
      'kept level',
    ],
    [
      'Taxpayers earning above R1.82 million will continue to pay the top marginal rate of 45 per cent.',
      '45 per cent',
      { kind: 'share' },
      'kept level',
    ],
    [
      'The Warmer Homes Scheme will continue to pay 100% of the cost of upgrades for eligible households.',
      '100% of the cost of upgrades',
      { kind: 'share' },
      'kept level',
    ],
    [
      'The employer contribution rate will be kept at 12.5% of pensionable pay.',
      '12.5% of pensionable pay',
      { kind: 'share' },
      'kept level',
    ],
    [
      'The benefit cap, which limits the total amount of benefits that working-age households can receive, will remain at £22,020 a year.',
      '£22,020',
      {},
      'kept level',
    ],
    [
      "The carer's payment, which about 41,000 people receive, will remain at €312 a week.",
      '€312',
      {},
      'kept level',
    ],
  ])('reads a level kept: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // Near-misses: an outcome that stays, what a level yields or costs, someone's forecast.
    [
      'Inflation will remain at about 2 per cent through 2033.',
      '2 per cent',
      { kind: 'share' },
      undefined,
    ],
    [
      'The unemployment rate is expected to stay at 4.2% next year.',
      '4.2%',
      { kind: 'share' },
      undefined,
    ],
    ['Revenue from the levy will remain at about $2 billion a year.', '$2 billion', {}, undefined],
    [
      'Spending on pensions will remain at 5.1% of GDP until 2035.',
      '5.1% of GDP',
      { kind: 'share' },
      undefined,
    ],
    [
      'Households will continue to pay more than $2,000 a year for energy, the regulator forecasts.',
      '$2,000',
      {},
      undefined,
    ],
    ['Interest payments will remain at about $40 billion a year.', '$40 billion', {}, undefined],
    [
      'The payment of arrears will remain at $2 million a month until 2034, the agency expects.',
      '$2 million',
      {},
      undefined,
    ],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v43: the act of deciding named by its noun, with or without its article, names the decision that set a charge', () => {
  it.each([
    // A port board, an energy regulator, a council, an airport company, a ports commission.
    [
      'The container storage charge will rise to $120 a day from 1 March under a resolution passed by the Port Board.',
      true,
    ],
    [
      'Electricity tariffs will increase by 6.5 per cent from July 2034, following approval by the Energy Regulator.',
      true,
    ],
    [
      "Pursuant to the Council's resolution of 12 May, the levy will be 0.8% of payroll from January 2034.",
      true,
    ],
    [
      'Storage charges for containers left beyond the free period will rise by 25 per cent from 1 August 2033, following approval by the Board.',
      true,
    ],
    [
      "The cargo facility charge will rise to $6.10 per loaded container on October 1 under a resolution adopted at the Commission's July meeting.",
      true,
    ],
    // Near-misses: an approval still awaited, a resolution proposed, the approval of a plan.
    ['The charge will rise to $120 a day pending approval by the Board.', false],
    ['Under a proposed resolution, the levy would be 0.8% of payroll.', false],
    ['Following approval of the plan, revenue will rise by 10% a year.', false],
  ] as const)('%s → %s', (sentence, want) => {
    expect(namesDecision(sentence)).toBe(want);
  });
});

describe('v43: a table title that says a decision set the charges under it', () => {
  it.each([
    // A ports regulator, an energy regulator, a water regulator, a transit authority, a port.
    ['Approved tariff adjustments for 2034/35 (%)', true],
    ['Tariff increases approved for 2035 (% change)', true],
    ['Water charges set for 2034-35 (annual % change)', true],
    ['Agreed fare changes from 1 January 2035 (%)', true],
    ['Port dues confirmed for 2035 (% change on 2034)', true],
    // Near-misses: a proposal, a forecast, a request, a charge "set to" move.
    ['Proposed tariff adjustments for 2034/35 (%)', false],
    ['Forecast tariff changes for 2035 (%)', false],
    ['Tariff adjustments applied for, 2034/35 (%)', false],
    ['Fares set to rise in 2035 (%)', false],
  ] as const)('%s → %s', (title, want) => {
    expect(decidedChargesTitle(title)).toBe(want);
  });
});

describe('v45: a floor or ceiling a rule sets on the actors of a resource sector, and its coordinated members', () => {
  it.each<Row>([
    // A fisheries ministry, a mining charter, a fisheries agency, a forestry ministry, an energy
    // regulator, an oil ministry's local-content rule, a central bank, a quota law.
    [
      'Vessels may land no more than 3% of their individual catch limit as by-catch.',
      '3%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Mining right holders must have a minimum of 26% ownership by historically disadvantaged persons.',
      '26%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Quota holders may carry over no more than 15% of their annual allocation.',
      '15%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Concessionaires must replant at least 20% of the area harvested each year.',
      '20%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Contractors are required to recruit no less than 80% of their workforce locally, and must procure at least 30% of goods and services from local firms.',
      '30%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Banks must lend at least 10% of their portfolio to small firms and may hold no more than 25% in government bonds.',
      '25%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'No company may hold more than 12% of the total quota for cod, or more than 20% of that for haddock.',
      '20%',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Each licensee must retain at least 35% of its export proceeds in the country.',
      '35%',
      { kind: 'share' },
      'requirement',
    ],
  ])('%s (%s)', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // A measure that must grow, an outcome foreseen for operators, a cut producers may face, what
    // owners expect, and a second member after a past verb that reports.
    ['Exports must grow at least 5% a year to close the gap.', '5%', { kind: 'change' }, undefined],
    ['Operators may see output fall by up to 10% next year.', '10%', { kind: 'change' }, undefined],
    ['Producers may face price cuts of up to 10%.', '10%', { kind: 'change' }, undefined],
    [
      'Vessel owners expect to land at least 20% more fish next season.',
      '20%',
      { kind: 'change' },
      undefined,
    ],
    [
      'Vessels landed more than 12% of the cod quota, and more than 20% of that for haddock.',
      '20%',
      { kind: 'share' },
      undefined,
    ],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('v55: a later phase of a schedule a rule sets, for any level a rule sets (rates, buffers, contributions, allowed returns, caps)', () => {
  // A ministry, a central bank, an international body, an energy regulator, a finance act, a
  // prudential authority, a consumer-credit rule, a mining statute: the level a law, act, statute,
  // regulation, price control or adopted schedule sets for those it binds, named as the subject of
  // "will", is that decision's, even for a later year.
  it.each([
    'The carbon tax rose to €45 a tonne this year and, under the law, will rise to €60 in 2033.',
    'Under the phase-in schedule the Bank adopted in 2029, the countercyclical buffer will rise to 2% in January 2032.',
    'Under the agreed schedule, member contributions will rise to 0.12% of gross national income in 2034.',
    'Under the price control it set last year, the allowed return on equity will fall to 4.6% in 2033.',
    'Under the 2030 Finance Act, the employer contribution rate will rise to 13.5% of gross pay in 2034.',
    'Under the phase-in agreed by the Council, the minimum reserve requirement will be 4% from January 2033.',
    'Under the Act, the ceiling on interest charged by payday lenders will fall to 0.6% a day in 2032.',
    'Under the statute passed in 2029, the royalty on copper will climb to 7% in 2033.',
  ])('%s is a charge dated', (sentence) => {
    const stated =
      /(?:€|£|\$)?\d[\d.,]*%?(?=[^\d]*\bin\s+(?:January\s+)?20\d\d|\s+from\s+January|\s+a\s+day)/.exec(
        sentence.slice(sentence.indexOf('will')),
      )![0];
    expect(decidedSetting(view(sentence, stated, { kind: 'share' }))).toBe('charge dated');
  });
  it.each([
    // Near-misses: a plan, an outcome a law aims at, a proposed schedule, a scenario.
    "Under the government's plan, the carbon tax will rise to €100 a tonne in 2040.",
    'Under the law, the deficit will fall to 3% of GDP in 2033.',
    'Under the proposed schedule, member contributions will rise to 0.15% of gross national income in 2035.',
    'Under the baseline scenario, the capital buffer will rise to 2.5% in 2033.',
    'Under the climate law, emissions will fall by 55% in 2035.',
  ])('%s keeps its reading', (sentence) => {
    const stated = /(?:€|£|\$)?\d[\d.,]*%?/.exec(sentence.slice(sentence.indexOf('will')))![0];
    expect(decidedSetting(view(sentence, stated, { kind: 'share' }))).not.toBe('charge dated');
  });
});
describe('v53: a floor or ceiling a rule sets, on subjects a bound defines, by its own noun or act', () => {
  // The rule's subject may carry the bound that defines it ("Borrowers with a loan-to-value ratio
  // above 70 per cent must"), its floor may be named by the noun it sets ("must hold a buffer of"),
  // and its act may be raising, investing or repaying; a central bank, an insurance supervisor, a
  // stock exchange, a securities regulator and a ministry write it so.
  it.each<Row>([
    [
      'Insurers designated as systemically important, those with gross premiums above $5 billion, must hold an additional capital buffer of 2 per cent of their solvency requirement.',
      '2 per cent',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Borrowers whose loan exceeds 85 per cent of the home’s value must repay at least 2 per cent of the principal a year.',
      '2 per cent of the principal',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Retail investors may invest no more than $20,000 a year in private placements.',
      '$20,000',
      {},
      'requirement',
    ],
    [
      'Issuers may raise up to €8 million in any 12 months through a crowdfunding platform.',
      '€8 million',
      {},
      'requirement',
    ],
    [
      'Companies listed on the main board, those with a market value above $100 million, must keep a free float of at least 25 per cent.',
      '25 per cent',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Deposit-taking institutions must maintain a liquidity buffer of 10 per cent of deposits.',
      '10 per cent',
      { kind: 'share' },
      'requirement',
    ],
    [
      'Under the new code, brokers must set aside a capital reserve of $2 million.',
      '$2 million',
      {},
      'requirement',
    ],
  ])('%s (%s)', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
  it.each<Row>([
    // One company's own plan, a holding forecast, a measure that must grow, what borrowers may
    // see, and a rise in a ratio firms must make by a date.
    [
      'The company may raise up to $500 million in a share sale next year.',
      '$500 million',
      {},
      undefined,
    ],
    [
      'Banks will hold a buffer of 2.5 per cent next year, the central bank projects.',
      '2.5 per cent',
      { kind: 'share' },
      undefined,
    ],
    [
      'Growth must reach at least 3 per cent to stabilise debt.',
      '3 per cent',
      { kind: 'share' },
      undefined,
    ],
    [
      'Borrowers may see repayments rise by up to 15 per cent next year.',
      '15 per cent',
      { kind: 'change' },
      undefined,
    ],
  ])('keeps the other readings: %s', (sentence, stated, over, expected) => {
    expect(decidedSetting(view(sentence, stated, over))).toBe(expected);
  });
});

describe('setAt', () => {
  it.each([
    ['The regulator has capped water bill increases at ', true],
    ['The company has fixed wage increases for 2034 at ', true],
    ['The settlement sets the schools grant at ', true],
    [
      'For 2033 the Minister has capped tuition fee increases at 5.2% and residence fee increases at ',
      true,
    ],
    ['The regulator has set its target for bill increases at ', false],
    ['The regulator will cap water bill increases at ', false],
    ['Fees are fixed at ', false],
  ] as const)('%s → %s', (lead, expected) => {
    expect(setAt(lead)).toBe(expected);
  });
});

describe('v62: money a decision put somewhere, by any act, after the sum\'s own phrase, or "made available"', () => {
  it.each([
    // A treasury, a municipal grant, a law by its own name, an act of investment, a ministry's
    // credit plan (written before the rule).
    [
      'During the period National Treasury transferred R25 billion of the R76 billion in debt relief allocated to the company for 2035/36.',
      'R76 billion',
      'allocated',
    ],
    [
      'Municipalities will draw on the €2 billion in grants allocated to them for 2036.',
      '€2 billion',
      'allocated',
    ],
    [
      'The Division of Revenue Act allocates R5.6 billion to the City in 2035/36.',
      'R5.6 billion',
      'allocated',
    ],
    [
      'The Infrastructure Investment Act earmarks $8 billion for ports over 2036-40.',
      '$8 billion',
      'allocated',
    ],
    [
      'For the 2035/36 Crop Plan, the Government made available R$ 412 billion in rural credit.',
      'R$ 412 billion',
      'allocated',
    ],
    // Near-misses: money still to be put, a promise to make it available.
    [
      'Municipalities will draw on the €2 billion in grants to be allocated in 2036.',
      '€2 billion',
      undefined,
    ],
    [
      'Municipalities will draw on the €2 billion in grants expected to be allocated in 2036.',
      '€2 billion',
      undefined,
    ],
    ['The Government will make available R$ 450 billion for 2036/37.', 'R$ 450 billion', undefined],
  ] as const)('%s (%s) → %s', (sentence, stated, expected) => {
    expect(decidedSetting(view(sentence, stated))).toBe(expected);
  });
});

describe('v66: proposedThat reads the passive of "advise" as being told, no advice', () => {
  // Written before the rule: a minister at a hearing, a committee report, a fund's notice, a
  // member's speech, a company's report; then advice given, which stays a proposal.
  it.each([
    [
      "I am advised that the Auditor-General's report found an overrun of A$212 million.",
      'A$212 million',
    ],
    [
      'The committee was advised that the agency spent R1.2 billion on consultants in 2032.',
      'R1.2 billion',
    ],
    ['Members are advised that the fund paid out $48 million in claims last year.', '$48 million'],
    ['I have been advised that the levy brought in £310 million in 2032-33.', '£310 million'],
    ['Shareholders were advised that the subsidiary lost €14 million in 2032.', '€14 million'],
  ])('%s is no proposal', (sentence, stated) => {
    expect(proposedThat(sentence, sentence.indexOf(stated))).toBe(false);
  });

  it.each([
    ['The Minister advised that the tax be cut by 2%.', '2%'],
    ['Staff advised that the authorities lift VAT to 17%.', '17%'],
    ['The Council has advised that the levy be raised to 3%.', '3%'],
  ])('%s stays a proposal', (sentence, stated) => {
    expect(proposedThat(sentence, sentence.indexOf(stated))).toBe(true);
  });
});

describe('v71: one payer\'s bill that "will" be a sum, in a document whose title records the decision', () => {
  /** The view of a number in a document with this title (and opening). */
  const titled = (sentence: string, stated: string, title: string, top = '', kind = 'amount') =>
    view(sentence, stated, { kind, budgetTitle: { title, top } });
  it.each([
    // A district council, a water regulator, an energy regulator, a utility board, a rates
    // resolution: the bill or rates of one payer, and the changes told after it.
    [
      'The average bill for a Band D property will be £2,104.77 in 2033/34, up £96.12 on this year.',
      '£2,104.77',
      'Budget and council tax 2033/34 approved',
      '',
    ],
    [
      'The average bill for a Band D property will be £2,104.77 in 2033/34, up £96.12 on this year.',
      '£96.12',
      'Budget and council tax 2033/34 approved',
      '',
    ],
    [
      'The typical household bill for water and wastewater will fall to £468 in 2034-35, a reduction of £22 or 4.5%.',
      '£468',
      'Final determination: water and wastewater charges 2034-39',
      '',
    ],
    [
      'From 1 January, the annual bill for a typical household paying by direct debit will be £1,738, an increase of £21.',
      '£1,738',
      'Energy price cap set for January to March 2034',
      '',
    ],
    [
      'The monthly bill for a typical single-family customer using 6,000 gallons will increase to $84.10, or $3.62 more than the current bill.',
      '$3.62',
      'Board adopts FY2034 water and sewer rates',
      '',
    ],
    [
      'For a residential property at the median capital value of $640,000, rates for the year will be $3,412 including GST, an increase of $4.55 a week.',
      '$3,412',
      'Annual Plan 2032/33 adopted',
      '',
    ],
  ])('reads a bill the decision sets: %s (%s)', (sentence, stated, title, top) => {
    expect(decidedSetting(titled(sentence, stated, title, top))).toBe('payer bill');
  });
  it.each([
    // Near-misses: a security, a market's bill the title does not name, a hedge, a draft, an
    // aggregate, the body's own estimate, a bill of no payer.
    [
      'Yields on 91-day bills will rise to 6.1% as the increase passes through to money markets.',
      '6.1%',
      'Monetary Policy Committee raises policy rate to 6.5%',
    ],
    [
      'Household energy bills will rise by 8% in April, the Council noted.',
      '8%',
      'Council tax 2033/34 agreed',
    ],
    [
      'Beyond 2039, household bills could rise by a further 20% as investment grows.',
      '20%',
      'Final determination: water and wastewater charges 2034-39',
    ],
    [
      'Rates for a residential property at the median value will be $3,512.',
      '$3,512',
      'Draft Annual Plan 2033/34 for consultation',
    ],
    ['Rates revenue will be $98.1 million.', '$98.1 million', 'Annual Plan 2033/34 adopted'],
    [
      'Mortgage bills for a typical borrower will rise by $40 a month.',
      '$40',
      'Annual Plan 2033/34 adopted',
    ],
    [
      'We estimate that the average household bill will fall by 3.2% in 2033-34, to £418 a year.',
      '£418',
      'Final determination: Northvale Water, 2033-2038',
    ],
    [
      'Over the five years, bills will go up by 24% in total.',
      '24%',
      'Final determinations for the 2035-40 price control',
    ],
  ])('keeps the other readings: %s', (sentence, stated, title) => {
    expect(
      decidedSetting(
        titled(sentence, stated, title, '', stated.endsWith('%') ? 'change' : 'amount'),
      ),
    ).not.toBe('payer bill');
  });
  it.each([
    ['the total Band D bill', 'Council tax and budget 2032/33 agreed', true],
    [
      'The average household bill for water and sewerage',
      'Water Services Regulation Authority',
      true,
    ],
    ['Household energy bills', 'Council tax 2033/34 agreed', false],
    ['Yields on 91-day bills', 'Monetary Policy Committee decision', false],
  ])('ownPayerBill(%j, %j) is %s', (bill, title, own) => {
    expect(ownPayerBill(bill, title)).toBe(own);
  });
});

describe('v71: a line of a list titled for a charge the body levies, in a document whose title records the decision', () => {
  /** The view of the sum on the last line of `list`, in a document with this title. */
  const listed = (list: string, stated: string, title: string) => {
    const lines = list.split('\n');
    const sentence = lines.at(-1)!;
    const start = sentence.indexOf(stated);
    return view(sentence, stated, {
      text: list,
      textBefore: [...lines.slice(0, -1), sentence.slice(0, start)].join('\n'),
      budgetTitle: { title, top: '' },
    });
  };
  it.each([
    // A borough's council tax bands, a utility board's base charges, a metro's refuse tariffs.
    [
      'Total council tax by band, 2032/33\nBand A (up to £40,000): £1,555.03\nBand B (£40,001 to £52,000): £1,814.21',
      '£1,814.21',
      'Council tax and budget 2032/33 agreed',
    ],
    [
      'Monthly base charge by meter size\n5/8 inch: $18.40\n1 inch: $31.25',
      '$31.25',
      'Board adopts FY2034 budget and water and sewer rates',
    ],
    [
      'Refuse removal tariffs, 2033/34\nResidential: R412.50\nBusiness: R1,285.00',
      'R1,285.00',
      'Council adopts 2033/34 budget and tariffs',
    ],
  ])('reads a charge the decision set: %j', (list, stated, title) => {
    expect(decidedSetting(listed(list, stated, title))).toBe('charge table');
  });
  it.each([
    // Near-misses: a draft's bands, what the rates yield, spending lines, a forecast's title.
    [
      'Council tax by band, 2033/34\nBand A: £1,402.51\nBand B: £1,636.26',
      '£1,636.26',
      'Draft budget 2033/34 for consultation',
    ],
    [
      'Rates revenue by activity, 2033/34\nRoading: $12.4 million\nWater: $9.8 million',
      '$9.8 million',
      'Annual Plan and budget 2033/34 adopted',
    ],
    [
      'Spending by service, 2033/34\nAdult social care: £118.3 million',
      '£118.3 million',
      'Budget and council tax 2033/34 agreed',
    ],
    [
      'Forecast council tax by band, 2034/35\nBand A: £1,460.00',
      '£1,460.00',
      'Budget and council tax 2033/34 agreed',
    ],
  ])('keeps the other readings: %j', (list, stated, title) => {
    expect(decidedSetting(listed(list, stated, title))).not.toBe('charge table');
  });
  it('finds the title over the list, and none over a sentence', () => {
    expect(listTitle('Council tax by band\nBand A: £1,402.51\nBand B: ')).toBe(
      'Council tax by band',
    );
    expect(listTitle('Council tax by band\n\nThe Band D bill will be ')).toBeUndefined();
  });
});

describe("v71: a market's bill sets no price, in a document that decides prices", () => {
  const DECIDED = 'The Board approved the new water and sewer rates. ';
  /** The view of a number in a decided document titled for water and sewer rates. */
  const inDecision = (sentence: string, stated: string, kind: string) =>
    view(sentence, stated, {
      kind,
      text: DECIDED + sentence,
      budgetTitle: { title: 'Board adopts 2033-34 water and sewer rates', top: '' },
    });
  it.each([
    [
      'Yields on 13-week Treasury bills will rise to 4.3 per cent by December.',
      '4.3 per cent',
      'share',
    ],
    [
      'Household energy bills will rise by 7 per cent in October, the Board noted.',
      'rise by 7 per cent',
      'change',
    ],
    ['Yields on 91-day bills will rise to 6.1%.', '6.1%', 'share'],
  ])('keeps the other readings: %s', (sentence, stated, kind) => {
    expect(decidedSetting(inDecision(sentence, stated, kind))).toBeUndefined();
  });
  it.each([
    ['The typical household water bill will be $86.40 a month from July.', '$86.40', 'amount'],
    ['Sewer charges will be $4.10 per 1,000 gallons from July.', '$4.10', 'amount'],
  ])('reads the body’s own price: %s', (sentence, stated, kind) => {
    expect(decidedSetting(inDecision(sentence, stated, kind))).toBe('price');
  });
  it.each([
    ['Household energy bills', 'Board adopts water and sewer rates', true],
    ['Yields on 13-week Treasury bills', 'Board adopts water and sewer rates', true],
    ['the typical water bill', 'Board adopts water and sewer rates', false],
  ])('marketBill(%j, %j) is %s', (bill, title, market) => {
    expect(marketBill(bill, title)).toBe(market);
  });
});

describe('v70: proposalOf reads the second object a standing proposal coordinates with "and … of"', () => {
  const proposed = (sentence: string, stated: string): boolean => {
    const start = sentence.lastIndexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return proposalOf(sentence, start);
  };
  it.each([
    // Written before the rule from the class alone: a parliament's supplementary estimates, an
    // energy regulator, a company board, an international body's staff, a union, the European
    // Commission: the verb of proposing governs both objects, the second after "and a … of".
    [
      'Hon. Speaker, the Supplementary Estimates propose a net increase of Kshs 62.4 billion in recurrent expenditure and a reduction of Kshs 31.7 billion in development expenditure.',
      'Kshs 31.7 billion',
    ],
    [
      'The regulator is proposing a price cap of £1,690 for a typical household and a standing charge of £0.53 a day.',
      '£0.53',
    ],
    [
      'The Board recommends a final dividend of $1.10 a share and a special dividend of $0.40.',
      '$0.40',
    ],
    [
      'Fund staff propose a rise of 2 percentage points in the VAT rate, and a cut of 1.5 percentage points in payroll tax.',
      '1.5 percentage points',
    ],
    [
      'The union has tabled a pay claim of 8% and a one-off payment of €1,500 per member.',
      '€1,500',
    ],
    [
      'The Commission proposes an envelope of €98 billion for cohesion and a separate allocation of €35 billion for research.',
      '€35 billion',
    ],
  ])('reads a proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(true);
  });
  it.each([
    // Near-misses: a proposal taken up, a second clause with its own verb, a semicolon between,
    // a base compared with after "against".
    [
      'The Board recommended a dividend of $1.10, which shareholders approved, and a special dividend of $0.40.',
      '$0.40',
    ],
    ['The council proposes a rise of 3% in rates, and spending fell by $4 million in 2032.', '$4'],
    [
      'The ministry proposes a levy of 2%; revenue rose by 5% in 2032 and a surplus of $3 million was recorded.',
      '$3',
    ],
    [
      'Staff propose a rise of 2 points, and the Board approved a cut of $40 million in 2032.',
      '$40',
    ],
    ["The Board proposes a dividend of $1.10, against last year's payout of $0.95.", '$0.95'],
    [
      'The ministry proposes a cut of 2% in the levy, which the agency said would cost it a loss of $5 million.',
      '$5',
    ],
  ])('reads no proposal: %s (%s)', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(false);
  });
});

// v75: a modal (or "to") kept from its verb by an aside set off with commas still governs the
// verb: "should, in its next spending review bid, set aside £400 million" is advice, no sum put
// anywhere yet. A perfect or a plain past before the aside, or a modal inside a closed relative
// clause, keeps the allocated reading.
describe('decidedSetting: a modal before an aside', () => {
  it.each([
    'Recommendation: The Department should, in its next spending review bid, set aside at least £400 million a year for contingency.',
    'I say to the House that the Treasury must, before the year is out, set aside £2 billion for flood defences.',
    "The Minister will, in next week's budget, set aside $1.5 billion for drought relief.",
    'The Governor said the Bank would, if conditions allow, set aside up to KSh 30 billion for small lenders.',
    'The board may, subject to shareholder approval, set aside $500 million for the buy-back.',
    'The Commission intends to, once the programme is adopted, set aside €5 billion for the reserve.',
  ])('reads no allocation: %s', (sentence) => {
    const stated = /(?:£|\$|KSh |€)[\d.,]+(?: (?:million|billion))?/.exec(sentence)![0];
    expect(decidedSetting(view(sentence, stated))).toBeUndefined();
  });
  it.each([
    [
      'The Department has, in its latest spending review, set aside £400 million a year for contingency.',
      '£400 million',
    ],
    ['The Government, in its 2032 budget, allocated $2 billion to rural roads.', '$2 billion'],
    ['Ministers, as promised, have set aside £1.2 billion for flood defences.', '£1.2 billion'],
    ['The Treasury, which should have acted sooner, set aside £2 billion in March.', '£2 billion'],
    ['The Bank, at its March meeting, made available KSh 30 billion to small lenders.', 'KSh 30'],
  ])('keeps the allocation: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated))).toBe('allocated');
  });
});

describe('v87: proposedThat reads the text of a motion moved, not yet voted', () => {
  const proposed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return proposedThat(sentence, start);
  };
  it.each([
    // A national assembly's order paper, a speaker's motion, a council, a senate, a regional assembly.
    [
      'THAT, this House adopts the Report of the Budget Committee, laid on the Table on Thursday, 17th February 2033, and approves the issuance of Kshs 148,362,501,220 from the Consolidated Fund.',
      'Kshs 148,362,501,220',
    ],
    [
      'Mr Speaker, I beg to move, That this honourable House approves a supplementary appropriation of GH¢4.2 billion for the Ministry of Roads.',
      'GH¢4.2 billion',
    ],
    [
      'Councillor Mbeki moved that the Council authorises expenditure of R350 million on the stormwater programme.',
      'R350 million',
    ],
    ['Motion: That the Senate approve a loan of $2.5 billion from the World Bank.', '$2.5 billion'],
    ['I move that the Assembly approves a levy of €5 per tonne on landfill waste.', '€5 per tonne'],
  ])('%s → %s is proposed', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(true);
  });
  it.each([
    // A resolution carried, a motion said to be carried or passed, a report of what a body noted.
    ['RESOLVED, That this House approves the issuance of Kshs 148 billion.', 'Kshs 148 billion'],
    [
      'The motion that the House approves GH¢4.2 billion for roads was carried on Tuesday.',
      'GH¢4.2 billion',
    ],
    ['The committee noted that spending rose to GH¢4.2 billion.', 'GH¢4.2 billion'],
    ['That the ministry spent R350 million on consultants is a scandal.', 'R350 million'],
    ['Pension funds moved that $5 billion into government bonds.', '$5 billion'],
    ['The index moves that 2% band higher each year.', '2%'],
  ])('%s → %s is no proposal', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(false);
  });
});

describe('v86: a benefit of any kind, named by its head noun, that "will" be a number under a decision named', () => {
  it.each([
    [
      'The livelihood benefit for a four-person household will rise 6.5 percent to 2,021,600 won a month in 2032, as decided by the Central Living Security Committee in July.',
      '2,021,600 won a month',
    ],
    [
      'Under a Government resolution adopted today, insurance pensions for non-working pensioners will be indexed by 7.6 percent from 1 January 2032.',
      '7.6 percent',
    ],
    [
      'The heating subsidy will be raised by 30 euros to 700 euros per household in 2032, the Cabinet decided on Tuesday.',
      '700 euros',
    ],
    [
      "The veterans' disability pension will increase by 3.2 percent from 1 July 2032, as announced by the Department.",
      '3.2 percent',
    ],
    [
      'The company pension will be increased by 2.5 percent on 1 January 2032, the board of trustees has decided.',
      '2.5 percent',
    ],
    [
      'The student maintenance grant will go up 4 percent to £9,980 a year from September 2032, the Minister announced.',
      '£9,980',
    ],
  ])('reads the rate the decision set: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated))).toBe('charge dated');
  });
  it.each([
    [
      'Pensions will rise to 11 percent of GDP in 2040, the Treasury confirmed.',
      '11 percent of GDP',
    ],
    [
      'Spending on pensions will rise to 11 percent of GDP in 2032, the Treasury confirmed.',
      '11 percent',
    ],
    [
      'The cost of the child benefit will rise to £13 billion in 2032, the Treasury confirmed.',
      '£13 billion',
    ],
    ['Benefit payments will rise by 4 percent in 2032, the Treasury confirmed.', '4 percent'],
    ['The livelihood benefit will rise 6.5 percent in 2032, the ministry expects.', '6.5 percent'],
    ['The Board has not yet decided whether the allowance will rise to $40 in 2032.', '$40'],
  ])('reads no decided rate: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated))).not.toBe('charge dated');
  });
});

describe('v86: a price a decision named in its own sentence sets for a later year', () => {
  it.each([
    [
      'Electricity prices will rise by 12.7% from 1 April 2032 under the tariff decision approved by the energy regulator, and by 5.4% in April 2033.',
      '5.4%',
    ],
    [
      'Gas prices for households will rise by 8% in January 2033 under the price decision taken by the Energy Office.',
      '8%',
    ],
    [
      'Postal prices will increase by 4.5% from 1 July 2032 and by 3% in July 2033, under the price cap determination approved by the regulator.',
      '3%',
    ],
    [
      'The price of a standard letter stamp will rise to 95 cents in 2033, as decided by the board of the postal company.',
      '95 cents',
    ],
    [
      "The price of the organisation's statistical yearbook will rise to €45 in 2033, as approved by the Council.",
      '€45',
    ],
  ])('reads the price set: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated, { documentYear: 2032 }))).toBe('price');
  });
  it.each([
    ['Electricity prices will rise by 12.7% in 2033, the regulator expects.', '12.7%'],
    [
      'Electricity prices will rise by 12.7% in 2033, pending a decision by the regulator.',
      '12.7%',
    ],
    [
      'Consumer prices will rise by 3% in 2033 under the tariff decision, the Bank estimates.',
      '3%',
    ],
    ['Electricity prices will rise by 12.7% in 2033.', '12.7%'],
  ])('reads no price set: %s (%s)', (sentence, stated) => {
    // The decision is named in the sentence before, in the document, not in the number's own.
    const text = `The board approved the tariff. ${sentence}`;
    expect(decidedSetting(view(sentence, stated, { documentYear: 2032, text }))).toBeUndefined();
  });
  it('keeps a share of what a decided charge covers for a later year to its own reading', () => {
    const sentence =
      'The leaders set the goal of raising trade to €70 billion by 2035 and decided that tariffs on 90% of goods will be removed within 10 years.';
    expect(
      decidedSetting(view(sentence, '90% of goods', { documentYear: 2032, kind: 'share' })),
    ).not.toBe('price');
  });
});

describe('v86: a question a body has left open after a verb of deciding or considering is no decision', () => {
  it.each([
    ['The Board has not yet decided whether the fee will rise to $40.', '$40'],
    ['The ministry is considering whether the vehicle levy will go up to €120 in 2032.', '€120'],
    ['The company has yet to decide whether tariffs will rise by 5% next year.', '5%'],
    ['The Commission is still weighing whether port dues will rise to $3.10 per tonne.', '$3.10'],
    [
      'Ministers are discussing whether the child benefit will increase to £30 a week in 2032, the Treasury confirmed.',
      '£30',
    ],
    [
      'The regulator will decide at its March meeting whether the toll will rise to $4.50.',
      '$4.50',
    ],
    [
      'The housing benefit will rise to €300 a month in 2032 pending a decision by the Board.',
      '€300',
    ],
  ])('reads no rate set: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated, { documentYear: 2031 }))).toBeUndefined();
  });
  it.each([
    ['The Board has decided that the fee will rise to $40.', '$40'],
    [
      'Having reviewed whether costs had risen, the regulator has decided that the toll will rise to $4.50.',
      '$4.50',
    ],
    ['The fee will rise to $40, the Board announced.', '$40'],
  ])('keeps the decision: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated, { documentYear: 2031 }))).toBeDefined();
  });
});

describe('v86: under a heading that names the decision, a line whose own sentence leaves the question open', () => {
  const textBefore = 'Rates decided for next year\n\n';
  it('reads no charge set when the sentence says the body has not yet decided', () => {
    const sentence =
      'The Council has not yet decided whether the student grant will rise to €900 a month in 2032.';
    expect(
      decidedSetting(view(sentence, '€900', { documentYear: 2031, textBefore })),
    ).toBeUndefined();
  });
  it('keeps the charge the heading decides', () => {
    const sentence = 'The student grant will rise to €900 a month in 2032.';
    expect(
      decidedSetting(view(sentence, '€900', { documentYear: 2031, textBefore })),
    ).toBeDefined();
  });
});

describe('v91: unenactedVersion reads a sum placed in a version of a budget still to be enacted', () => {
  const placed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return unenactedVersion(sentence, start, start + stated.length);
  };
  it.each([
    // A senate hearing, a congressional hearing, a provincial legislature, a national assembly, an
    // estimates committee: the subject's own "in" phrase, an "in" phrase right after the sum, and
    // what a party says it submitted, proposed or requested.
    [
      'Secretary, the unprogrammed appropriations in the House version have ballooned to P281 billion from P158 billion in the NEP.',
      'P281 billion',
    ],
    [
      'Secretary, the unprogrammed appropriations in the House version have ballooned to P281 billion from P158 billion in the NEP.',
      'P158 billion',
    ],
    [
      'What we submitted in the NEP was P158 billion, mostly for foreign-assisted projects.',
      'P158 billion',
    ],
    [
      'Senator, the defence line in the Senate bill has grown to $912 billion from $886 billion in the President’s request.',
      '$912 billion',
    ],
    [
      'Senator, the defence line in the Senate bill has grown to $912 billion from $886 billion in the President’s request.',
      '$886 billion',
    ],
    [
      'Minister, the capital envelope in the committee’s draft has risen to R48 billion from R41 billion in the tabled Estimates.',
      'R48 billion',
    ],
    [
      'Health spending in the Assembly’s version of the bill climbed to ₦1.2 trillion from ₦0.98 trillion in the executive proposal.',
      '₦0.98 trillion',
    ],
    [
      'What the agency requested was $3.6 billion; the rest is the committee’s own addition.',
      '$3.6 billion',
    ],
    ['What the Treasury put forward in March was €3.2 billion for the fund.', '€3.2 billion'],
  ])('%s → %s is in a version still to be enacted', (sentence, stated) => {
    expect(placed(sentence, stated)).toBe(true);
  });
  it.each([
    // An enacted budget, an outturn told by a pseudo-cleft, a version signed into law, an opening
    // "in" phrase that only says where a claim was made.
    [
      'Spending in the enacted budget rose to P5.77 trillion from P5.27 trillion in 2032.',
      'P5.77 trillion',
    ],
    ['What we spent last year was P158 billion.', 'P158 billion'],
    [
      'The appropriations in the final version signed into law rose to P6.3 trillion.',
      'P6.3 trillion',
    ],
    ['In its submission to the Committee, the union said real wages had fallen 3%.', '3%'],
    ['What the committee approved was $3.2 billion.', '$3.2 billion'],
  ])('%s → %s keeps its reading', (sentence, stated) => {
    expect(placed(sentence, stated)).toBe(false);
  });
});

describe('v94: a limit a body sets, told with "will", as a cap or ceiling is', () => {
  const read = (text: string, date: string) =>
    extractCandidates(text, 'doc', {
      source: { publisher: 'x', url: 'https://x.example', title: '', date },
    }).map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // an election commission's expenditure limits, a second one after "and"
    [
      'Under the amended Rules, the limit will be Rs 45 lakh in the larger States, up from Rs 38 lakh, and Rs 32 lakh in the smaller States.',
      '2033-01-09',
      ['Rs 45 lakh actual', 'Rs 38 lakh actual', 'Rs 32 lakh actual'],
    ],
    // a campaign-finance agency's contribution limit from a date
    [
      'From 1 April, the contribution limit will be $3,500 per election, the Commission announced.',
      '2033-02-02',
      ['$3,500 actual'],
    ],
    // a deposit insurer's coverage limit
    [
      'The deposit protection limit will rise to €150,000 per depositor from January under the directive the Council adopted.',
      '2032-11-20',
      ['€150,000 actual'],
    ],
    // a tax office's subscription limit kept where it is
    [
      'The annual subscription limit for savings accounts will remain at £20,000 in 2034-35.',
      '2034-03-06',
      ['£20,000 actual'],
    ],
    // near-misses: a limit with no decision named, a party's own spending forecast, and a level
    // "limited" to a growth rate
    [
      'The deposit protection limit will rise to €150,000 per depositor from January.',
      '2032-11-20',
      ['€150,000 expected'],
    ],
    [
      'The party expects its campaign spending will be $3.5 million this year.',
      '2033-02-02',
      ['$3.5 million expected'],
    ],
    ['Spending growth will be limited to 2% a year over the term.', '2033-02-02', ['2% expected']],
  ])('%j (%s)', (text, date, expected) => expect(read(text, date)).toEqual(expected));
});

describe('v96: a sum a ruling orders a party to pay, repay or bear, by a modal of obligation', () => {
  const ruling = (title: string) => ({ budgetTitle: { title, top: '' } });
  it.each([
    [
      'The Court of Audit ruled that the former mayor must reimburse €212,000 to the municipal treasury.',
      '€212,000',
      '',
    ],
    [
      'The tribunal held that the respondent shall pay the claimant US$41.5 million in compensation.',
      'US$41.5 million',
      '',
    ],
    [
      "Under the judgment, the company is to pay A$3.2 million to affected customers and bear the regulator's costs of A$450,000.",
      'A$450,000',
      '',
    ],
    [
      'The arbitral costs of US$1.8 million are to be borne equally by the parties.',
      'US$1.8 million',
      '',
    ],
    [
      'Harbour Insurance must now pay Mr Okafor £6,200, plus 8% simple interest a year from the date of the claim.',
      '8%',
      'Ombudsman final decision: complaint against Harbour Insurance',
    ],
    [
      'The bank must pay an administrative penalty of €1.4 million within 30 days.',
      '€1.4 million',
      'Enforcement Committee decision on Banca Meridiana',
    ],
    [
      'The Treasury must therefore refund R$ 1.2 billion in overcharged contributions to employers.',
      'R$ 1.2 billion',
      'Statement on the Supreme Court judgment on the social contribution',
    ],
    [
      "Because the valuer's fees of S$312,000 were incurred for both parties' benefit, they are to be borne equally.",
      'S$312,000',
      'Tan v Lim [2033] SGCA 41: media summary',
    ],
    [
      'The Ombudsman directed the insurer to refund £4,350 to Mrs Adeyemi, whose claim it said would have succeeded under the policy wording.',
      '£4,350',
      '',
    ],
    [
      'The Prudential Authority required the lender to pay a penalty of R12 million for failures that could have harmed depositors.',
      'R12 million',
      '',
    ],
  ])('reads the order: %s (%s)', (sentence, stated, title) => {
    expect(decidedSetting(view(sentence, stated, ruling(title)))).toBe('ordered payment');
  });
  it.each([
    // No ruling named in the sentence, the title or the opening: a plan's "is to", a debt to repay.
    [
      'The ministry is to pay R2.4 billion to municipalities next year under the new grant.',
      'R2.4 billion',
      'Budget Statement',
    ],
    [
      'The state must repay €2 billion of maturing bonds in 2035.',
      '€2 billion',
      'Debt management report',
    ],
    // A ruling named, but the payment waits on a condition, a hedge or a party's argument.
    [
      'If the court upholds the fine, the bank must pay €30 million.',
      '€30 million',
      'Court of Appeal: hearing listed',
    ],
    [
      'The company said it may have to pay up to $40 million if the appeal fails.',
      '$40 million',
      'Tribunal hearing',
    ],
    [
      'The claimant argued that Colombia must pay US$1.1 billion in compensation.',
      'US$1.1 billion',
      'Tribunal issues award',
    ],
    [
      'The claimant asked the tribunal to order Colombia to pay US$1.1 billion, which it said would make good its losses.',
      'US$1.1 billion',
      'Tribunal issues award',
    ],
  ])('reads no order: %s (%s)', (sentence, stated, title) => {
    expect(decidedSetting(view(sentence, stated, ruling(title)))).toBeUndefined();
  });
});

describe('v99: a charge or rate a rule named in its sentence sets, stated in the present', () => {
  it.each([
    [
      'Under the amended Act, the contribution rate rises by 0.5 percentage points a year, from 9 per cent in 2025 to 13 per cent in 2037, and it stands at 10.5 per cent of earnings in 2035.',
      '10.5 per cent of earnings',
    ],
    ['Under the Finance Act 2032, the corporation tax rate falls to 23% in 2035.', '23%'],
    [
      'Under the agreed schedule, member contributions rise to 0.12% of gross national income in 2035.',
      '0.12% of gross national income',
    ],
    ['Under the price control, the allowed return on equity is 4.6% in 2035.', '4.6%'],
    [
      'Under the Social Security (Contributions) Regulations 2031, the class 1 rate is 12% of earnings in 2034.',
      '12% of earnings',
    ],
    [
      'Under the regulation, the capital requirement steps up to 10.5 per cent of risk-weighted assets in 2036.',
      '10.5 per cent of risk-weighted assets',
    ],
  ])('reads the charge set: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated, { documentYear: 2033, kind: 'share' }))).toBe(
      'charge dated',
    );
  });
  it.each([
    // An outcome the rule aims at, a bill still proposed, a rate with no rule named, an aggregate.
    ['Under the law, the deficit falls to 3% of GDP in 2035.', '3% of GDP'],
    ['Under the proposed bill, the levy rises to 1% in 2035.', '1%'],
    ['The contribution rate rises to 13 per cent in 2035.', '13 per cent'],
    ['Under the Act, the fund’s assets grow to $90 billion in 2040.', '$90 billion'],
  ])('reads no charge set: %s (%s)', (sentence, stated) => {
    expect(decidedSetting(view(sentence, stated, { documentYear: 2033, kind: 'share' }))).not.toBe(
      'charge dated',
    );
  });
});

describe('v100: proposalOf reads the sum a standing verb of proposing takes as its direct object', () => {
  const proposed = (sentence: string, stated: string): boolean => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return proposalOf(sentence, start);
  };
  it.each([
    // A budget office, a ministry, a company board, the European Commission, a treasury, an
    // international body's board, a central bank.
    ['The NEP proposes P441 billion for the Department.', 'P441 billion'],
    ['The Government proposes P441 billion for the Department in 2032.', 'P441 billion'],
    [
      'The Ministry of Transport proposes €2.3 billion for rail maintenance in 2034.',
      '€2.3 billion',
    ],
    ['The Board of Directors recommends €1.20 per share for the 2033 financial year.', '€1.20'],
    ['The Commission is proposing €95 billion for the next research programme.', '€95 billion'],
    ['The Treasury has proposed $3.2 billion for the new border agency.', '$3.2 billion'],
    ['The Government proposes to allocate P12 billion to the programme next year.', 'P12 billion'],
    [
      'The central bank proposes about 2.5 trillion won in liquidity support for small lenders.',
      '2.5 trillion won',
    ],
  ])('%s → "%s" is proposed', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(true);
  });
  it.each([
    // A proposal the sentence says was taken up, a past "proposed" (it may since have been
    // decided), and a number that is no object of the verb.
    ['The NEP proposes P441 billion, an amount the Senate has since approved.', 'P441 billion'],
    ['The Government proposed P441 billion for the Department.', 'P441 billion'],
    ['The Ministry proposes new savings because revenue fell 3% last year.', '3%'],
    ['The Ministry proposes cutting the levy, which raised €2 billion in 2032.', '€2 billion'],
  ])('%s → "%s" is no standing proposal', (sentence, stated) => {
    expect(proposed(sentence, stated)).toBe(false);
  });
});

describe("v101: a number in a noun phrase a decision's participle or relative clause modifies", () => {
  /** The status the whole extractor gives the one number stated in a sentence. */
  const status = (sentence: string, stated: string): string | undefined =>
    extractCandidates(sentence, 'probe', { source: { publisher: 'x', date: '2033-06-01' } }).find(
      (c) => c.stated.text.startsWith(stated),
    )?.status;
  it.each([
    // A council, a cabinet, a ministry, an international body's members, a legislature after a
    // proposal, a company board, shareholders, a parliament, a central bank's board.
    [
      'The 4 percent wage increase that the council approved in March will take effect in July.',
      '4 percent',
    ],
    [
      'The R12 billion allocation agreed by Cabinet last week will go to municipalities.',
      'R12 billion',
    ],
    [
      'The 25 percent tariff the ministry adopted in February will be collected from April.',
      '25 percent',
    ],
    [
      'The 50 percent quota increase that members approved will take effect once ratified.',
      '50 percent',
    ],
    ['The Government proposed P441 billion, which Congress approved in December.', 'P441 billion'],
    [
      'The 0.5 percentage point levy increase the bank’s board agreed last quarter will apply from 1 January.',
      '0.5 percentage point',
    ],
    [
      'The company proposed a dividend of 30 cents per share, which shareholders approved at the annual meeting.',
      '30 cents',
    ],
    [
      'The 15 percent royalty that parliament passed last year will be collected from mining firms.',
      '15 percent',
    ],
    // A short phrase of purpose between the sum and the comma.
    [
      'Officers proposed a further $6 million for the seawall, which councillors approved on 14 May.',
      '$6 million',
    ],
    ['The ministry proposed €2 billion for rail, which parliament adopted in June.', '€2 billion'],
  ])('%s → "%s" is decided, actual', (sentence, stated) => {
    expect(status(sentence, stated)).toBe('actual');
  });
  it.each([
    // A clause of proposing, asking or weighing, a decision still to come, one not yet made, and
    // a goal's head (README: a target or ceiling for an aggregate is expected).
    [
      'The 4 percent wage increase that the council proposed will cost the city $20 million.',
      '4 percent',
    ],
    ['The 25 percent tariff the ministry is considering would raise $2 billion.', '25 percent'],
    [
      'The R12 billion allocation Cabinet will decide next week would go to municipalities.',
      'R12 billion',
    ],
    [
      'The R12 billion allocation requested by the department will go to municipalities.',
      'R12 billion',
    ],
    [
      'The Government proposed P441 billion, which Congress will debate in December.',
      'P441 billion',
    ],
    [
      'The R12 billion allocation not yet approved by Cabinet would go to municipalities.',
      'R12 billion',
    ],
    [
      'The 3 percent rise that the board will approve next month would take effect in July.',
      '3 percent',
    ],
    [
      'The 2 percent inflation target the Bank’s board agreed in 2029 remains in place.',
      '2 percent',
    ],
    [
      'The ministry proposed €2 billion for rail, which parliament will debate in June.',
      '€2 billion',
    ],
    ['The share remains around 1%, well short of the goal of 2% set in 2011 for 2030.', '2%'],
    ['Core spending is planned to grow by 7.3% in 2027, above the 5% limit set by the rule.', '5%'],
  ])('%s → "%s" keeps its expected reading', (sentence, stated) => {
    expect(status(sentence, stated)).toBe('expected');
  });
});

describe('v155: billProvides reads a sum a bill still to be enacted provides', () => {
  const at = (sentence: string, stated: string): number => sentence.indexOf(stated);
  it('reads the bill, or "It" after a sentence naming it, with a legislature named', () => {
    const s = 'The bill provides $44.1 billion, $5.5 billion more than requested.';
    expect(
      billProvides(s, at(s, '$5.5'), 'The House passed H.R. 6231 by a vote of 291-137. '),
    ).toBe(true);
    const it2 = 'It includes $25.2 billion for the DRF, $9.8 billion for CDBG-DR.';
    expect(
      billProvides(it2, at(it2, '$9.8'), `On December 11 the House passed H.R. 6231. ${s} `),
    ).toBe(true);
  });
  it('leaves an enacted bill, a payer’s bill and a text with no legislature', () => {
    const signed = 'The bill, signed into law on 2 March, provides $2.1 billion.';
    expect(billProvides(signed, at(signed, '$2.1'), 'The Senate passed it. ')).toBe(false);
    const payer = 'Your water bill includes a fixed charge of $12.40.';
    expect(billProvides(payer, at(payer, '$12.40'), 'The Assembly met. ')).toBe(false);
    const plain = 'The bill provides $3 million.';
    expect(billProvides(plain, at(plain, '$3'), 'Annual report. ')).toBe(false);
  });
});

describe('listLeadIn: the line a list is led in by', () => {
  it('goes back over the other items and blank lines to the lead-in', () => {
    expect(listLeadIn('The fees will be:\n- Adults: £4\n\n- Children: £2\n- ')).toBe(
      'The fees will be:',
    );
    expect(listLeadIn('  Rates from 1 May:  \n* ')).toBe('Rates from 1 May:');
  });
  it('takes a numbered paragraph ending in ":" as the lead-in of a list of another mark (v256)', () => {
    expect(listLeadIn('3. The fees will be:\n- Adults: £4\n- ')).toBe('3. The fees will be:');
    expect(listLeadIn('(4) The fees will be:\n(a) Adults: £4;\n(b) ')).toBe(
      '(4) The fees will be:',
    );
    // A sibling of the same mark leads in to its own list, not this one.
    expect(listLeadIn('The fees will be:\n1. Adults:\n2. ')).toBe('The fees will be:');
    expect(listLeadIn('The fees will be:\n- Adults:\n- ')).toBe('The fees will be:');
  });
  it('gives none for a line that is no list item, or a list with no lead-in', () => {
    expect(listLeadIn('The fees will be:\nAdults pay ')).toBeUndefined();
    expect(listLeadIn('- Adults: £4\n- ')).toBeUndefined();
  });
});
