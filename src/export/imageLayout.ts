// The one layout of every exported image (a figure, a chart group, a comparison grid): headline,
// transforms, chart panels with their legends, each quoted sentence once with its stated words
// marked, the citation lines and addresses. Pure: measures with the caller's function, draws nothing.

import type { LegendItem } from '../charts/chartSpec.ts';
import type { Caption, QuoteRun } from './caption.ts';

export type TextRole =
  'title' | 'subtitle' | 'heading' | 'quote' | 'source' | 'url' | 'legend' | 'brand';

/** A run of text on one line; `marked` runs are stated words (bold, highlighted). */
export interface TextLine {
  text: string;
  role: TextRole;
  marked?: boolean;
  /** Left edge and alphabetic baseline, in CSS pixels. */
  x: number;
  y: number;
  width: number;
}

/** A chart to place: its plot height (ChartSpec.height), legend and, in a grid, a heading. */
export interface PanelInput {
  height: number;
  legend: readonly LegendItem[];
  heading?: string | undefined;
}

export interface PlacedPanel {
  /** The box Chart.js draws in, in CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  swatches: { x: number; y: number; size: number; item: LegendItem }[];
}

export interface ImageLayout {
  width: number;
  height: number;
  panels: PlacedPanel[];
  lines: TextLine[];
  /** Clickable areas (the PDF adds link annotations there). */
  links: { url: string; x: number; y: number; width: number; height: number }[];
  /** Horizontal rules (between the charts and their citation). */
  rules: { x1: number; x2: number; y: number }[];
}

export interface LayoutOptions {
  width: number;
  fontFamily: string;
  /** Panels per row (a comparison grid uses 2); default 1. */
  columns?: number;
  margin?: number;
}

/** Font size (px) and weight of each role; line height is 1.35 × size. */
export const ROLE_FONT: Record<TextRole, { size: number; weight: 'normal' | 'bold' }> = {
  title: { size: 21, weight: 'bold' },
  subtitle: { size: 14, weight: 'normal' },
  heading: { size: 15, weight: 'bold' },
  quote: { size: 16, weight: 'normal' },
  source: { size: 13, weight: 'normal' },
  url: { size: 13, weight: 'normal' },
  legend: { size: 13, weight: 'normal' },
  brand: { size: 12, weight: 'normal' },
};

