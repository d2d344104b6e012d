// Tests for src/authoring/extract (v168): the slice of a base a schedule's rate applies to, named
// by its size and its place in the schedule ("- The first £2,811,500: 15%", "- The next
// £1,938,000: 20%", "The first £2,811,500 of gross gaming yield is taxed at 15% and the next
// £1,938,000 at 20%"), cuts the base as a band's bounds do and is no figure; the rate stays. A
// first or next sum that was paid, sold or disbursed, and a first quarter's level, keep their
// reading. A second criterion joined after an open bound ("with a maximum stake of 20p or less and
// a maximum prize of £10 or less pay the lower rate") sorts the members as the first does.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-03-12',
    publisher: 'Revenue Office',
    title: 'Rates and bands',
    url: 'https://example.org/rates-and-bands',
  },
};

/** Each figure's stated words, in the order found. */
const stated = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe('a schedule tranche named by its size and place', () => {
  it.each([
    // A conveyancing tax's rate table.
    [
      'Stamp duty rates from 1 April 2034\n- The first £125,000: 0%\n- The next £125,000: 2%\n- The remaining amount: 5%',
      ['0%', '2%', '5%'],
    ],
    // A land tax schedule with no article.
    [
      'Land tax is charged on taxable value as follows:\n- first $1,000,000: 1.2%\n- next $2,000,000: 1.8%',
      ['1.2%', '1.8%'],
    ],
    // A bank's tiered deposit rates.
    [
      'Savings account interest tiers\n- The first $10,000: 2.10%\n- The next $40,000: 2.60%',
      ['2.10%', '2.60%'],
    ],
    // A municipal levy, a tier exempt.
    [
      'Council levy by property value:\n- First R500,000: exempt\n- Next R1,000,000: 0.5%',
      ['0.5%'],
    ],
    // A gaming duty in prose, the second tranche's verb left out.
    [
      'The first £2,811,500 of gross gaming yield is taxed at 15% and the next £1,938,000 at 20%.',
      ['15%', '20%'],
    ],
    // A payroll levy in prose.
    ['The first ₦5 million of annual payroll is charged at 1 percent.', ['1 percent']],
    // Near miss: a first quarter's level after its label.
    [
      'Sales by quarter\n- The first quarter: £2.1 million\n- The next quarter: £2.4 million',
      ['£2.1 million', '£2.4 million'],
    ],
    // Near miss: the first tranche paid out is a sum.
    ['The first €1 billion of the programme was paid out in 2033.', ['€1 billion']],
    // A withholding tax after an opening phrase.
    [
      'For savers with no tax number, the first $1,000 of interest is taxed at 10% and the next $4,000 at 25%.',
      ['10%', '25%'],
    ],
    // Near miss: a first tranche after an opening phrase, paid out.
    ['In 2033, the first $1 billion of the fund was paid out.', ['$1 billion']],
    // Near miss: a next tranche to be disbursed is a sum.
    ['The next $2 billion will be disbursed in 2035.', ['$2 billion']],
    // Near miss: tranches sold at a yield keep their sums.
    [
      'The Treasury sold the first $5 billion at 4.2% and the next $3 billion at 4.5%.',
      ['$5 billion', '4.2%', '$3 billion', '4.5%'],
    ],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });
});

describe('a second criterion joined after an open bound', () => {
  it.each([
    [
      'Machines with a maximum stake of 20p or less and a maximum prize of £10 or less pay the lower rate of 5%.',
      ['5%'],
    ],
    [
      'Clubs with fewer than 50 members and annual takings of $20,000 or less are exempt from the levy.',
      [],
    ],
    // Near miss: a level reached after a criterion keeps its reading.
    [
      'Machines with a stake of £2 or less took £1.2 billion in 2033, and arcades took £300 million.',
      ['£1.2 billion', '£300 million'],
    ],
  ])('%s', (text, expected) => {
    expect(stated(text)).toEqual(expected);
  });
});
