// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  chartUrl,
  dashboardUrl,
  embedSnippet,
  embedUrl,
  imageSnippet,
  sharePageUrl,
} from '../../src/export/embedSnippet.ts';
import { markup } from '../../src/export/html.ts';

describe('embedUrl', () => {
  it.each([
    [['a'], 'https://cf.test/embed.html?figure=a'],
    [['a', 'b'], 'https://cf.test/embed.html?figures=a,b'],
  ])('%j', (ids, expected) => {
    expect(embedUrl('https://cf.test/', ids)).toBe(expected);
  });
});

describe('dashboardUrl', () => {
  it.each([
    { ids: ['a'], expected: 'https://cf.test/index.html#/figure/a' },
    { ids: ['a', 'b'], expected: 'https://cf.test/index.html#/compare?figures=a,b' },
  ])('$ids → $expected', ({ ids, expected }) => {
    expect(dashboardUrl('https://cf.test/', ids)).toBe(expected);
  });
});

describe('embedUrl options', () => {
  it.each([
    [{ chart: 'c' }, {}, 'https://cf.test/embed.html?chart=c'],
    [
      { chart: 'c' },
      { theme: 'dark', quote: false },
      'https://cf.test/embed.html?chart=c&theme=dark&quote=0',
    ],
    [['a'], { theme: 'auto', quote: true }, 'https://cf.test/embed.html?figure=a'],
    [['a'], { theme: 'light' }, 'https://cf.test/embed.html?figure=a&theme=light'],
  ] as const)('%j %j', (target, options, expected) => {
    expect(embedUrl('https://cf.test/', target, options)).toBe(expected);
  });
});

describe('sharePageUrl', () => {
  it.each([
    [{ chart: 'c' }, 'https://cf.test/chart/c.html'],
    [{ figure: 'a' }, 'https://cf.test/figure/a.html'],
  ])('%j', (target, expected) => expect(sharePageUrl('https://cf.test/', target)).toBe(expected));
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    siteUrl: 'https://cf.test/',
    figureIds: ['a'],
    title: 'Chart: "A" <b>',
    linkText: 'A & B',
    height: 512.4,
  });
  const [iframe, fallback, close, script, extra] = snippet.split('\n');
  it('has an iframe with src, escaped title, size, lazy loading and the marker the script finds', () => {
    expect(iframe).toBe(
      '<iframe src="https://cf.test/embed.html?figure=a" title="Chart: &quot;A&quot; &lt;b&gt;" width="100%" height="512" loading="lazy" data-cited-figures>',
    );
    expect(close).toBe('</iframe>');
  });
  it('keeps its fallback inside the frame, so no second link shows under it', () => {
    expect(fallback).toBe(`<a href="${chartUrl('https://cf.test/', 'a')}">A &amp; B</a>`);
  });
  it('has one external script and no inline JS or style', () => {
    expect(script).toBe('<script src="https://cf.test/embed-resize.js" async></script>');
    expect(extra).toBeUndefined();
    expect(snippet).not.toMatch(/style=|on[a-z]+=|<script>/);
  });
});

describe('embedSnippet and imageSnippet with an image fallback', () => {
  const fallback = {
    image: 'https://cf.test/charts/c.png',
    alt: 'Two "bars"',
    link: 'https://cf.test/chart/c.html',
    caption: markup`<p>“a <mark>b</mark>”</p>`,
  };
  const framed = embedSnippet({
    siteUrl: 'https://cf.test/',
    figureIds: ['a', 'b'],
    chartId: 'c',
    title: 'Chart: C',
    fallback,
    theme: 'dark',
  });
  const image = imageSnippet(fallback);
  // An HTML parser independent of ours (jsdom's) reads what a host page would.
  const parse = (html: string) =>
    new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  it('puts the image and caption inside the iframe element', () => {
    expect(framed).toMatch(
      /^<iframe src="https:\/\/cf\.test\/embed\.html\?chart=c&amp;theme=dark"[^>]*>\n<a href="https:\/\/cf\.test\/chart\/c\.html"><img src="https:\/\/cf\.test\/charts\/c\.png" alt="Two &quot;bars&quot;" width="800"><\/a>\n<div><p>“a <mark>b<\/mark>”<\/p><\/div>\n<\/iframe>/,
    );
    const doc = parse(framed);
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.querySelector('iframe')!.getAttribute('src')).toBe(
      'https://cf.test/embed.html?chart=c&theme=dark',
    );
    // Outside the frame there is nothing to read twice: only the script.
    expect([...doc.body.children].map((e) => e.tagName)).toEqual(['IFRAME', 'SCRIPT']);
  });
  it('gives a static figure whose image is linked and whose caption marks the stated words', () => {
    const doc = parse(image);
    expect(
      doc
        .querySelector('figure > a[href="https://cf.test/chart/c.html"] > img')!
        .getAttribute('alt'),
    ).toBe('Two "bars"');
    expect(doc.querySelector('figcaption mark')!.textContent).toBe('b');
    expect(doc.querySelector('script, iframe')).toBeNull();
  });
});
