import { describe, expect, it } from 'vitest';
import { figureFiles, figureToCsv, figureToJson } from '../../src/export/figureExport.ts';
import { aFigure, aSource } from '../support/fixtures.ts';

describe('figureToJson', () => {
  const body = JSON.parse(
    figureToJson(aFigure(), aSource(), 'https://cf.test/#/figure/exports-2001'),
  );
  it.each([
    ['quote offsets', body.figure.quote.start, 2],
    ['quote end', body.figure.quote.end, 42],
    ['quote text', body.figure.quote.exact, 'Exports in 2001\n increased 40% over 2000.'],
    ['source URL', body.source.url, 'https://example.test/talks.html'],
    ['chart URL', body.chartUrl, 'https://cf.test/#/figure/exports-2001'],
  ])('carries the %s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
  it('links to the quote in the original', () => {
    expect(body.quoteUrl).toMatch(/^https:\/\/example\.test\/talks\.html#:~:text=/);
  });
});

describe('figureToCsv', () => {
  it('has a header and one row with quote, offsets and source URL', () => {
    const [header, row, end] = figureToCsv(aFigure(), aSource()).split('\r\n');
    expect(header).toContain('quote,quote_start,quote_end');
    expect(row).toContain('"Exports in 2001\n increased 40% over 2000.",2,42');
    expect(row).toContain('https://example.test/talks.html');
    expect(end).toBe('');
  });
});

describe('figureFiles', () => {
  it('puts every download under charts/', () => {
    expect(Object.values(figureFiles('a'))).toEqual([
      'charts/a.png',
      'charts/a.svg',
      'charts/a.pdf',
      'charts/a.csv',
      'charts/a.json',
    ]);
  });
});
