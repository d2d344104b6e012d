// Tests for pipe tables titled as an estimate for a date to come (v193): "Estimated average
// monthly benefits payable in January 2035" over "| All retired workers | $2,031 | $2,084 |", at an
// October 2034 dateline. The title says every cell is an estimate of a month not yet begun, so
// each is expected, as a sentence "estimated at $2,084 in January 2035" is. First seen in a
// social-security cost-of-living notice (ho270); written here in other voices: a transit
// authority's fare-revenue table, a university's enrolment-fee table, a utility's bill table and a
// port's tonnage table. Near-misses keep their reading: an estimate titled for a period already
// over, a title with no estimate word, an estimate table with no date.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const read = (text: string, date = '2034-10-11') =>
  extractCandidates(text, 'doc', { source: { publisher: 'x', date } })
    .filter((c) => !/^(?:19|20)\d\d/.test(c.stated.text))
    .map((c) => `${c.stated.text} ${c.status}`);

describe('v193: a pipe table titled as an estimate for a date to come', () => {
  it.each([
    // A transit authority's fare table, a month to come.
    [
      'Estimated average weekly fare revenue from March 2035\n\n| Line | Before change ($) | After change ($) |\n|---|---|---|\n| Red line | $412,000 | $436,000 |\n',
      ['$412,000 expected', '$436,000 expected'],
    ],
    // A university's fee table, a year to come.
    [
      'Projected average tuition fees for 2035-36\n\n| Faculty | Fee (£) |\n|---|---|\n| Arts | £9,480 |\n| Medicine | £11,200 |\n',
      ['£9,480 expected', '£11,200 expected'],
    ],
    // A utility's bill table, a month to come.
    [
      'Estimated typical monthly bills in January 2035\n\n| Customer | Current | New |\n|---|---|---|\n| Household | $84 | $88 |\n',
      ['$84 expected', '$88 expected'],
    ],
    // A port's tonnage table, a forecast year.
    [
      'Forecast average daily charges in 2035\n\n| Berth | Charge (€) |\n|---|---|\n| North quay | €1,250 |\n',
      ['€1,250 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v193 near-misses keep their reading', () => {
  it.each([
    // An estimate for a month already over at the dateline.
    [
      'Estimated average monthly bills in January 2034\n\n| Customer | Current | New |\n|---|---|---|\n| Household | $84 | $88 |\n',
      ['$84 actual', '$88 actual'],
    ],
    // No estimate word: the table states levels a body set.
    [
      'Average monthly bills in January 2035\n\n| Customer | Current | New |\n|---|---|---|\n| Household | $84 | $88 |\n',
      ['$84 actual', '$88 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
