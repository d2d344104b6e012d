// Renders one image job (a figure alone, or a chart group as its card shows it) as PNG (2×), SVG
// (with viewBox) and PDF (searchable text, linked source URL, Title/Author/Subject) in Node, with
// @napi-rs/canvas and the shipped DejaVu Sans. Every canvas, chart and PDF document is released
// before it returns. No file I/O except reading the font; renderImages.ts decides what to write.

import { resolve } from 'node:path';
import {
  createCanvas,
  GlobalFonts,
  PDFDocument,
  SvgExportFlag,
  type Canvas,
} from '@napi-rs/canvas';
import { buildChart } from '../charts/buildChart.ts';
import type { Figure, Source } from '../model/figure.ts';
import { describeTransform } from '../model/indexSeries.ts';
import { captionText, chartCaption, type Caption } from '../export/caption.ts';
import { layoutImage, type ImageLayout, type Measure } from '../export/imageLayout.ts';
import type { RecordLine } from '../export/recordLines.ts';
import { ALL_IMAGE_FORMATS, type ImageFormat } from './imageFormats.ts';
import { paintImage, type Context2D } from '../export/staticImage.ts';
import { encodePng } from './pngWriter.ts';
import { withPdfLanguage } from './pdfLanguage.ts';
import { svgText } from './renderSvgText.ts';
import { ScaledTarget, teeContext } from './teeContext.ts';
import { TextWidths } from './textWidths.ts';

const projectRoot = resolve(import.meta.dirname, '../..');
export const FONT_FAMILY = 'DejaVu Sans';
export const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
  resolve(projectRoot, 'node_modules/dejavu-fonts-ttf/ttf', file),
);
export const IMAGE_WIDTH = 800;
export const PIXEL_RATIO = 2;

/** What to draw: one chart of `figures` under `title`; serialisable, so workers can take it. */
export interface ImageJob {
  /** The file stem under charts/: a figure id or a chart-group id. */
  id: string;
  title: string;
  figures: Figure[];
  sources: Source[];
  /** The records the figures' claims are read against, printed under the source line. */
  records?: RecordLine[];
  /** Figure id → its colour slot in the dataset (palette.colorSlots), so an image shows each
   *  figure in the colour it has on the dashboard; without it, colours follow the chart's order. */
  colors?: Record<string, number>;
}

export interface RenderedImage {
  png: Buffer;
  svg: string;
  pdf: Buffer;
  width: number;
  height: number;
}

let fontRegistered = false;
/** Registers the shipped font once, so output never depends on the machine's fonts. */
export function registerFont(): void {
  // GlobalFonts.has parses a JSON list of every family: asked once a thread, not once an image.
  if (fontRegistered || GlobalFonts.has(FONT_FAMILY)) {
    fontRegistered = true;
    return;
  }
  for (const path of FONT_FILES) {
    if (!GlobalFonts.registerFromPath(path, FONT_FAMILY)) {
      throw new Error(
        `Could not load the font ${path}; run npm install (dejavu-fonts-ttf is a dev dependency).`,
      );
    }
  }
  fontRegistered = true;
}

/** PNG canvases a thread keeps, by height (see pngCanvasFor). */
const PNG_CANVASES = 4;
const pngCanvases: Canvas[] = [];

/**
 * A PNG canvas of this size, its pixels left as the last image drew them (paintImage covers every
 * pixel with its opaque background first) and its state the default one (renderFormats draws
 * between save and restore). With @napi-rs/canvas 1.1.1 every fresh canvas that is painted and
 * encoded keeps its surface (7 MB at 1600 × 1200) alive for good, the leak that took 1,000 figures
 * to 7 GB, so a thread makes at most PNG_CANVASES of them and resizes the least recently used
 * one for a new height. A resize reallocates and clears the surface (about 3 ms at 1600 × 1060);
 * images come in a handful of heights (8 in the 1,000-figure corpus), so most need none.
 */
