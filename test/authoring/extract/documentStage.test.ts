// The reader of a document's own stage: the budget its title or opening lines put forward, and a
// budget's name with the words of its kind taken out, as ministries, provinces and councils write it.

import { describe, expect, it } from 'vitest';
import {
  budgetNamed,
  documentBudget,
  earlierLevelOfChange,
  rateTheBudgetSets,
  settingBudget,
} from '../../../src/authoring/extract/documentStage.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

describe('budgetNamed', () => {
  it.each([
    // a provincial treasury's media statement
    ['2026/27 Provincial Budget tabled in Bhisho', '2026/27 Budget tabled in Bhisho'],
    // a county's budget, by its fiscal year
    ['FY2034 County Budget presented', 'FY2034 Budget presented'],
    // a federal ministry's capital budget: two words of its kind
    ['the 2033 Federal Capital Budget', 'the 2033 Budget'],
    // a republic's budget, in lower case
    ['The 2034 republican budget: overview', 'The 2034 budget: overview'],
    // a supplementary budget, in lower case
    ['the 2033 supplementary budget', 'the 2033 budget'],
    // a union budget over two years
    ['The 2033-34 Union Budget: key allocations', 'The 2033-34 Budget: key allocations'],
  ])('%j → %j', (words, named) => expect(budgetNamed(words)).toBe(named));

  it.each([
    // no budget after the period
    'the 2033 spending plans',
    // a year, then a clause: no name
    'spending in 2033 against the budget',
    // two budgets joined: no kind word between
    'the 2033 and 2034 budgets',
  ])('leaves %j as it is', (words) => expect(budgetNamed(words)).toBe(words));
});

describe('documentBudget', () => {
  it.each([
    // a title that names the budget
    [
      { title: 'Media statement: 2026/27 Provincial Budget tabled', top: '' },
      'Media statement: 2026/27 Provincial Budget tabled',
    ],
    // a treasurer's statement whose first sentence puts the budget forward
    [
      {
        title: 'Statement by the Treasurer',
        top: 'Statement by the Treasurer\n\nThe 2033-34 State Budget was handed down today. Schools get more.',
      },
      'The 2033-34 State Budget was handed down today.',
    ],
    // a minister's briefing: the budget presented
    [
      {
        title: 'Minister briefs press',
        top: 'The Minister presented the 2033 budget for the sector to the Senate.',
      },
      'The Minister presented the 2033 budget for the sector to the Senate.',
    ],
  ])('finds the budget of %j', (doc, words) => expect(documentBudget(doc)).toBe(words));

  it.each([
    // an annual report that measures spending against a budget puts none forward
    { title: 'Annual Report 2032', top: 'Spending was 4% below the 2032 budget.' },
    // a revenue service's outturn: the budget names where an estimate was tabled
    {
      title: 'SARS announces the revenue outcome',
      top: 'This outcome is R21.7 billion more than the revised estimate of R1.912 trillion tabled in the February 2028 Budget.',
    },
    // a budget named with no verb that puts it forward
    { title: 'Quarterly bulletin', top: 'The 2033 budget holds spending flat.' },
    // no budget at all
    { title: 'Monetary policy statement', top: 'The Committee kept the rate at 4%.' },
  ])('finds none in %j', (doc) => expect(documentBudget(doc)).toBeUndefined());
});

describe('earlierLevelOfChange: the "from" end of a change between two levels', () => {
  it.each<readonly [string, string]>([
    // a finance ministry's summary of tax measures: the other end follows
    ['The standard rate of VAT rises from ', ' to 21% on 1 July.'],
    // a budget speech: the other end comes first
    ['Madam Speaker, I propose to raise the tax-free threshold to R95,000 from ', '.'],
    // a council's budget: the whole the level is of stands between
    ['The residential tax rate increases from ', ' of assessed value to 0.64 percent.'],
    // a funding agency's request, with a modal: the modal is the change's
    ['The fellowship stipend would rise to $41,000 from ', '.'],
    // a municipal budget: the other end with its unit, and a hedge
    ['The user charge is proposed to be raised to ₹60 a month from about ', '.'],
  ])('reads %j … %j', (before, after) => expect(earlierLevelOfChange(before, after)).toBe(true));

  it.each<readonly [string, string]>([
    // the start of a forecast path
    ['Growth is forecast to slow from ', ' to 2.1%.'],
    // a period of its own
    ['Debt falls from ', ' of GDP in 2034-35 to 57%.'],
    ['The basic allowance falls from ', ' this year to 50 per cent.'],
    // a plan of its own
    ['Health spending rises from ', ' in the revised estimates to R4.6 billion.'],
    // a range, not a change
    ['Income tax rates range from ', ' to 40%.'],
    // the "to" end, and a "from" with no other end
    ['The rate rises to ', ' from 20%.'],
    ['Revenue came to R1.9 trillion, up from ', '.'],
  ])('leaves %j … %j', (before, after) => expect(earlierLevelOfChange(before, after)).toBe(false));
});

