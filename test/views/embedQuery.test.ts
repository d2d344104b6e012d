import { describe, expect, it } from 'vitest';
import {
  parseEmbedQuery,
  unknownChartMessage,
  unknownIdsMessage,
} from '../../src/views/embedQuery.ts';

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
