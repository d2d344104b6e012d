// Lays out a static chart image: title and transform line above the chart, the quote, the
// source line and URL below it, wrapped to the image width with the caller's text measure.
// Pure: no canvas is created here and nothing is drawn; staticImage.ts draws the result.

export type TextRole = 'title' | 'subtitle' | 'quote' | 'source' | 'brand';

export interface TextLine {
  text: string;
  role: TextRole;
  /** Left edge and alphabetic baseline, in CSS pixels. */
  x: number;
  y: number;
}

export interface ImageLayout {
  width: number;
  height: number;
  /** The box the chart is drawn in, in CSS pixels. */
  chart: { top: number; height: number };
  lines: TextLine[];
}

export interface ImageText {
  title: string;
  subtitle: string;
  /** The quote with its speaker, e.g. “Japan's exports …” — Foreign Minister Yoriko Kawaguchi */
  quote: string;
  source: string;
  url: string;
  brand: string;
}

/** Font size (px) and weight of each role; line height is 1.35 × size. */
export const ROLE_FONT: Record<TextRole, { size: number; weight: 'normal' | 'bold' }> = {
  title: { size: 21, weight: 'bold' },
  subtitle: { size: 14, weight: 'normal' },
  quote: { size: 16, weight: 'normal' },
  source: { size: 13, weight: 'normal' },
  brand: { size: 12, weight: 'normal' },
};

/** A CSS font string for a role. @example roleFont('title', 'DejaVu Sans') // 'bold 21px "DejaVu Sans"' */
export function roleFont(role: TextRole, family: string): string {
  const f = ROLE_FONT[role];
  return `${f.weight} ${f.size}px "${family}"`;
}

export type Measure = (text: string, font: string) => number;

/**
 * Greedy word wrap; a word longer than the line (a URL) is cut where it no longer fits.
 * @example wrapText('a b c', 3, (t) => t.length) // ['a b', 'c']
 */
export function wrapText(text: string, maxWidth: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (measure(rest) > maxWidth && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(rest.slice(0, cut)) > maxWidth) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * @example layoutImage(text, { width: 800, chartHeight: 340, fontFamily: 'DejaVu Sans' }, measure).chart // { top: 92, height: 340 }
 */
export function layoutImage(
  text: ImageText,
  opts: { width: number; chartHeight: number; fontFamily: string; margin?: number },
  measure: Measure,
): ImageLayout {
  const margin = opts.margin ?? 28;
  const inner = opts.width - 2 * margin;
  const lines: TextLine[] = [];
  let y = margin;
  const block = (role: TextRole, content: string, gapAfter: number) => {
    const font = roleFont(role, opts.fontFamily);
    const size = ROLE_FONT[role].size;
    for (const t of wrapText(content, inner, (s) => measure(s, font))) {
      y += Math.round(size * 1.35);
      lines.push({ text: t, role, x: margin, y: y - Math.round(size * 0.3) });
    }
    y += gapAfter;
  };
  block('title', text.title, 4);
  block('subtitle', text.subtitle, 8);
  const chart = { top: y, height: opts.chartHeight };
  y += opts.chartHeight + 14;
  block('quote', text.quote, 10);
  block('source', text.source, 0);
  block('source', text.url, 8);
  block('brand', text.brand, 0);
  return { width: opts.width, height: Math.ceil(y + margin * 0.75), chart, lines };
}