/** A CSS font string for a role. @example roleFont('title', 'DejaVu Sans') // 'bold 21px "DejaVu Sans"' */
export function roleFont(role: TextRole, family: string, marked = false): string {
  const f = ROLE_FONT[role];
  // A single family name is quoted; a stack ("system-ui, sans-serif") is used as written.
  const families = /[,"']/.test(family) ? family : `"${family}"`;
  return `${marked ? 'bold' : f.weight} ${f.size}px ${families}`;
}

export type Measure = (text: string, font: string) => number;

/** Pixels within which wrapRuns measures a candidate line whole rather than trust the sum of
 *  its words' widths (a hundred times the largest difference seen between the two). */
const WRAP_MARGIN = 1;

/** Whitespace where a line may break: all of `\s` but the no-break spaces U+00A0, U+2007, U+202F. */
const BREAKABLE_SPACE = /([^\S\u00a0\u2007\u202f]+)/;

/**
 * Greedy word wrap of runs (a marked run stays marked across the break); a word longer than the
 * line (a URL) is cut where it no longer fits. `measure(text, marked)` gives a run's width.
 * @example wrapRuns([{ text: 'a b c', marked: false }], 3, (t) => t.length) // [[{ text: 'a b', marked: false }], [{ text: 'c', marked: false }]]
 */
export function wrapRuns(
  runs: readonly QuoteRun[],
  maxWidth: number,
  measure: (text: string, marked: boolean) => number,
): QuoteRun[][] {
  // Words as lists of pieces, so "40%," can be half marked and still never break inside.
  const words: QuoteRun[][] = [];
  let glued = false;
  for (const run of runs) {
    // Lines break at spaces, never at a no-break space ("40\u202f%", "US$\u00a08 billion").
    const parts = run.text.split(BREAKABLE_SPACE);
    parts.forEach((part) => {
      if (part === '') return;
      if (BREAKABLE_SPACE.test(part)) return void (glued = false);
      if (glued) words.at(-1)!.push({ text: part, marked: run.marked });
      else words.push([{ text: part, marked: run.marked }]);
      glued = true;
    });
  }
  const width = (pieces: readonly QuoteRun[]) =>
    pieces.reduce((sum, p) => sum + measure(p.text, p.marked), 0);
  const lines: QuoteRun[][] = [];
  let line: QuoteRun[] = [];
  const push = (pieces: QuoteRun[]) => {
    for (const p of pieces) {
      const last = line.at(-1);
      if (last && last.marked === p.marked) last.text += p.text;
      else line.push({ ...p });
    }
  };
  // The line's width as the sum of its words and spaces, each measured once (and memoised by
  // the caller across images): measuring the whole line again for every word costs time in
  // proportion to its length, in Skia. The sum differs from the measured line only by kerning
  // across spaces and float rounding (under 0.01 px in DejaVu Sans), so the line is measured
  // whole only when the sum is within WRAP_MARGIN of the limit: the breaks are the same.
  const space = measure(' ', false);
  let lineSum = 0;
  for (let word of words) {
    const wordWidth = width(word);
    let fits: boolean;
    if (!line.length) fits = wordWidth <= maxWidth;
    else {
      const sum = lineSum + space + wordWidth;
      fits =
        sum < maxWidth - WRAP_MARGIN
          ? true
          : sum > maxWidth + WRAP_MARGIN
            ? false
            : width([...line, { text: ' ', marked: false }, ...word]) <= maxWidth;
    }
    if (fits) {
      if (line.length) {
        const marked = line.at(-1)!.marked && word[0]!.marked;
        push([{ text: ' ', marked }]);
        lineSum += marked ? measure(' ', true) : space;
      }
      lineSum += wordWidth;
      push(word);
      continue;
    }
    if (line.length) lines.push(line);
    line = [];
    lineSum = 0;
    // A single over-long word (a URL): cut by characters so nothing runs off the image.
    while (word.length === 1 && width(word) > maxWidth && word[0]!.text.length > 1) {
      const { text, marked } = word[0]!;
      let cut = text.length - 1;
      while (cut > 1 && measure(text.slice(0, cut), marked) > maxWidth) cut--;
      lines.push([{ text: text.slice(0, cut), marked }]);
      word = [{ text: text.slice(cut), marked }];
    }
    lineSum = width(word);
    push(word);
  }
  if (line.length) lines.push(line);
  return lines;
}

/**
 * Greedy word wrap of plain text (wrapRuns with one unmarked run).
 * @example wrapText('a b c', 3, (t) => t.length) // ['a b', 'c']
 */
export function wrapText(text: string, maxWidth: number, measure: (t: string) => number): string[] {
  return wrapRuns([{ text, marked: false }], maxWidth, (t) => measure(t)).map((l) =>
    l.map((r) => r.text).join(''),
  );
}

const GAP = 24;
const SWATCH = 12;

/**
 * Lays out the caption around `panels` (in rows of `columns`).
 * @example layoutImage(caption, [{ height: 300, legend: [] }], { width: 800, fontFamily: 'DejaVu Sans' }, measure).panels[0] // { x: 28, y: 92, width: 744, height: 300, swatches: [] }
 */
export function layoutImage(
  caption: Caption,
  panels: readonly PanelInput[],
  opts: LayoutOptions,
  measure: Measure,
): ImageLayout {
  const margin = opts.margin ?? 28;
  const inner = opts.width - 2 * margin;
  const lines: TextLine[] = [];
  const links: ImageLayout['links'] = [];
  let y = margin;
  const paragraph = (
    role: TextRole,
    runs: QuoteRun[],
    gapAfter: number,
    left = margin,
    w = inner,
  ) => {
    const size = ROLE_FONT[role].size;
    const m = (t: string, marked: boolean) => measure(t, roleFont(role, opts.fontFamily, marked));
    for (const l of wrapRuns(runs, w, m)) {
      y += Math.round(size * 1.35);
      let x = left;
      for (const r of l) {
        const width = m(r.text, r.marked);
        lines.push({
          text: r.text,
          role,
          x,
          y: y - Math.round(size * 0.3),
          width,
          ...(r.marked ? { marked: true } : {}),
        });
        x += width;
      }
    }
    y += gapAfter;
  };
  const plain = (text: string): QuoteRun[] => [{ text, marked: false }];

  paragraph('title', plain(caption.title), 4);
  if (caption.subtitle) paragraph('subtitle', plain(caption.subtitle), 8);

  const columns = Math.max(1, Math.min(opts.columns ?? 1, panels.length));
  const cell = (inner - GAP * (columns - 1)) / columns;
  const placed: PlacedPanel[] = [];
  for (let row = 0; row * columns < panels.length; row++) {
    const top = y;
    let bottom = y;
    panels.slice(row * columns, (row + 1) * columns).forEach((panel, i) => {
      const left = margin + i * (cell + GAP);
      y = top;
      if (panel.heading) paragraph('heading', plain(panel.heading), 2, left, cell);
      const box = { x: left, y, width: cell, height: panel.height };
      y += panel.height + 6;
      const swatches: PlacedPanel['swatches'] = [];
      const legendFont = roleFont('legend', opts.fontFamily);
      const lineHeight = Math.round(ROLE_FONT.legend.size * 1.35);
      let x = left;
      if (panel.legend.length) y += lineHeight;
      for (const item of panel.legend) {
        const w = SWATCH + 6 + measure(item.label, legendFont);
        if (x > left && x + w > left + cell) {
          x = left;
          y += lineHeight + 4;
        }
        swatches.push({ x, y: y - SWATCH + 1, size: SWATCH, item });
        lines.push({
          text: item.label,
          role: 'legend',
          x: x + SWATCH + 6,
          y,
          width: w - SWATCH - 6,
        });
        x += w + 18;
      }
      placed.push({ ...box, swatches });
      bottom = Math.max(bottom, y + (panel.legend.length ? 8 : 0));
    });
    y = bottom + 10;
  }

  const rules = [{ x1: margin, x2: opts.width - margin, y: y - 4 }];
  y += 4;
  for (const q of caption.quotes) {
    paragraph(
      'quote',
      [{ text: '“', marked: false }, ...q.runs, { text: `” — ${q.speaker}`, marked: false }],
      8,
    );
  }
  const linked = (url: string) => {
    const first = lines.length;
    paragraph('url', plain(url), 4);
    for (const l of lines.slice(first)) {
      const size = ROLE_FONT.url.size;
      links.push({ url, x: l.x, y: l.y - size, width: l.width, height: Math.round(size * 1.35) });
    }
  };
  caption.sources.forEach((s, i) => {
    paragraph('source', plain(s), 0);
    const url = caption.urls[i];
    if (url) linked(url);
  });
  // The record beside the claim: the comparison in words (as large as the quotes), its caveats,
  // the record's citation and its address as a link.
  for (const r of caption.records ?? []) {
    y += 6;
    paragraph('quote', plain(r.text), 2);
    if (r.caveats) paragraph('source', plain(r.caveats), 2);
    paragraph('source', plain(r.citation), 0);
    linked(r.url);
  }
  y += 4;
  paragraph('brand', plain(caption.brand), 0);
  return {
    width: opts.width,
    height: Math.ceil(y + margin * 0.75),
    panels: placed,
    lines,
    links,
    rules,
  };
}
