// What the Download and Share menus link to exists in the built site: every chart group's and
// every figure's files (the same downloadLinks() the menus render), and each share page; and the
// published figures, charts and sources refer to each other.
// Chart-group images and data (charts/<chart-id>.png|svg|pdf|csv|json) are rendered by
// build/renderImages.ts; until it writes them this test names each missing file.

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadLinks } from '../../src/export/figureExport.ts';
import { requireBuiltSite } from '../support/browser.ts';

const dist = requireBuiltSite();
const { figures, charts } = JSON.parse(readFileSync(resolve(dist, 'data/figures.json'), 'utf8')) as {
  figures: { id: string; chart: string; quote: { sourceId: string } }[];
  charts: { id: string; figures: string[] }[];
};
const { sources } = JSON.parse(readFileSync(resolve(dist, 'data/sources.json'), 'utf8')) as {
  sources: { id: string }[];
};

describe('published dataset', () => {
  it('has figures, chart groups and sources that refer to each other', () => {
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) {
      expect(
        charts.map((c) => c.id),
        `figure ${figure.id}.chart`,
      ).toContain(figure.chart);
      expect(
        sources.map((s) => s.id),
        `figure ${figure.id}.quote.sourceId`,
      ).toContain(figure.quote.sourceId);
    }
    for (const chart of charts) {
      for (const id of chart.figures) expect(figures.map((f) => f.id)).toContain(id);
    }
  });
});

describe('menu links resolve to files in dist/', () => {
  it.each([
    ...charts.map((c) => ['chart', c.id] as const),
    ...figures.map((f) => ['figure', f.id] as const),
  ])('%s %s', (what, id) => {
    const missing = downloadLinks(id, what)
      .map((d) => d.file)
      .filter((file) => !existsSync(resolve(dist, file)));
    expect(missing).toEqual([]);
  });
});

describe('share pages', () => {
  it.each([
    ...charts.map((c) => `chart/${c.id}.html`),
    ...figures.map((f) => `figure/${f.id}.html`),
  ])('%s exists and carries the CSP before anything else', (path) => {
    const html = readFileSync(resolve(dist, path), 'utf8');
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(0);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});
