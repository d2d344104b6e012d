import { describe, expect, it } from 'vitest';
import {
  parseEmbedQuery,
  unknownChartMessage,
  unknownIdsMessage,
} from '../../src/views/embedQuery.ts';
import { ID, MAX_ID } from '../../src/model/idList.ts';
import { HOSTILE_VALUES, encode } from '../support/hostileValues.ts';

describe('parseEmbedQuery', () => {
  it.each([
    ['?figure=a', { ids: ['a'], theme: 'auto', quote: true, origin: null }],
    [
      '?figures=a,b&theme=dark&quote=0',
      { ids: ['a', 'b'], theme: 'dark', quote: false, origin: null },
    ],
    [
      '?figure=a&theme=light&origin=https://h.test',
      { ids: ['a'], theme: 'light', quote: true, origin: 'https://h.test' },
    ],
    ['?figure=a&theme=purple&quote=no', { ids: ['a'], theme: 'auto', quote: true, origin: null }],
    ['?chart=c', { ids: [], chart: 'c', theme: 'auto', quote: true, origin: null }],
    [
      '?chart=c&figure=a&theme=dark&quote=0',
      { ids: [], chart: 'c', theme: 'dark', quote: false, origin: null },
    ],
  ])('%s', (search, expected) => {
    expect(parseEmbedQuery(search)).toEqual(expected);
  });
  it.each([
    ['', /No figure given: add \?figure=<id>.*data\/figures\.json/],
    ['?figure=', /No figure given/],
    ['?figure=Not%20An%20Id', /"Not An Id" is not a figure id.*data\/figures\.json/],
    ['?chart=', /"" is not a chart id.*"charts" in data\/figures\.json/],
    ['?chart=a,b', /"a,b" is not a chart id/],
    ['?chart=%3Cb%3E', /"<b>" is not a chart id/],
  ])('%j explains how to find ids', (search, problem) => {
    expect(parseEmbedQuery(search).problem).toMatch(problem);
  });
});

describe('unknownIdsMessage', () => {
  it('names the ids and where to find valid ones', () => {
    expect(unknownIdsMessage(['x', 'y'])).toMatch(
      /^There is no figure "x", "y"\. .*data\/figures\.json/,
    );
  });
});

describe('unknownChartMessage', () => {
  it('names the chart and where to find valid ones', () => {
    expect(unknownChartMessage('x')).toMatch(/^There is no chart "x"\. .*data\/figures\.json/);
  });
});

// Every hostile value in every query parameter the embed reads, raw and percent-encoded: the
// parsing half of what test/browser/hostile.test.ts checks in Chromium (which keeps a smoke per
// surface that proves the page shows these answers as text).
describe('parseEmbedQuery under hostile input', () => {
  const surfaces: [name: string, search: (v: string) => string, mustFail: boolean][] = [
    ['?figure=<v>', (v) => `?figure=${v}`, true],
    ['?figure=<encoded v>', (v) => `?figure=${encode(v)}`, true],
    ['?figures=<v>', (v) => `?figures=${v}`, true],
    ['?figures=a,<encoded v>', (v) => `?figures=a,${encode(v)}`, false],
    ['?chart=<encoded v>', (v) => `?chart=${encode(v)}`, true],
    [
      '?figure=a&theme=<v>&quote=<v>&origin=<v>',
      (v) => `?figure=a&theme=${encode(v)}&quote=${encode(v)}&origin=${encode(v)}`,
      false,
    ],
  ];
  it.each(
    surfaces.flatMap(([name, search, mustFail]) =>
      HOSTILE_VALUES.map((value) => ({
        label: `${name} ${JSON.stringify(value).slice(0, 40)}`,
        search: search(value),
        mustFail,
      })),
    ),
  )('$label', ({ search, mustFail }) => {
    const query = parseEmbedQuery(search);
    for (const id of [...query.ids, ...(query.chart === undefined ? [] : [query.chart])]) {
      expect(id).toMatch(ID);
      expect(id.length).toBeLessThanOrEqual(MAX_ID);
    }
    expect(['light', 'dark', 'auto']).toContain(query.theme);
    expect(typeof query.quote).toBe('boolean');
    // An id that is not well-formed never reaches the page as a figure: it is a problem shown as
    // text, short and free of controls and bidi overrides.
    if (mustFail && query.ids.length === 0 && query.chart === undefined) {
      expect(query.problem).toBeDefined();
    }
    if (query.problem !== undefined) {
      expect(query.problem.length).toBeLessThan(1_500);
      // eslint-disable-next-line no-control-regex
      expect(query.problem).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
