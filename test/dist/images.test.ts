// @vitest-environment jsdom
// Checks what `npm run build` publishes for embedding (run after the build; CITED_DIST points at
// another built site): every figure's PNG/SVG/PDF with its citation, its CSV/JSON download, its
// oEmbed file and the resize script (the JavaScript budgets are in sizeBudget.test.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { chartTitle, figureTitle } from '../../src/export/figureTitle.ts';
import type { ChartGroup, Figure } from '../../src/model/figure.ts';

const dist = resolve(process.env.CITED_DIST || resolve(import.meta.dirname, '../../dist'));
if (!existsSync(resolve(dist, 'charts'))) {
  throw new Error(
    `${dist}/charts is missing: run \`npm run build\` (vite build, then src/cli/renderImages.ts) first.`,
  );
}
const { figures, charts } = JSON.parse(
  readFileSync(resolve(dist, 'data/figures.json'), 'utf8'),
) as {
  figures: { id: string; label: string; quote: { exact: string; start: number; end: number } }[];
  charts: (Pick<ChartGroup, 'title' | 'headline'> & { id: string; figures: string[] })[];
};
const file = (path: string) => readFileSync(resolve(dist, path));
/** Whether the build had CITED_SITE_URL (only then does it publish oEmbed and og:image). */
const withSiteUrl = existsSync(resolve(dist, 'oembed'));
/** The quote's words of four or more letters: what a reader would search the image for. */
const words = (quote: string) => quote.match(/[A-Za-z]{4,}/g) ?? [];
describe.each(figures)('figure $id', (figure) => {
  it('has a 2× PNG, 1600 px wide, with an opaque background', async () => {
    const png = file(`charts/${figure.id}.png`);
    const image = await loadImage(png);
    expect(image.width).toBe(1600);
    expect(image.height).toBeGreaterThan(600);
    const canvas = createCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(image, 0, 0);
    for (const [x, y] of [
      [0, 0],
      [image.width - 1, image.height - 1],
    ] as const) {
      expect(ctx.getImageData(x, y, 1, 1).data[3]).toBe(255);
    }
  });

  it('has an SVG that parses, is named, and prints the quote as text', () => {
    const svg = file(`charts/${figure.id}.svg`).toString('utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml'); // jsdom's parser
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('svg');
    // A viewBox, so the image scales when a report resizes it.
    const [w, h] = ['width', 'height'].map((a) => doc.documentElement.getAttribute(a));
    expect(doc.documentElement.getAttribute('viewBox')).toBe(`0 0 ${w} ${h}`);
    // The image is titled with the figure's headline or its generated sentence.
    expect(doc.querySelector('title')?.textContent).toContain(figureTitle(figure as unknown as Figure));
    const printed = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ');
    for (const word of words(figure.quote.exact)) expect(printed).toContain(word);
  });

  it('has a one-page PDF with the source URL as a link', () => {
    const pdf = file(`charts/${figure.id}.pdf`);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/Type\s*\/Pages[\s\S]*?\/Count\s+1\b/);
    expect(text).toMatch(/\/Subtype\s*\/Link[\s\S]*?\/URI\s*\(https?:\/\//);
  });

  it('has CSV and JSON downloads with the quote, its offsets and the source URL', () => {
    const json = JSON.parse(file(`charts/${figure.id}.json`).toString('utf8'));
    expect(json.figure.quote).toMatchObject({
      exact: figure.quote.exact,
      start: figure.quote.start,
      end: figure.quote.end,
    });
    expect(json.source.url).toMatch(/^https?:\/\//);
    const csv = file(`charts/${figure.id}.csv`).toString('utf8');
    expect(csv).toContain(`,${figure.quote.start},${figure.quote.end},`);
  });

  // oEmbed needs absolute URLs: published only when the build had CITED_SITE_URL
  // (test/dist/conformance.test.ts checks that a default build leaves it out).
  it.runIf(withSiteUrl)('has an oEmbed rich response whose html is the iframe snippet and whose thumbnail is the PNG', () => {
    const o = JSON.parse(file(`oembed/${figure.id}.json`).toString('utf8'));
    expect(o).toMatchObject({
      type: 'rich',
      version: '1.0',
      provider_name: 'Cited Figures',
      width: 800,
    });
    expect(o.html).toContain(`embed.html?figure=${figure.id}"`);
    expect(o.html).toContain('embed-resize.js');
    expect(o.thumbnail_url).toMatch(new RegExp(`charts/${figure.id}\\.png$`));
    expect(o.height).toBeGreaterThan(300);
  });
});

/** Runs a poppler tool, the program readers' PDF search uses; says how to get it when missing. */
function poppler(tool: 'pdftotext' | 'pdfinfo', path: string): string {
  try {
    return execFileSync(tool, tool === 'pdftotext' ? [path, '-'] : [path], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`${tool} failed on ${path} (${String(e)}): install poppler-utils (apt-get install poppler-utils)`);
  }
}

describe.each([...figures.map((f) => f.id), ...charts.map((c) => c.id)])('PDF %s', (id) => {
  it('is searchable without ligature glyphs and names its title, author and subject', () => {
    const path = resolve(dist, `charts/${id}.pdf`);
    const text = poppler('pdftotext', path);
    expect(text).toContain('Affairs');
    expect(text).not.toMatch(/[\ufb00-\ufb06]/);
    const info = poppler('pdfinfo', path);
    for (const field of ['Title', 'Author', 'Subject']) expect(info).toMatch(new RegExp(`^${field}:\\s+\\S`, 'm'));
  });
});

describe('the record beside the claim, read back from the PDFs by pdftotext', () => {
  const { claims, records } = JSON.parse(file('data/records.json').toString('utf8')) as {
    claims: { claimId: string; comparisons: { recordId: string; arithmetic: string }[] }[];
    records: { id: string; provenance: { url: string } }[];
  };
  const text = (id: string) => poppler('pdftotext', resolve(dist, `charts/${id}.pdf`)).replace(/\s+/g, ' ');
  const own = (id: string) => claims.find((c) => c.claimId === id)?.comparisons ?? [];
  const withRecord = figures.filter((f) => own(f.id).length > 0).map((f) => f.id);
  const without = figures.filter((f) => own(f.id).length === 0).map((f) => f.id);

  it('has figures with and without a record', () => {
    expect(withRecord.length).toBeGreaterThan(0);
    expect(without.length).toBeGreaterThan(0);
  });
  it.each(withRecord)('%s: "Record:", the arithmetic and the record\'s address', (id) => {
    const t = text(id);
    for (const c of own(id)) {
      expect(t).toContain('Record: ');
      expect(t).toContain(c.arithmetic.replace(/\s+/g, ' '));
      const url = records.find((r) => r.id === c.recordId)!.provenance.url;
      expect(t).toContain(url);
    }
  });
  it.each(without)('%s: no "No record found" in the image (only the screen and share page say it)', (id) => {
    expect(text(id)).not.toContain('No record found');
  });
  it.each(charts)('chart $id: each record line once', (chart) => {
    const t = text(chart.id);
    const ids = new Set(chart.figures.flatMap((f) => own(f).map((c) => c.arithmetic)));
    for (const arithmetic of ids) expect(t.split(arithmetic.replace(/\s+/g, ' ')).length - 1).toBe(1);
  });
});

describe.each(charts)('chart group $id', (chart) => {
  it('publishes the card as displayed: PNG, SVG, PDF, CSV and JSON with all its figures', async () => {
    const image = await loadImage(file(`charts/${chart.id}.png`));
    expect(image.width).toBe(1600);
    const svg = file(`charts/${chart.id}.svg`).toString('utf8');
    // Titled with the headline the card shows (its written headline, else its title).
    expect(svg).toContain(`<title id="title">${chartTitle(chart).replace(/&/g, '&amp;')}</title>`);
    expect(file(`charts/${chart.id}.pdf`).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const json = JSON.parse(file(`charts/${chart.id}.json`).toString('utf8'));
    expect(json.figures.map((f: { id: string }) => f.id)).toEqual(chart.figures);
    const csv = file(`charts/${chart.id}.csv`).toString('utf8').trim().split('\r\n');
    expect(csv).toHaveLength(chart.figures.length + 1);
  });
});

describe('embed support files', () => {
  it('publishes the resize script as a classic script: no import, no export', () => {
    const js = file('embed-resize.js').toString('utf8');
    expect(js).toContain('cited-figures:height');
    expect(js).not.toMatch(/^\s*(import|export)\s/m);
    expect(() => new Function(js)).not.toThrow(); // parses as a classic script
  });

  it.runIf(withSiteUrl)('points the dashboard at an oEmbed file and a chart image for link previews', () => {
    const html = file('index.html').toString('utf8');
    const oembed =
      /<link rel="alternate" type="application\/json\+oembed" href="[^"]*oembed\/([a-z0-9-]+)\.json"/.exec(
        html,
      );
    expect(oembed?.[1] && existsSync(resolve(dist, `oembed/${oembed[1]}.json`))).toBe(true);
    expect(html).toMatch(/<meta property="og:image" content="[^"]*charts\/[a-z0-9-]+\.png"/);
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  });
});
