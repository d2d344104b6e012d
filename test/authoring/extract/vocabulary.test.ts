// Tests for src/authoring/extract/vocabulary.ts: the words before a number that make it a change,
// read as before now that each pattern holds its verbs of change once per reading (the verb lists
// are long, and V8's compile time grows with a pattern's size). Every sentence is our own.

import { describe, expect, it } from 'vitest';
import {
  AMOUNT_RANGE_RE,
  ASIDE_VERB_BY_BEFORE_RE,
  CHANGE_BEFORE_RE,
  EARLIER_FORECAST_AFTER_RE,
  EXPECTED_RE,
  EXPECTS_BEFORE_RE,
  MULTIPLIER_RE,
  PORTUGUESE_CHANGE_BEFORE_RE,
  PERMITTED_BOUND_BEFORE_RE,
  amountRangeAsWritten,
} from '../../../src/authoring/extract/vocabulary.ts';
import { signedMatches } from '../../../src/model/looseSign.ts';
import { CURRENCY_SIGN, DOWN_VERB, MULTIPLIERS } from '../../../src/model/numberVocabulary.ts';

/** How many times `re` writes out the verbs of a fall, the longest list it holds. */
const verbLists = (re: RegExp) => re.source.split(DOWN_VERB).length - 1;

describe('CHANGE_BEFORE_RE: the words of a change right before its number', () => {
  it.each([
    // A verb and "by", from a statistics office, a central bank, a ministry.
    { before: 'Exports of machinery rose by ', read: 'rose by ' },
    {
      before: 'The Bank lowered on Friday the deposit rate by ',
      read: 'lowered on Friday the deposit rate by ',
    },
    {
      before: 'The ministry will cut purchase of maize and rice from Cestia by ',
      read: 'cut purchase of maize and rice from Cestia by ',
    },
    {
      before: 'The Reserve Bank raised the repo rate, the reverse repo rate and the bank rate by ',
      read: 'raised the repo rate, the reverse repo rate and the bank rate by ',
    },
    {
      before: 'The council decided to cut interest rates on all its standing facilities by ',
      read: 'cut interest rates on all its standing facilities by ',
    },
    { before: 'Household debt fell back ', read: 'fell back ' },
    // A rate of growth after its verb.
    { before: 'Fiscal revenue grew at an annual pace of ', read: 'grew at an annual pace of ' },
    {
      before: 'Farm employment fell in real terms at an average rate of ',
      read: 'fell in real terms at an average rate of ',
    },
    // A noun of change, a comparative.
    {
      before: 'The census shows a decrease in rural areas of ',
      read: 'decrease in rural areas of ',
    },
    { before: 'Both indices showed year-on-year decreases, at ', read: 'decreases, at ' },
    { before: 'Spending came in higher than planned by ', read: 'higher than planned by ' },
    { before: 'The budget was lower than in 2029 by ', read: 'lower than in 2029 by ' },
    { before: 'Prices turned costlier by ', read: 'costlier by ' },
  ])('$before → "$read"', ({ before, read }) => {
    expect(CHANGE_BEFORE_RE.exec(before)?.[0]).toBe(read);
  });

  it.each(['The growth by ', 'Imports stood at '])('near-miss: %s', (before) => {
    expect(CHANGE_BEFORE_RE.exec(before)).toBeNull();
  });
});

describe('ASIDE_VERB_BY_BEFORE_RE: a verb of change, an aside, then its number', () => {
  it.each([
    {
      before: 'GDP has contracted slightly, for the first time after seven years of growth – by ',
      read: 'contracted slightly, for the first time after seven years of growth – by ',
    },
    {
      before: 'The board decided to lower the key rate – the one it steers with – by ',
      read: 'lower the key rate – the one it steers with – by ',
    },
    {
      before: 'Sales grew at their fastest pace in a decade, by ',
      read: 'grew at their fastest pace in a decade, by ',
    },
    { before: 'Output contracted, in real terms, by ', read: 'contracted, in real terms, by ' },
    {
      before: 'Wages rose, on a seasonally adjusted basis , by ',
      read: 'rose, on a seasonally adjusted basis , by ',
    },
    {
      before: 'Retail sales fell (seasonally adjusted) by ',
      read: 'fell (seasonally adjusted) by ',
    },
    {
      before: 'Wages rose (in the first quarter) by ',
      read: 'rose (in the first quarter) by ',
    },
    { before: 'Sales have grown—in real terms—', read: 'grown—in real terms—' },
    {
      before: 'Exports fell again in 2031, this time by ',
      read: 'fell again in 2031, this time by ',
    },
    { before: 'Prices rose, in other words, by ', read: 'rose, in other words, by ' },
  ])('$before → "$read"', ({ before, read }) => {
    expect(ASIDE_VERB_BY_BEFORE_RE.exec(before)?.[0]).toBe(read);
  });

  it.each([
    // A space before the closing bracket, an aside that names another change, a bracketed "by",
    // an aside of more than five words in brackets.
    'Retail sales fell (seasonally adjusted ) by ',
    'Imports rose, and exports, by ',
    'Output fell (by ',
    'Wages rose (in the first quarter of the year) by ',
  ])('near-miss: %s', (before) => {
    expect(ASIDE_VERB_BY_BEFORE_RE.exec(before)).toBeNull();
  });
});

