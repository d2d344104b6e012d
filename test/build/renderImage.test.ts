// Renders image jobs in Node: the three formats come out whole, and the SVG gets its title and
// viewBox. Memory per image is measured in renderImage.memory.test.ts (integration project).

import { describe, expect, it } from 'vitest';
import {
  canonicalClipIds,
  describeSvg,
  planImage,
  renderImage,
} from '../../src/build/renderImage.ts';
import { seedChart } from '../charts/fixtures.ts';
import { ratioFigures } from '../fixtures/ratioData.ts';
import { syntheticImageJobs as syntheticJobs } from '../support/imageJobs.ts';

describe('renderImage', () => {
  it.each(syntheticJobs(6).filter((_j, i) => i === 0 || i === 6))(
    '$id: PNG, SVG with a viewBox and a PDF with a link',
    async (job) => {
      const r = await renderImage(job);
      expect(r.png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(r.svg).toMatch(new RegExp(`<svg[^>]* viewBox="0 0 ${r.width} ${r.height}"`));
      const pdf = r.pdf.toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf).toMatch(/\/Subtype \/Link/);
      expect(pdf).toContain(`/URI (${job.sources[0]!.url})`);
    },
  );
});

describe('planImage: the caption names a derived rest only where the chart draws one', () => {
  const subtitle = (figures: ReturnType<typeof seedChart>) =>
    planImage({ id: 'c', title: 'T', figures, sources: [] })
      .layout.lines.filter((l) => l.role === 'subtitle')
      .map((l) => l.text)
      .join(' ');
  it.each([
    {
      name: 'Sakhalin 30 % and 45 % (two 100 % bars): as before',
      figures: seedChart('sakhalin-capital-shares'),
      has: /other shareholders 70 % \(derived: 100 − 30\).*other shareholders 55 % \(derived: 100 − 45\)/,
    },
    {
      name: 'Varnland 38 % beside four ratios (levels, no rests): none named',
      figures: ratioFigures().figures,
      has: /38 % of the whole, a bar from 0; no rest drawn, as the chart also holds ratios above 100/,
      hasNot: /derived:|100 −|other shareholders/,
    },
  ])('$name', ({ figures, has, hasNot }) => {
    const text = subtitle(figures);
    expect(text).toMatch(has);
    if (hasNot) expect(text).not.toMatch(hasNot);
  });
});

describe('reproducible output', () => {
  // The cache and write-if-changed compare bytes: a job must give the same files whatever the
  // thread drew before it (Skia numbers SVG clip paths with a counter of its own; the PNG canvas
  // is reused from image to image).
  it('gives the same PNG, SVG and PDF bytes in either order', async () => {
    const [a, b] = syntheticJobs(6).filter((_j, i) => i === 0 || i === 6);
    const first = await renderImage(a!);
    await renderImage(b!);
    const again = await renderImage(a!);
    expect(again.svg).toBe(first.svg);
    expect(again.png.equals(first.png)).toBe(true);
    expect(again.pdf.equals(first.pdf)).toBe(true);
    expect(first.svg).toMatch(/<clipPath id="cl_1"/);
  });
});

describe('canonicalClipIds', () => {
  it.each([
    {
      svg: '<clipPath id="cl_7f"/><g clip-path="url(#cl_7f)"><clipPath id="cl_a"/>',
      want: '<clipPath id="cl_1"/><g clip-path="url(#cl_1)"><clipPath id="cl_2"/>',
    },
    { svg: '<text>cl_7f and url(#cl_7f</text>', want: '<text>cl_7f and url(#cl_7f</text>' },
  ])('$svg', ({ svg, want }) => {
    expect(canonicalClipIds(svg)).toBe(want);
  });
});

describe('describeSvg', () => {
  it.each([
    {
      svg: '<svg width="800" height="600"><text font-family="DejaVu Sans">a</text></svg>',
      has: ['viewBox="0 0 800 600"', '<title id="title">T &amp; U</title>', 'Verdana'],
    },
    { svg: '<svg width="8" height="6" viewBox="0 0 8 6">', has: ['viewBox="0 0 8 6" '] },
  ])('$svg', ({ svg, has }) => {
    const out = describeSvg(svg, 'T & U', 'D');
    for (const s of has) expect(out).toContain(s);
    expect(out.match(/viewBox=/g)).toHaveLength(1);
  });
});