function pngCanvasFor(width: number, height: number): Canvas {
  const at = pngCanvases.findIndex((c) => c.width === width && c.height === height);
  const canvas =
    at >= 0
      ? pngCanvases.splice(at, 1)[0]!
      : pngCanvases.length < PNG_CANVASES
        ? createCanvas(width, height)
        : pngCanvases.shift()!;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  pngCanvases.push(canvas);
  return canvas;
}
let scratch: ReturnType<ReturnType<typeof createCanvas>['getContext']> | undefined;
let scratchFont = '';
/** Widths measured in this thread (layouts and charts of every image and format ask again). */
const widths = new TextWidths();
const measure: Measure = (t, font) =>
  widths.get(font, t, () => {
    if (!scratch) {
      scratch = createCanvas(8, 8).getContext('2d');
      scratch.fontVariantLigatures = 'none'; // as paintImage draws
    }
    if (font !== scratchFont) scratch.font = scratchFont = font;
    return scratch.measureText(t).width;
  });

/**
 * Lays out a job: the caption and the chart spec it is drawn with.
 * @example planImage(job).layout.width // 800
 */
export function planImage(job: ImageJob): {
  caption: Caption;
  layout: ImageLayout;
  spec: ReturnType<typeof buildChart>;
} {
  registerFont();
  const spec = buildChart(job.figures, {
    theme: 'light',
    still: true,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    colors: job.colors ? new Map(Object.entries(job.colors)) : undefined,
  });
  const caption = chartCaption(
    job.title,
    job.figures.map((f) => describeTransform(f, job.figures)),
    job.figures,
    job.sources,
    job.records,
  );
  const layout = layoutImage(
    caption,
    [{ height: spec.height, legend: spec.legend }],
    { width: IMAGE_WIDTH, fontFamily: FONT_FAMILY },
    measure,
  );
  return { caption, layout, spec };
}

/**
 * Renders a job as PNG, SVG and PDF.
 * @example (await renderImage(job)).png.subarray(1, 4).toString() // 'PNG'
 */
export async function renderImage(job: ImageJob): Promise<RenderedImage> {
  const r = await renderFormats(job, ALL_IMAGE_FORMATS);
  return { ...r, png: r.png!, svg: r.svg!, pdf: r.pdf! };
}

/**
 * Renders a job in the given formats only, from one plan (a format not asked for costs nothing).
 * @example Object.keys(await renderFormats(job, ['svg'])) // ['svg', 'width', 'height']
 */
export async function renderFormats(
  job: ImageJob,
  formats: readonly ImageFormat[],
): Promise<Partial<Pick<RenderedImage, ImageFormat>> & Pick<RenderedImage, 'width' | 'height'>> {
  const { caption, layout, spec } = planImage(job);
  const want = new Set(formats);
  const description = captionText(caption);
  const publisher = [...new Set(job.sources.map((s) => s.publisher))].join('; ');
  // One paint (one Chart.js layout and draw, at 1 CSS pixel a unit) goes through a tee to every
  // target: the SVG canvas, the PDF page and the PNG canvas, which takes each absolute transform
  // at PIXEL_RATIO, so its pixels are those of a 2× drawing of the same 1× layout. The SVG's text
  // is written by renderSvgText.ts, in the places Skia's SVG canvas keeps for it.
  const svgCanvas = want.has('svg')
    ? createCanvas(layout.width, layout.height, SvgExportFlag.RelativePathEncoding)
    : undefined;
  const svg2d = svgCanvas && svgText(svgCanvas.getContext('2d'), FONT_FAMILY);
  const pdfDoc = want.has('pdf')
    ? new PDFDocument({
        title: caption.title,
        author: publisher,
        subject: description,
        creator: 'Cited Figures',
        producer: 'Cited Figures (Skia/PDF)',
      })
    : undefined;
  const pdfPage = pdfDoc?.beginPage(layout.width, layout.height);
  const canvas = want.has('png')
    ? pngCanvasFor(layout.width * PIXEL_RATIO, layout.height * PIXEL_RATIO)
    : undefined;
  const pngContext = canvas?.getContext('2d');
  pngContext?.save(); // restored below, so the next image on this canvas starts from defaults
  const targets = [
    svg2d?.context,
    pdfPage,
    pngContext && new ScaledTarget(pngContext, PIXEL_RATIO),
  ].filter((c) => c !== undefined);
  const release = paintImage(
    widths.around(teeContext(targets[0]!, ...targets.slice(1)) as unknown as Context2D),
    layout,
    [spec],
    { theme: 'light', pixelRatio: 1, fontFamily: FONT_FAMILY },
  );
  // Raw pixels + pngWriter.ts: about 4× faster than Skia's encoder, same pixels and chunks.
  const png = canvas
    ? encodePng(canvas.data(), canvas.width, canvas.height, {
        title: caption.title,
        description,
        software: 'Cited Figures',
        resolution: 72 * PIXEL_RATIO,
      })
    : undefined;
  pngContext?.restore();
  const svg =
    svgCanvas && svg2d
      ? describeSvg(
          svg2d.finish(svgCanvas.getContent().toString('utf8')),
          caption.title,
          description,
        )
      : undefined;
  let pdf: Buffer | undefined;
  if (pdfDoc && pdfPage) {
    addPdfLinks(pdfPage, layout);
    pdfDoc.endPage();
    pdf = withPdfLanguage(pdfDoc.close(), 'en');
  }
  release();
  // canvas.data() copies the pixels into a native buffer (7 MB at 1600 × 1200) that V8 frees
  // only in a finalizer, which runs on a later turn of the event loop: give it that turn here, or
  // a caller that renders image after image with only awaits in between keeps them all.
  if (png) await new Promise((resolveTurn) => setImmediate(resolveTurn));
  return {
    ...(png && { png }),
    ...(svg !== undefined && { svg }),
    ...(pdf && { pdf }),
    width: layout.width,
    height: layout.height,
  };
}