describe('AMOUNT_RANGE_RE: two ends of an amount', () => {
  it.each([
    // Unscaled, each end with its sign: a price list, a grant scheme, a fare table.
    ['Prices ranged between €40,000 and €90,000 a unit.', ['between €40,000 and €90,000']],
    ['Grants of R12 500 to R30 000 were paid.', ['R12 500 to R30 000']],
    ['Fares rose from $2.10 – $3.40.', ['$2.10 – $3.40']],
    ['Between USD 4 and USD 6 a barrel.', ['Between USD 4 and USD 6']],
    // One scale, the sign before the first end: a ministry, a central bank, a company.
    ['Losses of US$1.3-1.5 trillion were cited.', ['US$1.3-1.5 trillion']],
    ['It costs $2 billion to $3 billion.', ['$2 billion to $3 billion']],
    ['The bill is between $2 billion and $3 billion.', ['between $2 billion and $3 billion']],
    ['Shares traded between 118p and 126p.', ['between 118p and 126p']],
    // A second sign that is a named currency, a code across a line break, a dollar's code.
    [
      'Loans of Japanese Yen (JPY) 2 billion to Japanese Yen (JPY) 3 billion.',
      ['Japanese Yen (JPY) 2 billion to Japanese Yen (JPY) 3 billion'],
    ],
    ['Aid of $5 to\nUSD\n 6 billion a year.', ['$5 to\nUSD\n 6 billion']],
    ['Between $4 and NZD 6,000 a head.', ['Between $4 and NZD 6,000']],
    // Near-misses: a bare second end with no scale, a second end in percent, words where the
    // second sign would stand (read loosely first, then dropped), a code that is a conference.
    ['Tickets cost $2 to 3 each.', []],
    ['A loss of $2 billion to 3 percent of GDP.', []],
    ['Pump prices went from $1.06 to around $1.14 a litre.', []],
    ['It cost $2 billion to about 3 billion people.', []],
    ['Between the ages of 2 and 3 billion years.', []],
    ['A pledge of $2 to COP28 and $3 billion.', []],
  ])('%s', (text, ranges) => {
    const read = [...signedMatches(AMOUNT_RANGE_RE, amountRangeAsWritten, text)];
    expect(read.map((m) => m[0])).toEqual(ranges);
    // The same as the pattern with every sign written out.
    expect(read.map((m) => m[0])).toEqual(
      [...text.matchAll(new RegExp(amountRangeAsWritten().source, 'gi'))].map((m) => m[0]),
    );
  });
});

describe('the size of the change patterns', () => {
  // Each list of verbs is ~1,700 characters; written once per reading that needs it rather than
  // once per alternative, the two patterns compile in about half the time (compileAhead.ts).
  it.each([
    { name: 'CHANGE_BEFORE_RE', re: CHANGE_BEFORE_RE, most: 7 },
    { name: 'ASIDE_VERB_BY_BEFORE_RE', re: ASIDE_VERB_BY_BEFORE_RE, most: 4 },
  ])('$name writes the verbs of a fall at most $most times', ({ re, most }) => {
    expect(verbLists(re)).toBeLessThanOrEqual(most);
  });
});

describe('the size of the amount range pattern', () => {
  // The sign list is ~5,000 characters: the first sign after no "between" is written out once, and
  // every other sign is read loosely and checked in code (looseSign.ts; was seven copies, then six).
  it('writes the currency signs once', () => {
    expect(AMOUNT_RANGE_RE.source.split(CURRENCY_SIGN).length - 1).toBe(1);
    expect(amountRangeAsWritten().source.split(CURRENCY_SIGN).length - 1).toBe(6);
  });
});

describe('v9: a verb of change past a bare object of two words and its place or span', () => {
  it.each([
    // A development bank's project note, a transport ministry, a customs agency.
    {
      before:
        'The connector is expected to cut travel time between the port and the ring road by about ',
      read: 'cut travel time between the port and the ring road by about ',
    },
    {
      before: 'The new tunnel cut journey times between the two ports by ',
      read: 'cut journey times between the two ports by ',
    },
    {
      before: 'The programme aims to reduce waiting time at border posts by ',
      read: 'reduce waiting time at border posts by ',
    },
    {
      before: 'Digital filing cut processing time for import permits by ',
      read: 'cut processing time for import permits by ',
    },
  ])('$before → "$read"', ({ before, read }) => {
    expect(CHANGE_BEFORE_RE.exec(before)?.[0]).toBe(read);
  });

  // Near-misses: a verb of being between the two words, and a bound or level after "at".
  it.each(['Travel time was between two and three hours by ', 'The share stood at '])(
    'near-miss: %s',
    (before) => {
      expect(CHANGE_BEFORE_RE.exec(before)).toBeNull();
    },
  );
});

