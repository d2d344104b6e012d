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

describe('share pages carry "Claim and record" for every claim of their figures', () => {
  const { claims } = JSON.parse(readFileSync(resolve(dist, 'data/records.json'), 'utf8')) as {
    claims: { claimId: string; comparisons: { arithmetic: string }[] }[];
  };
  const own = (id: string) => claims.find((c) => c.claimId === id);
  it.each(figures.map((f) => f.id))('figure/%s.html', (id) => {
    const html = readFileSync(resolve(dist, `figure/${id}.html`), 'utf8');
    const claim = own(id);
    if (!claim) return void expect(html).not.toContain('Claim and record');
    expect(html).toContain('<h2 id="claim-record-h">Claim and record</h2>');
    expect(html).toContain(`data-claim="${id}"`);
    if (claim.comparisons.length === 0) expect(html).toContain('No record found.');
    for (const c of claim.comparisons) expect(html).toContain(`<code>${c.arithmetic}</code>`);
  });
  it.each(charts.map((c) => c.id))('chart/%s.html states each claim once', (id) => {
    const html = readFileSync(resolve(dist, `chart/${id}.html`), 'utf8');
    const ids = [...html.matchAll(/<section class="claim" data-claim="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
