// Tests for src/authoring/extract/candidates.ts: how a matched figure becomes a candidate (here, the
// status a reminder to the reader leaves alone). Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const STATEMENT = { publisher: 'Ministry', title: 'Statement', url: 'https://example.org/s' };
/** Each figure of a text as "value status", in a document dated `date` (a ministry's statement
 *  unless `record` names another). */
const valueStatus =
  (date: string, record = STATEMENT) =>
  (text: string): string[] =>
    extractCandidates(text, 'doc', { source: { date, ...record } }).map(
      (c) => `${c.value} ${c.status}`,
    );

describe('a reminder to the reader is no hedge', () => {
  it.each([
    'You may recall that in the same quarter of 2030 the external account showed a shortfall of $431.6 billion.',
    'We may note that the levy raised $1.2 billion in 2030.',
    'As delegates may remember, the fund disbursed $640 million in 2029.',
    'Colleagues may well recall that arrears reached 7.5 percent of loans in 2029.',
  ])('%s is actual', (sentence) => {
    expect(extractCandidates(sentence, 'doc').map((c) => c.status)).toEqual(['actual']);
  });

  it('a "may" that hedges the figure itself still makes it expected', () => {
    const found = extractCandidates(
      'Exports may reach $4.1 billion in 2032, you may recall.',
      'doc',
    );
    expect(found.map((c) => c.status)).toEqual(['expected']);
  });
});

describe('v66: a modal or a question on a verb of knowing, conceding or telling hedges the hearer, not the fact after "that"', () => {
  // Written before the rule from the class alone, in other voices: a Hansard reply and question
  // (the two that prompted it), a central bank, a ministry speech, a company letter, an
  // international body, a committee question, a member's aside; dated after every period named.
  it.each([
    'The member has the number right, but she will also know that the rate fell by 1.3 percentage points over the preceding three years.',
    'Will she confirm that mortgage rates have fallen by around 150 basis points since the Reserve Bank started cutting?',
    'Readers will recall that headline inflation peaked at 9.1% in October 2031.',
    'Honourable Members will be aware that the wage bill grew by 7.4 per cent in 2032.',
    'Shareholders will remember that revenue declined 6% in the previous financial year.',
    'Delegations will note that disbursements reached US$2.3 billion in 2031.',
    'Would the Secretary accept that the backlog of refunds has risen by 18% since April?',
    'I am sure the honourable gentleman will agree that investment rose 3.2% last year.',
  ])('%s is actual', (sentence) => {
    expect(valueStatus('2033-03-15')(sentence).map((v) => v.split(' ')[1])).toEqual(['actual']);
  });

  it.each([
    // The that-clause's own "will", "is expected to", a proposal and a decision still to be taken.
    'The Minister will confirm that spending will rise by 4% next year.',
    'Members will know that the deficit is expected to fall to 2.9% of GDP in 2034.',
    'Will the Chancellor confirm that the levy will raise £2 billion in 2035?',
    'The minister will propose that the allowance be cut by 20%.',
    'The Board will decide whether rates are raised by 25 basis points.',
    'Will the Minister ensure that spending rose by 4%?',
  ])('%s stays expected', (sentence) => {
    expect(valueStatus('2033-03-15')(sentence).map((v) => v.split(' ')[1])).toEqual(['expected']);
  });
});

describe('v66: a sum or level a programme or a costing puts in the present passive is planned, and so is what restates it', () => {
  // Written before the rule: a finance department's hearing (the two that prompted it), a ministry,
  // a lender's programme, a policy costing, a company, a roads agency; dated 2033-09-13.
  it.each([
    ['Infrastructure spending is programmed at P1.54 trillion, or 5.8 percent of GDP.', 2],
    ['Interest payments are programmed at P902 billion in 2034, up 11 percent.', 2],
    ['Capital expenditure for 2034 is programmed at GH¢32.5 billion.', 1],
    ['Under the programme, net domestic financing is programmed at 1.2 percent of GDP.', 1],
    ['The new scheme is costed at £2.4 billion over four years.', 1],
    ['The second phase is currently costed at A$640 million.', 1],
    ['$2.3 billion has been programmed for road maintenance.', 1],
    ['Capital spending is penciled at $4.2 billion.', 1],
  ] as const)('%s is expected', (sentence, n) => {
    expect(valueStatus('2033-09-13')(sentence).map((v) => v.split(' ')[1])).toEqual(
      Array(n).fill('expected'),
    );
  });

  it.each([
    // A past programme of a year over, the sum an outturn fell short of, a rate pitched, a past
    // costing and its outturn, the adjective.
    ['Infrastructure spending was programmed at P1.31 trillion in 2031.', 1],
    ['Disbursements in 2032 came to P1.2 trillion, below the P1.3 trillion programmed.', 2],
    ['The minimum wage is pitched at 60% of median earnings.', 1],
    ['The scheme was costed at £1.9 billion in 2030 and cost £2.6 billion.', 2],
    ['Spending on programmed maintenance rose 4% in 2032.', 1],
  ] as const)('%s stays actual', (sentence, n) => {
    expect(valueStatus('2033-09-13')(sentence).map((v) => v.split(' ')[1])).toEqual(
      Array(n).fill('actual'),
    );
  });
});

describe('verbs and nouns of a fall the lexicon knows', () => {
  it.each([
    [
      'Imports will pick up next year after skidding 5.8 percent in 2030.',
      'skidding 5.8 percent',
      -5.8,
    ],
    [
      'Its growth forecasts for this year were slashed by 3.5 percent.',
      'slashed by 3.5 percent',
      -3.5,
    ],
    [
      'The central bank devalued the franc by 14 percent in 2030.',
      'devalued the franc by 14 percent',
      -14,
    ],
    ['A devaluation of 9 per cent followed in March 2030.', 'devaluation of 9 per cent', -9],
    [
      'Growth is seen at 4.4 per cent in 2031, a marked downgrade of 0.9 percentage points from earlier estimates.',
      'downgrade of 0.9 percentage points',
      -0.9,
    ],
  ])('%s', (sentence, stated, value) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.value]);
    expect(found).toContainEqual([stated, value]);
  });

  it('a word that only contains one names no fall: "skid-resistant roads" are a share', () => {
    const found = extractCandidates(
      'The share of skid-resistant roads reached 40 percent in 2030.',
      'doc',
    );
    expect(found.map((c) => [c.kind, c.value])).toEqual([['share', 40]]);
  });
});

describe("a band's half-width is no figure of its own", () => {
  it.each([
    'The board kept its inflation target at 3 percent, plus/minus 1 percentage point, in 2031.',
    'The board kept its inflation target at 3 percent, plus or minus one percentage point, in 2031.',
    'The board kept its inflation target at 3 percent, plus-minus 1 percentage point, in 2031.',
    'The board kept its inflation target at 3%, +/- 1 pp, in 2031.',
    'The board kept its inflation target at 3%, + / - 1 pp, in 2031.',
    'The board kept its inflation target at 3% ± 1 percentage point in 2031.',
  ])('%s proposes the target alone', (sentence) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.value, c.unit]);
    expect(found).toEqual([[3, 'percent']]);
  });

  it('a band in words with no level before it is no single number either', () => {
    const sentence = 'The corridor was narrowed to plus or minus one percentage point in 2031.';
    expect(extractCandidates(sentence, 'doc').map((c) => c.value)).toEqual([]);
  });

  it('a band in digits with no level before it stays a range', () => {
    const sentence = 'The corridor was narrowed to plus/minus 1 percentage point in 2031.';
    expect(extractCandidates(sentence, 'doc').map((c) => c.range)).toEqual([{ low: -1, high: 1 }]);
  });

  it('a minus after a plus of another number is still a figure', () => {
    const sentence =
      'Prices rose 3 percent, plus 1 percent in services, and minus 1 percentage point in goods.';
    const found = extractCandidates(sentence, 'doc').map((c) => c.value);
    expect(found).toContain(-1);
  });
});

describe('a bare "points" is percentage points only in a clause about a rate', () => {
  it.each([
    ['Farming contributed 0.4 points to growth in 2031.', '0.4 points', 0.4],
    ['Shipping added 0.2 points to GDP growth in 2031.', 'added 0.2 points', 0.2],
    ['Mining detracted 0.3 points from growth in 2031.', 'detracted 0.3 points', -0.3],
    ['The council approved a 2 point rise in the land tax rate in 2031.', '2 point rise', 2],
    ['The council approved a 2-point rise in the land tax rate in 2031.', '2-point rise', 2],
    ['The jobless rate rose 0.3 points to 4.1% in 2031.', 'rose 0.3 points', 0.3],
    ['Inflation slowed 0.5 points to 2.1% in 2031.', 'slowed 0.5 points', -0.5],
  ])('%s reads %s', (sentence, stated, value) => {
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.value, c.unit]);
    expect(found).toContainEqual([stated, value, 'percentage-points']);
  });

  it.each([
    'The share index rose 12 points in 2031.',
    'The home side scored 85 points in 2031.',
    'The cabinet announced a 10-point plan in 2031.',
    'Manufacturing contributed 12 points to the index in 2031.',
    'The growth index rose 12 points in 2031.',
    'Index rises 12 points',
    // A share's points are no figure of the contract; its level is.
    'The share of tech goods climbed 2.3 points to 31.6%.',
  ])('%s proposes no points', (sentence) => {
    const found = extractCandidates(sentence, 'doc').map((c) => c.unit);
    expect(found).not.toContain('percentage-points');
  });

  it('keeps an index before a rate in the same sentence apart', () => {
    const sentence = 'The share index rose 12 points while the jobless rate rose 0.3 points.';
    const found = extractCandidates(sentence, 'doc').map((c) => [c.stated.text, c.value]);
    expect(found).toEqual([['rose 0.3 points', 0.3]]);
  });
});

