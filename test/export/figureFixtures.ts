// Small builders for a figure and its source, for the export tests (no data/ files read).

import type { Figure, Source } from '../../src/model/figure.ts';

export function aSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'talks',
    title: 'Talks {of} 2002 & more',
    publisher: 'Ministry of Examples',
    date: '2002-10-14',
    url: 'https://example.test/talks.html',
    language: 'en',
    sha256: '0'.repeat(64),
    ...overrides,
  };
}

export function aFigure(overrides: Partial<Figure> = {}): Figure {
  return {
    id: 'exports-2001',
    label: 'Exports',
    topic: 'trade',
    kind: 'change',
    value: 40,
    unit: 'percent',
    status: 'actual',
    period: '2001',
    basePeriod: '2000',
    speaker: 'The Minister',
    stated: { text: 'increased 40%', start: 18, end: 31 },
    quote: {
      sourceId: 'talks',
      exact: 'Exports in 2001\n increased 40% over 2000.',
      prefix: 'x ',
      suffix: ' y',
      start: 2,
      end: 42,
    },
    notes: [],
    chart: 'growth',
    ...overrides,
  };
}

/** Two figures stated in one sentence (exports "increased 40%", investment "had doubled"). */
export function twoInOneSentence(): [Figure, Figure] {
  const exact = 'Exports in 2001 increased 40% and investment had doubled.';
  const quote = {
    sourceId: 'talks',
    exact,
    prefix: 'x ',
    suffix: ' y',
    start: 2,
    end: 2 + exact.length,
  };
  const at = (words: string) => {
    const start = 2 + exact.indexOf(words);
    return { text: words, start, end: start + words.length };
  };
  return [
    aFigure({ quote, stated: at('increased 40%') }),
    aFigure({ id: 'fdi-2001', label: 'Investment', value: 100, quote, stated: at('had doubled') }),
  ];
}
