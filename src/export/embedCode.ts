// What the embed dialog offers for a chart: from the reader's choices (whole chart or one figure,
// theme, quote, height, interactive or image) to the preview's address and the code to paste.
// Pure; the dialog only wires inputs to this.

import type { ChartGroup, Figure, Source } from '../model/figure.ts';
import { captionHtml } from './captionHtml.ts';
import {
  embedSnippet,
  embedUrl,
  imageSnippet,
  sharePageUrl,
  type EmbedFallback,
  type EmbedTheme,
} from './embedSnippet.ts';
import { chartAlt, chartTitle, figureAlt, figureTitle } from './figureTitle.ts';

export interface EmbedChoice {
  /** 'chart' for the chart as displayed, or one of its figure ids. */
  what: string;
  theme: EmbedTheme;
  quote: boolean;
  height: number;
  format: 'iframe' | 'image';
}

export interface EmbedCode {
  /** The embed page the preview frame shows (same address as the snippet's iframe). */
  src: string;
  title: string;
  fallback: EmbedFallback;
  /** The HTML to paste. */
  snippet: string;
}

/** Default height in CSS pixels: room for the chart, its legend, quote and source line. */
export function defaultEmbedHeight(figures: readonly Figure[], quote: boolean): number {
  const chart = figures[0]?.kind === 'share' ? 110 + 50 * figures.length : 260;
  return chart + 110 + (quote ? 90 : 0);
}

/**
 * @example embedCode('https://x.test/', growth, [exports, fdi], source, { what: 'chart', theme: 'auto', quote: true, height: 520, format: 'iframe' }).src
 * // 'https://x.test/embed.html?chart=growth-2001'
 */
export function embedCode(
  site: string,
  chart: ChartGroup,
  figures: readonly Figure[],
  source: Source,
  choice: EmbedChoice,
): EmbedCode {
  const one = figures.find((f) => f.id === choice.what);
  const shown = one ? [one] : figures;
  const title = `Chart: ${one ? figureTitle(one) : chartTitle(chart)}`;
  const id = one ? one.id : chart.id;
  const fallback: EmbedFallback = {
    image: `${site}charts/${encodeURIComponent(id)}.png`,
    alt: one ? figureAlt(one) : chartAlt(chart, figures),
    link: sharePageUrl(site, one ? { figure: one.id } : { chart: chart.id }),
    caption: captionHtml(shown, source),
  };
  const options = { theme: choice.theme, quote: choice.quote };
  const src = embedUrl(site, one ? [one.id] : { chart: chart.id }, options);
  const snippet =
    choice.format === 'image'
      ? imageSnippet(fallback)
      : embedSnippet({
          siteUrl: site,
          figureIds: shown.map((f) => f.id),
          chartId: one ? undefined : chart.id,
          title,
          fallback,
          height: choice.height,
          ...options,
        });
  return { src, title, fallback, snippet };
}
