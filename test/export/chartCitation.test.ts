import { describe, expect, it } from 'vitest';
import {
  chartCitationBibtex,
  chartCitationCsl,
  chartCitationText,
} from '../../src/export/chartCitation.ts';
import { aSource, twoInOneSentence } from '../support/fixtures.ts';

const figures = twoInOneSentence();
const input = {
  chart: {
    id: 'growth',
    title: 'Growth',
    headline: 'Investment doubled',
    description: 'd',
    topic: 't',
    figures: figures.map((f) => f.id),
  },
  figures,
  source: aSource(),
  pageUrl: 'https://cf.test/chart/growth.html',
};

/** Counts how often `needle` occurs in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('chartCitationText', () => {
  const text = chartCitationText(input);
  it.each([
    [
      'the sentence once, with both stated words marked',
      'Quote: "Exports in 2001 *increased 40%* and investment *had doubled*." (The Minister).',
    ],
    ['every figure with its value', 'Figures: Exports, +40 %; Investment, +100 %.'],
    [
      'the chart headline and its share page',
      'Chart: "Investment doubled", https://cf.test/chart/growth.html',
    ],
    [
      'the source first',
      'Ministry of Examples. "Talks {of} 2002 & more". 14 October 2002. https://example.test/talks.html.',
    ],
  ])('has %s', (_name, part) => expect(text).toContain(part));
  it('quotes the sentence once', () => expect(count(text, 'Quote:')).toBe(1));
  it('leaves the quotes out when printed under them', () => {
    const short = chartCitationText(input, { quotes: false });
    expect(short).not.toContain('Quote:');
    expect(short).toContain(
      'Figures: Exports, +40 %; Investment, +100 %. Chart: "Investment doubled"',
    );
  });
});

describe('chartCitationBibtex', () => {
  const bib = chartCitationBibtex(input);
  it('is one @misc entry keyed by source and chart, with balanced braces', () => {
    expect(bib.split('\n')[0]).toBe('@misc{talks:growth,');
    expect(count(bib, '{')).toBe(count(bib, '}'));
    expect(count(bib, '@misc')).toBe(1);
  });
  it.each([
    [
      'escaped special characters',
      'title = {{Talks \\textbraceleft{}of\\textbraceright{} 2002 \\& more}}',
    ],
    ['the stated words emphasised', '\\emph{increased 40\\%}'],
    ['the share page as a URL', '\\url{https://cf.test/chart/growth.html}'],
  ])('has %s', (_name, part) => expect(bib).toContain(part));
  it('keeps the spaces around the emphasised words', () => {
    expect(bib).toMatch(/ \\emph\{[^}]+\} /);
    expect(bib).not.toMatch(/\S\\emph\{|\\emph\{[^}]+\}\w/);
  });
});

describe('chartCitationCsl', () => {
  const [item, ...rest] = JSON.parse(chartCitationCsl(input)) as Record<string, unknown>[];
  it.each([
    ['id', 'talks:growth'],
    ['type', 'webpage'],
    ['title', 'Talks {of} 2002 & more'],
    ['URL', 'https://example.test/talks.html'],
    ['issued', { 'date-parts': [[2002, 10, 14]] }],
    ['author', [{ literal: 'Ministry of Examples' }]],
  ])('has %s', (key, value) => expect(item![key]).toEqual(value));
  it('is one item whose note quotes the sentence once', () => {
    expect(rest).toEqual([]);
    expect(count(String(item!.note), 'Quote:')).toBe(1);
  });
});
