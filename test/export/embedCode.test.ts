import { describe, expect, it } from 'vitest';
import { defaultEmbedHeight, embedCode, type EmbedChoice } from '../../src/export/embedCode.ts';
import { aSource, twoInOneSentence } from '../support/fixtures.ts';

const figures = twoInOneSentence();
const chart = {
  id: 'growth',
  title: 'Growth',
  headline: 'Investment doubled',
  alt: 'Two bars',
  description: 'd',
  topic: 't',
  figures: figures.map((f) => f.id),
};
const choice = (over: Partial<EmbedChoice>): EmbedChoice => ({
  what: 'chart',
  theme: 'auto',
  quote: true,
  height: 500,
  format: 'iframe',
  ...over,
});
const code = (over: Partial<EmbedChoice>) =>
  embedCode('https://cf.test/', chart, figures, aSource(), choice(over));

describe('embedCode', () => {
  it.each([
    {
      over: {},
      src: 'https://cf.test/embed.html?chart=growth',
      title: 'Chart: Investment doubled',
      image: 'https://cf.test/charts/growth.png',
      link: 'https://cf.test/chart/growth.html',
    },
    {
      over: { what: 'fdi-2001' },
      src: 'https://cf.test/embed.html?figure=fdi-2001',
      title: 'Chart: Investment doubled in 2001 (compared with 2000)',
      image: 'https://cf.test/charts/fdi-2001.png',
      link: 'https://cf.test/figure/fdi-2001.html',
    },
    {
      over: { theme: 'dark', quote: false } as const,
      src: 'https://cf.test/embed.html?chart=growth&theme=dark&quote=0',
      title: 'Chart: Investment doubled',
      image: 'https://cf.test/charts/growth.png',
      link: 'https://cf.test/chart/growth.html',
    },
  ])('$over → $src', ({ over, src, title, image, link }) => {
    const c = code(over);
    expect(c.src).toBe(src);
    expect(c.title).toBe(title);
    expect(c.fallback.image).toBe(image);
    expect(c.fallback.link).toBe(link);
    expect(c.snippet).toContain(`<iframe src="${src.replace(/&/g, '&amp;')}"`);
  });

  it('sets the height and marks both stated words of the chart in the fallback', () => {
    const c = code({ height: 612 });
    expect(c.snippet).toContain('height="612"');
    expect(c.snippet.match(/<mark>/g)).toHaveLength(2);
    expect(c.snippet).toContain('alt="Two bars"');
  });

  it('marks only the chosen figure when one figure is embedded', () => {
    expect(code({ what: 'fdi-2001' }).snippet.match(/<mark>[^<]*<\/mark>/g)).toEqual([
      '<mark>had doubled</mark>',
    ]);
  });

  it('gives an image with its caption and no frame or script for the image format', () => {
    const c = code({ format: 'image' });
    expect(c.snippet).toMatch(/^<figure>\n<a href="https:\/\/cf\.test\/chart\/growth\.html"><img /);
    expect(c.snippet).not.toMatch(/<iframe|<script/);
  });
});

describe('defaultEmbedHeight', () => {
  it.each([
    [figures, true, 460],
    [figures, false, 370],
  ] as const)('%#', (f, quote, expected) => expect(defaultEmbedHeight(f, quote)).toBe(expected));
});
