import { describe, expect, it } from 'vitest';
import { layoutImage, roleFont, wrapRuns, wrapText } from '../../src/export/imageLayout.ts';
import type { Caption } from '../../src/export/caption.ts';

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

describe('wrapRuns', () => {
  const m = (t: string) => t.length;
  it.each([
    {
      runs: [{ text: 'aa bb cc', marked: false }],
      width: 5,
      expected: [[{ text: 'aa bb', marked: false }], [{ text: 'cc', marked: false }]],
    },
    {
      // A marked phrase keeps its space marked; punctuation glued to it never breaks off.
      runs: [
        { text: 'x ', marked: false },
        { text: 'had doubled', marked: true },
        { text: '. y', marked: false },
      ],
      width: 14,
      expected: [
        [
          { text: 'x ', marked: false },
          { text: 'had doubled', marked: true },
          { text: '.', marked: false },
        ],
        [{ text: 'y', marked: false }],
      ],
    },
  ])('$runs.0.text at $width', ({ runs, width, expected }) => {
    expect(wrapRuns(runs, width, m)).toEqual(expected);
  });

  // The greedy wrap as it was, measuring every candidate line whole: the breaks must not move.
  const reference = (text: string, width: number, measure: (t: string) => number) => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (!line || measure(`${line} ${word}`) <= width) line = line ? `${line} ${word}` : word;
      else {
        lines.push(line);
        line = word;
      }
    }
    return line ? [...lines, line] : lines;
  };
  // Wider letters and a kerning-like pair ("r n" is 0.3 narrower whole than in parts).
  const kerned = (t: string) =>
    [...t].reduce((w, c) => w + (c === 'm' ? 1.5 : c === ' ' ? 0.6 : 1), 0) -
    0.3 * (t.match(/r n/g)?.length ?? 0);
  const text = 'measure the line whole only near the limit; order and number of words as before';
  it.each([10, 11.5, 17, 17.3, 23.6, 40])(
    'breaks as a wrap measuring every line whole, at width %d',
    (width) => {
      const got = wrapRuns([{ text, marked: false }], width, kerned).map((l) =>
        l.map((r) => r.text).join(''),
      );
      expect(got).toEqual(reference(text, width, kerned));
    },
  );

  it('measures a long line whole only near its limit', () => {
    const measured: string[] = [];
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    wrapRuns([{ text: words, marked: false }], 40, (t) => (measured.push(t), t.length));
    const wholeLines = measured.filter((t) => t.includes(' ') && t.trim() !== '');
    // Each line of about 40 characters is measured whole once or twice, not once a word.
    expect(wholeLines.length).toBeLessThanOrEqual(2 * Math.ceil(words.length / 40));
  });
});

describe('layoutImage', () => {
  const caption: Caption = {
    title: 'T',
    subtitle: 'S',
    quotes: [{ runs: [{ text: 'Q '.repeat(200), marked: false }], speaker: 'Sp' }],
    sources: ['Src'],
    urls: ['https://u.test/'],
    brand: 'B',
  };
  const legend = [{ label: 'Actual', color: '#000', style: 'solid' as const }];
  const layout = layoutImage(
    caption,
    [{ height: 300, legend }],
    { width: 800, fontFamily: 'F' },
    (t) => t.length * 8,
  );
  const panel = layout.panels[0]!;
  it('puts the title above the chart and the quote, source and URL below it, in order', () => {
    const roles = layout.lines.map((l) => l.role);
    expect(roles.slice(0, 2)).toEqual(['title', 'subtitle']);
    const below = layout.lines.filter((l) => l.y > panel.y + panel.height);
    expect([...new Set(below.map((l) => l.role))]).toEqual([
      'legend',
      'quote',
      'source',
      'url',
      'brand',
    ]);
    expect(layout.lines.filter((l) => l.y < panel.y).map((l) => l.role)).toEqual([
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
  it('gives the chart the height asked for, the full inner width, and its legend', () => {
    expect(panel).toMatchObject({ x: 28, width: 744, height: 300 });
    expect(panel.swatches.map((s) => s.item.label)).toEqual(['Actual']);
  });
  it('makes the URL a link where it is printed', () => {
    const url = layout.lines.find((l) => l.role === 'url')!;
    expect(layout.links).toEqual([
      { url: 'https://u.test/', x: 28, y: url.y - 13, width: url.width, height: 18 },
    ]);
  });
  it('puts panels side by side in a grid', () => {
    const grid = layoutImage(
      caption,
      [
        { height: 200, legend: [], heading: 'A' },
        { height: 250, legend: [], heading: 'B' },
        { height: 100, legend: [], heading: 'C' },
      ],
      { width: 800, fontFamily: 'F', columns: 2 },
      (t) => t.length * 8,
    );
    const [a, b, c] = grid.panels;
    expect(a!.y).toBe(b!.y);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width);
    expect(c!.y).toBeGreaterThan(b!.y + 250);
    expect(c!.x).toBe(28);
  });
  it('names fonts by role', () => {
    expect(roleFont('title', 'DejaVu Sans')).toBe('bold 21px "DejaVu Sans"');
    expect(roleFont('quote', 'F', true)).toBe('bold 16px "F"');
  });
});

describe('wrapRuns never breaks at a no-break space', () => {
  const len = (t: string) => t.length;
  it('keeps "40\u202f%" and "US$\u00a08" whole and breaks at the plain spaces', () => {
    const lines = wrapText('exports rose 40\u202f% and US$\u00a08 billion', 8, len);
    expect(lines).toEqual(['exports', 'rose', '40\u202f% and', 'US$\u00a08', 'billion']);
  });
});