/** The status of the draft stating `stated`, in a document of that title and date. */
function statusIn(title: string, date: string, sentence: string, stated: string) {
  const drafts = extractCandidates(`${title}\n\n${sentence}\n`, 'stage', {
    source: { date, title },
  });
  const draft = drafts.find((c) => c.stated.text.includes(stated));
  if (!draft) throw new Error(`no draft states "${stated}" in "${sentence}": fix the row`);
  return draft.status;
}

describe('v90: the "from" level of a change, in a document whose stage is a budget, is actual', () => {
  it.each<readonly [string, string, string, string, string]>([
    // a finance ministry's summary of tax measures
    [
      'Budget 2034: summary of tax measures',
      '2033-10-08',
      'The standard rate of VAT rises from 20% to 21% on 1 July.',
      '20%',
      'actual',
    ],
    // a budget speech, the other end first
    [
      'Budget Speech 2033-34',
      '2033-02-22',
      'Madam Speaker, I propose to raise the tax-free threshold to R95,000 from R87,300.',
      'R87,300',
      'actual',
    ],
    // a city council's budget
    [
      '2034 Operating and Capital Budget tabled',
      '2033-11-20',
      'The residential tax rate increases from 0.61 percent to 0.64 percent of assessed value.',
      '0.61 percent',
      'actual',
    ],
    // an agency's budget request, with a modal
    [
      'FY 2035 Budget Request to Congress: Highlights',
      '2034-03-10',
      'The fellowship stipend would rise to $41,000 from $37,000.',
      '$37,000',
      'actual',
    ],
    // near-misses: a forecast path's start with its own open year, a period of its own, an
    // earlier forecast, and the same change outside a budget
    [
      'Budget 2034: economic outlook',
      '2033-10-08',
      'Growth is forecast to slow from 2.8% this year to 2.1% in 2035.',
      '2.8%',
      'expected',
    ],
    [
      'Budget Speech 2033-34',
      '2033-02-22',
      'Debt is projected to fall from 61% of GDP in 2034-35 to 57% by 2037-38.',
      '61%',
      'expected',
    ],
    [
      'Budget 2034: summary of tax measures',
      '2033-10-08',
      'Excise on spirits goes up to €40 a litre from the €36 forecast in the spring.',
      '€36',
      'expected',
    ],
  ])('%s (%s): %s → %s is %s', (title, date, sentence, stated, status) =>
    expect(statusIn(title, date, sentence, stated)).toBe(status),
  );
});

describe('rateTheBudgetSets: the level of a charge, relief or bound a budget sets', () => {
  it.each<readonly [string, string, string]>([
    // a finance ministry's summary of tax measures: the rate of a duty, the other end of a change
    ['The rate of stamp duty on commercial property rises from 7.5% to ', '8%', '.'],
    // a budget speech: a tax rate from a date
    ['The small business tax rate falls to ', '25 per cent', ' from 1 July.'],
    // a carbon tax in a budget: a gapped verb after "and"
    [
      'In the second phase, the offset allowance falls to 5 per cent of emissions and the cap on total allowances to ',
      '60 per cent',
      '.',
    ],
    // a union budget: what the Government will pay
    ['The Government will pay interest subvention of ', '2 per cent', ' on short-term crop loans.'],
    // a municipal budget: a rebate that continues
    ['Pensioners will continue to receive a rebate of ', '50 per cent', ' on property tax.'],
    // a credit, with the whole it is a share of
    ['The R&D tax credit increases to ', '35% of qualifying expenditure', '.'],
  ])('reads %j %j', (before, stated, after) =>
    expect(rateTheBudgetSets(before, stated, after)).toBe(true),
  );

  it.each<readonly [string, string, string]>([
    // a modal, a proposal, a forecast
    ['The fellowship stipend would rise to ', '$41,000', '.'],
    ['The solid waste user charge is proposed to be raised to ', '₹60 a month', '.'],
    ['The levy is expected to rise to ', '€40', ' a tonne.'],
    // a sum, not a rate
    ['Excise revenue rises to ', 'R60 billion', '.'],
    // an outcome rate and a ratio
    ['The unemployment rate falls to ', '4.1%', ' next year.'],
    ['The debt-to-GDP ratio falls to ', '54.2%', ' in 2035-36.'],
    // a change by an amount for a payer
    ['For a home valued at $540,000, the general rate will rise by about ', '$3.10', ' a week.'],
    // a question still open, and an assumption in a clause of its own after a grant
    [
      'The Council has not yet decided whether the student grant will rise to ',
      '€900',
      ' a month.',
    ],
    [
      'The wage agreement grants increases of 5.5 per cent from April, and the Treasury has assumed that CPI inflation will average ',
      '4.6 per cent',
      ' over the year.',
    ],
  ])('leaves %j %j', (before, stated, after) =>
    expect(rateTheBudgetSets(before, stated, after)).toBe(false),
  );
});

