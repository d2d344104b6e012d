// Status carried across sentences: the reader on its own, then through the whole extractor with
// sentences of the construction in several publishers' voices (a ministry, a central bank, an
// agency, a company, an international body, a parliament) and the near-misses that keep their
// own reading. Every sentence is our own.

import { describe, expect, it } from 'vitest';
import {
  pathGoesOn,
  timePointsBack,
  carriedMeasure,
  carriedStatus,
  passedMeasure,
  ownSignal,
  pointsBack,
} from '../../../src/authoring/extract/carry.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

/** The draft whose stated words hold `stated`, in a text dated mid-2026. */
function draftOf(text: string, stated: string) {
  const drafts = extractCandidates(text, 'carry', { source: { date: '2026-06-01' } });
  const draft = drafts.find((c) => c.stated.text.includes(stated));
  if (!draft) throw new Error(`no draft states "${stated}" in "${text}": fix the row`);
  return draft;
}
const statusOf = (text: string, stated: string): string | undefined => draftOf(text, stated).status;
const kindOf = (text: string, stated: string): string | undefined => draftOf(text, stated).kind;

describe('pointsBack: a subject that only points back, with a present predicate that restates', () => {
  it.each<readonly [string, boolean]>([
    ['That is 0.4 percentage points above this year’s.', true],
    ['Now it’s $19.6 billion.', true],
    ['It is equivalent to 21.6 percent of GDP.', true],
    ["That's an $8.5 billion improvement in six months.", true],
    ['This preliminary outcome is R21.7 billion more than the revised estimate.', true],
    ['These allocations represent 4% of the budget.', true],
    ['Yet this amounts to only 15 per cent of the total.', true],
    // a subject of its own, a past or a modal: no restating
    ['Public debt stands at 58% of GDP.', false],
    ['It was 3.5% in 2025.', false],
    ['This follows growth of 1.2% in 2025.', false],
    ['This bill delivers $7.2 billion over five years.', false],
    ['It will rise to 4% next year.', false],
    ['That compares with 2.1% last year.', false],
  ])('%s → %s', (sentence, expected) => {
    expect(pointsBack(sentence)).toBe(expected);
  });
});

describe('ownSignal: whether a figure’s own words say a status', () => {
  it.each<readonly [string, string, boolean]>([
    // no signal: a bare copula, the base's period after its comparison word
    ['That is 1.4 percentage points above the target.', '1.4 percentage points', false],
    ['That is 0.4 percentage points above this year’s.', '0.4 percentage points above', false],
    ['It is the largest item in the plan, accounting for about 40%', 'about 40%', false],
    ['That is a combined 3.2% of GDP.', '3.2%', false],
    // a period, a past or a forecast word of its own
    ['That compares with 2.1% last year.', '2.1%', true],
    ['That is 2.1% in 2025.', '2.1%', true],
    ['It is projected at 4.4%.', '4.4%', true],
    ['Housing repairs took $1.9 billion', '$1.9 billion', true],
    ['Long-dated bonds account for ¥1.2 trillion', '¥1.2 trillion', false],
    ['Projects under construction represent US$18.3 billion', 'US$18.3 billion', false],
    ['That is what was 3.1% before.', '3.1%', true],
  ])('%s [%s] → %s', (sentence, stated, expected) => {
    const start = sentence.indexOf(stated);
    expect(ownSignal(sentence, 0, start + stated.length)).toBe(expected);
  });
});

