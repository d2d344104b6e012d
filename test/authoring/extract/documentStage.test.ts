// The reader of a document's own stage: the budget its title or opening lines put forward, and a
// budget's name with the words of its kind taken out, as ministries, provinces and councils write it.

import { describe, expect, it } from 'vitest';
import { budgetNamed, documentBudget } from '../../../src/authoring/extract/documentStage.ts';

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
