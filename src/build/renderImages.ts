// Build-time image rendering (run by src/cli/renderImages.ts after `vite build`): renders every figure's static image with its citation
// (charts/<id>.png at 2×, .svg, .pdf), its CSV/JSON download and oembed/<id>.json into the
// built site, in Node with @napi-rs/canvas and the shipped DejaVu Sans font. Reuses charts/ and
// export/ (one implementation of each chart); it never touches data/ or src/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCanvas, GlobalFonts, PDFDocument, SvgExportFlag } from '@napi-rs/canvas';
import { buildChart } from '../charts/buildChart.ts';
import { colorSlots, type ColorSlots } from '../charts/palette.ts';
import { DataValidationError } from '../data/dataError.ts';
import { loadDataset } from '../data/loadDataset.ts';
import type { Figure, Source } from '../model/figure.ts';
import { describeTransform } from '../model/indexSeries.ts';
import { chartUrl } from '../export/embedSnippet.ts';
import { figureFiles, figureToCsv, figureToJson } from '../export/figureExport.ts';
import { figureTitle, sourceLine } from '../export/figureTitle.ts';
import {
  layoutImage,
  type ImageLayout,
  type ImageText,
  type Measure,
} from '../export/imageLayout.ts';
import { oembedResponse } from '../export/oembed.ts';
import { siteUrl as resolveSiteUrl } from '../export/siteUrl.ts';
import { drawStaticImage, type Context2D } from '../export/staticImage.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
export const FONT_FAMILY = 'DejaVu Sans';
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];
export const IMAGE_WIDTH = 800;
const PIXEL_RATIO = 2;

/** Registers the shipped font once, so output never depends on the machine's fonts. */
export function registerFont(): void {
  if (GlobalFonts.has(FONT_FAMILY)) return;
  for (const file of FONT_FILES) {
    const path = resolve(projectRoot, 'node_modules/dejavu-fonts-ttf/ttf', file);
    if (!GlobalFonts.registerFromPath(path, FONT_FAMILY)) {
      throw new Error(
        `Could not load the font ${path}; run npm install (dejavu-fonts-ttf is a dev dependency).`,
      );
    }
  }
}

/** The words printed around the chart. */
export function imageText(figure: Figure, source: Source): ImageText {
  return {
    title: figureTitle(figure),
    subtitle: describeTransform(figure),
    quote: `“${figure.quote.exact.replace(/\s+/g, ' ').trim()}” — ${figure.speaker}`,
    source: sourceLine(source),
    url: source.url,
    brand: 'Cited Figures: every number links to the sentence it comes from.',
  };
}

export interface RenderedFigure {
  id: string;
  png: Buffer;
  svg: string;
  pdf: Buffer;
  layout: ImageLayout;
}

/**
 * Renders one figure as PNG (2×), SVG and PDF.
 * @example renderFigure(exports, source).png.subarray(1, 4).toString() // 'PNG'
 */
export function renderFigure(
  figure: Figure,
  source: Source,
  colors: ColorSlots | undefined = undefined,
): RenderedFigure {
  registerFont();
  const spec = () =>
    buildChart([figure], {
      theme: 'light',
      still: true,
      fontFamily: FONT_FAMILY,
      fontSize: 14,
      colors,
    });
  const scratch = createCanvas(8, 8).getContext('2d');
  const measure: Measure = (t, font) => {
    scratch.font = font;
    return scratch.measureText(t).width;
  };
  const text = imageText(figure, source);
  const layout = layoutImage(
    text,
    {
      width: IMAGE_WIDTH,
      chartHeight: figure.kind === 'share' ? 230 : 320,
      fontFamily: FONT_FAMILY,
    },
    measure,
  );
  const draw = (ctx: unknown, pixelRatio: number) =>
    drawStaticImage(ctx as Context2D, layout, spec(), {
      theme: 'light',
      pixelRatio,
      fontFamily: FONT_FAMILY,
    });

  const canvas = createCanvas(layout.width * PIXEL_RATIO, layout.height * PIXEL_RATIO);
  let release = draw(canvas.getContext('2d'), PIXEL_RATIO);
  const png = canvas.toBuffer('image/png', {
    title: text.title,
    description: `${text.quote}. ${text.source}. ${text.url}`,
    software: 'Cited Figures',
    resolution: 144,
  });
  release();

  const svgCanvas = createCanvas(layout.width, layout.height, SvgExportFlag.RelativePathEncoding);
  release = draw(svgCanvas.getContext('2d'), 1);
  const svg = describeSvg(svgCanvas.getContent().toString('utf8'), text);
  release();

  const doc = new PDFDocument({
    title: text.title,
    author: source.publisher,
    subject: text.quote,
    creator: 'Cited Figures',
  });
  release = draw(doc.beginPage(layout.width, layout.height), 1);
  doc.endPage();
  release();
  const pdf = doc.close();
  return { id: figure.id, png, svg, pdf, layout };
}

