import { describe, expect, it } from 'vitest';
import { htmlAssets, staticImports, gzipBytes } from '../../src/bench/pageAssets.ts';

describe('htmlAssets', () => {
  it.each([
    {
      html: '<script type="module" crossorigin src="./assets/a.js"></script>',
      expected: ['./assets/a.js'],
    },
    {
      html: '<link rel="modulepreload" href="./assets/b.js"><link rel="stylesheet" href="./assets/c.css">',
      expected: ['./assets/b.js', './assets/c.css'],
    },
    {
      html: '<link rel="icon" href="./favicon.svg"><link rel="alternate" href="./o.json">',
      expected: [],
    },
    { html: '<script src="https://cdn.example/x.js"></script>', expected: [] },
    // build/firstViewCss.ts's markers: never fetched, so not startup bytes.
    {
      html: '<link rel="stylesheet" href="./assets/one.css"><link rel="stylesheet" href="./assets/c.css" disabled>',
      expected: ['./assets/one.css'],
    },
  ])('$html', ({ html, expected }) => {
    expect(htmlAssets(html)).toEqual(expected);
  });
});

describe('staticImports', () => {
  it.each([
    { js: 'import{a as b}from"./app-1.js";import"./c.js";', expected: ['./app-1.js', './c.js'] },
    { js: 'const m=()=>import("../cli/lazy.js")', expected: [] },
    { js: 'import x from "chart.js"', expected: [] },
  ])('$js', ({ js, expected }) => {
    expect(staticImports(js)).toEqual(expected);
  });
});

describe('gzipBytes', () => {
  it('compresses repetition', () => {
    expect(gzipBytes('a'.repeat(10_000))).toBeLessThan(100);
  });
});