describe('carriedStatus: the status of the sentence before, for a figure with none of its own', () => {
  it('takes the status of the sentence before when the sentence points back', () => {
    expect(carriedStatus('Now it’s $19.6 billion.', 10, 23, 0, 'expected')).toBe('expected');
    expect(carriedStatus('This is 8.2% more than the plan.', 8, 17, 0, 'actual')).toBe('actual');
  });
  it('keeps the figure’s own reading when it says a status, or nothing came before', () => {
    expect(carriedStatus('That compares with 2.1% last year.', 19, 23, 0, 'expected')).toBe(
      undefined,
    );
    expect(carriedStatus('Now it’s $19.6 billion.', 10, 23, 0, undefined)).toBe(undefined);
    expect(carriedStatus('Debt is $19.6 billion.', 8, 21, 0, 'expected')).toBe(undefined);
  });
  it('takes it for a part a demonstrative or a pronoun right after it names the whole of', () => {
    const sentence = 'Roads take ₹3,100 crore of that amount, and bridges about ₹900 crore of it.';
    const part = (stated: string, from = 0) => {
      const start = sentence.indexOf(stated);
      return carriedStatus(sentence, start, start + stated.length, from, 'expected');
    };
    expect(part('₹3,100 crore')).toBe('expected');
    expect(part('₹900 crore', sentence.indexOf(' amount'))).toBe('expected');
    expect(
      carriedStatus('Roads take ₹3,100 crore of this year’s budget.', 11, 23, 0, 'expected'),
    ).toBe(undefined);
  });
  it('leaves a base the restated figure is measured against to its own reading', () => {
    const sentence = 'That is well inside the limit of 250 per cent.';
    const start = sentence.indexOf('250');
    expect(carriedStatus(sentence, start, start + 12, 0, 'expected')).toBe(undefined);
  });
});

describe('v77: a figure restated by a sentence that points back takes the status before it', () => {
  it.each<readonly [string, string, string]>([
    // a ministry: the gap to this year's level, after a deficit projected
    [
      'The government expects the deficit to reach 3.1% of GDP in 2027. That is 0.4 percentage points above this year’s.',
      '0.4 percentage points',
      'expected',
    ],
    // a central bank: the gap to the target, after a projection
    [
      'Staff project headline inflation to average 3.4% in 2027. That is 1.4 percentage points above the target.',
      '1.4 percentage points',
      'expected',
    ],
    // a company: an equivalence, after its guidance
    [
      'We now expect full-year revenue of €4.2 billion in 2027. It is equivalent to growth of about 7% on the year.',
      '7%',
      'expected',
    ],
    // a parliament: "Now it's", after a forecast said in debate
    [
      'Senator Ross: The mid-year update said the deficit would be $3.4 billion this year. Now it’s $4.1 billion.',
      '$4.1 billion',
      'expected',
    ],
    // an agency: a participle of accounting after a budget projected
    [
      'The authority’s capital budget for 2027 is projected at $2.3 billion. It is the largest item in the plan, accounting for about 40% of spending.',
      '40%',
      'expected',
    ],
    // an international body: a downgrade restated
    [
      'The Fund projects global growth of 3.1 per cent in 2027. That’s a 0.2 percentage point downgrade.',
      '0.2 percentage point',
      'expected',
    ],
    // an outturn restated: its gap to an estimate is the outturn's
    [
      'The Revenue Service collected R1.93 trillion in the year that ended on 31 March 2026. This preliminary outcome is R21 billion more than the revised estimate tabled in February.',
      'R21 billion',
      'actual',
    ],
    [
      'The port authority earned operating revenue of A$310 million in 2025. This outturn is A$12 million above the forecast in the corporate plan.',
      'A$12 million',
      'actual',
    ],
  ])('%s [%s] → %s', (text, stated, expected) => {
    expect(statusOf(text, stated)).toBe(expected);
  });

  it.each<readonly [string, string, string]>([
    // a demonstrative that opens a past fact after a forecast
    [
      'The deficit is projected to reach 3.1% of GDP in 2027. That compares with 2.1% last year.',
      '2.1%',
      'actual',
    ],
    // a base the restated figure is measured against: a limit set, a ceiling in a rule
    [
      'Net debt is forecast to reach $212 million by 30 June 2027, or 188 per cent of revenue. That is well inside the limit of 250 per cent set in the council’s financial strategy.',
      '250 per cent',
      'actual',
    ],
    [
      'The deficit is projected at 2.8% of GDP in 2027. This is below the ceiling of 3% in the fiscal rule.',
      '3%',
      'actual',
    ],
    // a new subject
    [
      'The deficit is projected to reach 3.1% of GDP in 2027. Public debt stands at 58% of GDP.',
      '58%',
      'actual',
    ],
    // a heading between
    [
      'The deficit is projected to reach 3.1% of GDP in 2027.\n\nDebt\n\nIt is 58% of GDP.',
      '58%',
      'actual',
    ],
    // a past of its own
    ['The Bank expects inflation of 2.8% this year. It was 3.5% in 2025.', '3.5%', 'actual'],
    [
      'Exports are forecast to rise 4% next year. This follows growth of 1.2% in 2025.',
      '1.2%',
      'actual',
    ],
    // a forecast of its own after an outturn
    ['Revenue rose 4% in 2025. It is forecast to grow 3% in 2027.', '3%', 'expected'],
  ])('near-miss: %s [%s] → %s', (text, stated, expected) => {
    expect(statusOf(text, stated)).toBe(expected);
  });
});

