// Citations as text, BibTeX and CSL-JSON; the BibTeX is read back with @retorquere/bibtex-parser
// and citation-js, the CSL-JSON with citation-js, so what reference managers see is checked.

import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { describe, expect, it } from 'vitest';
import { bibEscape, citationBibtex, citationCsl, citationText } from '../../src/export/citation.ts';
import { aFigure, aSource } from '../support/fixtures.ts';

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
    [
      'title escaped and protected',
      '  title = {{Talks \\textbraceleft{}of\\textbraceright{} 2002 \\& more}},',
    ],
    ['year', '  year = {2002},'],
    ['month as the bare macro', '  month = oct,'],
    ['url', '  url = {https://example.test/talks.html},'],
    [
      'quote in the note, % escaped',
      'Quote: “Exports in 2001 increased 40\\% over 2000.” (The Minister).',
    ],
    ['value with unbreakable space', 'Figure: Exports, +40~\\%.'],
    [
      'chart link, # escaped for LaTeX',
      'Chart: \\url{https://cf.test/index.html\\#/figure/exports-2001}',
    ],
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
    ['<b>', '\\textless{}b\\textgreater{}'],
    ['a { b', 'a \\textbraceleft{} b'],
    ['back\\slash', 'back\\textbackslash{}slash'],
    ['two\n lines', 'two lines'],
  ])('%j → %j', (given, expected) => {
    expect(bibEscape(given)).toBe(expected);
  });
});

/** Inputs that have broken BibTeX before: unbalanced braces, markup, every LaTeX special. */
const hostile = () => {
  const base = input();
  return {
    ...base,
    figure: { ...base.figure, label: 'Exports {to <Russia> 100% & #1_$x^~\\', speaker: 'A } B' },
    source: {
      ...base.source,
      title: 'Title { with an open brace',
      url: 'https://x.test/a{b}?q=1%20#f',
    },
    chartUrl: 'https://cf.test/index.html#/figure/exports-2001?x=50%25',
  };
};

describe('BibTeX read by independent parsers', () => {
  it.each([
    { name: 'a plain figure', given: input() },
    { name: 'hostile text in every field', given: hostile() },
  ])('$name: @retorquere/bibtex-parser reads it with no errors, month as October', ({ given }) => {
    const bib = citationBibtex(given);
    const lib = parseBibtex(bib);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const fields = lib.entries[0]!.fields;
    expect(fields.month).toBe('10');
    expect(fields.year).toBe('2002');
    expect(fields.title).toBe(given.source.title);
    expect(bib).not.toMatch(/month = \{/); // braced, the month macro would not apply
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, '')) {
      depth += c === '{' ? 1 : c === '}' ? -1 : 0;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('citation-js reads the BibTeX back to the same title, date and URL', async () => {
    const [item] = (await Cite.async(citationBibtex(hostile()))).data as Record<string, unknown>[];
    expect(item).toMatchObject({
      title: hostile().source.title,
      issued: { 'date-parts': [[2002, 10]] },
      URL: hostile().source.url.replace(/[{}]/g, encodeURIComponent),
    });
  });
});

describe('citationCsl', () => {
  it('round-trips through citation-js and formats as a reference', async () => {
    const csl = citationCsl(input());
    const cite = await Cite.async(JSON.stringify(csl));
    const [item] = cite.data as Record<string, unknown>[];
    expect(item).toMatchObject({
      id: 'talks:exports-2001',
      type: 'webpage',
      title: 'Talks {of} 2002 & more',
      author: [{ literal: 'Ministry of Examples' }],
      issued: { 'date-parts': [[2002, 10, 14]] },
      URL: 'https://example.test/talks.html',
    });
    expect(String(item!.note)).toContain('Exports in 2001 increased 40% over 2000.');
    expect(cite.format('bibliography', { template: 'apa' })).toContain('Talks {of} 2002 & more');
  });

  it('leaves out a chart link that is not absolute', () => {
    expect(citationCsl({ ...input(), chartUrl: '../index.html#/figure/x' })[0]!.note).not.toContain(
      'Chart:',
    );
    expect(citationBibtex({ ...input(), chartUrl: '../index.html#/figure/x' })).not.toContain(
      '\\url',
    );
  });
});
