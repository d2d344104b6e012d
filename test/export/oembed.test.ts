import { describe, expect, it } from 'vitest';
import { oembedResponse } from '../../src/export/oembed.ts';
import { aFigure, aSource } from '../support/fixtures.ts';

describe('oembedResponse', () => {
  const r = oembedResponse({
    figure: aFigure(),
    source: aSource(),
    siteUrl: 'https://cf.test/',
    width: 800,
    height: 600,
    thumbnail: { width: 1600, height: 1100 },
  });
  it.each([
    ['type', r.type, 'rich'],
    ['version', r.version, '1.0'],
    ['title', r.title, 'Exports rose 40\u202f% in 2001 (compared with 2000)'],
    ['provider', r.provider_name, 'Cited Figures'],
    ['provider URL', r.provider_url, 'https://cf.test/'],
    ['author', r.author_name, 'Ministry of Examples'],
    ['width', r.width, 800],
    ['height', r.height, 600],
    ['thumbnail', r.thumbnail_url, 'https://cf.test/charts/exports-2001.png'],
    ['thumbnail width', r.thumbnail_width, 1600],
  ])('has the %s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });
  it('has the iframe snippet as html', () => {
    expect(r.html).toContain('<iframe src="https://cf.test/embed.html?figure=exports-2001"');
    expect(r.html).toContain('height="600"');
  });
});
