// Held sentences of the v220 class (test/fixtures/prose/README.md, "The calls": what a proposal,
// an options table or a fiscal note lays out is expected): the cells of a table whose caption or
// header names the options put forward ("Levy rate options for class 1 landfills", "| Option |
// 1 July 2034 |"), whatever a row's own label says ("A: hold at the current rate"), and what a
// fiscal note on a bill not yet enacted lays out in the present (the fees the bill sets, its cap,
// the estimate's assumptions and its one-time cost), seen in ho287 and ho284. Written in voices
// other than the waste-levy consultation and the licence-fee fiscal note: a port tariff, a water
// utility, a farm scheme, a pension bill and a well-permit bill. Near-misses keep their reading: a
// "Current" column beside the options, a health fund's plan options named by plan (the ho286
// medical scheme's "| Option |" over "| Classic | R7 200 |"), a table of share options an annual
// report holds, a fiscal note's outturn of a year over, the "from" level of a change, a fiscal
// note on an act enacted and a ministry's "Quarterly Fiscal Note" that names no bill. Before v220 the extractor read 12 of the 15 held sentences wrong; the
// rule's first version missed 2 (a table read cell by cell, not as a sentence).

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

/** The status of the figure whose stated words hold `number`, at its `nth` occurrence. */
const statusOf = (text: string, number: string, title: string, nth = 0): string => {
  const found = statusesIn(text, notice(title, { date: '2033-10-03' })).filter((s) =>
    s.includes(number),
  );
  return found[nth]?.split(' ').at(-1) ?? 'none';
};

const PORT_OPTIONS =
  'Harbour dues review\n\nTable 3: Berth dues options (per metre per day)\n| Option | 1 April 2034 | 1 April 2035 |\n|---|---|---|\n| 1: keep the current dues | $4.10 | $4.10 |\n| 2: index to prices (preferred) | $4.25 | $4.40 |\n| 3: full cost recovery | $4.90 | $5.60 |';

const WATER_OPTIONS =
  'Our charges from 2035\n\n| Tariff option | Fixed charge a year | Charge per cubic metre |\n|---|---|---|\n| A: status quo | £98.00 | £1.84 |\n| B: higher fixed charge | £120.00 | £1.71 |';

const FARM_OPTIONS =
  'Table 2: Payment rate options for the upland scheme\n| | Per hectare | Cap per holding |\n|---|---|---|\n| Option A: the existing rate | €210 | €18,000 |\n| Option B | €245 | €21,000 |';

const WELL_NOTE = 'Fiscal Note: HB 2207 (As Introduced) – Water well permit fees';
const PENSION_NOTE = 'Fiscal note on Senate Bill 88: Public employees retirement contributions';

describe('v220: an options table and a fiscal note lay out a proposal, expected', () => {
  it.each([
    // A port authority's review: every option, the one that holds the current dues included.
    [PORT_OPTIONS, '$4.10', 0],
    [PORT_OPTIONS, '$4.10', 1],
    [PORT_OPTIONS, '$4.40', 0],
    [PORT_OPTIONS, '$5.60', 0],
    // A water utility's options, with no year in the header.
    [WATER_OPTIONS, '£98.00', 0],
    [WATER_OPTIONS, '£1.71', 0],
    // A farm scheme's options, the existing rate among them.
    [FARM_OPTIONS, '€210', 0],
    [FARM_OPTIONS, '€21,000', 0],
    // Beside a "Current" column, the options' own column.
    [
      'Table 1: Pilotage fee options\n| Option | Current | 2035 |\n|---|---|---|\n| A | $310 | $325 |\n| B | $310 | $350 |',
      '$350',
      0,
    ],
  ])('options table: %s (%s #%i)', (text, number, nth) => {
    expect(statusOf(text, number, 'Review of charges: discussion paper', nth)).toBe('expected');
  });

  it.each([
    [
      'The bill raises the permit fee for new wells, effective July 1, 2035, and from 2037 adjusts it each year by the change in the Consumer Price Index, capped at 3 percent a year.',
      '3 percent',
      WELL_NOTE,
    ],
    ['Principal changes\n- Domestic well permit: from $150 to $240', '$240', WELL_NOTE],
    [
      'Principal changes\n- Domestic well permit: from $150 to $240\n- Irrigation well permit: from $400 to $610',
      '$610',
      WELL_NOTE,
    ],
    [
      "The Department's estimate, which this office has checked, assumes that 6 percent of applicants withdraw because of the higher fee.",
      '6 percent',
      WELL_NOTE,
    ],
    [
      'The one-time expenditure of $42,000 in FY 2036 pays for changes to the permit database.',
      '$42,000',
      WELL_NOTE,
    ],
    ['The bill lifts the employer contribution rate to 14.5% of payroll.', '14.5%', PENSION_NOTE],
  ])('fiscal note: %s (%s)', (text, number, title) => {
    expect(statusOf(`${title}\n\n${text}`, number, title)).toBe('expected');
  });
});

describe('v220 near-misses keep their reading', () => {
  it('a "Current" column beside the options is the level in force', () => {
    const text =
      'Table 1: Pilotage fee options\n| Option | Current | 2035 |\n|---|---|---|\n| A | $310 | $325 |\n| B | $310 | $350 |';
    expect(statusOf(text, '$310', 'Pilotage review: discussion paper')).toBe('actual');
    expect(statusOf(text, '$310', 'Pilotage review: discussion paper', 1)).toBe('actual');
  });

  it('a plan a member chooses, named by its plan name, is no option put forward', () => {
    const text =
      'Hospital cover from 1 January 2034\n| Option | Annual limit | Co-payment |\n|---|---|---|\n| Silver | $48,000 | 20% |\n| Gold | $96,000 | 10% |';
    expect(statusOf(text, '$48,000', 'Member guide 2034')).toBe('actual');
  });

  it('share options an annual report holds are no options put forward', () => {
    const text =
      'Share options outstanding at 30 June 2033\n| Grant | Exercise price | Options |\n|---|---|---|\n| 2031 grant | $4.20 | 1,200,000 |';
    expect(statusOf(text, '$4.20', 'Annual report 2033')).toBe('actual');
  });

  it.each([
    ['Permit revenue was $2.1 million in FY 2032.', '$2.1 million', WELL_NOTE],
    ['The bill raises the permit fee from $150 to $240 for each new well.', '$150', WELL_NOTE],
    [
      'Exports grew by 1.1% in the year to December.',
      '1.1%',
      'Ministry of Finance, Quarterly Fiscal Note, 14 March 2034',
    ],
    [
      'The act raises the permit fee to $240 for each new well.',
      '$240',
      'Fiscal Note: Act 57 of 2033 (As Enacted) – Water well permit fees',
    ],
  ])('fiscal note: %s (%s)', (text, number, title) => {
    expect(statusOf(`${title}\n\n${text}`, number, title)).toBe('actual');
  });
});
