import { describe, expect, it } from 'vitest';
import { bibEscape, citationBibtex, citationText } from '../../src/export/citation.ts';
import { aFigure, aSource } from './figureFixtures.ts';

const input = () => ({
  figure: aFigure(),
  source: aSource(),
  chartUrl: 'https://cf.test/index.html#/figure/exports-2001',
});

describe('citationText', () => {
  it('names publisher, title, date, URL, the quote on one line, its speaker and the chart', () => {
    expect(citationText(input())).toBe(
      'Ministry of Examples. "Talks {of} 2002 & more". 14 October 2002. https://example.test/talks.html. ' +
        'Quote: "Exports in 2001 increased 40% over 2000." (The Minister). ' +
        'Figure: Exports, +40 %; chart: https://cf.test/index.html#/figure/exports-2001',
    );
  });
});

describe('citationBibtex', () => {
  const bib = citationBibtex(input());
  it.each([
    ['entry and key', '@misc{talks:exports-2001,'],
    ['author kept as one name', '  author = {{Ministry of Examples}},'],
    ['title escaped and protected', '  title = {{Talks \\{of\\} 2002 \\& more}},'],
    ['year', '  year = {2002},'],
    ['month', '  month = {oct},'],
    ['url', '  url = {https://example.test/talks.html},'],
    [
      'quote in the note, % escaped',
      'Quote: “Exports in 2001 increased 40\\% over 2000.” (The Minister).',
    ],
    ['value with unbreakable space', 'Figure: Exports, +40~\\%.'],
    ['chart link', 'Chart: \\url{https://cf.test/index.html#/figure/exports-2001}'],
  ])('has the %s', (_name, expected) => {
    expect(bib).toContain(expected);
  });
  it('closes the entry', () => {
    expect(bib.trimEnd().endsWith('}')).toBe(true);
  });
});

describe('bibEscape', () => {
  it.each([
    ['40% & $1', '40\\% \\& \\$1'],
    ['a_b #c', 'a\\_b \\#c'],
    ['x^y ~z', 'x\\textasciicircum{}y \\textasciitilde{}z'],
    ['back\\slash', 'back\\textbackslash{}slash'],
    ['two\n lines', 'two lines'],
  ])('%j → %j', (given, expected) => {
    expect(bibEscape(given)).toBe(expected);
  });
});
