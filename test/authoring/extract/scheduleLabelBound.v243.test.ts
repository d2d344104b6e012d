// Held sentences of the v243 class (test/fixtures/prose/README.md, "The calls": a band or a bound
// in the label of a schedule's item or row, or the slice of a base a rate is charged on past a
// bound, is no figure): a lettered item whose label names the claim before its bound ("(a) plaint
// in a liquidated claim not exceeding KSh 100,000: KSh 1,000"), a band written "₱100,000 or more
// but less than ₱150,000:", a dashed item whose label runs past a comma ("- Small claims, claim
// of $2,500 or less: from $55 to $60", "- Passenger vehicle registration, over 4,000 pounds:"),
// the part of a claim a rate is charged on ("1 per cent of the amount claimed above KSh 100,000",
// "₱20 for every ₱1,000 in excess of ₱400,000"), a table row whose band is followed by a dash
// cell ("| $30,001 to $60,000 | – | $468 |"), a band after "for" and the items it sorts ("$117
// for claims of $2,000 to $4,999.99") and the payer's base a present condition bounds ("where the
// net estate exceeds €50,000", "where the gross monthly household income does not exceed
// S$3,000"), ho298, ho301 and ho302. Written in voices other than the court fee schedules and
// fiscal notes they were seen in: a port tariff, a pension fund, a farm payment scheme, a farm
// vehicle registry, a land registry, a central bank, a water utility and a customs tariff.
// Near-misses keep their reading: a label with no bound, a label with a verb of its own, a row of
// years, two levels, a band of sums paid, a cut's size and end and a cut's two levels in an
// option's label, and a past case "where" a base was above a bound. Before v243 the extractor
// kept a bound in 9 of the 11 held sentences; the rule's first version read all 11 right (its
// later narrowing to no "by", "from" or "to" before the number keeps the options' labels).

import { describe, expect, it } from 'vitest';
import { statedIn } from './readingOf.ts';

describe('v243: a band or bound in a schedule label, or the slice a rate is charged past, is no figure', () => {
  it.each([
    // A port tariff's lettered schedule, the label naming the cargo before its bound.
    [
      'Wharfage shall be paid on each consignment as follows:\n(a) cargo declared at a customs value not exceeding NZ$50,000: NZ$40;\n(b) cargo declared at a customs value exceeding NZ$50,000 but not exceeding NZ$500,000: NZ$90;',
      ['NZ$40', 'NZ$90'],
    ],
    // A farm payment scheme's bands written "or more but less than".
    [
      'The application fee, by the value of the holding, is:\n(a) less than €50,000: €150 (previously €120);\n(b) €50,000 or more but less than €200,000: €600 (previously €450);',
      ['€150', '€120', '€600', '€450'],
    ],
    // A farm vehicle scheme's dashed list, the label running past a comma to a weight band.
    [
      'Farm vehicle registration fees:\n- Farm truck registration, 8,000 pounds or less: from $61 to $70\n- Farm truck registration, over 8,000 pounds: from $85 to $97',
      ['$61', '$70', '$85', '$97'],
    ],
    // A pension fund's notice of administration fees.
    [
      'Administration fees will change as follows:\n- Survivor lump sum, fund value of €20,000 or less: from €30 to €35\n- Survivor lump sum, fund value above €20,000: from €60 to €70',
      ['€30', '€35', '€60', '€70'],
    ],
    // A land registry's schedule: the part of a price a rate is charged on.
    [
      'Registration fees:\n(a) transfers not exceeding £250,000: £95;\n(b) transfers exceeding £250,000: £95 plus 0.1 per cent of the price paid above £250,000.',
      ['£95', '£95'],
    ],
    [
      'Berth hire is A$300 a day plus A$15 for every A$1,000 in excess of A$20,000 of cargo value.',
      ['A$300'],
    ],
    // A central bank's deposit insurance premium: the balance past a bound.
    [
      'The premium is levied in two tiers:\n(i) on the balance up to ₹5,00,000, the rate is 0.12 per cent;\n(ii) on the balance above ₹5,00,000, the rate remains 0.10 per cent;',
      ['0.12 per cent', '0.10 per cent'],
    ],
    // A pipe table whose band row has a dash for a fee not yet charged.
    [
      'Licence fees by turnover\n\n| Turnover | Current fee | New fee |\n|---|---|---|\n| $20,001 to $80,000 | – | $410 |\n| $80,001 to $200,000 | $520 | $560 |',
      ['$410', '$520', '$560'],
    ],
    // A probate office's fees in running text, each for a band of estates.
    [
      'Grant fees are $45 for estates under $10,000, $90 for estates of $10,000 to $49,999 and $180 for estates of $50,000 or more.',
      ['$45', '$90', '$180'],
    ],
    // A water utility and a customs tariff: the payer's base a present condition bounds.
    [
      'The connection charge of £95 is waived where the annual household income does not exceed £14,000.',
      ['£95'],
    ],
    ['A surcharge of 5% applies where the declared value exceeds NZ$1 million.', ['5%']],
  ])('%s', (text, want) => {
    expect(statedIn(text).filter((s) => !/per cent of the|for every/.test(s))).toEqual(want);
  });

  it.each([
    // Near-misses: a label with no bound, a label whose words hold a verb, a row of years, a level
    // reported against another, a band of sums paid.
    [
      'Port revenue by quarter:\n- Container terminal, first quarter: from $41 million to $47 million',
      ['$41 million', '$47 million'],
    ],
    [
      'Highlights of the year:\n- Fee income, all courts: more than $14 million, up 6%',
      ['$14 million', 'up 6%'],
    ],
    ['Fee income\n\n| Year | Court | Online |\n|---|---|---|\n| 2033 | – | $410 |', ['$410']],
    [
      'Collections rose to ₱2.4 billion in 2031 from ₱2.2 billion in 2030.',
      ['₱2.4 billion', '₱2.2 billion'],
    ],
    ['Loans of €25,000 to €250,000 were disbursed to 300 farms in 2033.', ['€25,000 to €250,000']],
    [
      'Duty was highest where the estate value was above €2 million, at 12%.',
      ['€2 million', '12%'],
    ],
    [
      'The options would cost, each year:\n- Cut the levy by $20, to $180: $3.1 million\n- Cut the levy by $50, to $150: $7.8 million',
      ['$20', '$180', '$3.1 million', '$50', '$150', '$7.8 million'],
    ],
    [
      'Budget options, full-year cost:\n- Cut the harbour levy from 4% to 3%: $12 million',
      ['4%', '3%', '$12 million'],
    ],
  ])('%s keeps its figures', (text, want) => {
    expect(statedIn(text)).toEqual(want);
  });
});