describe('v77: a part named "of that amount" takes the status of the figure before', () => {
  it.each<readonly [string, string, string]>([
    // a ministry's plan
    [
      'The ministry plans capital spending of ₹8,000 crore next year. Roads take ₹3,100 crore of that.',
      '₹3,100 crore',
      'expected',
    ],
    // an international body's projection
    [
      'The IMF projects gross financing needs of US$12 billion in 2027. Bond issuance covers about US$5 billion of this total.',
      'US$5 billion',
      'expected',
    ],
    // a company's guidance
    [
      'We expect group capital expenditure of €1.8 billion in 2027. Grid investment makes up roughly €700 million of this sum.',
      '€700 million',
      'expected',
    ],
    // a central bank's purchases to come
    [
      'The Bank will buy government bonds worth ¥3 trillion over the coming quarter. Long-dated bonds account for ¥1.2 trillion of that figure.',
      '¥1.2 trillion',
      'expected',
    ],
    // an agency's pipeline of projects
    [
      'The pipeline of committed projects is worth US$64.2 billion. Projects already under construction represent US$18.3 billion of that amount.',
      'US$18.3 billion',
      'expected',
    ],
  ])('%s [%s] → %s', (text, stated, expected) => {
    expect(statusOf(text, stated)).toBe(expected);
  });

  it.each<readonly [string, string, string]>([
    // a past of its own, after an outturn
    [
      'The agency disbursed $4.8 billion in disaster grants in 2025. Housing repairs accounted for $1.9 billion of that amount.',
      '$1.9 billion',
      'actual',
    ],
    // a whole named by no demonstrative
    [
      'We expect group capital expenditure of €1.8 billion in 2027. Grid investment makes up about 40% of group assets.',
      '40%',
      'actual',
    ],
    // a heading between
    [
      'The portfolio of projects for 2027-2036 amounts to US$64.2 billion.\n\nCopper\n\nCopper mines represent US$21 billion of that amount.',
      'US$21 billion',
      'actual',
    ],
  ])('near-miss: %s [%s] → %s', (text, stated, expected) => {
    expect(statusOf(text, stated)).toBe(expected);
  });
});

describe('v85 carriedMeasure: the measure of the sentence before, for a subject that only points back', () => {
  it.each<
    readonly [string, string, 'change' | 'share' | undefined, 'change' | 'share' | undefined]
  >([
    ["Today it's at ", '.', 'change', 'change'],
    ['It is now ', ', the lowest since 2031.', 'change', 'change'],
    ["In per capita terms, that's barely ", '.', 'change', 'change'],
    ['This was ', ', year on year.', 'share', 'share'],
    ['That figure is around ', '.', 'change', 'change'],
    ['Our forecast is ', ', and 2.4 per cent in 2035.', 'change', 'change'],
    ['Your projection for 2034 is now ', ', below the target.', 'change', 'change'],
    // nothing before, a subject of its own, or a measure of the figure's own clause
    ["Today it's at ", '.', undefined, undefined],
    ['The unemployment rate is at ', '.', 'change', undefined],
    ['Exports are ', '.', 'change', undefined],
    ["It's ", ' unemployment.', 'change', undefined],
    ['It will rise to ', '.', 'change', undefined],
  ])('"%s" … "%s" after %s → %s', (lead, after, before, expected) => {
    expect(carriedMeasure(lead, after, before)).toBe(expected);
  });
});

