// Tests for the base year of a change (v208, candidates.ts fiscalYearsOpen): a fiscal year still
// open that a change is measured against ("an increase of £6.34, or 2.99%, on 2034/35", dated March
// 2035; a pipe column "Change on 2033-34", dated June 2034) is the base, no period the figures are
// of, so a level a body has set, stated in the present, keeps its own reading, actual, and is not
// planned for an open fiscal year. Found in the opened set ho277 (a district council's council tax
// leaflet, a shire council's rates table) and held here in other voices: a harbour board, a water
// utility, a pension notice, a farm scheme, a central bank's levies, a ferry operator, a city's
// parking permits. A sentence that names the open year as its own period, a forecast word, a
// "will", and a base year that is over keep their reading.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

/** Each figure's stated words and status, under a notice titled `title` dated `date`. */
const read = (title: string, text: string, date: string) =>
  statusesIn(`${title}\n\n${text}\n`, notice(title, { date }));

describe('a fiscal year still open that a change is measured against is its base', () => {
  it.each([
    [
      'Harbour Board: port charges 2035-36',
      'The wharfage charge is $4.80 a tonne, an increase of 20 cents, or 4.3%, on 2034-35.',
      '2035-03-10',
      ['$4.80 actual', '20 cents actual', '4.3% actual'],
    ],
    [
      'Water charges explained',
      'The fixed water service charge is £212.40, up £6.10 on 2034/35.',
      '2035-03-05',
      ['£212.40 actual', '£6.10 actual'],
    ],
    [
      'State pension rates',
      'The basic pension is £181.20 a week, 4.1% higher than in 2034/35.',
      '2035-03-05',
      ['£181.20 actual', '4.1% higher actual'],
    ],
    [
      'Farm support scheme: payment rates',
      'The basic payment rate is €312 a hectare, a rise of €9 compared with 2034-35.',
      '2035-02-20',
      ['€312 actual', '€9 actual'],
    ],
    [
      'Supervisory levies',
      'The annual supervisory levy is R1.24 million per bank, 3.3 per cent more than the 2034/35 levy.',
      '2035-02-20',
      ['R1.24 million actual', '3.3 per cent more actual'],
    ],
    [
      'Ferry fares',
      'The adult return fare is $14.60, up 40 cents over 2034-35.',
      '2035-03-10',
      ['$14.60 actual', '40 cents actual'],
    ],
    [
      'Parking permits',
      'A resident permit costs $96 a year, $6 more than in 2034-35.',
      '2035-03-10',
      ['$96 actual', '$6 actual'],
    ],
    [
      'Water charges explained',
      'Charges by service:\n\n| Service | Charge | Change on 2034-35 |\n|---|---|---|\n| Water | £212.40 | +2.9% |\n| Sewerage | £248.10 | -1.4% |',
      '2035-03-05',
      ['£212.40 actual', '+2.9% actual', '£248.10 actual', '-1.4% actual'],
    ],
  ])('%s: %s', (title, text, date, want) => {
    expect(read(title, text, date)).toEqual(want);
  });

  it.each([
    // The open year named as the level's own period: planned for it, as before.
    [
      'Water charges explained',
      'The fixed water service charge for 2035/36 is £212.40, up £6.10 on 2034/35.',
      '2035-03-05',
      ['£212.40 expected', '£6.10 expected'],
    ],
    // "over" as the span of a change to come, with "will".
    [
      'Grants',
      'Grants will rise over 2035-36 by 4%.',
      '2035-03-05',
      ['rise over 2035-36 by 4% expected'],
    ],
    // A forecast word keeps the level a forecast.
    [
      'Water',
      'The charge is projected at £212.40, up £6.10 on 2034/35.',
      '2035-03-05',
      ['£212.40 expected', '£6.10 expected'],
    ],
    // A base year that is over keeps the old reading.
    [
      'Levies',
      'Cost recovery levies for the 2035-36 year total $37.6 million, 2.8 per cent less than in 2033-34.',
      '2035-03-05',
      ['$37.6 million actual', '2.8 per cent less actual'],
    ],
    // A budget's sum for its own open year stays planned.
    [
      'Budget',
      'Spending on schools is $2.1 billion in 2035-36, up 3% on 2034-35.',
      '2035-03-05',
      ['$2.1 billion expected', 'up 3% expected'],
    ],
  ])('keeps the old reading: %s: %s', (title, text, date, want) => {
    expect(read(title, text, date)).toEqual(want);
  });
});
