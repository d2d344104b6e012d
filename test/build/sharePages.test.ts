// @vitest-environment jsdom
// The share pages and chart citation files built from the project's real data/.

import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { shareFiles } from '../../src/build/sharePages.ts';

const root = resolve(import.meta.dirname, '../..');
const { dataset } = loadDataset(resolve(root, 'data'), root);
const files = shareFiles(dataset, undefined, '/* css */');

describe('shareFiles', () => {
  it('has a page for every chart group and every figure, and the stylesheet', () => {
    const expected = [
      'share.css',
      ...dataset.charts.map((c) => `chart/${c.id}.html`),
      ...dataset.figures.map((f) => `figure/${f.id}.html`),
    ];
    for (const path of expected) expect(files).toHaveProperty([path]);
  });

  it.each(dataset.charts.map((c) => [c.id, c] as const))(
    'chart %s: headline, alt and note from data, each sentence once',
    (_id, chart) => {
      const doc = new DOMParser().parseFromString(files[`chart/${chart.id}.html`]!, 'text/html');
      // The written headline, each "number %" joined by a narrow no-break space (figureTitle.ts).
      const h1 = doc.querySelector('h1')!.textContent!;
      expect(h1.replaceAll('\u202f', ' ')).toBe(chart.headline ?? chart.title);
      expect(h1).not.toMatch(/\d %/);
      if (chart.alt)
        expect(doc.querySelector('.chart-image img')!.getAttribute('alt')).toBe(chart.alt);
      if (chart.note) expect(doc.querySelector('.note')!.textContent).toBe(chart.note);
      const figures = dataset.figures.filter((f) => chart.figures.includes(f.id));
      const sentences = new Set(figures.map((f) => f.quote.exact));
      expect(doc.querySelectorAll('blockquote')).toHaveLength(sentences.size);
      expect([...doc.querySelectorAll('blockquote mark')].map((m) => m.textContent)).toEqual(
        expect.arrayContaining(figures.map((f) => f.stated.text)),
      );
    },
  );

  it('writes a BibTeX entry and a CSL-JSON item for every chart group, and no oEmbed without a site URL', () => {
    for (const c of dataset.charts) {
      expect(files[`charts/${c.id}.bib`]).toMatch(new RegExp(`^@misc\\{[^,]+:${c.id},\\n`));
      expect(JSON.parse(files[`charts/${c.id}.csl.json`]!)[0].type).toBe('webpage');
      expect(files[`oembed/${c.id}.json`]).toBeUndefined();
    }
  });

  it('with CITED_SITE_URL, writes an oEmbed response for every chart group', () => {
    const withSite = shareFiles(dataset, 'https://cf.test/', '/* css */');
    for (const c of dataset.charts) {
      const oembed = JSON.parse(withSite[`oembed/${c.id}.json`]!);
      expect(oembed).toMatchObject({ type: 'rich', version: '1.0' });
      expect(oembed.title.replaceAll('\u202f', ' ')).toBe(c.headline ?? c.title);
      expect(oembed.html).toContain(`embed.html?chart=${c.id}`);
    }
  });
});