describe('v85: a figure whose subject only points back takes the measure the sentence before named', () => {
  it.each<readonly [string, string, string]>([
    // a central bank
    ["Core inflation has been sticky. Today it's at 2.9%.", '2.9%', 'change'],
    ["Headline inflation eased in March. It's now at 2.2 per cent.", '2.2 per cent', 'change'],
    // an international body
    [
      "Global growth is holding up. In per capita terms, that's barely 1.9 percent.",
      '1.9 percent',
      'change',
    ],
    // an answer to a question that named the measure
    [
      "Q: What is your latest reading of services inflation?\nA: It's around 4.5 percent.",
      '4.5 percent',
      'change',
    ],
    // a statistics agency
    [
      'Wage growth held up well in the quarter. This was 4.1 per cent, year on year.',
      '4.1 per cent',
      'change',
    ],
    // a ministry
    [
      'Consumer prices rose sharply through the spring. It is now at 3.4 per cent, the lowest reading since 2031.',
      '3.4 per cent',
      'change',
    ],
    // a company
    [
      'Group revenue growth slowed in the second half. It was 3.2 percent for the year as a whole.',
      '3.2 percent',
      'change',
    ],
    // an answer whose question named the measure a sentence earlier
    [
      'Question: Where is core inflation now? Some economists say it is stuck.\nMinister: It’s around 3.3 per cent.',
      '3.3 per cent',
      'change',
    ],
    // a forecast's noun that names no measure, in an answer
    [
      'Q: What do you expect for growth this year?\nA: Our forecast is 2.1 per cent.',
      '2.1 per cent',
      'change',
    ],
    // a figure's noun with who made it or where it stands: a wire service, a ministry, an agency
    [
      'Consumer prices rose 3.1% in April. The median estimate of economists polled by Reuters was 3.3%.',
      '3.3%',
      'change',
    ],
    [
      'Core inflation slowed in the second quarter. The consensus forecast among private forecasters was 2.6 per cent.',
      '2.6 per cent',
      'change',
    ],
    [
      "Industrial output contracted in May. The average projection from the agency's panel is 1.2 percent.",
      '1.2 percent',
      'change',
    ],
    [
      'Retail sales rose strongly in March. The latest reading from the statistics office is 4.4%.',
      '4.4%',
      'change',
    ],
    [
      'The economy expanded in the first quarter. Our own estimate in the March report was 0.7 per cent.',
      '0.7 per cent',
      'change',
    ],
    // near-misses: a new subject, a share measure before, a whole of its own, a heading between
    [
      'Inflation eased in April. The median estimate for the jobless rate was 5.1%.',
      '5.1%',
      'share',
    ],
    [
      'The unemployment rate rose in April. The median estimate of economists was 5.4%.',
      '5.4%',
      'share',
    ],
    ['Inflation eased in April. The estimate of public debt was 61%.', '61%', 'share'],
    [
      'Core inflation is sticky. The minister thanked staff. The policy rate is at 4 per cent.',
      '4 per cent',
      'share',
    ],
    ['Inflation eased. Our forecast for unemployment is 5.9 per cent.', '5.9 per cent', 'share'],
    [
      'Inflation eased in March. The unemployment rate is at 5.2 per cent.',
      '5.2 per cent',
      'share',
    ],
    ["The unemployment rate edged up in May. It's now at 5.4 per cent.", '5.4 per cent', 'share'],
    [
      'Growth slowed last year. It now accounts for 12 per cent of the total.',
      '12 per cent',
      'share',
    ],
    ['Inflation eased in March. The policy rate is 4 per cent.', '4 per cent', 'share'],
    [
      "Inflation eased in March.\n\nLabour market\n\nIt's now at 5.1 per cent.",
      '5.1 per cent',
      'share',
    ],
  ])('%s (%s) → %s', (text, stated, expected) => {
    expect(kindOf(text, stated)).toBe(expected);
  });
});

