// The v115 class, a gap to another party's level, in voices other than the one it was first seen
// in (a council's budget note, a trade-defence authority): the average of a group of public bodies
// or institutions (boroughs, police authorities, universities, health boards), and the margin by
// which one party undercut or undersold another, also as a range; with near-misses that keep their
// reading (the average of earlier years, a cut to one's own budget, undercutting one's own price
// of last year). The code before v115 proposed 7 of the 9 held sentences; the first version of the
// rule missed none. Every sentence is our own.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2031-04-02',
    publisher: 'Arland Statistics Office',
    title: 'Bulletin',
    url: 'https://example.org/b',
  },
};

/** The stated words of the proposals in percent. */
function percents(text: string): string[] {
  return extractCandidates(text, 'doc', SOURCE)
    .map((c) => c.stated.text)
    .filter((t) => /%|per cent|percent/.test(t));
}

describe('v115: a gap to another party’s level at the same time is a trap', () => {
  it.each([
    // A London borough, a police inspectorate, a water regulator, a higher-education funder, a
    // health ombudsman: the average, mean or median of a group of public bodies or institutions.
    'Council tax in the borough is 9% above the average of London boroughs.',
    'The force spends 14 per cent less per officer than the average of English police authorities.',
    'Its water charge is 6.5% lower than the average of the other regional water authorities.',
    'Tuition at the college was 11% below the mean of comparable state universities.',
    'Hospital waiting times were 20 percent above the median of neighbouring health boards.',
    // A trade tribunal, the EU's Commission, a news agency, a trade commission: undercutting or
    // underselling "by" a percent, an average of one, or a range.
    'Imported panels undercut domestic producers by 23%.',
    "The dumped steel undercut the Union industry's prices by between 8.1% and 14.6%.",
    'Chinese exporters were found to be undercutting local mills by an average of 17.4 per cent.',
    'Imports undersold the domestic like product by margins of 5% to 12%.',
  ])('%s', (text) => {
    expect(percents(text)).toEqual([]);
  });

  it.each([
    // Near-misses: the same body's earlier level, its own budget, its own price of last year.
    ['Spending was 4% above the average of the previous three years.', ['4% above']],
    ['Council tax rose 4.99% this year.', ['rose 4.99%']],
    ['The council cut its budget by 12%.', ['cut its budget by 12%']],
    ['The supplier undercut its own list price of last year by 5%.', ['5%']],
  ])('%s keeps its reading', (text, want) => {
    expect(percents(text)).toEqual(want);
  });
});