describe('settingBudget: a budget that sets its levels, not one that asks for them', () => {
  it.each<readonly [{ title: string; top: string }, boolean]>([
    [{ title: 'Budget 2034: summary of tax measures', top: '' }, true],
    [
      {
        title: 'Statement by the Treasurer',
        top: 'The 2033-34 State Budget was handed down today.',
      },
      true,
    ],
    [{ title: 'FY 2035 Budget Request to Congress', top: '' }, false],
    [{ title: 'Draft Annual Budget 2032/33 presented to the Finance Committee', top: '' }, false],
    [{ title: 'Annual Report 2032', top: 'Spending was 4% below the 2032 budget.' }, false],
  ])('%j → %s', (doc, setting) => expect(settingBudget(doc)).toBe(setting));
});

describe('v90: a rate a budget sets is a decision, actual', () => {
  it.each<readonly [string, string, string, string, string]>([
    [
      'Budget 2034: summary of tax measures',
      '2033-10-08',
      'The rate of stamp duty on commercial property rises from 7.5% to 8%.',
      '8%',
      'actual',
    ],
    [
      'Budget Speech 2033-34',
      '2033-05-12',
      'The small business tax rate falls to 25 per cent from 1 July.',
      '25 per cent',
      'actual',
    ],
    [
      'Union Budget 2034-35: agriculture',
      '2034-02-01',
      'The Government will pay interest subvention of 2 per cent on short-term crop loans.',
      '2 per cent',
      'actual',
    ],
    [
      'Municipal Budget Estimates 2033-34 presented',
      '2033-02-14',
      'Pensioners will continue to receive a rebate of 50 per cent on property tax.',
      '50 per cent',
      'actual',
    ],
    // near-misses: a request's modal, a proposal, a ratio the budget plans, an outcome rate
    [
      'FY 2035 Budget Request to Congress',
      '2034-03-10',
      'The fellowship stipend would rise to $41,000.',
      '$41,000',
      'expected',
    ],
    [
      'Municipal Budget Estimates 2033-34 presented',
      '2033-02-14',
      'The solid waste user charge is proposed to be raised to ₹60 a month.',
      '₹60',
      'expected',
    ],
    [
      'The 2033-34 Budget: Overview',
      '2033-05-12',
      'The operating deficit narrows 0.4 percentage points to 2.9% of GSP.',
      '2.9%',
      'expected',
    ],
    [
      'Budget Speech 2033-34',
      '2033-02-22',
      'The unemployment rate falls to 4.1% next year.',
      '4.1%',
      'expected',
    ],
  ])('%s (%s): %s → %s is %s', (title, date, sentence, stated, status) =>
    expect(statusIn(title, date, sentence, stated)).toBe(status),
  );
});

describe('documentBudget: a title line in the block the text opens with (v104)', () => {
  it('reads the budget a title line under the publisher names, not a sentence or a long block', () => {
    expect(
      documentBudget({
        title: 'Kestrel County',
        top: 'Kestrel County\nRecommended Budget for Fiscal Year 2032\nPresented to the County Council, 3 March 2031\n\nThe budget spends $1.46 billion.',
      }),
    ).toBe('Recommended Budget for Fiscal Year 2032');
    expect(
      documentBudget({
        title: 'Kestrel County',
        top: 'Kestrel County\nSpending was 4% below the 2030 budget.\n\nMore text.',
      }),
    ).toBeUndefined();
  });
});