/**
 * Gives the SVG an accessible name and description and a font fallback with similar metrics
 * (DejaVu Sans descends from Bitstream Vera, drawn to Verdana's proportions).
 */
export function describeSvg(svg: string, text: ImageText): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const withFonts = svg.replace(/font-family="([^"]*)"/g, (_m, family: string) =>
    family.includes('DejaVu')
      ? `font-family="'DejaVu Sans', Verdana, sans-serif"`
      : `font-family="${family}"`,
  );
  return withFonts.replace(
    /<svg\b([^>]*)>/,
    (_open, attrs: string) =>
      `<svg${attrs} role="img" aria-labelledby="title desc">` +
      `<title id="title">${esc(text.title)}</title><desc id="desc">${esc(`${text.quote}. ${text.source}. ${text.url}`)}</desc>`,
  );
}

/**
 * Writes every figure's files under `outDir` and returns the paths written (relative to it).
 * @example await renderImages('dist') // ['charts/japan-exports-to-russia-2001.png', …]
 */
export function renderImages(
  outDir: string,
  options: { dataDir?: string; siteUrl?: string } = {},
): string[] {
  // The same folder vite.config.ts builds the pages from, so images never show other numbers.
  const { dataset, errors } = loadDataset(
    options.dataDir ?? resolve(projectRoot, process.env.CITED_DATA_DIR ?? 'data'),
    projectRoot,
  );
  if (errors.length > 0) throw new DataValidationError(errors);
  const site = options.siteUrl ?? resolveSiteUrl(process.env.CITED_SITE_URL);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  // The figure's colour on the dashboard, so an image matches the chart it was downloaded from.
  const colors = colorSlots(dataset.figures);
  mkdirSync(resolve(outDir, 'charts'), { recursive: true });
  mkdirSync(resolve(outDir, 'oembed'), { recursive: true });
  const written: string[] = [];
  const write = (path: string, body: string | Buffer) => {
    writeFileSync(resolve(outDir, path), body);
    written.push(path);
  };
  for (const figure of dataset.figures) {
    const source = sources.get(figure.quote.sourceId);
    if (!source)
      throw new Error(
        `Figure ${figure.id}: source ${figure.quote.sourceId} is missing from data/sources/`,
      );
    const r = renderFigure(figure, source, colors);
    const files = figureFiles(figure.id);
    write(files.png, r.png);
    write(files.svg, r.svg);
    write(files.pdf, r.pdf);
    write(files.csv, figureToCsv(figure, source));
    write(files.json, figureToJson(figure, source, chartUrl(site, figure.id)));
    const oembed = oembedResponse({
      figure,
      source,
      siteUrl: site,
      width: IMAGE_WIDTH,
      height: r.layout.height + 140, // the embed adds links and downloads under the quote
      thumbnail: { width: r.layout.width * PIXEL_RATIO, height: r.layout.height * PIXEL_RATIO },
    });
    write(`oembed/${figure.id}.json`, JSON.stringify(oembed, null, 2) + '\n');
  }
  return written;
}