describe('an outturn set against what was budgeted, stated with a past verb, is actual', () => {
  const SOURCE = {
    source: {
      date: '2031-04-02',
      publisher: 'Arland Audit Office',
      title: 'Report on the accounts',
      url: 'https://example.org/accounts',
    },
  };
  const read = (text: string) =>
    extractCandidates(text, 'doc', SOURCE).map((c) => `${c.kind} ${c.value} ${c.status}`);
  it.each([
    ['Spending came to 105 per cent of the amount budgeted.', ['share 105 actual']],
    ['Spending came to 105% of the amount budgeted.', ['share 105 actual']],
    ['Capital outlays amounted to 92% of the sum budgeted for 2029.', ['share 92 actual']],
    ['Health expenditure reached 97 percent of the budgeted total in 2030.', ['share 97 actual']],
    ['Tax revenue ran at 101% of the amount budgeted last year.', ['share 101 actual']],
    // Near-misses: an outturn still to come, a budget for a year not over, and a plan stay expected.
    ['Spending will come to 105 per cent of the amount budgeted.', ['share 105 expected']],
    ['Spending is set to reach 98% of the amount budgeted for 2032.', ['share 98 expected']],
    ['Spending came to 96% of the amount budgeted for this year.', ['share 96 expected']],
    ['Ministries plan to spend 90% of the amount budgeted.', ['share 90 expected']],
  ] as const)('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a budget sum written with the yen or won sign is a budget sum, as one with "$" is', () => {
  /** Each figure of `text` as "stated status", in a document titled `title` dated `date`. */
  const read = (text: string, title: string, date: string) =>
    extractCandidates(text, 'doc', {
      source: { date, publisher: 'Ministry of Finance', title, url: 'https://example.org/budget' },
    }).map((c) => `${c.stated.text} ${c.status}`);

  it.each([
    // A finance ministry's draft budget: a sum held where it is, and a share of a budget sum.
    [
      'Outline of the Draft FY2033 Budget',
      '2032-12-20',
      'Transfers to local governments are kept at ¥18.6 trillion, a fifth of total spending.',
      ['¥18.6 trillion expected', 'a fifth of total spending expected'],
    ],
    // A prefecture's budget proposal: a sum the budget states in the present.
    [
      'Proposed FY2033 Budget: Arland Prefecture',
      '2033-02-14',
      'Disaster prevention works receive ¥214 billion, about one quarter of the capital budget.',
      ['¥214 billion expected', 'one quarter of the capital budget expected'],
    ],
    // A Korean ministry's budget bill, in won.
    [
      'The 2033 Budget Proposal',
      '2032-08-29',
      'Research and development spending is held at ₩30.2 trillion, one sixth of discretionary outlays.',
      ['₩30.2 trillion expected', 'one sixth of discretionary outlays expected'],
    ],
  ])('%s (%s): %s', (title, date, text, want) => {
    expect(read(text, title, date)).toEqual(want);
  });

  it.each([
    // Near-misses: a past outturn, a decision, and a sum per head keep their reading.
    [
      'Outline of the Draft FY2033 Budget',
      '2032-12-20',
      'Tax revenues rose to ¥78.4 trillion in FY2031.',
      ['¥78.4 trillion actual'],
    ],
    [
      'Outline of the Draft FY2033 Budget',
      '2032-12-20',
      'The Cabinet approved ¥1.2 trillion for regional airports.',
      ['¥1.2 trillion actual'],
    ],
    [
      'Annual Report 2032',
      '2032-12-20',
      'Transfers to local governments are kept at ¥18.6 trillion.',
      ['¥18.6 trillion actual'],
    ],
  ])('%s (%s): %s', (title, date, text, want) => {
    expect(read(text, title, date)).toEqual(want);
  });
});

describe('a fiscal year of a country whose fiscal year runs from July is over only after June', () => {
  /** Each figure of `text` as "stated status", from an international publisher's `title` dated `date`. */
  const read = (text: string, title: string, date: string) =>
    extractCandidates(text, 'doc', {
      source: {
        date,
        publisher: 'International Monetary Fund',
        title,
        url: 'https://example.org/n',
      },
    }).map((c) => `${c.stated.text} ${c.status}`);

  it.each([
    // A fund's staff statement titled for the country: the estimate of a fiscal year still running.
    [
      'Kenya: Staff Concluding Statement of the 2032 Mission',
      '2032-05-20',
      'The deficit is projected to narrow to 4.1 percent of GDP in FY2032/33, from an estimated 5.0 percent in FY2031/32.',
      ['4.1 percent of GDP expected', '5.0 percent expected'],
    ],
    // A development bank's regional update that names the country in the sentence.
    [
      'South Asia Economic Focus',
      '2032-04-10',
      'In Pakistan, growth is projected at 3.2 percent in FY33, after an estimated 2.5 percent in FY32.',
      ['3.2 percent expected', '2.5 percent expected'],
    ],
    // A ratings note on Australia.
    [
      'Australia: Fiscal Outlook Note',
      '2032-03-02',
      'The underlying cash deficit is estimated at 1.1 per cent of GDP in 2031-32.',
      ['1.1 per cent of GDP expected'],
    ],
  ])('%s (%s): %s', (title, date, text, want) => {
    expect(read(text, title, date)).toEqual(want);
  });

  it.each([
    // Near-misses: the same estimate once June is past, and a country whose fiscal year ends in March.
    [
      'Kenya: Staff Concluding Statement of the 2032 Mission',
      '2032-09-20',
      'The deficit narrowed to an estimated 5.0 percent of GDP in FY2031/32.',
      ['5.0 percent of GDP actual'],
    ],
    [
      'India: Staff Concluding Statement of the 2032 Mission',
      '2032-05-20',
      'The deficit narrowed to an estimated 5.0 percent of GDP in FY2031/32.',
      ['5.0 percent of GDP actual'],
    ],
  ])('%s (%s): %s', (title, date, text, want) => {
    expect(read(text, title, date)).toEqual(want);
  });
});

describe('a change in the gerund for "this year", a year not over, is a forecast', () => {
  /** Each figure of `text` as "stated status", dated October 2032. */
  const read = valueStatus('2032-10-08', {
    publisher: 'World Bank',
    title: 'Update',
    url: 'https://example.org/u',
  });

  it.each([
    // A development bank's regional update, a tourism ministry, a central bank's review.
    [
      'Central Africa remains the bright spot, with output expanding by 4.9 percent this year.',
      ['4.9 expected'],
    ],
    [
      'Tourist arrivals are recovering fast, rising 12 percent this year on the back of new routes.',
      ['12 expected'],
    ],
    ['Exports continue to lead, growing at about 6.5 percent this year.', ['6.5 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: the same gerund for a year over, a span to date, and a perfect.
    [
      'Central Africa remained the bright spot, with output expanding by 4.9 percent last year.',
      ['4.9 actual'],
    ],
    ['Exports continue to lead, growing 6.5 percent this year so far.', ['6.5 actual']],
    ['Exports have grown 6.5 percent this year.', ['6.5 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a level reached "once" or "when" something to come "is implemented" or "is completed" is a forecast', () => {
  /** Each figure of `text` as "value status", dated March 2032. */
  const read = valueStatus('2032-03-10');

  it.each([
    // A trade ministry, an energy regulator and a ports authority.
    [
      'Tariffs on machinery now average 4.2 percent, falling to 1.5 percent once the agreement is fully implemented.',
      ['4.2 actual', '1.5 expected'],
    ],
    [
      'Renewables supply 38% of power today, rising to 52% when the new interconnector is completed.',
      ['38 actual', '52 expected'],
    ],
    [
      'Berth occupancy stands at 91 per cent and drops to 70 per cent once the new terminal is operational.',
      ['91 actual', '70 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: the event in the past, and a level since it happened.
    [
      'Tariffs fell to 1.5 percent once the agreement was fully implemented in 2029.',
      ['1.5 actual'],
    ],
    ['Tariffs have averaged 1.5 percent since the agreement was implemented.', ['1.5 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a scheme that gives "up to" a sum per applicant sets a cap, a decision', () => {
  /** Each figure of `text` as "value status", dated March 2032. */
  const read = valueStatus('2032-03-10');

  it.each([
    // A trade ministry, an energy department and a labour ministry.
    [
      'The export support scheme will provide up to $40,000 per project to small firms.',
      ['40000 actual'],
    ],
    ['Households can claim up to £7,500 per home for heat pumps under the grant.', ['7500 actual']],
    ['The fund will match up to €2,000 for each apprentice hired.', ['2000 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: what a change could save or cost, and a loss that may be reached.
    ['Savings could reach up to $500 per household a year.', ['500 expected']],
    ['Losses may run up to $50,000 per farm if the drought persists.', ['50000 expected']],
    // A benefit's rate per period from a year to come is left to the readings of benefits.
    ['The allowance will provide up to €150 per month from 2033.', ['150 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('the sum a plan, an investment programme or a pipeline of projects comes to is planned', () => {
  /** Each figure of `text` as "value status", dated March 2032. */
  const read = valueStatus('2032-03-10');

  it.each([
    // A water regulator, a mining department, a development bank and a state utility.
    [
      'The capital works programme for 2033 amounts to 96 billion rupees.',
      ['96000000000 expected'],
    ],
    [
      'The pipeline of committed mining and processing projects is worth A$58 billion.',
      ['58000000000 expected'],
    ],
    [
      "The bank's portfolio of approved infrastructure projects totals $12.4 billion.",
      ['12400000000 expected'],
    ],
    ['The utility plans capital expenditure of R31 billion in 2033.', ['31000000000 expected']],
    // A base after it, a year that is over, is not its own period.
    [
      "The province's investment pipeline stands at C$41 billion, up from C$37 billion in 2031.",
      ['41000000000 expected', '37000000000 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: money a programme spent, a decision that puts money in a plan, a plan's year
    // that is over, and a portfolio of assets valued now.
    ['The capital works programme spent 96 billion rupees in 2031.', ['96000000000 actual']],
    ['The government allocated $2 billion to the investment programme.', ['2000000000 actual']],
    ['The investment programme for 2030 amounted to $3.1 billion.', ['3100000000 actual']],
    ["The fund's equity portfolio is worth $12.4 billion.", ['12400000000 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a present "is to" or "are to" with its verb before a number lays down a plan', () => {
  /** Each figure of `text` as "value status", dated March 2032. */
  const read = valueStatus('2032-03-10');

  it.each([
    // An intergovernmental accord, a state miner, a grid operator and a utility regulator.
    ['Under the accord, member states are to lower methane emissions by 30%.', ['-30 expected']],
    ['The state miner is to lift output by 12% once the new pit opens.', ['12 expected']],
    ['The grid operator is to spend £4.5 billion on new lines.', ['4500000000 expected']],
    ['The utility is also to invest R2 billion in new meters.', ['2000000000 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: "is to say", a plan after the figure, a cause, and "to date".
    ['That is to say, exports fell 4%.', ['-4 actual']],
    ['Exports fell 4%, and imports are to be reviewed.', ['-4 actual']],
    ['The drop is due to a 4% fall in prices.', ['-4 actual']],
    ['Output is to date 4% higher than a year earlier.', ['4 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v3: a German forecast, plan or budget estimate', () => {
  const read = valueStatus('2026-11-20');

  it.each([
    // A ministry, a central bank, an institute: a verb of expectation or projection before the
    // number, or a verb of planning that closes the clause after it.
    ['Die Bundesregierung erwartet für 2027 ein Wachstum von 1,2 %.', ['1.2 expected']],
    [
      'Die Bundesbank rechnet für das kommende Jahr mit einer Teuerung von 2,1 %.',
      ['2.1 expected'],
    ],
    [
      'Das Institut prognostiziert für 2027 einen Anstieg der Investitionen um 0,9 %.',
      ['0.9 expected'],
    ],
    ['Die Inflationsrate dürfte im Jahresdurchschnitt bei 2,4 % liegen.', ['2.4 expected']],
    [
      'Für das Gesamtjahr sieht der Bundeshaushalt 2026 Ausgaben von 502,5 Mrd. € vor.',
      ['502500000000 expected'],
    ],
    ['Die Nettokreditaufnahme ist mit 81,8 Mrd. € veranschlagt.', ['81800000000 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: outturns, "as expected" and "than expected", a time "vor" a year.
    [
      'Die Steuereinnahmen stiegen im Oktober um 4,2 % auf 68,9 Mrd. €.',
      ['4.2 actual', '68900000000 actual'],
    ],
    ['Die Einnahmen fielen mit 3,2 % höher aus als erwartet.', ['3.2 actual']],
    ['Wie erwartet sank die Arbeitslosenquote auf 5,9 %.', ['5.9 actual']],
    ['Die Quote lag bei 6,1 % und damit unter dem Wert vor einem Jahr.', ['6.1 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v3: money spread over years that start in a year not over', () => {
  const read = valueStatus('2026-11-18');

  it.each([
    // A finance department's list of measures, a ministry's programme, a regulator's plan.
    [
      '- Enhanced Investment Incentive: $16.1 billion over six years, starting in 2026-27.',
      ['16100000000 expected'],
    ],
    ['The measure provides $900 million over four years starting in 2027.', ['900000000 expected']],
    [
      'The grid upgrade adds NZ$1.2 billion over five years, beginning in 2028.',
      ['1200000000 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: years that are over, and money a decision has already put there.
    [
      '- Enhanced Investment Incentive: $16.1 billion over six years, starting in 2019-20.',
      ['16100000000 actual'],
    ],
    [
      'Budget 2026 allocated $16.1 billion over six years, starting in 2026-27.',
      ['16100000000 actual'],
    ],
    ['The programme disbursed $2.4 billion over five years from 2020.', ['2400000000 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a spread or margin over a reference rate named by its name is no figure', () => {
  const stated = (text: string) => extractCandidates(text, 'doc').map((c) => c.stated.text);
  it.each([
    ['Loans pay six-month Term SOFR plus a variable spread, currently 0.47%.', []],
    ['Fixed-spread loans pay Term SOFR plus a contractual spread of 0.50%.', []],
    [
      'The bank priced a five-year USD5 billion bond at SOFR mid-swaps plus 35 basis points.',
      ['USD5 billion'],
    ],
    [
      'The loan is priced at six-month Euribor plus a margin of 1.2%, with a front-end fee of 0.25%.',
      ['0.25%'],
    ],
    [
      'The notes were priced at mid-swaps plus 12 basis points and pay a coupon of 2.875%.',
      ['2.875%'],
    ],
    ['The facility bears interest at SONIA plus a fixed margin, currently 1.75%.', []],
    ['The agency issued a $3 billion bond at US Treasuries plus 28 basis points.', ['$3 billion']],
    // Near-misses: the reference rate's own level, and a spread's level or its change.
    ['Six-month Term SOFR stood at 4.12% on December 15.', ['4.12%']],
    [
      'The spread over SOFR widened by 15 basis points to 0.62%.',
      ['widened by 15 basis points', '0.62%'],
    ],
    ['Euribor rose 25 basis points in the quarter.', ['rose 25 basis points']],
    ["The bank's lending margin averaged 2.1% in 2025.", ['2.1%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('a rate set by its points over another rate, with no verb between, is a margin', () => {
  const stated = (text: string) => extractCandidates(text, 'doc').map((c) => c.stated.text);
  it.each([
    // A prudential regulator, a late-payment law, a central bank's facility, a loan agreement.
    [
      "Under the serviceability buffer, banks must assess borrowers' capacity to repay at an interest rate at least 3 percentage points above the loan product rate.",
      [],
    ],
    [
      "Late payments accrue interest at a rate 8 percentage points above the central bank's main refinancing rate.",
      [],
    ],
    ['The facility lends at a rate of 0.5 percentage point above the policy rate.', []],
    ['The bank charges a penalty rate of up to 2 percentage points over the policy rate.', []],
    ['The loan carries a rate 150 basis points above SOFR.', []],
    // The same margin after a verb of pricing or charging, a margin noun, "higher than", a percent
    // written for points, a reference rate with its tenor (a court's rules, a development bank, a
    // prudential guide, a tax office, a housing agency).
    ['Late payments carry interest at 5 percentage points over the base rate.', []],
    ['The facility is priced at 2.5 per cent above the three-month Euribor.', []],
    ['Lenders must test applicants at a rate 3 points higher than the contract rate.', []],
    ['Overdue tax is charged at 2.5 percentage points above the Bank Rate.', []],
    ['The mortgage is set at a margin of 1.8 percentage points over the ECB refinancing rate.', []],
    ['Social landlords may lend at no more than 1% above the policy rate.', []],
    // Near-misses: a gap stated with a verb, a spread's level, a rate's change over a period.
    [
      'Inflation stood at 1.5 percentage points above the policy rate in May.',
      ['1.5 percentage points above'],
    ],
    [
      "The bond's yield was 30 basis points higher than the Bund yield.",
      ['30 basis points higher'],
    ],
    [
      'The policy rate is 2 percentage points above the neutral rate.',
      ['2 percentage points above'],
    ],
    [
      'The spread rose to 1.2 percentage points above the Bund yield.',
      ['1.2 percentage points above'],
    ],
    ['The deposit rate rose 25 basis points over the month.', ['rose 25 basis points']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('a quarter named by its number, with its months in brackets, is a period', () => {
  /** Each figure of `text` as "value status", dated 30 September 2032 (a statistics office). */
  const read = valueStatus('2032-09-30', {
    publisher: 'Arland Statistics Office',
    title: 'Quarterly national accounts',
    url: 'https://example.org/qna',
  });

  it.each([
    // A national accounts release, a labour market bulletin, a public finances release.
    [
      'GDP is estimated to have grown by 0.4% in Quarter 2 (Apr to June) 2032, revised up from the first estimate of 0.3%.',
      ['0.4 actual', '0.3 actual'],
    ],
    [
      'The employment rate was estimated at 75.1% in Quarter 1 (Jan to Mar) 2032, a first estimate.',
      ['75.1 actual'],
    ],
    [
      'Public sector net borrowing in Quarter 2 2032 is estimated at £31.2 billion.',
      ['31200000000 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: a quarter not yet over and a forecast keep their reading.
    [
      'Output is estimated at £590 billion in Quarter 4 (Oct to Dec) 2032.',
      ['590000000000 expected'],
    ],
    ['Output is projected to grow by 0.5% in Quarter 3 2032.', ['0.5 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a counted side of a split vote that outnumbers the other side is the decision', () => {
  const read = valueStatus('2031-08-06', {
    publisher: 'Central Bank',
    title: 'Monetary policy statement',
    url: 'https://example.org/mps',
  });
  it.each([
    // A six-member committee, a nine-member committee, a board of directors.
    [
      'Four members voted to reduce the policy repo rate by 25 bps, while two members voted to keep it unchanged.',
      ['-0.25 actual'],
    ],
    [
      'Five members voted to raise the key rate by 50 basis points, and two members preferred a 25 basis point increase.',
      ['0.5 actual', '0.25 expected'],
    ],
    [
      'Four directors voted to lower the policy rate by 25 basis points, with three directors voting to hold it.',
      ['-0.25 actual'],
    ],
    // Near-misses: the smaller side, and a count with no other side, keep their reading.
    [
      'Two members voted to reduce the policy repo rate by 25 bps, while four members voted to keep it unchanged.',
      ['-0.25 expected'],
    ],
    ['Four members voted to reduce the policy repo rate by 25 bps.', ['-0.25 expected']],
    [
      'One member voted to raise Bank Rate by 0.25 percentage points, while eight members voted to hold it.',
      ['0.25 expected'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('a projection set against the number of a month’s publication: that number is the earlier forecast', () => {
  const read = valueStatus('2031-08-06', {
    publisher: 'Central Bank',
    title: 'Monetary policy statement',
    url: 'https://example.org/mps',
  });
  it.each([
    // A resolution, an inflation report, a projections round, a monetary policy report.
    [
      'CPI inflation for 2031-32 is now projected at 3.1 per cent, down from 3.7 per cent in the June resolution.',
      ['3.1 expected', '3.7 expected'],
    ],
    [
      'Growth for 2032 is now projected at 1.4%, up from 1.1% in the May Report.',
      ['1.4 expected', '1.1 expected'],
    ],
    [
      'Inflation in 2032 is forecast at 2.3%, down from 2.6% in the March projections.',
      ['2.3 expected', '2.6 expected'],
    ],
    // Near-misses: an outturn set against a month, a quarter or last month's release stays actual.
    [
      'Inflation is now projected at 3.1 per cent, down from 3.7 per cent in June.',
      ['3.1 expected', '3.7 actual'],
    ],
    [
      'Real GDP grew 0.5% in the June quarter, up from 0.3% in the March quarter.',
      ['0.5 actual', '0.3 actual'],
    ],
    [
      'Inflation was 2.4% in July, down from 2.6% in the June Report.',
      ['2.4 actual', '2.6 actual'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('a forecast revised to its new value, however long its name: the value after "from" is the earlier forecast', () => {
  it.each([
    // A central bank, a finance ministry, an international body, an agency, a company, a trade
    // body, a statistics-free commission; then the passive.
    [
      '2027-05-10',
      'The central bank raised its 2027 growth projection for the economy as a whole to 2.8%, up from 2.3% in March.',
      ['2.8 expected', '2.3 expected'],
    ],
    [
      '2026-06-02',
      "The ministry lowered its estimate of this year's general government deficit to 3.1 per cent of GDP, from 3.6 per cent in the spring budget.",
      ['3.1 expected', '3.6 expected'],
    ],
    [
      '2034-09-20',
      'The agency revised its projection for 2034 wheat export volumes from the southern ports upward to 12%, from 9% in the August report.',
      ['12 expected', '9 expected'],
    ],
    [
      '2026-10-07',
      'WTO economists have raised their forecast for world merchandise trade volume growth in 2026 to 2.4%, up from 1.8% in April.',
      ['2.4 expected', '1.8 expected'],
    ],
    [
      '2033-07-24',
      'The Commission has raised its forecast for the average price of copper on the London Metal Exchange in 2033 to US$4.62 per pound, from US$4.45 per pound in its April report.',
      ['4.62 expected', '4.45 expected'],
    ],
    [
      '2027-05-15',
      "The Commission's growth forecast for the euro area economy in 2027 has been cut to 1.1%, down from 1.5% in the winter interim forecast.",
      ['1.1 expected', '1.5 expected'],
    ],
    // Near-misses: a finished year's estimate revised, a policy rate set, a base in a past year.
    [
      '2031-11-20',
      'The statistics bureau has revised its estimate of the 2030 expansion of the manufacturing sector to 2.1%, from 1.5% in the advance release.',
      ['2.1 actual', '1.5 actual'],
    ],
    [
      '2026-04-10',
      'The bank raised its policy rate for the overnight market to 4.5%, from 4.25% in March.',
      ['4.5 actual', '4.25 actual'],
    ],
    [
      '2027-03-10',
      'The bank raised its forecast for consumer spending growth in 2027 to 2.4%, up from 1.8% in 2026.',
      ['2.4 expected', '1.8 actual'],
    ],
    // A second clause with its own subject is no revision of that subject.
    [
      '2027-02-12',
      'The export forecast for 2027 was lowered to 2.2 percent from 2.9 percent, and the current account surplus is set to shrink to 1.4% of GDP from 1.9%.',
      ['2.2 expected', '2.9 expected', '1.4 expected', '1.9 actual'],
    ],
  ])('%s: %s → %j', (date, text, expected) => expect(valueStatus(date)(text)).toEqual(expected));
});

describe('v9: a premium schedule under a lead-in, after a sentence adding that premium to a rate, is no figure', () => {
  const stated = (text: string) => extractCandidates(text, 'doc').map((c) => c.stated.text);
  it.each([
    // A multilateral bank's pricing notice, a regional bank's loan terms, a treasury's on-lending.
    [
      'Fixed-spread loans pay SOFR plus a contractual spread, a maturity premium and a market risk premium.\n\nMaturity premium by average loan maturity:\n- 9 years or less: 0.00%\n- over 9 and up to 13 years: 0.10%\nSmall states pay an additional 0.05%.',
      [],
    ],
    [
      'The lending rate is six-month Euribor plus a funding margin and a country risk premium.\n\nCountry risk premium by income group:\n- low income: 0.60%\n- lower middle income: 0.40 percent',
      [],
    ],
    [
      'Subsidiary loans carry the cost of funds plus an on-lending margin, reviewed each year.\n\nOn-lending margin for each borrower type:\n- municipalities: 0.25%\n- state enterprises: 0.75%',
      [],
    ],
    // Near-misses: a margin measured as a level, lines after the block, another list, no pricing.
    [
      'Banks stayed profitable in 2025.\n\nNet interest margin by bank group:\n- large banks: 2.4%\n- small banks: 3.1%',
      ['2.4%', '3.1%'],
    ],
    [
      'Loans pay SOFR plus a maturity premium.\n\nMaturity premium by average maturity:\n- up to 8 years: 0.00%\n\nCommitments rose 12% in 2025.',
      ['rose 12%'],
    ],
    [
      'Loans pay SOFR plus a maturity premium.\n\nFees by loan type:\n- front-end fee: 0.25%',
      ['0.25%'],
    ],
    [
      'Long yields rose, driven by the term premium.\n\nTerm premium by maturity:\n- 10 years: 0.8%',
      ['0.8%'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v9: the start of a path to a deadline year is the level there is', () => {
  /** Each figure of `text` as "value status", dated 20 November 2025 (a development bank). */
  const read = valueStatus('2025-11-20', {
    publisher: 'Arland Development Bank',
    title: 'Project approval',
    url: 'https://example.org/p',
  });

  it.each([
    // A development bank's project note, a ministry's programme, a utility regulator's plan.
    [
      'With the new lines, transmission losses are expected to fall from 9.2% to 7.5% by 2031.',
      ['9.2 actual', '7.5 expected'],
    ],
    [
      'The programme aims to raise the share of villages with all-season roads from 61 percent to 74 percent by 2030.',
      ['61 actual', '74 expected'],
    ],
    [
      'The share of households with piped water is to rise from 38% to 85% by 2032.',
      ['38 actual', '85 expected'],
    ],
    // Near-misses: a path to a year named with "in", a forecast revised, what people expect.
    [
      'The ministry projects the deficit to narrow from 4.1% of GDP to 3% in 2027.',
      ['4.1 expected', '3 expected'],
    ],
    ['The Bank lifted its forecast from 3.1% to 3.6% by 2027.', ['3.1 expected', '3.6 expected']],
    [
      'Unemployment could fall from 6.4% at present to 5.8% by 2027, then fall from 5.8% to 5.1% by 2029.',
      ['6.4 actual', '5.8 expected', '5.8 expected', '5.1 expected'],
    ],
    ['The jobless rate could fall from 6.4% to 5.8% by 2027.', ['6.4 expected', '5.8 expected']],
    [
      'Wage expectations are seen easing from 6.1% to 5.3% by 2027.',
      ['6.1 expected', '5.3 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v9: a sum in a list whose "pledged" is written once is a pledge too', () => {
  /** Each figure of `text` as "value status", in a pledging round's release dated 5 December 2025. */
  const read = valueStatus('2025-12-05', {
    publisher: 'Arland Development Fund',
    title: 'Pledging session concludes with $11 billion',
    url: 'https://example.org/pledges',
  });

  it.each([
    // A development fund's replenishment, a climate fund's conference, a humanitarian appeal.
    [
      'The United Kingdom pledged £480 million; Japan pledged ¥86 billion; Germany €420 million; and the Republic of Korea KRW 310 billion.',
      ['480000000 expected', '86000000000 expected', '420000000 expected', '310000000000 expected'],
    ],
    [
      'Norway pledged NOK 2 billion, Sweden SEK 1.5 billion and Denmark DKK 900 million.',
      ['2000000000 expected', '1500000000 expected', '900000000 expected'],
    ],
    [
      'Canada pledged C$300 million; France €250 million; and Italy €120 million.',
      ['300000000 expected', '250000000 expected', '120000000 expected'],
    ],
    // Near-misses: a list of sums paid, and a clause with a verb of its own after the pledge.
    ['Japan paid ¥86 billion; Germany €420 million.', ['86000000000 actual', '420000000 actual']],
    [
      'Donors pledged $4 billion; disbursements reached $2 billion.',
      ['4000000000 expected', '2000000000 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v9: a past change in an "after" or "since" clause keeps its own tense', () => {
  const read = valueStatus('2025-07-10', {
    publisher: 'Arland Development Bank',
    title: 'Board approvals',
    url: 'https://example.org/b',
  });

  it.each([
    // A development bank's approval, a ministry's programme, a statistics office's outlook.
    [
      'The grant will supply seed to 180,000 households after maize production dropped 17% in the last harvest.',
      ['-17 actual'],
    ],
    ['The programme will rebuild roads after floods destroyed 40% of the network.', ['40 actual']],
    [
      'Growth will pick up to 3% after the economy contracted 1.2% last year.',
      ['3 expected', '-1.2 actual'],
    ],
    // Near-misses: an "after" clause of what is still to come keeps the forecast.
    ['Prices will fall 2% after the new levy takes effect.', ['-2 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a target an outturn told with a past verb was held against is the target of a period over', () => {
  /** Each figure of `text` as "value status", dated 24 July 2033 (a finance ministry). */
  const read = valueStatus('2033-07-24');

  it.each([
    // A finance ministry's mid-year review, a revenue authority's half-year report, a debt office.
    [
      'Total Revenue and Grants for the first half of the year amounted to GH¢118.6 billion, against a target of GH¢124.3 billion.',
      ['118600000000 actual', '124300000000 actual'],
    ],
    [
      'Collections for the six months to June came to Ksh 1.32 trillion, against a target of Ksh 1.40 trillion.',
      ['1320000000000 actual', '1400000000000 actual'],
    ],
    [
      'The overall fiscal deficit for the first half was 2.0 per cent of GDP, within the programme target of 2.3 per cent.',
      ['2 actual', '2.3 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: a full-year target, a target of a year not over, a forecast set against a
    // target, and an outturn that names no span of the year it covers.
    [
      'Outlays reached €65.1 billion, set against an amended target of €53.8 billion.',
      ['65100000000 actual', '53800000000 expected'],
    ],
    [
      'Revenue for the first half amounted to GH¢58.1 billion, against a full-year target of GH¢124.3 billion.',
      ['58100000000 actual', '124300000000 expected'],
    ],
    [
      'Revenue for the first half amounted to GH¢58.1 billion, against a target of GH¢124.3 billion for 2033.',
      ['58100000000 actual', '124300000000 expected'],
    ],
    [
      'Revenue is projected to reach GH¢120 billion, against a target of GH¢124.3 billion.',
      ['120000000000 expected', '124300000000 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v14: a change told by a past verb in a clause of time or cause', () => {
  const read = valueStatus('2033-05-10');

  it.each([
    // A development bank's grant, a machinery federation's quote, a ministry's rebate and a farm
    // agency's outlook: what happened, whatever the main clause plans or forecasts.
    [
      'The grant will supply seed to 180,000 households after maize production dropped 17% in the last harvest.',
      ['-17 actual'],
    ],
    [
      '"Much of the gain is due to an extremely weak April last year, when orders had slumped by 17 percent."',
      ['-17 actual'],
    ],
    [
      'The government will extend the fuel rebate because diesel prices rose 18% in the first quarter.',
      ['18 actual'],
    ],
    ['Farm incomes should recover in 2034, after wheat yields fell 30% in 2032.', ['-30 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A year not over is read as its own clause is ("after" cuts it from the forecast, v9): the
    // past verb says the fall happened, as "Exports fell 4% in 2033." alone does. A perfect after
    // "once" states a condition to come.
    ['Exports will recover after they fell 4% in 2033.', ['-4 actual']],
    ['Sales should pick up once rates have dropped 1 percentage point.', ['-1 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v14: a relative clause that says what a part takes or accounts for now', () => {
  const read = valueStatus('2033-06-10');

  it.each([
    // A copper commission, a statistics office, a development bank and an energy agency: the
    // share a part has now, set off in a relative clause inside a forecast, is what is.
    [
      'China, which takes 56% of global refined consumption, is expected to expand its use by 2.2%.',
      ['56 actual', '2.2 expected'],
    ],
    [
      'Manufacturing, which accounts for 18 per cent of output, is projected to grow 2.5 per cent next year.',
      ['18 actual', '2.5 expected'],
    ],
    [
      "Germany, which buys a fifth of the region's exports, is forecast to grow 0.8% in 2034.",
      ['20 actual', '0.8 expected'],
    ],
    [
      'Renewables, which account for 30% of supply, will reach 45% by 2030.',
      ['30 actual', '45 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-miss: what a charge is to take from a year to come is a plan.
    ['The levy, which takes 2% of payroll from next year, will fund training.', ['2 expected']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v16: the sum a lending or borrowing plan comes to for a period not over is planned', () => {
  const read = valueStatus('2031-04-15');
  it.each([
    // A development bank's country strategy, with its parts after "of which".
    [
      "The Bank's indicative lending for 2031–2033 is $1.2 billion, of which $240 million is concessional.",
      ['1200000000 expected', '240000000 expected'],
    ],
    // A treasury's borrowing note.
    [
      "The government's gross borrowing programme for 2032 is ₱2.55 trillion.",
      ['2550000000000 expected'],
    ],
    // A debt office's funding plan for the year still running.
    [
      'The financing plan for fiscal year 2031 amounts to SEK 120 billion.',
      ['120000000000 expected'],
    ],
    // A municipal bond issuer's calendar.
    ['Our issuance programme for 2031-32 totals about €4 billion.', ['4000000000 expected']],
    // Near-misses: a period that is over, a past verb, a decision stated, no period named.
    ["The Bank's indicative lending for 2027–2029 is $1.1 billion.", ['1100000000 actual']],
    ['The indicative lending for 2031 was $900 million.', ['900000000 actual']],
    ['The Board approved lending for 2031 of $900 million.', ['900000000 actual']],
    ['Lending to small firms is $3 billion.', ['3000000000 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v16: a change in the present for this year, after a condition or baseline, is a forecast', () => {
  const read = valueStatus('2031-06-12');
  it.each([
    // An energy agency's market report.
    [
      'If voluntary cuts stay in place, supply from the producer group falls 0.8% this year.',
      ['-0.8 expected'],
    ],
    // A finance ministry's fiscal note.
    ['Assuming oil prices hold, tax revenue grows 4% this year.', ['4 expected']],
    // A central bank's monetary policy statement.
    ['On current policies, inflation eases to 3.1% this year.', ['3.1 expected']],
    // Near-misses: no condition, a change to date, "so far", a past verb.
    ['Supply from the producer group falls 0.8% this year.', ['-0.8 actual']],
    ['If you count bonds, our holdings are up 12% this year.', ['12 actual']],
    ['If the data hold, supply falls 0.8% this year so far.', ['-0.8 actual']],
    ['If the data hold, supply fell 0.8% this year.', ['-0.8 actual']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v16: a change in the present in a budget document whose year is not over is planned', () => {
  it.each([
    // A finance ministry's draft budget.
    [
      'Highlights of the Draft FY2033 Budget',
      '2032-12-20',
      'The bond dependency ratio falls 1.6 percentage points to 23.5%.',
      ['-1.6 expected', '23.5 expected'],
    ],
    // A state treasury's budget overview.
    [
      'Budget 2033-34 Overview',
      '2033-05-10',
      'Payroll tax revenue rises 4.2% to $9.1 billion.',
      ['4.2 expected', '9100000000 expected'],
    ],
    // A city's proposed budget.
    [
      'Proposed Budget 2033',
      '2032-10-01',
      'The general fund grows 3% to $2.4 billion.',
      ['3 expected', '2400000000 expected'],
    ],
    [
      'Budget 2033-34 Overview',
      '2033-05-10',
      'The operating deficit narrows 0.4 percentage points to 2.9% of GSP.',
      ['-0.4 expected', '2.9 expected'],
    ],
    [
      'Proposed Budget 2033',
      '2032-10-01',
      'The reserve ratio edges up 0.5 percentage point to 12.5% of revenue.',
      ['0.5 expected', '12.5 expected'],
    ],
    // Near-misses: a past verb, a period over named, a budget whose year is over.
    [
      'Highlights of the Draft FY2033 Budget',
      '2032-12-20',
      'The bond dependency ratio fell 1.6 percentage points to 23.5%.',
      ['-1.6 actual', '23.5 actual'],
    ],
    [
      'Highlights of the Draft FY2033 Budget',
      '2032-12-20',
      'In FY2030 the bond dependency ratio falls 1.6 percentage points to 23.5%.',
      ['-1.6 actual', '23.5 actual'],
    ],
    [
      'Highlights of the FY2030 Budget',
      '2032-12-20',
      'The bond dependency ratio falls 1.6 percentage points to 23.5%.',
      ['-1.6 actual', '23.5 actual'],
    ],
  ])('%s (%s): %s', (title, date, text, want) => {
    expect(valueStatus(date, { ...STATEMENT, title })(text)).toEqual(want);
  });
});

describe('v19: a line listed under a lead-in of decisions, in a budget for a period not over, is a decision', () => {
  it.each([
    [
      'Budget 2027/28 agreed',
      '2027-02-25',
      'The following charges were agreed for 2027/28:\n- Swimming, adult: £5.40, up from £5.10\n- Allotment plot: £48 a year\n',
      ['5.4 actual', '5.1 actual', '48 actual'],
    ],
    [
      'State Budget at a Glance 2027-28',
      '2027-02-12',
      'The following sums have been allocated in the budget:\n- Rural roads: Rs 4,200 crore\n- Primary health: Rs 3,150 crore\n',
      ['42000000000 actual', '31500000000 actual'],
    ],
    [
      'Borough Budget 2028 adopted',
      '2027-12-04',
      'The Council approved the following grants for 2028:\n- Youth clubs: $1.2 million\n- Libraries: $3.4 million\n',
      ['1200000 actual', '3400000 actual'],
    ],
    [
      'Provincial Budget 2028',
      '2027-11-20',
      'The following sums were agreed with the unions for 2028:\n- Nurses: €48 million\n- Teachers: €61 million\n',
      ['48000000 actual', '61000000 actual'],
    ],
    // Near-misses: a lead-in that plans, proposes or asks, and lines with no lead-in, keep the
    // budget's plan; "agreed to" is a plan, not a decision listed.
    [
      'State Budget at a Glance 2027-28',
      '2027-02-12',
      'The budget proposes the following sums:\n- Rural roads: Rs 4,200 crore\n',
      ['42000000000 expected'],
    ],
    [
      'Budget 2027/28 agreed',
      '2027-02-25',
      'Main lines of spending:\n- Swimming pools: £5.4 million\n',
      ['5400000 expected'],
    ],
    [
      'Provincial Budget 2028',
      '2027-11-20',
      'Ministers agreed to seek the following sums for 2028:\n- Nurses: €48 million\n',
      ['48000000 expected'],
    ],
    // A budget presented and not yet voted whose lead-in states its own lines in the present.
    [
      'State Budget at a Glance 2027-28',
      '2027-02-12',
      'The Finance Minister today presented the budget for 2027-28 in the Assembly.\n\nThe budget allocates the following sums:\n- Rural roads: Rs 4,200 crore\n',
      ['42000000000 expected'],
    ],
    [
      'State Budget at a Glance 2027-28',
      '2027-02-12',
      'The Finance Minister today presented the budget for 2027-28 in the Assembly.\n\nThe following sums have been allocated in the budget:\n- Rural roads: Rs 4,200 crore\n',
      ['42000000000 actual'],
    ],
  ])('%s (%s): %s', (title, date, text, want) => {
    expect(valueStatus(date, { ...STATEMENT, title })(text)).toEqual(want);
  });
});

describe('v19: a decision its maker took, "the decision of the Board to raise", sets what it names', () => {
  it.each([
    // A summit declaration, a regional council's communiqué, a ministers' statement, a central
    // bank's press release.
    [
      'We welcome the decision of the Board of Governors to raise the Fund’s authorised capital to US$80 billion.',
      ['80000000000 actual'],
    ],
    [
      'The Council welcomed Norland’s decision to double its contribution to the trust fund to €30 million from 2036.',
      ['100 actual', '30000000 actual'],
    ],
    [
      'Ministers noted the decision of the port authority to cut berthing charges by 15 percent from 1 July 2036.',
      ['-15 actual'],
    ],
    [
      'The Governor welcomed the decision by the Treasury to allocate R2.1 billion to drought relief.',
      ['2100000000 actual'],
    ],
    // Near-misses: a commitment or an agreement to, and a decision still awaited, stay plans.
    [
      'Leaders reaffirmed their commitment to double adaptation finance to US$40 billion by 2030.',
      ['100 expected', '40000000000 expected'],
    ],
    [
      'We look forward to a decision by the Board to raise the Fund’s capital to US$80 billion.',
      ['80000000000 expected'],
    ],
    [
      'Shareholders are awaiting the decision of the Board to raise capital to US$80 billion.',
      ['80000000000 expected'],
    ],
  ])('%s', (text, want) => {
    expect(valueStatus('2035-11-20')(text)).toEqual(want);
  });
});

describe('v19: an outturn told as a sum, then its percent of the budget, is actual, the sum and the percent', () => {
  it.each([
    // A port authority's annual report, a farm ministry, a state treasury, a provincial auditor.
    [
      '2034-09-10',
      'Capital spending came to $84.3 million, 93 per cent of the amount budgeted.',
      ['84300000 actual', '93 actual'],
    ],
    [
      '2033-10-14',
      'Spending on the rural development programme in 2032 amounted to €2.41 billion, 96 per cent of the amount budgeted.',
      ['2410000000 actual', '96 actual'],
    ],
    [
      '2033-07-02',
      'Tax collections reached ₹1,240 crore, 102% of the sum budgeted for 2032-33.',
      ['12400000000 actual', '102 actual'],
    ],
    [
      '2034-08-30',
      'Outlays totalled R3.6 billion, 88 percent of the budgeted amount.',
      ['3600000000 actual', '88 actual'],
    ],
    // Near-misses: an outturn still to come, a plan, and a year not over (the README's call: the
    // sentence names a year not yet over) stay expected.
    [
      '2034-09-10',
      'Capital spending will come to $84.3 million, 93 per cent of the amount budgeted.',
      ['84300000 expected', '93 expected'],
    ],
    [
      '2034-09-10',
      'Ministries plan to spend $84.3 million, 93 per cent of the amount budgeted.',
      ['84300000 expected', '93 expected'],
    ],
    [
      '2034-09-10',
      'Spending came to $84.3 million, 61 per cent of the amount budgeted for this year.',
      ['84300000 expected', '61 expected'],
    ],
  ])('%s: %s', (date, text, want) => {
    expect(valueStatus(date)(text)).toEqual(want);
  });
});

describe('v19: what a project or a stage of one is estimated to cost, in the present, is planned', () => {
  it.each([
    // A foreign ministry's readout, a presidential statement, a development bank, a transport
    // ministry.
    [
      'The total project cost is estimated at 9.2 billion US dollars, of which around 2 billion dollars has been spent so far.',
      ['9200000000 expected', '2000000000 actual'],
    ],
    [
      'The total cost of the second phase is estimated at 11 billion dollars.',
      ['11000000000 expected'],
    ],
    [
      'The construction cost of the new terminal is now estimated at €640 million.',
      ['640000000 expected'],
    ],
    [
      'The capital cost of the northern rail extension is estimated at A$3.1 billion in today’s prices.',
      ['3100000000 expected'],
    ],
    // Near-misses: a cost told in the past, a cost of a year that is over, and damage a past
    // event did keep their reading.
    ['The total project cost came to 9.2 billion US dollars.', ['9200000000 actual']],
    ['The total cost of the second phase was 11 billion dollars in 2033.', ['11000000000 actual']],
    ['The cost of last year’s floods is estimated at $3 billion.', ['3000000000 actual']],
  ])('%s', (text, want) => {
    expect(valueStatus('2035-06-12')(text)).toEqual(want);
  });
});

describe('the margin an indexation rule adds to any index it ties pay, prices or benefits to', () => {
  const stated = (text: string) => extractCandidates(text, 'doc').map((c) => c.stated.text);
  it.each([
    // A pay review body, a pensions department, a rail regulator, a housing law, a universities
    // funder, a low pay commission, a water regulator, a local government settlement.
    ['Public sector pay will rise by inflation plus 1% next year.', []],
    ['The state pension is uprated by earnings plus 0.5 per cent.', []],
    ['Rail fares go up by RPI plus 1 percentage point in January.', []],
    ['Rents may be increased by at most CPI plus 2 percent.', []],
    ['Tuition fees are indexed to prices plus 1.5%.', []],
    ['The minimum wage will track median earnings plus 2 per cent.', []],
    ['Water bills may rise by CPIH plus 3% under the settlement.', []],
    ['Grants to councils will grow at the rate of inflation plus 0.75 percent.', []],
    ['Benefits are uprated each April by average weekly earnings plus 0.2%.', []],
    // Near-misses: a sum of two measures, a change with a bonus after it, two changes.
    ['Wages plus benefits rose 4.1% in 2030.', ['rose 4.1%']],
    ['Earnings rose 3.2%, plus bonuses.', ['rose 3.2%']],
    ['Prices rose 2% and wages 3% in 2030.', ['rose 2%', '3%']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v28: a fraction of an index\'s gain that an indexation rule adds, "plus half of the gain in"', () => {
  const values = (text: string): string[] =>
    extractCandidates(text, 'doc', {
      source: {
        date: '2034-05-20',
        publisher: 'Ministry',
        title: 'Statement',
        url: 'https://example.org/s',
      },
    }).map((c) => `${c.value} ${c.kind}`);
  it.each([
    // A labour ministry, a pensions agency, a rent regulator.
    [
      'Each year the minimum wage is raised by at least the increase in the consumer price index, plus half of the gain in purchasing power of the basic hourly wage.',
      [],
    ],
    [
      'Pensions are uprated each April by inflation plus one-third of the increase in average earnings.',
      [],
    ],
    ['Regulated rents may rise by CPI plus half of the growth in median wages.', []],
    [
      'On 1 January the allowance is raised by the rise in the price index for households in the lowest quintile, i.e. the fifth with the lowest incomes, plus half of the gain in real wages.',
      [],
    ],
    // Near-misses: a past change with "plus" and a fraction of a gain, no indexation rule.
    [
      'Prices rose 2 per cent, plus half of the increase in wages was passed on.',
      ['2 change', '50 share'],
    ],
    [
      'Exports rose 4 per cent, and half of the gain in exports came from cars.',
      ['4 change', '50 share'],
    ],
  ])('%s', (text, want) => {
    expect(values(text)).toEqual(want);
  });
});

describe('v29: a budget bill or a named plan that proposes, provides or has a sum sets a plan', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-04-11', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.status}`,
    );

  it.each([
    // A grants agency's budget note, a climate fund's report, a debt office's borrowing plan, a
    // treasury's finance bill, a utility's capital plan.
    [
      "The Government's budget bill proposes SEK 2.3 billion for 2034.",
      ['SEK 2.3 billion expected'],
    ],
    ['For 2033 the economic plan of the fund provides €31.2 billion.', ['€31.2 billion expected']],
    [
      'The borrowing plan has issuance of nominal bonds of SEK 45 billion in 2033 and SEK 60 billion in 2034.',
      ['SEK 45 billion expected', 'SEK 60 billion expected'],
    ],
    [
      'The budget bill tabled in parliament proposes $4.1 billion for roads.',
      ['$4.1 billion expected'],
    ],
    ['The spending plan provides £12 billion for hospitals.', ['£12 billion expected']],
    ['The capital plan of the utility sets out €2.4 billion for grids.', ['€2.4 billion expected']],
    // Near-misses: a past verb, a plan of a year that is over, a plan that has been changed, a
    // sum spent against the plan, a bill that is no budget's.
    ['The spending plan provided £12 billion for hospitals in 2030.', ['£12 billion actual']],
    ['The 2029 economic plan of the fund provides €28.3 billion.', ['€28.3 billion actual']],
    [
      'The borrowing plan has been cut by SEK 5 billion after tax receipts came in.',
      ['SEK 5 billion actual'],
    ],
    ['The energy bill proposes nothing new; prices rose 4% in March.', ['rose 4% actual']],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v29: a figure for a year still running that "has been revised" up or down by a sum is a forecast revised', () => {
  const read = (text: string, date = '2033-06-13') =>
    extractCandidates(text, 'doc', { source: { date, ...STATEMENT } }).map(
      (c) => `${c.value} ${c.status}`,
    );

  it.each([
    // A debt office's forecast, a finance ministry's update, a fiscal council's note, a state
    // treasury's mid-year review.
    [
      'Compared with the forecast in February, the balance for 2033 has been revised up by SEK 16 billion, mainly because tax payments have been higher.',
      ['16000000000 expected'],
    ],
    [
      'Revenue for 2033 has been revised down by €2.4 billion since the spring.',
      ['2400000000 expected'],
    ],
    ['The 2033 deficit has been revised up by about $3 billion.', ['3000000000 expected']],
    ['Net borrowing for 2033–34 has been revised down by £4.1 billion.', ['4100000000 expected']],
    // Near-misses: a year that is over, a quarter, a past "was revised" of a year over, no year.
    ['The balance for 2032 has been revised up by SEK 16 billion.', ['16000000000 actual']],
    [
      'Output in the first quarter of 2033 has been revised up by $2 billion.',
      ['2000000000 actual'],
    ],
    [
      'Tax receipts in 2031 were revised up by $3 billion in the final accounts.',
      ['3000000000 actual'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v29: a sum asked for "a total of" is still asked for, not granted', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-13', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.status}`,
    );

  it.each([
    // A grant fund's call results, a disaster agency's claims note, a council funding round.
    [
      'The call attracted 412 applications requesting a total of €21.3 billion, more than four times the budget available.',
      ['€21.3 billion expected'],
    ],
    [
      'Farmers have filed claims seeking a total of $40 million in relief.',
      ['$40 million expected'],
    ],
    ['Councils submitted bids requesting a total of £1.2 billion.', ['£1.2 billion expected']],
    // Near-misses: a request for a year that is over, a total granted.
    ['The applicants requested a total of €2 billion in 2031.', ['€2 billion actual']],
    ['The fund awarded a total of €3.6 billion to 85 projects.', ['€3.6 billion actual']],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v31: investment pledged is promised, not yet made', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-13', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.status}`,
    );

  it.each([
    // An investment agency, a ministry, an embassy, a statistics release, a company, a trade
    // agency's outlook.
    [
      'Foreign investors pledged $3.2 billion in new projects in the first half, up 14% on a year earlier.',
      ['$3.2 billion expected', 'up 14% expected'],
    ],
    ['Investment pledges from Gulf funds reached €4.5 billion in 2032.', ['€4.5 billion expected']],
    [
      'At the forum, Korean companies pledged investments worth about US$2 billion in battery plants.',
      ['US$2 billion expected'],
    ],
    [
      'FDI pledged to the country rose 8.1% to $12.4 billion in January–June.',
      ['rose 8.1% expected', '$12.4 billion expected'],
    ],
    [
      'The partners have pledged capital of €800 million to the joint venture.',
      ['€800 million expected'],
    ],
    [
      'Greenfield projects accounted for 71% of pledged investment.',
      ['71% of pledged investment expected'],
    ],
    [
      'Manufacturing attracted investment pledges of $9.6 billion, the agency said.',
      ['$9.6 billion expected'],
    ],
    [
      'Registered foreign investment, the capital that investors pledge when they obtain their licences, reached US$38.4 billion in 2032.',
      ['US$38.4 billion expected'],
    ],
    // Near-misses: a pledge to a fund that names no investment, investment disbursed or realised,
    // a sum paid out of a larger pledge, shares pledged as collateral.
    [
      'Three development banks pledged more than $5 billion for the new climate fund.',
      ['$5 billion actual'],
    ],
    ['Disbursed FDI rose 9% to $25.4 billion.', ['rose 9% actual', '$25.4 billion actual']],
    [
      'Investors disbursed $2 billion of the $5 billion they pledged in 2031.',
      ['$2 billion actual', '$5 billion expected'],
    ],
    ['The bank pledged shares worth $300 million as collateral.', ['$300 million actual']],
    [
      'Investment realised in the period rose 13.8% to $14.3 billion.',
      ['rose 13.8% actual', '$14.3 billion actual'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v31: a forecast revised to a new range, "from" its earlier one', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-13', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.value ?? `${c.range?.low}…${c.range?.high}`} ${c.status}`,
    );

  it.each([
    // A trade agency, a central bank, a finance ministry, an international body, a statistics
    // release; a company's guidance is read for its ranges only.
    [
      'Enterprise Arland has narrowed its 2033 forecast for export growth to 4.0 to 5.0 per cent, from 3.0 to 5.0 per cent.',
      ['4.0 to 5.0 per cent 4…5 expected', '3.0 to 5.0 per cent 3…5 expected'],
    ],
    [
      'The Bank raised its inflation projection for 2033 to 2.5-3.0 per cent, from 2.0-2.5 per cent in March.',
      ['2.5-3.0 per cent 2.5…3 expected', '2.0-2.5 per cent 2…2.5 expected'],
    ],
    [
      'The ministry lowered its growth estimate for this year to 1.5 to 2 percent, from 2 to 2.5 percent previously.',
      ['1.5 to 2 percent 1.5…2 expected', '2 to 2.5 percent 2…2.5 expected'],
    ],
    [
      'The Fund cut its outlook for world trade growth in 2033 to 2.1 to 2.6 per cent, from 2.8 to 3.3 per cent.',
      ['2.1 to 2.6 per cent 2.1…2.6 expected', '2.8 to 3.3 per cent 2.8…3.3 expected'],
    ],
    [
      'The export growth forecast has been raised to 3.0 to 4.0 per cent, from 1.0 to 3.0 per cent.',
      ['3.0 to 4.0 per cent 3…4 expected', '1.0 to 3.0 per cent 1…3 expected'],
    ],
    // Near-misses: two levels from one to another, a rate set and the rate before it.
    [
      'Exports rose from 3.0 to 5.0 per cent of GDP.',
      ['from 3.0 to 5.0 per cent of GDP 3 actual', '5.0 per cent of GDP 5 actual'],
    ],
    [
      'Unemployment fell from 5.1 to 4.8 per cent, the survey shows.',
      ['from 5.1 to 4.8 per cent 5.1 actual', '4.8 per cent 4.8 actual'],
    ],
    [
      'The central bank raised its policy rate to 4.5 per cent, from 4.25 per cent.',
      ['4.5 per cent 4.5 actual', '4.25 per cent 4.25 actual'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));

  it('reads a company guidance moved to a range from its earlier range as two ranges', () => {
    const found = extractCandidates(
      'The group raised its full-year guidance for organic sales growth to 6% to 7%, from 5% to 6%.',
      'doc',
    );
    expect(found.map((c) => c.range)).toEqual([
      { low: 6, high: 7 },
      { low: 5, high: 6 },
    ]);
  });
});

describe('v37: a verb of asking, its addressee and "for", then the sum or what is asked "of" it, is asked for, not granted', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2031-04-02', ...STATEMENT } }).map(
      (c) => `${c.stated.text} ${c.status}`,
    );

  it.each([
    // A health agency, a central bank, a regional government, unions, a statistics office, an
    // international body, a company: the verb of asking, someone asked, "for", the thing asked.
    [
      'The hospital trust applied to the ministry for a grant of £12 million.',
      ['£12 million expected'],
    ],
    [
      'The central bank has asked the treasury for a capital injection of R$15 billion.',
      ['R$15 billion expected'],
    ],
    [
      'The city is appealing to the federal government for US$90 million in flood aid.',
      ['US$90 million expected'],
    ],
    ['Unions pressed the employers for a pay rise of 6.5%.', ['rise of 6.5% expected']],
    [
      'The statistics office asked parliament for an additional €4 million to run the census.',
      ['€4 million expected'],
    ],
    [
      'The World Food Programme appealed for US$310 million to feed refugees in the region.',
      ['US$310 million expected'],
    ],
    [
      'The carrier petitioned the regulator for a fare increase of 8 percent.',
      ['increase of 8 percent expected'],
    ],
    // A body named at length between the verb and "for".
    [
      'The museum trust has applied to the Department of Culture and Heritage for a grant of €3 million.',
      ['€3 million expected'],
    ],
    // Near-misses: "for" after a verb of paying, a noun of asking that is counted, a request
    // granted, and what a scheme lets anyone apply for (its cap).
    ['The ministry paid for 40% of the works in 2030.', ['40% of the works actual']],
    ['Applications for export credit rose by 12% in 2030.', ['rose by 12% actual']],
    ['The agency applied for and received €20 million in 2030.', ['€20 million actual']],
    ['Farmers can apply for grants of up to £40,000 a holding.', ['£40,000 actual']],
    ['Pensioners can apply to the council for a discount of 25% on their bill.', ['25% actual']],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v33: a target qualified by a year-end or an age group before its copula names its number', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', {
      source: { date: '2032-02-26', publisher: 'Office', title: 'Release', url: 'https://e.org' },
    }).map((c) => `${c.stated.text} ${c.status}`);

  it.each([
    // A statistics office, a provincial health ministry, a central bank, an education ministry, a
    // company, a labour ministry, a quarterly plan.
    [
      'The current intermediate targets, for the year ended June 2033, are 10 percent on the before-housing-costs measure, 15 percent after housing costs, and 11.5 percent for material hardship.',
      ['10 percent expected', '15 percent expected', '11.5 percent expected'],
    ],
    [
      "The province's target for adults 65 and older is 75 per cent coverage by the end of the season.",
      ['75 per cent expected'],
    ],
    ["The Bank's target for the year ending March 2033 is 2 per cent.", ['2 per cent expected']],
    [
      "The ministry's target for children aged 5 to 14 is 95 per cent enrolment.",
      ['95 per cent expected'],
    ],
    [
      "The company's margin target for the financial year ended 30 June 2033 is 18%.",
      ['18% expected'],
    ],
    [
      'The target for workers aged 55 and over is an employment rate of 65 per cent.',
      ['65 per cent expected'],
    ],
    ['The target for the quarter ending September is 4.5 per cent.', ['4.5 per cent expected']],
    // Near-misses: a target met and the level reached, a group's level, a year-end period's
    // outturn, a verb of what happened after the target.
    [
      'The target for adults 65 and older was met: coverage reached 78 per cent.',
      ['78 per cent actual'],
    ],
    ['Coverage among adults 65 and older rose to 58.2 per cent.', ['58.2 per cent actual']],
    ['For the year ended June 2031, the rate was 11.8 percent.', ['11.8 percent actual']],
    [
      'The target for 2031 was exceeded, and the rate ended the year at 4.1 per cent.',
      ['4.1 per cent actual'],
    ],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v38: a margin, spread, premium or surcharge "of" points over a benchmark sets a rate, no figure', () => {
  const stated = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2031-04-02', ...STATEMENT } }).map(
      (c) => c.stated.text,
    );
  it.each([
    // A debt office's issue note, a finance ministry's loan, a development bank, a consumer-credit
    // regulator, a student-loan agency, a utility's borrowing, a mortgage lender.
    ['The notes pay a spread of 90 basis points over SOFR.', []],
    ['The bonds were priced at a spread of 120 bps over mid-swaps.', []],
    ['The new issue came at a margin of 85 basis points to the benchmark Bund.', []],
    ['Lenders charge a premium of 3 percentage points over the policy rate on consumer loans.', []],
    ['The development bank lends at a markup of 0.6 per cent over its cost of funds.', []],
    [
      'Student loans bear interest at a margin of 1.5 percentage points above the consumer price index.',
      [],
    ],
    [
      'Mortgage rates are set at a premium of 1.2 percentage points to the ten-year gilt yield.',
      [],
    ],
    ['The state utility borrows at a surcharge of 0.4% over the Treasury rate.', []],
    // Near-misses: a spread or margin that moved, a margin's level, a premium against no benchmark,
    // a gap to inflation stated with its verb.
    ['The spread over Bunds widened by 20 basis points in May.', ['widened by 20 basis points']],
    ['The margin over Euribor was cut by 25 basis points.', ['cut by 25 basis points']],
    ["The bank's net interest margin was 2.4% in 2030.", ['2.4%']],
    ['Houses sold at a premium of 12% to the list price.', ['12%']],
    ['Wages rose 2 percentage points above inflation.', ['rose 2 percentage points']],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v40: the margin a formula adds to a reference rate, by its grammar', () => {
  const proposed = (text: string, stated: string): boolean => {
    const at = [...text.slice(0, text.indexOf(stated))].length;
    const end = at + [...stated].length;
    return extractCandidates(text, 'doc', { source: { date: '2031-04-02', ...STATEMENT } }).some(
      (c) => c.stated.start < end && c.stated.end > at,
    );
  };
  it.each([
    // A spread or premium a security carries, pays or is priced with, over a rate.
    ['The loans carry a spread of 180 basis points over SOFR.', '180 basis points'],
    [
      'Green bonds were issued with a premium of 40 basis points over mid-swaps.',
      '40 basis points',
    ],
    [
      'The sukuk was priced with a spread of 1.35 percentage points over US Treasuries.',
      '1.35 percentage points',
    ],
    // A percent after a reference rate's name and "plus".
    ['The facility is priced at Euribor plus 0.75%.', '0.75%'],
    ['The development bank lends to municipalities at six-month JIBAR + 1.2%.', '1.2%'],
    [
      "The ministry's on-lending agreement charges SONIA plus 1.1 per cent to the utilities.",
      '1.1 per cent',
    ],
  ])('%s: %s is no figure', (text, stated) => expect(proposed(text, stated)).toBe(false));
  it.each([
    ['The spread over SOFR widened by 20 basis points in March.', '20 basis points'],
    ['Euribor rose 0.75% in the quarter.', '0.75%'],
    ['Emerging market spreads narrowed to 350 basis points.', '350 basis points'],
    ['The policy rate is 2 percentage points above the neutral rate.', '2 percentage points'],
  ])('%s: %s stays a figure', (text, stated) => expect(proposed(text, stated)).toBe(true));
});

describe('v47: a whole named by what would, should or could have been is no hedge of the outturn set against it', () => {
  const status = valueStatus('2028-10-30');
  it.each([
    // A tax administration, a bank supervisor, a statistics office, a ministry, an insurer.
    [
      'The VAT gap in 2026 was €61 billion, or 9.5% of the revenue that should have been collected.',
      ['61000000000 actual', '9.5 actual'],
    ],
    [
      'Banks wrote off R$ 12 billion in 2025, 3% of the loans that could have been recovered.',
      ['12000000000 actual', '3 actual'],
    ],
    [
      'Unpaid care work in 2024 was worth £600 billion, about 25% of what households would have spent on paid services.',
      ['600000000000 actual', '25 actual'],
    ],
    [
      'Foregone revenue in 2025 came to Rs 4,200 crore, or 0.9% of what the scheme might have raised.',
      ['42000000000 actual', '0.9 actual'],
    ],
    [
      'The insurer paid out €1.4 billion last year, 62% of what it would have owed under the old rules.',
      ['1400000000 actual', '62 actual'],
    ],
    // Near-misses: a forecast with a plain "would" or "will", and an unreal past that is the
    // figure's own verb.
    [
      'Revenue will be $12 billion, or 4% of what the state would collect under full compliance.',
      ['12000000000 expected', '4 expected'],
    ],
    ['The gap is expected to narrow to 5% of the tax that would be due.', ['5 expected']],
    ['Staff estimate that the reform would raise revenue by 0.5% of GDP.', ['0.5 expected']],
  ])('%s → %j', (text, want) => expect(status(text)).toEqual(want));
});

describe('v44: the margin an indexation rule takes from an index, or adds by a named noun, as it adds one', () => {
  const stated = (text: string) => extractCandidates(text, 'doc').map((c) => c.stated.text);
  it.each([
    // A pensions department, a water regulator, a labour law, a rail regulator, a notional-account
    // pension agency, a social insurance office.
    [
      'State pensions are uprated each April by the increase in average earnings minus 0.5 percentage points.',
      [],
    ],
    ['Water bills may be raised each year by CPIH less an efficiency factor of 1.2 per cent.', []],
    [
      'Under the law, the wage floor is adjusted annually by the change in the consumer price index plus a margin of 0.5 percentage points.',
      [],
    ],
    ['Regulated rail fares rise each January by RPI minus 1 per cent.', []],
    [
      'In the notional accounts, balances are indexed by the growth of the average wage index less a deduction of 0.3 percentage points.',
      [],
    ],
    [
      'Benefits are revalued each year by the change in the pension index less a norm of 1.5 percentage points.',
      [],
    ],
    // Near-misses: "less than" after a change, an index that rose, an index less its parts, and a
    // gap between two measures stated with its verb.
    [
      'Prices rose 2 per cent, less than the 3 per cent expected.',
      ['rose 2 per cent', '3 per cent'],
    ],
    [
      'Pensions were adjusted by 3.1 percent in January, less than the 4.6 percent rise in the income index.',
      ['3.1 percent', '4.6 percent rise'],
    ],
    ['The income index rose 4.6 percent for 2032.', ['rose 4.6 percent']],
    ['CPI less food and energy rose 2.1% in the year to June.', ['rose 2.1%']],
    [
      'Earnings growth minus inflation was 1.2 percentage points in 2031.',
      ['1.2 percentage points'],
    ],
  ])('%s → %j', (text, expected) => expect(stated(text)).toEqual(expected));
});

describe('v50: a cost its subject names as estimated is a forecast of that cost', () => {
  // The held sentences, written before the rule from the class alone: a cost named as estimated
  // by a participle ("estimated cost", "anticipated cost") or by the noun of an estimate
  // ("the latest estimate", "the current estimate for the dam"), stated with a present verb, in
  // the voices of a ministry, a court of accounts, a development agency, a company, an
  // international body and an oil company; then the near-misses whose reading is the other one.
  const dated = valueStatus('2031-04-02');
  it.each([
    [
      "The estimated cost of the new children's hospital is now $1.2 billion, the ministry said.",
      ['1200000000 expected'],
    ],
    [
      'Its estimated cost is now R$ 4.9 billion, against R$ 3.1 billion in the 2019 contracts.',
      ['4900000000 expected', '3100000000 actual'],
    ],
    ['The current estimate for the dam stands at KES 64 billion.', ['64000000000 expected']],
    [
      'The latest estimate, which the board approved in March 2031, is €780 million.',
      ['780000000 expected'],
    ],
    [
      'The latest estimate, which the board approved in May, is €780 million.',
      ['780000000 expected'],
    ],
    [
      'The anticipated cost of the refinery upgrade has risen to $2.3 billion.',
      ['2300000000 expected'],
    ],
    ['The expected final cost of the metro extension is A$3.6 billion.', ['3600000000 expected']],
    // Near-misses: a past verb, a cost of a thing done or of a period that is over, a cost
    // already incurred, and an estimate of a level that is no cost.
    ["The estimated cost of last year's floods was $2.1 billion.", ['2100000000 actual']],
    [
      'The bridge was completed in March at an estimated cost of $450 million.',
      ['450000000 actual'],
    ],
    ['The estimated cost of the works completed in 2029 is €310 million.', ['310000000 actual']],
    [
      'The cost of the programme is $2 billion, of which $1.5 billion has been spent.',
      ['2000000000 actual', '1500000000 actual'],
    ],
    ['The latest estimate of the unemployment rate is 4.1%.', ['4.1 actual']],
  ])('%s → %j', (text, expected) => expect(dated(text)).toEqual(expected));
});

describe('v50: a figure over a horizon still ahead is projected', () => {
  // Held sentences: a horizon or the period a forecast, plan or programme covers, named in the
  // sentence of a present verb (a fiscal council, a company, an international body, a ministry, a
  // central bank); near-misses: a past verb, a span that is over, a year gone.
  const dated = valueStatus('2031-04-02');
  it.each([
    [
      "Over the five-year horizon, however, our deficits exceed the government's by $31 billion in total.",
      ['31000000000 expected'],
    ],
    [
      "Across the medium-term horizon, the company's capital spending totals A$4.1 billion.",
      ['4100000000 expected'],
    ],
    [
      'Over the programme period, disbursements come to US$2.4 billion, the Fund said.',
      ['2400000000 expected'],
    ],
    ["Over the plan horizon, the ministry's revenue rises by 12 percent.", ['12 expected']],
    [
      "Over the forecast horizon, inflation averages 2.3%, the Bank's staff project.",
      ['2.3 expected'],
    ],
    ['Over the past five years, public debt declined to 68 per cent of GDP.', ['68 actual']],
    ['Over the last decade, exports grew by 4.1% a year.', ['4.1 actual']],
    [
      'Over the 2014-2020 programme period, disbursements came to US$2.4 billion.',
      ['2400000000 actual'],
    ],
    ['Over the year, the fund returned 6.2%.', ['6.2 actual']],
  ])('%s → %j', (text, expected) => expect(dated(text)).toEqual(expected));
});

describe('v62: the base of a comparison named by the stage of a budget already adopted is that decision', () => {
  /** The status of the figure whose stated words overlap `number`, dated 2 April 2031. */
  const statusOf = (sentence: string, number: string): string | undefined => {
    const at = sentence.indexOf(number);
    if (at < 0) throw new Error(`"${number}" is not in "${sentence}": fix the row`);
    return extractCandidates(sentence, 'doc', {
      source: { date: '2031-04-02', ...STATEMENT },
    }).find((c) => c.stated.start < at + number.length && c.stated.end > at)?.status;
  };
  it.each([
    // An agency's request, a ministry's proposal, a central bank's, a company's, an international
    // body's and a city's budget, each set against a budget already enacted, appropriated, adopted,
    // approved, sanctioned or voted (written before the rule).
    [
      "The President's Budget requests $11.24 billion for the Foundation in fiscal year 2032, an increase of 4.8 percent over the FY 2031 enacted level of $10.725 billion.",
      '$10.725 billion',
      'actual',
    ],
    [
      'The department presented its proposed 2032 budget of ₱812.4 billion, 5.6 percent more than its 2031 appropriation of ₱769.3 billion under the General Appropriations Act.',
      '₱769.3 billion',
      'actual',
    ],
    [
      "The Bank's 2032 budget proposes operating expenses of €412 million, 3.5 per cent above the €398 million adopted budget for 2031.",
      '€398 million',
      'actual',
    ],
    [
      'The 2032 budget the board will vote on in December includes capital spending of $1.9 billion, up from the board-approved $1.6 billion for this year.',
      '$1.6 billion',
      'actual',
    ],
    [
      'The Budget 2031-32 proposes ₹26,500 crore for the Ministry, up from the sanctioned allocation of ₹21,900 crore for 2030-31.',
      '₹21,900 crore',
      'actual',
    ],
    [
      'Compared with the voted appropriation of KSh 12.4 billion, the request for 2031/32 is 9 per cent higher.',
      'KSh 12.4 billion',
      'actual',
    ],
    [
      "The draft estimates put the department's spending at £2.3bn in 2031-32, up from an authorised £2.1bn this year.",
      '£2.1bn',
      'actual',
    ],
    // Near-misses: the request, its change and the proposal keep the plan's reading, and so does a
    // base that is an earlier request, proposal or projection.
    [
      "The President's Budget requests $11.24 billion for the Foundation in fiscal year 2032, an increase of 4.8 percent over the FY 2031 enacted level of $10.725 billion.",
      '$11.24 billion',
      'expected',
    ],
    [
      "The President's Budget requests $11.24 billion for the Foundation in fiscal year 2032, an increase of 4.8 percent over the FY 2031 enacted level of $10.725 billion.",
      '4.8 percent',
      'expected',
    ],
    [
      "The President's Budget requests $11.24 billion for the Foundation in fiscal year 2032, an increase of 4.8 percent over the FY 2031 request of $10.725 billion.",
      '$10.725 billion',
      'expected',
    ],
    [
      "The Governor's budget proposes $3.1 billion for roads in 2032, 4 percent more than the $2.98 billion proposed for 2031 in last year's plan.",
      '$2.98 billion',
      'expected',
    ],
    [
      'The draft budget for 2032 sets spending at €1.3 billion, above the €1.2 billion projected for 2032 in the approved medium-term plan.',
      '€1.2 billion',
      'expected',
    ],
    [
      "The draft estimates put the department's spending at £2.3bn in 2031-32, up from an authorised £2.1bn this year.",
      '£2.3bn',
      'expected',
    ],
  ] as const)('%s (%s) is %s', (sentence, number, want) => {
    expect(statusOf(sentence, number)).toBe(want);
  });
});

describe('v62: an outturn told with a past verb against the sum budgeted for a period that is over', () => {
  const statusOf = (sentence: string, number: string): string | undefined => {
    const at = sentence.indexOf(number);
    if (at < 0) throw new Error(`"${number}" is not in "${sentence}": fix the row`);
    return extractCandidates(sentence, 'doc', {
      source: { date: '2031-04-02', ...STATEMENT },
    }).find((c) => c.stated.start < at + number.length && c.stated.end > at)?.status;
  };
  it.each([
    // An EU body, a toll agency, a company, a ministry, a city, a central bank, a state fund and a
    // finance ministry, each with its own outturn noun and past verb (written before the rule).
    [
      'Interest on the recovery borrowing came to €5.6 billion in 2030, more than double the €2.6 billion initially budgeted for the year.',
      '€5.6 billion',
      'actual',
    ],
    [
      'Interest on the recovery borrowing came to €5.6 billion in 2030, more than double the €2.6 billion initially budgeted for the year.',
      '€2.6 billion',
      'actual',
    ],
    [
      'Traffic rose 6.7% in the fiscal year ended 31 March 2031, and toll revenue came to $248.3 million, or 102.6% of the amount budgeted.',
      '102.6%',
      'actual',
    ],
    [
      'Traffic rose 6.7% in the fiscal year ended March 31, 2031, and toll revenue came to $248.3 million, or 102.6% of the amount budgeted.',
      '$248.3 million',
      'actual',
    ],
    [
      'Capital expenditure for the year to 31 March 2031 totalled R3.2 billion, 91% of the R3.5 billion budgeted.',
      'R3.5 billion',
      'actual',
    ],
    [
      'Claims under the scheme amounted to £412 million in 2030, against £380 million originally budgeted.',
      '£380 million',
      'actual',
    ],
    [
      "The stadium's running costs were $14.2 million last year, 8 per cent above the $13.1 million first budgeted.",
      '$13.1 million',
      'actual',
    ],
    [
      "The Bank's operating expenses totalled ZAR 4.1 billion in 2030, or 97 per cent of the budgeted amount.",
      '97 per cent',
      'actual',
    ],
    [
      'Outlays on the fertiliser subsidy stood at Rs 1.9 lakh crore in 2029-30, 12 per cent more than the Rs 1.7 lakh crore originally budgeted.',
      'Rs 1.7 lakh crore',
      'actual',
    ],
    [
      'Dividend receipts reached $2.1 billion in 2030, 15% above the $1.83 billion budgeted for the year.',
      '$1.83 billion',
      'actual',
    ],
    // Near-misses: an outturn still to come, a year not over, a budget told with no outturn.
    [
      'Revenue is expected to come to $248 million in 2031, or 102% of the amount budgeted.',
      '$248 million',
      'expected',
    ],
    [
      'Interest is projected at €5.6 billion in 2031, more than double the €2.6 billion initially budgeted for the year.',
      '€2.6 billion',
      'expected',
    ],
    [
      'The €2.6 billion initially budgeted for 2032 will not be enough.',
      '€2.6 billion',
      'expected',
    ],
    [
      'Spending so far this year came to $1.2 billion, 40 per cent of the $3 billion budgeted for the year.',
      '$3 billion',
      'expected',
    ],
    [
      'Dividend receipts are projected to reach $2.4 billion in 2031, 10% above the $2.18 billion budgeted for the year.',
      '$2.18 billion',
      'expected',
    ],
  ] as const)('%s (%s) is %s', (sentence, number, want) => {
    expect(statusOf(sentence, number)).toBe(want);
  });
});

describe('v65: an item listed under a heading that names what is required, asked for or pledged states that request', () => {
  // Held sentences, written before the rule from the class alone: a short heading (no sentence)
  // naming a requirement, a request, what is sought or needed, or pledges, over a list of
  // "label: sum" lines, bulleted or not (a finance ministry, a transport agency, a company, an
  // international body, a donor government, a central bank); near-misses: a heading of money
  // received, paid or granted, a regulatory requirement, collateral pledged, an item with its own
  // decision, and a sentence under such a heading.
  const dated = valueStatus('2026-03-10');
  it.each([
    [
      'Supplementary estimates requested\n\n• Health: £2.4 billion\n• Education: £1.1 billion',
      ['2400000000 expected', '1100000000 expected'],
    ],
    [
      'Funding sought from the federal programme\n\n- Rail upgrades: $310 million\n- Bus fleet: $85 million',
      ['310000000 expected', '85000000 expected'],
    ],
    [
      'Funding requirements\n\n- Working capital: US$40 million\n- Drilling programme: US$95 million',
      ['40000000 expected', '95000000 expected'],
    ],
    [
      'Financing needs by programme\n\n- Social protection: US$120 million\n- School meals: US$45 million',
      ['120000000 expected', '45000000 expected'],
    ],
    [
      'Pledges made at the conference\n\n- Canada: C$40 million\n- Netherlands: €25 million',
      ['40000000 expected', '25000000 expected'],
    ],
    [
      'Resource requirements by region\nEast Africa: €4.2 million\nSahel: €1.9 million',
      ['4200000 expected', '1900000 expected'],
    ],
    [
      'Liquidity support requested by banks\n\n- Bank A: €400 million\n- Bank B: €150 million',
      ['400000000 expected', '150000000 expected'],
    ],
    ['Pledges not yet paid\n\n- Government of Japan: ¥900 million', ['900000000 expected']],
    ['Requirements not funded\nEducation: US$8 million', ['8000000 expected']],
    [
      'Funding received against requirements\n\n- Health: US$12 million\n- Shelter: US$7 million',
      ['12000000 actual', '7000000 actual'],
    ],
    ['Pledges paid in 2025\n\n- Norway: NOK 200 million', ['200000000 actual']],
    [
      'Capital requirements\n\n- Pillar 1: €2.1 billion\n- Pillar 2: €0.8 billion',
      ['2100000000 actual', '800000000 actual'],
    ],
    ['Assets pledged as collateral\n\n- Government bonds: €3 billion', ['3000000000 actual']],
    [
      'Funding requirements\nPlan total: CHF 9 million\nEmergency fund allocated: CHF 500,000',
      ['9000000 expected', '500000 actual'],
    ],
    ['Requests granted\n\n- Port authority: $40 million', ['40000000 actual']],
    ['Funding requirements\n\nThe plan received US$300 million in 2025.', ['300000000 actual']],
  ])('%j → %j', (text, expected) => expect(dated(text)).toEqual(expected));
});

describe('v65: a part of what is required or asked for takes the request’s status', () => {
  // Held sentences, written before the rule from the class alone: a share or sum whose whole is a
  // requirement, a request, an appeal or the funding sought, told with a present verb of make-up
  // ("accounts for", "makes up", "represents", "is for"), or the part after "of which" of a sum a
  // verb of asking states (a ministry, a transport agency, a company, an international body, a UN
  // agency, a central bank); near-misses: money received or covered against the requirement, a
  // past verb or a year over, and a part of spending rather than of a request.
  const dated = valueStatus('2026-03-10');
  it.each([
    ['Defence accounts for 18 per cent of the spending request.', ['18 expected']],
    [
      'Rail projects make up 40% of the funding sought from the federal programme.',
      ['40 expected'],
    ],
    ["The new smelter represents 55 percent of the group's funding requirement.", ['55 expected']],
    [
      'Social protection accounts for US$120 million of the financing requested.',
      ['120000000 expected'],
    ],
    [
      'About a third of the appeal, US$40 million, is for shelter.',
      ['33.33 expected', '40000000 expected'],
    ],
    [
      'Liquidity lines for smaller lenders make up 30 per cent of the support the banking association requested.',
      ['30 expected'],
    ],
    [
      'The plan seeks US$900 million, of which health accounts for US$210 million.',
      ['900000000 expected', '210000000 expected'],
    ],
    ['Donors covered 15 per cent of the requirements.', ['15 actual']],
    ['Health accounted for 30 per cent of the requirements in 2024.', ['30 actual']],
    ['Funding received so far covers 22% of the appeal.', ['22 actual']],
    ["Salaries account for 60 per cent of the ministry's spending.", ['60 actual']],
    ['Small firms make up 30% of the requests for support.', ['30 actual']],
    ['Contributions so far amount to 23 per cent of the requirements.', ['23 actual']],
    ['Disbursements represent 40% of the appeal.', ['40 actual']],
  ])('%j → %j', (text, expected) => expect(dated(text)).toEqual(expected));
});

describe('v74: a second object joined by ", and", its noun opening its stated words ("and GDP growth of 2.1 percent"), borrows the verb before', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', {
      source: {
        date: '2033-06-10',
        publisher: 'Wire',
        title: 'Report',
        url: 'https://example.org/w',
      },
    }).map((c) => `${c.value} ${c.status}`);
  it.each([
    // Wire copy of forecasters, a central bank, an international body, a ministry.
    [
      'They see the Selic falling to 12.50 percent by December, and GDP growth of 2.1 percent this year.',
      ['12.5 expected', '2.1 expected'],
    ],
    [
      'The Bank expects the Selic falling to 12.50 percent by December, and GDP growth of 2.1 percent this year.',
      ['12.5 expected', '2.1 expected'],
    ],
    [
      'The Fund projects inflation at 4.5 percent, and economic growth of 2.1 percent.',
      ['4.5 expected', '2.1 expected'],
    ],
    [
      'The ministry forecasts a deficit of 3.2% of GDP in 2034, and export growth of 5%.',
      ['3.2 expected', '5 expected'],
    ],
    // Near-misses: the second clause has a verb of its own; a sum whose currency prefix opens its
    // stated words (ho223: "a further R780 million" kept the old lead, allocated, actual).
    [
      'The department has allocated R2.35 billion from the Regional Bulk Infrastructure Grant in 2033/34 for wastewater works, and a further R780 million through the Water Services Infrastructure Grant.',
      ['2350000000 actual', '780000000 actual'],
    ],
    [
      'Inflation eased to 4.5 percent in May, and GDP growth of 2.1 percent was recorded in the first quarter.',
      ['4.5 actual', '2.1 actual'],
    ],
    [
      'We see inflation at 4.5 percent, and export growth of 3% was reported in 2032.',
      ['4.5 expected', '3 actual'],
    ],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});

describe('v70: a sum a present verb spreads over a count of years is money still to be spent', () => {
  // Held sentences, written before the rule from the class alone: a bill in debate, a budget
  // paper read out at estimates, a health package, a ministry's plan, a strategy, an aid
  // agreement, an international body's framework, a chief executive in an interview, a costing
  // note; near-misses: a past or perfect verb ("has committed", "cost", "totalled", "came to"),
  // a span behind ("over the past five years"), "for over" (more than), a cap a scheme sets, an
  // enacted budget law's allocation and a sum set aside, which are decisions.
  const dated = valueStatus('2033-03-15');
  it.each([
    [
      'This bill delivers $7.2 billion over five years for the national school food program.',
      ['7200000000 expected'],
    ],
    [
      'Budget Paper No. 2, page 47, shows $3.8 billion over five years for the production tax incentive.',
      ['3800000000 expected'],
    ],
    [
      'Under the plan, the ministry invests R14 billion over three years in bulk water schemes.',
      ['14000000000 expected'],
    ],
    ['Our strategy puts £600 million over four years into adult skills.', ['600000000 expected']],
    [
      'The agreement gives Ghana US$3 billion over three years in budget support.',
      ['3000000000 expected'],
    ],
    [
      "The World Bank's new framework channels US$4.5 billion over five years to climate adaptation.",
      ['4500000000 expected'],
    ],
    [
      'In an interview, the chief executive said the plan involves capital spending of about $2 billion over the next three years.',
      ['2000000000 expected'],
    ],
    [
      'The Government has committed $96 million over four years to the Major Events Fund.',
      ['96000000 actual'],
    ],
    ['The scheme cost $3 billion over five years.', ['3000000000 actual']],
    ['The fund has lost $2 billion over the past five years.', ['2000000000 actual']],
    ['The grant pays up to $5,000 a year for over five years.', ['5000 actual']],
    ['Farmers can apply for grants of up to £40,000 over three years.', ['40000 actual']],
    [
      'The 2030 Budget Law allocates R$ 2 billion over four years to the programme.',
      ['2000000000 actual'],
    ],
    ['We have set aside £1.2 billion to fund it over the next three years.', ['1200000000 actual']],
    ['Spending on defence totalled $40 billion over five years.', ['40000000000 actual']],
    [
      'Revenue from the levy came to $1.3 billion over the three years to 2031.',
      ['1300000000 actual'],
    ],
  ])('%j → %j', (text, expected) => expect(dated(text)).toEqual(expected));
});

describe('v70: a change a noun of proposing or asking lays out in its infinitive is not yet made', () => {
  // Held sentences, written before the rule from the class alone: a ministry's written answer, a
  // committee's recommendation, universities' bid to a regulator, an opposition motion, a
  // utility's request, an international body's staff; near-misses: a proposal approved or adopted,
  // one that took effect, a request rejected beside the level that stays.
  const dated = valueStatus('2033-03-15');
  it.each([
    [
      'A proposal from the Ministry of Agriculture to raise the subsidy to 40% is under consideration.',
      ['40 expected'],
    ],
    [
      'Our recommendation to lift the savings cap to £50,000 went to the Treasury in June.',
      ['50000 expected'],
    ],
    [
      "The universities' bid to raise tuition fees to $9,000 is before the regulator.",
      ['9000 expected'],
    ],
    [
      "The IMF staff's suggestion to raise the VAT rate to 18% drew criticism from business groups.",
      ['18 expected'],
    ],
    [
      "The opposition's motion to cut ministers' allowances by 10% will be debated on Tuesday.",
      ['-10 expected'],
    ],
    ['The Minister approved the proposal to raise the subsidy to 40% in March.', ['40 actual']],
    ['The proposal to cut the levy to 1.5% was adopted by Parliament in May.', ['1.5 actual']],
    ['The proposal to raise fees to $9,000 took effect in September 2031.', ['9000 actual']],
    [
      'The Board rejected a request to raise the fee to $60, and the fee stays at $45.',
      ['60 expected', '45 actual'],
    ],
  ])('%j → %j', (text, expected) => expect(dated(text)).toEqual(expected));
});

describe('v78: a budget named by whose or what kind it is, in the title or an opening sentence that puts it forward, is the document budget', () => {
  /** Each figure of `body` as "stated status", in a document titled `title` dated `date`. */
  const read = (title: string, date: string, body: string) =>
    extractCandidates(`${title}\n\n${body}`, 'doc', {
      source: { date, publisher: 'Treasury', title, url: 'https://example.org/budget' },
    }).map((c) => `${c.stated.text} ${c.status}`);

  it.each([
    // a provincial treasury's tabled budget
    [
      '2033/34 Provincial Budget tabled',
      '2033-03-04',
      'Health receives R52.1 billion, and roads get R7.4 billion.',
      ['R52.1 billion expected', 'R7.4 billion expected'],
    ],
    // a county's budget presented to its board
    [
      'FY2034 County Budget presented to the Board of Supervisors',
      '2033-06-10',
      'Public safety gets $412 million.',
      ['$412 million expected'],
    ],
    // a city's budget explained to residents
    [
      'The 2033 Municipal Budget: what it means for residents',
      '2032-11-20',
      'Parks and libraries receive €18.4 million.',
      ['€18.4 million expected'],
    ],
    // a state treasurer's statement whose first sentence hands the budget down
    [
      'Statement by the Treasurer',
      '2033-05-02',
      'The 2033-34 State Budget was handed down today.\n\nSchools get $9.2 billion.',
      ['$9.2 billion expected'],
    ],
    // near-misses: a budget whose year is over, a past verb, an annual report, a present fact
    [
      '2031/32 Provincial Budget tabled',
      '2033-03-04',
      'Health receives R52.1 billion.',
      ['R52.1 billion actual'],
    ],
    [
      '2033/34 Provincial Budget tabled',
      '2033-03-04',
      'Health received R48.0 billion last year.',
      ['R48.0 billion actual'],
    ],
    [
      'Annual Report 2032 of the Provincial Treasury',
      '2033-06-30',
      'Health receives R52.1 billion.',
      ['R52.1 billion actual'],
    ],
    [
      '2033/34 Provincial Budget tabled',
      '2033-03-04',
      'The auto sector accounts for about 28 per cent of manufacturing output.',
      ['28 per cent of manufacturing output actual'],
    ],
  ])('%s (%s): %j', (title, date, body, want) => expect(read(title, date, body)).toEqual(want));
});

describe('v78: a budget sum carries whatever sign its currency has', () => {
  /** Each figure of `body` as "stated status", in a document titled `title` dated `date`. */
  const read = (title: string, date: string, body: string) =>
    extractCandidates(`${title}\n\n${body}`, 'doc', {
      source: { date, publisher: 'Ministry of Finance', title, url: 'https://example.org/budget' },
    }).map((c) => `${c.stated.text} ${c.status}`);

  it.each([
    // a federal ministry's briefing on its sector's budget, in naira
    [
      'Minister briefs press on 2033 budget for the health sector',
      '2033-01-20',
      'Capital expenditure accounts for ₦262.3 billion, or 62.7% of the total.',
      ['₦262.3 billion expected', '62.7% of the total expected'],
    ],
    // a budget department's highlights, in pesos
    [
      'The 2034 national budget: highlights',
      '2033-08-20',
      'Infrastructure accounts for ₱1.5 trillion of the total.',
      ['₱1.5 trillion expected'],
    ],
    // a finance ministry's budget statement, in cedis
    [
      '2034 Budget Statement: highlights',
      '2033-11-15',
      'Education spending totals GH₵28.4 billion.',
      ['GH₵28.4 billion expected'],
    ],
    // a republic's budget, in tenge
    [
      'The 2034 republican budget: overview',
      '2033-09-01',
      'Social spending totals ₸8.2 trillion.',
      ['₸8.2 trillion expected'],
    ],
    // near-misses: a past verb, a budget whose year is over, a price with no scale
    [
      'Minister briefs press on 2033 budget for the health sector',
      '2033-01-20',
      'Capital expenditure came to ₦198.0 billion in 2032.',
      ['₦198.0 billion actual'],
    ],
    [
      '2031 Budget Statement: highlights',
      '2033-11-15',
      'Education spending totals GH₵28.4 billion.',
      ['GH₵28.4 billion actual'],
    ],
  ])('%s (%s): %j', (title, date, body, want) => expect(read(title, date, body)).toEqual(want));
});

describe('v82: a heading that names a request or a requirement still heads its list after a section number', () => {
  const read = (text: string, date: string) =>
    extractCandidates(text, 'doc', {
      source: { publisher: 'x', url: 'https://x.example', title: '', date },
    }).map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // A defence ministry's budget request, a UN appeal, a humanitarian plan, an international
    // body's resource request, a pledging summary: the number before the heading is its section's.
    [
      '2. Main items requested (¥ billion)\n(1) Stand-off defense capability: 1,124.0\n(2) Unmanned assets: 168.3\n',
      '2031-08-29',
      ['1,124.0 expected', '168.3 expected'],
    ],
    [
      '3. Funding requirements (US$ million)\n- Food security: 412.0\n- Health: 96.5\n',
      '2032-03-01',
      ['412.0 expected', '96.5 expected'],
    ],
    [
      'II. Financing needs by programme\n- School meals: US$45 million\n- Water trucking: US$12 million\n',
      '2032-03-01',
      ['US$45 million expected', 'US$12 million expected'],
    ],
    [
      '4.2 Resources requested for 2033 (CHF thousand)\nStaff costs: 1,240\nTravel: 85\n',
      '2032-03-01',
      ['1,240 expected', '85 expected'],
    ],
    [
      'A. Pledges announced\n- Norway: NOK 300 million\n- Japan: ¥4 billion\n',
      '2032-03-01',
      ['NOK 300 million expected', '¥4 billion expected'],
    ],
    // Near-misses: money received against the requirement, a rule's requirement, and a numbered
    // heading that names no request keep their reading.
    [
      '3. Funding received against requirements (US$ million)\n- Food security: 210.0\n',
      '2032-03-01',
      ['210.0 actual'],
    ],
    [
      '2. Capital requirements\n- Tier 1 minimum: €5 million\n',
      '2032-03-01',
      ['€5 million actual'],
    ],
    [
      '1. Main items (¥ billion)\n(1) Stand-off defense capability: 1,124.0\n',
      '2031-08-29',
      ['1,124.0 actual'],
    ],
  ])('%j dated %s → %j', (text, date, expected) => expect(read(text, date)).toEqual(expected));
});

describe('v82: the points a verb of pricing sets a bond at over its benchmark are a spread, no figure', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.kind}`);
  it.each([
    // A defence fund's bond issue, a company's notes, a supranational's benchmark, an agency's
    // green bond, a ministry's sukuk.
    [
      'The latest issue carries a coupon of 5.75% and was priced 95 basis points over Polish government bonds of similar maturity.',
      ['5.75% share'],
    ],
    ['The notes were priced 140 bp over US Treasuries.', []],
    ["The Bank's 5-year euro benchmark priced 12 basis points over mid-swaps.", []],
    ["The agency's green bond priced at 35 basis points above the equivalent Bund.", []],
    [
      'The sukuk was priced 80 basis points over comparable sovereign bonds, the ministry said.',
      [],
    ],
    // Near-misses: a move over a period, a spread that moved and a gap stated with "was" keep
    // their reading.
    ['Polish bond yields rose 95 basis points over the year.', ['rose 95 basis points change']],
    [
      'The spread over Bunds widened by 20 basis points in November.',
      ['widened by 20 basis points change'],
    ],
    [
      'The 10-year yield was 95 basis points over the policy rate at the end of May.',
      ['95 basis points change'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v82: a sum a present verb spreads over a span its noun names is money still to be spent', () => {
  const read = (text: string, date: string) =>
    extractCandidates(text, 'doc', {
      source: { publisher: 'x', url: 'https://x.example', title: '', date },
    }).map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // A defence investment program, a development strategy, a network operator's plan, a health
    // ministry, a treasury: "the decade", "the next decade", "the period to 2040" are the span the
    // plan covers, as "over ten years" is.
    [
      'Within it, the nuclear-powered submarine program accounts for $98 billion over the decade, with a further $6.2 billion for submarine infrastructure.',
      '2032-05-12',
      ['$98 billion expected', '$6.2 billion expected'],
    ],
    [
      'The strategy mobilises US$30 billion over the period to 2040 for adaptation.',
      '2032-03-10',
      ['US$30 billion expected'],
    ],
    ['The program delivers $98 billion over the decade.', '2032-05-12', ['$98 billion expected']],
    [
      'The network plan envisages €14 billion of investment over the next decade.',
      '2032-03-10',
      ['€14 billion expected'],
    ],
    [
      'The health ministry invests R$ 42 billion over the coming decade in hospitals.',
      '2032-03-10',
      ['R$ 42 billion expected'],
    ],
    // Near-misses: a past verb, a decade behind, a change over a decade and a contract's value keep
    // their reading.
    ['The programme spent $98 billion over the past decade.', '2032-03-10', ['$98 billion actual']],
    [
      'Spending totalled $98 billion over the decade to 2031.',
      '2032-03-10',
      ['$98 billion actual'],
    ],
    ['Exports grew 40% over the decade.', '2032-03-10', ['grew 40% actual']],
    ['The contract is worth £1.2 billion over its life.', '2032-03-10', ['£1.2 billion actual']],
  ])('%j dated %s → %j', (text, date, expected) => expect(read(text, date)).toEqual(expected));
});

describe('v82: a noun of asking or proposing as the subject of a present verb of change lays out what is asked for', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', {
      source: { publisher: 'x', url: 'https://x.example', title: '', date: '2031-08-29' },
    }).map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // A defence ministry's budget request, a finance ministry's proposal, a treasury's draft
    // budget, a legislature's bill, a company board's recommendation.
    [
      'To help recruitment, the request raises the starting monthly pay of a private by ¥12,000 to ¥221,300.',
      ['¥12,000 expected', '¥221,300 expected'],
    ],
    ['The budget proposal lifts the child benefit to €250 a month.', ['€250 expected']],
    [
      'The draft budget cuts the fuel levy by 5% from April.',
      ['cuts the fuel levy by 5% expected'],
    ],
    ['The bill raises the minimum wage to $15.50 an hour.', ['$15.50 expected']],
    ["The board's recommendation increases the dividend to €1.40 a share.", ['€1.40 expected']],
    // Near-misses: a decision or a ruling as the subject, and a request said to be approved, keep
    // their reading.
    ['The decision raises the policy rate to 4.5%.', ['4.5% actual']],
    ["The regulator's ruling raises the tariff to 18.4p a unit.", ['18.4p actual']],
    [
      'The request, which Parliament approved in July, raises the grant to €250 a month.',
      ['€250 actual'],
    ],
  ])('%j → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v86: an outturn held against a sum a plan names by a participle other than "budgeted"', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2031-10-01', ...STATEMENT } }).map(
      (c) => `${c.value} ${c.status}`,
    );
  it('reads the outturn, its percent of the plan and the planned sum as actual, whoever plans', () => {
    for (const [text, want] of [
      [
        'The federal budget deficit last year came to 1.9 trillion roubles, against 2.1 trillion roubles envisaged by the budget law.',
        ['1900000000000 actual', '2100000000000 actual'],
      ],
      [
        'Capital spending amounted to R14.2 billion in 2030, or 91 per cent of the amount provided for in the programme.',
        ['14200000000 actual', '91 actual'],
      ],
      [
        'Group investment totalled €3.4 billion in 2030, below the €3.9 billion foreseen in the business plan.',
        ['3400000000 actual', '3900000000 actual'],
      ],
      [
        'Disbursements came to US$2.6 billion last year, 87 percent of the sum envisaged in the country programme.',
        ['2600000000 actual', '87 actual'],
      ],
      [
        'Expenditures came to 20.4 trillion roubles, 47.1 percent of the amount planned for the year.',
        ['20400000000000 actual', '47.1 actual'],
      ],
      [
        'Road maintenance outlays were 6.3 billion pesos in 2030, short of the 7 billion pesos programmed for the year.',
        ['6300000000 actual', '7000000000 actual'],
      ],
    ] as const) {
      expect(read(text), text).toEqual(want);
    }
  });
  it('keeps a plan\'s own level, a level ahead and a bare "as planned" expected', () => {
    expect(read('The budget law envisages a deficit of 1.2 trillion roubles for 2032.')).toEqual([
      '1200000000000 expected',
    ]);
    expect(read('Revenue will rise to $5 billion in 2032, as planned.')).toEqual([
      '5000000000 expected',
    ]);
    expect(
      read(
        'Spending is planned at €4.1 billion next year, against €3.8 billion envisaged in the programme.',
      )[0],
    ).toBe('4100000000 expected');
    expect(read('The fee will rise to $40 in 2032, pending a decision by the Board.')).toEqual([
      '40 expected',
    ]);
  });
});

describe('v88: in a series of estimates each followed by its own period, each number is read by its own period', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-06-20', ...STATEMENT } }).map(
      (c) => `${c.value} ${c.status}`,
    );
  it('reads the estimate of a period that is over as actual, the one still open as expected', () => {
    for (const [text, want] of [
      [
        'The Budget Estimates for PM-KUSUM were ₹ 5,120 crore in 2031-32, ₹ 5,960 crore in 2032-33 and ₹ 6,250 crore in 2033-34.',
        ['51200000000 actual', '59600000000 actual', '62500000000 expected'],
      ],
      [
        "The Bank's staff estimates put the current account deficit at 3.1% of GDP in 2032 and 2.7% in 2033.",
        ['3.1 actual', '2.7 expected'],
      ],
      [
        'Tourism receipts are estimated at €14.2 billion in 2032 and €15.1 billion in 2033.',
        ['14200000000 actual', '15100000000 expected'],
      ],
      [
        'Capital expenditure estimates were $310 million for 2032 and $345 million for 2033.',
        ['310000000 actual', '345000000 expected'],
      ],
      [
        "The IMF's estimates of the fiscal deficit were 5.8 per cent of GDP in 2032 and 5.1 per cent in 2033.",
        ['5.8 actual', '5.1 expected'],
      ],
      [
        'Government estimates the deficit at 4.2 per cent of GDP for 2032 and 3.6 per cent for 2033.',
        ['4.2 actual', '3.6 expected'],
      ],
    ] as const) {
      expect(read(text), text).toEqual(want);
    }
  });
  it('keeps a projection, a series all ahead and numbers with no period of their own', () => {
    expect(read('Growth is projected at 2.1% in 2032 and 2.4% in 2033.')).toEqual([
      '2.1 expected',
      '2.4 expected',
    ]);
    expect(
      read('The deficit is estimated at 3.6 per cent of GDP for 2033 and 3.1 per cent for 2034.'),
    ).toEqual(['3.6 expected', '3.1 expected']);
    expect(
      read('Estimates for 2032 and 2033 are $4.1 billion and $4.4 billion respectively.'),
    ).toEqual(['4100000000 expected', '4400000000 expected']);
    expect(
      read('Revenue is expected to reach $4.2 billion in 2033, up from $3.9 billion in 2032.'),
    ).toEqual(['4200000000 expected', '3900000000 actual']);
  });
});

describe('v88: a target an outturn was held against for a span of months that is over', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', { source: { date: '2033-07-28', ...STATEMENT } }).map(
      (c) => `${c.value} ${c.status}`,
    );
  it('reads the target as actual, whatever words name the months', () => {
    for (const [text, want] of [
      [
        'Total revenue and grants for January to June 2033 amounted to GH¢96.4 billion, against a target of GH¢101.2 billion.',
        ['96400000000 actual', '101200000000 actual'],
      ],
      [
        'Tax receipts for April to June 2033 came to R$ 310 billion, against a target of R$ 325 billion.',
        ['310000000000 actual', '325000000000 actual'],
      ],
      [
        'Net credit to government in January–June 2033 was KSh 210 billion, against a programme target of KSh 240 billion.',
        ['210000000000 actual', '240000000000 actual'],
      ],
      [
        'Collections in the six months to June 2033 totalled ₦8.4 trillion, against a target of ₦9.1 trillion.',
        ['8400000000000 actual', '9100000000000 actual'],
      ],
      [
        'Sales between January and June 2033 were €1.2 billion, against a target of €1.3 billion.',
        ['1200000000 actual', '1300000000 actual'],
      ],
      [
        'Disbursements from January through June 2033 amounted to US$640 million, against a target of US$700 million.',
        ['640000000 actual', '700000000 actual'],
      ],
    ] as const) {
      expect(read(text), text).toEqual(want);
    }
  });
  it('keeps a full-year target, a target for a later year, a forecast and a span not over', () => {
    expect(
      read(
        'Revenue for January to June 2033 amounted to GH¢96.4 billion, against a full-year target of GH¢210 billion.',
      )[1],
    ).toBe('210000000000 expected');
    expect(
      read(
        'Revenue for January to June 2033 amounted to GH¢96.4 billion, against a target of GH¢200 billion for 2034.',
      )[1],
    ).toBe('200000000000 expected');
    expect(
      read(
        'Revenue for January to September 2033 is projected at GH¢150 billion, against a target of GH¢160 billion.',
      )[1],
    ).toBe('160000000000 expected');
    expect(
      read(
        'Revenue for January to July 2033 amounted to GH¢110 billion, against a target of GH¢118 billion.',
      )[1],
    ).toBe('118000000000 expected');
  });
});

describe('v103: after a distance stated with its comparative preposition, a bare "forecast" or "projected" is the base, not the number', () => {
  const read = valueStatus('2033-06-15');
  it.each([
    [
      'Mr Speaker, income tax receipts for the first half came in 3.1 per cent below forecast.',
      ['-3.1 actual'],
    ],
    [
      'SENATOR WONG: The underlying cash deficit was $4.2 billion, some 12 per cent below projected.',
      ['4200000000 actual', '-12 actual'],
    ],
    [
      'The central bank said core inflation in May was 0.4 percentage points above projected.',
      ['0.4 actual'],
    ],
    [
      'Core Crown tax revenue was $117.3 billion, 2.2 percent above forecast, and net core Crown debt stood at 42.8 percent of GDP.',
      ['117300000000 actual', '2.2 actual', '42.8 actual'],
    ],
    [
      'Company results: net sales were €4.1 billion, 3 percent above forecast.',
      ['4100000000 actual', '3 actual'],
    ],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ['Revenue will be 2 percent above forecast next year.', ['2 expected']],
    [
      'Inflation is projected to be 0.5 percentage points above forecast in 2035.',
      ['0.5 expected'],
    ],
    ['The ministry kept its 3.9% forecast.', ['3.9 expected']],
    [
      'Growth is expected to be 2.1 percent, above the 1.8 percent forecast.',
      ['2.1 expected', '1.8 expected'],
    ],
  ])('near-miss %s keeps its reading', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('v103: in a document presenting a budget, a sum measured up to a date of the running year is its outturn so far', () => {
  const HEAD =
    'SENATE COMMITTEE ON FINANCE\nPublic Hearing on the Proposed 2034 National Budget\nTuesday, 13 September 2033\n\n';
  const read = (line: string): string[] =>
    extractCandidates(HEAD + line, 'doc', {
      source: {
        date: '2033-09-13',
        publisher: 'Senate',
        title: 'Public Hearing on the Proposed 2034 National Budget',
        url: 'https://example.org/h',
      },
    }).map((c) => `${c.value} ${c.status}`);
  it.each([
    [
      'SEC. AQUINO: As of end-July, disbursements reached P3.48 trillion, 5.1 percent higher than a year ago.',
      ['3480000000000 actual', '5.1 actual'],
    ],
    ['Ms Tan: Collections so far this year reached $41.2 billion.', ['41200000000 actual']],
    ['Treasury witness: Year-to-date spending came in at $212 billion.', ['212000000000 actual']],
  ])('%s', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });
  it.each([
    [
      'The Budget provides $4.1 billion for schools, up from $3.8 billion to date.',
      '4100000000 expected',
    ],
    [
      'The proposed budget is P7.12 trillion, 8.9 percent higher than this year.',
      '7120000000000 expected',
    ],
    ['Revenue collection is projected at P5.21 trillion.', '5210000000000 expected'],
  ])('near-miss %s keeps its reading', (line, expected) => {
    expect(read(line)[0]).toBe(expected);
  });
});