describe('v89 carriedMeasure: a forecaster holding a figure, or expectations with no measure of their own', () => {
  it.each<
    readonly [string, string, 'change' | 'share' | undefined, 'change' | 'share' | undefined]
  >([
    ['Staff had ', ' in June.', 'change', 'change'],
    ['Private forecasters have ', '.', 'change', 'change'],
    ['Analysts are at ', '.', 'change', 'change'],
    ['In April we had ', ' for both years.', 'change', 'change'],
    ['The consensus had ', '.', 'share', 'share'],
    ['In the latest survey, expectations two years ahead are ', '.', 'change', 'change'],
    ['Their expectations for next year are ', '.', 'change', 'change'],
    ['Medium-term expectations remain around ', '.', 'change', 'change'],
    // a measure of the subject's own, a noun object, an event expected, or "we" at a count
    ['Staff had a vacancy rate of ', '.', 'change', undefined],
    ['Expectations of a rate cut are ', '.', 'change', undefined],
    ["We're at roughly ", ' of the target.', 'change', undefined],
    ['Households had ', ' of their savings in deposits.', 'change', undefined],
  ])('"%s" … "%s" after %s → %s', (lead, after, before, expected) => {
    expect(carriedMeasure(lead, after, before)).toBe(expected);
  });
});

describe('v89 passedMeasure: a sentence naming no measure passes on the one its percentages read', () => {
  it.each<
    readonly [
      string,
      readonly { kind: string; unit: string }[],
      'change' | 'share' | undefined,
      'change' | 'share' | undefined,
    ]
  >([
    [
      'Expectations two years ahead are 3.9%.',
      [{ kind: 'change', unit: 'percent' }],
      'change',
      'change',
    ],
    ['Our projection is 5.4 per cent.', [{ kind: 'share', unit: 'percent' }], 'share', 'share'],
    // a measure of its own, no percentage, a percentage read otherwise, or nothing passed
    [
      'The unemployment rate is 6 per cent.',
      [{ kind: 'share', unit: 'percent' }],
      'change',
      undefined,
    ],
    ['We added 40,000 in May.', [{ kind: 'count', unit: 'count' }], 'change', undefined],
    ['Staff had 40 per cent of it.', [{ kind: 'share', unit: 'percent' }], 'change', undefined],
    ['Our forecast is 1.1 percent.', [{ kind: 'change', unit: 'percent' }], undefined, undefined],
  ])('"%s" after %s → %s', (sentence, figures, passed, expected) => {
    expect(passedMeasure(sentence, figures, passed)).toBe(expected);
  });
});

describe('v89: a forecaster’s figure, expectations and answers a question away take the measure named before', () => {
  it.each<readonly [string, string, string]>([
    // a central bank's staff and the market
    [
      'Headline inflation is projected to average 2.0 per cent next year. Staff had 2.3 per cent in March.',
      '2.3 per cent',
      'change',
    ],
    [
      'Core inflation picked up.\nQ: Where is it now?\nIt’s around 3.3 per cent. Markets were at 3.1 per cent last week.',
      '3.1 per cent',
      'change',
    ],
    // a ministry and private forecasters
    [
      'The ministry expects GDP growth of 1.8% in 2027. Private forecasters have 1.5%.',
      '1.5%',
      'change',
    ],
    // an agency and economists, on a rate
    [
      'The agency now forecasts the unemployment rate at 5.1 per cent. Economists had 5.4 per cent a quarter ago.',
      '5.4 per cent',
      'share',
    ],
    // a company and the consensus
    ['Group revenue is guided to grow by 4% this year. The consensus had 3.5%.', '3.5%', 'change'],
    // an international body's earlier round
    [
      'Our new projection puts world output growth at 3.1 percent. In April we had 3.3 percent.',
      '3.3 percent',
      'change',
    ],
    // expectations named only in the question, then a survey and analysts
    [
      'Inflation expectations – are they coming down?\nThey are. In the bank’s latest survey, expectations two years ahead are 3.9%. Analysts are at 3.5%.',
      '3.5%',
      'change',
    ],
    [
      'Households were asked about consumer prices. Their expectations for next year are 4.2 per cent.',
      '4.2 per cent',
      'change',
    ],
    [
      'The unemployment rate rose to 5%. Expectations a year ahead are 5.3 per cent.',
      '5.3 per cent',
      'share',
    ],
    [
      'GDP growth slowed in the quarter.\nQuestion: Where do you see it going?\nOur forecast is 1.1 percent. Private forecasters have 0.9 percent.',
      '0.9 percent',
      'change',
    ],
    // near-misses: a measure or a whole of its own, or a sentence between that names its own measure
    [
      'Inflation eased to 2.1 per cent in May. Staff had a vacancy rate of 4 per cent.',
      '4 per cent',
      'share',
    ],
    ['Growth slowed to 1.2% last year. Analysts are at 45% of the panel.', '45%', 'share'],
    [
      'Growth slowed to 1%.\nQ: And the forecast?\nOur forecast is 1.2 percent. The unemployment rate is 6 per cent. Analysts had 6.2 per cent.',
      '6.2 per cent',
      'share',
    ],
    [
      'Inflation slowed to 2%.\nQ: And jobs?\nWe added 40,000 in May. Staff had 4 per cent.',
      '4 per cent',
      'share',
    ],
  ])('%s → %s is a %s', (text, stated, kind) => {
    expect(kindOf(text, stated)).toBe(kind);
  });
});

