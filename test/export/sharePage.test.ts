// @vitest-environment jsdom
// The share page as an independent HTML parser (jsdom) reads it: what a reader sees, what a link
// preview reads, and nothing from data parsed as markup.

import { describe, expect, it } from 'vitest';
import { sharePageHtml, type SharePageInput } from '../../src/export/sharePage.ts';
import { downloadLinks } from '../../src/export/figureExport.ts';
import { aSource, twoInOneSentence } from '../support/fixtures.ts';

function page(over: Partial<SharePageInput> = {}) {
  const input: SharePageInput = {
    kind: 'chart',
    id: 'growth',
    headline: 'Investment doubled',
    description: 'Two changes as an index.',
    alt: 'Two bars',
    note: 'No base values.',
    figures: twoInOneSentence(),
    source: aSource(),
    base: '../',
    absolute: false,
    embedPath: 'embed.html?chart=growth',
    embedHeight: 460,
    dashboardPath: 'index.html#/figure/exports-2001',
    downloads: downloadLinks('growth', 'chart'),
    csp: "default-src 'self'",
    ...over,
  };
  const html = sharePageHtml(input);
  return { html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('sharePageHtml', () => {
  const { html, doc } = page();
  it.each([
    ['headline', () => doc.querySelector('h1')!.textContent, 'Investment doubled'],
    ['title', () => doc.title, 'Investment doubled — Cited Figures'],
    [
      'image',
      () => doc.querySelector('.chart-image img')!.getAttribute('src'),
      '../charts/growth.png',
    ],
    ['alt text', () => doc.querySelector('.chart-image img')!.getAttribute('alt'), 'Two bars'],
    ['note', () => doc.querySelector('.note')!.textContent, 'No base values.'],
    [
      'marks',
      () => [...doc.querySelectorAll('blockquote mark')].map((m) => m.textContent),
      ['increased 40%', 'had doubled'],
    ],
    ['one sentence', () => doc.querySelectorAll('blockquote').length, 1],
    [
      'dashboard link',
      () => doc.querySelector('a.primary')!.getAttribute('href'),
      '../index.html#/figure/exports-2001',
    ],
    [
      'interactive chart',
      () => doc.querySelector('iframe')!.getAttribute('src'),
      '../embed.html?chart=growth',
    ],
    [
      'canonical',
      () => doc.querySelector('link[rel=canonical]')!.getAttribute('href'),
      'growth.html',
    ],
    [
      'oEmbed discovery',
      () => doc.querySelector('link[type="application/json+oembed"]')!.getAttribute('href'),
      '../oembed/growth.json',
    ],
    ['og:title', () => meta(doc, 'og:title'), 'Investment doubled'],
    ['og:image', () => meta(doc, 'og:image'), '../charts/growth.png'],
    ['twitter:card', () => meta(doc, 'twitter:card'), 'summary_large_image'],
    [
      'CSP first',
      () => doc.head.firstElementChild!.getAttribute('http-equiv'),
      'Content-Security-Policy',
    ],
    ['downloads', () => doc.querySelectorAll('.downloads a').length, 7],
  ])('has the %s', (_name, get, expected) => expect(get()).toEqual(expected));

  it('has no inline script or style', () => {
    expect([...doc.querySelectorAll('script')].every((s) => s.src && !s.textContent)).toBe(true);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/);
  });

  it('uses absolute canonical, og:url and og:image when the public address is known', () => {
    const { doc: abs } = page({ base: 'https://cf.test/', absolute: true });
    expect(abs.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(
      'https://cf.test/chart/growth.html',
    );
    expect(meta(abs, 'og:url')).toBe('https://cf.test/chart/growth.html');
    expect(meta(abs, 'og:image')).toBe('https://cf.test/charts/growth.png');
  });

  it('keeps words from data as text, never markup', () => {
    const hostile = '<img src=x onerror=alert(1)>"\'';
    const { doc: d } = page({
      headline: hostile,
      alt: hostile,
      note: hostile,
      description: hostile,
    });
    expect(d.querySelector('h1')!.textContent).toBe(hostile);
    expect(meta(d, 'og:title')).toBe(hostile);
    expect(d.querySelectorAll('img')).toHaveLength(1);
    expect(d.querySelector('[onerror]')).toBeNull();
  });
});
