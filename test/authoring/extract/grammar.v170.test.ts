// Tests for src/authoring/extract (v170): pence or cents counted out of each unit of money, told as
// list items under a lead-in line ("Of every £1 spent on games:" above "- Prizes: 54.6p"), are a
// ratio of money, as the same words in one sentence are ("Of every £1 spent, 54.6p went on
// prizes"): the lead-in is read for each item until an empty line or an unmarked line ends the
// list. A list of sums under "Of the £4.2 billion raised:" or "Spending in 2033 (£ million):", and
// pence under a lead-in that counts out no unit, keep their reading.

import { describe, expect, it } from 'vitest';
import { HARROW_REPORT, statedIn } from './readingOf.ts';

const read = (text: string) => statedIn(text, HARROW_REPORT);

describe('pence or cents of each unit of money, listed under a lead-in', () => {
  it.each([
    // A lottery operator (the opened set's voice).
    [
      'Where each pound went\nOf every £1 spent on National Lottery games in the year:\n- Prizes: 54.6p\n- Good causes: 22.3p\n- Lottery Duty: 12.0p',
    ],
    // A tax office.
    [
      'Where your tax goes\n\nFor every $1 of tax collected:\n\n- Health: 31 cents\n- Education: 24 cents\n- Defence: 9 cents',
    ],
    // A charity.
    [
      'Of each euro donated:\n• Programmes: 82 cents\n• Fundraising: 11 cents\n• Administration: 7 cents',
    ],
    // A transit agency.
    [
      'For every dollar of fare revenue:\n1. Operations: 64 cents\n2. Maintenance: 21 cents\n3. Debt service: 15 cents',
    ],
    // A betting regulator.
    ['For every dollar wagered:\n- Returned as winnings: 88 cents\n- State levy: 5 cents'],
    // A retailer's annual report.
    [
      'Each dollar of sales was spent as follows:\n- Cost of goods: 71 cents\n- Wages: 14 cents\n- Profit: 4 cents',
    ],
    // A water utility, pence in words.
    ['Of every pound on your bill:\n- Treatment: 38 pence\n- Pipes and sewers: 44 pence'],
  ])('proposes none of %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('lists that count out no unit keep their reading', () => {
  it.each([
    // Sums under a money title.
    ['Spending in 2033 (£ million):\n- Health: 412\n- Roads: 95.5', ['412', '95.5']],
    // Sums of a whole, not of each unit.
    [
      'Of the £4.2 billion raised:\n- Good causes: £1.9 billion\n- Prizes: £2.3 billion',
      ['£4.2 billion', '£1.9 billion', '£2.3 billion'],
    ],
    // Pence with their own verbs, under a lead-in that counts out no unit.
    [
      'Prices changed as follows:\n- A first-class stamp rose to 85p\n- A second-class stamp rose to 68p',
      ['85p', '68p'],
    ],
    // An empty line between items ends the list; the item after it is read on its own.
    [
      'For every $1 of tax collected:\n- Health: 31 cents\n\n- The average refund rose to 92 cents.',
      ['92 cents'],
    ],
    // An unmarked line ends the list.
    [
      'Of every £1 spent:\n- Prizes: 54.6p\nThe stamp price rose to 85p.\n- The ticket price rose to 250p.',
      ['85p', '250p'],
    ],
  ])('reads %s', (text, stated) => {
    expect(read(text)).toEqual(stated);
  });
});
