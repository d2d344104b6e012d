import { describe, expect, it } from 'vitest';
import { injectPrerendered, withPageGlobals } from '../../src/build/prerender.ts';

const page = (head = '') =>
  `<html><head>${head}</head><body><div id="app"></div><script type="module" src="./a.js"></script></body></html>`;

describe('injectPrerendered', () => {
  it.each([
    {
      name: 'fills #app and puts the data block after it',
      html: page(),
      expected: '<div id="app"><h1>T</h1></div><script type="application/json" id="d">{}</script>',
    },
    {
      name: 'drops the preloads of data/*.json',
      html: page(
        '<link rel="preload" href="./data/figures.json" as="fetch" crossorigin="anonymous" /><link rel="icon" href="./favicon.svg">',
      ),
      expected: '<head><link rel="icon" href="./favicon.svg"></head>',
    },
    {
      name: 'keeps a `$` in the rendered text literally',
      html: page(),
      expected: '<div id="app"><h1>$1 billion $&</h1></div>',
    },
  ])('$name', ({ html, expected }) => {
    const body = expected.includes('$1') ? '<h1>$1 billion $&</h1>' : '<h1>T</h1>';
    const out = injectPrerendered(html, body, '<script type="application/json" id="d">{}</script>');
    expect(out).toContain(expected);
  });

  it('says which element is missing', () => {
    expect(() => injectPrerendered('<body><main></main></body>', '', '')).toThrow(
      /no empty <div id="app"><\/div>.*src\/\*\.html/,
    );
  });
});

describe('withPageGlobals', () => {
  it('gives the render a location and a window, then removes them', async () => {
    const seen = await withPageGlobals('https://example.org/site/index.html', async () => {
      window.addEventListener('hashchange', () => {});
      return [location.hash, new URL('./', location.href).href];
    });
    expect(seen).toEqual(['', 'https://example.org/site/']);
    expect('location' in globalThis).toBe(false);
    expect('window' in globalThis).toBe(false);
  });
});