describe('v35: PERMITTED_BOUND_BEFORE_RE, what a scheme lets its members apply for or obtain', () => {
  // The cap of a grant, rebate or guarantee a scheme lets a member apply for or obtain, in five
  // voices: a tourism agency, a utility regulator, an export credit agency, a welfare office, a
  // development fund.
  it.each([
    'Businesses with an annual turnover below $10 million can apply for co-marketing grants of up to $',
    'Households with incomes under £30,000 can claim a rebate of up to £',
    'Exporters with sales above $1 million can obtain credit guarantees of up to $',
    'Pensioners with savings below €10,000 can apply for a heating supplement of up to €',
    'Farmers may apply for grants of up to €',
  ])('%s', (before) => {
    expect(PERMITTED_BOUND_BEFORE_RE.test(before)).toBe(true);
  });

  // Near-misses: a change a modal hedges, what a seller could get, a price that can get higher.
  it.each([
    'Exports can apply for no exemption, but could rise by up to ',
    'The state could get up to $',
    'Prices can get up to ',
  ])('near-miss: %s', (before) => {
    expect(PERMITTED_BOUND_BEFORE_RE.test(before)).toBe(false);
  });
});

describe('v49: MULTIPLIER_RE reads the infinitive and the modal "halve" as it reads "double"', () => {
  /** The multiples a sentence states, each with the change it reads as. */
  const multiples = (text: string): [string, number | undefined][] =>
    [...text.matchAll(new RegExp(MULTIPLIER_RE.source, 'gi'))].map((m) => [
      m[0].trim(),
      MULTIPLIERS.find(([re]) => re.test(m[0]))?.[1],
    ]);
  it.each([
    // A health ministry, a central bank, a trade agency, a utility, a leaders' summit, a regulator.
    ['The strategy aims to halve the number of zero-dose children by 2030.', [['to halve', -50]]],
    ['The Bank intends to halve its holdings of government bonds.', [['to halve', -50]]],
    ['The new procedure would halve processing times for export permits.', [['would halve', -50]]],
    ['The group will halve its coal-fired capacity by 2032.', [['will halve', -50]]],
    [
      'Leaders pledged to halve food waste by 2035 and to double the share of renewables.',
      [
        ['to halve', -50],
        ['to double', 100],
      ],
    ],
    ['The reform could halve the cost of short-term credit.', [['could halve', -50]]],
    // Near-misses: "halves" is a noun of two parts, and a past "halved" keeps its reading.
    ['The year is split into two halves for reporting purposes.', []],
    ['The board split the dividend in two halves of $0.40 each.', []],
    ['Losses were halved in 2031.', [['were halved', -50]]],
    // The purpose a requirement is for: no plan of its own.
    ['Growth of at least 6 per cent is needed to halve poverty by 2040.', []],
    ['Investment of 3% of GDP is sufficient to double the rail network.', []],
  ])('%s', (text, expected) => expect(multiples(text)).toEqual(expected));
});

describe('v66: EXPECTED_RE reads the present passive of a verb of programming or costing before "at", "for" or "to reach"', () => {
  it.each([
    'Infrastructure spending is programmed at P1.54 trillion',
    'net domestic financing is programmed at 1.2 percent of GDP',
    '$2.3 billion has been programmed for road maintenance',
    'The second phase is currently costed at A$640 million',
    'Capital spending is penciled at $4.2 billion',
    'The subsidy bill is programmed to reach GH¢4.1 billion',
  ])('%s is planned', (text) => {
    expect(EXPECTED_RE.test(text)).toBe(true);
  });

  it.each([
    'Infrastructure spending was programmed at P1.31 trillion in 2031',
    'Spending on programmed maintenance rose 4% in 2032',
    'The scheme was costed at £1.9 billion in 2030',
    'The minimum wage is pitched at 60% of median earnings',
  ])('%s is not', (text) => {
    expect(EXPECTED_RE.test(text)).toBe(false);
  });
});

