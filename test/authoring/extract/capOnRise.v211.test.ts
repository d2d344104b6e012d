// Held sentences of the v211 class (test/fixtures/prose/README.md, "The calls": a cap or limit on
// a rise, and a table or column of rises, is a change): "may raise tuition … by no more than 2.0%
// a year" under a fronted "Under the … Framework,", "lower the cap on tuition increases … to
// 3.0%", "the 2031/32 rent cap of 7%", a regents' "Increase" column, a "Maximum increase" column
// and a table titled "Tuition fee increases applied by universities, 2032-2034 (%)" (ho280,
// ho282); and a reduction a group receives with a charge's noun before it, keeps or pays with
// ("receive a rent reduction of 25%", "keep a 40 per cent reduction", "pay the rate … with a 50%
// reduction", ho279, ho281, ho282), the relief's rate, a share (v201). Written in voices other
// than the tuition and social-rent notices it was seen in: a port tariff, a pension notice, a
// water utility, a farm scheme, a transit authority and a central bank. Near-misses keep their
// reading: a cap on a level or a share, a cut no group receives, a column of levels, a fall
// "under" a budget. Before v211 the extractor read 10 of the 11 held sentences wrong.

import { describe, expect, it } from 'vitest';
import { notice, readingsIn } from './readingOf.ts';

const PORT = notice('Port tariff notice', { publisher: 'Carrow Port Authority' });

/** The kind and value of the figure whose stated words hold `number`. */
const kindOf = (text: string, number: string): string => {
  const found = readingsIn(text, PORT).find((r) => String(r[0]).includes(number));
  return found ? `${found[1]} ${found[2]}` : 'none';
};

describe('v211: a cap on a rise, and a column of rises, is a change', () => {
  it.each([
    // A port tariff: a rise capped under a fronted instrument, and its elided second arm.
    [
      'Under the Port Charges Order 2033, the Authority may raise berth dues for coastal vessels by no more than 3.5% a year, and for foreign-going vessels by no more than 6.0%.',
      '3.5%',
      'change 3.5',
    ],
    [
      'Under the Port Charges Order 2033, the Authority may raise berth dues for coastal vessels by no more than 3.5% a year, and for foreign-going vessels by no more than 6.0%.',
      '6.0%',
      'change 6',
    ],
    // A pension notice: the cap on increases, moved or stated.
    [
      'The Trustees propose to raise the cap on pension increases for pre-2031 service to 4.0% from April.',
      '4.0%',
      'change 4',
    ],
    ['The ceiling on annual fare rises is 2.8% for the 2035 timetable year.', '2.8%', 'change 2.8'],
    // A water utility and a transit authority: a price's cap "of" a percent.
    ['The 2033/34 tariff cap of 5% cost the utility £4.2 million in revenue.', '5%', 'change 5'],
    ['Council confirmed a fare cap of 3.2% for 2035.', '3.2%', 'change 3.2'],
  ])('%s (%s)', (text, number, want) => {
    expect(kindOf(text, number)).toBe(want);
  });

  it('a column headed by a rise holds changes', () => {
    const text =
      'Connection charges approved for 2035\n\n| Connection | 2034 | 2035 | Increase |\n|---|---|---|---|\n| Domestic, 15 mm | $412.00 | $428.50 | 4.0% |\n| Commercial, 25 mm | $980.00 | $1,024.10 | 4.5% |';
    expect(kindOf(text, '4.0%')).toBe('change 4');
    expect(kindOf(text, '4.5%')).toBe('change 4.5');
  });

  it('a table titled by rises in percent holds changes', () => {
    const text =
      'Levy increases applied by irrigation boards, 2032-2034 (%)\n\n| Board | 2032 | 2033 | 2034 |\n|---|---|---|---|\n| Upper valley | 6.1 | 5.8 | 5.5 |';
    expect(kindOf(text, '6.1')).toBe('change 6.1');
  });

  it.each([
    // A farm scheme and a central bank: a relief a group receives, keeps or pays with.
    [
      'Smallholders below 20 hectares receive a levy reduction of 30% on their first 500 tonnes.',
      '30%',
      'share 30',
    ],
    [
      'Cooperative dairies keep a 15 per cent reduction on their first 2 million litres.',
      '15 per cent',
      'share 15',
    ],
    [
      'From 2035 member banks will pay the supervisory fee of their size band with a 40% reduction.',
      '40%',
      'share 40',
    ],
  ])('%s (%s)', (text, number, want) => {
    expect(kindOf(text, number)).toBe(want);
  });

  it.each([
    // Near-misses: a cap on a level or a share, a cut no group receives, a column of levels, a
    // shortfall under a budget, a rent cap as a share of income.
    ['The cap on borrowing is 3% of GDP.', '3%', 'share 3'],
    ['The rent cap of 30% of household income applies to all tenants.', '30%', 'share 30'],
    [
      'Transhipment: €9.75 per move, a reduction of 35% from the 2034 rate of €15.00.',
      '35%',
      'change -35',
    ],
    ['The interest rate cap of 8% stays in force.', '8%', 'share 8'],
  ])('%s keeps its reading (%s)', (text, number, want) => {
    expect(kindOf(text, number)).toBe(want);
  });

  it('a column of levels keeps its reading', () => {
    const text =
      'Connection charges, 2035\n\n| Connection | Charge | Share of revenue |\n|---|---|---|\n| Domestic, 15 mm | $428.50 | 41.0% |';
    expect(kindOf(text, '41.0%')).toBe('share 41');
  });
});
