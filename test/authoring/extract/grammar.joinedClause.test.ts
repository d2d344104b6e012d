// Tests for src/authoring/extract.ts on a clause joined after a change (v113): "and", "while",
// "whereas" or "but" with a subject and verb of its own opens a new clause, so the two levels its
// measure went from and to are levels of that measure (shares), not the change before them. A
// joined clause that gives its own size ("fell by an annual average of 0.4%"), that names no
// subject ("and then rose a further 2%") or whose subject is itself a change ("while growth slowed
// from 3.1% to 2.2%") keeps the change reading. Every sentence is our own, in voices other than
// the trade remedy report the rule was found in.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-02-10',
    publisher: 'Larsvik Steel AB',
    title: 'Annual results',
    url: 'https://example.org/results',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => `${c.stated.text} ${c.kind} ${c.value}`);

describe('a joined clause with its own subject reads its from/to pair as levels', () => {
  it.each([
    // A retailer's trading update.
    [
      'Sales volume rose 4% last year and the gross margin slipped from 31.5% to 28.0%.',
      ['rose 4% change 4', '31.5% share 31.5', '28.0% share 28'],
    ],
    // An airline's traffic statement.
    [
      'Revenue per passenger climbed 6.1%, while the load factor eased from 84% to 80.5%.',
      ['climbed 6.1% change 6.1', '84% share 84', '80.5% share 80.5'],
    ],
    // A manufacturer's quarterly report.
    [
      'Prices fell 3%, while capacity utilisation dropped to 58% from 74%.',
      ['fell 3% change -3', '58% share 58', '74% share 74'],
    ],
    // A trade remedy authority's findings.
    [
      'Its unit prices fell 7.5% in 2030-31 and its EBIT margin fell from 9.2% to 1.4%.',
      ['fell 7.5% change -7.5', '9.2% share 9.2', '1.4% share 1.4'],
    ],
    // A steelmaker's annual results.
    [
      'Energy costs rose 19% during the year, whereas blast furnace utilisation slipped to 72% from 81%.',
      ['rose 19% change 19', '72% share 72', '81% share 81'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('near misses keep the change reading', () => {
  it.each([
    // The joined clause states its own size.
    [
      'Between 2020 and 2030, value added grew by an annual average of 2.3%, while mining output fell by an annual average of 0.4%.',
      [
        'grew by an annual average of 2.3% change 2.3',
        'fell by an annual average of 0.4% change -0.4',
      ],
    ],
    // No subject of its own: the verb continues the first clause.
    [
      'Prices rose 3% and then rose a further 2% in the second half.',
      ['rose 3% change 3', 'rose a further 2% change 2'],
    ],
    // The joined clause's subject is a rate of change.
    [
      'Sales rose 4%, while growth slowed from 3.1% to 2.2%.',
      ['rose 4% change 4', '3.1% change 3.1', '2.2% change 2.2'],
    ],
    [
      'Prices rose 2%, while inflation slowed from 4.1% to 3.2%.',
      ['rose 2% change 2', '4.1% change 4.1', '3.2% change 3.2'],
    ],
    // A level noun already named before the joined clause.
    [
      'Output grew 2.5% and the unemployment rate fell from 6.1% to 5.8%.',
      ['grew 2.5% change 2.5', '6.1% share 6.1', '5.8% share 5.8'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