describe('v74: EXPECTS_BEFORE_RE reads an active "see" whose object, any noun phrase, stands at a level or moves to it', () => {
  it.each([
    'They see the Selic falling to 12.50 percent',
    'We see the policy rate at 29%',
    'Most analysts now see the benchmark rate at 4.25%',
    'Traders see the overnight rate peaking at 6.5 percent',
    'Strategists at the bank see the 10-year yield at 4.1%',
    'Economists polled by the central bank see the key rate ending the year at 9.75 percent',
    'The Finance Ministry sees the fiscal gap at 4.4% of GDP',
    "Fitch sees the sovereign's interest bill climbing to 18% of revenue",
    'Management sees the operating margin at about 14%',
  ])('%s forecasts', (text) => {
    expect(EXPECTS_BEFORE_RE.test(text)).toBe(true);
  });

  it.each([
    // A period that "sees" something tells what happened in it; "up" is no level nor a move to one;
    // a pointer to a table is no forecast; a bound ("more than") is read elsewhere.
    'The second quarter sees the jobless rate rising to 6%',
    'Visitors see prices up 12%',
    'See the table at the end: the jobless rate fell to 5.1%',
    'See Table 2 at page 4',
  ])('%s does not', (text) => {
    expect(EXPECTS_BEFORE_RE.test(text)).toBe(false);
  });
});

describe('v76: Portuguese words of change right before the number', () => {
  it.each([
    'com crescimento real de ',
    'registrou queda nominal de ',
    'teve alta de ',
    'tiveram alta média de ',
    'teve expansão de ',
    'estima crescimento real entre ',
    'a receita cresceu ',
    'as exportações avançaram ',
    'o volume de serviços recuou ',
    'a produção caiu ',
    'as vendas subiram ',
    'os preços caíram cerca de ',
  ])('%s reads a change', (text) => {
    expect(PORTUGUESE_CHANGE_BEFORE_RE.test(text)).toBe(true);
  });
  it.each([
    // A level reached, a rate, a share: none is a change.
    'a Selic subiu para ',
    'a inadimplência caiu para ',
    'a taxa de desemprego ficou em ',
    'a participação da indústria no PIB é de ',
    'a alíquota adicional de ',
    'a alta dos juros de ',
  ])('%s does not', (text) => {
    expect(PORTUGUESE_CHANGE_BEFORE_RE.test(text)).toBe(false);
  });
});

describe('v75: EXPECTED_RE reads "ought to", a modal of advice written as a verb and "to"', () => {
  it.each([
    "The Fund's staff consider that the central bank ought to lift the policy rate to 12%",
    "In the minister's view, councils ought to set aside £50 million for winter pressures",
    'Members opposite ought to support a rise in the pension to $450 a week',
    'Shareholders ought to receive a dividend of $1.20 a share, the activist fund argues',
    'At a press conference, the Minister said tariffs ought to fall to 15%',
    'Provinces ought not to cut the nutrition grant below R2 billion',
    'The central bank ought, at its next meeting, to lift the policy rate to 12%',
  ])('%s is advised', (text) => {
    expect(EXPECTED_RE.test(text)).toBe(true);
  });

  it.each([
    'The Treasury ought to have collected $4 billion in 2031',
    'The co-hosts brought together 38 donors who pledged $1.2 billion',
    'Exports fought their way back to $40 billion in 2031',
    'Revenue rose to $4 billion in 2031, as it ought to.',
  ])('%s is not', (text) => {
    expect(EXPECTED_RE.test(text)).toBe(false);
  });
});

describe('v84: EARLIER_FORECAST_AFTER_RE, a base named by the dated forecast it was made in', () => {
  it.each([
    // ho233: a development bank's president; held sentences in other voices.
    [' in our June forecast.', 'That is the growth we now expect, down from 4.2 percent'],
    [' in the January projections.', 'Growth is now seen at 1.1% this year, up from 0.8%'],
    [
      ' in its spring outlook.',
      "The ministry puts this year's deficit at 3.4% of GDP, against 3.1%",
    ],
    [
      ' in its October World Economic Outlook.',
      'The Fund now sees world growth at 2.9%, down from 3.1%',
    ],
    [' in its February guidance.', 'The company now guides to sales growth of 6%, down from 8%'],
    [' in the 2033 forecasts.', 'Unemployment is seen at 6.1%, against 5.8%'],
  ])('"%s" after "%s" names an earlier forecast', (after) => {
    expect(EARLIER_FORECAST_AFTER_RE.test(after)).toBe(true);
  });
  it.each([
    // Near-misses: a base in a month, a quarter or a survey is an outturn.
    [' in July.', 'Inflation fell to 2.3% in August, down from 2.6%'],
    [' in the previous quarter.', 'Exports grew 4% in the quarter, down from 6%'],
    [' in our June survey.', 'Business confidence is at 52%, down from 55%'],
    [' in the June quarter.', 'Headline inflation picked up to 3.0 per cent, from 2.4 per cent'],
  ])('"%s" after "%s" does not', (after) => {
    expect(EARLIER_FORECAST_AFTER_RE.test(after)).toBe(false);
  });
});
