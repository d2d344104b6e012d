// Tests for src/authoring/extract (v199): the bounds of a band that labels a schedule's row, found
// in the opened sets ho275 ("The annual fee for all other undertakings shall be, by turnover band:"
// ⏎ "a. CHF 1,200,000 to CHF 2,999,999: CHF 160;" ⏎ "d. CHF 100,000,000 or more: CHF 19,850.") and
// ho277 ("| €0 to €240,000 | €110 | €121 |" under "| Valuation band | Basic rate charge | …", and
// "| D | £68,001 to £88,000 | 9/9 | £218.47 |" under "| Band | Value at 1 April 1991 | …"), held
// here in other voices: a student levy, a broadcasting regulator, a water tariff, a stamp duty
// schedule, a tuition fee table, a water board, a contribution table. An item marked by a letter or a number ("a.", "(ii)", "3)")
// opens a list item as a dash does, and a pipe table's cell that is wholly a band, opening its row
// or right after a short row mark, is the row's label: both ends sort the items, the charge after
// them is the figure (README, Traps: a band a schedule's rate applies to). A range in a cell after
// a label of words, a year or a number, and a range a sentence reports, keep their reading.

import { describe, expect, it } from 'vitest';
import { statedIn } from './readingOf.ts';

describe('the bounds of a band labelling a schedule row are no figures', () => {
  it.each([
    // A student services levy, items lettered with a full stop.
    [
      'The student services levy shall be, by household income:\na. $0 to $30,000: $45;\nb. $30,001 to $60,000: $90;\nc. $60,001 or more: $135.\n',
      ['$45', '$90', '$135'],
    ],
    // A broadcasting regulator's licence fees, capital letters, a bound word on the open ends.
    [
      'Licence fees for broadcasters are charged by annual revenue:\nA. up to US$2 million: US$8,000;\nB. US$2,000,001 to US$10 million: US$25,000;\nC. over US$10 million: US$60,000.\n',
      ['US$8,000', 'US$25,000', 'US$60,000'],
    ],
    // A water tariff, items lettered with a full stop and a naira sign.
    [
      'The monthly fixed charge is set by property value:\na. ₦250,001 to ₦500,000: ₦1,480;\nb. ₦500,001 or more: ₦1,960.\n',
      ['₦1,480', '₦1,960'],
    ],
    // A stamp duty schedule, items marked by roman numerals in brackets (read so already).
    [
      'The stamp duty shall be, by consideration:\n(i) ₹5 lakh to ₹10 lakh: ₹2,000;\n(ii) ₹10 lakh or more: ₹5,000.\n',
      ['₹2,000', '₹5,000'],
    ],
    // A tuition fee table whose rows open with the income band.
    [
      'Tuition fees by family income\n| Family income | Fee 2034 | Fee 2035 |\n|---|---|---|\n| $0 to $45,000 | $1,200 | $1,250 |\n| $45,001 to $90,000 | $2,400 | $2,500 |\n| over $90,000 | $4,800 | $5,000 |\n',
      ['$1,200', '$1,250', '$2,400', '$2,500', '$4,800', '$5,000'],
    ],
    // A water board's rates, a class letter before the band.
    [
      'Water rates 2035\n| Class | Property value | Annual rate |\n|---|---|---|\n| A | up to $150,000 | $980 |\n| B | $150,001 to $300,000 | $1,310 |\n| C | over $300,000 | $1,720 |\n',
      ['$980', '$1,310', '$1,720'],
    ],
    // A contribution table, a tier number before the band (read so already).
    [
      'Contribution rates for 2034\n| Tier | Monthly earnings | Rate |\n|---|---|---|\n| 1 | up to ZMW 3,000 | 1.5% |\n| 2 | ZMW 3,001 to ZMW 9,000 | 2.5% |\n| 3 | above ZMW 9,000 | 4% |\n',
      ['1.5%', '2.5%', '4%'],
    ],
  ])('%s', (text, want) => {
    expect(statedIn(text)).toEqual(want);
  });
});

describe('near-misses keep their reading', () => {
  it.each([
    // A range in a cell after a label of words: an estimate's low and high.
    [
      'Cost estimates\n| Project | Estimate | Approved |\n|---|---|---|\n| Ward block | $1.2 million to $1.5 million | $1.4 million |\n',
      ['$1.2 million to $1.5 million', '$1.4 million'],
    ],
    // A range a list item reports after its own label.
    ['Outcomes:\n1. Pension value: from €41.20 to €42.74 a month\n', ['€41.20', '€42.74']],
    // A numbered item whose sentence reports two levels.
    ['Findings:\n2. Fees rose from £1,200 to £1,350 in 2034.\n', ['£1,200', '£1,350']],
  ])('%s', (text, want) => {
    expect(statedIn(text)).toEqual(want);
  });
});
