// Held sentences of the v230 class (test/fixtures/prose/README.md, "The calls": the bare cells of a
// percent table): a bare cell in a column whose header or title gives a percent is read though its
// row's label ends with a bracket that only qualifies the row ("Minor works contractor (new)",
// "Agriculture (irrigation)"), as a bracket that names a unit ("Staff (number)") still keeps it
// out; a table titled in percent whose rows are years ("Applied-for and draft tariff increases
// (%)" over "| 2036/37 | 21.5 | 9.8 |") holds each row's cells, of that row's year; a column headed
// "Readjustment" or "Adjustment" holds changes, as "Increase" does (v211); and what a charge "will
// add" to a fare or bill is a change of it (ho290, ho291, ho292). Written in voices other than the
// audit report, water charges notice, airport regulator and civil aviation ordinance it was seen
// in: a port tariff, a pension fund, a farm levy board, a water utility, a bus operator and a
// central bank. Near-misses keep their reading: a row whose bracket names its own unit, years
// under a title with no unit, a rate column, a share "of" a price. Before v230 the extractor read
// 12 of the 15 held cells wrong; the rule's first version read all of them.

import { describe, expect, it } from 'vitest';
import { notice, readingsIn } from './readingOf.ts';

const BOARD = notice('Notice', { publisher: 'Tarrow Levy Board', date: '2035-02-10' });

/** "kind value status" of the figure whose stated words are `number`, else hold it. */
const readingAt = (text: string, number: string): string => {
  const read = readingsIn(text, BOARD);
  const found =
    read.find((r) => r[0] === number) ?? read.find((r) => String(r[0]).includes(number));
  return found ? `${found[1]} ${found[2]} ${found[3]}` : 'none';
};

describe('v230: the bare cells of a percent table', () => {
  it('a row label whose bracket only qualifies the row keeps its cell in a change column', () => {
    const text =
      'Schedule of wharfage\n\n| Cargo class | 2033 | 2034 | Change (%) |\n|---|---|---|---|\n| General cargo | $12.80 | $13.30 | 3.9 |\n| Containers (laden) | $41.20 | $43.10 | 4.6 |\n| Bulk grain (export only) | $2.15 | $2.22 | 3.3 |';
    expect(readingAt(text, '3.9')).toBe('change 3.9 actual');
    expect(readingAt(text, '4.6')).toBe('change 4.6 actual');
    expect(readingAt(text, '3.3')).toBe('change 3.3 actual');
  });

  it('and in a column of shares', () => {
    const text =
      'Funding position at 31 December 2034\n\n| Section | Assets | Liabilities | Funding level (%) |\n|---|---|---|---|\n| Active members | €2,310m | €2,644m | 87.4 |\n| Deferred members (pre-2020 service) | €812m | €1,004m | 80.9 |\n| Pensioners (in payment) | €1,460m | €1,522m | 95.9 |';
    expect(readingAt(text, '87.4')).toBe('share 87.4 actual');
    expect(readingAt(text, '80.9')).toBe('share 80.9 actual');
    expect(readingAt(text, '95.9')).toBe('share 95.9 actual');
  });

  it('a table titled in percent whose rows are years holds each row of its year', () => {
    const text =
      'Table 2: Requested and approved levy increases (%)\n| Season | Growers’ request | Board decision |\n|---|---|---|\n| 2033/34 | 8.0 | 5.5 |\n| 2036/37 | 12.0 | 6.5 |\n| 2037/38 | 4.0 | 3.5 |';
    expect(readingAt(text, '8.0')).toBe('change 8 actual');
    expect(readingAt(text, '5.5')).toBe('change 5.5 actual');
    expect(readingAt(text, '12.0')).toBe('change 12 expected');
    expect(readingAt(text, '6.5')).toBe('change 6.5 expected');
    expect(readingAt(text, '3.5')).toBe('change 3.5 expected');
  });

  it('a column headed by a readjustment or adjustment holds changes', () => {
    const text =
      'Art. 2 The tariffs of the water utility are readjusted as follows:\n\n| Tariff band | Readjustment | New tariff per m³ |\n|---|---|---|\n| Residential | 2.8416% | R$ 3.1180 |\n| Commercial | 3.0127% | R$ 5.4410 |';
    expect(readingAt(text, '2.8416%')).toBe('change 2.8416 actual');
    expect(readingAt(text, '3.0127%')).toBe('change 3.0127 actual');
  });

  it.each([
    [
      'The new drought levy will add about 0.8 per cent to the typical household water bill.',
      '0.8 per cent',
      'change 0.8 expected',
    ],
    [
      'The fuel surcharge adds 2.5% to the price of a day ticket on rural routes.',
      '2.5%',
      'change 2.5 actual',
    ],
  ])('what a charge adds to a bill or price is its change: %s', (text, number, want) => {
    expect(readingAt(text, number)).toBe(want);
  });

  // Near-misses: they keep their reading.
  it('a row whose bracket names its own unit keeps its cell out of the percent column', () => {
    const text =
      'Collections summary, 2033-34\n\n| Measure | Outcome (%) |\n|---|---|\n| Bills paid on time | 91.2 |\n| Arrears (R million) | 14.6 |\n| Staff (number) | 212 |';
    expect(readingAt(text, '91.2')).toBe('share 91.2 actual');
    expect(readingAt(text, '14.6')).not.toMatch(/percent|share|change/);
    expect(readingAt(text, '212')).toBe('none');
  });

  it('rows of years under a title with no unit give no cells', () => {
    const text =
      'Table 3: Levy rates requested\n| Season | Request | Decision |\n|---|---|---|\n| 2036/37 | 12.0 | 6.5 |';
    expect(readingAt(text, '12.0')).toBe('none');
  });

  it('a rate column keeps its percent a share', () => {
    const text =
      'Deposit rates from 1 March 2035\n\n| Account | Rate |\n|---|---|\n| Savings (instant access) | 2.35% |\n| Notice (90 days) | 3.10% |';
    expect(readingAt(text, '2.35%')).toBe('share 2.35 actual');
    expect(readingAt(text, '3.10%')).toBe('share 3.1 actual');
  });

  it('a share of a price stays a share', () => {
    expect(
      readingAt('The booking fee is 1.5 per cent of the price of the ticket.', '1.5 per cent'),
    ).toBe('share 1.5 actual');
  });
});
