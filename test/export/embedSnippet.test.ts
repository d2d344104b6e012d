import { describe, expect, it } from 'vitest';
import { chartUrl, dashboardUrl, embedSnippet, embedUrl } from '../../src/export/embedSnippet.ts';

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

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    siteUrl: 'https://cf.test/',
    figureIds: ['a'],
    title: 'Chart: "A" <b>',
    linkText: 'A & B',
    height: 512.4,
  });
  const [iframe, link, script, extra] = snippet.split('\n');
  it('has an iframe with src, escaped title, size, lazy loading and the marker the script finds', () => {
    expect(iframe).toBe(
      '<iframe src="https://cf.test/embed.html?figure=a" title="Chart: &quot;A&quot; &lt;b&gt;" width="100%" height="512" loading="lazy" data-cited-figures></iframe>',
    );
  });
  it('has a fallback link to the figure on the dashboard', () => {
    expect(link).toBe(`<p><a href="${chartUrl('https://cf.test/', 'a')}">A &amp; B</a></p>`);
  });
  it('has one external script and no inline JS or style', () => {
    expect(script).toBe('<script src="https://cf.test/embed-resize.js" async></script>');
    expect(extra).toBeUndefined();
    expect(snippet).not.toMatch(/style=|on[a-z]+=|<script>/);
  });
});
