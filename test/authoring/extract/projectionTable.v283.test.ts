// Held tables of the v283 class (test/fixtures/prose/README.md, "Projection and statistics
// tables: companions in brackets, dated heads and change columns in points", v283), seen in ho323
// and ho324: a cell's earlier forecast in round brackets and a median's range in square ones, a
// year head marked "(actual)", quarter and month heads, a change column in percentage points, a
// title that names "growth or rate", a row label's percent after a comma, and rows of fiscal years
// under a "y/y % chg." title. Written in other voices: a monetary authority, an islands' statistics
// bureau, a regional central bank and a provincial labour office.
// Near-misses keep their reading: a table of counts under the same heads, a bare "Monthly change"
// column of bare numbers, and month heads under a title that names a year of its own (the months
// date the projections, no periods).

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import type { Source } from './readingOf.ts';

const SOURCE: Source = {
  date: '2034-05-20',
  publisher: 'Arland Office',
  title: 'Notice',
  url: 'https://example.org/notice',
};

/** "kind value unit status" of every figure that starts at `at`'s first place in the text. */
function cells(text: string, ...numbers: string[]): string[] {
  const found = extractCandidates(text, 'doc', { source: SOURCE });
  return numbers.map((n) => {
    const at = text.indexOf(n);
    const c = found.find((f) => f.stated.start === at);
    return c === undefined
      ? 'none'
      : `${c.kind} ${c.value ?? `${c.range!.low}..${c.range!.high}`} ${c.unit} ${c.status}`;
  });
}

describe('v283: projection and statistics tables', () => {
  it('reads a cell and its earlier forecast in brackets, and a level row labelled by its percent', () => {
    const text =
      'Outlook table (annual percentage change unless stated; February projections in brackets)\n' +
      '| | 2034 | 2035 |\n|---|---|---|\n' +
      '| Consumer prices | 3.1 (2.8) | 2.4 (2.2) |\n' +
      '| Cash rate, per cent | 4.35 (4.10) | 3.85 (3.60) |\n';
    expect(cells(text, '3.1', '2.8', '2.2', '4.35', '3.60')).toEqual([
      'change 3.1 percent expected',
      'change 2.8 percent expected',
      'change 2.2 percent expected',
      'share 4.35 percent expected',
      'share 3.6 percent expected',
    ]);
  });

  it('reads a median and its range in square brackets under rows of fiscal years', () => {
    const text =
      'Board projections (y/y % chg.; median, with the range in brackets)\n' +
      '| | Real output | Core prices (excluding food and fuel) |\n|---|---|---|\n' +
      '| Fiscal 2034 | +1.4 [+1.1 to +1.6] | +2.2 [+2.0 to +2.5] |\n';
    expect(cells(text, '+1.4', '+1.1 to +1.6', '+2.2', '+2.0 to +2.5')).toEqual([
      'change 1.4 percent expected',
      'change 1.1..1.6 percent expected',
      'change 2.2 percent expected',
      'change 2..2.5 percent expected',
    ]);
  });

  it('reads a year head marked "(actual)" as an outturn and quarter heads as periods', () => {
    const text =
      'Main forecasts (annual percent change, unless stated)\n' +
      '| | 2033 (actual) | 2034 | 2035 |\n|---|---|---|---|\n' +
      '| Output | 1.9 | 1.2 | 1.8 |\n\n' +
      'Central path (four-quarter growth or rate, per cent)\n' +
      '| | 2034 Q4 | 2035 Q4 |\n|---|---|---|\n' +
      '| Consumer prices | 2.9 | 2.1 |\n' +
      '| Jobless rate | 6.1 | 6.3 |\n';
    expect(cells(text, '1.9', '1.2', '2.9', '6.1')).toEqual([
      'change 1.9 percent actual',
      'change 1.2 percent expected',
      'change 2.9 percent expected',
      'share 6.1 percent expected',
    ]);
  });

  it('reads month heads and a change column in percentage points', () => {
    const text =
      'Released 20 May 2034\n\nTable 2. Labour force, seasonally adjusted\n' +
      '| Measure | January 2034 | April 2034 | Change, percentage points |\n|---|---|---|---|\n' +
      '| Jobless rate, % | 6.4 | 6.7 | 0.3 |\n' +
      '| Participation rate (%) | 61.8 | 61.5 | -0.3 |\n';
    expect(cells(text, '6.4', '6.7', '0.3', '61.5', '-0.3')).toEqual([
      'share 6.4 percent actual',
      'share 6.7 percent actual',
      'change 0.3 percentage-points actual',
      'share 61.5 percent actual',
      'change -0.3 percentage-points actual',
    ]);
  });

  it('leaves counts, a bare change column and month heads that date projections', () => {
    const counts =
      'Table 3. Persons employed\n' +
      '| Measure | January 2034 | April 2034 | Monthly change |\n|---|---|---|---|\n' +
      '| Employed (thousands) | 1,204 | 1,219 | 15 |\n';
    expect(cells(counts, '1,204', '15')).toEqual(['none', 'none']);
    const vintages =
      'Projections for 2034 (annual change, percent)\n' +
      '| Indicator | January 2034 | April 2034 |\n|---|---|---|\n' +
      '| Output | 2.5 | 2.1 |\n';
    expect(cells(vintages, '2.5', '2.1')).toEqual(['none', 'none']);
  });
});