/**
 * Link annotations over the printed URLs (the layout's boxes, in the page's top-left coordinates,
 * which Skia turns into PDF user space), so a reader clicks through to the source.
 */
function addPdfLinks(page: ReturnType<PDFDocument['beginPage']>, layout: ImageLayout): void {
  page.setTransform(1, 0, 0, 1, 0, 0);
  for (const l of layout.links)
    page.annotateLinkUrl(l.x, l.y, l.x + l.width, l.y + l.height, l.url);
}

/**
 * Makes the SVG scale (a viewBox, so width and height only set its default size), gives it an
 * accessible name and description, a font fallback with similar metrics (DejaVu Sans descends
 * from Bitstream Vera, drawn to Verdana's proportions), and clip ids that depend on this SVG only.
 * @example describeSvg('<svg width="800" height="600">…', 'Title', 'Quote') // '<svg width="800" height="600" viewBox="0 0 800 600" role="img" …'
 */
export function describeSvg(svg: string, title: string, description: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const withFonts = canonicalClipIds(svg).replace(/font-family="([^"]*)"/g, (_m, family: string) =>
    family.includes('DejaVu')
      ? `font-family="'DejaVu Sans', Verdana, sans-serif"`
      : `font-family="${family}"`,
  );
  return withFonts.replace(/<svg\b([^>]*)>/, (_open, attrs: string) => {
    const w = /\bwidth="([\d.]+)"/.exec(attrs)?.[1];
    const h = /\bheight="([\d.]+)"/.exec(attrs)?.[1];
    const viewBox = w && h && !/viewBox=/.test(attrs) ? ` viewBox="0 0 ${w} ${h}"` : '';
    return (
      `<svg${attrs}${viewBox} preserveAspectRatio="xMidYMid meet" role="img" aria-labelledby="title desc">` +
      `<title id="title">${esc(title)}</title><desc id="desc">${esc(description)}</desc>`
    );
  });
}

/**
 * The SVG with Skia's clip-path ids (`cl_<n>`, n in hex from a counter global to the thread)
 * renumbered in order of appearance, so the same job gives the same bytes whatever the thread drew
 * before it (the content-addressed cache and write-if-changed rely on it).
 * @example canonicalClipIds('<clipPath id="cl_75"/><g clip-path="url(#cl_75)">') // '<clipPath id="cl_1"/><g clip-path="url(#cl_1)">'
 */
export function canonicalClipIds(svg: string): string {
  const ids = new Map<string, string>();
  // Only in the two places Skia writes them: text that happens to read "cl_1" stays as it is.
  return svg.replace(/(id="|url\(#)(cl_[0-9a-f]+)(?=[")])/g, (_m, before: string, id: string) => {
    let to = ids.get(id);
    if (!to) ids.set(id, (to = `cl_${ids.size + 1}`));
    return before + to;
  });
}