describe('v91: a multiple a present copula restates ("That is almost doubled") takes the status of the sentence before', () => {
  it.each<readonly [string, string, string]>([
    // A senate hearing, a treasury, a ministry, a central bank, a press briefing.
    [
      'Secretary, the appropriations in the House version have ballooned to P281 billion from P158 billion in the NEP. That is almost doubled.',
      'almost doubled',
      'expected',
    ],
    [
      'The Treasury projects the deficit will reach $4.1 billion next year, against $2 billion this year. It is more than doubled.',
      'more than doubled',
      'expected',
    ],
    [
      'The ministry plans to spend R12 billion on the line by 2035, up from R3 billion now. So it’s roughly quadrupled.',
      'quadrupled',
      'expected',
    ],
    [
      'The bank expects lending to the sector to reach €900 million by 2034, from €300 million today. That is effectively tripled.',
      'tripled',
      'expected',
    ],
    [
      'The draft plan would cut the subsidy to $40 million from $80 million. In other words, it is halved.',
      'halved',
      'expected',
    ],
    // Near-misses: an outturn before keeps actual; a past verb or a period of its own keeps the
    // figure's own reading.
    [
      'Spending rose to $4 billion in 2025 from $2 billion in 2023. That is almost doubled.',
      'almost doubled',
      'actual',
    ],
    [
      'The Treasury projects the deficit will reach $4.1 billion next year. It was doubled in 2024.',
      'doubled',
      'actual',
    ],
    [
      'The Treasury projects the deficit will reach $4.1 billion next year. That is almost doubled since 2020.',
      'doubled',
      'actual',
    ],
  ])('%s → %s is %s', (text, stated, status) => {
    expect(statusOf(text, stated)).toBe(status);
  });
  it('a multiple after a present copula is no signal of its own; a past verb of multiplying is', () => {
    expect(ownSignal('That is almost doubled.', 0, 22)).toBe(false);
    expect(ownSignal('Exports doubled.', 0, 15)).toBe(true);
  });
});

describe('timePointsBack and pathGoesOn: a projection carried to the next sentence', () => {
  it('reads a time that points back to the period before, before the number or after it', () => {
    const back = (s: string, n: string) => timePointsBack(s, s.indexOf(n), s.indexOf(n) + n.length);
    expect(back('At that point, benefits equal 7.9% of GDP.', '7.9%')).toBe(true);
    expect(back('Health spending accounts for 9.1% of GDP by then.', '9.1%')).toBe(true);
    expect(back('Over the same period, revenue averages 18.4% of GDP.', '18.4%')).toBe(true);
    expect(back('Benefits equal 7.9% of GDP in 2031.', '7.9%')).toBe(false);
    expect(back('Back in 2024, revenue was 17.2% of GDP.', '17.2%')).toBe(false);
  });
  it('reads a present verb that moves a level on, not a noun of change or a level now', () => {
    expect(pathGoesOn('Net interest costs rise to ')).toBe(true);
    expect(pathGoesOn('Debt climbs to ')).toBe(true);
    expect(pathGoesOn('Unemployment peaks at ')).toBe(true);
    expect(pathGoesOn(', an increase of ')).toBe(false);
    expect(pathGoesOn('Today debt stands at ')).toBe(false);
    expect(pathGoesOn('Today debt rises to ')).toBe(false);
  });
});
