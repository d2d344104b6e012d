import { describe, expect, it } from 'vitest';
import { injectPrerendered, lazyChunkCss, withPageGlobals } from '../../src/build/prerender.ts';

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
      name: "keeps the records' preload (records are never inlined)",
      html: page(
        '<link rel="preload" href="./data/sources.json" as="fetch" crossorigin="anonymous" /><link rel="preload" href="./data/records.json" as="fetch" crossorigin="anonymous" />',
      ),
      expected:
        '<head><link rel="preload" href="./data/records.json" as="fetch" crossorigin="anonymous" /></head>',
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

describe('lazyChunkCss', () => {
  const chunk = (fileName: string, facade: string | null, imports: string[], css: string[]) => ({
    type: 'chunk' as const,
    fileName,
    facadeModuleId: facade,
    imports,
    viteMetadata: { importedCss: new Set(css) },
  });
  const bundle = {
    'a.js': chunk('a.js', '/r/src/views/startApp.ts', ['b.js', 'c.js'], ['a.css']),
    'b.js': chunk('b.js', null, ['c.js'], ['b.css']),
    'c.js': chunk('c.js', null, ['b.js'], ['c.css', 'b.css']),
    'd.js': chunk('d.js', '/r/src/views/Compare.svelte', [], ['d.css']),
    'a.css': { type: 'asset' as const, fileName: 'a.css' },
  };
  it.each([
    { suffix: '/views/startApp.ts', expected: ['c.css', 'b.css', 'a.css'] },
    { suffix: '/views/Compare.svelte', expected: ['d.css'] },
    { suffix: '/views/Missing.ts', expected: [] },
  ])('$suffix → $expected (imports first, each once, cycles end)', ({ suffix, expected }) => {
    expect(lazyChunkCss(bundle, suffix)).toEqual(expected);
  });
});
