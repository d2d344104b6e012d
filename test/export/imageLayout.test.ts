import { describe, expect, it } from 'vitest';
import { layoutImage, roleFont, wrapText } from '../../src/export/imageLayout.ts';

// One unit of width per character: layout arithmetic without a canvas.
const chars = (t: string) => t.length;

describe('wrapText', () => {
  it.each([
    ['a b c', 3, ['a b', 'c']],
    ['one', 10, ['one']],
    ['', 10, []],
    ['abcdefgh', 3, ['abc', 'def', 'gh']],
    ['go https://x.test/long/path', 10, ['go', 'https://x.', 'test/long/', 'path']],
  ])('%j at %d', (text, width, expected) => {
    expect(wrapText(text, width, chars)).toEqual(expected);
  });
});

describe('layoutImage', () => {
  const text = {
    title: 'T',
    subtitle: 'S',
    quote: 'Q '.repeat(200),
    source: 'Src',
    url: 'U',
    brand: 'B',
  };
  const layout = layoutImage(
    text,
    { width: 800, chartHeight: 300, fontFamily: 'F' },
    (t) => t.length * 8,
  );
  it('puts the title above the chart and the quote, source and URL below it, in order', () => {
    const roles = layout.lines.map((l) => l.role);
    expect(roles.slice(0, 2)).toEqual(['title', 'subtitle']);
    const below = layout.lines.filter((l) => l.y > layout.chart.top + layout.chart.height);
    expect([...new Set(below.map((l) => l.role))]).toEqual(['quote', 'source', 'brand']);
    expect(layout.lines.filter((l) => l.y < layout.chart.top).map((l) => l.role)).toEqual([
      'title',
      'subtitle',
    ]);
  });
  it('wraps a long quote within the margins and grows the image to fit', () => {
    const quoteLines = layout.lines.filter((l) => l.role === 'quote');
    expect(quoteLines.length).toBeGreaterThan(1);
    for (const l of quoteLines) expect(l.x + l.text.length * 8).toBeLessThanOrEqual(800 - 28);
    expect(layout.height).toBeGreaterThan(layout.lines.at(-1)!.y);
  });
  it('gives the chart the height asked for', () => {
    expect(layout.chart.height).toBe(300);
  });
  it('names fonts by role', () => {
    expect(roleFont('title', 'DejaVu Sans')).toBe('bold 21px "DejaVu Sans"');
  });
});
