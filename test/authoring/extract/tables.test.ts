// Tests for src/authoring/extract/tables.ts: bare cells under a header that gives each column's unit
// in brackets, read through the extractor with the header in the quote; prose and tables without
// units stay unread.

import { describe, expect, it } from 'vitest';
import { tableCells } from '../../../src/authoring/extract/tables.ts';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const RATES = [
  'Instrument   Previous rate (percent)   Change (basis points)   New rate (percent)',
  'Policy rate   3.50   +75   4.25',
  'Deposit rate   2.75   +75   3.50',
].join('\n');

describe('tableCells', () => {
  it('finds every cell of rows separated by runs of spaces, tabs or pipes', () => {
    const tabs = 'Item\tOld (%)\tNew (%)\nArland\t2.0\t2.4';
    const pipes = '| Item | Old (%) | New (%) |\n| Arland | 2.0 | 2.4 |';
    for (const text of [RATES, tabs, pipes]) {
      const cells = tableCells(text);
      expect(cells.length).toBe(text === RATES ? 6 : 2);
    }
  });

  it.each([
    ['prose with two bracketed units', 'Prices (%) and wages (%) were steady.\nArland 2.0 2.4'],
    ['a header that ends with no unit', 'Item Old (%) New (%) Source\nArland 2.0 2.4'],
    ['a row with a number too many', 'Item Old (%) New (%)\nArland 2035 2.0 2.4'],
    ['a row with no label', 'Item Old (%) New (%)\n2.0 2.4'],
    ['a table with no units', 'Region  Branches 2035  Branches 2036\nNorth  412  398'],
  ])('finds nothing in %s', (_, text) => {
    expect(tableCells(text)).toEqual([]);
  });

  it('ends a table at the first line that is not a row', () => {
    const text = `${RATES}\nThe next meeting is on 3 May, when 2.5 4.0 may change.\nLending rate 5.0 +75 5.75`;
    expect(tableCells(text).length).toBe(6);
  });
});

describe('a rate table through the extractor', () => {
  it('reads levels as shares and basis points as changes, each quoted with its header', () => {
    const found = extractCandidates(`Dated 2 May 2036.\n\n${RATES}\n`, 'doc');
    expect(found.map((c) => [c.stated.text, c.kind, c.value, c.unit])).toEqual([
      ['3.50', 'share', 3.5, 'percent'],
      ['+75', 'change', 0.75, 'percentage-points'],
      ['4.25', 'share', 4.25, 'percent'],
      ['2.75', 'share', 2.75, 'percent'],
      ['+75', 'change', 0.75, 'percentage-points'],
      ['3.50', 'share', 3.5, 'percent'],
    ]);
    expect(found[0]!.quote.exact.startsWith('Instrument')).toBe(true);
  });
});
