// Tests for a year table whose first header cell names a money unit with a digit in it (v188):
// "| Student loans ($000) | 2034 | 2033 |", "Borrowings (£'000)   2034   2033", "(10,000 yuan)", as
// accounts, public bodies and statistics offices head a table whose rows are sums in thousands.
// The year line's label may hold such a bracket; each row that names no other measure takes its
// unit and its column's year. Sentences written before the rule, in voices other than the open
// set's tax authority: a water company's accounts, a university's accounts, a Chinese city's
// budget table, a museum trust's plain-text table; near-misses keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2035-03-01') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit} ${c.status}`);

describe('v188: a year table whose first header cell gives a money unit in thousands', () => {
  it.each([
    // A water company's accounts: pounds in thousands with an apostrophe, a bracketed loss.
    [
      "| Borrowings (£'000) | 2034 | 2033 |\n|---|---|---|\n| Bank loans | 412,300 | 398,150 |\n| Finance leases | (1,240) | 2,610 |\n",
      [
        '412,300 amount 412300000 GBP actual',
        '398,150 amount 398150000 GBP actual',
        '(1,240) amount -1240000 GBP actual',
        '2,610 amount 2610000 GBP actual',
      ],
    ],
    // A university's accounts: euro in thousands, no apostrophe.
    [
      '| Income (€000) | 2033 | 2032 |\n|---|---|---|\n| Tuition fees | 84,215 | 79,904 |\n',
      ['84,215 amount 84215000 EUR actual', '79,904 amount 79904000 EUR actual'],
    ],
    // A Chinese city's budget table: the scale a number before the currency.
    [
      '| Expenditure (10,000 yuan) | 2033 | 2032 |\n|---|---|---|\n| Education | 58,410 | 55,902 |\n',
      ['58,410 amount 584100000 CNY actual', '55,902 amount 559020000 CNY actual'],
    ],
    // A museum trust's plain-text table: the label and its bracket before the years.
    [
      'Funds ($000)        2034        2033\nRestricted funds    3,412       3,108\n',
      ['3,412 amount 3412000 USD actual', '3,108 amount 3108000 USD actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v188 near-misses: a bracket with a digit that is no money unit, or a row of counts', () => {
  it.each([
    // Thousands of people: a count, no money.
    ["| Passengers ('000) | 2034 | 2033 |\n|---|---|---|\n| Domestic | 4,120 | 3,980 |\n", []],
    // A row that counts under a money title keeps its own measure: unread.
    [
      '| Loans ($000) | 2034 | 2033 |\n|---|---|---|\n| Number of borrowers | 41,200 | 40,100 |\n',
      [],
    ],
    // An index base in the bracket: no unit for the rows.
    ['| Prices (2030=100) | 2034 | 2033 |\n|---|---|---|\n| Food | 112.4 | 108.9 |\n', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
