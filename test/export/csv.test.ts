// Figures as CSV: the header, one row a figure, RFC 4180 quoting and the spreadsheet-formula guard.

import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, figuresToCsv } from '../../src/export/csv.ts';
import { amountFigure, exportsFigure, sourceMeta } from '../support/fixtures.ts';
import { validateData } from '../../src/data/validate.ts';
import { rangeRawInput } from '../fixtures/rangeData.ts';

const source = { ...sourceMeta(), path: 'data/sources/tiny-talks.txt' };

/** Splits a CSV text into rows of cells (quotes and embedded line breaks handled). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('csvCell', () => {
  it.each([
    { value: 'plain', expected: 'plain' },
    { value: 'a,b', expected: '"a,b"' },
    { value: 'say "hi"', expected: '"say ""hi"""' },
    { value: 'two\nlines', expected: '"two\nlines"' },
    { value: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
    { value: '+1+2', expected: "'+1+2" },
    { value: '@SUM(A1)', expected: "'@SUM(A1)" },
    { value: '-cmd', expected: "'-cmd" },
    { value: '\tx', expected: "'\tx" },
    { value: '-5', expected: '-5' },
    { value: '-0.5', expected: '-0.5' },
    { value: '+3', expected: '+3' },
    { value: '-1.5e3', expected: '-1.5e3' },
    { value: "-1+1+cmd|' /C calc'!A0", expected: "'-1+1+cmd|' /C calc'!A0" },
    { value: '-1+1', expected: "'-1+1" },
    { value: '-2 apples', expected: "'-2 apples" },
    { value: '\rx', expected: `"'\rx"` },
    { value: '=1', expected: "'=1" },
    { value: '', expected: '' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('figuresToCsv', () => {
  it('starts with the header and ends every row with CRLF', () => {
    const csv = figuresToCsv([exportsFigure()], [source]);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one row a figure whose cells read back as the figure', () => {
    const rows = parseCsv(figuresToCsv([exportsFigure(), amountFigure()], [source]));
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    const f = exportsFigure();
    expect(record).toMatchObject({
      id: f.id,
      kind: 'change',
      value: '40',
      stated: 'increased 40%',
      quote: f.quote.exact,
      quote_start: String(f.quote.start),
      source_title: source.title,
      source_url: source.url,
      notes: f.notes.join(' | '),
    });
    expect(rows[2]![CSV_COLUMNS.indexOf('value')]).toBe('1000000000');
  });

  it('guards a label that starts like a formula', () => {
    const f = { ...exportsFigure(), label: '=cmd|"/c calc"!A1' };
    const rows = parseCsv(figuresToCsv([f], [source]));
    expect(rows[1]![CSV_COLUMNS.indexOf('label')]).toBe(`'=cmd|"/c calc"!A1`);
  });

  it('leaves source columns empty when the source is unknown', () => {
    const rows = parseCsv(figuresToCsv([exportsFigure()], []));
    expect(rows[1]![CSV_COLUMNS.indexOf('source_title')]).toBe('');
  });
});

describe('figuresToCsv with ranges (the Lakeside fixture)', () => {
  it('gives a range in "low" and "high" and leaves "value" empty; a single value the reverse', () => {
    const { dataset } = validateData(rangeRawInput());
    const rows = parseCsv(figuresToCsv(dataset.figures, dataset.sources));
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    const row = (id: string) => rows.find((r) => r[0] === id)!;
    const pick = (id: string) => [col('value'), col('low'), col('high')].map((i) => row(id)[i]);
    expect(pick('lakeside-household-debt-2032')).toEqual(['', '-3', '-2.5']);
    expect(pick('lakeside-port-investment-2033')).toEqual(['', '1000000000', '2000000000']);
    expect(pick('lakeside-bond-purchases-2031')).toEqual(['3000000000', '', '']);
    // A negative end is a number, not a formula: the spreadsheet guard leaves it alone.
    expect(row('lakeside-household-debt-2032')[col('stated')]).toBe('fell 2.5–3 %');
  });
});
